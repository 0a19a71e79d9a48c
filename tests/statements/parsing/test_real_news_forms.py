"""Constructions of real news copy read on a private set of real pages (seventh session), each
tested on sentences written for these tests."""

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with, statements_by


def test_a_quotation_after_said_is_the_content_not_the_lead_in():
    text = (
        "Regarding the possibility of new talks, the ministry's office said, "
        '"There have been no discussions on either a visit or a call."'
    )
    said = statement_with(parsed_statements(text), "no discussions")
    assert "ministry" in " ".join(said["names"]).lower()


def test_a_lower_case_quotation_after_a_participle_lead_in_is_the_content():
    text = (
        "Pressed further to provide evidence, Wang said, "
        '"as this is a rumour, those who wrote the report should come up with their evidence."'
    )
    statement_with(parsed_statements(text), "as this is a rumour")


def test_a_lower_case_quotation_after_a_clause_goes_on_with_the_clause():
    text = (
        "The Gannet had been following two trawlers towards the strait, it said, "
        '"a routine task that we carry out every week".'
    )
    statement_with(parsed_statements(text), "had been following two trawlers")


def test_said_then_quotation_switched_off_keeps_the_lead_in(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "said-then-quotation")
    text = (
        "Regarding the possibility of new talks, the ministry's office said, "
        '"There have been no discussions on either a visit or a call."'
    )
    texts = [s["text"] for s in parsed_statements(text)]
    assert not any("no discussions" in t for t in texts), texts
    assert statements_by(parsed_statements(text), "ministry")
