"""Held-out errors of heldout20-25 (branch p-heldg20), on a text written for these tests: a party
the asker cites in a press-briefing question as standing by its report (`asked-stands-by`), with
a near miss and the rule switched off."""

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


BRIEFING = """Transcript of the weekly press briefing of the Velmari Ministry of Trade, 3 March

SPOKESPERSON ANNA TERIK: Good morning. I will take your questions.

MARKO LEVEN (ORVALE DAILY): The Kessian Herald reported on Friday that Velmar had stopped all \
grain lorries at the Orvale crossing. Is that true?

TERIK: No. No lorry has been stopped, and the crossing is open as usual.

MARKO LEVEN (ORVALE DAILY): The Herald's editor said on Sunday that the paper {words} \
photographs of the queue. Will the ministry publish its own figures?

TERIK: The figures belong to the customs service, and I am not in a position to publish them.
"""
STANDS_BY = BRIEFING.format(words="stands by its story and has")
HAS_ONLY = BRIEFING.format(words="has")


# asked-stands-by


def test_an_editor_cited_in_a_question_as_standing_by_the_story_confirms_it():
    said = parsed_statements(STANDS_BY)
    cited = statement_with(said, "stands by its story")
    assert cited["stance"] == "confirmation"
    assert "asked-stands-by:confirmation" in cited["rules"]


def test_a_party_cited_in_a_question_without_standing_by_is_a_claim():
    said = parsed_statements(HAS_ONLY)
    assert statement_with(said, "the paper has photographs")["stance"] == "claim"


def test_asked_stands_by_switched_off_leaves_the_askers_claim(monkeypatch):
    _off(monkeypatch, "asked-stands-by")
    said = parsed_statements(STANDS_BY)
    assert statement_with(said, "stands by its story")["stance"] == "claim"
