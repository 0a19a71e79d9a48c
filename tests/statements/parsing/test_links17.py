"""Link rules of session 17 (p-links17) on invented sentences: several answers to one report
across paragraphs, where a later answer names the statement of a side that answered in several
voices (a ministry and its spokesman)."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned pass (test_link_model10.py) is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


# names-answer-owner-side: `the ministry's statement` after the ministry's denial and its
# spokesman's quotation: both, the side's first run of answers.
SIDE_STATEMENT = (
    "The Valley Courier reported on Monday that the transport ministry had closed the Kessel "
    "rail bridge to goods trains.\n\n"
    "The transport ministry said on Tuesday that the report was false.\n\n"
    '"Goods trains cross the Kessel bridge every hour," ministry spokesman Piet Andor said.\n\n'
    "Lena Ruis, who runs a haulage firm in Kessel, said the ministry's statement was "
    '"simply not true".\n'
)


def test_a_named_statement_of_a_side_is_the_sides_run_of_answers():
    st = parsed_statements(SIDE_STATEMENT)
    ministry = statement_with(st, "said on Tuesday that the report was false")
    quote = statement_with(st, "Goods trains cross the Kessel bridge")
    answer = statement_with(st, "the ministry's statement")
    assert sorted(answer["denies"]) == sorted([ministry["id"], quote["id"]])
    assert {ln["rule"] for ln in answer["links"]} == {"names-answer-owner-side"}


def test_switched_off_a_named_statement_of_a_side_is_one_speakers(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "names-answer-owner-side")
    st = parsed_statements(SIDE_STATEMENT)
    answer = statement_with(st, "the ministry's statement")
    assert all(ln.get("rule") != "names-answer-owner-side" for ln in answer.get("links", []))


# Near miss: the ministry alone has answered; its spokesman only comments later.
ONE_OWNER = SIDE_STATEMENT.replace(
    '"Goods trains cross the Kessel bridge every hour," ministry spokesman Piet Andor said.\n\n',
    "",
)


def test_a_named_statement_of_one_answerer_is_not_a_sides_run():
    st = parsed_statements(ONE_OWNER)
    ministry = statement_with(st, "said on Tuesday that the report was false")
    answer = statement_with(st, "the ministry's statement")
    assert answer["denies"] == [ministry["id"]]
    assert all(ln.get("rule") != "names-answer-owner-side" for ln in answer.get("links", []))
