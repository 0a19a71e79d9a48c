"""Every dossier format says which statements no editor has accepted, wherever it names one:
the timeline entries, the who-says-what table (or lines), the CSV rows and the JSON ClaimReviews."""

import csv
import io
import json

import jsonschema
import pytest

from statements.export import build_dossier, render_dossier
from statements.export.jsonexport import load_schema
from statements.export.pdf import position_lines, render_html
from statements.models import ReviewStatus, Stance
from tests.factories import ActorFactory, StatementFactory, StatementLinkFactory, StoryFactory

from .conftest import GENERATED_AT
from .test_formats import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    """Courier's unreviewed claim, Russia's accepted denial and France's unreviewed confirmation."""
    story = StoryFactory(title="Grain sale")
    claim = StatementFactory(
        story=story, stance=Stance.CLAIM, speaker=ActorFactory(name="Courier"), text="Grain sold."
    )
    denial = StatementFactory(
        story=story,
        stance=Stance.DENIAL,
        speaker=ActorFactory(name="Russia"),
        text="No grain.",
        review_status=ReviewStatus.ACCEPTED,
    )
    confirmation = StatementFactory(
        story=story, stance=Stance.CONFIRMATION, speaker=ActorFactory(name="France"), text="Yes."
    )
    StatementLinkFactory(source=denial, target=claim)
    StatementLinkFactory(source=confirmation, target=claim, kind="confirms")
    return story


def render(story, fmt):
    return render_dossier(story, fmt=fmt, include="all", generated_at=GENERATED_AT)


def test_the_markdown_table_marks_an_unreviewed_claim(story):
    markdown = render(story, "md").decode()
    table = markdown.split("## Who says what")[1].split("## Appendix")[0]
    (row,) = [line for line in table.splitlines() if "Courier" in line and "Grain sold" in line]
    assert "“Grain sold.” (unreviewed)" in row


def test_the_pdf_table_and_its_large_dossier_lines_mark_an_unreviewed_claim(story, tmp_path):
    dossier = build_dossier(story, include="all", generated_at=GENERATED_AT)
    html = render_html(dossier)
    table = html.split('<section class="positions">')[1]
    assert "“Grain sold.” (unreviewed)</th>" in table
    assert position_lines(dossier) == [
        "S1 (Courier, unreviewed): claims — Courier; confirms — France; denies — Russia"
    ]
    text = pdf_text(render(story, "pdf"), tmp_path)
    assert "“Grain sold.” (unreviewed)" in text.split("Who says what")[-1]


def test_the_json_claim_review_carries_the_review_status_of_the_claim_and_its_answers(story):
    record = json.loads(render(story, "json"))
    (review,) = record["claim_reviews"]
    assert review["review_status"] == "proposed"
    assert review["reviewBody"] == (
        "Courier claimed this, not yet reviewed by an editor. Russia denied it (S2). "
        "France confirmed it (S3, not yet reviewed by an editor)."
    )
    assert [d["review_status"] for d in review["denials"]] == ["accepted"]
    assert [c["review_status"] for c in review["confirmations"]] == ["proposed"]
    jsonschema.validate(record, load_schema())


def test_the_schema_requires_the_review_status_of_claim_reviews(story):
    record = json.loads(render(story, "json"))
    del record["claim_reviews"][0]["review_status"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, load_schema())


def test_the_csv_has_each_statements_review_status(story):
    rows = list(csv.DictReader(io.StringIO(render(story, "csv").decode("utf-8-sig"))))
    assert {row["speaker"]: row["review_status"] for row in rows} == {
        "Courier": "proposed",
        "Russia": "accepted",
        "France": "proposed",
    }
