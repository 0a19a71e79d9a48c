"""An editor rejects a statement, an analyst exports what the page shows, a pasted article with a
dateline lands on its day, an editor renames an actor: each through Debian's chromium against the
live server."""

import csv
import datetime as dt
import io
import json
import re
import subprocess

import pytest
from playwright.sync_api import expect

from statements.models import Article, ReviewStatus, Stance
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
    UserFactory,
)

PASSWORD = "correct horse battery staple"
CLAIM = "Trawlers from Karlov crossed into our waters."
DENIAL = "No Karlovian trawler crossed any line."
MISREAD = "A misread line about the weather."

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor_login(reference_data):
    return UserFactory(username="browser-editor", role="editor")


@pytest.fixture
def dispute(reference_data):
    text = f"{CLAIM} {DENIAL} {MISREAD}"
    story = StoryFactory(title="Fishing rights off Karlov")
    article = ArticleFactory(text=text, raw_text=text, published=dt.date(2026, 3, 5))

    def say(words, stance, speaker, status):
        start = text.index(words)
        return StatementFactory(
            story=story,
            article=article,
            stance=stance,
            text=words,
            speaker=speaker,
            evidence_start=start,
            evidence_end=start + len(words),
            made_on=dt.date(2026, 3, 5),
            review_status=status,
        )

    claim = say(CLAIM, Stance.CLAIM, ActorFactory(name="Coastal Herald", kind="media"), "accepted")
    denial = say(DENIAL, Stance.DENIAL, ActorFactory(name="Ilse Varga", country="FR"), "accepted")
    misread = say(MISREAD, Stance.COMMENT, ActorFactory(name="Tom Reed", country="FR"), "proposed")
    StatementLinkFactory(source=denial, target=claim, kind="denies")
    return story, misread


def log_in(page, live_server, username: str) -> None:
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Disputed stories")).to_be_visible()


def download(page, fmt_label: str) -> tuple[str, bytes]:
    """Open the export menu, click a format, return the file's name and content."""
    menu = page.locator("#dossier-export details")
    if menu.get_attribute("open") != "":
        page.locator("#dossier-export summary").click()
    with page.expect_download() as info:
        page.locator("#dossier-export").get_by_role("button", name=fmt_label, exact=True).click()
    file = info.value
    return file.suggested_filename, open(file.path(), "rb").read()


def quotes(label: str, content: bytes) -> set[str]:
    """The statements' quotes in a downloaded dossier (the PDF's through pdftotext)."""
    if label == "JSON":
        return {s["text"] for s in json.loads(content)["statements"]}
    if label == "CSV":
        return {row["quote"] for row in csv.DictReader(io.StringIO(content.decode("utf-8-sig")))}
    if label == "Markdown":
        timeline = content.decode().split("## Appendix")[0]
        return {line[2:] for line in timeline.splitlines() if line.startswith("> ")}
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()
    timeline = " ".join(text.split("Appendix: source articles")[0].split())
    return {quote for quote in (CLAIM, DENIAL, MISREAD) if quote in timeline}


def test_rejecting_a_statement_removes_it_from_the_timeline_and_the_default_dossier(
    page, live_server, editor_login, dispute, artifacts
):
    story, misread = dispute
    log_in(page, live_server, editor_login.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    timeline = page.locator("#timeline")
    expect(timeline.get_by_text(MISREAD)).to_be_visible()
    expect(page.locator(f"#statement-{misread.pk} .review")).to_have_text("Unreviewed")

    page.goto(f"{live_server.url}{misread.get_absolute_url()}")
    row = page.locator(f"#statement-{misread.pk}")
    row.get_by_role("button", name="Reject").click()
    expect(row.locator(".review")).to_have_text("Rejected")
    assert misread.__class__.objects.get(pk=misread.pk).review_status == ReviewStatus.REJECTED

    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    expect(page.locator("#timeline .statement")).to_have_count(2)
    expect(page.locator("#timeline").get_by_text(MISREAD)).to_have_count(0)
    name, content = download(page, "Markdown")
    assert name.endswith(".md")
    markdown = content.decode("utf-8")
    assert DENIAL in markdown and "Karlov" in markdown
    assert "misread line" not in markdown.split("## Appendix")[0]  # the appendix has the text
    assert "Accepted and unreviewed statements (rejected ones are left out)" in markdown

    page.get_by_role("link", name="Show rejected statements too").click()
    expect(page).to_have_url(re.compile(r"include=everything"))
    expect(page.locator(f"#statement-{misread.pk} .review")).to_have_text("Rejected")
    page.screenshot(path=str(artifacts / "timeline-with-rejected.png"), full_page=True)


def test_the_export_menu_downloads_each_format_from_the_story_page(
    page, live_server, editor_login, dispute
):
    story, _ = dispute
    log_in(page, live_server, editor_login.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}?country=FR")
    starts = {"PDF": b"%PDF-", "Markdown": b"# Dossier", "JSON": b"{", "CSV": b"\xef\xbb\xbf"}
    for label, start in starts.items():
        name, content = download(page, label)
        assert name.startswith(story.slug) and content.startswith(start), (label, name)
        # The page's country filter went with the export: the media's claim is left out.
        assert quotes(label, content) == {DENIAL, MISREAD}, label


def test_a_pasted_article_with_a_dateline_lands_on_its_day(
    page, live_server, editor_login, eager_tasks, artifacts
):
    log_in(page, live_server, editor_login.username)
    page.get_by_role("link", name="Add article").click()
    page.get_by_label("Article text").fill(
        "Home | World | Business | Subscribe\n"
        "Veloria denies grain sale\n\n"
        "VELORA, March 11 (Reuters) - The Morning Ledger reported, citing two officials, that "
        "Veloria had sold grain to a sanctioned buyer.\n\n"
        'Veloria\'s foreign ministry denied the report. "These claims are false," ministry '
        "spokeswoman Lena Ortiz told reporters.\n"
    )
    page.get_by_role("button", name="Add article").click()
    expect(page.get_by_role("heading", name="Veloria denies grain sale")).to_be_visible()
    expect(page.locator(".article-head time")).to_have_text(re.compile(r"11 March 20\d\d"))
    article = Article.objects.get(title="Veloria denies grain sale")
    assert article.outlet == "Reuters" and "Subscribe" not in article.text
    story = article.statements.exclude(story=None).first().story

    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    day = page.locator("#timeline section.day").filter(has_text="11 March")
    expect(day.locator(".statement").first).to_be_visible()
    expect(day.get_by_text("These claims are false")).to_be_visible()
    # The dateline's place is not taken for the claim: the claim is what the paper reported.
    expect(day.get_by_text("Veloria had sold grain to a sanctioned buyer").first).to_be_visible()
    page.screenshot(path=str(artifacts / "pasted-dateline-timeline.png"), full_page=True)


def test_an_editor_renames_an_actor_and_the_pages_show_the_new_name(
    page, live_server, editor_login, dispute
):
    story, _ = dispute
    log_in(page, live_server, editor_login.username)
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    page.locator("#timeline a.speaker", has_text="Ilse Varga").first.click()
    expect(page.get_by_role("heading", name="Ilse Varga", level=1)).to_be_visible()

    page.get_by_text("Rename or correct this actor").click()
    page.get_by_label("Name").fill("Ilse Vargová")
    page.get_by_role("button", name="Save actor").click()
    expect(page.get_by_role("heading", name="Ilse Vargová", level=1)).to_be_visible()
    expect(page.locator(".facts")).to_contain_text("Ilse Varga")  # kept as an alias
    expect(page.locator(".history")).to_contain_text("to “Ilse Vargová”")

    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    expect(page.locator("#timeline a.speaker", has_text="Ilse Vargová")).to_be_visible()
    expect(page.locator(".positions-table")).to_contain_text("Ilse Vargová")
    page.goto(f"{live_server.url}/search/?q=Karlovian")
    expect(page.locator("#search-results")).to_contain_text("Ilse Vargová")
