"""The API's statements list at scale: requests/s and latency next to /healthz in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_api .venv/bin/python bench/api.py

Needs a database filled by `manage.py make_synthetic` (e.g. `--articles 100000 --statements
1000000`) and migrated (the api app's token table). Starts gunicorn with production settings on a
free local port (bench/load.py's set-up), issues an analyst's API token, then in rounds requests
each URL for a few seconds from several client threads at once (keep-alive, `Authorization:
Bearer`), so /healthz and the API see the same machine load: /healthz (no database), the first
page of /api/v1/statements/, a page deep in the cursor (after 90% of the statements), the largest
story's statements, and the first page of /api/v1/stories/. Prints requests/s, p50/p95 per URL and
each URL's share of /healthz's rate, the data sizes, the SQL of the deep page and the machine.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import sys
import threading
import time
from typing import Any

import httpx

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from load import machine, server_env, start_gunicorn, wait_until_up  # noqa: E402

PAGE = 50


def prepare(deep_share: float) -> dict[str, Any]:
    """An analyst's token, the URLs and the data sizes (runs in this process)."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db.models import Count

    from api import selectors
    from api.models import ApiToken
    from api.pagination import encode_cursor
    from statements.models import Statement, Story
    from statements.querysets import Filters

    user, _ = get_user_model().objects.get_or_create(username="bench-analyst")
    user.groups.add(Group.objects.get(name="analyst"))
    _, token = ApiToken.issue(user=user, name="bench/api.py")
    total = Statement.objects.count()
    # The row after which the deep page starts: found once here with an OFFSET (this is the
    # bench's set-up, not the request); the request itself reads after its id.
    deep_at = int(total * deep_share)
    after = Statement.objects.order_by("-pk").values_list("pk", flat=True)[deep_at]
    largest = (
        Statement.objects.values("story_id")
        .exclude(story_id=None)
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    cursor = encode_cursor([after])
    urls = [
        ("/healthz", "/healthz"),
        ("statements, first page", f"/api/v1/statements/?page_size={PAGE}"),
        (
            f"statements, page after row {deep_at:,}",
            f"/api/v1/statements/?page_size={PAGE}&cursor={cursor}",
        ),
        (
            f"statements of the largest story ({largest['n']:,})",
            f"/api/v1/statements/?page_size={PAGE}&story={largest['story_id']}",
        ),
        ("stories, first page", f"/api/v1/stories/?page_size={PAGE}"),
    ]
    # The deep page's own query, as the view builds it (keyset: after the cursor's id).
    page = selectors.statements(Filters()).filter(pk__lt=after).order_by("-pk")[: PAGE + 1]
    plan = page.explain(analyze=True, buffers=True).splitlines()
    data = {"statements": total, "stories": Story.objects.count()}
    return {"token": token, "urls": urls, "data": data, "plan": plan}


def hammer(
    base: str, path: str, token: str, *, seconds: float, clients: int
) -> tuple[int, list[float], int]:
    """`clients` threads requesting `path` for `seconds`: (answers, latencies in ms, non-200s)."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        mine: list[float] = []
        bad = 0
        with httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60
        ) as http:
            while time.monotonic() < deadline:
                started = time.monotonic()
                response = http.get(path)
                mine.append((time.monotonic() - started) * 1000)
                bad += response.status_code != 200
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), latencies, failures[0]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--rounds", type=int, default=3, help="Rounds over the URLs.")
    parser.add_argument("--seconds", type=float, default=5.0, help="Seconds per URL per round.")
    parser.add_argument("--clients", type=int, default=4, help="Concurrent client threads.")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers.")
    parser.add_argument(
        "--deep", type=float, default=0.9, help="Share of rows before the deep page."
    )
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        raise SystemExit("Give --database-url (or DATABASE_URL) of a PostgreSQL database.")
    # No rate limit in the way of the measurement.
    env = {**server_env(args.database_url), "API_RATE": "100000000/minute"}
    os.environ.update(env)
    plan = prepare(args.deep)
    gunicorn, base = start_gunicorn(env, args.workers)
    counts: dict[str, int] = {name: 0 for name, _ in plan["urls"]}
    spent: dict[str, float] = {name: 0.0 for name, _ in plan["urls"]}
    timings: dict[str, list[float]] = {name: [] for name, _ in plan["urls"]}
    failures = 0
    try:
        wait_until_up(base)
        for _, path in plan["urls"]:  # warm up; each must answer 200
            status = httpx.get(
                base + path, headers={"Authorization": f"Bearer {plan['token']}"}, timeout=60
            ).status_code
            if status != 200:
                raise SystemExit(f"{path} answered {status}")
        for _ in range(args.rounds):
            for name, path in plan["urls"]:
                started = time.monotonic()
                done, latencies, bad = hammer(
                    base, path, plan["token"], seconds=args.seconds, clients=args.clients
                )
                spent[name] += time.monotonic() - started
                counts[name] += done
                timings[name] += latencies
                failures += bad
    finally:
        os.killpg(gunicorn.pid, 15)
        gunicorn.wait(timeout=30)
    info = machine()
    print(
        f"api bench: {args.rounds} rounds x {args.seconds:g} s per URL, {args.clients} clients, "
        f"gunicorn {args.workers} workers, {PAGE} rows a page"
    )
    print(f"data: {', '.join(f'{v:,} {k}' for k, v in plan['data'].items())}")
    print(f"machine: {info}")
    reference = counts["/healthz"] / spent["/healthz"]
    print(f"{'url':48} {'req/s':>8} {'of healthz':>10} {'p50 ms':>8} {'p95 ms':>8}")
    for name, _ in plan["urls"]:
        rate = counts[name] / spent[name]
        values = timings[name]
        print(
            f"{name[:48]:48} {rate:8.1f} {rate / reference:10.1%} "
            f"{statistics.median(values):8.1f} {percentile(values, 0.95):8.1f}"
        )
    print(f"non-200 answers: {failures}; load average after: {os.getloadavg()[0]:.2f}")
    print("deep page's query plan (the keyset read):")
    for line in plan["plan"]:
        print(f"  {line}")


if __name__ == "__main__":
    main()
