"""Countries of the actors the affiliation chain leaves unplaced (parsing/whereabouts.py):
`country-beside-name`, `country-in-opener`, `country-from-body`, `country-from-dateline`,
`country-of-story`. Articles written for these tests."""

import datetime as dt

from statements.parsing.rules import DISABLE_ENV

from .statements import actor_named, contract_with_actors

PUB = dt.date(2026, 9, 3)

BESIDE = (
    "Chile denies copper quota report\n\n"
    "Chile's mining ministry on Tuesday denied a report that it would cap copper exports to "
    "Peru next year.\n\n"
    'The Peruvian smelter group Andesmet said it had "heard nothing official" about any cap.\n\n'
    "Tomas Errazuriz, a metals trader in Lima, said buyers were already looking elsewhere."
)

OPENER = (
    "Kenya and Uganda trade barbs over milk levy\n\n"
    "Kenya's trade ministry said on Monday it had not raised a levy on Ugandan milk, rejecting "
    "a report in a Ugandan weekly.\n\n"
    "In Kampala, the mood among dairy farmers is sour. Joseph Okello, who chairs a farmers' "
    "cooperative, said prices at the border had fallen by a third."
)

DATELINE = (
    "Port fee row deepens\n\n"
    "VALPARAISO, Chile - Argentina's foreign ministry on Friday rejected a claim that it had "
    "asked Chile to waive port fees for Argentine grain ships.\n\n"
    'Rosa Quiroga, an analyst who follows the grain trade, said the claim was "plausible but '
    'unproven".'
)


def test_a_demonym_in_the_noun_phrase_places_a_body(monkeypatch):
    out, _ = contract_with_actors(BESIDE, PUB)
    assert actor_named(out, "Andesmet")["country"] == "PE"
    monkeypatch.setenv(DISABLE_ENV, "country-beside-name,country-of-story")
    out, _ = contract_with_actors(BESIDE, PUB)
    assert actor_named(out, "Andesmet")["country"] is None


def test_a_city_in_the_apposition_places_a_person():
    out, _ = contract_with_actors(BESIDE, PUB)
    assert actor_named(out, "Tomas Errazuriz")["country"] == "PE"


def test_a_sentence_opening_with_a_capital_places_the_next_speaker(monkeypatch):
    out, _ = contract_with_actors(OPENER, PUB)
    assert actor_named(out, "Joseph Okello")["country"] == "UG"
    monkeypatch.setenv(DISABLE_ENV, "country-in-opener,country-of-story")
    out, _ = contract_with_actors(OPENER, PUB)
    assert actor_named(out, "Joseph Okello")["country"] is None


def test_the_dateline_places_an_unplaced_voice(monkeypatch):
    out, _ = contract_with_actors(DATELINE, PUB)
    assert actor_named(out, "Rosa Quiroga")["country"] == "CL"
    monkeypatch.setenv(DISABLE_ENV, "country-from-dateline,country-of-story")
    out, _ = contract_with_actors(DATELINE, PUB)
    assert actor_named(out, "Rosa Quiroga")["country"] is None


def test_an_invented_state_story_places_nobody_in_a_real_state():
    text = (
        "Veloria denies fishing deal\n\n"
        "Veloria on Monday denied a report that it had sold fishing rights to Marren. The "
        "Velorian foreign ministry called the report false. Veloria said the talks, held once "
        "in Portugal, had ended.\n\n"
        'Ana Brisk, a fisheries analyst, said the report was "thin".'
    )
    out, _ = contract_with_actors(text, PUB)
    assert actor_named(out, "Ana Brisk")["country"] is None
