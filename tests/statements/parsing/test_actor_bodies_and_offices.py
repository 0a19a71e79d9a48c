"""Actors read from how news writes offices and bodies: an office holder described first and
named later (`Norland's energy minister` ... `Energy Minister X`), a body's short name given in
a language (`known by its Spanish acronym X`: a language, not a state), a state whose name
takes `the` (`The Maldives' transport ministry`), and the body a named person works at, written
in apposition or a relative clause (`X, who teaches law at the University of Y`)."""

import datetime as dt

import pytest

from statements.parsing import parse_article, to_contract

PUB = dt.date(2026, 5, 4)


def _out(text: str) -> dict:
    return to_contract(parse_article(text, published=PUB, strict=True))


def _actors(text: str) -> dict[str, dict]:
    return {a["name"]: a for a in _out(text)["actors"]}


OFFICE_THEN_NAME = (
    "ASTANA, May 4 - Kazakhstan's energy minister has rejected claims that gas sales to a "
    "neighbour were halved, saying the pipeline ran at its usual volume.\n\n"
    "Speaking on a radio phone-in on Sunday, Energy Minister Dariga Seitova called the claims "
    '"pure invention".\n\n'
    "The Uzbek ministry of energy said on Monday that deliveries had dipped for a week.\n"
)


def test_an_office_holder_named_later_is_one_actor_when_the_field_is_a_title_word():
    people = [a for a in _out(OFFICE_THEN_NAME)["actors"] if a["kind"] == "person"]
    assert [p["name"] for p in people] == ["Dariga Seitova"], people
    assert "Kazakhstan's energy minister" in people[0]["aliases"]
    assert people[0]["country"] == "KZ"


def test_field_words_of_titles_can_be_switched_off(monkeypatch):
    # (with `cabinet-title-of-dateline-state` too, which also places the minister in the
    # dateline state's government and so joins the two)
    monkeypatch.setenv(
        "DEMENTI_PARSER_DISABLE", "field-words-of-titles,cabinet-title-of-dateline-state"
    )
    people = [a for a in _out(OFFICE_THEN_NAME)["actors"] if a["kind"] == "person"]
    assert len(people) == 2, people


KNOWN_BY = (
    "QUITO, May 4 (Andes Wire) - Peru's Ministry of Trade said on Monday that drivers were "
    "paying an unofficial toll at a river crossing.\n\n"
    "The customs service, known by its Spanish acronym ADUSE, said in a statement that no "
    'such toll "exists on any of our forms".\n'
)


def test_a_body_known_by_its_acronym_in_a_language_is_no_body_of_that_language_s_state():
    out = _out(KNOWN_BY)
    actors = {a["name"]: a for a in out["actors"]}
    body = next(a for a in actors.values() if "ADUSE" in (a["name"], *a["aliases"]))
    assert body["kind"] == "organisation"
    assert body["country"] == "EC"
    assert "Spain" not in actors and not any(a["country"] == "ES" for a in actors.values())


def test_known_by_acronym_and_language_not_state_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "known-by-acronym,language-not-state")
    out = _out(KNOWN_BY)
    assert any(a["country"] == "ES" for a in out["actors"])


STATE_WITH_ARTICLE = (
    "Slots row\n\n"
    "Ecuador said on Monday the charge would stay. The carrier would not comment.\n\n"
    "The Maldives' transport ministry said it had sent a note to its neighbour, adding that the "
    'note "requests a meeting, nothing more".\n'
)


def test_a_state_written_with_the_is_read_in_its_possessive_without_it():
    actors = _actors(STATE_WITH_ARTICLE)
    ministry = actors["Maldives' transport ministry"]
    assert ministry["country"] == "MV"
    gov = next(a for a in actors.values() if a["id"] == ministry["affiliation"])
    assert gov["kind"] == "government" and gov["country"] == "MV"


def test_state_without_article_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "state-without-article")
    assert _actors(STATE_WITH_ARTICLE)["Maldives' transport ministry"]["country"] != "MV"


EMPLOYERS = (
    "Harbour fees\n\n"
    "The port authority denied the report on Monday.\n\n"
    '"Fees are a lever, not a budget line," said Pavel Drom, who teaches trade law at the '
    "University of Karsk.\n\n"
    "Lina Ostrova, who studies shipping at the Northern Institute for Maritime Studies, said the "
    "tonnage figures did not add up.\n\n"
    "Tomas Berg, an energy analyst at consultancy Brightline Energia, said the quarrel could run "
    "for years.\n\n"
    "Ana Rusk, of the harbour-based rights group Open Quay Forum, said four crews were still "
    "waiting.\n"
)


@pytest.mark.parametrize(
    ("person", "body"),
    [
        ("Pavel Drom", "University of Karsk"),
        ("Lina Ostrova", "Northern Institute for Maritime Studies"),
        ("Tomas Berg", "Brightline Energia"),
        ("Ana Rusk", "Open Quay Forum"),
    ],
)
def test_the_body_a_named_person_works_at_is_her_affiliation(person, body):
    actors = _actors(EMPLOYERS)
    assert actors[person]["kind"] == "person"
    assert body in actors, list(actors)
    assert actors[person]["affiliation"] == actors[body]["id"]


def test_an_analyst_at_a_body_keeps_her_trade_as_role():
    assert _actors(EMPLOYERS)["Tomas Berg"]["role"] == "energy analyst"


def test_employer_in_apposition_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "employer-in-apposition")
    actors = _actors(EMPLOYERS)
    assert "University of Karsk" not in actors and "Open Quay Forum" not in actors


JUNIOR_MINISTER = (
    "LIMA, May 4 - Peru's Ministry of Production said on Monday that no anchovy deal had been "
    "signed.\n\n"
    '"Nobody has traded away a single tonne," Vice Minister of Fisheries Rosa Quinde told '
    "reporters in Lima.\n"
)


def test_a_junior_minister_belongs_to_the_one_ministry_of_her_state():
    actors = _actors(JUNIOR_MINISTER)
    assert actors["Rosa Quinde"]["affiliation"] == actors["Peru's Ministry of Production"]["id"]


def test_placed_junior_minister_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "placed-junior-minister")
    actors = _actors(JUNIOR_MINISTER)
    assert actors["Rosa Quinde"]["affiliation"] != actors["Peru's Ministry of Production"]["id"]


HONORIFIC = (
    "Border hours\n\n"
    "On Monday, the Deputy Minister of the Interior, Mr Kwame Asare, said the gate would shut "
    "at dusk.\n"
)


def test_an_honorific_is_no_role_and_the_apposition_gives_it():
    assert _actors(HONORIFIC)["Kwame Asare"]["role"] == "deputy minister of interior"


def test_honorific_is_no_role_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "honorific-is-no-role")
    assert _actors(HONORIFIC)["Kwame Asare"]["role"] == "mr"


PORTFOLIOS = (
    "SOFIA, May 4 - Bulgaria's Ministry of Rural Roads and Public Works denied the report.\n\n"
    '"No such toll was ever approved," said Ivan Petrov, the deputy minister of Rural Roads and '
    "Public Works.\n\n"
    "Carmen Villa, head of border inspections at the customs agency, said lorries were waiting "
    "for hours.\n"
)


def test_the_field_after_an_office_is_no_body_of_its_own():
    actors = _actors(PORTFOLIOS)
    assert "Rural Roads and Public Works" not in actors
    assert "border inspections" not in actors
    ministry = actors["Bulgaria's Ministry of Rural Roads and Public Works"]
    assert actors["Ivan Petrov"]["affiliation"] == ministry["id"]
    assert actors["Carmen Villa"]["role"] == "head of border inspections"


def test_portfolio_after_office_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "portfolio-after-office")
    assert "Rural Roads and Public Works" in _actors(PORTFOLIOS)


DATELINE_BODY = (
    "MANILA - The Japanese embassy said on Thursday that money for a new pier was still on "
    "offer.\n\n"
    "Japan's ambassador added that engineers would visit next month.\n\n"
    "Days later, the Department of Harbours said in a statement that the pier would be shorter "
    "than drawn.\n"
)


def test_a_bare_state_body_in_a_datelined_text_is_the_dateline_state_s():
    actors = _actors(DATELINE_BODY)
    body = actors["Department of Harbours"]
    assert body["country"] == "PH"


def test_dateline_state_body_anywhere_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "dateline-state-body-anywhere")
    assert _actors(DATELINE_BODY)["Department of Harbours"]["country"] != "PH"


STATE_OFFICE = (
    "TALLINN, May 4 - Estonia's foreign ministry said on Monday that the reports were false.\n\n"
    "The State Lottery Office said in a statement that no ticket records had been lost.\n"
)


def test_a_placed_state_office_belongs_to_its_state_s_government():
    actors = _actors(STATE_OFFICE)
    office = actors["State Lottery Office"]
    gov = next(a for a in actors.values() if a["kind"] == "government")
    assert office["country"] == "EE" and office["affiliation"] == gov["id"]


def test_placed_state_office_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "placed-state-office")
    assert _actors(STATE_OFFICE)["State Lottery Office"]["affiliation"] is None


LEGAL_FORM = (
    "Ferry route\n\n"
    "Kestrel Lines A/S denies reports that it plans to sell its only cargo vessel.\n\n"
    "The company says no buyer has approached it.\n\n"
    "Kestrel Lines confirms that its board looked at the cost of a second hull.\n"
)


def test_a_name_ending_in_a_legal_form_is_a_company_and_the_company_is_it():
    out = _out(LEGAL_FORM)
    firm = next(a for a in out["actors"] if a["name"] == "Kestrel Lines A/S")
    assert firm["kind"] == "organisation"
    assert not any(a["name"] in ("company", "Kestrel Lines") for a in out["actors"])
    assert [s["speaker"] for s in out["statements"] if "Kestrel" in s["text"][:8]] == [
        firm["id"]
    ] * 2


def test_legal_form_is_body_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "legal-form-is-body")
    assert _actors(LEGAL_FORM)["Kestrel Lines A/S"]["kind"] == "person"


ACRONYM = (
    "Cashmere exports\n\n"
    "The Norland Wool Board said on Thursday that fleece sales abroad had not been capped.\n\n"
    "The delays came from a broken scale at the depot, NWB said in a second statement.\n"
)


def test_an_acronym_of_the_initials_of_a_named_body_is_that_body():
    actors = _actors(ACRONYM)
    assert "NWB" not in actors, list(actors)
    assert "NWB" in actors["Norland Wool Board"]["aliases"]


def test_acronym_of_initials_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "acronym-of-initials")
    assert "NWB" in _actors(ACRONYM)
