"""A claimant holding the proof of its account stands by it (`claimant-holds-evidence`); a
clause of its own negating what was done is no policy remark (`past-negation-clause`); a
request for clarification is no account and no denial (`request-for-clarification`,
`denier-request-for-clarification`); `nothing official` is a non-answer. Invented texts."""

import pytest

from .statements import stance_of

OUTLET = (
    "The Harbour Courier reported on Monday that Velmora had sold two patrol boats to a "
    "private buyer in March.\n\n"
    "Velmora's defence ministry denied the report on Tuesday, calling it a fabrication.\n\n"
    "The Courier's editor, Anna Pirelli, said the paper had seen a copy of the sale contract.\n"
)

PAST = (
    "The Tarvel Gazette reported that Tarvel's trade minister had promised Corvan a quota of "
    "5,000 tonnes of wheat during a call on Friday.\n\n"
    'The minister, Paulo Brenn, said: "There was no pledge of any sort. Our officials will '
    'follow the usual procedure."\n'
)


def _stance(text, words, monkeypatch=None, disable=None):
    if disable is not None:
        monkeypatch.setenv("DEMENTI_PARSER_DISABLE", disable)
    return stance_of(text, words)


def test_an_outlet_that_has_seen_the_document_stands_by_its_report():
    assert _stance(OUTLET, "seen a copy") == "confirmation"


@pytest.mark.parametrize(
    "words",
    [
        "the paper had photographs of the two boats in the buyer's yard",
        'the paper was "confident in its sources"',
        "the paper held receipts for both boats",
    ],
)
def test_other_words_of_holding_the_proof(words):
    text = OUTLET.replace("the paper had seen a copy of the sale contract", words)
    assert _stance(text, words.split()[-2]) == "confirmation"


def test_holding_evidence_switched_off(monkeypatch):
    assert _stance(OUTLET, "seen a copy", monkeypatch, "claimant-holds-evidence") != "confirmation"


def test_a_received_letter_is_no_evidence_held():
    text = OUTLET.replace(
        "the paper had seen a copy of the sale contract",
        'the paper had received the ministry\'s letter and was "studying it"',
    )
    assert _stance(text, "studying it") != "confirmation"


def test_a_past_negation_in_a_clause_of_its_own_is_a_denial():
    assert _stance(PAST, "no pledge of any sort") == "denial"


def test_past_negation_clause_switched_off(monkeypatch):
    stance = _stance(PAST, "no pledge of any sort", monkeypatch, "past-negation-clause")
    assert stance == "comment"


def test_a_future_negation_is_still_a_policy_remark():
    text = PAST.replace(
        "There was no pledge of any sort. Our officials will follow the usual procedure.",
        "We will not give anyone a pledge before our officials follow the usual procedure.",
    )
    assert _stance(text, "usual procedure") == "comment"


REQUEST = (
    "The Varel Post reported on Monday that Orsa had closed the Tolm crossing to Varelian "
    "lorries.\n\n"
    "Varel's transport ministry said on Tuesday that it had asked Orsa for \"an official "
    'explanation" of the delays.\n\n'
    "Orsa's interior ministry denied closing the crossing.\n"
)


def test_a_request_for_an_explanation_is_no_account():
    assert _stance(REQUEST, "official") == "comment"


def test_request_for_clarification_switched_off(monkeypatch):
    stance = _stance(REQUEST, "official", monkeypatch, "request-for-clarification")
    assert stance == "claim"


def test_a_request_left_unanswered_stays_the_account():
    text = REQUEST.replace("of the delays", "of the delays a week ago and has had no reply")
    assert _stance(text, "no reply") == "claim"


NOTHING_OFFICIAL = REQUEST.replace(
    "Varel's transport ministry said on Tuesday that it had asked Orsa for \"an official "
    'explanation" of the delays.',
    'A customs broker at Tolm, Piet Varga, said he had heard "nothing official from either side".',
)


def test_hearing_nothing_official_is_a_non_answer():
    assert _stance(NOTHING_OFFICIAL, "nothing official") == "comment"


def test_declined_no_account_switched_off(monkeypatch):
    # the denial after it would take the bystander's remark for the account it answers
    # (`answered-account`); the rules alone then read a claim
    disable = "declined-no-account,stance-model"
    assert _stance(NOTHING_OFFICIAL, "nothing official", monkeypatch, disable) == "claim"


SUMMONED = (
    "The Varel Post reported on Monday that Orsan border guards had fired on a Varelian "
    "fishing boat.\n\n"
    "Orsa's interior ministry denied that any shots had been fired at the boat.\n\n"
    "Orsa's foreign minister, Lena Dorf, said the ministry had summoned Varel's ambassador over "
    "the boat's crossing into Orsan waters.\n"
)


def test_a_denier_summoning_an_envoy_is_no_denial():
    assert _stance(SUMMONED, "summoned") == "comment"


def test_denier_request_switched_off(monkeypatch):
    stance = _stance(SUMMONED, "summoned", monkeypatch, "denier-request-for-clarification")
    assert stance == "denial"
