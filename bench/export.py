"""Dossier export time and peak memory: stories of 1k, 10k and 40k statements, Markdown and PDF.

    DEBUG=true .venv/bin/python bench/export.py [--statements 1000 10000 40000]
        [--formats md pdf json csv] [--article-kb 200]

Migrates a temporary SQLite file (or BENCH_DATABASE_URL, which must be a database you can
throw away), builds each story with bulk_create (20 articles of --article-kb KB each), then
builds every dossier in a fresh process and prints its seconds, size and peak memory (VmHWM of
that process, and the largest PDF part process it started) against a fixed bound of 300 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pathlib
import platform
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from machine import memory_gb  # noqa: E402  (bench/ is the script's own folder)

BOUND_MB = 300


def build_story(size: int, article_kb: int):  # type: ignore[no-untyped-def]
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
    story = Story.objects.create(title=f"Benchmark: a dispute of {size} statements")
    # Articles as long as asked: the old export carried each one's text on every statement row.
    sentence = "The ministry denied the report. "
    body = sentence * max(1, article_kb * 1024 // len(sentence))
    articles = [
        Article.objects.create(
            title=f"Report {n}",
            outlet=f"Outlet {n % 2}",
            source_url=f"https://news.example.org/bench/{size}/{n}",
            published=dt.date(2026, 1, 1) + dt.timedelta(days=n * 3),
            raw_text=f"{size} {n} {body}",
            text=f"{size} {n} {body}",
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


def memory_mb(field: str) -> float:
    """A figure of this process from /proc/self/status (VmRSS now, VmHWM its peak), in MB."""
    for line in pathlib.Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.setdefault("DEBUG", "true")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def measure(story_id: int, fmt: str) -> None:
    """In a fresh process: build one dossier, print seconds, size and peak memory as JSON."""
    from statements.export import render_dossier
    from statements.models import Story

    if fmt == "pdf":
        import weasyprint  # noqa: F401  (imported before the baseline, as in a warm worker)
    story = Story.objects.get(pk=story_id)
    base = memory_mb("VmRSS")
    started = time.perf_counter()
    content = render_dossier(story, fmt=fmt)
    took = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": took,
                "kib": len(content) / 1024,
                "base_mb": base,
                "peak_mb": memory_mb("VmHWM"),
                "child_peak_mb": children,
            }
        )
    )


def main() -> None:
    """Print machine info, then time and peak memory per format and story size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statements", type=int, nargs="+", default=[1000, 10000, 40000])
    parser.add_argument("--formats", nargs="+", default=["md", "pdf"])
    parser.add_argument("--article-kb", type=int, default=200)
    parser.add_argument(
        "--measure", nargs=2, metavar=("STORY_ID", "FORMAT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.measure:
        setup_django(os.environ["DATABASE_URL"])
        measure(int(args.measure[0]), args.measure[1])
        return

    folder = tempfile.mkdtemp(prefix="dementi-bench-")
    database_url = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{folder}/bench.sqlite3")
    setup_django(database_url)
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0, interactive=False)
    print(
        f"python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} cores, {memory_gb():.1f} GB memory; database: {connection.vendor}; "
        f"20 articles of {args.article_kb} KB per story; bound {BOUND_MB} MB per build "
        "(peak RSS of the building process, and of its largest PDF part process)"
    )
    worst = 0.0
    for size in args.statements:
        started = time.perf_counter()
        story = build_story(size, args.article_kb)
        print(f"story of {size} statements built in {time.perf_counter() - started:.1f} s")
        for fmt in args.formats:
            env = {**os.environ, "DATABASE_URL": database_url}
            command = [sys.executable, __file__, "--measure", str(story.pk), fmt]
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if out.returncode:
                print(f"{size:>6} {fmt:>4}: failed\n{out.stderr[-2000:]}")
                continue
            m = json.loads(out.stdout.strip().splitlines()[-1])
            peak = max(m["peak_mb"], m["child_peak_mb"])
            worst = max(worst, peak)
            print(
                f"{size:>6} {fmt:>4}: {m['seconds']:7.1f} s  {m['kib']:8.0f} KiB  "
                f"peak {m['peak_mb']:6.0f} MB (at start {m['base_mb']:4.0f} MB, "
                f"largest part process {m['child_peak_mb']:4.0f} MB)  "
                f"{'within' if peak <= BOUND_MB else 'OVER'} {BOUND_MB} MB"
            )
    print(f"largest peak {worst:.0f} MB: {'within' if worst <= BOUND_MB else 'OVER'} the bound")


if __name__ == "__main__":
    main()
