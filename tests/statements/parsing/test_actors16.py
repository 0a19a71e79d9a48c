"""Affiliations written beside a person's full name (session 16, branch p-actors16): a label's
brackets (`Ms. X (Deputy Minister, Department of Y):`), an apposition of office and body
(`X, Chief Executive, Y Group;`), `X, a ROLE with the Y Z`, `X, who chairs the Y`, and `A ROLE for
Y, X`. Invented sentences, people and bodies."""

import datetime as dt
import json
import pathlib

import pytest

from statements.parsing import parse_article, to_contract
from statements.parsing.affiliation import _bodies_beside
from statements.parsing.rules import DISABLE_ENV

PUB = dt.date(2026, 10, 15)

# the committee hearing of this session's own set (invented), read whole: its labels are turns
HEARING = json.loads(
    (
        pathlib.Path(__file__).resolve().parent
        / "p_actors16_set"
        / "p_actors16_01_hearing_canada_icebreaker_payments.json"
    ).read_text()
)["text"]

APPOSITION_BODY = (
    "Tug licences\n\n"
    "Witnesses: Dr Anselm Vray, Chief Inspector, Coastal Towage Board; Mara Ostwald, Chair, "
    "Tug Owners' Guild.\n\n"
    "Mara Ostwald said two of the guild's tugs had been refused a licence in June.\n"
)

WITH_BODY = (
    "Tug licences\n\n"
    'Kestrel Marine said the licence had been granted in June. "It was all in order," said '
    "Ilse Brandauer, a shipping analyst with the Bremen consultancy Nordmark Analytics.\n"
)

NO_BODY = (
    "Tug licences\n\n"
    'Kestrel Marine said the licence had been granted in June. "It was all in order," said '
    "Ilse Brandauer, a shipping analyst in Hamburg.\n"
)


def _out(text: str) -> dict:
    return to_contract(parse_article(text, published=PUB, strict=True))


def _actor(out: dict, name: str) -> dict:
    for a in out["actors"]:
        if a["name"] == name or name in a["aliases"]:
            return a
    raise AssertionError(f"no actor {name!r} in {[a['name'] for a in out['actors']]}")


def _affiliation(out: dict, name: str) -> str | None:
    aff = _actor(out, name)["affiliation"]
    return next((a["name"] for a in out["actors"] if a["id"] == aff), None)


def test_the_body_in_a_labels_brackets_is_the_speakers() -> None:
    out = _out(HEARING)
    body = "Department of Fisheries and Oceans"
    assert _affiliation(out, "Helene Tremblay-Roy") == body


def test_the_body_of_an_office_and_body_apposition_is_the_persons() -> None:
    assert _affiliation(_out(APPOSITION_BODY), "Mara Ostwald") == "Tug Owners' Guild"


def test_a_role_with_a_named_body_gives_the_body() -> None:
    assert _affiliation(_out(WITH_BODY), "Ilse Brandauer") == "Nordmark Analytics"


def test_a_role_in_a_place_gives_no_body() -> None:
    out = _out(NO_BODY)
    assert _affiliation(out, "Ilse Brandauer") is None
    assert "Hamburg" not in [a["name"] for a in out["actors"]]


def test_the_phrases_read_beside_a_name() -> None:
    assert _bodies_beside(", who chairs the Lakeside Growers Collective. She", "") == [
        "Lakeside Growers Collective"
    ]
    assert _bodies_beside(", told the paper", "A lawyer for Ilhavo Freight, ") == ["Ilhavo Freight"]
    assert _bodies_beside(" (RADIO NORTE SUL): Q", "") == ["Radio Norte Sul"]
    # near misses: a title alone in brackets, a title and a lower-case predicate, one word
    assert _bodies_beside(" (Chair): Thank you", "") == []
    assert _bodies_beside(", the foreign minister, said on Monday", "") == []
    assert _bodies_beside(" (Eastport, CPC): x", "") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [(HEARING, "Helene Tremblay-Roy"), (APPOSITION_BODY, "Mara Ostwald")],
)
def test_body_beside_name_off_when_disabled(monkeypatch, text: str, name: str) -> None:
    monkeypatch.setenv(DISABLE_ENV, "body-beside-name")
    assert _affiliation(_out(text), name) is None
