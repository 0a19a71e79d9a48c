"""Stances of the fourteenth session (branch p-answer14), on texts written for these tests: an
outlet standing by its report in words with no verb of standing by (`was not retracting
anything`, `The story was checked with four sources`: lexicon entries read by the rules
`confirm-cue` and `claimant-holds-evidence`), with the denying side's own words beside them as
the near miss, and the evidence reading switched off."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned link pass is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


STANDS_BY = """The Tarn Post reported on Monday that Velmar had stopped rice lorries at the \
Orvale crossing.

Velmar's customs service denied the report. It said the delays were caused by heavy snow.

The Tarn Post's editor, Ilse Marr, said the paper was not retracting anything. "The story was \
checked with four sources," she said.
"""


# confirm-cue (`not retracting`) and claimant-holds-evidence (`checked with four sources`)


def test_an_outlet_not_retracting_stands_by_its_report():
    said = parsed_statements(STANDS_BY)
    claim = statement_with(said, "had stopped rice lorries")
    kept = statement_with(said, "not retracting anything")
    assert kept["stance"] == "confirmation"
    assert claim["id"] in kept["confirms"]


def test_a_story_checked_with_sources_is_stood_by():
    said = parsed_statements(STANDS_BY)
    claim = statement_with(said, "had stopped rice lorries")
    checked = statement_with(said, "checked with four sources")
    assert checked["stance"] == "confirmation"
    assert claim["id"] in checked["confirms"]


def test_the_denying_side_telling_the_cause_is_no_confirmation():
    said = parsed_statements(STANDS_BY)
    assert statement_with(said, "caused by heavy snow")["stance"] == "denial"


def test_checked_with_sources_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "claimant-holds-evidence")
    said = parsed_statements(STANDS_BY)
    assert statement_with(said, "checked with four sources")["stance"] != "confirmation"
