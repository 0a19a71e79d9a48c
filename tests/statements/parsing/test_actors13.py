"""Actors and their affiliations in recurring constructions of news copy (session 13, branch
p-actors13): long offices written before a name with a rank or a word of address between them
(`Director-General of the X Department Major General Y`, `First Secretary (Trade) of the Embassy
of X in Y, Ms. Z`), a titled name followed by its body (`Regional director X of the Authority`),
a title in apposition before the name (`The Authority's Director-General, Dr. X, was quoted`), a
body's press office and an outlet's `original report` speaking for the body and the outlet, an
aside participle (`talking to X`) that is no speaker, and a surname before `said officials` that
is no state. Invented sentences and people; real states."""

import datetime as dt

import pytest

from statements.parsing.rules import DISABLE_ENV

from .statements import actor_names as _names
from .statements import affiliation_name as _affiliation_of
from .statements import first_actor_named as _actor
from .statements import strict_contract

PUB = dt.date(2026, 11, 30)

RANK_AFTER_OFFICE = (
    "Cocoa trucks held\n\n"
    "Director-General of the Ghana Revenue Authority Major General Kofi Asante said on Monday "
    "that the trucks had been held for missing papers.\n"
)

BRACKETED_OFFICE = (
    "Rice at the border\n\n"
    "Kenya's agriculture ministry said on Monday that rice had entered without duty.\n\n"
    "But First Secretary (Trade) of the Embassy of Uganda in Nairobi, Ms. Grace Namutebi, said "
    "all the rice had been declared.\n"
)

TITLED_NAME_OF_BODY = (
    "Salmon counts\n\n"
    "The Norwegian Food Safety Authority said on Monday that the farm had exceeded the limit.\n\n"
    "Regional director Jonas Lunde of the Authority said the counts were reported late.\n"
)

TITLED_NAME_OF_COMPANY = (
    "Salmon counts\n\n"
    "The Norwegian Food Safety Authority said on Monday that the farm had exceeded the limit.\n\n"
    "Group CEO Erik Sand of Nordhav Seafood AS said the group supports the appeal.\n"
)

TITLED_NAME_OF_PLACE = (
    "Salmon counts\n\n"
    "The Norwegian Food Safety Authority said on Monday that the farm had exceeded the limit.\n\n"
    "Mayor Jonas Lunde of Bergen said the counts were reported late.\n"
)

TITLE_THEN_NAME = (
    "Poultry imports\n\n"
    "Kuwait's Public Authority for Food and Nutrition on Monday denied reports that it had "
    "suspended poultry imports.\n\n"
    "The Authority's Director-General, Dr. Khalid Al-Enezi, was quoted by the agency as saying "
    "that the consignments continued to enter.\n"
)

PRESS_OFFICE = (
    "Fish farms\n\n"
    "The press office of the Bokeo provincial administration said in a notice that the farms "
    "had operated for six years without a complaint.\n"
)

ORIGINAL_REPORT = (
    "Rice boats\n\n"
    "The Lake Courier's original report, published on Monday, said the rice came in by boat.\n"
)

TALKING_TO = (
    "Ginger trucks\n\n"
    "First Secretary Rafiq Hasan, talking to the Dhaka Ledger on Saturday, said that no "
    "consignment had been stopped.\n"
)

SURNAME_SAID_OFFICIALS = (
    "Truck checks\n\n"
    "* Armenian Deputy Minister of Economy Narek Sargsyan told reporters on Thursday the checks "
    'were "a barrier".\n\n'
    "* Sargsyan said officials of the two countries would meet on Monday.\n"
)


def _out(text: str) -> dict:
    return strict_contract(text, PUB)


def test_rank_between_office_and_name() -> None:
    out = _out(RANK_AFTER_OFFICE)
    assert _affiliation_of(out, "Kofi Asante") == "Ghana Revenue Authority"
    assert _actor(out, "Kofi Asante")["role"] == "director-general"


def test_bracketed_office_with_honorific_after_comma() -> None:
    out = _out(BRACKETED_OFFICE)
    assert _affiliation_of(out, "Grace Namutebi") == "Embassy of Uganda in Nairobi"
    assert _actor(out, "Grace Namutebi")["country"] == "UG"


def test_titled_name_then_its_body() -> None:
    aff = _affiliation_of(_out(TITLED_NAME_OF_BODY), "Jonas Lunde")
    assert aff == "Norwegian Food Safety Authority"


def test_titled_name_then_its_company() -> None:
    assert _affiliation_of(_out(TITLED_NAME_OF_COMPANY), "Erik Sand") == "Nordhav Seafood AS"


def test_titled_name_then_a_place_is_no_body() -> None:
    # near miss: `of Bergen` names a city, not the body he works for
    out = _out(TITLED_NAME_OF_PLACE)
    assert not any(
        a["affiliation"] and "Lunde" in a["name"] and a["kind"] == "person" for a in out["actors"]
    )


def test_name_in_apposition_after_the_title_speaks() -> None:
    out = _out(TITLE_THEN_NAME)
    assert "Khalid Al-Enezi" in _names(out)
    assert not any("Director-General" in n for n in _names(out))


def test_press_office_speaks_for_its_body() -> None:
    names = _names(_out(PRESS_OFFICE))
    assert "Bokeo provincial administration" in names
    assert not any("press office" in n for n in names)


def test_original_report_is_its_outlet() -> None:
    names = _names(_out(ORIGINAL_REPORT))
    assert "Lake Courier" in names
    assert not any("report" in n for n in names)


def test_talking_to_is_an_aside() -> None:
    out = _out(TALKING_TO)
    assert not any(
        x.startswith("talking") for a in out["actors"] for x in [a["name"], *a["aliases"]]
    )
    assert "Rafiq Hasan" in _names(out)


def test_surname_before_said_officials_is_no_state() -> None:
    out = _out(SURNAME_SAID_OFFICIALS)
    assert _actor(out, "Narek Sargsyan")["kind"] == "person"
    assert not any(a["kind"] == "government" and a["name"] == "Sargsyan" for a in out["actors"])


@pytest.mark.parametrize(
    ("rules", "text", "check"),
    [
        (
            "rank-after-office",
            RANK_AFTER_OFFICE,
            lambda out: _affiliation_of(out, "Kofi Asante") != "Ghana Revenue Authority",
        ),
        (
            "long-office-apposition",
            BRACKETED_OFFICE,
            lambda out: _affiliation_of(out, "Grace Namutebi") != "Embassy of Uganda in Nairobi",
        ),
        (
            "titled-name-of-body",
            TITLED_NAME_OF_COMPANY,
            lambda out: "Erik Sand" not in _names(out),
        ),
        (
            "name-after-title-apposition",
            TITLE_THEN_NAME,
            lambda out: any("Director-General" in n for n in _names(out)),
        ),
        (
            "press-office-speaks-for-body",
            PRESS_OFFICE,
            lambda out: any("press office" in n for n in _names(out)),
        ),
        (
            "owner-of-report-epithet",
            ORIGINAL_REPORT,
            lambda out: any("report" in n for n in _names(out)),
        ),
        (
            "aside-participle",
            TALKING_TO,
            lambda out: any(
                x.startswith("talking") for a in out["actors"] for x in [a["name"], *a["aliases"]]
            ),
        ),
        (
            "speech-verb-forms-after-name",
            SURNAME_SAID_OFFICIALS,
            lambda out: any(
                a["kind"] == "government" for a in out["actors"] if "Sargsyan" in a["name"]
            ),
        ),
    ],
)
def test_switched_off_the_old_reading_comes_back(
    monkeypatch: pytest.MonkeyPatch, rules: str, text: str, check
) -> None:
    monkeypatch.setenv(DISABLE_ENV, rules)
    assert check(_out(text))


BRACKET_IN_ONE_PIECE = (
    "Ginger trucks\n\n"
    "Nepal's agriculture ministry said on Monday that the trucks had been held for a week.\n\n"
    "Second Secretary (Commerce) of the Embassy of Bangladesh in Kathmandu Mr. Tanvir Ahmed said "
    "the trucks were inspected as usual.\n"
)


def test_an_offices_field_in_brackets_stays_in_its_role(monkeypatch: pytest.MonkeyPatch) -> None:
    # `office-qualifier-in-brackets`: the office and its bracketed field read in one piece
    role = _actor(_out(BRACKET_IN_ONE_PIECE), "Tanvir Ahmed")["role"]
    assert role == "second secretary (commerce)"
    monkeypatch.setenv(DISABLE_ENV, "office-qualifier-in-brackets")
    assert _actor(_out(BRACKET_IN_ONE_PIECE), "Tanvir Ahmed")["role"] is None


def test_an_honorific_after_the_offices_comma_is_no_part_of_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from statements.parsing.describe import _office_prefix

    office = "First Secretary (Trade) of the Embassy of Uganda in Nairobi"
    assert _office_prefix(f"{office}, Ms.") == office
    monkeypatch.setenv(DISABLE_ENV, "honorific-after-comma")
    assert _office_prefix(f"{office}, Ms.") == f"{office}, Ms."
