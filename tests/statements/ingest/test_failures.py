"""Failures are states, not 500s: an article that cannot be fetched or read ends failed with a
plain reason, in the review queue with a retry button; retries are bounded."""

import socket

import pytest
from django.urls import reverse

from statements import ingest
from statements.models import Article, IngestStatus
from tests.factories import StatementFactory

pytestmark = [pytest.mark.django_db]


def free_port() -> int:
    """A port nothing listens on: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def add_url(client, url, capture):
    with capture(execute=True):
        response = client.post(reverse("article_add"), {"url": url})
    return response, Article.objects.get(source_url=url)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("http://nowhere.invalid/story", "'nowhere.invalid' does not exist"),
        ("{server}/missing", "The site answered 404."),
        ("{server}/pdf", "application/pdf, not an HTML page"),
        ("{server}/svg", "This is an SVG image, not an article page."),
        ("{server}/script", "No article text could be found in this page."),
        ("{server}/unknown-charset", "unknown character set ('x-klingon')"),
    ],
)
def test_a_url_that_can_never_be_read_fails_at_once_and_says_retrying_will_not_help(
    path,
    reason,
    web_server,
    public_loopback,
    editor_client,
    eager_tasks,
    django_capture_on_commit_callbacks,
):
    url = path.format(server=f"http://news.example:{web_server}")
    response, article = add_url(editor_client, url, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response.url == article.get_absolute_url()
    assert article.status == IngestStatus.FAILED
    assert reason in article.error
    assert "Retrying will not help" in article.error
    assert article.attempts == 1


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("http://news.example:{closed}/story", "Could not connect to the site"),
        ("{server}/down", "The site answered 503."),
        ("{server}/slow", "The site took too long to send the page."),
    ],
)
def test_a_url_that_may_come_back_is_retried_a_bounded_number_of_times_then_fails(
    path,
    reason,
    web_server,
    public_loopback,
    editor_client,
    eager_tasks,
    django_capture_on_commit_callbacks,
    settings,
):
    settings.FETCH_TIMEOUT_SECONDS = 0.2  # the drip outlasts 2 x 0.2 s
    url = path.format(server=f"http://news.example:{web_server}", closed=free_port())
    # Tasks run in-process here, so the retries follow each other at once.
    response, article = add_url(editor_client, url, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert article.status == IngestStatus.FAILED
    assert article.error.startswith(f"Gave up after {ingest.MAX_ATTEMPTS} attempts: {reason}")
    assert article.attempts == ingest.MAX_ATTEMPTS


def test_a_failed_article_is_in_the_review_queue_with_its_reason_and_a_retry_button(
    editor_client,
):
    article = Article.objects.create(
        source_url="https://news.example.org/gone",
        status=IngestStatus.FAILED,
        error="The site answered 404. Retrying will not help; add the article another way.",
    )
    page = editor_client.get(reverse("review_queue"))
    assert b"The site answered 404." in page.content
    retry = reverse("article_reparse", args=[article.pk]).encode()
    assert b'action="' + retry + b'"' in page.content
    assert b"Retry</button>" in page.content


def test_retrying_a_failed_article_runs_it_again_with_fresh_attempts(
    editor_client, web_server, public_loopback, eager_tasks, django_capture_on_commit_callbacks
):
    url = f"http://news.example:{web_server}/article"
    article = Article.objects.create(
        source_url=url, status=IngestStatus.FAILED, error="The site answered 503.", attempts=5
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("article_reparse", args=[article.pk]))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == IngestStatus.DONE, article.error
    assert article.error == "" and article.attempts == 1


def test_a_story_page_does_not_poll_for_an_article_of_another_story():
    mine = StatementFactory().story
    Article.objects.create(source_url="https://news.example.org/new", status=IngestStatus.QUEUED)
    assert not Article.objects.live_in(mine)


def test_a_story_page_polls_only_its_notice_while_its_own_article_is_reparsed(analyst_client):
    statement = StatementFactory()
    Article.objects.filter(pk=statement.article_id).update(status=IngestStatus.PARSING)
    story = statement.story
    page = analyst_client.get(story.get_absolute_url())
    live = reverse("story_live", args=[story.slug])
    assert f'hx-get="{live}" hx-trigger="every 2s" hx-swap="outerHTML"'.encode() in page.content
    # The poll replaces the notice only, never the timeline with the evidence the reader opened.
    assert b'hx-target="#timeline" hx-swap="outerHTML">' not in page.content
    polled = analyst_client.get(live, headers={"HX-Request": "true"})
    assert b'id="story-live"' in polled.content and b"every 2s" in polled.content
    assert b"<html" not in polled.content and b'id="timeline"' not in polled.content

    Article.objects.filter(pk=statement.article_id).update(status=IngestStatus.DONE)
    done = analyst_client.get(live, headers={"HX-Request": "true"})
    assert b"hx-trigger" not in done.content
    assert b"Show the new statements" in done.content
