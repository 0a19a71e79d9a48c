"""An analyst logs in, opens the seed story, filters by a country and expands a statement."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import UserFactory

PASSWORD = "correct horse battery staple"

# The live server needs committed data.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def analyst_login(reference_data):
    return UserFactory(username="browser-analyst", role="analyst")


def log_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Disputed stories")).to_be_visible()


def test_analyst_filters_the_seed_story_and_reads_highlighted_evidence(
    page, live_server, analyst_login, seed_story, artifacts
):
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(page, live_server, analyst_login.username)

    page.get_by_role("link", name=re.compile(re.escape(seed_story.title[:30]))).first.click()
    expect(page.get_by_role("heading", name="Timeline")).to_be_visible()
    page.screenshot(path=str(artifacts / "seed-timeline.png"), full_page=True)

    page.get_by_label("Country").select_option("US")
    expect(page).to_have_url(re.compile(r"country=US"))
    statements = page.locator("#timeline .statement")
    expect(statements.first).to_be_visible()
    countries = statements.locator(".statement__who .country").all_inner_texts()
    assert countries and {c.strip() for c in countries} == {"United States"}

    first = statements.first
    first.get_by_text("Evidence in the article").click()
    mark = first.locator("mark.evidence--active")
    expect(mark).to_be_visible()
    assert mark.inner_text().strip()
    page.screenshot(path=str(artifacts / "seed-timeline-filtered.png"), full_page=True)
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_timeline_reads_on_a_phone(browser, live_server, analyst_login, seed_story, artifacts):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    log_in(page, live_server, analyst_login.username)
    page.goto(f"{live_server.url}{seed_story.get_absolute_url()}")
    width = page.evaluate("document.documentElement.scrollWidth")
    page.screenshot(path=str(artifacts / "seed-timeline-phone.png"), full_page=True)
    context.close()
    assert width <= 390
