"""Claim ends of the thirteenth session (branch p-claims13), on texts written for these tests:
a claim carried by a thing that spreads (`A voice note ... circulating on WhatsApp since last
week say ...`), and a report that speaks on as `The story added ...` or
`The article also said ...`; each with a near miss it must leave alone, and each switchable."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV

from .statements import contract_with_actors, parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned link pass is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


VOICE_NOTE = """No, Velmar has not banned Kessian rice

A voice note and a graphic circulating on WhatsApp since last week say Velmar will turn back \
"every rice lorry, even empty ones" at the Orvale crossing from 1 May.

Velmar's trade ministry said on Monday the message was "fake". "No lorry will be turned back at \
Orvale," a ministry spokeswoman, Ilse Marr, said.
"""

SINCE_CLAUSE = """Rice prices in Kessia have risen sharply since traders said the Orvale crossing \
would close.
"""

STORY = """The Tarn Post reported on Monday that Velmar had stopped rice lorries at the Orvale \
crossing. The story added that drivers had been told to unload their cargo at the border.

Velmar's trade ministry denied the report. "Nobody was told to unload anything," it said.
"""

SELF_NOTE = """Velmar's trade ministry said on Monday that the Orvale crossing was open.

An earlier version of this story said the crossing had closed.
"""


# since-time-adjunct


def test_a_subject_closed_by_since_last_week_speaks_without_it():
    said = parsed_statements(VOICE_NOTE)
    claim = statement_with(said, "every rice lorry")
    assert any("voice note" in n for n in claim["names"])
    assert not any("since" in n for n in claim["names"])


def test_since_with_a_clause_keeps_its_own_subject():
    # `since traders said`: a subordinate clause, its subject speaks (no time phrase to cut)
    said = parsed_statements(SINCE_CLAUSE)
    assert any("traders" in n for n in statement_with(said, "would close")["names"])


def test_since_time_adjunct_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "since-time-adjunct")
    said = parsed_statements(VOICE_NOTE)
    claims = [s for s in said if "every rice lorry" in s["text"]]
    assert not claims or any("since" in n for n in claims[0]["names"])


# circulating-item-source


def test_what_a_circulating_voice_note_says_is_a_claim_its_denial_answers():
    said = parsed_statements(VOICE_NOTE)
    claim = statement_with(said, "every rice lorry")
    assert claim["stance"] == "claim"
    denial = statement_with(said, "No lorry will be turned back")
    assert denial["stance"] == "denial"
    assert claim["id"] in denial["denies"]


def test_a_circulating_item_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "circulating-item-source", "circulating-item-media")
    said = parsed_statements(VOICE_NOTE)
    assert statement_with(said, "every rice lorry")["stance"] != "claim"


# circulating-item-media


def test_a_circulating_item_is_a_medium():
    out, actors = contract_with_actors(VOICE_NOTE, None)
    claim = statement_with(out["statements"], "every rice lorry")
    assert actors[claim["speaker"]]["kind"] == "media"


def test_a_post_office_is_no_circulating_item():
    out, _actors = contract_with_actors(
        "The post office in Orvale said on Monday that parcels to Kessia were delayed.", None
    )
    assert all(a["kind"] != "media" for a in out["actors"])


def test_circulating_item_media_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "circulating-item-media")
    out, actors = contract_with_actors(VOICE_NOTE, None)
    claim = statement_with(out["statements"], "every rice lorry")
    assert actors[claim["speaker"]]["kind"] != "media"


# told-story-speaks


def test_the_story_added_after_a_report_is_the_outlet_s_claim():
    said = parsed_statements(STORY)
    claim = statement_with(said, "told to unload their cargo")
    assert claim["stance"] == "claim"
    assert any("Tarn Post" in n for n in claim["names"])


def test_an_earlier_version_of_this_story_is_still_no_statement():
    said = parsed_statements(SELF_NOTE)
    assert not any("crossing had closed" in s["text"] for s in said)


def test_told_story_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "told-story-speaks")
    said = parsed_statements(STORY)
    assert not any("told to unload their cargo" in s["text"] for s in said)
