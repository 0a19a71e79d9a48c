"""Pages under load: gunicorn serving, wrk driving it, figures per page next to a trivial view.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_bench .venv/bin/python bench/load.py

Needs `wrk` (`apt-get install -y wrk`) and a database filled by `manage.py make_synthetic`.
Starts gunicorn on a free local port with production settings (DEBUG off, manifest static files
after `collectstatic`), creates an analyst and a session for it, then requests in turn: /healthz
(the reference: no database, no session), the story list, the largest story's timeline, a
typical story's timeline (the story nearest --typical statements: the same story size at every
data size, so the database's size is the only thing that changes), a large story (nearest
--large), an actor page (the actor nearest --actor-size statements), the most talkative actor's
page and a search. Each page's first request after a change (every version bumped: no cached
fragment) is timed as its cold latency; the load then runs on a warm cache (Redis db 8 by
default, --cache-url). Prints requests per second and p50/p95/p99 latency per page (with the
requests counted, the seconds of load and the 1-minute load average after each page: the machine
may be shared), the machine and the data sizes; --json writes the same figures to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from machine import memory_gb  # noqa: E402  (bench/ is the script's own folder)

SECRET_KEY = "bench-only-secret-key-not-for-production-0123456789abcdef"
# wrk reports p50/p75/p90/p99 by itself; this script adds p95 and the error count.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %.1f %.1f %.1f %.1f\\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean))
end
"""


@dataclass
class Result:
    name: str
    url: str
    requests: int
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    mean_ms: float
    non_2xx: int
    socket_errors: int
    seconds: int = 0
    load_average_after: float = 0.0
    share_of_reference: float = 0.0


def server_env(database_url: str, cache_url: str) -> dict[str, str]:
    """Production settings for the served app (no TLS locally, quiet logs, the Redis cache)."""
    return {
        "CACHE_URL": cache_url,
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "false",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "CONN_MAX_AGE": "600",
        "LOG_LEVEL": "WARNING",
    }


def machine() -> dict[str, Any]:
    """Cores, memory, CPU model, OS and load average."""
    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "os": platform.platform(),
    }
    info["memory_gb"] = round(memory_gb(), 1)
    cpuinfo = pathlib.Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return info


def start_gunicorn(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """gunicorn on a free local port, in a session of its own: (process, base URL)."""
    port = free_port()
    gunicorn = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    return gunicorn, f"http://127.0.0.1:{port}"


def analyst_session() -> str:
    """A logged-in session of the bench's analyst (created once): its key, for the cookie."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.auth.models import Group
    from django.contrib.sessions.backends.db import SessionStore

    user, _ = get_user_model().objects.get_or_create(username="bench-analyst")
    user.groups.add(Group.objects.get(name="analyst"))
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]  # the user's backend
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return str(session.session_key)


def prepare(
    search: str | None, typical: int, large: int = 800, actor_size: int = 500
) -> dict[str, Any]:
    """Analyst session, the URLs to request and the data sizes (runs in this process)."""
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count

    from actors.models import Actor
    from statements.models import Article, Statement, StatementLink, Story

    session_key = analyst_session()

    sizes = (
        Statement.objects.values("story_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("story_id", "n")
    )
    largest_id, largest_n = sizes[0]
    typical_id, typical_n = min(sizes, key=lambda row: (abs(row[1] - typical), row[0]))
    large_id, large_n = min(sizes, key=lambda row: (abs(row[1] - large), row[0]))
    largest = Story.objects.get(pk=largest_id)
    large_story = Story.objects.get(pk=large_id)
    typical_story = Story.objects.get(pk=typical_id)
    speakers = (
        Statement.objects.values("speaker_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("speaker_id", "n")
    )
    talker_id, talker_n = speakers[0]
    # An actor of the same size at every data size, as for the large story.
    speaker_id, speaker_n = min(speakers, key=lambda row: (abs(row[1] - actor_size), row[0]))
    # Default search: the place the largest dispute is about, as an analyst would type it.
    query = search or " ".join(largest.title.split()[-2:])

    counts = {
        "actors": Actor.objects.count(),
        "stories": Story.objects.count(),
        "articles": Article.objects.count(),
        "statements": Statement.objects.count(),
        "links": StatementLink.objects.count(),
        "largest_story_statements": largest_n,
        "large_story_statements": large_n,
        "typical_story_statements": typical_n,
        "talkative_actor_statements": talker_n,
        "actor_statements": speaker_n,
        "search_matching_statements": Statement.objects.matching_text(query).count(),
    }
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
            counts["database_size"] = cursor.fetchone()[0]
            cursor.execute("SHOW server_version")
            counts["postgresql"] = cursor.fetchone()[0]
    search_url = "/search/?" + urllib.parse.urlencode({"q": query})
    pages = [
        ("trivial view /healthz", "/healthz"),
        ("story list", "/"),
        (f"large story ({large_n} statements)", large_story.get_absolute_url()),
        (f"largest story ({largest_n} statements)", largest.get_absolute_url()),
        (f"typical story ({typical_n} statements)", typical_story.get_absolute_url()),
        (f"actor page ({speaker_n} statements)", f"/actors/{speaker_id}/"),
        (f"most talkative actor ({talker_n} statements)", f"/actors/{talker_id}/"),
        (f"search {query!r}", search_url),
    ]
    return {"session": session_key, "pages": pages, "data": counts, "query": query}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(base: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:  # refused, reset or timed out while the workers boot
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer /healthz in time")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def check_page(base: str, path: str, session: str) -> float:
    """One request that must answer 200 as the analyst (not a login redirect); its seconds."""
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(base + path, headers={"Cookie": f"sessionid={session}"})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    if status != 200:
        raise SystemExit(f"{path} answered {status}, not 200: is the analyst logged in?")
    return time.monotonic() - started


def run_wrk(url: str, session: str, *, duration: int, connections: int, threads: int) -> list[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    try:
        out = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{duration}s",
                "--timeout",
                "30s",
                "-H",
                f"Cookie: sessionid={session}",
                "-s",
                script.name,
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    for line in out.splitlines():
        if line.startswith("BENCH "):
            return line.split()[1:]
    raise SystemExit(f"wrk printed no figures:\n{out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--duration", type=int, default=20, help="Seconds of load per page.")
    parser.add_argument(
        "--max-duration", type=int, default=90, help="Longest load on a slow page (seconds)."
    )
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2)
    parser.add_argument("--connections", type=int, help="wrk connections (default 2 per worker).")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads.")
    parser.add_argument("--search", help="Search query (default: the largest story's place).")
    parser.add_argument("--typical", type=int, default=100, help="Size of the typical story.")
    parser.add_argument("--large", type=int, default=800, help="Size of the large story.")
    parser.add_argument("--actor-size", type=int, default=500, help="Statements of the actor.")
    parser.add_argument("--only", help="Only pages whose name contains this (and /healthz).")
    parser.add_argument("--label", default="", help="A name for this run in the output.")
    parser.add_argument(
        "--cache-url",
        default=os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/8"),
        help="The served app's cache (emptied first; '' for local memory per worker).",
    )
    parser.add_argument("--json", type=pathlib.Path, help="Also write the figures here.")
    args = parser.parse_args()
    if not args.database_url.startswith("postgres"):
        raise SystemExit("Give --database-url (or DATABASE_URL) of a PostgreSQL database.")
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    connections = args.connections or 2 * args.workers
    env = server_env(args.database_url, args.cache_url)
    os.environ.update(env)
    python = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run(
        [python, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    plan = prepare(args.search, args.typical, args.large, args.actor_size)
    if args.only:
        plan["pages"] = [p for i, p in enumerate(plan["pages"]) if i == 0 or args.only in p[0]]
    from django.core.cache import cache

    from statements import summaries

    cache.clear()
    gunicorn, base = start_gunicorn(env, args.workers)
    results: list[Result] = []
    cold: dict[str, float] = {}
    after_change: dict[str, float] = {}
    try:
        wait_until_up(base)
        for name, path in plan["pages"]:
            # First request: warms the worker's connection and PostgreSQL's cache, checks 200.
            cold[name] = round(check_page(base, path, plan["session"]) * 1000, 1)
            # Cold: the first request after a change, which gives every story and actor a new
            # version, so no cached fragment serves it (as after an editor's action).
            summaries.bump_everything()
            after_change[name] = round(check_page(base, path, plan["session"]) * 1000, 1)
            warm = min(check_page(base, path, plan["session"]) for _ in range(args.workers))
            # Slow pages run longer so that the percentiles rest on enough requests (about 20
            # rounds of every connection), within --max-duration.
            rounds = 20 * warm * connections / min(args.workers, os.cpu_count() or 1)
            duration = int(max(args.duration, min(args.max_duration, rounds)))
            fields = run_wrk(
                base + path,
                plan["session"],
                duration=duration,
                connections=connections,
                threads=args.threads,
            )
            requests, micros, non_2xx, errors = (int(x) for x in fields[:4])
            p50, p95, p99, mean = (float(x) / 1000 for x in fields[4:])
            results.append(
                Result(
                    name=name,
                    url=path,
                    requests=requests,
                    rps=round(requests / (micros / 1e6), 2),
                    p50_ms=round(p50, 1),
                    p95_ms=round(p95, 1),
                    p99_ms=round(p99, 1),
                    mean_ms=round(mean, 1),
                    non_2xx=non_2xx,
                    socket_errors=errors,
                    seconds=duration,
                    load_average_after=round(os.getloadavg()[0], 2),
                )
            )
            print(f"  done: {name}", file=sys.stderr)
    finally:
        os.killpg(gunicorn.pid, signal.SIGTERM)
        gunicorn.wait(timeout=30)
    reference = results[0].rps
    for result in results:
        result.share_of_reference = round(result.rps / reference, 3) if reference else 0.0
    report = {
        "label": args.label,
        "machine": machine(),
        "data": plan["data"],
        "setup": {
            "gunicorn_workers": args.workers,
            "wrk_threads": args.threads,
            "wrk_connections": connections,
            "seconds_per_page": args.duration,
        },
        "results": [asdict(r) for r in results],
        "first_request_ms": cold,
        "cold_after_change_ms": after_change,
        "cache": "redis" if args.cache_url else "local memory",
    }
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str))


def print_report(report: dict[str, Any]) -> None:
    m, d, s = report["machine"], report["data"], report["setup"]
    print(f"# Load benchmark {report['label']}".rstrip())
    print(
        f"machine: {m.get('cores')} cores ({m.get('cpu', '?')}), {m.get('memory_gb', '?')} GB, "
        f"load average before {m['load_average']}, {m['os']}"
    )
    print(
        f"data: {d['statements']:,} statements, {d['articles']:,} articles, "
        f"{d['stories']:,} stories, {d['links']:,} links, {d['actors']:,} actors; "
        f"database {d.get('database_size', '?')} on PostgreSQL {d.get('postgresql', '?')}"
    )
    print(
        f"setup: gunicorn {s['gunicorn_workers']} sync workers, wrk {s['wrk_threads']} threads "
        f"{s['wrk_connections']} connections, {s['seconds_per_page']} s per page "
        "(longer for slow pages: see s)"
    )
    print(f"search matches {d['search_matching_statements']:,} statements")
    header = (
        f"{'page':<42} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'share':>6} "
        f"{'reqs':>6} {'s':>3} {'load':>5} {'cold ms':>8}"
    )
    print(header)
    print("-" * len(header))
    for r in report["results"]:
        flag = "" if not (r["non_2xx"] or r["socket_errors"]) else "  errors!"
        print(
            f"{r['name'][:42]:<42} {r['rps']:>8.2f} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} "
            f"{r['p99_ms']:>8.1f} {r['share_of_reference']:>6.2f} {r['requests']:>6} "
            f"{r['seconds']:>3} {r['load_average_after']:>5.2f} "
            f"{report['cold_after_change_ms'].get(r['name'], 0):>8.1f}{flag}"
        )


if __name__ == "__main__":
    main()
