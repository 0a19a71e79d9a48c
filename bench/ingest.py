"""Ingest throughput: articles per second through the whole pipeline with 1, 2 and 4 workers.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_bench \
    CELERY_BROKER_URL=redis://127.0.0.1:6379/14 .venv/bin/python bench/ingest.py

Submits articles the way the product does (`statements.services.submit_article`: a row in
PostgreSQL, then the `ingest_article` task on Redis once the row is committed) and lets real
Celery workers (`celery -A config worker --concurrency N`, prefork) take each one through
extract → parse → resolve actors → file statements and links → assign stories. The articles are
the project's demo articles (demo/articles/*.json), each copy given a unique source URL and a
unique closing line so that neither the URL nor the content hash de-duplicates it.

For each worker count: start the worker, warm every process with a few articles, submit --articles
articles as fast as possible and time from the first submission until every one of them is done
(articles/s); then, with the worker idle, submit single articles and time each from submission
until its statements can be read from the database (the latency an analyst sees). Prints the
figures with the machine and the data sizes; --json writes them to a file. The articles it added
are deleted at the end (with their statements, links and any story left empty) unless --keep.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import time
import uuid
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from load import SECRET_KEY, machine  # noqa: E402  (same machine report as the load benchmark)

DEMO = ROOT / "demo" / "articles"
URL_PREFIX = "https://bench.dementi.invalid/"


def settings_env(database_url: str, broker: str) -> dict[str, str]:
    """Production settings (DEBUG off) for this process and the workers."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY", SECRET_KEY),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker,
        "LOG_LEVEL": "WARNING",
    }


class Articles:
    """Unique copies of the demo articles, in turn."""

    def __init__(self) -> None:
        self.base = [json.loads(p.read_text()) for p in sorted(DEMO.glob("*.json"))]
        if not self.base:
            raise SystemExit(f"No demo articles in {DEMO}")
        self.run = uuid.uuid4().hex[:8]
        self.n = 0

    def next(self) -> dict[str, Any]:
        item = self.base[self.n % len(self.base)]
        self.n += 1
        tag = f"{self.run}-{self.n}"
        return {
            "url": f"{URL_PREFIX}{tag}/{item['source_url'].rsplit('/', 1)[-1]}",
            "text": f"{item['text']}\n\nBenchmark copy {tag}.",
            "title": item["title"],
            "outlet": item["outlet"],
            "published": dt.date.fromisoformat(item["published"]),
        }

    def words(self) -> float:
        return statistics.mean(len(item["text"].split()) for item in self.base)


def submit(articles: Articles) -> int:
    from statements.services import submit_article

    submission = submit_article(user=None, **articles.next())
    assert submission.created, "a benchmark copy was de-duplicated"
    return submission.article.pk


def wait_done(ids: list[int], timeout: float, poll: float = 0.05) -> tuple[float, dict[str, int]]:
    """Seconds (monotonic clock) when the last of the articles reached done or failed."""
    from django.db.models import Count

    from statements.models import Article, IngestStatus

    terminal = (IngestStatus.DONE, IngestStatus.FAILED)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = dict(
            Article.objects.filter(pk__in=ids)
            .values_list("status")
            .annotate(n=Count("pk"))
            .values_list("status", "n")
        )
        if sum(rows.get(s, 0) for s in terminal) == len(ids):
            return time.monotonic(), rows
        time.sleep(poll)
    raise SystemExit(f"articles not done after {timeout:.0f} s: {rows}")


def start_worker(
    env: dict[str, str], concurrency: int, log: pathlib.Path
) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [
                str(ROOT / ".venv" / "bin" / "celery"),
                "-A",
                "config",
                "worker",
                "--pool",
                "prefork",
                "--concurrency",
                str(concurrency),
                "--loglevel",
                "WARNING",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "--hostname",
                f"bench-{concurrency}-{os.getpid()}@%h",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop_worker(worker: subprocess.Popen[bytes]) -> None:
    if worker.poll() is None:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def latency(articles: Articles, samples: int) -> list[float]:
    """Milliseconds from submit_article() to its statements being readable, one at a time."""
    from statements.models import Statement

    out = []
    for _ in range(samples):
        started = time.perf_counter()
        pk = submit(articles)
        while not Statement.objects.filter(article_id=pk).exists():
            if time.perf_counter() - started > 120:
                raise SystemExit(f"article {pk}: no statements after 120 s")
            time.sleep(0.002)
        out.append((time.perf_counter() - started) * 1000)
        time.sleep(0.2)
    return out


def run(
    env: dict[str, str],
    concurrency: int,
    articles: Articles,
    count: int,
    samples: int,
    log: pathlib.Path,
) -> dict[str, Any]:
    from django.db import connection

    from config.celery import app
    from statements.models import Statement

    app.control.purge()
    worker = start_worker(env, concurrency, log)
    try:
        # Warm-up: every process imports the parser and opens its database connection.
        warm = [submit(articles) for _ in range(3 * concurrency)]
        wait_done(warm, timeout=300)
        connection.close()
        before = Statement.objects.count()
        started = time.monotonic()
        ids = [submit(articles) for _ in range(count)]
        submitted = time.monotonic()
        finished, statuses = wait_done(ids, timeout=max(600, count * 5))
        made = Statement.objects.count() - before
        waits = latency(articles, samples)
    finally:
        stop_worker(worker)
    elapsed = finished - started
    return {
        "workers": concurrency,
        "articles": count,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(count / elapsed, 2),
        "submit_seconds": round(submitted - started, 2),
        "statuses": statuses,
        "statements_filed": made,
        "latency_ms": [round(x) for x in waits],
        "latency_median_ms": round(statistics.median(waits)),
    }


def cleanup(articles: Articles, since: dt.datetime) -> int:
    """Delete this run's articles (statements and links cascade) and the stories left empty."""
    from statements.models import Article, Story

    mine = Article.objects.filter(source_url__startswith=f"{URL_PREFIX}{articles.run}-")
    _, deleted = mine.delete()
    Story.objects.filter(created_at__gte=since, statements__isnull=True).delete()
    return deleted.get("statements.Article", 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--broker", default=os.environ.get("CELERY_BROKER_URL", ""))
    parser.add_argument("--workers", default="1,2,4", help="Worker process counts to try.")
    parser.add_argument("--articles", type=int, default=300, help="Articles per worker count.")
    parser.add_argument("--samples", type=int, default=5, help="Single-article latency samples.")
    parser.add_argument("--keep", action="store_true", help="Keep the articles it added.")
    parser.add_argument("--json", type=pathlib.Path, help="Also write the figures here.")
    parser.add_argument(
        "--worker-log", type=pathlib.Path, default=pathlib.Path("/tmp/bench-ingest-worker.log")
    )
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        raise SystemExit("Give --database-url (or DATABASE_URL) of a PostgreSQL database.")
    if not args.broker.startswith("redis"):
        raise SystemExit("Give --broker (or CELERY_BROKER_URL) of a Redis database.")
    env = settings_env(args.database_url, args.broker)
    os.environ.update(env)
    import django

    django.setup()
    from django.db import connection
    from django.utils import timezone

    from statements.models import Article, Statement, Story

    since = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgresql = cursor.fetchone()[0]
    data = {
        "statements_before": Statement.objects.count(),
        "articles_before": Article.objects.count(),
        "stories_before": Story.objects.count(),
        "postgresql": postgresql,
    }
    articles = Articles()
    counts = [int(n) for n in args.workers.split(",")]
    results = []
    try:
        for n in counts:
            results.append(run(env, n, articles, args.articles, args.samples, args.worker_log))
            print(f"  done: {n} worker(s)", file=sys.stderr)
    finally:
        if not args.keep:
            data["articles_deleted_after"] = cleanup(articles, since)
    report = {
        "machine": machine(),
        "data": data,
        "article_words_mean": round(articles.words(), 1),
        "demo_articles": len(articles.base),
        "results": results,
    }
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str))


def print_report(report: dict[str, Any]) -> None:
    m, d = report["machine"], report["data"]
    print("# Ingest benchmark")
    print(
        f"machine: {m.get('cores')} cores ({m.get('cpu', '?')}), {m.get('memory_gb', '?')} GB, "
        f"load average before {m['load_average']}, {m['os']}"
    )
    print(
        f"data: {d['statements_before']:,} statements, {d['articles_before']:,} articles, "
        f"{d['stories_before']:,} stories before the run, PostgreSQL {d['postgresql']}; "
        f"articles: copies of {report['demo_articles']} demo articles, "
        f"{report['article_words_mean']} words on average"
    )
    header = (
        f"{'workers':>7} {'articles':>8} {'seconds':>8} {'articles/s':>10} "
        f"{'statements':>10} {'latency median ms':>18}  latency samples ms"
    )
    print(header)
    print("-" * len(header))
    for r in report["results"]:
        failed = r["statuses"].get("failed", 0)
        flag = f"  ({failed} failed)" if failed else ""
        print(
            f"{r['workers']:>7} {r['articles']:>8} {r['seconds']:>8.1f} "
            f"{r['articles_per_s']:>10.2f} {r['statements_filed']:>10} "
            f"{r['latency_median_ms']:>18}  {r['latency_ms']}{flag}"
        )


if __name__ == "__main__":
    main()
