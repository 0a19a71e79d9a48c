"""Counter-accounts of the thirteenth session (branch p-counter13), on texts written for these
tests: a denying side's plain remark on what the other side told (`denier-answers-other-side`)
and a party an account is about answering it in plain words (`accused-answers`); each with a
near miss it must leave alone, and each switchable."""

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


DOCKS = """Velmar port row over night shifts

The Velmar dockers' union said on Monday that the port authority had cut the crane crews on \
night shifts from twelve to eight.

The Velmar Port Authority rejected the union's account.

Union secretary Ilse Marr said the night shifts at the container terminal now ran with eight \
crane drivers and no relief.

Port director Tomas Brenn said every berth at the container terminal had its full complement \
of drivers.
"""
DOCKS_UNDER_WAY = DOCKS.replace(
    "said every berth at the container terminal had its full complement of drivers",
    "said the complement of drivers at the container terminal was being reviewed",
)

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


# denier-answers-other-side


def test_the_denying_side_answering_the_other_sides_words_denies():
    said = parsed_statements(DOCKS)
    assert statement_with(said, "full complement of drivers")["stance"] == "denial"


def test_a_process_under_way_answers_nothing():
    said = parsed_statements(DOCKS_UNDER_WAY)
    assert statement_with(said, "was being reviewed")["stance"] == "comment"


def test_denier_answers_other_side_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "denier-answers-other-side")
    said = parsed_statements(DOCKS)
    assert statement_with(said, "full complement of drivers")["stance"] == "comment"


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
