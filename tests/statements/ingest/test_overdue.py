"""Articles that stopped moving (a worker died mid-job, a job was lost) are shown to editors in
the review queue with their state and age, can be re-run from there, and the sweep takes them to
an end state that is shown too: re-run a bounded number of times, then failed with the reason."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from statements import ingest, services
from statements.models import Article, IngestStatus, overdue_after
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "The Morning Ledger reported on Monday, citing two officials, that Veloria had sold grain "
    "to a sanctioned buyer.\n\nVeloria's foreign ministry on Tuesday denied the report. "
    '"These claims are false," ministry spokeswoman Lena Ortiz told reporters.'
)


def stopped(status: str, *, for_: dt.timedelta, attempts: int = 1, **fields) -> Article:
    """An article left in `status` for `for_` (its job handed to the broker as long ago)."""
    article = ArticleFactory(raw_text=TEXT, text=TEXT, status=status, attempts=attempts, **fields)
    then = timezone.now() - for_
    Article.objects.filter(pk=article.pk).update(updated_at=then, enqueued_at=then)
    return Article.objects.get(pk=article.pk)


# Past the job's hard time limit (300 s) but before the sweeper counts the job as lost (10 min):
# only a page can tell an editor about it then.
PAST_LIMIT = overdue_after() + dt.timedelta(minutes=2)


def test_an_article_stuck_parsing_past_the_time_limit_is_in_the_review_queue_with_state_and_age(
    editor_client,
):
    article = stopped(IngestStatus.PARSING, for_=PAST_LIMIT, title="Grain sale report")
    response = editor_client.get(reverse("review_queue"))
    body = response.content.decode()
    assert f'id="overdue-article-{article.pk}"' in body
    row = body.split(f'id="overdue-article-{article.pk}"')[1].split("</li>")[0]
    assert "Grain sale report" in row
    assert "Parsing" in row
    assert "7\xa0minutes" in row  # how long it has not moved
    assert reverse("article_reparse", args=[article.pk]) in row
    assert "csrfmiddlewaretoken" in row


def test_an_article_still_within_the_time_limit_is_not_listed_as_stuck(editor_client):
    article = stopped(IngestStatus.PARSING, for_=dt.timedelta(seconds=30))
    response = editor_client.get(reverse("review_queue"))
    assert b"Ingests not finishing" not in response.content
    assert f'overdue-article-{article.pk}"'.encode() not in response.content


def test_a_queued_article_no_worker_took_is_listed_too(editor_client):
    article = stopped(IngestStatus.QUEUED, for_=PAST_LIMIT, attempts=0)
    response = editor_client.get(reverse("review_queue"))
    assert f'id="overdue-article-{article.pk}"'.encode() in response.content
    assert b"Queued" in response.content


def test_analyst_does_not_see_the_stuck_articles(analyst_client):
    stopped(IngestStatus.PARSING, for_=PAST_LIMIT)
    assert analyst_client.get(reverse("review_queue")).status_code == 403


def test_editor_reruns_an_article_stuck_past_the_time_limit(
    editor_client, eager_tasks, django_capture_on_commit_callbacks
):
    article = stopped(IngestStatus.PARSING, for_=PAST_LIMIT)
    assert not ingest.is_stuck(article)  # the sweeper does not count it as lost yet
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("article_reparse", args=[article.pk]), follow=True)
    assert b"already being processed" not in response.content
    article.refresh_from_db()
    assert article.status == IngestStatus.DONE, article.error
    assert article.statements.exists()


def test_rerunning_an_article_whose_job_is_running_is_refused(editor_client):
    article = stopped(IngestStatus.PARSING, for_=dt.timedelta(seconds=30))
    response = editor_client.post(reverse("article_reparse", args=[article.pk]), follow=True)
    assert b"already being processed" in response.content
    assert Article.objects.get(pk=article.pk).attempts == 1


def test_the_article_page_says_a_stuck_article_is_not_moving_and_offers_retry(editor_client):
    article = stopped(IngestStatus.FETCHING, for_=PAST_LIMIT)
    response = editor_client.get(article.get_absolute_url())
    assert b"not moved for 7\xc2\xa0minutes, longer than the job's time limit" in response.content
    assert b"Retry</button>" in response.content


def test_the_sweep_reruns_an_article_whose_worker_died_once(eager_tasks):
    article = stopped(IngestStatus.PARSING, for_=ingest.STALL_AFTER * 2, attempts=1)
    assert services.sweep_articles() == {"enqueued": 1, "refused": 0, "failed": 0}
    article.refresh_from_db()
    assert article.status == IngestStatus.DONE, article.error
    assert article.attempts == 2


def test_the_sweep_fails_an_article_whose_worker_died_twice_and_the_queue_shows_why(
    editor_client,
):
    article = stopped(
        IngestStatus.PARSING, for_=ingest.STALL_AFTER * 2, attempts=ingest.MAX_STOPPED_RUNS
    )
    assert services.sweep_articles() == {"enqueued": 0, "refused": 0, "failed": 1}
    article.refresh_from_db()
    assert article.status == IngestStatus.FAILED
    assert "worker stopped 2 times" in article.error
    body = editor_client.get(reverse("review_queue")).content.decode()
    assert f'id="overdue-article-{article.pk}"' not in body
    failed = body.split('id="failed-heading"')[1]
    assert article.title in failed and "worker stopped 2 times" in failed


def test_a_queued_article_out_of_attempts_is_failed_by_the_sweep_not_sent_again():
    article = stopped(
        IngestStatus.QUEUED, for_=ingest.STALL_AFTER * 2, attempts=ingest.MAX_ATTEMPTS
    )
    assert services.sweep_articles() == {"enqueued": 0, "refused": 0, "failed": 1}
    article.refresh_from_db()
    assert article.status == IngestStatus.FAILED
    assert "not retried automatically" in article.error


def test_a_queued_article_no_worker_starts_is_failed_after_the_queue_timeout_with_the_reason(
    editor_client,
):
    article = stopped(IngestStatus.QUEUED, for_=ingest.QUEUE_TIMEOUT + dt.timedelta(minutes=1))
    assert services.sweep_articles() == {"enqueued": 0, "refused": 0, "failed": 1}
    article.refresh_from_db()
    assert article.status == IngestStatus.FAILED
    assert article.error.startswith("No worker started this article within 6 hours")
    failed = editor_client.get(reverse("review_queue")).content.decode()
    assert "No worker started this article" in failed.split('id="failed-heading"')[1]
    assert services.sweep_articles() == {"enqueued": 0, "refused": 0, "failed": 0}


def test_a_queued_article_within_the_queue_timeout_is_sent_again_not_failed(eager_tasks):
    article = stopped(IngestStatus.QUEUED, for_=ingest.QUEUE_TIMEOUT - dt.timedelta(minutes=5))
    assert services.sweep_articles() == {"enqueued": 1, "refused": 0, "failed": 0}
    article.refresh_from_db()
    assert article.status == IngestStatus.DONE, article.error
