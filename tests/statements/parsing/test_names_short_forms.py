"""One actor under the forms a text writes it in: a body's acronym in apposition, a company's
short name, a person's name cut short, a town described then named, a description in apposition
after a name; and no actor for `Both` or a relative clause inside a role."""

import datetime as dt

import pytest

from statements.parsing import parse_article, to_contract

PUB = dt.date(2026, 5, 4)


def _actors(text: str) -> dict[str, dict]:
    out = to_contract(parse_article(text, published=PUB, strict=True))
    return {a["name"]: a for a in out["actors"]}


SPOKESWOMAN_ACRONYM = (
    "Toll row deepens\n\n"
    "Moldova denied the report on Monday. A spokeswoman for Moldova's national roads company, "
    'CRNC, said the company "has never received" any toll money.\n'
)
OR_ACRONYM = (
    "Banana trucks wait\n\n"
    "In Port Velde, the Association of Fruit Exporters of Castrel, or AFEC, said on Tuesday "
    "that inspectors were slowing trucks. AFEC added that some had waited for days.\n"
)


def test_an_acronym_after_a_spokeswoman_for_a_body_is_the_body_s_short_name():
    actors = _actors(SPOKESWOMAN_ACRONYM)
    body = actors["Moldova's national roads company"]
    assert "CRNC" in body["aliases"]
    assert "CRNC" not in actors
    people = [a for a in actors.values() if a["kind"] == "person"]
    assert [p["affiliation"] for p in people] == [body["id"]]


def test_an_acronym_after_or_is_the_body_named_before_it():
    actors = _actors(OR_ACRONYM)
    body = actors["Association of Fruit Exporters of Castrel"]
    assert body["kind"] == "organisation" and "AFEC" in body["aliases"]
    assert not any(a["kind"] == "person" for a in actors.values()), list(actors)


@pytest.mark.parametrize("text", [SPOKESWOMAN_ACRONYM, OR_ACRONYM])
def test_acronym_in_apposition_can_be_switched_off(monkeypatch, text):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "acronym-in-apposition")
    actors = _actors(text)
    assert any(a["kind"] == "person" and a["name"].isupper() for a in actors.values())


COMPANY_SHORT = (
    "Contractor halts line\n\n"
    "Marvelo Grid Works Ltd said in a statement on Wednesday that it had stopped work on the "
    "line. Principal Secretary Hana Dorvik dismissed the claim by Marvelo that it had not been "
    "paid.\n"
)


def test_a_company_called_by_the_first_word_of_its_name_is_the_company():
    actors = _actors(COMPANY_SHORT)
    assert "Marvelo" not in actors, list(actors)
    assert "Marvelo" in actors["Marvelo Grid Works Ltd"]["aliases"]


def test_short_name_of_body_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "short-name-of-body")
    actors = _actors(COMPANY_SHORT)
    assert any(a["kind"] == "person" and "Marvelo" in a["name"] for a in actors.values())


NAME_CUT_SHORT = (
    "Licences row\n\n"
    '"Nothing was signed," Secretary General Omar Salem Ould Dedda told the Velde Courier. '
    "Omar Salem said the talks would go on. Ould Dedda added that the fee stood.\n"
)


def test_a_full_name_cut_short_is_the_same_person_under_the_full_name():
    actors = _actors(NAME_CUT_SHORT)
    people = [a for a in actors.values() if a["kind"] == "person"]
    assert [p["name"] for p in people] == ["Omar Salem Ould Dedda"]
    assert "Omar Salem" in people[0]["aliases"]


def test_name_without_last_words_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "name-without-last-words")
    people = [a for a in _actors(NAME_CUT_SHORT).values() if a["kind"] == "person"]
    assert len(people) == 2


TOWN = (
    "Bus row\n\n"
    "The Castrelian border town of Vennsby accused Kessia on Wednesday of ending the only bus "
    'to the coast. "It is gone," said Ola Brenn, the town\'s mayor.\n'
)


def test_a_town_described_then_named_is_the_town():
    actors = _actors(TOWN)
    town = actors["Vennsby"]
    assert town["kind"] == "organisation"
    assert "Castrelian border town of Vennsby" in town["aliases"]


def test_town_of_name_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "town-of-name")
    assert "Vennsby" not in _actors(TOWN)


BOTH = (
    "Port fee row\n\n"
    "Castrel said on Monday the port fee was new. Kessia said the fee had applied since 2019.\n\n"
    "Both say the 2002 agreement should be revised.\n"
)


def test_both_is_no_actor_of_its_own():
    assert "Both" not in _actors(BOTH)


def test_both_sides_no_actor_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "both-sides-no-actor")
    assert "Both" in _actors(BOTH)


DAILY = (
    "Crossings row\n\n"
    "The row began with a report in L'Écho du Vallon, a daily based in Port Velde, which said "
    "on Wednesday that two crossings would close at night. On Thursday the paper said it "
    '"maintains every word" of its article.\n'
)


def test_a_description_in_apposition_after_a_name_speaks_for_the_name():
    actors = _actors(DAILY)
    assert actors["L'Écho du Vallon"]["kind"] == "media"
    assert not any("daily" in name for name in actors), list(actors)


def test_description_after_name_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "description-after-name")
    assert any("daily" in name for name in _actors(DAILY))


RELATIVE_ROLE = (
    "River row\n\n"
    "Rita Valmont, coordinator of the Clear River movement, which has monitored the river since "
    "2008, says the real problem lies upstream.\n"
)


def test_a_relative_clause_inside_a_role_is_no_actor():
    actors = _actors(RELATIVE_ROLE)
    assert not any("monitored" in name for name in actors), list(actors)


def test_role_without_relative_clause_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "role-without-relative-clause")
    assert any("monitored" in name for name in _actors(RELATIVE_ROLE))


CITIES = (
    "Fees rise at the border\n\n"
    "KARACHI (Coast Wire) - Pakistan's trade ministry denied on Monday that it had raised port "
    "fees.\n\n"
    "Lahore-based trader Imran Qadir said the fees had doubled since March. Amina Sethi, a "
    "trader in Mombasa, said Kenyan importers were also paying more.\n"
)


def test_a_world_city_places_the_actor_written_beside_it():
    actors = _actors(CITIES)
    assert actors["Imran Qadir"]["country"] == "PK"
    assert actors["Amina Sethi"]["country"] == "KE"


def test_country_of_city_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "country-of-city")
    assert _actors(CITIES)["Amina Sethi"]["country"] != "KE"


def test_a_city_that_is_a_common_word_or_a_given_name_places_nothing():
    from statements.parsing import lexicon

    assert lexicon.city_country("Mombasa") == "KE"
    for name in ("Reading", "Mobile", "Victoria", "Florence", "Jackson"):
        assert lexicon.city_country(name) is None, name


TRADE_IN_APPOSITION = (
    "Grape trucks wait\n\n"
    "Pakistan denied on Wednesday that it had stopped grape trucks at the border.\n\n"
    "Afghan trader Karim Wardak, a Jalalabad-based exporter, said his trucks had waited five "
    "days.\n"
)


def test_a_trade_in_apposition_after_a_person_s_name_is_that_person_s():
    actors = _actors(TRADE_IN_APPOSITION)
    assert actors["Karim Wardak"]["country"] == "AF"
    assert not any("exporter" in name for name in actors), list(actors)


def test_a_trade_after_a_time_adverbial_is_no_name():
    actors = _actors(
        "Grape trucks wait\n\nOn Monday, a Peshawar-based exporter said trucks had waited.\n"
    )
    assert "On Monday" not in actors and "Monday" not in actors, list(actors)
