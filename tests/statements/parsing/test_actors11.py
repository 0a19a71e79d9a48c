"""Actors named by the record they issued: `according to county figures`, `according to the
Orvane Grain Board's own data` (rule `record-issuer`), and a body named by its head noun alone
taken as the one named body that ends in it (rule `bare-head-is-named-body`). Invented
sentences."""

import datetime as dt

import pytest

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

PUB = dt.date(2026, 5, 4)

POSSESSOR = (
    "Barley row\n\n"
    "The Orvane Grain Board on Monday denied that it had held back barley from the mills.\n\n"
    "Stocks rose by a tenth in April, according to the Orvane Grain Board's own data.\n"
)

NAMED_BODY = (
    "Harbour fees\n\n"
    "Lindmark County on Tuesday rejected claims that it had doubled mooring fees.\n\n"
    "Visits by foreign yachts fell by a fifth last summer, according to county figures.\n"
)

CAPITALISED = (
    "Milk prices\n\n"
    "Dairy farmers on Monday said that prices had been cut without notice.\n\n"
    "Farm-gate prices fell 4 percent in March, according to Westland Statistics Office data.\n"
)

BARE_RECORD = (
    "Milk prices\n\n"
    "Dairy farmers on Monday said that prices had been cut without notice.\n\n"
    "Farm-gate prices fell 4 percent in March, according to preliminary figures.\n"
)


def _out(text: str) -> dict:
    return to_contract(parse_article(text, published=PUB, strict=True))


def _names(out: dict) -> list[str]:
    return [a["name"] for a in out["actors"]]


def _speaker_of(out: dict, words: str) -> str | None:
    by_id = {a["id"]: a["name"] for a in out["actors"]}
    for s in out["statements"]:
        if words in s["text"]:
            return by_id.get(s["speaker"])
    return None


def test_possessor_of_record_speaks() -> None:
    out = _out(POSSESSOR)
    assert _speaker_of(out, "Stocks rose") == "Orvane Grain Board"
    assert not any("data" in n for n in _names(out))


def test_record_noun_issuer_is_the_named_body() -> None:
    out = _out(NAMED_BODY)
    assert _speaker_of(out, "Visits by foreign yachts") == "Lindmark County"
    assert not any(n.lower() in ("county", "county figures") for n in _names(out))


def test_capitalised_issuer_before_record() -> None:
    out = _out(CAPITALISED)
    assert _speaker_of(out, "Farm-gate prices") == "Westland Statistics Office"


def test_describing_words_are_no_issuer() -> None:
    # near miss: `preliminary figures` names no issuer; no actor called `preliminary`
    out = _out(BARE_RECORD)
    assert "preliminary" not in [n.lower() for n in _names(out)]


def test_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "record-issuer,bare-head-is-named-body")
    out = _out(NAMED_BODY)
    assert _speaker_of(out, "Visits by foreign yachts") != "Lindmark County"


# rule `relative-participle-lead`
PARTICIPLE = (
    "Ferry row\n\n"
    "The Calvera Line said on Monday that no sailing had been cancelled, contradicting "
    "Marenza's transport minister, who told reporters that three had been.\n"
)

NOUN_MODIFIER = (
    "Border queues\n\n"
    "Lorries waited two days at the Pellin crossing last week, angering trucking firms, which "
    "said the delays cost them dearly.\n"
)


def test_participle_is_not_part_of_the_antecedent() -> None:
    out = _out(PARTICIPLE)
    names = _names(out)
    assert not any(n.startswith("contradicting") for n in names), names
    assert _speaker_of(out, "told reporters") is not None


def test_ing_noun_modifier_kept() -> None:
    # near miss: `trucking` modifies `firms`; the rule leaves it in the name
    names = _names(_out(NOUN_MODIFIER))
    assert not any(n.lower() == "firms" for n in names), names
