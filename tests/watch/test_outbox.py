"""The notifications' outbox: a broker outage at filing loses no follower's notification.

The broker tests own a Redis server on a free port, stop and start it for real, and run a real
worker against it: no mock of the broker.
"""

import datetime as dt
import os
import shutil
import time

import pytest
from celery.contrib.testing.worker import start_worker

from statements import ingest, services
from statements.models import Article, IngestStatus
from tests.conftest import using_real_services
from tests.factories import UserFactory
from tests.watch.test_watch import FIRST
from watch import outbox
from watch.beat import sweep_notifications
from watch.models import Notification, PendingNotice, Watch
from watch.tasks import notify_filed

SERVICES = [
    pytest.mark.services,
    pytest.mark.skipif(
        not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
    ),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]


def services_only(test):
    """The marks of a test that needs PostgreSQL and a Redis of its own."""
    for mark in SERVICES:
        test = mark(test)
    return test


def pass_time(by: dt.timedelta) -> None:
    """Move the notices' clock marks into the past (the sweep's grace and lost windows)."""
    for notice in PendingNotice.objects.all():
        PendingNotice.objects.filter(pk=notice.pk).update(
            requested_at=notice.requested_at - by,
            enqueued_at=notice.enqueued_at - by if notice.enqueued_at else None,
        )


def file_article(capture) -> Article:
    """Submit and run the pipeline in this process; the on-commit callbacks run for real."""
    with capture(execute=True):
        article = services.submit_article(
            user=None, text=FIRST, published=dt.date(2026, 3, 12)
        ).article
    with capture(execute=True):
        assert ingest.run_pipeline(article.pk) == IngestStatus.DONE
    return article


@services_only
def test_notifications_of_a_filing_the_broker_refused_are_sent_by_the_sweep(
    own_broker, django_capture_on_commit_callbacks
):
    app, redis = own_broker
    user = UserFactory(username="follower", role="analyst")
    Watch.objects.create(user=user, kind="search", query="report")
    redis.stop()

    article = file_article(django_capture_on_commit_callbacks)
    notice = PendingNotice.objects.get()
    assert (notice.article_id, notice.enqueued_at, notice.sends) == (article.pk, None, 0)
    assert not Notification.objects.exists()

    # Within the grace, and while the broker is still down, the sweep leaves it waiting.
    assert sweep_notifications() == {"sent": 0, "refused": 0}
    pass_time(outbox.SEND_GRACE * 2)
    assert sweep_notifications() == {"sent": 0, "refused": 1}
    assert PendingNotice.objects.get().enqueued_at is None

    redis.start()
    assert sweep_notifications() == {"sent": 1, "refused": 0}
    assert sweep_notifications() == {"sent": 0, "refused": 0}  # sent once, not every minute
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        deadline = time.monotonic() + 60
        while PendingNotice.objects.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
    assert not PendingNotice.objects.exists()
    told = Notification.objects.filter(user=user)
    assert told.exists()
    assert set(told.values_list("statement__article_id", flat=True)) == {article.pk}


@services_only
def test_a_notify_job_lost_by_the_broker_is_sent_again(
    own_broker, django_capture_on_commit_callbacks
):
    _app, redis = own_broker
    file_article(django_capture_on_commit_callbacks)
    assert PendingNotice.objects.get().enqueued_at is not None  # handed over
    redis.stop()
    redis.start()  # no persistence: the job is gone
    pass_time(outbox.SEND_GRACE * 2)
    assert sweep_notifications() == {"sent": 0, "refused": 0}  # not lost yet
    pass_time(outbox.LOST_AFTER)
    assert sweep_notifications() == {"sent": 1, "refused": 0}
    assert PendingNotice.objects.get().sends == 2


@pytest.mark.django_db
def test_a_filing_while_its_notify_job_runs_leaves_the_notice_for_the_next_run(
    eager_tasks, django_capture_on_commit_callbacks
):
    article = file_article(django_capture_on_commit_callbacks)
    assert not PendingNotice.objects.exists()  # eager: notified at once
    seen = outbox.note_filing(article.pk).requested_at
    outbox.note_filing(article.pk)  # filed again while a job that saw the first runs
    outbox.done(seen, article_id=article.pk)
    assert PendingNotice.objects.filter(article=article).exists()
    notify_filed.apply(kwargs={"article_id": article.pk}).get()
    assert not PendingNotice.objects.exists()


@pytest.mark.django_db
def test_a_notice_whose_job_keeps_failing_is_dropped_after_its_sends(
    eager_tasks, django_capture_on_commit_callbacks, caplog
):
    article = file_article(django_capture_on_commit_callbacks)
    PendingNotice.objects.create(
        article=article,
        requested_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        enqueued_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        sends=outbox.MAX_SENDS,
    )
    assert outbox.claim_due() == []
    assert not PendingNotice.objects.exists()
    assert "given up after 5 sends" in caplog.text
