"""Actors named several ways in news copy (session 15, branch p-actors15): one ministry written
after its state (`Italy's Ministry of Economy and Finance`) and by its own name alone (`the
Ministry of Economy and Finance`), one ministry written after its state's capital and after its
state (`GABORONE'S Ministry of Agriculture`, `Botswana's Ministry of Agriculture`), and a person
whom the text titles with another office than the unnamed holder who spoke before her (`A ministry
spokeswoman, who was not named, said ...` then `Argentine Transport Secretary Luciana Ferraro`).
Invented sentences and people; real states."""

import datetime as dt

import pytest

from statements.parsing.rules import DISABLE_ENV

from .statements import actor_names as _names
from .statements import first_actor_named as _actor
from .statements import strict_contract

PUB = dt.date(2026, 11, 30)

STATE_MINISTRY_THEN_OWN_NAME = (
    "Cross-border workers\n\nOn Saturday, the Milan daily Corriere Lombardo reported, c"
    "iting two officials at Italy's Ministry of Economy and Finance, that Switzerland"
    " had asked to reopen the 2021 agreement on border workers.\n\nRome has been more c"
    'areful. In a note on Tuesday, the Ministry of Economy and Finance said that "tec'
    'hnical contacts are ongoing".\n'
)

TWO_STATES_MINISTRIES = (
    "Yaounde denies plantain ban\n\nThe Ministry of Commerce has denied formally, this "
    "Tuesday, the informations relayed by a newspaper of Libreville according to whic"
    "h Cameroon would have suspended the exports of plantain.\n\nFor its part, the Mini"
    "stry of Commerce of Gabon has informed that it has taken note of the communique "
    "of Yaounde.\n"
)

CAPITAL_AND_STATE_MINISTRY = (
    "GABORONE'S Ministry of Agriculture blames lapsed deal for beef trucks\n\nGABORONE'"
    "S Ministry of Agriculture said on Monday that a veterinary agreement with Namibi"
    "a had lapsed.\n\nBotswana's Ministry of Agriculture said the draft had been sent i"
    "n February.\n"
)

TITLED_OTHERWISE = (
    "Dredging row\n\nArgentina's Ministry of Transport said the dredging had been \"paus"
    'ed for scheduled maintenance of the vessel" and would resume in December. A mini'
    "stry spokeswoman, who was not named, said the channel's depth \"remains within th"
    'e agreed limits".\n\nArgentine Transport Secretary Luciana Ferraro went further. "'
    'There is no suspension of anything," Ferraro told Radio Pampa on Sunday evening.'
    ' The secretary accused Montevideo of "looking for a problem where there is none"'
    ".\n"
)

TITLED_THE_SAME = (
    "Dredging row\n\nArgentina's Ministry of Transport said the dredging had been \"paus"
    'ed for scheduled maintenance of the vessel" and would resume in December. A mini'
    'stry spokeswoman said the channel\'s depth "remains within the agreed limits".\n\nM'
    'inistry spokeswoman Luciana Ferraro went further. "There is no suspension of any'
    'thing," Ferraro told Radio Pampa on Sunday evening.\n'
)
JOINED_STATE_NAME = (
    "Juice containers held\n\n"
    "Jamaica's Ministry of Commerce said on Monday that no container had been held.\n\n"
    "Trinidad and Tobago's Ministry of Trade and Industry said it had asked Kingston for the "
    "inspection records.\n"
)

PART_OF_A_JOINED_NAME = JOINED_STATE_NAME.replace("Trinidad and Tobago's", "Trinidad's")


def _out(text: str) -> dict:
    return strict_contract(text, PUB)


def test_a_ministry_after_its_state_and_by_its_own_name_is_one_body() -> None:
    out = _out(STATE_MINISTRY_THEN_OWN_NAME)
    a = _actor(out, "Italy's Ministry of Economy and Finance")
    assert "Ministry of Economy and Finance" in [a["name"], *a["aliases"]]
    assert (
        sum(
            n.endswith("Ministry of Economy and Finance") and "officials" not in n
            for n in _names(out)
        )
        == 1
    )


def test_ministries_of_two_states_stay_two_bodies() -> None:
    out = _out(TWO_STATES_MINISTRIES)
    assert _actor(out, "Ministry of Commerce") is not _actor(out, "Ministry of Commerce of Gabon")


def test_a_ministry_after_its_capital_and_after_its_state_is_one_body() -> None:
    out = _out(CAPITAL_AND_STATE_MINISTRY)
    a = _actor(out, "Botswana's Ministry of Agriculture")
    assert "GABORONE'S Ministry of Agriculture" in a["aliases"]


def test_a_person_titled_with_another_office_is_not_the_unnamed_holder() -> None:
    out = _out(TITLED_OTHERWISE)
    ferraro = _actor(out, "Luciana Ferraro")
    assert "ministry spokeswoman" not in ferraro["aliases"]
    assert "secretary" in ferraro["aliases"]


def test_a_person_titled_with_the_holders_office_is_that_holder() -> None:
    out = _out(TITLED_THE_SAME)
    assert "ministry spokeswoman" in _actor(out, "Luciana Ferraro")["aliases"]


def test_a_state_named_with_lower_case_words_owns_its_ministry() -> None:
    out = _out(JOINED_STATE_NAME)
    ministry = _actor(out, "Trinidad and Tobago's Ministry of Trade and Industry")
    assert ministry["country"] == "TT"
    assert _actor(out, "Trinidad and Tobago")["kind"] == "government"


def test_one_word_of_a_joined_state_name_is_no_state() -> None:
    out = _out(PART_OF_A_JOINED_NAME)
    assert _actor(out, "Trinidad's Ministry of Trade and Industry")["country"] == "JM"


@pytest.mark.parametrize(
    ("rule", "text", "check"),
    [
        (
            "head-before-of-cut-short",
            STATE_MINISTRY_THEN_OWN_NAME,
            lambda out: (
                sum(
                    n.endswith("Ministry of Economy and Finance") and "officials" not in n
                    for n in _names(out)
                )
                == 2
            ),
        ),
        (
            "body-under-two-state-forms",
            CAPITAL_AND_STATE_MINISTRY,
            lambda out: "GABORONE'S Ministry of Agriculture" in _names(out),
        ),
        (
            "holder-titled-otherwise",
            TITLED_OTHERWISE,
            lambda out: "ministry spokeswoman" in _actor(out, "Luciana Ferraro")["aliases"],
        ),
        (
            "state-name-lower-words",
            JOINED_STATE_NAME,
            lambda out: (
                _actor(out, "Trinidad and Tobago's Ministry of Trade and Industry")["country"]
                == "JM"
            ),
        ),
    ],
)
def test_switched_off_the_old_reading_comes_back(
    monkeypatch: pytest.MonkeyPatch, rule: str, text: str, check
) -> None:
    monkeypatch.setenv(DISABLE_ENV, rule)
    assert check(_out(text))
