"""Link rules of session 11 (p-links11) on invented sentences."""

import pytest

from statements.parsing import link_model
from statements.parsing.answers import _anaphor_cut_at_that
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned pass (test_link_model10.py) is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


ARTICLE = (
    "Harbour workers in Pellan said on Friday that their wages had gone unpaid for three "
    "months.\n\n"
    'Opposition deputy Mara Lind accused the Vant government of "buying the harbour piece by '
    'piece".\n\n'
    "Vant's foreign ministry rejected that suggestion on Monday, saying Vant \"does not buy "
    'ports through intermediaries".\n'
)


def test_rejected_that_suggestion_saying_answers_the_accusation_just_told():
    st = parsed_statements(ARTICLE)
    answer = statement_with(st, "rejected that suggestion")
    accusation = statement_with(st, "buying the harbour")
    assert answer["stance"] == "denial"
    assert answer["denies"] == [accusation["id"]]


def test_switched_off_the_answer_is_left_unlinked(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "anaphor-cut-at-that")
    st = parsed_statements(ARTICLE)
    assert statement_with(st, "rejected that suggestion")["denies"] == []


def test_the_cut_noun_needs_the_demonstrative_and_no_clause_after_it():
    text = "The ministry rejected that suggestion on Monday, saying no berth was sold"
    assert _anaphor_cut_at_that(text, "suggestion on Monday, saying no berth was sold")
    assert _anaphor_cut_at_that("KCI dismissed that figure as wrong", "figure as wrong") == "figure"
    # near misses: `denied that claims were filed` (a that-clause whose subject is `claims`),
    # and a content opening with the noun the text never put after a demonstrative
    text = "The ministry denied that claims were filed in March"
    assert _anaphor_cut_at_that(text, "claims were filed in March") == ""
    text = "It said account holders, in March, lost"
    assert _anaphor_cut_at_that(text, "account, in March") == ""


CITING = (
    "The farm ministry of Pellan denied on Tuesday that any grain permit had been revoked.\n\n"
    "The paper, Harbour Courier, reported on Monday, citing two officials at the port "
    "authority, that the permits of all nine traders were withdrawn after a meeting on "
    "Sunday.\n"
)


def test_an_apposition_subject_reporting_citing_sources_then_that_is_a_claim():
    st = parsed_statements(CITING)
    claim = statement_with(st, "permits of all nine traders")
    assert claim["stance"] == "claim"
    assert "Harbour Courier" in claim["names"]
    assert "reported on Monday" in claim["text"]


def test_switched_off_the_apposition_reads_as_content_before_the_verb(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "citing-then-that")
    st = parsed_statements(CITING)
    assert not any("permits of all nine traders" in s["text"] for s in st)


def test_a_citing_phrase_with_no_that_after_it_leaves_the_tail_alone():
    # near miss: `..., the paper reported, citing two officials.` (the content came first)
    text = (
        "The permits of all nine traders were withdrawn after a meeting on Sunday, the Harbour "
        "Courier reported, citing two officials at the port authority.\n"
    )
    st = parsed_statements(text)
    claim = statement_with(st, "permits of all nine traders")
    assert "Harbour Courier" in claim["names"]
