"""Dossier export speed: a story of 2,000 statements in every format, in a throwaway database.

    DEBUG=true .venv/bin/python bench/export.py [--statements 2000]

Migrates a temporary SQLite file (or BENCH_DATABASE_URL, which must be a database you can
throw away), builds the story with bulk_create, then prints seconds per format, each the whole
export (dossier data from the database + rendering). The target is under 10 s per format.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import platform
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from machine import memory_gb  # noqa: E402  (bench/ is the script's own folder)

TARGET_SECONDS = 10.0


def build_story(size: int):  # type: ignore[no-untyped-def]
    """A story like a long real dispute: 20 articles, 12 speakers in two governments' camps."""
    from actors.models import Actor, ActorKind, Affiliation
    from statements.models import (
        Article,
        IngestStatus,
        ReviewStatus,
        Stance,
        Statement,
        Story,
    )
    from tests.factories import link_answers_to_claims

    governments = list(Actor.objects.governments().filter(country__in=["FR", "DE"]))
    ministries = []
    for government in governments:
        ministry = Actor.objects.create(
            name=f"{government.name} foreign ministry",
            kind=ActorKind.ORGANISATION,
            country=government.country,
        )
        Affiliation.objects.create(actor=ministry, organisation=government)
        ministries.append(ministry)
    speakers = []
    for n in range(10):
        ministry = ministries[n % 2]
        person = Actor.objects.create(
            name=f"Speaker {n}",
            kind=ActorKind.PERSON,
            role="spokesperson",
            country=ministry.country,
        )
        Affiliation.objects.create(actor=person, organisation=ministry, role="spokesperson")
        speakers.append(person)
    speakers += [Actor.objects.create(name=f"Outlet {n}", kind=ActorKind.MEDIA) for n in range(2)]
    story = Story.objects.create(title="Benchmark: a long dispute over a grain deal")
    body = "The ministry denied the report. " * 400
    articles = [
        Article.objects.create(
            title=f"Report {n}",
            outlet=f"Outlet {n % 2}",
            source_url=f"https://news.example.org/bench/{n}",
            published=dt.date(2026, 1, 1) + dt.timedelta(days=n * 3),
            raw_text=f"{n} {body}",
            text=f"{n} {body}",
            status=IngestStatus.DONE,
        )
        for n in range(20)
    ]
    stances = [Stance.CLAIM, Stance.DENIAL, Stance.DENIAL, Stance.CONFIRMATION, Stance.COMMENT]
    Statement.objects.bulk_create(
        Statement(
            article=articles[i % len(articles)],
            story=story,
            speaker=speakers[i % len(speakers)],
            stance=stances[i % len(stances)],
            text=f"Statement {i}: the ministry said the reported deal “never existed” and the "
            "report was an attempt to sow discord between partners.",
            evidence_start=i % 1000,
            evidence_end=i % 1000 + 30,
            made_on=dt.date(2026, 1, 1) + dt.timedelta(days=i % 60),
            review_status=ReviewStatus.ACCEPTED,
        )
        for i in range(size)
    )
    link_answers_to_claims(story)
    return story


def main() -> None:
    """Print machine info, then seconds per format for one story."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statements", type=int, default=2000)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="dementi-bench-")
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{folder}/bench.sqlite3"
    )
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from statements.export import FORMATS, build_dossier, render_dossier

    call_command("migrate", verbosity=0, interactive=False)
    story = build_story(args.statements)
    print(
        f"python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} cores, {memory_gb():.1f} GB memory "
        "(a PDF past 300 statements is laid out on every core); "
        f"database: {connection.vendor}"
    )
    dossier = build_dossier(story)
    print(
        f"story: {len(dossier.statements)} statements, {len(dossier.sources)} articles, "
        f"{len(dossier.actors)} speakers, {dossier.counts['claim']} claims"
    )
    worst = 0.0
    for fmt in ("md", "json", "csv", "pdf"):
        started = time.perf_counter()
        content = render_dossier(story, fmt=fmt)
        took = time.perf_counter() - started
        worst = max(worst, took)
        print(
            f"{fmt:>4}: {took:6.2f} s  {len(content) / 1024:8.0f} KiB  ({FORMATS[fmt].extension})"
        )
    verdict = "under" if worst < TARGET_SECONDS else "OVER"
    print(f"slowest format {worst:.2f} s: {verdict} the {TARGET_SECONDS:.0f} s target")


if __name__ == "__main__":
    main()
