"""Links of headlines of two speech acts, of answers naming a claim by its verb's noun or by one
detail, and the author of a post named by its handle (p-links4's rules)."""

import pytest

from statements.parsing import link_model, parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with, statements_by


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """These tests read the linker's rules. The learned pass after them (`link-model`,
    test_link_model10.py) may add the neighbouring claim of a report, as the gold of several
    sets does; here it is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


HEADLINE_TWO_SIDES = (
    "1. Villagers say their bus was cut; Dorland says it was not\n\n"
    "The Varnian border town of Brenn accused Dorland on Wednesday of quietly ending the only "
    "evening bus to its twin town across the river.\n\n"
    "Dorland's transport agency rejected that account on Thursday.\n"
)

HEADLINE_SAME_SUBJECT = (
    "Dorland admits grain talks, denies any price cut\n\n"
    "The Kessel Ledger reported on Tuesday that Dorland had agreed to buy 200,000 tonnes of "
    "Varnian grain at a price well under the market rate.\n\n"
    "Dorland's trade ministry confirmed on Wednesday that its officials had met the sellers, "
    "but denied that any price had been agreed.\n"
)


def test_a_headline_turning_to_another_side_gives_the_second_side_its_denial():
    st = parsed_statements(HEADLINE_TWO_SIDES)
    answer = statement_with(st, "Dorland says it was not")
    assert answer["stance"] == "denial"
    assert "Dorland" in answer["names"]
    assert "Villagers" not in answer["text"]


def test_a_headline_answer_is_linked_to_the_claim_the_body_tells():
    st = parsed_statements(HEADLINE_TWO_SIDES)
    body_claim = statement_with(st, "quietly ending the only evening bus")
    assert statement_with(st, "Dorland says it was not")["denies"] == [body_claim["id"]]


def test_with_headline_answers_body_claim_off_it_answers_the_headline_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "headline-answers-body-claim")
    st = parsed_statements(HEADLINE_TWO_SIDES)
    headline_claim = statement_with(st, "their bus was cut")
    assert statement_with(st, "Dorland says it was not")["denies"] == [headline_claim["id"]]


def test_a_headline_verb_without_subject_is_the_first_clauses_speakers():
    st = parsed_statements(HEADLINE_SAME_SUBJECT)
    answer = statement_with(st, "denies any price cut")
    assert answer["stance"] == "denial"
    assert "Dorland" in answer["names"]
    assert answer["denies"] == [statements_by(st, "Kessel Ledger", "claim")[0]["id"]]


def test_with_headline_second_clause_off_the_headline_is_one_statement(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "headline-second-clause")
    st = parsed_statements(HEADLINE_SAME_SUBJECT)
    assert not [s for s in st if s["text"].startswith("denies any price cut")]


ACCUSED_OWN_GOVERNMENT = (
    "The Kessel Ledger reported on Monday that the Varnian grid operator had cut power to "
    "three border villages for a week in March.\n\n"
    'Varnian opposition MP Lena Brask accused the energy ministry of "hiding the blackout from '
    'parliament".\n\n'
    "The energy ministry rejected the accusation, saying the grid operator had cut power to the "
    "border villages only for repairs.\n"
)


def test_the_accusation_names_the_claim_made_by_accusing_also_within_one_state():
    st = parsed_statements(ACCUSED_OWN_GOVERNMENT)
    accusation = statements_by(st, "Lena Brask", "claim")[0]["id"]
    assert statements_by(st, "energy ministry", "denial")[0]["denies"] == [accusation]


def test_with_anaphor_names_claim_verb_off_the_accusation_is_the_report(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "anaphor-names-claim-verb")
    st = parsed_statements(ACCUSED_OWN_GOVERNMENT)
    accusation = statements_by(st, "Lena Brask", "claim")[0]["id"]
    assert statements_by(st, "energy ministry", "denial")[0]["denies"] != [accusation]


ONE_DETAIL = (
    "The Kessel Ledger reported on Monday that the presidents of Varnia and Ostrel would meet "
    "in Brenn on June 3.\n\n"
    "The paper also said that invitations had been sent and accepted.\n\n"
    "Ostrel's foreign ministry said on Tuesday that no date had been fixed.\n\n"
    'An Ostreli diplomat said: "We answered politely. That is no acceptance."\n'
)


def test_an_answer_sharing_words_with_one_further_claim_only_answers_that_claim():
    st = parsed_statements(ONE_DETAIL)
    detail = statement_with(st, "invitations had been sent and accepted")
    assert statement_with(st, "no acceptance")["denies"] == [detail["id"]]


def test_with_answer_shares_one_claim_off_the_answer_goes_to_the_lead(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "answer-shares-one-claim")
    st = parsed_statements(ONE_DETAIL)
    detail = statement_with(st, "invitations had been sent and accepted")
    assert detail["id"] not in statement_with(st, "no acceptance")["denies"]


POST_BY_HANDLE = (
    "A post by the X account @Harbour_Watch, shared 4,000 times on Facebook since Sunday, says "
    'that Varnia "has sold the port of Kessel to a foreign navy".\n\n'
    "Varnia's transport ministry denied the claim on Monday.\n"
)


def test_a_post_by_a_handle_is_the_accounts_claim_and_the_account_an_outlet():
    out = to_contract(parse_article(POST_BY_HANDLE))
    post = next(s for s in out["statements"] if "foreign navy" in s["text"])
    author = next(a for a in out["actors"] if a["id"] == post["speaker"])
    assert author["name"] == "@Harbour_Watch"
    assert author["kind"] == "media"
    assert post["stance"] == "claim"


def test_with_post_by_handle_off_the_handle_speaks_no_post(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "post-by-handle")
    st = parsed_statements(POST_BY_HANDLE)
    assert not [s for s in st if "@Harbour_Watch" in s["names"]]


TWO_REPORTS = (
    "The Harlow Courier reported on Monday that the city of Brenn had sold its port to a "
    "foreign shipping group.\n\n"
    "The Morrow Times reported that the foreign shipping group planned to cut 300 jobs at the "
    "port.\n\n"
    "The city council denied the claim on Tuesday, saying the port had never been for sale.\n"
)


def test_the_claim_is_the_report_the_article_is_about_when_no_other_shares_more():
    st = parsed_statements(TWO_REPORTS)
    report = statements_by(st, "Harlow Courier", "claim")[0]["id"]
    assert statements_by(st, "city council", "denial")[0]["denies"] == [report]


def test_with_refers_back_lead_off_the_claim_is_the_nearest_report(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "refers-back-lead")
    st = parsed_statements(TWO_REPORTS)
    later = statements_by(st, "Morrow Times", "claim")[0]["id"]
    assert statements_by(st, "city council", "denial")[0]["denies"] == [later]
