"""EXPLAIN ANALYZE of every query behind the analysts' pages, at the database's current size.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_bench .venv/bin/python bench/explain.py

Renders each page once with Django's test client as an analyst (the same pages bench/load.py
requests: story list, large, largest and typical story, an actor, the most talkative actor,
search), captures the SQL it ran, then runs `EXPLAIN (ANALYZE, BUFFERS)` on each statement and
prints the plans with the time each query took. --markdown writes them as a Markdown fragment
for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Queries every request makes whatever the page (session, user, permissions): shown once.
PER_REQUEST = ("django_session", "auth_user", "auth_permission")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", type=pathlib.Path, help="Write the plans here too.")
    parser.add_argument("--typical", type=int, default=100, help="Size of the typical story.")
    parser.add_argument("--large", type=int, default=800, help="Size of the large story.")
    parser.add_argument("--actor-size", type=int, default=500, help="Statements of the actor.")
    parser.add_argument("--search", help="Search query (default: the largest story's place).")
    parser.add_argument("--only", help="Only pages whose name contains this.")
    parser.add_argument(
        "--brief",
        type=int,
        default=0,
        help="Shorter output: the select list elided, buffers left out, at most this many plan "
        "lines per query.",
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    sys.path.insert(0, str(ROOT / "bench"))
    from load import prepare  # the same pages as the load benchmark

    if connection.vendor != "postgresql":
        raise SystemExit("EXPLAIN ANALYZE figures are for PostgreSQL: set DATABASE_URL.")
    plan = prepare(args.search, args.typical, args.large, args.actor_size)
    user = get_user_model().objects.get(username="bench-analyst")
    user.groups.add(Group.objects.get(name="analyst"))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    out: list[str] = []
    data = plan["data"]
    out.append(
        f"Data: {data['statements']:,} statements, {data['articles']:,} articles, "
        f"{data['stories']:,} stories, {data['links']:,} links, {data['actors']:,} actors "
        f"({data.get('database_size', '?')}, PostgreSQL {data.get('postgresql', '?')}).\n"
    )
    for name, path in plan["pages"][1:]:
        if args.only and args.only not in name:
            continue
        client.get(path)  # warm the cache as the load benchmark does
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path)
            elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (path, response.status_code)
        queries = [q["sql"] for q in captured.captured_queries]
        sql_ms = sum(float(q["time"]) for q in captured.captured_queries) * 1000
        out.append(f"### {name}: `{path}`\n")
        out.append(
            f"{len(queries)} queries, {sql_ms:.0f} ms in SQL, {elapsed:.0f} ms for the whole "
            f"response ({len(response.content) // 1024} KB of HTML).\n"
        )
        for n, sql in enumerate(queries, 1):
            if any(f'FROM "{t}"' in sql for t in PER_REQUEST):
                out.append(f"{n}. per-request query (session, user or permissions), skipped.\n")
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                lines = [row[0] for row in cursor.fetchall()]
            total = next((ln for ln in reversed(lines) if ln.startswith("Execution Time")), "")
            out.append(f"{n}. {total}\n")
            if args.brief:
                # Long column lists elided, the plan without buffer counts.
                shown = _shorten(sql)
                lines = [_shorten_plan(ln) for ln in lines if "Buffers:" not in ln][: args.brief]
                out.append("```sql\n" + shown + "\n```\n")
            else:
                out.append("```sql\n" + sql + "\n```\n")
            out.append("```\n" + "\n".join(lines) + "\n```\n")
    text = "\n".join(out)
    print(text)
    if args.markdown:
        args.markdown.write_text(text)


COLUMNS = re.compile(r'(?:"\w+"\."\w+"(?: AS "\w+")?, ){4,}')


IDS = re.compile(r"(?:'?[\w-]+'?, ){9,}'?[\w-]+'?")


def _shorten(sql: str) -> str:
    """Long column lists and long IN lists (prefetches) elided; expressions and clauses kept."""
    sql = COLUMNS.sub(lambda m: f"<{m.group(0).count(', ')} columns>, ", sql)
    return IDS.sub(lambda m: f"<{m.group(0).count(', ') + 1} values>", sql)


ARRAY = re.compile(r"'\{(?:\d+,){9,}\d+\}'")


def _shorten_plan(line: str) -> str:
    return ARRAY.sub(lambda m: f"'{{<{m.group(0).count(',') + 1} values>}}'", line)


if __name__ == "__main__":
    main()
