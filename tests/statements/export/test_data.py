"""The dossier data: bounded queries, inclusion, affiliation chains, the summary, escaping."""

import csv
import io
import json

from statements.export import build_dossier, render_dossier
from statements.export.csvexport import cell
from statements.export.jsonexport import rating_name
from statements.export.markdown import escape
from statements.export.pdf import render_html
from statements.models import ReviewStatus, Stance
from statements.querysets import Filters
from tests.factories import StatementFactory, StatementLinkFactory

from .conftest import build_big_story

# statements (narrow rows, no article text); links; the speakers; affiliations of the
# speakers, then of their organisations, then of those (one level each, the last one finding
# nothing); government names; the articles, once each.
DOSSIER_QUERIES = 8


def test_dossier_data_takes_the_same_few_queries_for_5_and_500_statements(
    db, django_assert_num_queries
):
    for size in (5, 500):
        story = build_big_story(size)
        with django_assert_num_queries(DOSSIER_QUERIES):
            dossier = build_dossier(story)
        assert len(dossier.statements) == size


def test_by_default_the_dossier_holds_what_the_story_page_shows_accepted_and_unreviewed(
    fixed_story,
):
    default = build_dossier(fixed_story)
    assert default.include == "all"
    assert {s.review_status for s in default.statements} == {"accepted", "proposed"}
    assert "at a White House briefing" in {s.text for s in default.statements}
    assert "TASS said" not in {s.text for s in default.statements}


def test_accepted_leaves_unreviewed_out_and_everything_adds_rejected(fixed_story):
    accepted = build_dossier(fixed_story, include="accepted")
    everything = build_dossier(fixed_story, include="everything")
    assert {s.review_status for s in accepted.statements} == {ReviewStatus.ACCEPTED}
    assert len(accepted.statements) == 5
    assert len(everything.statements) == 7
    assert "TASS said" in {s.text for s in everything.statements}
    assert everything.include_label.startswith("All statements")


def test_affiliation_chain_climbs_from_the_spokeswoman_to_her_government(fixed_story):
    zakharova = next(a for a in build_dossier(fixed_story).actors if a.name == "Maria Zakharova")
    assert zakharova.chain == ("Russian Ministry of Foreign Affairs", "Russia")
    assert zakharova.government == "Russia"
    assert zakharova.described == (
        "Maria Zakharova (spokeswoman, Russian Ministry of Foreign Affairs, Russia)"
    )


def test_summary_says_who_claimed_and_who_denied_with_role_government_and_day(fixed_story):
    summary = " ".join(build_dossier(fixed_story).summary)
    assert "NBC (media, United States) claimed on 16 July 2024 (S1)" in summary
    assert "Maria Zakharova (spokeswoman, Russian Ministry of Foreign Affairs, Russia)" in summary
    assert (
        "Jake Sullivan (national security adviser, White House, United States) on 19 July 2024"
        in (summary)
    )


def test_links_point_both_ways_between_a_claim_and_its_denials(fixed_story):
    dossier = build_dossier(fixed_story, include="accepted")
    claim = dossier.by_ref["S1"]
    assert claim.stance == Stance.CLAIM
    assert claim.denied_by == ("S2", "S3", "S4")
    assert all(dossier.by_ref[ref].denies == ("S1",) for ref in claim.denied_by)


def test_who_says_what_has_a_row_per_claim_and_a_column_per_speaker(fixed_story):
    dossier = build_dossier(fixed_story)
    names = [a.name for a in dossier.position_speakers]
    assert names == [
        "Jake Sullivan",
        "Maria Zakharova",
        "NBC",
        "Russian Ministry of Foreign Affairs",
    ]
    assert [row.cells for row in dossier.positions] == [("denies", "denies", "claims", "denies")]


def test_filters_narrow_the_dossier_and_are_named_in_its_footer(fixed_story):
    dossier = build_dossier(fixed_story, filters=Filters(stance=Stance.DENIAL))
    assert {s.stance for s in dossier.statements} == {Stance.DENIAL}
    assert dossier.filters_label == "stance: denial"
    markdown = render_dossier(fixed_story, fmt="md", filters=Filters(stance="denial")).decode()
    assert "Filters: stance: denial." in markdown


def test_claim_review_rating_counts_denials_and_confirmations():
    assert rating_name(3, 1) == "Denied by 3, confirmed by 1"
    assert rating_name(0, 2) == "Confirmed by 2"
    assert rating_name(0, 0) == "Neither denied nor confirmed"


def test_a_confirmed_claim_gets_its_confirmations_in_the_claim_review(db):
    link = StatementLinkFactory(
        source__stance=Stance.CONFIRMATION,
        source__review_status=ReviewStatus.ACCEPTED,
        target__review_status=ReviewStatus.ACCEPTED,
        kind="confirms",
    )
    link.source.story = link.target.story
    link.source.save()
    record = json.loads(render_dossier(link.target.story, fmt="json"))
    (review,) = record["claim_reviews"]
    assert review["reviewRating"]["alternateName"] == "Confirmed by 1"
    confirmation = next(s for s in record["statements"] if s["stance"] == "confirmation")
    assert [c["identifier"] for c in review["confirmations"]] == [confirmation["ref"]]
    assert review["denials"] == []


HOSTILE = "<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>"


def test_hostile_statement_text_stays_inert_in_every_format(db):
    statement = StatementFactory(
        text=f'=HYPERLINK("http://evil.example") {HOSTILE}',
        review_status=ReviewStatus.ACCEPTED,
        speaker__name="<b>Mallory</b>",
        article__title="<iframe src=//evil.example>",
    )
    story = statement.story
    html = render_html(build_dossier(story))
    assert "<script>" not in html and "<img" not in html and "<iframe" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;Mallory&lt;/b&gt;" in html
    markdown = render_dossier(story, fmt="md").decode()
    assert "<script>" not in markdown and "[click](" not in markdown
    assert "\\<script\\>" in markdown and "\\[click\\]" in markdown
    rows = list(csv.reader(io.StringIO(render_dossier(story, fmt="csv").decode("utf-8-sig"))))
    assert rows[1][12].startswith("'=HYPERLINK")
    assert render_dossier(story, fmt="pdf").startswith(b"%PDF-")


def test_markdown_escape_folds_lines_and_escapes_markup():
    assert escape("# Title\n\n* item <b>") == "\\# Title \\* item \\<b\\>"


def test_csv_cells_that_look_like_formulas_are_kept_as_text():
    assert cell("=1+1") == "'=1+1"
    assert cell("-2") == "'-2"
    assert cell("plain") == "plain"
    assert cell(None) == ""


def test_an_empty_dossier_says_so(db):
    statement = StatementFactory(review_status=ReviewStatus.PROPOSED)
    dossier = build_dossier(statement.story, include="accepted")
    assert dossier.statements == ()
    assert dossier.summary == ("No statements match: the dossier is empty.",)
    assert render_dossier(statement.story, fmt="pdf", include="accepted").startswith(b"%PDF-")


def test_dossier_queries_never_read_an_article_text_per_statement(
    db, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from statements.export import FORMATS

    story = build_big_story(50)
    with CaptureQueriesContext(connection) as queries:
        build_dossier(story, article_chars=FORMATS["md"].article_chars)
    reading_text = [q["sql"] for q in queries if '"statements_article"."text"' in q["sql"]]
    raw_text = [q["sql"] for q in queries if "raw_text" in q["sql"]]
    assert raw_text == []
    # One query reads the articles' text, each article once, cut to what the appendix prints.
    assert len(reading_text) == 1 and "SUBSTRING" in reading_text[0].upper()
    assert '"statements_statement"' not in reading_text[0]


def test_each_format_gets_only_the_article_text_it_prints(db):
    from statements.export import FORMATS
    from statements.export.markdown import APPENDIX_TEXT_LIMIT

    statement = StatementFactory(article__text="word " * 10_000)  # 50,000 characters
    story = statement.story

    def source_text(fmt: str) -> str:
        dossier = build_dossier(story, include="all", article_chars=FORMATS[fmt].article_chars)
        return dossier.sources[0].text

    assert len(source_text("md")) == APPENDIX_TEXT_LIMIT + 1  # the cut is still noticed
    assert len(source_text("pdf")) == APPENDIX_TEXT_LIMIT + 1
    assert source_text("csv") == ""
    assert len(source_text("json")) == 50_000
