"""Timeouts and dying workers end as failed articles with their reason, in a real worker process.

A real `celery worker` (prefork) runs against a Redis the test owns: Celery's soft time limit
interrupts the real parser, and a pool process killed mid-parse (as the kernel's OOM killer
would) is redelivered, then given up with its reason instead of looping.
"""

import itertools
import os
import shutil
import signal

import pytest
from django.urls import reverse

from statements import ingest
from statements.models import Article, IngestStatus, TaskDelivery
from tests.conftest import pool_children, using_real_services, wait_until, worker_process

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
    ),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]

SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "su", "der", "bel", "an", "tor", "qui"]
# Distinct speakers in the long paste (2.3 MB): about 20 s of parsing here in December 2026
# (the parser got 10x faster that month); the limits below must stay well under it.
SPEAKERS = 25_000


def many_speakers(count: int) -> str:
    """A long paste in which every paragraph is a denial by a different person."""
    words = ("".join(p).capitalize() for p in itertools.product(SYLLABLES, repeat=5))
    names = (f"{first} {last}" for first, last in zip(words, words, strict=False))
    return "\n\n".join(
        f'"The report is false," said {name}, a spokesman for the port authority.'
        for name, _ in zip(names, range(count), strict=False)
    )


def status_of(article_id: int) -> str:
    return Article.objects.values_list("status", flat=True).get(pk=article_id)


def test_an_article_past_the_soft_time_limit_fails_as_too_long_to_parse(
    own_broker, editor_client, monkeypatch
):
    app, redis = own_broker
    # The limits travel in the message, from the publishing app's task (this process), and the
    # worker's settings agree.
    from statements.tasks import ingest_article

    task = app.tasks[ingest_article.name]
    monkeypatch.setattr(task, "soft_time_limit", 1)
    monkeypatch.setattr(task, "time_limit", 60)
    monkeypatch.setattr(task, "_exec_options", None)  # cached at the first publish
    limits = {"CELERY_TASK_SOFT_TIME_LIMIT": "1", "CELERY_TASK_TIME_LIMIT": "60"}
    with worker_process(redis.url, env=limits):
        editor_client.post(reverse("article_add"), {"text": many_speakers(SPEAKERS)})
        article = Article.objects.get()
        wait_until(lambda: status_of(article.pk) == IngestStatus.FAILED, timeout=90)
    article.refresh_from_db()
    assert article.error == ingest.TOO_LONG_TO_PARSE
    assert not article.statements.exists()
    # Shown to the editor, on the article page and in the review queue.
    assert b"Too long to parse" in editor_client.get(article.get_absolute_url()).content
    assert b"Too long to parse" in editor_client.get(reverse("review_queue")).content


def test_a_parse_that_kills_its_worker_twice_is_failed_with_the_reason_not_redelivered(
    own_broker, editor_client
):
    _app, redis = own_broker
    with worker_process(redis.url) as worker:
        editor_client.post(reverse("article_add"), {"text": many_speakers(SPEAKERS)})
        article = Article.objects.get()
        for attempt in (1, 2):

            def parsing(attempt=attempt):
                """the article is being parsed by its next delivery"""
                a = Article.objects.get(pk=article.pk)
                return a.status == IngestStatus.PARSING and a.attempts == attempt

            wait_until(parsing, timeout=60)
            # What the kernel's OOM killer does to the pool process.
            for pid in pool_children(worker):
                os.kill(pid, signal.SIGKILL)
        wait_until(lambda: status_of(article.pk) == IngestStatus.FAILED, timeout=60)
    article.refresh_from_db()
    assert article.error.startswith("Too long to parse")
    assert "stopped 2 times" in article.error
    assert article.attempts == 2
    assert not TaskDelivery.objects.exists()  # the guard forgot the message once it gave up
