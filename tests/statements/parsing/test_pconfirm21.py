"""Constructions behind missed confirmations and denials worded without a verb of stance,
tested on invented sentences: the other side said to be wrongly informed (`the honourable
member has been badly misinformed`) dismisses its account (lexicon `dismissal_cues.txt`, rule
`dismissal-cue`); a speaker maintaining its own statements or allegations stands by them (rule
`account-held-true`); an account still believed is stood by (`confirm-cue`)."""

from statements.parsing.stance import stance_rule

from .statements import parsed_statements, statement_with

MISINFORMED = (
    "The Dorn Ledger reported on Monday that the Velm port authority had raised the berth fee "
    "for Dravian trawlers.\n\n"
    'The harbour minister, Ilse Varga, said the paper had been "badly misinformed".\n'
)


def _rule(content, kind="person"):
    return stance_rule("say", content, "", kind, False)


def test_a_side_said_to_be_misinformed_is_denied():
    assert _rule("the honourable member had been badly misinformed") == ("denial", "dismissal-cue")
    assert _rule("The deputy is misinformed") == ("denial", "dismissal-cue")
    assert _rule("the paper got its facts wrong about the fee") == ("denial", "dismissal-cue")


def test_a_side_said_to_be_informed_is_no_denial():
    assert _rule("the honourable member had been informed in writing")[0] != "denial"
    assert _rule("the union got the letter on Friday")[0] != "denial"


def test_the_misinformed_paper_is_denied_in_an_article():
    sts = parsed_statements(MISINFORMED)
    assert statement_with(sts, "misinformed")["stance"] == "denial"


def test_switched_off_the_misinformed_paper_is_no_dismissal(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "dismissal-cue")
    assert _rule("the honourable member had been badly misinformed")[1] != "dismissal-cue"


def test_a_speaker_maintaining_its_allegations_stands_by_them():
    content = "the association maintained its allegations against the port police"
    assert _rule(content) == ("confirmation", "account-held-true")
    assert _rule("he maintained his declarations")[1] == "account-held-true"


def test_maintaining_a_road_or_a_position_stands_by_no_account():
    assert _rule("the company maintained its roads through the winter")[1] != "account-held-true"
    assert _rule("the ministry maintained its position on the fee")[1] != "account-held-true"


def test_switched_off_maintained_allegations_are_not_stood_by(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "account-held-true")
    content = "the association maintained its allegations against the port police"
    assert _rule(content)[1] != "account-held-true"


def test_an_account_still_believed_is_stood_by():
    content = "the paper still believed that the fee had been charged at the crossing"
    assert _rule(content, "media") == ("confirmation", "confirm-cue")
    assert _rule("he still believed it to be genuine") == ("confirmation", "confirm-cue")


def test_a_belief_that_is_not_held_still_stands_by_nothing():
    assert _rule("he believed the talks would resume")[1] != "confirm-cue"
