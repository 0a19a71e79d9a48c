"""Confirmations of the sixteenth session (branch p-confirm16), on texts written for these tests:
a voice that tells what it saw, counted or measured itself (`its cameras had recorded`), with no
negation, supports the account it follows, also when the sides pass puts it on the denying
side; near misses it must leave alone (the same voice negating, or in the first person, the
side's own counter-account), and switchable (rule `observed-evidence`)."""

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


HEAD = """The Tarn Post reported on Monday that a Velmari tanker had unloaded fuel at the port of \
Orvale in breach of the embargo.

The Velmari transport ministry denied the report on Tuesday. "No Velmari tanker has called at \
Orvale this year," a ministry spokeswoman said.

"""

# the denying state's own port authority, on the denying side by its affiliation
DENIER_SIDE = (
    HEAD
    + """Velmar's port authority said its cameras had recorded a tanker at the fuel jetty on \
Sunday night.
"""
)

# the same authority negating, and in the first person: the side's own counter-account
DENIER_SIDE_NEGATED = (
    HEAD
    + """Velmar's port authority said its cameras had not recorded any tanker at the fuel jetty \
this year.
"""
)

DENIER_SIDE_OWN = (
    HEAD
    + """Velmar's port authority said: "Our cameras recorded every ship at the fuel jetty, and \
the log is open to inspectors."
"""
)


def test_a_voice_of_the_denying_side_telling_what_it_recorded_confirms():
    said = parsed_statements(DENIER_SIDE)
    report = statement_with(said, "unloaded fuel")
    s = statement_with(said, "cameras had recorded")
    assert s["stance"] == "confirmation"
    assert report["id"] in s["confirms"]


def test_the_same_voice_negating_or_in_the_first_person_is_no_confirmation():
    said = parsed_statements(DENIER_SIDE_NEGATED)
    assert statement_with(said, "cameras had not recorded")["stance"] == "denial"
    said = parsed_statements(DENIER_SIDE_OWN)
    assert statement_with(said, "Our cameras recorded")["stance"] != "confirmation"


def test_observed_evidence_off(monkeypatch):
    _off(monkeypatch, "observed-evidence")
    said = parsed_statements(DENIER_SIDE)
    assert statement_with(said, "cameras had recorded")["stance"] == "denial"
