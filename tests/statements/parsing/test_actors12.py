"""Actors and their affiliations in recurring constructions of news copy (session 12, branch
p-actors12): a relative clause placing a named person at a body named by its head noun (rule
`employer-definite-body`), `an official at the ministry` read as the body met before the
official (rule `definite-body-met-before`), and a body's name cut short folded into the body
(rule `shortened-body-name`), a state's title written before a name elsewhere in the text (rule
`state-title-apposition`) and `its` title of the state opening the sentence (rule
`its-state-subject`), and `said X, a spokesman for the ministry` (rule
`role-after-definite-body`). Invented sentences and people; real states."""

import datetime as dt

import pytest

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

PUB = dt.date(2026, 11, 30)

RELATIVE_AT_BODY = (
    "Fruit exports stalled\n\n"
    "Peru's foreign ministry on Monday rejected reports that inspectors had held back grapes.\n\n"
    "The Chilean agriculture ministry said on Sunday that the grapes had been left to rot.\n\n"
    '"This is a blockade," said Deputy Minister Tomas Arriaza, who oversees exports at the '
    "ministry.\n"
)

RELATIVE_IN_CITY = (
    "Fruit exports stalled\n\n"
    "The Chilean agriculture ministry said on Sunday that the grapes had been left to rot.\n\n"
    '"This is a blockade," said Tomas Arriaza, who grows grapes in the valley.\n'
)

OFFICIAL_AT_MINISTRY = (
    "Traders turned back\n\n"
    "The Kenyan interior ministry has denied that police turned back fish traders.\n\n"
    "Uganda's Ministry of Trade said on Thursday that 40 traders had been sent home.\n\n"
    '"No trader with papers was turned away," a senior official at the interior ministry '
    "said.\n"
)

SHORT_NAME = (
    "Beef transit\n\n"
    "Botswana on Monday denied that it had blocked beef lorries at the border.\n\n"
    "The denial follows a complaint by the Meat Board of Namibia that 17 lorries were stopped.\n\n"
    '"We lost a week," said Selma Nghifikwa, who chairs the Meat Board of Namibia.\n\n'
    "The Meat Board said the lorries were now being sent through another crossing.\n"
)

TWO_LONG_NAMES = (
    "Customs row\n\n"
    "The Nigeria Customs Service said on Monday that the trucks had no papers.\n\n"
    "The Ghana Customs Service said the papers had been sent.\n\n"
    "The Customs Service said later that it would check again.\n"
)

TITLE_ELSEWHERE = (
    "Toll fines\n\n"
    "The row began on Saturday with a post by the Czech transport minister, Radek Novotny.\n\n"
    "Radek Novotny wrote that 9,000 drivers had been fined by mistake.\n"
)

TITLE_WITHOUT_STATE = (
    "Toll fines\n\n"
    "The row began on Saturday with a post by the popular singer, Radek Novotny.\n\n"
    "Radek Novotny wrote that 9,000 drivers had been fined by mistake.\n"
)

ITS_STATE = (
    "Secret talks\n\n"
    "Ministers from Serbia and Hungary met in Vienna, according to a report by the Danube Post.\n\n"
    "Serbia's government confirmed on Friday that its foreign minister, Milena Ristic, had "
    "travelled to Vienna, but said the visit was private.\n\n"
    'Asked about the report, Ristic told the Post she "would not discuss private travel."\n'
)

ITS_BODY = (
    "Secret talks\n\n"
    "Ministers from Serbia and Hungary met in Vienna, according to a report by the Danube Post.\n\n"
    "The Danube Post said on Friday that its editor, Milena Ristic, had travelled to Vienna.\n\n"
    'Asked about the report, Ristic said she "would not discuss private travel."\n'
)

SPOKESMAN_FOR_THE_BODY = (
    "Grain samples\n\n"
    "The Polish Ministry of Agriculture announced on Tuesday that the grain was contaminated.\n\n"
    '"The results leave no room for doubt," said Piotr Wronski, a spokesman for the ministry.\n'
)

RESIDENT_OF_THE_TOWN = (
    "Grain samples\n\n"
    "The Polish Ministry of Agriculture announced on Tuesday that the grain was contaminated.\n\n"
    '"The results leave no room for doubt," said Piotr Wronski, a resident of the town.\n'
)


def _out(text: str) -> dict:
    return to_contract(parse_article(text, published=PUB, strict=True))


def _affiliation_of(out: dict, name: str) -> str | None:
    by_id = {a["id"]: a["name"] for a in out["actors"]}
    for a in out["actors"]:
        if a["name"] == name or name in a["aliases"]:
            return by_id.get(a["affiliation"]) if a["affiliation"] else None
    raise AssertionError(f"no actor {name!r}")


def _names(out: dict) -> list[str]:
    return [a["name"] for a in out["actors"]]


def test_relative_clause_places_the_person_at_the_body_met_before() -> None:
    aff = _affiliation_of(_out(RELATIVE_AT_BODY), "Tomas Arriaza")
    assert aff is not None and "Chilean" in aff


def test_relative_clause_naming_a_place_gives_no_body() -> None:
    # near miss: `in the valley` is no body
    out = _out(RELATIVE_IN_CITY)
    assert not any("valley" in n.lower() for n in _names(out))


def test_official_at_the_ministry_is_the_ministry_met_before_him() -> None:
    aff = _affiliation_of(_out(OFFICIAL_AT_MINISTRY), "senior official at the interior ministry")
    assert aff is not None and "Kenyan" in aff


def test_shortened_body_name_is_the_body() -> None:
    names = _names(_out(SHORT_NAME))
    assert "Meat Board of Namibia" in names
    assert "Meat Board" not in names


def test_a_short_name_two_bodies_cut_to_stays_apart() -> None:
    # near miss: both `Nigeria Customs Service` and `Ghana Customs Service` cut to it
    names = _names(_out(TWO_LONG_NAMES))
    assert "Nigeria Customs Service" in names and "Ghana Customs Service" in names


def test_state_title_before_the_name_elsewhere() -> None:
    out = _out(TITLE_ELSEWHERE)
    aff = _affiliation_of(out, "Radek Novotny")
    assert aff is not None and ("Czech" in aff or aff == "Czechia")


def test_a_title_without_a_state_gives_no_affiliation() -> None:
    # near miss: `the popular singer` names no state
    assert _affiliation_of(_out(TITLE_WITHOUT_STATE), "Radek Novotny") is None


def test_its_title_of_the_state_opening_the_sentence() -> None:
    assert _affiliation_of(_out(ITS_STATE), "Milena Ristic") == "Serbia"


def test_its_title_of_a_body_opening_the_sentence_is_no_state() -> None:
    # near miss: the sentence opens with an outlet, not a state
    assert _affiliation_of(_out(ITS_BODY), "Milena Ristic") != "Serbia"


def test_title_for_the_body_in_apposition() -> None:
    assert _affiliation_of(_out(SPOKESMAN_FOR_THE_BODY), "Piotr Wronski") == (
        "Polish Ministry of Agriculture"
    )


def test_no_title_no_body_in_apposition() -> None:
    # near miss: `a resident of the town` holds no title and names no body
    assert _affiliation_of(_out(RESIDENT_OF_THE_TOWN), "Piotr Wronski") != (
        "Polish Ministry of Agriculture"
    )


def test_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        DISABLE_ENV,
        "employer-definite-body,definite-body-met-before,shortened-body-name,"
        "state-title-apposition,its-state-subject,role-after-definite-body",
    )
    assert _affiliation_of(_out(RELATIVE_AT_BODY), "Tomas Arriaza") is None or "Chilean" not in (
        _affiliation_of(_out(RELATIVE_AT_BODY), "Tomas Arriaza") or ""
    )
    aff = _affiliation_of(_out(OFFICIAL_AT_MINISTRY), "senior official at the interior ministry")
    assert aff is None or "Kenyan" not in aff
    assert "Meat Board" in _names(_out(SHORT_NAME))
    assert _affiliation_of(_out(TITLE_ELSEWHERE), "Radek Novotny") is None
    assert _affiliation_of(_out(ITS_STATE), "Milena Ristic") != "Serbia"
    assert _affiliation_of(_out(SPOKESMAN_FOR_THE_BODY), "Piotr Wronski") is None
