"""A real Celery worker on the real Redis broker files the seed article into PostgreSQL."""

import os
import time

import pytest

from statements import ingest, services
from statements.models import Article, IngestStatus, Stance, StatementLink, Story
from tests.conftest import using_real_services

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
    ),
]


@pytest.fixture
def celery_worker(transactional_db):
    """A worker thread consuming the real broker; the queue is emptied of older runs first."""
    from celery.contrib.testing.worker import start_worker

    from config.celery import app

    app.conf.task_always_eager = False
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        yield app


def wait_for(article_id: int, timeout: float = 60.0) -> Article:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        article = Article.objects.get(pk=article_id)
        if article.status in (IngestStatus.DONE, IngestStatus.FAILED):
            return article
        time.sleep(0.2)
    raise AssertionError(f"article {article_id} still {article.status} after {timeout}s")


def test_a_worker_files_the_seed_article_once_even_when_submitted_twice(celery_worker, seed):
    first = services.submit_article(user=None, text=seed["text"], title=seed["title"])
    article = wait_for(first.article.pk)
    assert article.status == IngestStatus.DONE, article.error
    second = services.submit_article(user=None, text=seed["text"], title=seed["title"])
    assert not second.created and second.article.pk == article.pk
    assert Article.objects.count() == 1

    statements = list(article.statements.select_related("speaker"))
    claim = next(s for s in statements if s.stance == Stance.CLAIM)
    assert claim.speaker.kind == "media"
    denials = [s for s in statements if s.stance == Stance.DENIAL]
    assert len(denials) >= 4
    assert StatementLink.objects.filter(target=claim, kind="denies").count() >= 3
    assert Story.objects.count() == 1
    assert {s.story_id for s in statements} == {Story.objects.get().pk}


def test_a_refused_url_fails_in_the_worker_with_a_clear_message(celery_worker):
    submission = services.submit_article(user=None, url="http://10.0.0.5/internal")
    article = wait_for(submission.article.pk)
    assert article.status == IngestStatus.FAILED
    assert "non-public address" in article.error
    assert not article.statements.exists()


def test_a_task_that_dies_mid_filing_leaves_nothing_and_runs_again_without_duplicates(
    celery_worker, seed, monkeypatch
):
    from statements.models import Statement

    real = ingest.touch_stories
    calls = {"n": 0}

    def die_once(touched):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("worker lost mid-task")
        return real(touched)

    monkeypatch.setattr(ingest, "touch_stories", die_once)  # the solo worker runs in-process
    submission = services.submit_article(user=None, text=seed["text"], title=seed["title"])
    article = wait_for(submission.article.pk)
    assert article.status == IngestStatus.FAILED
    assert "can be retried" in article.error
    assert (Statement.objects.count(), StatementLink.objects.count(), Story.objects.count()) == (
        0,
        0,
        0,
    )

    services.reparse_article(article)
    article = wait_for(article.pk)
    assert article.status == IngestStatus.DONE, article.error
    assert Article.objects.count() == 1
    spans = list(article.statements.values_list("evidence_start", "evidence_end"))
    assert len(spans) > 5 and len(spans) == len(set(spans))
    links = list(StatementLink.objects.values_list("source_id", "target_id", "kind"))
    assert len(links) == len(set(links)) and links
    assert Story.objects.count() == 1
