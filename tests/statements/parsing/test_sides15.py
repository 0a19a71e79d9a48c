"""Sides read after a state is found in a name of lower-case words (session 15, merge of
p-actors15): an analyst placed in the claimant's state speaks for no side
(`bystander-no-claimant`), and a claimant welcoming the other side's words stands by nothing
(`claimant-welcomes`); each with a near miss and the rule switched off. Texts written for these
tests; every person and outlet is invented."""

import pytest

from statements.parsing import link_model, parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned link pass is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


STORY = """The Trinidad and Tobago Manufacturers' Association said on Monday that Barbados had \
held 12 containers of Trinidadian juice at Bridgetown port for two weeks.

Barbados's Ministry of Trade denied the account. "No container of juice has been held," a \
ministry spokeswoman, Joanne Best, said.

The association's president, Ravi Persad, said his members had shipping papers showing the \
containers arrived on May 3. "We have the documents," he said.

Keisha Ramdial, a trade economist at the University of the West Indies in Port of Spain, said \
the figures published so far did not show how many containers had been held.

Trinidad and Tobago's Ministry of Trade and Industry said it welcomed the "clarification from \
our Barbadian colleagues" and would raise labelling rules at the next regional meeting.

The ministry also said it stood by the association's figures.
"""


def _countries():
    return {a["name"]: a["country"] for a in to_contract(parse_article(STORY))["actors"]}


def test_a_state_joined_by_lower_case_words_places_its_speakers():
    countries = _countries()
    assert countries["Trinidad and Tobago Manufacturers' Association"] == "TT"
    assert countries["Keisha Ramdial"] == "TT"  # `in Port of Spain`, not Spain


def test_state_name_lower_words_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "state-name-lower-words")
    countries = _countries()
    assert countries["Trinidad and Tobago Manufacturers' Association"] != "TT"
    assert countries["Keisha Ramdial"] != "TT"


def test_an_analyst_in_the_claimants_state_does_not_stand_by_the_claim():
    said = parsed_statements(STORY)
    assert statement_with(said, "figures published so far")["stance"] != "confirmation"
    # the near miss: the claimant's own president holding the papers stands by the account
    assert statement_with(said, "We have the documents")["stance"] == "confirmation"


def test_bystander_no_claimant_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "bystander-no-claimant")
    said = parsed_statements(STORY)
    assert statement_with(said, "figures published so far")["stance"] == "confirmation"


def test_a_claimant_welcoming_the_other_sides_words_stands_by_nothing():
    said = parsed_statements(STORY)
    row = statement_with(said, "welcomed the")
    assert row["stance"] == "comment"
    assert not any(r.startswith("claimant-stands-by") for r in row["rules"])
    # the near miss: the same ministry standing by the figures
    assert statement_with(said, "stood by the association's figures")["stance"] == "confirmation"


def test_claimant_welcomes_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "claimant-welcomes")
    said = parsed_statements(STORY)
    row = statement_with(said, "welcomed the")
    assert any(r.startswith("claimant-stands-by") for r in row["rules"])
