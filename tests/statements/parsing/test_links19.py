"""Rules of session 19 (p-linksa19) on invented sentences: a fact-check grading `the claim` in
the third person, and an `According to ...` opener before a speech act of its own."""

import datetime as dt

import pytest

from statements.parsing import link_model, parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

from .statements import statement_with

PUBLISHED = dt.date(2026, 3, 12)
OUTLET = "Lakeside Check"


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned pass (test_link_model10.py) is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def _statements(text, outlet=OUTLET):
    out = to_contract(parse_article(text, published=PUBLISHED, outlet=outlet))
    names = {a["id"]: a["name"] for a in out["actors"]}
    for s in out["statements"]:
        s["name"] = names.get(s["speaker"], "")
    return out["statements"]


# factcheck-claim-graded, checker-grade-checked-claim: `That part of the claim is partly true`,
# `The claim that ... has no basis`: the checker's own grades, aimed at the claim it checks (the
# post told first), not at the radio report told just before.
GRADED = (
    "FACT CHECK\n\n"
    "A post on Facebook, shared 5,000 times, says that Korvala has banned Ostravan cheese and "
    'that shops "must destroy their stock".\n\n'
    "On Monday Radio Velm reported that the cheese ban had been discussed by the cabinet.\n\n"
    "Korvala's trade ministry denied the claim on Tuesday.\n\n"
    "We found no record of a ban in the official gazette.\n\n"
    "Minutes of the cabinet meeting list cheese imports as an item. That part of the claim "
    "is therefore partly true: a ban was discussed.\n\n"
    'The claim that shops "must destroy their stock", however, has no basis at all.\n\n'
    "We rate the claim MISLEADING.\n"
)


def test_a_fact_check_s_grade_of_the_claim_is_the_checker_s_statement():
    st = _statements(GRADED)
    partly = statement_with(st, "partly true")
    baseless = statement_with(st, "has no basis at all")
    assert (partly["name"], partly["stance"]) == (OUTLET, "confirmation")
    assert (baseless["name"], baseless["stance"]) == (OUTLET, "denial")


def test_a_fact_check_s_grade_answers_the_claim_it_checks():
    st = _statements(GRADED)
    post = statement_with(st, "has banned Ostravan cheese")
    partly = statement_with(st, "partly true")
    assert partly["confirms"] == [post["id"]]
    assert {ln["rule"] for ln in partly["links"]} == {"checker-grade-checked-claim"}


def test_a_grade_in_a_news_story_is_no_statement():
    # near miss: no fact-check words, so no checker grades the claim
    text = GRADED.replace("FACT CHECK\n\n", "").replace("We rate the claim MISLEADING.\n", "")
    st = _statements(text)
    assert not any("partly true" in s["text"] for s in st)


def test_a_claim_graded_with_no_grade_word_is_no_statement():
    # near miss: `the claim` as a subject, but with no grade (`was shared again`)
    text = GRADED.replace("is therefore partly true", "was shared again on Sunday")
    st = _statements(text)
    assert not any("shared again" in s["text"] for s in st)


def test_switched_off_a_fact_check_s_grade_is_no_statement(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "factcheck-claim-graded")
    st = _statements(GRADED)
    assert not any("partly true" in s["text"] for s in st)


def test_switched_off_a_grade_is_not_aimed_at_the_checked_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "checker-grade-checked-claim")
    st = _statements(GRADED)
    partly = statement_with(st, "partly true")
    assert all(ln["rule"] != "checker-grade-checked-claim" for ln in partly["links"])


# according-to-inner-speech: `According to the report of our correspondent, X ... stated: ...`:
# the clause is X's own speech act; the source only relays it (no claim of its own).
INNER = (
    "Korvala denies closing the Velm border crossing\n\n"
    'The Ostravan website "Velm Today" had claimed on Sunday that Korvalan border guards '
    "turned back Ostravan lorries for a week.\n\n"
    "According to the report of Pars Dalen correspondent, Ivo Maric on Wednesday in his weekly "
    "press conference, in answer to a question about the report, stated: The crossing was closed "
    "only for one day because of heavy snow.\n"
)


def test_an_according_to_opener_before_a_speech_act_gives_no_claim_of_its_source():
    st = _statements(INNER, outlet=None)
    said = statement_with(st, "closed only for one day")
    assert said["name"] != "Pars Dalen"
    assert not any(s["name"] == "Pars Dalen" for s in st)


def test_an_according_to_source_before_a_speech_act_stays_an_actor():
    out = to_contract(parse_article(INNER, published=PUBLISHED))
    assert "Pars Dalen" in {a["name"] for a in out["actors"]}


def test_an_according_to_opener_before_plain_words_is_its_source_s_claim():
    # near miss: no verb of saying before a colon; the source tells the clause
    text = INNER.replace(
        "Ivo Maric on Wednesday in his weekly press conference, in answer to a question about "
        "the report, stated: The crossing",
        "the crossing",
    )
    st = _statements(text, outlet=None)
    said = statement_with(st, "closed only for one day")
    assert said["name"] == "Pars Dalen"


def test_switched_off_an_according_to_opener_keeps_its_source_s_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "according-to-inner-speech")
    st = _statements(INNER, outlet=None)
    assert any(s["name"] == "Pars Dalen" for s in st)
