"""The twenty-first session's over-denial rules, on invented sentences: remarks of a side that
contest nothing (a reply waited for, a record asked for, a letter of protest, a refusal to say
more until a record comes, what is expected to come) stay comments instead of being read as
denials from a bare negation (`denial-cue`) or from the side that denied (`denier-side`). Each
with a near miss and switched off once."""

from statements.parsing import parse_article
from statements.parsing.rules import DISABLE_ENV

_STORY = (
    "MARLOW (Courier) - Dravia on Tuesday denied a report that its border police had turned "
    "back 40 lorries from Velm at the Kessel crossing.\n\n"
    "The Velm Gazette reported on Monday, citing two drivers, that the lorries had been sent "
    "back because of a new permit.\n\n"
    '"No lorry has been turned back," a spokeswoman for Dravia\'s interior ministry said. '
    'She said the ministry had asked the Velm embassy in Marlow for "a full account" of the '
    "incident. The ministry said it had written to Velm to protest.\n\n"
    'She said the case of one driver was being reviewed "in the usual way" and that a decision '
    "was expected within ten days.\n\n"
    "The Velm hauliers' association said it had asked the ministry for a copy of the permit "
    "rules in January and had not received it.\n\n"
    "A spokesman for Kessel's port authority said it had asked the border police for "
    '"a list of the lorries turned back" and would make no further statement until it had '
    "received it."
)


def _said(text, words):
    res = parse_article(text, published="2026-03-12")
    return next(s for s in res.statements if words in s.text)


def test_no_reply_is_a_grievance_not_a_denial():
    said = _said(_STORY, "had not received it")
    assert said.stance == "comment"
    assert said.rules[-1] == "no-reply-grievance:comment"


def test_a_reply_awaited_after_the_sides_own_account_stays_a_denial():
    """Near miss: the first clause tells the side's own account (`had written to the buyer as
    usual`); the reply it did not get is a later point of it, so the remark is not read as
    waiting alone."""
    text = _STORY.replace(
        "The Velm hauliers' association said it had asked the ministry for a copy of the permit "
        "rules in January and had not received it.",
        "The Velm hauliers' association said it had \"written to the ministry about the permit "
        'in January, as the rules require", and that no reply had been received.',
    )
    said = _said(text, "no reply had been received")
    assert said.rules[0] == "denial-cue:denial"


def test_no_reply_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "no-reply-grievance")
    said = _said(_STORY, "had not received it")
    assert said.stance == "denial"
    assert "no-reply-grievance:comment" not in said.rules


def test_a_record_asked_for_is_no_counter_account():
    said = _said(_STORY, "a full account")
    assert said.stance == "comment"
    assert said.rules[-1] == "request-for-record:comment"


def test_a_record_held_stays_the_sides_account():
    """Near miss: the side holding the record it names tells its own account."""
    text = _STORY.replace(
        'She said the ministry had asked the Velm embassy in Marlow for "a full account" of the '
        "incident.",
        "She said the ministry had a full account of the incident from the border police.",
    )
    said = _said(text, "a full account")
    assert said.stance == "denial"


def test_a_record_asked_for_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "request-for-record")
    said = _said(_STORY, "a full account")
    assert said.stance == "denial"
    assert said.rules[-1] == "denier-side:denial"


def test_a_letter_of_protest_is_a_step_not_an_account():
    said = _said(_STORY, "written to Velm to protest")
    assert said.stance == "comment"
    assert said.rules[-1] == "denier-reports-step:comment"


def test_a_letter_of_protest_switched_off(monkeypatch):
    """(The learned stance layer, which reads this story's remark as a comment too, is switched
    off with the rule, so that the rule's own part shows.)"""
    monkeypatch.setenv(DISABLE_ENV, "denier-reports-step,stance-model")
    said = _said(_STORY, "written to Velm to protest")
    assert said.stance == "denial"
    assert said.rules[-1] == "denier-side:denial"


def test_no_further_statement_until_is_no_denial():
    said = _said(_STORY, "no further statement until")
    assert said.stance == "comment"
    assert said.rules[-1] == "non-answer-negation:comment"


def test_no_statement_was_made_stays_a_denial():
    """Near miss: a negation of what was done beside the refusal keeps the denial."""
    text = _STORY.replace(
        "and would make no further statement until",
        "that no lorry had been stopped, and would make no further statement until",
    )
    said = _said(text, "no lorry had been stopped")
    assert said.stance == "denial"


def test_no_further_statement_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "non-answer-until")
    said = _said(_STORY, "no further statement until")
    assert said.stance == "denial"


def test_a_decision_expected_answers_nothing():
    said = _said(_STORY, "a decision was expected within ten days")
    assert said.stance == "comment"
    assert "denier-side:denial" not in said.rules


def test_a_decision_taken_is_the_sides_account():
    """Near miss: what was already done, told by the denying side, is its counter-account."""
    text = _STORY.replace(
        'was being reviewed "in the usual way" and that a decision was expected within ten days',
        'had been reviewed "in the usual way" and that the driver had crossed on Monday',
    )
    said = _said(text, "crossed on Monday")
    assert said.stance == "denial"


def test_a_decision_expected_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "awaits-expected")
    said = _said(_STORY, "a decision was expected within ten days")
    assert said.stance == "denial"
    assert said.rules[-1] == "denier-side:denial"
