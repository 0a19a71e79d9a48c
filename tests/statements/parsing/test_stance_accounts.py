"""What the accusing side says before the other side first denies is the account it denies:
claims, negations and all (rules `account-before-denial`, `claimant-not-yet-answered`,
`claimant-rejects-then-tells`)."""

import pytest

from .statements import stance_of

ACCOUNT = (
    "Norway's fisheries ministry said on Monday that Iceland had kept 12 Norwegian trawlers "
    "in the port of Akureyri for nine days without charge.\n\n"
    "Norway's fisheries minister, Ingrid Dahl, told reporters that the skippers had not been "
    "shown any warrant and had not been allowed to call their owners.\n\n"
    "The Oslo daily Fiskeposten reported on Monday, citing two skippers, that the trawlers "
    "had been boarded twice at sea before they were taken into port.\n\n"
    "Iceland's coast guard denied holding the trawlers on Tuesday, saying they had stayed in "
    "port to wait out a storm.\n"
)


def _stances(text, words, disable=None, monkeypatch=None):
    if disable is not None:
        monkeypatch.setenv("DEMENTI_PARSER_DISABLE", disable)
    return stance_of(text, words)


@pytest.mark.parametrize("words", ["12 Norwegian trawlers", "not been shown any warrant"])
def test_the_accusers_words_before_the_first_denial_are_claims(words):
    assert _stances(ACCOUNT, words) == "claim"


def test_the_rule_switched_off_leaves_the_accusers_negation_a_denial(monkeypatch):
    stance = _stances(
        ACCOUNT,
        "not been shown any warrant",
        "account-before-denial,other-side-account",
        monkeypatch,
    )
    assert stance != "claim"


def test_a_plan_of_the_accusing_side_before_the_denial_stays_a_comment():
    text = ACCOUNT.replace(
        "Iceland's coast guard",
        "Ingrid Dahl said Oslo would raise the matter with the Nordic Council next month.\n\n"
        "Iceland's coast guard",
    )
    assert _stances(text, "raise the matter") == "comment"


def test_an_analysts_words_before_the_denial_stay_comments():
    text = ACCOUNT.replace(
        "Norway's fisheries minister,",
        "Bjorn Lie, a maritime law analyst at the University of Bergen, said port detentions "
        "of this kind were rare in the North Atlantic.\n\n"
        "Norway's fisheries minister,",
    )
    assert _stances(text, "rare in the North Atlantic") == "comment"


def test_the_claimant_answering_a_counter_accusation_goes_on_denying_in_plain_words():
    text = (
        ACCOUNT
        + "\nThe coast guard accused the trawlers of fishing inside Icelandic waters before the "
        "storm.\n\n"
        "Dahl rejected that account on Wednesday and said the trawlers' logs showed them "
        "forty miles outside the Icelandic zone.\n"
    )
    assert _stances(text, "forty miles outside") == "denial"
