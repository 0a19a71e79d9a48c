"""`Its editor, X`: a possessive `its` opening a sentence stands for the subject of the
sentence before, an outlet or body the text has or names there, whether or not it spoke
(rules `its-subject-before`, `its-subject-named`); so is a named person's office that names no
body (`office-of-subject-before`). Sentences invented for the test."""

import datetime as dt

from statements.parsing import lexicon, parse_article, to_contract

PUB = dt.date(2026, 5, 4)


def _actors(text: str) -> dict[str, dict]:
    out = to_contract(parse_article(text, published=PUB, strict=True))
    ids = {a["id"]: a["name"] for a in out["actors"]}
    return {a["name"]: {**a, "affiliation": ids.get(a["affiliation"])} for a in out["actors"]}


STOOD_BY = (
    "Pilots dispute dredging report\n\n"
    "The Coastline Gazette reported on Monday that the port of Velmar had halted dredging.\n\n"
    'The port authority of Velmar denied the report on Tuesday, calling it "pure invention".\n\n'
    "The Coastline Gazette did not back down. Its editor-in-chief, Hanna Lindqvist, said the "
    'paper had "three documents" showing the halt.\n'
)

NAMED_ONLY_THERE = (
    "Pilots dispute dredging report\n\n"
    "The Coastline Gazette reported on Monday that the port of Velmar had halted dredging.\n\n"
    'The port authority of Velmar denied the report on Tuesday, calling it "pure invention".\n\n'
    "The Northport Courier was quick to disagree. Its editor, Hanna Lindqvist, said the paper "
    'had seen "three documents" showing the halt.\n'
)


def test_its_editor_belongs_to_the_outlet_that_opens_the_sentence_before():
    assert _actors(STOOD_BY)["Hanna Lindqvist"]["affiliation"] == "Coastline Gazette"


def test_its_editor_belongs_to_an_outlet_named_only_in_the_sentence_before():
    actors = _actors(NAMED_ONLY_THERE)
    assert actors["Hanna Lindqvist"]["affiliation"] == "Northport Courier"
    assert actors["Northport Courier"]["kind"] == "media"


def test_its_subject_rules_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "its-subject-before,its-subject-named")
    assert _actors(NAMED_ONLY_THERE)["Hanna Lindqvist"]["affiliation"] != "Northport Courier"


def test_honorifics_are_one_list_that_the_titles_include():
    honorifics = lexicon.words("honorifics.txt")
    assert {"mr", "dr", "datuk", "hon"} <= honorifics
    assert honorifics <= lexicon.words("titles.txt")


OFFICE_AFTER_BODY = (
    "Berth row\n\n"
    "The Harbour Courier reported on Monday that the Velmar berth had been closed to foreign "
    "ships.\n\n"
    "The Velmar Ports Authority says the berth was never closed. Senior adviser Anton Brasch "
    'said on Tuesday that the report was "pure invention".\n'
)


def test_an_office_with_no_body_is_of_the_body_the_sentence_before_is_about():
    assert _actors(OFFICE_AFTER_BODY)["Anton Brasch"]["affiliation"] == "Velmar Ports Authority"


def test_office_of_subject_before_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "office-of-subject-before")
    assert _actors(OFFICE_AFTER_BODY)["Anton Brasch"]["affiliation"] is None
