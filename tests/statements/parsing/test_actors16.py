"""Affiliations written beside a person's full name (session 16, branch p-actors16): a label's
brackets (`Ms. X (Deputy Minister, Department of Y):`), an apposition of office and body
(`X, Chief Executive, Y Group;`), `X, a ROLE with the Y Z` and `X, who chairs the Y`; the body
met before as a description (`the Jurassic customs service`). Invented sentences, people and
bodies."""

import datetime as dt
import json
import pathlib

import pytest

from statements.parsing.affiliation import _bodies_beside
from statements.parsing.rules import DISABLE_ENV

from .statements import affiliation_name as _affiliation
from .statements import strict_contract

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
    return strict_contract(text, PUB)


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
    assert _bodies_beside(", who chairs the Lakeside Growers Collective. She") == [
        "Lakeside Growers Collective"
    ]
    assert _bodies_beside(" (RADIO NORTE SUL): Q") == ["Radio Norte Sul"]
    # near misses: a title alone in brackets, a title and a lower-case predicate, one word
    assert _bodies_beside(" (Chair): Thank you") == []
    assert _bodies_beside(", the foreign minister, said on Monday") == []
    assert _bodies_beside(" (Eastport, CPC): x") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [(HEARING, "Helene Tremblay-Roy"), (APPOSITION_BODY, "Mara Ostwald")],
)
def test_body_beside_name_off_when_disabled(monkeypatch, text: str, name: str) -> None:
    monkeypatch.setenv(DISABLE_ENV, "body-beside-name")
    assert _affiliation(_out(text), name) is None


# --- the hearing's turns: a chair titled with her name, honorifics, roles with their body ---

THREE_BRACKET_LABELS = (
    "Harbour row\n\n"
    "Mr. Ivo Santer (Eastport): The tug sailed with no inspection.\n\n"
    "Ms. Ruth Calder (Westport): It was inspected in May.\n\n"
    "Mr. Ivo Santer (Eastport): The log says otherwise.\n"
)


def _labels(text: str) -> list[str]:
    from statements.parsing.attribute import transcript_turns
    from statements.parsing.clean import clean
    from statements.parsing.segment import segment

    return [t[0] for t in transcript_turns(segment(clean(text).text)).values()]


def test_a_chair_titled_with_her_name_makes_a_record() -> None:
    labels = _labels(HEARING)
    assert "Samuel Okoro" in labels and len(labels) == 8
    assert _affiliation(_out(HEARING), "Samuel Okoro") == "Bayline Shipbuilding Ltd."


def test_bracket_labels_with_no_chair_are_no_record() -> None:
    assert _labels(THREE_BRACKET_LABELS) == []


def test_chair_titled_record_off_when_disabled(monkeypatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "chair-titled-record")
    assert "Samuel Okoro" not in _labels(HEARING)


def test_one_speaker_labelled_with_and_without_an_honorific() -> None:
    labels = _labels(HEARING)
    assert labels.count("Helene Tremblay-Roy") == 3
    assert "Ms. Helene Tremblay-Roy" not in labels
    # a label whose bare form labels no other turn keeps its honorific
    assert "Mr. Daniel Ferreira" in labels


def test_label_honorific_one_speaker_off_when_disabled(monkeypatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "label-honorific-one-speaker")
    assert "Ms. Helene Tremblay-Roy" in _labels(HEARING)


def test_a_records_role_is_split_from_its_body() -> None:
    from statements.parsing.attribute import _role

    roles = {
        "A": "Deputy Minister, Department of Fisheries and Oceans",
        "B": "Minister for Trade, Industry and Tourism",
    }
    assert _role(roles, "A") == "Deputy Minister"
    assert _role(roles, "B") == "Minister for Trade, Industry and Tourism"


def test_record_role_body_apart_off_when_disabled(monkeypatch) -> None:
    from statements.parsing.attribute import _role

    monkeypatch.setenv(DISABLE_ENV, "record-role-body-apart")
    roles = {"A": "Deputy Minister, Department of Fisheries and Oceans"}
    assert _role(roles, "A") == "Deputy Minister, Department of Fisheries and Oceans"


@pytest.mark.parametrize(
    ("rule", "after"),
    [
        ("body-in-label-brackets", " (President, Harrow Dredging Ltd.): Thank you"),
        ("body-after-office", ", Chief Executive, Tug Owners' Guild; Mara"),
        ("body-after-role-preposition", ", a shipping analyst with Nordmark Analytics. She"),
        ("body-the-person-leads", ", who chairs the Lakeside Growers Collective. She"),
    ],
)
def test_each_reading_beside_a_name_is_switchable(monkeypatch, rule, after) -> None:
    assert _bodies_beside(after)
    monkeypatch.setenv(DISABLE_ENV, rule)
    assert _bodies_beside(after) == []


def test_portfolios_and_titles_are_no_bodies() -> None:
    assert _bodies_beside(" (Minister of Energy): Our grid") == []
    assert _bodies_beside(" (Minister for Trade, Industry and Tourism): x") == []
    assert _bodies_beside(", an opposition member of the National Assembly, said") == []


DESCRIBED_FIRST = (
    "Bern denies plan to close crossings\n\n"
    "Switzerland has no plans to close any crossing at night, the Swiss customs service said on "
    'Thursday. "Nothing will be closed," said Liora Benz, a spokeswoman for the Federal Office '
    "for Customs and Border Security (FOCBS).\n"
)


def test_a_body_met_as_a_description_is_the_body_named_beside_a_person() -> None:
    out = _out(DESCRIBED_FIRST)
    bodies = [a["name"] for a in out["actors"] if a["kind"] == "organisation"]
    assert len([b for b in bodies if "ustoms" in b]) == 1, bodies
    assert "ustoms" in (_affiliation(out, "Liora Benz") or "")


def test_description_is_the_body_off_when_disabled(monkeypatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "description-is-the-body")
    bodies = [a["name"] for a in _out(DESCRIBED_FIRST)["actors"] if a["kind"] == "organisation"]
    assert len([b for b in bodies if "ustoms" in b]) == 2, bodies


def test_a_description_sharing_only_a_head_noun_is_another_body() -> None:
    text = (
        "Port fees\n\n"
        'The harbour office said on Thursday the fee had not changed. "Nothing has changed," '
        "said Liora Benz, a spokeswoman for the Federal Office for Customs and Border Security.\n"
    )
    bodies = [a["name"] for a in _out(text)["actors"] if a["kind"] == "organisation"]
    assert "Federal Office for Customs and Border Security" in bodies, bodies
