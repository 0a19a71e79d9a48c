"""Speakers written with long offices, honorifics and names of several words, on sentences written
for these tests: an office in capitals before a name, a surname met inside a full name, a body
named by a list of its fields, an adverbial before a pronoun, a translated `From X denied`."""

import datetime as dt

import pytest

from .statements import actor_named, contract_with_actors

PUB = dt.date(2026, 6, 11)


def _parse(text):
    return contract_with_actors(text, PUB)


def _speakers(out, by_id):
    return [by_id[s["speaker"]]["name"] if s["speaker"] else None for s in out["statements"]]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Deputy Fisheries Minister Lucia Maria Fontanez said the quota stood.",
            "Lucia Maria Fontanez",
        ),
        ("Water Resources Secretary Dr Henrik Aalto said the dam was safe.", "Henrik Aalto"),
        (
            "Head of the Port Development Organization Dr. Reza Karim Nasseri said the berths "
            "were free.",
            "Reza Karim Nasseri",
        ),
        (
            "Deputy Minister of Trade and Integration of Kazakhstan Nurlan Beketov said no wagon "
            "was held.",
            "Nurlan Beketov",
        ),
        ("Undersecretary for Ports Amalia Reyes said the tender was open.", "Amalia Reyes"),
    ],
)
def test_an_office_in_capitals_before_a_name_is_the_persons_role(sentence, name):
    out, by_id = _parse(sentence)
    person = actor_named(out, name)
    assert person["kind"] == "person"
    assert _speakers(out, by_id) == [name]
    assert all(a["kind"] != "organisation" or name not in a["name"] for a in out["actors"])


def test_a_capitalised_portfolio_is_no_body_of_its_own():
    text = (
        "Chile's Ministry of Agriculture said the orchards were inspected.\n\n"
        "Agriculture Minister Tomas Ibarra said the fruit was clean."
    )
    out, _ = _parse(text)
    ibarra = actor_named(out, "Tomas Ibarra")
    assert "agriculture" in (ibarra["role"] or "")
    assert not any(a["name"] == "Agriculture" for a in out["actors"])


def test_an_honorific_between_an_office_and_a_name_is_no_part_of_its_body():
    text = (
        "Head of the Port Development Organization Dr. Reza Karim Nasseri said the berths "
        "were free."
    )
    out, by_id = _parse(text)
    nasseri = actor_named(out, "Reza Karim Nasseri")
    assert by_id[nasseri["affiliation"]]["name"] == "Port Development Organization"


def test_a_surname_inside_a_full_name_is_that_person():
    text = (
        "Javier Soto Llamas, president of the Ensenada Growers Union, said the trucks were "
        "turned back.\n\n"
        "Soto said the union would complain.\n\n"
        "Deputy Trade Minister Ana Lucia Beltran said no truck was turned back.\n\n"
        "Lucia Beltran added that the border was open."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == [
        "Javier Soto Llamas",
        "Javier Soto Llamas",
        "Ana Lucia Beltran",
        "Ana Lucia Beltran",
    ]


def test_a_middle_word_shared_by_two_people_names_neither():
    text = (
        "Pedro Luis Campos said the bridge was closed.\n\n"
        "Marta Luis Ferreira said it was open.\n\n"
        "Luis said the talks would go on."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id)[2] not in ("Pedro Luis Campos", "Marta Luis Ferreira")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Immigration, Settlement and Citizenship Canada said the visas were issued.",
            "Immigration, Settlement and Citizenship Canada",
        ),
        (
            "The Department for Transport, Ports and Maritime Affairs said the ferry would sail.",
            "Department for Transport, Ports and Maritime Affairs",
        ),
    ],
)
def test_a_body_named_by_a_list_of_its_fields_is_one_speaker(sentence, body):
    out, by_id = _parse(sentence)
    assert _speakers(out, by_id) == [body]


def test_a_spokeswoman_of_a_body_named_by_a_list_of_fields_keeps_her_name():
    text = (
        '"The permits were issued on time," Immigration, Settlement and Citizenship Canada '
        "spokeswoman Nadia Roy said in a statement."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Nadia Roy"]
    assert not any(a["name"].startswith("Settlement") for a in out["actors"])


def test_an_opening_adverbial_before_a_pronoun_leaves_the_pronoun_as_speaker():
    text = (
        "Councillor Ivo Maran said the contract was signed in March.\n\n"
        "In a radio interview later on Monday he said the ministry's denial was a lie."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Ivo Maran", "Ivo Maran"]
    assert not any(a["name"].startswith("In a") for a in out["actors"])


def test_a_translated_from_the_body_denied_is_the_bodys():
    text = (
        "The newspaper Ruse Vesti wrote that the bridge would close in May.\n\n"
        "From the Danube Bridges Agency categorically denied this."
    )
    out, by_id = _parse(text)
    assert "Danube Bridges Agency" in _speakers(out, by_id)
    assert not any(a["name"].startswith("From") for a in out["actors"])


def test_an_unnamed_office_holder_is_the_one_named_later():
    text = (
        "RIGA, June 10 (Baltic Wire) - A Latvian Economy Ministry spokeswoman on Wednesday "
        "dismissed a report that Riga had capped amber exports.\n\n"
        '"No quota was ever set," spokeswoman Ilze Kalnina told reporters.'
    )
    out, by_id = _parse(text)
    kalnina = actor_named(out, "Ilze Kalnina")
    assert _speakers(out, by_id) == ["Ilze Kalnina", "Ilze Kalnina"]
    assert kalnina["country"] == "LV"


def test_an_unnamed_spokesman_of_another_body_stays_apart():
    text = (
        "A spokesman for the Coast Guard said the drone was never seen.\n\n"
        "Defence ministry spokesman Even Dahl said the radar logs were complete."
    )
    out, _ = _parse(text)
    assert len({s["speaker"] for s in out["statements"]}) == 2


@pytest.mark.parametrize(
    "dateline",
    [
        "WASHINGTON, Oct 8 (Meridian Wire) - ",
        "MOSCOW, November 12. /Sever-Press/. ",
        "BEIJING, Sept. 3 (Huaxia News Service) -- ",
        "BUCHAREST/SOFIA, Dec 2 — ",
    ],
)
def test_a_dateline_with_a_wire_credit_is_no_part_of_the_speaker(dateline):
    out, by_id = _parse(
        dateline + "The Port Authority on Wednesday denied a report that the berths were sold."
    )
    assert _speakers(out, by_id) == ["Port Authority"]


def test_one_of_them_is_one_of_the_group_spoken_of_before():
    text = (
        "Peru is weighing a new tax on copper exports, according to people familiar with the "
        "matter.\n\n"
        "One of them said the rate would be about 4%."
    )
    out, by_id = _parse(text)
    assert not any(a["name"] == "One of them" for a in out["actors"])
    assert "people familiar with the matter" in _speakers(out, by_id)[-1]


def test_a_subordinate_clause_before_the_speaker_is_no_part_of_it():
    text = (
        "The denial came two days after the Harbour Courier reported that the port had been "
        "sold.\n\n"
        "When Chile's transport minister, Rosa Pinto, told a committee that the fees were "
        "legal, nobody objected."
    )
    out, _ = _parse(text)
    names = [a["name"] for a in out["actors"]]
    assert not any(n.startswith(("denial", "When")) for n in names), names
    assert actor_named(out, "Rosa Pinto")["country"] == "CL"


def test_a_count_of_officials_names_no_body():
    text = (
        "The Gulf Ledger reported, citing two administration officials, that the inspectors "
        "would leave."
    )
    out, _ = _parse(text)
    assert not any(a["name"].startswith("two") for a in out["actors"])


def test_a_body_described_after_its_name_is_that_body():
    text = (
        "ENRA, Norway's energy regulator, said on Tuesday that the surcharge was legal.\n\n"
        "The regulator said suppliers had been told in September."
    )
    out, by_id = _parse(text)
    enra = actor_named(out, "ENRA")
    assert enra["kind"] == "organisation"
    assert enra["country"] == "NO"
    assert _speakers(out, by_id)[0] == "ENRA"


def test_a_group_named_shorter_in_the_headline_is_the_group_of_the_body():
    text = (
        "Peru weighs copper export tax, people familiar say\n\n"
        "Peru is weighing a tax on copper exports, people familiar with the matter said on "
        "Tuesday.\n\n"
        "The finance ministry declined to comment."
    )
    out, _ = _parse(text)
    groups = [a for a in out["actors"] if a["name"].startswith("people familiar")]
    assert len(groups) == 1
    assert groups[0]["name"] == "people familiar with the matter"
