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


TITLED = (
    "Peru denies gas price deal\n\n"
    "LIMA, Sept 3 - Peru on Thursday denied a report that it had agreed to cap gas prices for "
    "Bolivian buyers.\n\n"
    'Deputy Energy Minister Rosa Elena Quispe told reporters the report was "invented".'
)


def test_a_title_with_field_words_is_the_role_of_the_named_person(monkeypatch):
    out, _ = contract_with_actors(TITLED, PUB)
    quispe = actor_named(out, "Rosa Elena Quispe")
    assert quispe["kind"] == "person"
    assert quispe["role"] == "deputy energy minister"
    assert "Quispe" in quispe["aliases"]
    assert quispe["country"] == "PE"
    # `titled-name-in-run` (describe.py) reads the same construction in the speaker's run
    monkeypatch.setenv(DISABLE_ENV, "title-field-name,titled-name-in-run")
    out, _ = contract_with_actors(TITLED, PUB)
    assert not any(a["name"] == "Rosa Elena Quispe" for a in out["actors"])


PLACED = (
    "Ghana rejects cocoa smuggling report\n\n"
    "ACCRA, Sept 3 - The Cocoa Inspection Bureau on Thursday rejected a report that "
    "it had waved through smuggled beans.\n\n"
    'Trade Minister Kofi Mensah-Boateng told reporters the story was "baseless".\n\n'
    "Deputy Trade Minister Ama Owusu said the trade ministry had seen no evidence."
)


def test_a_placed_state_body_and_a_minister_belong_to_the_government(monkeypatch):
    out, by_id = contract_with_actors(PLACED, PUB)
    bureau = actor_named(out, "Cocoa Inspection Bureau")
    assert bureau["country"] == "GH"
    assert by_id[bureau["affiliation"]]["name"] == "Ghana"
    minister = actor_named(out, "Kofi Mensah-Boateng")
    assert by_id[minister["affiliation"]]["name"] == "Ghana"
    monkeypatch.setenv(DISABLE_ENV, "placed-state-body,placed-cabinet-member")
    out, _ = contract_with_actors(PLACED, PUB)
    assert actor_named(out, "Cocoa Inspection Bureau")["affiliation"] is None
    assert actor_named(out, "Kofi Mensah-Boateng")["affiliation"] is None


def test_a_translated_from_source_and_an_adverb_leave_the_body_as_speaker(monkeypatch):
    text = (
        "Bridge fee denied\n\n"
        "Hauliers in Vidin said that a double fee would be charged at the bridge.\n\n"
        "From the Port Authority of Calafat categorically denied this on Tuesday."
    )
    out, _ = contract_with_actors(text, PUB)
    denial = next(s for s in out["statements"] if "denied this" in s["text"])
    assert actor_named(out, "Port Authority of Calafat")["id"] == denial["speaker"]


def test_a_wire_correction_note_is_no_statement():
    text = (
        "Ministry says neighbour owes power debt\n\n"
        "(Corrects paragraph 2 to say the paper cited officials at the grid operator, not at the "
        "ministry)\n\n"
        "LIMA, Sept 3 - Peru's energy ministry said on Thursday that Chile owed it $20 million."
    )
    out, _ = contract_with_actors(text, PUB)
    assert not any("Corrects" in s["text"] for s in out["statements"])
    assert not any("Corrects" in a["name"] for a in out["actors"])


def test_a_plural_possessive_names_the_state():
    text = (
        "Airline slot row\n\n"
        "The Maldives' transport ministry said on Thursday that Sri Lanka had moved two flights "
        "to night slots. Sri Lanka's aviation authority denied it."
    )
    out, by_id = contract_with_actors(text, PUB)
    ministry = actor_named(out, "Maldives' transport ministry")
    assert ministry["country"] == "MV"
    assert by_id[ministry["affiliation"]]["name"] == "Maldives"


def test_a_language_named_first_is_not_the_story_state():
    text = (
        "[Translated automatically from Spanish]\n\n"
        "Paraguay denies holding barges\n\n"
        "The Government of Paraguay denied on Thursday that its navy was holding Argentine "
        "barges.\n\n"
        'Miguel Soto, a river pilot, said the convoys were "moving normally".'
    )
    out, _ = contract_with_actors(text, PUB)
    assert actor_named(out, "Miguel Soto")["country"] == "PY"


def test_a_speaker_named_by_an_acronym_alone_is_a_body(monkeypatch):
    text = (
        "Toll row\n\n"
        "The carriers' union said on Monday that tolls on the bridge would double in June.\n\n"
        "SNRA denied this on Tuesday."
    )
    out, _ = contract_with_actors(text, PUB)
    assert actor_named(out, "SNRA")["kind"] == "organisation"
    monkeypatch.setenv(DISABLE_ENV, "acronym-is-body")
    out, _ = contract_with_actors(text, PUB)
    assert actor_named(out, "SNRA")["kind"] == "person"


SHARED_DEMONYM = (
    "Tobacco seed row\n\n"
    "The Dominican agriculture ministry said on Tuesday that Dominican growers had not received "
    "the seeds promised by Havana, contradicting Cuban officials."
)


def test_a_demonym_two_states_share_is_the_one_their_name_begins_with():
    # `Dominican` is both Dominica's and the Dominican Republic's: news means the latter
    from statements.parsing import lexicon

    assert lexicon.country_index()["dominican"][0].code == "DO"
    assert lexicon.country_index()["dominica"][0].code == "DM"
    out, _ = contract_with_actors(SHARED_DEMONYM, PUB)
    assert any(a["country"] == "DO" for a in out["actors"])
    assert not any(a["country"] == "DM" for a in out["actors"])
