"""Polling rounds: 200 sources on local servers, polled by 2 worker processes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_sources \
    CELERY_BROKER_URL=redis://127.0.0.1:6379/5 .venv/bin/python bench/sources.py

Each source is an RSS feed on its own local HTTP server (its own host:port, so the per-host
politeness delay applies as it would to 200 sites), allowed through the fetch's address checks by
DEMENTI_FETCH_ALLOW_HOSTS. A real `celery worker --concurrency 2` (prefork) polls them. Each round
makes every source due and sends TWO beat ticks (`poll_due_sources` twice), as overlapping beat
ticks would; it ends when every source has been polled and released. Rounds:

  1. new feeds, one entry each: the feed, robots.txt and the entry's page are fetched and the
     article submitted to the ingest pipeline (its jobs wait on the `celery` queue, which this
     worker does not consume: the rounds time polling, not parsing);
  2. nothing changed: every feed answers 304 to the conditional GET;
  3. one new entry in every feed.

Prints per round: the time, feed requests per source (must be 1), the most requests one feed had
at once (must be 1), and the articles made. The sources and articles it made are deleted at the
end, and the ingest jobs it queued purged.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from sources import polling  # noqa: E402
from sources.models import Host, Source  # noqa: E402
from sources.tasks import poll_due_sources  # noqa: E402
from statements.models import Article  # noqa: E402
from tests.sources.conftest import FeedServer, article_page, handler_for, rss  # noqa: E402


def start_servers(count: int) -> list[tuple[FeedServer, ThreadingHTTPServer]]:
    servers = []
    for _ in range(count):
        state = FeedServer(port=0)
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(state))
        state.port = httpd.server_address[1]
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append((state, httpd))
    return servers


def publish(state: FeedServer, n: int, entries: list[int], version: int) -> None:
    items = [(f"/a/{e}", f"Ministry denies report {e}") for e in entries]
    state.serve("/feed.xml", rss(state.base, items), etag=f'"v{version}"')
    for e in entries:
        state.serve(f"/a/{e}", article_page(e), content_type="text/html; charset=utf-8")


def run_round(servers: list, sources: list[Source], timeout: float) -> dict[str, float]:
    before = [len(s.hits("/feed.xml")) for s, _ in servers]
    for state, _ in servers:
        state.most_at_once.clear()
    started = timezone.now()
    Source.objects.filter(pk__in=[s.pk for s in sources]).update(next_poll_at=started)
    clock = time.monotonic()
    poll_due_sources.delay()
    poll_due_sources.delay()  # a second beat tick while the first round runs
    deadline = clock + timeout
    while time.monotonic() < deadline:
        done = Source.objects.filter(
            pk__in=[s.pk for s in sources], last_polled_at__gte=started, polling_since=None
        ).count()
        if done == len(sources):
            break
        time.sleep(0.1)
    elapsed = time.monotonic() - clock
    time.sleep(3)  # let duplicate jobs still queued run (they must find nothing due)
    polls = [len(s.hits("/feed.xml")) - b for (s, _), b in zip(servers, before, strict=True)]
    return {
        "seconds": elapsed,
        "min_polls": min(polls),
        "max_polls": max(polls),
        "most_at_once": max(s.most_at_once.get("/feed.xml", 0) for s, _ in servers),
        "done": done,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--host-delay", type=float, default=2.0)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()

    servers = start_servers(args.sources)
    allow = ",".join(f"127.0.0.1:{s.port}" for s, _ in servers)
    for n, (state, _) in enumerate(servers):
        publish(state, n, [n], version=1)
    Source.objects.filter(url__startswith="http://127.0.0.1:").delete()
    Host.objects.filter(name__startswith="127.0.0.1:").delete()
    sources = [
        polling.add_source(url=s.url("/feed.xml"), name=f"Bench {n}")
        for n, (s, _) in enumerate(servers)
    ]
    env = {
        **os.environ,
        "DEMENTI_FETCH_ALLOW_HOSTS": allow,
        "SOURCES_HOST_DELAY_SECONDS": str(args.host_delay),
        "LOG_LEVEL": "WARNING",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "-P",
            "prefork",
            "-c",
            str(args.workers),
            "-Q",
            "sources",
            "-l",
            "warning",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        time.sleep(5)  # the worker starts
        results = {"1 new entry each": run_round(servers, sources, args.timeout)}
        results["unchanged (304)"] = run_round(servers, sources, args.timeout)
        for n, (state, _) in enumerate(servers):
            publish(state, n, [n, args.sources + n], version=2)
        results["1 more entry each"] = run_round(servers, sources, args.timeout)
        urls = [s.url(f"/a/{e}") for n, (s, _) in enumerate(servers) for e in (n, args.sources + n)]
        articles = Article.objects.filter(source_url__in=urls)
        print(f"{args.sources} sources, {args.workers} workers, host delay {args.host_delay} s")
        for name, r in results.items():
            print(
                f"  round '{name}': {r['seconds']:.1f} s, {r['done']}/{args.sources} polled, "
                f"feed requests per source {r['min_polls']}..{r['max_polls']}, "
                f"most at once on one feed {r['most_at_once']}"
            )
        print(f"  articles: {articles.count()} made for {2 * args.sources} entries")
    finally:
        worker.terminate()
        worker.wait(timeout=30)
        subprocess.run(
            [sys.executable, "-m", "celery", "-A", "config", "purge", "-f", "-Q", "celery"],
            cwd=ROOT,
            env=env,
            check=False,
            capture_output=True,
        )
        Article.objects.filter(source_url__startswith="http://127.0.0.1:").delete()
        Source.objects.filter(url__startswith="http://127.0.0.1:").delete()
        for _, httpd in servers:
            httpd.shutdown()


if __name__ == "__main__":
    main()
