"""Actors on invented articles: clauses between a subject and its verb, translated acronyms,
titles `of State`, dashed appositions, honorifics and the page's lists of other headlines."""

import datetime as dt

from statements.parsing.rules import DISABLE_ENV

from .statements import actor_named, contract_with_actors

PUB = dt.date(2026, 5, 12)


def _parse(text):
    return contract_with_actors(text, PUB)


def _names(out):
    return [a["name"] for a in out["actors"]]


CONTACTED = (
    "The Harbour Board on Monday denied a report by the weekly Coast Ledger that it had raised "
    "mooring fees.\n\n"
    "Coast Ledger editor Tomas Wendell, when contacted by this newspaper, said the weekly stood "
    "by its report."
)


def test_clause_between_subject_and_verb_is_no_speaker():
    out, by_id = _parse(CONTACTED)
    wendell = actor_named(out, "Tomas Wendell")
    assert wendell["kind"] == "person"
    assert by_id[wendell["affiliation"]]["name"] == "Coast Ledger"
    assert not any("contacted" in n for n in _names(out))


def test_clause_between_subject_and_verb_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "clause-after-subject")
    out, _ = _parse(CONTACTED)
    assert any("contacted" in n for n in _names(out))


TRANSLATED_ACRONYM = (
    "Velmara's National Roads Directorate said on Tuesday that the new bypass would open in "
    "June.\n\n"
    "The DNR said the works had been paid for in full."
)


def test_acronym_in_the_original_order_is_the_translated_body():
    out, _ = _parse(TRANSLATED_ACRONYM)
    body = actor_named(out, "DNR")
    assert "National Roads Directorate" in body["name"]
    assert len([n for n in _names(out) if n == "DNR"]) == 0 or body["name"] == "DNR"


def test_acronym_in_the_original_order_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "acronym-of-translated-name")
    out, _ = _parse(TRANSLATED_ACRONYM)
    assert "DNR" in _names(out)


OF_STATE = (
    "Velmara's Ministry of Agriculture rejected the claims on Friday.\n\n"
    '"No licence was withdrawn," said Secretary of State at the Ministry of Agriculture '
    "Dorin Pascaru."
)


def test_secretary_of_state_at_a_ministry_then_a_name_is_a_person():
    out, by_id = _parse(OF_STATE)
    pascaru = actor_named(out, "Dorin Pascaru")
    assert pascaru["kind"] == "person"
    assert "Ministry of Agriculture" in by_id[pascaru["affiliation"]]["name"]


def test_secretary_of_state_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "title-of-state-body-name")
    out, _ = _parse(OF_STATE)
    assert not any(
        a["name"] == "Dorin Pascaru" and a["kind"] == "person" and a["affiliation"]
        for a in out["actors"]
    )


DASHED = (
    "Velmara's border agency published a report on Monday.\n\n"
    "In the report, the agency - known by its Velmaran acronym Grenz - said that 40 lorries "
    "had been turned back at the border."
)


def test_body_known_by_an_acronym_between_dashes_speaks():
    out, _ = _parse(DASHED)
    assert not any(n.startswith("known by") for n in _names(out))
    assert actor_named(out, "Velmara's border agency")["kind"] == "organisation"
    assert len(out["actors"]) == 2  # the agency and its state


def test_body_known_by_an_acronym_between_dashes_off(monkeypatch):
    # `dash-parenthesis` (tenth session) drops any description between dashes from a speaker
    # too: both off, the description is read into the name
    monkeypatch.setenv(DISABLE_ENV, "known-by-between-dashes,dash-parenthesis")
    out, _ = _parse(DASHED)
    assert any(n.startswith("known by") for n in _names(out))


def test_honorific_before_a_name_is_neither_name_nor_office():
    text = (
        "Datuk Rahim Salleh Osman, chief executive of Pelangi Telco, said on Monday the towers "
        "would be finished by March.\n\n"
        '"We are on schedule," Rahim Salleh said.'
    )
    out, _ = _parse(text)
    rahim = actor_named(out, "Rahim Salleh Osman")
    assert "Rahim Salleh" in rahim["aliases"]
    assert (rahim["role"] or "") != "datuk"


def test_list_of_latest_headlines_is_page_furniture():
    text = (
        "The port authority said on Monday that the quay would reopen in May.\n\n"
        "LATEST NEWS\n"
        "15:10  Government denies rumours of a fuel price rise\n"
        "14:55  Council confirms the market will move\n"
    )
    out, _ = _parse(text)
    assert not any("LATEST" in n or n == "Government" for n in _names(out))


TOLD_WIRE = (
    "Brandt Shipping denied on Monday that its tankers had loaded fuel at Port Amsel.\n\n"
    '"We manage the ships, we do not choose the cargo," chief executive Lena Brandt told '
    "Northgate Wire by telephone."
)


def test_outlet_a_speaker_told_is_an_actor():
    out, _ = _parse(TOLD_WIRE)
    assert actor_named(out, "Northgate Wire")["kind"] == "media"


def test_outlet_a_speaker_told_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "relay-outlet-actor")
    out, _ = _parse(TOLD_WIRE)
    assert not any("Northgate" in n for n in _names(out))


BRIEFING = (
    "Regular press briefing by the Foreign Ministry spokesperson, 3 March\n\n"
    "SPOKESPERSON: Good afternoon. I have one announcement.\n\n"
    "QUESTION (Mira, Harbour Morning): The Coast Ledger reported that the ferry will stop. "
    "Can you confirm?\n\n"
    "SPOKESPERSON: That report is wrong. The ferry will keep running.\n\n"
    "QUESTION (Velmar Ledger, Astoria): Will the fares go up?\n\n"
    "SPOKESPERSON: No decision has been taken."
)


def test_outlets_in_question_labels_are_actors():
    out, _ = _parse(BRIEFING)
    assert actor_named(out, "Harbour Morning")["kind"] == "media"
    assert actor_named(out, "Velmar Ledger")["kind"] == "media"
    assert not any(n == "Mira" for n in _names(out))


def test_outlets_in_question_labels_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "question-label-outlet")
    out, _ = _parse(BRIEFING)
    assert not any("Harbour Morning" in n for n in _names(out))


def test_hon_heading_a_written_answer_is_no_office():
    text = (
        "The Tasman Herald reported that the port fees would double.\n\n"
        '"I have not received any such request," Hon Peter Vance told the House on Tuesday.\n\n'
        '"The report is incorrect," Vance said.'
    )
    out, _ = _parse(text)
    vance = actor_named(out, "Peter Vance")
    assert (vance["role"] or "") != "hon"


MEMBER = (
    "The Velmar Harbour Authority denied on Monday that the quay had been closed.\n\n"
    '"The trucks are waiting and nobody tells us why," one official of the Velmar Harbour '
    "Authority said on condition of anonymity."
)


def test_official_of_a_named_body_is_a_person_of_that_body():
    out, by_id = _parse(MEMBER)
    people = [a for a in out["actors"] if a["kind"] == "person"]
    assert len(people) == 1
    assert by_id[people[0]["affiliation"]]["name"] == "Velmar Harbour Authority"


def test_official_of_a_named_body_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "member-of-named-body")
    out, _ = _parse(MEMBER)
    assert not any(a["kind"] == "person" for a in out["actors"])


def test_acronym_after_officials_of_a_body_is_the_body_s():
    text = (
        "The daily Harbour Times reported, citing two officials of the Port Works Directorate "
        "(PWD), that the new berth had been cancelled.\n\n"
        'The PWD said it had "no information" on any cancellation.'
    )
    out, by_id = _parse(text)
    body = actor_named(out, "PWD")
    assert body["kind"] == "organisation"
    people = [a for a in out["actors"] if a["kind"] == "person"]
    assert people and by_id[people[0]["affiliation"]]["id"] == body["id"]


def test_our_newspaper_in_a_question_is_the_asker_s_outlet():
    text = BRIEFING.replace(
        "QUESTION (Velmar Ledger, Astoria): Will the fares go up?",
        "QUESTION (Tomas, Velmar Ledger): Our newspaper has learned from officials at the port "
        "that the fares will double. Is that true?",
    )
    out, _ = _parse(text)
    ledger = actor_named(out, "Velmar Ledger")
    assert "Our newspaper" in ledger["aliases"]
