"""Link rules of session 13 (p-links13) on invented sentences."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned pass (test_link_model10.py) is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


# A digest of two disputes; the second is told denial first, its claimant named in the denial
# and heard only in the next sentence.
DIGEST = (
    "Marvel's fisheries ministry denied on Thursday that it had cut the hake quota of foreign "
    "trawler companies. The weekly Kustbode reported on Wednesday that the quota had been cut "
    "by a third.\n\n"
    "Rondia's energy regulator on Thursday rejected claims by a miners' union that power cuts "
    "at the Kessel mines were caused by unpaid bills. The Kessel Miners' Union had said last "
    "week that the state utility cut supply over debts of $12 million. The regulator said the "
    "outages were due to low water levels at the Ostra dam.\n"
)


def test_an_answer_naming_a_claimant_not_heard_yet_joins_that_claimants_dispute():
    st = parsed_statements(DIGEST)
    union = statement_with(st, "cut supply over debts")
    quota = statement_with(st, "cut by a third")
    rejected = statement_with(st, "rejected claims by a miners' union")
    outages = statement_with(st, "low water levels")
    assert union["stance"] == "claim"
    assert union["id"] in rejected["denies"]
    # the regulator's further words answer the union, not the first item's report
    assert quota["id"] not in outages["denies"]
    assert union["id"] in outages["denies"]


def test_switched_off_the_answer_falls_into_the_first_dispute(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "answer-awaits-claimant")
    st = parsed_statements(DIGEST)
    quota = statement_with(st, "cut by a third")
    outages = statement_with(st, "low water levels")
    assert quota["id"] in outages["denies"]


# Near miss: the named claimant has already spoken (its claim opened the dispute), so the
# answer is placed at once, as before.
TOLD_FIRST = (
    "The Kessel Miners' Union said last week that the state utility cut supply to the Kessel "
    "mines over debts of $12 million.\n\n"
    "Rondia's energy regulator on Thursday rejected claims by the union that the cuts were "
    "caused by unpaid bills. The regulator said the outages were due to low water levels at "
    "the Ostra dam.\n"
)


def test_an_answer_naming_a_claimant_already_heard_answers_that_claim():
    st = parsed_statements(TOLD_FIRST)
    union = statement_with(st, "cut supply to the Kessel")
    outages = statement_with(st, "low water levels")
    assert union["id"] in outages["denies"]
