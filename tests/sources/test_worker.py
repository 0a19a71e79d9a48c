"""A real Celery worker (two pool processes) on Redis: two beat ticks, one poll per source."""

import os
import shutil
import time

import pytest

from sources import polling
from sources.models import Source
from sources.tasks import poll_due_sources, poll_source
from tests.conftest import using_real_services, wait_until, worker_process
from tests.sources.conftest import rss

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
    ),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]

SOURCES = 4


def test_two_beat_ticks_never_run_two_polls_of_one_source_at_once(own_broker, feed_server):
    _app, redis = own_broker
    sources = []
    for n in range(SOURCES):
        # A slow feed: a second poll of the same source would overlap the first.
        feed_server.serve(f"/feed{n}.xml", rss(feed_server.base, []), delay=1.0)
        sources.append(polling.add_source(url=feed_server.url(f"/feed{n}.xml"), name=f"Feed {n}"))
    env = {
        "DEMENTI_FETCH_ALLOW_HOSTS": f"127.0.0.1:{feed_server.port}",
        "SOURCES_HOST_DELAY_SECONDS": "0",
    }
    with worker_process(redis.url, "-c", "2", "-Q", "celery,sources", env=env):
        # Two beat ticks a moment apart, and every poll job delivered a second time.
        poll_due_sources.delay()
        poll_due_sources.delay()
        for source in sources:
            poll_source.delay(source_id=source.pk)

        def all_polled():
            """every source polled and released"""
            return (
                Source.objects.filter(last_polled_at__isnull=False, polling_since=None).count()
                == SOURCES
            )

        wait_until(all_polled, timeout=90)
        # The duplicate jobs still queued run now and must find nothing due.
        time.sleep(3)
    for n in range(SOURCES):
        assert len(feed_server.hits(f"/feed{n}.xml")) == 1
        assert feed_server.most_at_once[f"/feed{n}.xml"] == 1
    assert set(Source.objects.values_list("last_status", flat=True)) == {"ok"}
