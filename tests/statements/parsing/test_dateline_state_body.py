"""Two states' ministries stay two actors: a bare ministry in a datelined text is the dateline
state's own (rule `dateline-state-body`). Articles written for these tests."""

import datetime as dt

from .statements import contract_with_actors

PUB = dt.date(2026, 5, 12)

# Headline with a bare `Ministry`, a text datelined in one capital, the other state's ministry
# of the same field named further down.
DENIAL = (
    "Ministry rejects rice deal claim by Laos\n\n"
    "HANOI — The Ministry of Trade has rejected claims that Vietnam promised to "
    "buy 20,000 tonnes of rice from Laos, saying the talks in Vientiane ended without a deal.\n\n"
    '"Our delegation heard the proposal and will report to the government," ministry '
    "spokeswoman Tran Thi Mai told reporters on Thursday.\n\n"
    "On Monday, Laos's trade ministry said the two sides had agreed on the purchase, and its "
    "spokesman Bounmy Keola repeated that on Wednesday."
)


def _parse(text):
    return contract_with_actors(text, PUB)


def _holding(out, name):
    hits = [a for a in out["actors"] if a["name"] == name or name in a["aliases"]]
    assert len(hits) == 1, f"{name!r}: {[a['name'] for a in out['actors']]}"
    return hits[0]


def test_bare_ministry_of_the_dateline_is_not_the_other_states_ministry():
    out, _ = _parse(DENIAL)
    home = _holding(out, "Ministry of Trade")
    other = _holding(out, "Laos's trade ministry")
    assert home["id"] != other["id"]
    headline = next(s for s in out["statements"] if s["start"] == 0)
    assert headline["speaker"] == home["id"]


def test_bare_ministry_of_the_dateline_belongs_to_that_state():
    out, by_id = _parse(DENIAL)
    home = _holding(out, "Ministry of Trade")
    assert home["country"] == "VN"
    assert by_id[home["affiliation"]]["name"] == "Vietnam"
    assert _holding(out, "Laos's trade ministry")["country"] == "LA"


def test_the_other_states_announcement_is_no_denial_of_its_own_claim():
    out, _ = _parse(DENIAL)
    other = _holding(out, "Laos's trade ministry")
    said = [s for s in out["statements"] if s["speaker"] == other["id"]]
    assert said, "Laos's trade ministry says nothing"
    assert all(s["stance"] != "denial" for s in said)


def test_a_ministry_named_without_dateline_keeps_the_state_spoken_of():
    # no dateline: the bare ministry is the one of the state the text spoke of before it
    text = (
        "Kenya's agriculture ministry said on Monday that tea exports to Egypt would resume.\n\n"
        "The Ministry of Agriculture added that the first shipment would leave Mombasa in June."
    )
    out, _ = _parse(text)
    ministries = [a for a in out["actors"] if "inistry" in a["name"]]
    assert len(ministries) == 1
    assert ministries[0]["country"] == "KE"


def test_without_the_rule_the_two_ministries_are_merged(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "dateline-state-body")
    out, _ = _parse(DENIAL)
    ministries = [a for a in out["actors"] if "inistry" in a["name"]]
    assert len(ministries) == 1
