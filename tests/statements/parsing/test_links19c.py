"""Constructions behind link errors of the dev corpus (round 2), tested on invented sentences:
`the accusation that ...` paragraphs after the one claim made by an accusing verb
(`accusation-names-accuser-far`), and a lede's `disputing X's account that ...` told before X
is quoted (`names-answer-owner-later`), and `denied the claim` in a fact-check, which is the checked
claim (`factcheck-claim-anaphor`)."""

import datetime as dt

from statements.parsing import parse_article, rules, to_contract

from .statements import parsed_statements, statement_with

ACCUSATION_FAR = (
    "The weekly Ostmark Ledger reported on Monday that Veldonia's farm ministry had drafted a "
    "plan to cap grain exports to Marovia at two million tonnes.\n\n"
    "Veldonia's farm ministry said in a statement that the document was an old draft that had "
    "never been policy.\n\n"
    "Marovia's trade minister, Ilse Brandt, said on Tuesday that Marovia had asked for an "
    'explanation, and accused Veldonia of "bargaining through the newspapers".\n\n'
    "Grain is Veldonia's third-largest export, most of it shipped through the port of Lisk.\n\n"
    "The two governments are due to resume their talks in May.\n\n"
    "Petr Holub, an economist at the Marovian Trade Institute, said the draft was no decision. "
    '"So the accusation that Veldonia is bargaining through the newspapers is mistaken," he '
    "said.\n"
)

LEDE_NAMES_LATER = (
    "Veldonian officials said on Monday that Marovian border guards had refused entry to 20 "
    "apple growers at the Kessin crossing, disputing the Marovian customs service's account "
    "that the growers had simply lacked export permits.\n\n"
    "The Marovian customs service denied that any grower had been refused entry. The growers "
    "had simply lacked export permits and returned home, the service said in a statement.\n"
)


def _off(monkeypatch, names):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", names)


def _ids(sts, words):
    return statement_with(sts, words)["id"]


def test_the_accusation_that_answers_the_accusing_claim_paragraphs_back():
    sts = parsed_statements(ACCUSATION_FAR)
    answer = statement_with(sts, "So the accusation that")
    assert answer["stance"] == "denial"
    accusing = [s["id"] for s in sts if s["text"].startswith("accused Veldonia")]
    assert accusing
    assert answer["denies"] == accusing


def test_the_claim_that_is_no_accusation_noun():
    text = ACCUSATION_FAR.replace("So the accusation that", "So the claim that")
    sts = parsed_statements(text)
    answer = statement_with(sts, "So the claim that")
    # the plain noun names no accusing verb: the report stays among its targets
    assert _ids(sts, "reported on Monday") in answer["denies"]


def test_the_far_accusation_rule_off(monkeypatch):
    _off(monkeypatch, "accusation-names-accuser-far")
    assert not rules.on("accusation-names-accuser-far")
    sts = parsed_statements(ACCUSATION_FAR)
    answer = statement_with(sts, "So the accusation that")
    assert _ids(sts, "reported on Monday") in answer["denies"]


def test_a_lede_disputing_an_account_told_later_answers_it():
    sts = parsed_statements(LEDE_NAMES_LATER)
    lede = statement_with(sts, "disputing the Marovian customs service's account")
    assert lede["stance"] == "denial"
    assert lede["denies"] == [_ids(sts, "The growers had simply lacked export permits")]


def test_a_later_answer_in_other_words_is_not_the_account_named():
    text = LEDE_NAMES_LATER.split("\n\n")[0] + (
        "\n\nThe Marovian customs service denied that its officers had turned anyone away.\n"
    )
    sts = parsed_statements(text)
    lede = statement_with(sts, "disputing the Marovian customs service's account")
    assert lede["denies"] == []


def test_the_later_account_rule_off(monkeypatch):
    _off(monkeypatch, "names-answer-owner-later")
    assert not rules.on("names-answer-owner-later")
    sts = parsed_statements(LEDE_NAMES_LATER)
    lede = statement_with(sts, "disputing the Marovian customs service's account")
    assert lede["denies"] == []


CHECKED = (
    "FACT CHECK\n\n"
    "A post on Facebook, shared 8,000 times, says that Marovia has banned Veldonian ferries "
    'from its ports and that passengers "must leave their cars ashore".\n\n'
    "On Tuesday the Lisk Evening Post reported that a port closure had been discussed by the "
    "Marovian cabinet.\n\n"
    "Marovia's transport ministry denied the claim on Wednesday.\n\n"
    "We found no notice of any closure in the harbour register.\n\n"
    "Cabinet minutes list the ferry routes as an item. That part of the claim is therefore "
    "partly true: a closure was discussed.\n\n"
    "We rate the claim MISLEADING.\n"
)


def _checked(text):
    out = to_contract(parse_article(text, published=dt.date(2026, 4, 2), outlet="Harbour Check"))
    return out["statements"]


def test_the_claim_denied_in_a_fact_check_is_the_checked_claim():
    sts = _checked(CHECKED)
    denial = statement_with(sts, "denied the claim on Wednesday")
    assert _ids(sts, "has banned Veldonian ferries") in denial["denies"]


def test_the_claim_denied_in_a_news_story_is_the_report_just_told():
    # near miss: no fact-check grades on the page, so `the claim` is the report told just before
    text = CHECKED.replace("FACT CHECK\n\n", "").replace("We rate the claim MISLEADING.\n", "")
    text = text.replace(
        "That part of the claim is therefore partly true: a closure was discussed.", ""
    )
    sts = _checked(text)
    denial = statement_with(sts, "denied the claim on Wednesday")
    assert _ids(sts, "has banned Veldonian ferries") not in denial["denies"]


def test_the_fact_check_anaphor_rule_off(monkeypatch):
    _off(monkeypatch, "factcheck-claim-anaphor")
    assert not rules.on("factcheck-claim-anaphor")
    sts = _checked(CHECKED)
    denial = statement_with(sts, "denied the claim on Wednesday")
    assert _ids(sts, "has banned Veldonian ferries") not in denial["denies"]
