"""One actor named several ways (the seventeenth session, branch p-dups17): a body introduced by
a description and named after (rule `described-body-named-later`), a dateline left before the
lede's speaker (rule `dateline-lead-phrase`), and `this newspaper` beside the publishing outlet's
own name (rule `this-paper-is-the-outlet`). Invented sentences; real countries."""

import datetime as dt

import pytest

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

PUB = dt.date(2026, 6, 11)


def _out(text: str, outlet: str | None = None) -> dict:
    return to_contract(parse_article(text, published=PUB, strict=True, outlet=outlet))


def _holders(out: dict, name: str) -> list[dict]:
    """The actors with this name or alias."""
    return [a for a in out["actors"] if a["name"] == name or name in a["aliases"]]


# rule `described-body-named-later`
DESCRIBED = (
    "Tender row in Bratislava\n\n"
    "A Czech signalling company has accused Slovakia's railway manager of writing a tender for "
    "one supplier.\n\n"
    "Brnovia Rail Systems, based in Ostrava, said in a complaint filed on Monday that the "
    "conditions excluded every bidder but one.\n"
)

# near miss: the description is definite and a state's body is the next named
DEFINITE = (
    "Toll row\n\n"
    "Romania's national roads company said on Monday that it paid for the bridge alone.\n\n"
    "Bulgaria's Ministry of Regional Development said on Tuesday that the costs were shared.\n"
)


def test_described_body_is_the_body_named_after() -> None:
    out = _out(DESCRIBED)
    hits = _holders(out, "Brnovia Rail Systems")
    assert len(hits) == 1
    assert "Czech signalling company" in hits[0]["aliases"]


def test_definite_description_is_not_folded() -> None:
    out = _out(DEFINITE)
    names = [a["name"] for a in out["actors"]]
    assert "Romania's national roads company" in names, names


# near miss: `A second operator` is one more of the operators met, not the body named after
SECOND = (
    "Border post closed\n\n"
    "Three tour operators said on Monday that their buses had been turned back.\n\n"
    "A second operator said the post had been closed for a day.\n\n"
    "The Eastern Coach Operators Association said it had written to the ministry.\n"
)


def test_one_more_member_is_not_the_body_named_after() -> None:
    out = _out(SECOND)
    hits = _holders(out, "Eastern Coach Operators Association")
    assert hits and "second operator" not in hits[0]["aliases"]


def test_described_body_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "described-body-named-later")
    out = _out(DESCRIBED)
    hits = _holders(out, "Brnovia Rail Systems")
    assert hits and "Czech signalling company" not in hits[0]["aliases"]


# rule `dateline-lead-phrase`
DATELINE = (
    "Peru's fisheries minister denies quota deal\n\n"
    "LIMA - Peru's fisheries minister, Rosa Velarde, on Wednesday denied a report that she had "
    "agreed to share the anchovy quota.\n\n"
    "Velarde said the report was false.\n"
)

# near miss: a speaker whose name is written in capitals before a dash is no dateline
NOT_DATELINE = (
    "Quota row\n\n"
    "Rosa Velarde - Peru's fisheries minister - on Wednesday denied a report that she had "
    "agreed to share the anchovy quota.\n"
)


def test_dateline_before_the_speaker_is_no_body() -> None:
    out = _out(DATELINE)
    names = [a["name"] for a in out["actors"]]
    assert not any(
        "LIMA" in n for a in out["actors"] for n in (a["name"], *a["aliases"]) if "-" in n
    )
    assert len(_holders(out, "Rosa Velarde")) == 1, names
    assert len([a for a in out["actors"] if a["name"] == "Peru"]) == 1, names


def test_mixed_case_name_before_dash_is_kept() -> None:
    out = _out(NOT_DATELINE)
    assert _holders(out, "Rosa Velarde"), [a["name"] for a in out["actors"]]


def test_dateline_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "dateline-lead-phrase")
    out = _out(DATELINE)
    assert len([a for a in out["actors"] if a["name"] == "Peru"]) == 2


# rule `this-paper-is-the-outlet`
THIS_PAPER = (
    "Maize permits held at the border\n\n"
    "Zambia's agriculture ministry said on Monday that no permit had been withheld, after the "
    "Copperbelt Star reported that 40 lorries were waiting at Chirundu.\n\n"
    "A ministry official in Lusaka, speaking to this newspaper on Tuesday, said the lorries "
    "were waiting for inspections.\n"
)


def test_this_newspaper_is_the_publishing_outlet_named_in_the_text() -> None:
    out = _out(THIS_PAPER, outlet="Copperbelt Star")
    hits = _holders(out, "this newspaper")
    assert len(hits) == 1 and "Copperbelt Star" in (hits[0]["name"], *hits[0]["aliases"])


def test_this_newspaper_kept_apart_from_another_outlet() -> None:
    # near miss: the article is another outlet's; the Star is not `this newspaper`
    out = _out(THIS_PAPER, outlet="Lusaka Times")
    star = _holders(out, "Copperbelt Star")
    assert star and "this newspaper" not in star[0]["aliases"]


def test_this_newspaper_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "this-paper-is-the-outlet")
    out = _out(THIS_PAPER, outlet="Copperbelt Star")
    star = _holders(out, "Copperbelt Star")
    assert star and "this newspaper" not in star[0]["aliases"]


# rule `surname-transliterations`
SPELT_TWO_WAYS = (
    "Queues at the border\n\n"
    "The hauliers' association said on Monday that lorries had been held for two days. Its "
    "president, Karen Martirosyan, said members had counted forty cases.\n\n"
    "Mardirossyan said on Tuesday that the list would be sent to the "
    "embassy.\n"
)

# near miss: two people whose long surnames share their ends but not their start
TWO_PEOPLE = (
    "Queues at the border\n\n"
    "The hauliers' association's president, Karen Martirosyan, said on Monday that lorries had "
    "been held. Customs chief Levon Mardirosyan said the lorries had been inspected.\n"
)


def test_surname_spelt_two_ways_is_one_person() -> None:
    out = _out(SPELT_TWO_WAYS)
    hits = _holders(out, "Karen Martirosyan")
    assert len(hits) == 1 and "Mardirossyan" in hits[0]["aliases"]
    assert "Mardirossyan" not in [a["name"] for a in out["actors"]]


def test_two_long_surnames_are_two_people() -> None:
    out = _out(TWO_PEOPLE)
    assert _holders(out, "Karen Martirosyan") and _holders(out, "Levon Mardirosyan")


def test_transliterations_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "surname-transliterations")
    out = _out(SPELT_TWO_WAYS)
    hits = _holders(out, "Karen Martirosyan")
    assert hits and "Mardirossyan" not in hits[0]["aliases"]
