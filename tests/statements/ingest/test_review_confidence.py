"""The parser's confidence: stored with its reasons, least certain reviewed first, reasons shown."""

from dataclasses import replace

import pytest
from django.urls import reverse

from statements import ingest
from statements.models import Article, IngestStatus, Statement, StatementLink
from statements.parsing import parse_article
from statements.reasons import explain
from tests.factories import ArticleFactory, StatementFactory, StatementLinkFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "The Morning Ledger reported on Monday, citing two officials, that Veloria had sold grain "
    "to a sanctioned buyer.\n\nVeloria's foreign ministry on Tuesday denied the report. "
    '"These claims are false," ministry spokeswoman Lena Ortiz told reporters.'
)


def test_the_review_queue_lists_the_least_certain_statements_first(editor_client):
    sure = StatementFactory(confidence=0.93, text="Sure of this one.")
    unsure = StatementFactory(confidence=0.31, text="Unsure of this one.")
    middle = StatementFactory(confidence=0.62, text="Middling about this one.")
    content = editor_client.get(reverse("review_queue")).content.decode()
    rows = [content.index(f'id="queue-statement-{s.pk}"') for s in (unsure, middle, sure)]
    assert rows == sorted(rows)


def test_the_review_queue_shows_the_parsers_reasons_in_plain_words(editor_client):
    StatementFactory(confidence=0.4, reasons=[["speaker:pronoun", -0.4], ["rule:verb", 0.3]])
    response = editor_client.get(reverse("review_queue"))
    assert "Lowers it: The speaker is a pronoun" in response.content.decode()
    assert "Raises it: Found as the subject of a verb of saying" in response.content.decode()


def test_reasons_are_shown_escaped(editor_client):
    StatementFactory(reasons=[["<script>alert(1)</script>", -1.0]])
    response = editor_client.get(reverse("review_queue"))
    assert b"<script>alert(1)" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


def test_the_review_queue_lists_failed_ingests(editor_client):
    failed = ArticleFactory(status=IngestStatus.FAILED, error="Could not fetch the page.")
    response = editor_client.get(reverse("review_queue"))
    assert failed.title.encode() in response.content
    assert b"Could not fetch the page." in response.content


def test_editors_see_the_reasons_on_the_statements_row(editor_client):
    statement = StatementFactory(reasons=[["cue:none", -0.2]])
    response = editor_client.get(statement.article.get_absolute_url())
    assert b"No word states the stance" in response.content


def test_analysts_do_not_see_the_reasons(analyst_client):
    statement = StatementFactory(reasons=[["cue:none", -0.2]])
    response = analyst_client.get(statement.article.get_absolute_url())
    assert b"No word states the stance" not in response.content


def test_editors_see_a_links_confidence(editor_client):
    link = StatementLinkFactory(confidence=0.42)
    response = editor_client.get(link.source.article.get_absolute_url())
    assert b"confidence 0.42" in response.content


def test_filing_stores_each_statements_reasons_and_each_links_confidence():
    article = ArticleFactory(raw_text=TEXT, text=TEXT, status=IngestStatus.PARSING)
    ingest.file_stage(article.pk, parse_article(TEXT, published=article.published))
    statements = list(Statement.objects.filter(article=article))
    assert statements and all(s.reasons for s in statements)
    assert all(0 <= s.confidence <= 1 for s in statements)
    links = list(StatementLink.objects.filter(source__article=article))
    assert links and all(link.confidence is not None for link in links)


def test_filing_keeps_ten_reasons_and_clamps_confidences_to_the_unit_interval():
    article = ArticleFactory(raw_text=TEXT, text=TEXT, status=IngestStatus.PARSING)
    result = parse_article(TEXT, published=article.published)
    reasons = tuple((f"cue:{n}", 0.12345) for n in range(12))
    statements = tuple(
        replace(
            s,
            reasons=reasons,
            confidence=1.7,
            links=tuple(replace(x, confidence=-0.3) for x in s.links),
        )
        for s in result.statements
    )
    ingest.file_stage(article.pk, replace(result, statements=statements))
    assert Article.objects.get(pk=article.pk).status == IngestStatus.DONE
    saved = Statement.objects.filter(article=article)
    assert saved and all(s.confidence == 1.0 for s in saved)
    assert all(s.reasons == [[f"cue:{n}", 0.123] for n in range(10)] for s in saved)
    links = StatementLink.objects.filter(source__article=article)
    assert links and all(link.confidence == 0.0 for link in links)


def test_an_unknown_signal_is_shown_by_its_name():
    (reason,) = explain([["rule:brand-new", 0.2]])
    assert "rule:brand-new" in reason.sentence and reason.raises


def test_the_review_queue_runs_a_bounded_number_of_queries(
    editor_client, django_assert_max_num_queries
):
    for n in range(30):
        StatementFactory(confidence=n / 30, reasons=[["cue:none", -0.2], ["rule:verb", 0.3]])
    for _ in range(3):
        ArticleFactory(status=IngestStatus.FAILED)
    # the session (read from the database only when the cache lost it: a parallel test run
    # flushes the shared cache), user, the user's permissions and group permissions (2), the
    # statement count, one page of statements with speaker and article, the failed articles,
    # the ingests not finishing: 8 at most (7 measured with the session in the cache).
    with django_assert_max_num_queries(8):
        response = editor_client.get(reverse("review_queue"))
    assert response.content.count(b'id="queue-statement-') == 25
