"""Countries of the voices that the dateline would otherwise claim: a city opening the sentence
(`In Cusco, ...`, rule `opener-city`) and a place written beside the first mention, before the
verb of saying (`X of Saskatoon said`, rule `country-in-sentence`). Invented sentences."""

import datetime as dt

from statements.parsing import parse_article, to_contract

PUB = dt.date(2026, 5, 4)

# the dateline is Mexican; the builder of the roof is from a Canadian city
OF_CITY = (
    "Roof row\n\n"
    "GUADALAJARA, Mexico, May 4 - The state government of Jalisco on Monday denied that it "
    "owed money for a new stadium roof.\n\n"
    "The state had ended its contract with Maple Girder Works of Saskatoon over delays, the "
    "Jalisco Courier reported.\n\n"
    '"We have sent every invoice," Maple Girder Works said on Monday. Steel for the roof '
    "came by rail from Canada.\n"
)

# the dateline is Peruvian; a grower speaks after a sentence that opens in a Chilean city
OPENER = (
    "Grape prices\n\n"
    "LIMA, May 4 - Peru on Monday rejected a claim that it had blocked table grapes at the "
    "border.\n\n"
    "In Antofagasta, the mood was sour. Renata Vuskovic, who packs grapes for export, said "
    "her lorries had waited four days.\n"
)


def _actors(text: str) -> dict[str, dict]:
    out = to_contract(parse_article(text, published=PUB, strict=True))
    return {a["name"]: a for a in out["actors"]}


def _country(text: str, part: str) -> str | None:
    actors = _actors(text)
    found = [a for name, a in actors.items() if part in name]
    assert found, list(actors)
    return found[0]["country"]


def test_a_body_of_a_city_is_of_that_citys_state():
    assert _country(OF_CITY, "Maple Girder") == "CA"


def test_country_in_sentence_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "country-in-sentence")
    assert _country(OF_CITY, "Maple Girder") == "MX"


def test_a_place_in_what_is_said_places_nobody():
    text = (
        "Roof row\n\n"
        "GUADALAJARA, Mexico, May 4 - The state government of Jalisco on Monday denied that "
        "it owed money for a new stadium roof.\n\n"
        "Maple Girder Works said on Monday that its steel had been shipped from Saskatoon.\n"
    )
    assert _country(text, "Maple Girder") == "MX"


def test_a_city_opening_the_sentence_before_places_the_speaker():
    assert _country(OPENER, "Vuskovic") == "CL"


def test_opener_city_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "opener-city,country-in-sentence")
    assert _country(OPENER, "Vuskovic") == "PE"


# a Korean port city in an outlet's name, in a story datelined in Japan
BODY_NAME = (
    "Ferry fares\n\n"
    "FUKUOKA, Japan, May 4 - Japan's transport ministry on Monday denied that it had asked "
    "ferry lines to South Korea to raise their fares.\n\n"
    "The Incheon Harbour Gazette reported last week that the ministry had sent the lines a "
    "letter.\n"
)


def test_a_city_in_an_outlets_name_places_it():
    assert _country(BODY_NAME, "Harbour Gazette") == "KR"


def test_city_in_body_name_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "city-in-body-name")
    assert _country(BODY_NAME, "Harbour Gazette") == "JP"


def test_a_city_of_a_state_the_text_never_names_places_nobody():
    # `Golfe` is also a city's name elsewhere; no such state is in the story
    text = BODY_NAME.replace("Incheon Harbour Gazette", "Gazette du Golfe")
    assert _country(text, "Gazette du Golfe") == "JP"


# an Indonesian city owns the office before the name, in a story datelined in Singapore
POSSESSIVE = (
    "Ferry cuts\n\n"
    "SINGAPORE, May 4 - Singapore's port authority on Monday denied that it would cut ferry "
    "slots to Indonesia.\n\n"
    "Medan's harbour master, Rudi Simanjuntak, said the cuts had been announced to him in "
    "writing.\n"
)


def test_a_city_owning_the_office_places_its_holder():
    assert _country(POSSESSIVE, "Simanjuntak") == "ID"


def test_possessive_city_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "possessive-city")
    assert _country(POSSESSIVE, "Simanjuntak") == "SG"


# a city too often in the news for the frequent-word filter of cities.tsv
MAJOR = (
    "Cable row\n\n"
    "NAIROBI, May 4 - Kenya's energy ministry on Monday denied that it owed a contractor for a "
    "power cable.\n\n"
    "Ranjit Cables, a Mumbai-based firm, said it had not been paid since March. India's high "
    "commission declined to comment.\n"
)


def test_a_major_city_places_a_body():
    assert _country(MAJOR, "Ranjit") == "IN"


def test_major_cities_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "major-cities")
    assert _country(MAJOR, "Ranjit") == "KE"


# the body's first mention is the headline; the running text places it
SECOND = (
    "Tollway Nord rejects Slovak toll report\n\n"
    "BRATISLAVA, May 4 - Slovakia's transport ministry said on Monday that tolls would rise.\n\n"
    "Tollway Nord, which runs the motorway near Poznan, said it had not been told of any rise.\n"
)


def test_a_body_first_named_in_a_headline_is_placed_by_its_next_mention():
    assert _country(SECOND, "Tollway Nord") == "PL"


def test_country_at_second_mention_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "country-at-second-mention")
    assert _country(SECOND, "Tollway Nord") == "SK"
