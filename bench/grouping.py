"""Grouping cost: time to assign one article's disputes to stories at 1k, 100k and 1M statements.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_bench_grouping \
        .venv/bin/python bench/grouping.py --sizes 1000,100000[,1000000]

For each size the database is emptied (`flush`), filled by `manage.py make_synthetic` (articles =
statements / 10) and every story's keys are written (`StoryKey`: parties and claim terms, as the
pipeline writes them on filing). Then the project's own test articles (tests/fixtures/stories)
are parsed, their actors resolved and their statements saved the way `ingest.file_stage` does,
and only `statements.stories.assign_stories` is timed (index look-up, scoring the candidates,
writing the keys and the decision), in a transaction rolled back after each run so every run
sees the same data. Prints the median and worst time per article, the queries it made and the
candidates it scored, with the data sizes. It needs PostgreSQL (the index look-up is one UNION
ALL of bounded reads) and factory-boy (make_synthetic).
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import time
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.pop("CELERY_BROKER_URL", None)  # nothing here goes through the queue


def manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True)


def index_all() -> int:
    """Write every story's keys from its statements, in bulk (what filing does one at a time)."""
    from django.db import connection

    from statements import stories
    from statements.models import Statement, StoryKey, StoryKeyKind

    texts: dict[int, list[str]] = defaultdict(list)
    by_article: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    parties: dict[int, set[str]] = defaultdict(set)
    days: dict[int, object] = {}
    rows = (
        Statement.objects.exclude(story=None)
        .values_list(
            "story_id", "text", "speaker_id", "speaker__country", "article__published", "article_id"
        )
        .iterator(chunk_size=20_000)
    )
    for story_id, text, speaker_id, country, published, article_id in rows:
        texts[story_id].append(text)
        by_article[story_id][article_id].append(text)
        parties[story_id].add(f"a:{speaker_id}")
        if country:
            parties[story_id].add(f"c:{country}")
        if published and (story_id not in days or published > days[story_id]):
            days[story_id] = published
    batch: list[StoryKey] = []
    written = 0
    for story_id, story_texts in texts.items():
        day = days.get(story_id)
        if day is None:
            continue
        text = " ".join(story_texts)
        weights = stories.terms(text)
        kept = sorted(weights, key=lambda t: -weights[t])[: stories.STORY_TERMS]
        named = stories.countries_named(text)
        values = {f"c:{c}" for c in named} | {f"n:{c}" for c in named} | parties[story_id]
        # grouping-article-content: the story's article words (here from its statements' text).
        article = stories.article_content("", text, set())
        kept += [stories._ARTICLE + t for t in article]
        weights |= {stories._ARTICLE + t: w for t, w in article.items()}
        # grouping-article-views: each of its latest articles' words apart
        for article_id in sorted(by_article[story_id])[-stories.ARTICLE_VIEWS :]:
            own = stories.article_content("", " ".join(by_article[story_id][article_id]), set())
            view = f"{stories._VIEW}{article_id}:"
            kept += [view + t for t in own]
            weights |= {view + t: w for t, w in own.items()}
        batch += [
            StoryKey(
                story_id=story_id,
                kind=StoryKeyKind.TERM,
                value=t[:100],
                weight=weights[t],
                active_on=day,
            )
            for t in kept
        ]
        batch += [
            StoryKey(story_id=story_id, kind=StoryKeyKind.PARTY, value=v, weight=1.0, active_on=day)
            for v in values
        ]
        if len(batch) >= 50_000:
            StoryKey.objects.bulk_create(batch, batch_size=10_000)
            written += len(batch)
            batch = []
    StoryKey.objects.bulk_create(batch, batch_size=10_000)
    with connection.cursor() as cursor:  # planner statistics after the bulk load
        cursor.execute(f"ANALYZE {StoryKey._meta.db_table}")
    return written + len(batch)


def time_assign(
    paths: list[pathlib.Path], repeats: int
) -> tuple[list[float], list[int], list[int]]:
    """Seconds, queries and candidates of assign_stories for each article, each run rolled back."""
    import datetime as dt
    import json

    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from actors.resolve import resolve_actors
    from statements import ingest, stories
    from statements.models import Article, Statement, Story
    from statements.parsing import parse_article

    latest = Story.objects.order_by("-last_activity").values_list("last_activity", flat=True)[:1]
    day = latest[0].date() if latest and latest[0] else dt.date(2025, 6, 30)
    seconds, queries, scored = [], [], []
    for path in paths:
        data = json.loads(path.read_text())
        result = parse_article(data["text"], published=day)
        for _ in range(repeats):
            with transaction.atomic():
                article = Article.objects.create(
                    title=data["title"],
                    outlet=data.get("outlet") or "",
                    published=day,
                    raw_text=data["text"],
                    text=data["text"],
                    status="filing",
                )
                actors = resolve_actors([ingest.parsed_actor(a) for a in result.actors]).actors
                rows, keys = ingest.statement_rows(article, result.statements, actors, set())
                Statement.objects.bulk_create(rows)
                by_key = dict(zip(keys, rows, strict=True))
                index = {id(s): i for i, s in enumerate(rows)}
                links = [
                    (index[id(a)], index[id(b)])
                    for a, b, *_ in ingest.parsed_links(result.statements, by_key)
                ]
                with CaptureQueriesContext(connection) as captured:
                    start = time.perf_counter()
                    stories.assign_stories(article=article, statements=rows, links=links)
                    seconds.append(time.perf_counter() - start)
                queries.append(len(captured))
                scored.append(
                    sum(1 for q in captured.captured_queries if "active_on DESC" in q["sql"])
                )
                transaction.set_rollback(True)
    return seconds, queries, scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,100000", help="Statement counts to try.")
    parser.add_argument("--repeats", type=int, default=5, help="Runs per article.")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (it is emptied).")
    import django

    manage("migrate", "--no-input", "-v", "0")
    django.setup()
    from statements.models import Statement, Story, StoryKey

    paths = sorted((ROOT / "tests" / "fixtures" / "stories").glob("*.json"))
    print(f"articles timed: {len(paths)} x {args.repeats} runs; machine: {os.cpu_count()} cores")
    for size in (int(s) for s in args.sizes.split(",")):
        manage("flush", "--no-input")
        started = time.perf_counter()
        manage("make_synthetic", "--articles", str(max(1, size // 10)), "--statements", str(size))
        keys = index_all()
        built = time.perf_counter() - started
        seconds, queries, lookups = time_assign(paths, args.repeats)
        print(
            f"statements={Statement.objects.count():,} stories={Story.objects.count():,} "
            f"keys={StoryKey.objects.count():,} (built in {built:.0f} s, {keys:,} keys): "
            f"assign one article median {statistics.median(seconds) * 1000:.1f} ms, "
            f"worst {max(seconds) * 1000:.1f} ms, queries {min(queries)}-{max(queries)}, "
            f"index look-ups per article {min(lookups)}-{max(lookups)}"
        )


if __name__ == "__main__":
    main()
