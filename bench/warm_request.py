"""A warm request's queries and time, in-process: what a cached page still reads.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_bench \\
      CACHE_URL=redis://127.0.0.1:6379/8 .venv/bin/python bench/warm_request.py [list story actor]

Logs a `profile-analyst` in with Django's test client (production settings, the given cache),
requests each page twice to warm the cache, then prints the queries of a third request
(`CaptureQueriesContext`) and the mean of 50 more. With PROFILE=1 and pyinstrument importable
(it is not a dependency: `pip install --target /tmp/x pyinstrument` and PYTHONPATH=/tmp/x), it
also prints a profile of 20 requests. Needs `collectstatic` (manifest static files).
"""

from __future__ import annotations

import os
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.update(
    {
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789abcdef",
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
    }
)


def main() -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from statements.models import Statement, Story

    user, _ = get_user_model().objects.get_or_create(username="profile-analyst")
    user.groups.add(Group.objects.get(name="analyst"))
    client = Client()
    client.force_login(user)
    story = Story.objects.annotate(n=Count("statements")).filter(n__gte=90, n__lte=110).first()
    actor_id = Statement.objects.values_list("speaker_id", flat=True).first()
    pages = {
        "healthz": "/healthz",
        "list": "/",
        "story": story.get_absolute_url() if story else "/",
        "actor": f"/actors/{actor_id}/",
        "search": "/search/?q=grain",
    }
    for name in sys.argv[1:] or list(pages):
        url = pages[name]
        client.get(url)
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        queries = captured.captured_queries
        print(f"== {name} {url}: {response.status_code}, {len(response.content)} bytes, ", end="")
        print(f"{len(queries)} queries")
        for query in queries:
            print(f"   {query['time']} s  {query['sql'][:150]}")
        started, cpu = time.perf_counter(), time.process_time()
        for _ in range(50):
            client.get(url)
        wall, cpu = (time.perf_counter() - started) * 20, (time.process_time() - cpu) * 20
        print(f"   50 warm requests: {wall:.1f} ms each, {cpu:.1f} ms CPU")
        if os.environ.get("PROFILE"):
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
            for _ in range(20):
                client.get(url)
            profiler.stop()
            print(profiler.output_text(unicode=False, color=False))


if __name__ == "__main__":
    main()
