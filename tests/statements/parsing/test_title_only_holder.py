"""`The spokesperson` met before any holder is named, in an article with two spokespeople, is
the one the text names next after it, not an actor of its own (rule `title-only-holder`).
Sentences invented for the test."""

import datetime as dt

from statements.parsing import parse_article, to_contract

PUB = dt.date(2026, 5, 4)

TWO_SPOKESPEOPLE = (
    "Ministry rejects visa report\n\n"
    "The spokesperson also declined to comment on a second report about a survey ship.\n\n"
    "NEW DELHI - The Ministry of External Affairs on Thursday rejected a report that pilgrims' "
    "visas had been refused.\n\n"
    '"All applications were processed," ministry spokesperson Arvind Kaul told reporters at '
    "the weekly briefing.\n\n"
    "Pakistan's Foreign Office spokesperson Sana Mir said on Wednesday that 200 pilgrims had "
    "been turned away.\n"
)


def _people(text: str) -> dict[str, list[str]]:
    out = to_contract(parse_article(text, published=PUB, strict=True))
    return {a["name"]: a["aliases"] for a in out["actors"] if a["kind"] == "person"}


def test_a_bare_title_is_the_holder_named_next_after_it():
    people = _people(TWO_SPOKESPEOPLE)
    assert set(people) == {"Arvind Kaul", "Sana Mir"}, people
    assert "spokesperson" in people["Arvind Kaul"]


def test_title_only_holder_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "title-only-holder")
    assert "spokesperson" in _people(TWO_SPOKESPEOPLE)
