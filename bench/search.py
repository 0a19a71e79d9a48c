"""Search under gunicorn at scale: p50 and p95 per query, next to /healthz in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_bench .venv/bin/python bench/search.py

Needs a database filled by `manage.py make_synthetic` (e.g. `--articles 100000 --statements
1000000`). Starts gunicorn with production settings on a free local port (bench/load.py's set-up:
an analyst session, no TLS), then requests each URL in turn, round after round, so /healthz and
the searches see the same machine load: /healthz (no database, no session), the search page for a
word every article holds, a rarer word, a phrase, `or`, `-word`, a word nothing holds, and one
kind paged. One client, one request at a time: the figures are each request's own latency.
Prints p50/p95/max per URL, the matches per query, the data sizes and the machine.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import time
import urllib.parse
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from load import (  # noqa: E402  (bench/ is the script's own folder)
    analyst_session,
    check_page,
    machine,
    server_env,
    start_gunicorn,
    wait_until_up,
)

QUERIES = [
    "report",  # in every synthetic article (its dateline says "report N")
    "diplomats",
    '"grain shipments"',
    "grain OR diplomats",
    "report -grain",
    "zzzqqqxx",  # matches nothing
]


def prepare(queries: list[str]) -> dict[str, Any]:
    """An analyst session, the URLs and how many rows each query matches (in this process)."""
    import django

    django.setup()
    from statements import search
    from statements.models import Article, Statement, Story

    session_key = analyst_session()
    urls = [("/healthz", "/healthz", "")]
    for q in queries:
        matches = (
            f"{search.search_articles(q).count():,} articles, "
            f"{Statement.objects.matching_text(q).count():,} statements"
        )
        urls.append((f"search {q}", "/search/?" + urllib.parse.urlencode({"q": q}), matches))
    q = queries[0]
    urls.append(
        (
            f"search {q}, articles page 2",
            "/search/?" + urllib.parse.urlencode({"q": q, "kind": "articles", "page": 2}),
            "",
        )
    )
    data = {
        "articles": Article.objects.count(),
        "statements": Statement.objects.count(),
        "stories": Story.objects.count(),
    }
    return {"session": session_key, "urls": urls, "data": data}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--rounds", type=int, default=40, help="Requests per URL.")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers.")
    parser.add_argument("--query", action="append", help="A query (repeatable; default: a set).")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        raise SystemExit("Give --database-url (or DATABASE_URL) of a PostgreSQL database.")
    env = server_env(args.database_url)
    os.environ.update(env)
    python = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run(
        [python, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    plan = prepare(args.query or QUERIES)
    gunicorn, base = start_gunicorn(env, args.workers)
    timings: dict[str, list[float]] = {name: [] for name, _, _ in plan["urls"]}
    try:
        wait_until_up(base)
        for _, path, _ in plan["urls"]:
            check_page(base, path, plan["session"])  # warm up; must answer 200
        started = time.monotonic()
        for _ in range(args.rounds):
            for name, path, _ in plan["urls"]:
                timings[name].append(check_page(base, path, plan["session"]) * 1000)
        seconds = time.monotonic() - started
    finally:
        os.killpg(gunicorn.pid, 15)
        gunicorn.wait(timeout=30)
    info = machine()
    print(f"search bench: {args.rounds} rounds, one client, gunicorn {args.workers} workers")
    print(f"data: {', '.join(f'{v:,} {k}' for k, v in plan['data'].items())}")
    print(f"machine: {info}")
    print(f"{'url':42} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  matches")
    for name, _, matches in plan["urls"]:
        values = timings[name]
        print(
            f"{name[:42]:42} {statistics.median(values):8.1f} {percentile(values, 0.95):8.1f}"
            f" {max(values):8.1f}  {matches}"
        )
    print(f"{seconds:.0f} s of requests; load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
