"""Constructions behind missed confirmations and denials worded without a verb of stance,
tested on invented sentences: the other side said to be wrongly informed (`the honourable
member has been badly misinformed`) dismisses its account (lexicon `dismissal_cues.txt`, rule
`dismissal-cue`); a point granted in the impersonal form (`it was correct that the union had
filed the request`) confirms it (lexicon `confirm_cues.txt`, rule `confirm-cue`); a speaker
maintaining its own statements or allegations stands by them (rule `account-held-true`); a voice
of no side that claims or denies, saying after an answer that it holds the proof of what was told
(`a haulier said he had receipts for every payment`), confirms it (rule
`unsided-holds-evidence`)."""

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


def test_a_point_granted_impersonally_is_confirmed():
    content = "it was correct that the union had filed the request with the league"
    assert _rule(content) == ("confirmation", "confirm-cue")
    assert _rule("it is correct that a meeting took place in March") == (
        "confirmation",
        "confirm-cue",
    )


def test_a_point_said_not_to_be_correct_is_not_confirmed():
    content = "it was not correct that the union had filed the request"
    assert _rule(content)[0] != "confirmation"
    assert _rule("the union said the form was correct")[1] != "confirm-cue"


def test_switched_off_the_granted_point_is_no_confirmation(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "confirm-cue")
    content = "it was correct that the union had filed the request with the league"
    assert _rule(content)[0] != "confirmation"


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


RECEIPTS = (
    "The Dorn Ledger reported on Monday that inspectors at the Velm crossing had charged Dravian "
    "hauliers an unofficial fee of 40 euros per lorry.\n\n"
    "The Velm customs service denied the report on Tuesday.\n\n"
    "Teodor Brask, a haulier, said he had receipts for every payment.\n"
)
# the same voice before anyone has answered the report
RECEIPTS_UNANSWERED = (
    "The Dorn Ledger reported on Monday that inspectors at the Velm crossing had charged Dravian "
    "hauliers an unofficial fee of 40 euros per lorry.\n\n"
    "Teodor Brask, a haulier, said he had receipts for every payment.\n"
)


def test_a_voice_of_no_side_holding_the_proof_confirms_after_the_answer():
    assert _stance_in(RECEIPTS, "receipts for every payment") == "confirmation"


def test_a_voice_holding_the_proof_before_any_answer_confirms_nothing():
    assert _stance_in(RECEIPTS_UNANSWERED, "receipts for every payment") != "confirmation"


def test_switched_off_the_proof_held_is_a_comment(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "unsided-holds-evidence")
    assert _stance_in(RECEIPTS, "receipts for every payment") != "confirmation"


def _stance_in(text, words):
    return statement_with(parsed_statements(text), words)["stance"]


def test_a_voice_asking_others_to_keep_the_proof_confirms_nothing():
    text = RECEIPTS.replace(
        "Teodor Brask, a haulier, said he had receipts for every payment",
        "The Dravian transport ministry said it had asked hauliers to keep their receipts",
    )
    assert _stance_in(text, "keep their receipts") != "confirmation"


def test_an_account_still_believed_is_stood_by():
    content = "the paper still believed that the fee had been charged at the crossing"
    assert _rule(content, "media") == ("confirmation", "confirm-cue")
    assert _rule("he still believed it to be genuine") == ("confirmation", "confirm-cue")


def test_a_belief_that_is_not_held_still_stands_by_nothing():
    assert _rule("he believed the talks would resume")[1] != "confirm-cue"
