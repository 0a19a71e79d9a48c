"""The JSON dossier validates against its schema for every inclusion and filter combination."""

import datetime as dt
import itertools
import json

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from statements.export import INCLUDES, render_dossier
from statements.export.jsonexport import load_schema
from statements.models import ReviewStatus, Stance, Statement
from statements.querysets import Filters
from tests.factories import StatementFactory, StatementLinkFactory

FILTERS = {
    "none": {},
    "country": {"country": "RU"},
    "stance": {"stance": Stance.DENIAL},
    "since": {"since": dt.date(2024, 7, 18)},
    "until": {"until": dt.date(2024, 7, 17)},
    "who": {"who": "sullivan"},
    "nothing matches": {"stance": Stance.CONFIRMATION, "country": "FR"},
}


@pytest.fixture
def muddled_story(fixed_story):
    """The fixed story plus a speaker who denies the claim, then confirms it twice, one of them
    unreviewed and one rejected: the positions cell that broke the schema."""
    claim = Statement.objects.get(story=fixed_story, stance=Stance.CLAIM, speaker__name="NBC")
    zakharova = Statement.objects.filter(speaker__name="Maria Zakharova").first().speaker
    for status in (ReviewStatus.ACCEPTED, ReviewStatus.PROPOSED, ReviewStatus.REJECTED):
        confirmation = StatementFactory(
            story=fixed_story,
            article=claim.article,
            speaker=zakharova,
            stance=Stance.CONFIRMATION,
            review_status=status,
            made_on=dt.date(2024, 7, 18),
        )
        StatementLinkFactory(source=confirmation, target=claim, kind="confirms")
    return fixed_story


@pytest.mark.parametrize(
    ("include", "filters"), list(itertools.product(INCLUDES, FILTERS)), ids="-".join
)
def test_json_dossier_validates_against_the_schema(muddled_story, include, filters):
    content = render_dossier(
        muddled_story, fmt="json", include=include, filters=Filters(**FILTERS[filters])
    )
    record = json.loads(content)
    Draft202012Validator(load_schema(), format_checker=FormatChecker()).validate(record)
    assert record["include"] == include


def test_a_speaker_who_denies_and_confirms_twice_has_one_readable_cell(muddled_story):
    record = json.loads(render_dossier(muddled_story, fmt="json", include="everything"))
    names = [speaker["name"] for speaker in record["positions"]["speakers"]]
    (row,) = [r for r in record["positions"]["rows"] if "denies+confirms" in r["cells"]]
    assert row["cells"][names.index("Maria Zakharova")] == "denies+confirms"
    markdown = render_dossier(muddled_story, fmt="md", include="everything").decode()
    assert "both denies and confirms" in markdown and "denies+confirms" not in markdown


def test_rejected_statements_are_marked_when_everything_is_included(muddled_story):
    record = json.loads(render_dossier(muddled_story, fmt="json", include="everything"))
    assert "rejected" in {s["review_status"] for s in record["statements"]}
    default = json.loads(render_dossier(muddled_story, fmt="json"))
    assert "rejected" not in {s["review_status"] for s in default["statements"]}
