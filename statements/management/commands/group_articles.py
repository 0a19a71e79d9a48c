"""Group articles into stories the way the product does, in a throwaway database.

`python manage.py group_articles FILE...` creates an empty database beside the configured one
(`test_<name>_group_<pid>`; in memory on SQLite), migrates it, ingests the files oldest first
(by `published`, then id; undated files last, filed on the newest file's day) through the real
pipeline (`services.submit_article` → `run_pipeline`, run in-process), and prints one JSON line
per file, in the order given:

    {"id": "<article id>", "stories": [<story id>, ...], "why": [...]}

`stories` lists the stories the article's statements are in once every file is in (a later
article may put an earlier one in the story it starts), the one holding most first
(the contract of ../shared/eval/group_score.py); `why` is each dispute's grouping decision.
`--decisions FILE` replays editors' recorded merges and splits (a JSON-lines export made with
`manage.py export_story_decisions`) as soon as the articles they name are in. The throwaway
database is dropped at the end; `--keep` leaves it for inspection.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction

from config.celery import app as celery_app
from statements import services
from statements.models import Article
from statements.services import replay_decisions
from statements.stories import article_stories


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CommandError(f"{path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise CommandError(f"{path}: not an article file (a JSON object with `text`).")
    data.setdefault("id", path.stem)
    return data


def _published(data: dict[str, Any]) -> dt.date | None:
    value = data.get("published")
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


class Command(BaseCommand):
    help = "Ingest article files into a throwaway database and print each one's stories."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--decisions", type=Path, help="JSON lines of recorded merges/splits to replay."
        )
        parser.add_argument(
            "--keep", action="store_true", help="Do not drop the throwaway database."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        articles = [_load(Path(p)) for p in options["files"]]
        decisions: list[dict[str, Any]] = []
        if options["decisions"]:
            try:
                lines = options["decisions"].read_text(encoding="utf-8").splitlines()
                decisions = [json.loads(line) for line in lines if line.strip()]
            except (OSError, ValueError) as exc:
                raise CommandError(f"{options['decisions']}: {exc}") from exc
        old_name = connection.settings_dict["NAME"]
        test_settings = settings.DATABASES["default"].setdefault("TEST", {})
        # PostgreSQL names stop at 63 characters; the pid keeps parallel runs apart.
        test_settings["NAME"] = f"test_{str(old_name)[:40]}_group_{os.getpid()}"
        if connection.vendor == "sqlite":
            test_settings["NAME"] = ""  # in memory
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        # The same code the workers run, run here: the queue executes tasks in-process.
        eager = celery_app.conf.task_always_eager
        celery_app.conf.task_always_eager = True
        try:
            results = self._group(articles, decisions)
        finally:
            celery_app.conf.task_always_eager = eager
            if not options["keep"]:
                connection.creation.destroy_test_db(old_name, verbosity=0)
        for data in articles:
            self.stdout.write(json.dumps(results[id(data)], ensure_ascii=False))

    def _group(
        self, articles: list[dict[str, Any]], decisions: list[dict[str, Any]]
    ) -> dict[int, dict[str, Any]]:
        results: dict[int, dict[str, Any]] = {}
        filed: dict[int, Article] = {}
        article_ids: dict[int, str] = {}
        pending = list(decisions)
        # An undated file is filed last, on the newest dated file's day, as if the batch were
        # filed as it came out (the product counts an undated article from the day it is filed,
        # stories.filed_day); without this its day would be the day the command runs.
        days = [d for d in map(_published, articles) if d is not None]
        batch_day = max(days) if days else None
        for data in sorted(
            articles,
            key=lambda d: (_published(d) is None, str(d.get("published") or ""), str(d["id"])),
        ):
            # The ingest starts when the outer transaction commits, after the filing day is set.
            with transaction.atomic():
                submission = services.submit_article(
                    user=None,
                    text=data["text"],
                    url=str(data.get("source_url") or ""),
                    title=str(data.get("title") or ""),
                    outlet=str(data.get("outlet") or ""),
                    published=_published(data),
                )
                if _published(data) is None and batch_day is not None:
                    noon = dt.datetime.combine(batch_day, dt.time(12), tzinfo=dt.UTC)
                    Article.objects.filter(pk=submission.article.pk).update(added_at=noon)
            article = Article.objects.get(pk=submission.article.pk)
            if article.status != "done":
                self.stderr.write(f"{data['id']}: {article.status} {article.error}")
            pending = replay_decisions(pending)
            filed[id(data)] = article
            article_ids[id(data)] = data["id"]
        if pending:
            self.stderr.write(f"{len(pending)} recorded decision(s) named articles not given.")
        # Read once every file is in: a later article may have put an earlier one in a story
        # (stories.adopt_unassigned), as it would on the site.
        for key, article in filed.items():
            stories, why = article_stories(article)
            results[key] = {"id": article_ids[key], "stories": stories, "why": why}
        return results
