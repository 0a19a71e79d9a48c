"""Ingest a batch: files (.json articles, .txt, .html), folders of them, URLs, or files of URLs."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from statements import ingest
from statements.extract import ExtractError, decode_text
from statements.models import Article

SUFFIXES = {".json", ".txt", ".html", ".htm"}


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def expand(inputs: list[str]) -> list[str | Path]:
    """Folders become their article files; a .urls/.txt file holding only URLs becomes the URLs."""
    items: list[str | Path] = []
    for value in inputs:
        if is_url(value):
            items.append(value)
            continue
        path = Path(value)
        if path.is_dir():
            items += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            lines = [
                ln.strip() for ln in path.read_text(errors="replace").splitlines() if ln.strip()
            ]
            if (
                path.suffix.lower() in {".urls", ".txt", ".list"}
                and lines
                and all(map(is_url, lines))
            ):
                items += lines
            else:
                items.append(path)
        else:
            raise CommandError(f"No such file, folder or URL: {value}")
    return items


def submit(item: str | Path) -> ingest.Submission:
    """Submit one URL or file through the same path as the editors' form."""
    if isinstance(item, str):
        return ingest.submit_article(user=None, url=item)
    raw = item.read_bytes()
    try:
        content = decode_text(raw)
    except ExtractError as exc:
        article = ingest.record_failure(user=None, error=f"{item.name}: {exc}", title=item.name)
        return ingest.Submission(article, created=True)
    if item.suffix.lower() == ".json":
        data = json.loads(content)
        published = data.get("published")
        return ingest.submit_article(
            user=None,
            text=data.get("text") or "",
            url=data.get("source_url") or "",
            title=data.get("title") or "",
            outlet=data.get("outlet") or "",
            published=dt.date.fromisoformat(published[:10]) if published else None,
        )
    if item.suffix.lower() in {".html", ".htm"}:
        return ingest.submit_article(user=None, html=content, title="")
    return ingest.submit_article(user=None, text=content, title=item.stem.replace("_", " "))


class Command(BaseCommand):
    help = "Ingest articles from files, folders, URLs or files of URLs, with a progress bar."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")

    def handle(self, *args: Any, **options: Any) -> None:
        items = expand(options["inputs"])
        outcome: Counter[str] = Counter()
        failures: list[str] = []
        for item in tqdm(items, desc="ingest", unit="article", disable=not items):
            try:
                submission = submit(item)
            except (ValueError, json.JSONDecodeError) as exc:
                outcome["failed"] += 1
                failures.append(f"{item}: {exc}")
                continue
            article = Article.objects.get(pk=submission.article.pk)
            outcome["added" if submission.created else "already there"] += 1
            if article.status == "failed":
                outcome["failed"] += 1
                failures.append(f"{item}: {article.error}")
        for line in failures:
            self.stderr.write(line)
        summary = ", ".join(f"{n} {label}" for label, n in sorted(outcome.items()))
        self.stdout.write(f"{len(items)} input(s): {summary or 'nothing to do'}")
