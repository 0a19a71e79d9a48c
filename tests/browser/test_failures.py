"""An editor adds a URL that cannot be fetched and sees the failure with a retry, never a 500; a
story page that polls for its own article keeps the evidence the analyst opened."""

import re

import pytest
from playwright.sync_api import expect

from statements.models import Article, IngestStatus
from tests.factories import StatementFactory, UserFactory

PASSWORD = "correct horse battery staple"

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Disputed stories")).to_be_visible()


def test_an_unreachable_url_shows_its_failure_and_a_retry_and_no_500(
    page, live_server, reference_data, eager_tasks
):
    UserFactory(username="browser-editor", role="editor")
    statuses: list[int] = []
    page.on("response", lambda response: statuses.append(response.status))
    log_in(page, live_server, "browser-editor")

    page.goto(f"{live_server.url}/articles/add/")
    page.get_by_label("URL").fill("https://nowhere.invalid/news/ministry-denies")
    page.get_by_role("button", name="Add article").click()

    status = page.locator("#article-status")
    expect(status).to_contain_text("Failed")
    expect(status).to_contain_text("'nowhere.invalid' does not exist")
    expect(page.get_by_role("button", name="Retry")).to_be_visible()
    page.goto(f"{live_server.url}/review/")
    row = page.locator(".queue-failed li").filter(has_text="nowhere.invalid")
    expect(row).to_contain_text("does not exist")
    expect(row.get_by_role("button", name="Retry")).to_be_visible()
    assert not [status for status in statuses if status >= 500]


def test_the_story_page_polls_without_closing_the_evidence_the_reader_opened(
    page, live_server, reference_data
):
    UserFactory(username="browser-reader", role="analyst")
    statement = StatementFactory(article__text="The ministry denied the report on Tuesday.")
    Article.objects.filter(pk=statement.article_id).update(status=IngestStatus.PARSING)
    polls: list[str] = []
    page.on("request", lambda r: polls.append(r.url) if r.url.endswith("/live/") else None)
    log_in(page, live_server, "browser-reader")

    page.goto(f"{live_server.url}{statement.story.get_absolute_url()}")
    expect(page.locator("#story-live")).to_contain_text("being processed")
    evidence = page.locator(f"#statement-{statement.pk} details.evidence-toggle")
    evidence.locator("summary").click()
    expect(evidence).to_have_attribute("open", "")
    expect(evidence.locator(".evidence-slot")).to_contain_text("denied the report")
    page.wait_for_timeout(4500)  # two polls or more
    assert len(polls) >= 2
    expect(evidence).to_have_attribute("open", "")

    Article.objects.filter(pk=statement.article_id).update(status=IngestStatus.DONE)
    expect(page.get_by_role("link", name="Show the new statements")).to_be_visible(timeout=5000)
    expect(evidence).to_have_attribute("open", re.compile(".*"))
