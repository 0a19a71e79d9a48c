"""Article facts: read from the text where it gives them, corrected by editors; furniture dropped
with the evidence still pointing at the right words."""

import datetime as dt

import pytest
from django.urls import reverse

from statements import services
from statements.facts import drop_furniture, read_facts, tidy_text
from statements.models import AuditEntry, Stance
from tests.factories import ArticleFactory, StatementFactory

TODAY = dt.date(2026, 12, 5)

PASTED = (
    "Home | World | Business | Subscribe\n"
    "Veloria denies selling grain to a sanctioned buyer\n"
    "Published 12 March 2026\n\n"
    "The Morning Ledger reported on Monday, citing two officials, that Veloria had sold grain "
    "to a sanctioned buyer.\n\nVeloria's foreign ministry on Tuesday denied the report. "
    '"These claims are false," ministry spokeswoman Lena Ortiz told reporters.\n'
    "Share this article\n"
)


def test_a_headline_line_and_a_published_line_give_the_title_and_date():
    facts = read_facts(PASTED, today=TODAY)
    assert facts.title == "Veloria denies selling grain to a sanctioned buyer"
    assert facts.published == dt.date(2026, 3, 12)


def test_a_dateline_gives_the_date_and_the_agency():
    text = "Talks collapse\n\nKARLOV, March 3 (Reuters) - The envoy said on Monday it was over."
    facts = read_facts(text, today=TODAY)
    assert facts.published == dt.date(2026, 3, 3)
    assert facts.outlet == "Reuters"
    assert facts.title == "Talks collapse"


def test_a_dateline_without_a_year_is_never_in_the_future():
    facts = read_facts("PORTO, 24 December (AP) — Nothing happened today.", today=TODAY)
    assert facts.published == dt.date(2025, 12, 24)


def test_the_headline_goes_to_the_title_and_the_dateline_stands_apart_from_the_body():
    text = "Talks collapse\n\nKARLOV, March 3 (Reuters) - The envoy said it was over.\nShare this"
    assert tidy_text(text, title="Talks collapse") == (
        "KARLOV, March 3 (Reuters)\n\nThe envoy said it was over."
    )


def test_a_text_that_starts_with_its_body_has_no_title_or_date():
    facts = read_facts("The minister said on Monday that the deal was off.\nMore.", today=TODAY)
    assert facts == type(facts)()


def test_menu_and_share_lines_are_dropped_but_the_date_line_and_body_stay():
    cleaned = drop_furniture(PASTED)
    assert "Subscribe" not in cleaned and "Share this article" not in cleaned
    assert cleaned.startswith("Veloria denies selling grain")
    assert "Published 12 March 2026" in cleaned and "Lena Ortiz told reporters." in cleaned


@pytest.fixture
def pasted(db, eager_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submission = services.submit_article(user=None, text=PASTED)
    article = submission.article
    article.refresh_from_db()
    assert article.status == "done", article.error
    return article


def test_a_pasted_article_gets_its_title_and_date_from_its_text(pasted):
    assert pasted.title == "Veloria denies selling grain to a sanctioned buyer"
    assert pasted.published == dt.date(2026, 3, 12)
    assert pasted.raw_text == PASTED  # what was received is kept as it was


def test_stored_text_has_no_furniture_and_evidence_points_at_the_quoted_words(pasted):
    assert "Subscribe" not in pasted.text and "Share this" not in pasted.text
    assert not pasted.text.startswith(pasted.title)  # shown as the heading, not twice
    statements = list(pasted.statements.all())
    assert statements
    for statement in statements:
        evidence = pasted.text[statement.evidence_start : statement.evidence_end]
        assert evidence.strip() and "Subscribe" not in evidence
    denial = next(s for s in statements if s.stance == Stance.DENIAL)
    assert "denied the report" in pasted.text[denial.evidence_start : denial.evidence_end] or (
        "false" in pasted.text[denial.evidence_start : denial.evidence_end]
    )


def test_what_the_editor_typed_wins_over_the_text(
    db, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = services.submit_article(
            user=None, text=PASTED, title="My title", published=dt.date(2026, 3, 13)
        ).article
    article.refresh_from_db()
    assert article.title == "My title" and article.published == dt.date(2026, 3, 13)


def test_an_editor_corrects_the_date_and_the_statements_dates_follow(editor_client, editor):
    article = ArticleFactory(published=dt.date(2026, 3, 12))
    statement = StatementFactory(article=article, made_on=dt.date(2026, 3, 10))
    response = editor_client.post(
        reverse("article_facts", args=[article.pk]),
        {"title": "Corrected", "outlet": "Ledger", "published": "2026-03-19", "source_url": ""},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    statement.refresh_from_db()
    assert (article.title, article.outlet) == ("Corrected", "Ledger")
    assert statement.made_on == dt.date(2026, 3, 17)
    assert AuditEntry.objects.filter(action="edit_article", object_id=article.pk).exists()


def test_a_bad_date_keeps_what_the_editor_typed_and_says_why(editor_client):
    article = ArticleFactory(title="Old")
    response = editor_client.post(
        reverse("article_facts", args=[article.pk]), {"title": "New", "published": "12/13/99x"}
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'value="New"' in body and "Enter a valid date." in body
    article.refresh_from_db()
    assert article.title == "Old"
