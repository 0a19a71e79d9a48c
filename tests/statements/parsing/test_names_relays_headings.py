"""Actors from the constructions the p-names5 session found missing or doubled on text nobody had
read: the outlet a speaker talked to (`told Reuters the ...`, `a statement e-mailed to X`,
`told the Harbour Mail`), a live blog's heading line (also over a bulleted list), a person known
by trade and place (`a broker in Port Avel`), a surname spelt with two letters swapped, one office
written in two orders, a minister in the ministry the text names, `Ministry spokeswoman X`
opening a sentence, and a non-answer told to an outlet. Every rule is shown on and off."""

import datetime as dt

import pytest

from statements.parsing import parse_article, to_contract

PUB = dt.date(2026, 6, 3)


def _out(text: str) -> dict:
    return to_contract(parse_article(text, published=PUB, strict=True))


def _actors(text: str) -> dict[str, dict]:
    return {a["name"]: a for a in _out(text)["actors"]}


TOLD_NO_THAT = (
    "Ferry row\n\nA port spokesman, Tarek Volmer, told Reuters the ferries had stopped on Monday.\n"
)


def test_an_outlet_told_with_no_that_ends_where_the_reported_clause_begins():
    actors = _actors(TOLD_NO_THAT)
    assert actors["Reuters"]["kind"] == "media"


def test_relay_clause_end_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "relay-clause-end")
    assert "Reuters" not in _actors(TOLD_NO_THAT)


EMAILED_TO = (
    "Quota row\n\n"
    "The fisheries board said in a statement e-mailed to Coral Sea Wire that the quota was "
    "unchanged.\n"
)


def test_the_outlet_a_statement_was_emailed_to_is_an_actor():
    actors = _actors(EMAILED_TO)
    assert actors["Coral Sea Wire"]["kind"] == "media"


def test_relay_to_outlet_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "relay-to-outlet")
    assert "Coral Sea Wire" not in _actors(EMAILED_TO)


TOLD_THE_NAME = (
    "Toll row\n\n"
    "A harbour spokeswoman, Mara Quill, told the Brenn Mail on Thursday that the toll was "
    "the same for every truck.\n"
)


def test_a_name_after_an_article_in_told_position_is_an_outlet_not_a_person():
    actors = _actors(TOLD_THE_NAME)
    assert actors["Brenn Mail"]["kind"] == "media"


def test_relay_named_outlet_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "relay-named-outlet")
    assert "Brenn Mail" not in _actors(TOLD_THE_NAME)


LIVE_BLOG = (
    "Live: boats held on the lake\n\n"
    "10:55\n"
    "What the union says\n"
    "The Port Avel Boatmen's Union said the boats were seized inside its waters.\n"
)


def test_a_heading_line_is_no_subject_of_the_sentence_under_it():
    out = _out(LIVE_BLOG)
    names = {a["name"] for a in out["actors"]}
    assert "union" not in names
    assert any("Boatmen's Union" in n for n in names), names
    assert all(not s["text"].startswith("the union says") for s in out["statements"])


def test_heading_line_apart_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "heading-line-apart")
    out = _out(LIVE_BLOG)
    assert any("says The Port Avel" in s["text"] for s in out["statements"])


BULLETS = (
    "Live: boats held on the lake\n\n"
    "Key points\n"
    "- Norvia says three boats were seized\n"
    "- The Estrian navy denies crossing the border\n"
)


def test_a_heading_over_a_bulleted_list_is_no_part_of_its_first_item():
    out = _out(BULLETS)
    assert not any("Key points" in a["name"] for a in out["actors"])
    assert not any("Key points" in s["text"] for s in out["statements"])


def test_heading_over_bullets_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "heading-line-apart")
    out = _out(BULLETS)
    assert any("Key points" in s["text"] for s in out["statements"])


BROKER = (
    "Clove prices slide\n\n"
    '"Buyers are waiting," said a broker in Mombasa, who asked not to be named.\n\n'
    "A Lagos haulage owner, Femi Adeyemo, said his trucks were held.\n"
)


def test_a_person_known_by_trade_and_place_is_one_person_not_a_body():
    actors = _actors(BROKER)
    broker = actors["broker in Mombasa"]
    assert broker["kind"] == "person" and broker["country"] == "KE"
    assert not any(a["kind"] == "organisation" for a in actors.values()), list(actors)


def test_person_by_trade_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "person-by-trade")
    actors = _actors(BROKER)
    assert any(a["kind"] == "organisation" for a in actors.values())


SWAPPED = (
    "Hauliers in court\n\n"
    "A haulage owner, Emeka Brandovic, said on Tuesday that his trucks were held.\n\n"
    "Mr Brandvoic declined to comment after the hearing.\n"
)


def test_a_surname_with_two_letters_swapped_is_the_same_person():
    people = [a for a in _out(SWAPPED)["actors"] if a["kind"] == "person"]
    assert len(people) == 1 and any("Brandvoic" in x for x in people[0]["aliases"])


def test_surname_spellings_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "surname-spellings")
    people = [a for a in _out(SWAPPED)["actors"] if a["kind"] == "person"]
    assert len(people) == 2


OFFICE_TWO_ORDERS = (
    "Minister rejects claim\n\n"
    "SUVA - Fiji's fisheries minister on Monday rejected an opposition claim that Tongan boats "
    "fished in the zone.\n\n"
    "Speaking in Parliament, Minister for Fisheries and Forests Joeli Vakarau said the licences "
    '"exclude every reef".\n\n'
    "Tonga's Ministry of Fisheries said its vessels respect all regulations.\n"
)


def test_one_office_written_in_two_orders_is_one_person_of_its_state():
    actors = _actors(OFFICE_TWO_ORDERS)
    people = [a for a in actors.values() if a["kind"] == "person"]
    assert [p["name"] for p in people] == ["Joeli Vakarau"]
    assert "Fiji's fisheries minister" in people[0]["aliases"]
    assert people[0]["country"] == "FJ"


def test_office_by_field_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "office-by-field")
    people = [a for a in _out(OFFICE_TWO_ORDERS)["actors"] if a["kind"] == "person"]
    assert len(people) == 2


MINISTER_AND_MINISTRY = (
    "Timber levy row\n\n"
    "Latvia's Ministry of Transport said on Monday that the levy was legal. Transport Minister "
    "Aivo Berzins told reporters the ministry would publish its figures.\n"
)


def test_a_minister_belongs_to_the_ministry_of_his_field_the_text_names():
    actors = _actors(MINISTER_AND_MINISTRY)
    minister = actors["Aivo Berzins"]
    by_id = {a["id"]: a for a in actors.values()}
    assert by_id[minister["affiliation"]]["kind"] == "organisation"


def test_minister_heads_ministry_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "minister-heads-ministry")
    actors = _actors(MINISTER_AND_MINISTRY)
    by_id = {a["id"]: a for a in actors.values()}
    assert by_id[actors["Aivo Berzins"]["affiliation"]]["kind"] == "government"


CAPITAL_MINISTRY = (
    "Boats seized\n\n"
    "Malawi's foreign ministry said it had summoned the envoy. Ministry spokeswoman Thandi "
    "Chirwa said the boats must be returned.\n"
)


@pytest.mark.parametrize("rule_on", [True, False])
def test_ministry_opening_a_sentence_is_the_ministry_met_before(monkeypatch, rule_on):
    if not rule_on:
        monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "capital-generic-body")
    actors = _actors(CAPITAL_MINISTRY)
    assert ("Ministry" in actors) is not rule_on
    if rule_on:
        by_id = {a["id"]: a for a in actors.values()}
        body = by_id[actors["Thandi Chirwa"]["affiliation"]]
        assert "foreign ministry" in body["name"].lower()


NON_ANSWER_TO_OUTLET = (
    "Grid row\n\n"
    "BOGOTA, May 4 (Andes Post) - Colombia had cut power to Ecuador, the Andes Post reported on "
    "Monday, citing officials at the grid operator.\n\n"
    "The officials said in an e-mail to Andes Post that they would not comment on commercial "
    "relations.\n"
)


@pytest.mark.parametrize("rule_on", [True, False])
def test_a_non_answer_told_to_an_outlet_is_no_source_s_claim(monkeypatch, rule_on):
    if not rule_on:
        # the learned stance pass (stance-model) reads this one right on its own
        monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "no-claim-in-non-answer,stance-model")
    out = _out(NON_ANSWER_TO_OUTLET)
    last = [s for s in out["statements"] if "not comment" in s["text"]]
    assert last and (last[0]["stance"] == "comment") is rule_on, last


def test_outlet_of_placed_source_can_be_switched_off_without_error(monkeypatch):
    # The rule places an outlet known only by a guess (the dateline's state) where the person
    # who spoke to it is placed; here the tie already places it, on and off alike.
    text = (
        "Kenya denies rail deal\n\n"
        "NAIROBI, June 9 (Rift Wire) - Kenya rejected a report on Monday.\n\n"
        "Ethiopian State Minister of Transport Hirut Alemu told Sheger Radio on Sunday that a "
        "draft had been initialled.\n"
    )
    assert _actors(text)["Sheger Radio"]["country"] == "ET"
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "outlet-of-placed-source")
    assert _actors(text)["Sheger Radio"]["country"] == "ET"
