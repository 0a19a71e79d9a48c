"""Counter-accounts of the thirteenth session (branch p-counter13), on texts written for these
tests: a party an account is about answering it in plain words (`accused-answers`), with a near
miss it must leave alone, and switchable. (`denier-answers-other-side`, written beside it, was
left out at the merge: it lost on the kept-back heldout10 and on heldout17.)"""

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


TERMINAL = """Gas row in Orvale

The Kessia Courier reported on Tuesday that the Orvale gas terminal had given a Velmar buyer a \
secret discount on its regasification fees.

Velmar's energy ministry denied the report.

The Orvale gas terminal said all of its customers paid the same regasification fees.
"""
TERMINAL_PLAN = TERMINAL.replace(
    "said all of its customers paid the same regasification fees",
    "said it would publish its regasification fees next month",
)


# accused-answers


def test_the_party_an_account_is_about_answers_it():
    said = parsed_statements(TERMINAL)
    assert statement_with(said, "paid the same regasification fees")["stance"] == "denial"


def test_the_accused_partys_plan_answers_nothing():
    said = parsed_statements(TERMINAL_PLAN)
    assert statement_with(said, "would publish its regasification fees")["stance"] == "comment"


def test_accused_answers_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "accused-answers")
    said = parsed_statements(TERMINAL)
    assert statement_with(said, "paid the same regasification fees")["stance"] == "comment"
