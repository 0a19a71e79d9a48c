"""The article row is the outbox: a broker outage loses no article and answers no 500.

These tests own a Redis server on a free port (the `redis-server` binary), point the broker at
it, stop and start it for real, and run a real worker against it: no mock of the broker.
"""

import datetime as dt
import os
import shutil
import time
from contextlib import contextmanager

import pytest
from django.urls import reverse
from django.utils import timezone

from statements import ingest, services
from statements.models import Article, IngestStatus
from statements.taskguard import waiting_messages
from statements.tasks import ingest_article
from tests.conftest import using_real_services

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
    ),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]

TEXT = (
    "The Harbour Gazette reported on Wednesday, citing port records, that Norland had shipped "
    "turbines to a blacklisted firm.\n\nNorland's trade ministry on Thursday rejected the "
    'report. "The story is untrue," ministry spokesman Piet Varga told journalists.'
)


@contextmanager
def worker(app):
    from celery.contrib.testing.worker import start_worker

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        yield


def wait_for(article_id: int, timeout: float = 60.0) -> Article:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        article = Article.objects.get(pk=article_id)
        if article.status in (IngestStatus.DONE, IngestStatus.FAILED):
            return article
        time.sleep(0.2)
    raise AssertionError(f"article {article_id} still {article.status} after {timeout}s")


def pass_time(article_id: int, by: dt.timedelta) -> None:
    """Move the article's clock marks into the past (the sweeper's grace and stall windows)."""
    article = Article.objects.get(pk=article_id)
    Article.objects.filter(pk=article_id).update(
        updated_at=article.updated_at - by,
        enqueued_at=article.enqueued_at - by if article.enqueued_at else None,
    )


def test_an_article_added_while_the_broker_is_down_is_parsed_once_it_is_back(
    own_broker, editor_client
):
    app, redis = own_broker
    redis.stop()

    started = time.monotonic()
    response = editor_client.post(reverse("article_add"), {"text": TEXT, "title": "Turbines"})
    waited = time.monotonic() - started
    article = Article.objects.get()
    assert response.status_code == 302 and response.url == article.get_absolute_url()
    assert waited < 10  # the request gives up on the broker quickly
    assert article.status == IngestStatus.QUEUED
    assert article.enqueued_at is None

    # While the broker is still down, the sweeper leaves the article waiting (nothing lost).
    pass_time(article.pk, ingest.ENQUEUE_GRACE * 2)
    assert services.sweep_articles() == {"enqueued": 0, "refused": 1, "failed": 0}
    assert Article.objects.get(pk=article.pk).enqueued_at is None

    redis.start()
    assert services.sweep_articles() == {"enqueued": 1, "refused": 0, "failed": 0}
    assert Article.objects.get(pk=article.pk).enqueued_at is not None
    with worker(app):
        article = wait_for(article.pk)
    assert article.status == IngestStatus.DONE, article.error
    assert article.statements.count() >= 2
    assert article.attempts == 1


def test_a_job_lost_in_a_broker_restart_without_persistence_is_enqueued_again(
    own_broker, editor_client
):
    app, redis = own_broker
    editor_client.post(reverse("article_add"), {"text": TEXT, "title": "Turbines"})
    article = Article.objects.get()
    assert article.enqueued_at is not None  # handed over; no worker has taken it yet

    redis.stop()
    redis.start()  # no AOF, no snapshot: the queued job is gone
    assert services.sweep_articles()["enqueued"] == 0  # not stalled yet
    pass_time(article.pk, ingest.STALL_AFTER + dt.timedelta(minutes=1))
    assert services.sweep_articles() == {"enqueued": 1, "refused": 0, "failed": 0}
    with worker(app):
        article = wait_for(article.pk)
    assert article.status == IngestStatus.DONE, article.error


def test_a_backlog_the_workers_have_not_reached_is_not_sent_again(own_broker, editor_client):
    app, _redis = own_broker
    for n in range(3):
        editor_client.post(reverse("article_add"), {"text": f"{TEXT} ({n})", "title": f"T{n}"})
    articles = list(Article.objects.order_by("pk"))
    assert all(a.enqueued_at is not None for a in articles)
    assert waiting_messages(ingest_article) == 3

    for article in articles:  # no worker reached them for longer than the stall window
        pass_time(article.pk, ingest.STALL_AFTER + dt.timedelta(minutes=1))
    assert services.sweep_articles() == {"enqueued": 0, "refused": 0, "failed": 0}
    assert waiting_messages(ingest_article) == 3  # in line, not copied

    with worker(app):
        done = [wait_for(a.pk) for a in articles]
        # the articles' follow-up jobs share the queue: let the worker drain it before counting
        deadline = time.monotonic() + 30
        while waiting_messages(ingest_article) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = waiting_messages(ingest_article)
    done = [Article.objects.get(pk=a.pk) for a in articles]  # a copy sent again would show here
    assert [a.status for a in done] == [IngestStatus.DONE] * 3
    assert [a.attempts for a in done] == [1, 1, 1]
    assert left == 0


def test_the_queue_length_is_unknown_while_the_broker_is_down(own_broker):
    _app, redis = own_broker
    assert waiting_messages(ingest_article) == 0
    redis.stop()
    assert waiting_messages(ingest_article) is None


def test_resubmitting_an_article_stranded_by_an_outage_enqueues_it_again(own_broker, editor_client):
    app, redis = own_broker
    redis.stop()
    editor_client.post(reverse("article_add"), {"text": TEXT})
    article = Article.objects.get()
    redis.start()

    response = editor_client.post(reverse("article_add"), {"text": TEXT}, follow=True)
    assert b"already added" in response.content
    assert Article.objects.count() == 1
    assert Article.objects.get().enqueued_at is not None
    with worker(app):
        article = wait_for(article.pk)
    assert article.status == IngestStatus.DONE, article.error


def test_parse_again_enqueues_an_article_stranded_by_an_outage(own_broker, editor_client):
    app, redis = own_broker
    redis.stop()
    editor_client.post(reverse("article_add"), {"text": TEXT})
    article = Article.objects.get()
    page = editor_client.get(article.get_absolute_url())
    assert b"Retry</button>" in page.content  # the editor is offered a way out
    redis.start()

    response = editor_client.post(reverse("article_reparse", args=[article.pk]), follow=True)
    assert b"already being processed" not in response.content
    assert Article.objects.get().enqueued_at is not None
    with worker(app):
        article = wait_for(article.pk)
    assert article.status == IngestStatus.DONE, article.error


def test_parse_again_leaves_an_article_whose_job_is_fresh_alone(own_broker, editor_client):
    editor_client.post(reverse("article_add"), {"text": TEXT})
    article = Article.objects.get()
    enqueued_at = article.enqueued_at
    response = editor_client.post(reverse("article_reparse", args=[article.pk]), follow=True)
    assert b"already being processed" in response.content
    assert Article.objects.get().enqueued_at == enqueued_at


def test_the_sweeper_fails_an_article_whose_job_kept_stopping_and_never_picks_it_again(
    own_broker,
):
    article = Article.objects.create(
        raw_text=TEXT, text=TEXT, status=IngestStatus.PARSING, attempts=ingest.MAX_STOPPED_RUNS
    )
    Article.objects.filter(pk=article.pk).update(
        enqueued_at=timezone.now() - ingest.STALL_AFTER * 2,
        updated_at=timezone.now() - ingest.STALL_AFTER * 2,
    )
    assert services.sweep_articles() == {"enqueued": 0, "refused": 0, "failed": 1}
    article.refresh_from_db()
    assert article.status == IngestStatus.FAILED
    assert article.error.startswith("Too long to parse")
    assert services.sweep_articles() == {"enqueued": 0, "refused": 0, "failed": 0}
