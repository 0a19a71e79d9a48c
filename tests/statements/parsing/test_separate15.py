"""Disputes of session 15 (p-sep15): a roundup marker opens a dispute of its own."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned pass (test_link_model10.py) is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


# A story of one dispute, then `Separately,` a second accusation between the same two states,
# sharing their names and the river's words with the first.
SEPARATELY = (
    "Marvel's river authority on Monday dismissed a report by the Rondian weekly Kustbode that "
    "Marvelian dredgers had taken gravel from the Rondian side of the Ostra river near Kessel.\n\n"
    "The paper said on Saturday that dredgers had worked on the Rondian bank for three weeks "
    "in August.\n\n"
    '"Our dredgers never left the Marvelian half of the river," the authority said.\n\n'
    "Rondia's environment ministry said it had asked its inspectors to check the site.\n\n"
    "Separately, Rondia's transport ministry accused Marvel of delaying the repair of the "
    "bridge between the two towns. Marvel's transport ministry denied any delay and said the "
    "work had been held up by the Rondian side's late permits.\n"
)


def test_a_claim_after_separately_opens_its_own_dispute():
    st = parsed_statements(SEPARATELY)
    silt = statement_with(st, "worked on the Rondian bank")
    bridge = statement_with(st, "accused Marvel of delaying")
    denied = statement_with(st, "denied any delay")
    assert bridge["stance"] == "claim"
    assert "separate-dispute-marker:denial" in denied["rules"]
    assert bridge["id"] in denied["denies"]
    assert silt["id"] not in denied["denies"]


def test_switched_off_the_second_accusation_joins_the_first_dispute(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "separate-dispute-marker")
    st = parsed_statements(SEPARATELY)
    silt = statement_with(st, "worked on the Rondian bank")
    denied = statement_with(st, "denied any delay")
    assert silt["id"] in denied["denies"]


# Near miss: `separately` inside the sentence, not opening its paragraph, is no roundup marker.
INSIDE = SEPARATELY.replace(
    "Separately, Rondia's transport ministry accused",
    "Rondia's transport ministry separately accused",
)


def test_separately_inside_a_sentence_opens_no_dispute():
    st = parsed_statements(INSIDE)
    silt = statement_with(st, "worked on the Rondian bank")
    denied = statement_with(st, "denied any delay")
    assert silt["id"] in denied["denies"]


# The denying side accuses the claimant of something else: a dispute of its own.
COUNTER = (
    "Rondia accused Marvel on Wednesday of dumping dredged sediment in Rondian waters of the "
    "Ostra estuary.\n\n"
    "Marvel's foreign ministry rejected the accusation. \"Not one barge has dumped anything on "
    'the Rondian side," the ministry said.\n\n'
    "Marvel in turn accused Rondia of paralysing the joint commission that manages the "
    "waterway.\n"
)


def test_a_counter_accusation_of_something_else_denies_nothing():
    st = parsed_statements(COUNTER)
    commission = statement_with(st, "paralysing the joint commission")
    assert commission["stance"] == "claim"
    assert commission["denies"] == []
    assert "counter-accusation-apart:claim" in commission["rules"]


def test_switched_off_the_counter_accusation_denies_the_first(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "counter-accusation-apart")
    st = parsed_statements(COUNTER)
    first = statement_with(st, "dumping dredged sediment")
    commission = statement_with(st, "paralysing the joint commission")
    assert first["id"] in commission["denies"]


# Near miss: the counter-accusation is about the first claim's matter (`sediment`): it is the
# denying side's account against it, as before.
ABOUT_IT = COUNTER.replace(
    "of paralysing the joint commission that manages the waterway",
    "of inventing the sediment story to hide its own dumping in the estuary",
)


def test_a_counter_accusation_about_the_claim_still_denies_it():
    st = parsed_statements(ABOUT_IT)
    first = statement_with(st, "dumping dredged sediment")
    story = statement_with(st, "inventing the sediment story")
    assert first["id"] in story["denies"]


# Near miss: the counter-accusation charges the claimant with making things up, sharing no
# word with the claim: it still contradicts it.
INVENTING = COUNTER.replace(
    "of paralysing the joint commission that manages the waterway",
    'of "inventing stories every time an election comes round"',
)


def test_a_counter_accusation_of_inventing_still_denies_the_claim():
    st = parsed_statements(INVENTING)
    first = statement_with(st, "dumping dredged sediment")
    inventing = statement_with(st, "inventing stories")
    assert first["id"] in inventing["denies"]
