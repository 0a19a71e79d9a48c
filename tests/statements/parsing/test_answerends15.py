"""Answer and claim ends of the fifteenth session (branch p-answerends15), on texts written for
these tests: an answer by a phrasal verb (`pushed back`, `hit back`), and a claim carried by its
owner's possessive (`X's report that ...`, `X's account is that ...`); each with a near miss it
must leave alone, and each switchable."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned link pass is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


def _with(said, words):
    return [s for s in said if words in s["text"]]


PUSHED = """The Tarn Post reported on Monday that Velmari patrol boats had seized two Kessian \
trawlers.

Velmar pushed back on Tuesday, saying the trawlers had been fishing without licences.
"""

PUSHED_DEADLINE = """Velmar's transport ministry pushed back the deadline for the new toll \
system to June.
"""

HEADING = """Operator hits back

The ferry operator said the river was deep enough and that the licence had been renewed.
"""

POSSESSIVE = """The Tarn Post's report that Velmar had closed the Orvale crossing to Kessian \
lorries drew a denial from the transport ministry on Tuesday.

Local haulier Ilse Marr's account is that her lorries were turned back at the crossing twice.
"""

POSSESSIVE_NO_THAT = """The Tarn Post's report on the Orvale crossing ran to four pages.
"""


# phrasal-answer


def test_pushed_back_is_an_answer():
    said = parsed_statements(PUSHED)
    answer = _with(said, "pushed back on Tuesday")
    assert answer and answer[0]["stance"] == "denial"
    assert any("Velmar" in n for n in answer[0]["names"])


def test_pushed_back_a_deadline_is_no_answer():
    assert not _with(parsed_statements(PUSHED_DEADLINE), "pushed back the deadline")


def test_a_heading_that_hits_back_is_no_answer_of_its_own():
    assert not _with(parsed_statements(HEADING), "Operator hits back")


def test_switched_off_pushed_back_is_no_answer(monkeypatch):
    _off(monkeypatch, "phrasal-answer")
    assert not _with(parsed_statements(PUSHED), "pushed back on Tuesday")


# possessive-report-that


def test_a_possessive_report_that_is_its_owner_s_claim():
    said = parsed_statements(POSSESSIVE)
    claim = _with(said, "Velmar had closed the Orvale crossing")
    assert claim and claim[0]["stance"] == "claim"
    assert any("Tarn Post" in n for n in claim[0]["names"])
    account = _with(said, "her lorries were turned back")
    assert account and any("Ilse Marr" in n for n in account[0]["names"])


def test_a_possessive_report_without_a_that_clause_is_no_claim():
    assert not parsed_statements(POSSESSIVE_NO_THAT)


def test_switched_off_a_possessive_report_is_no_claim(monkeypatch):
    _off(monkeypatch, "possessive-report-that")
    said = parsed_statements(POSSESSIVE)
    assert not _with(said, "her lorries were turned back")
