"""Link rule of session 15 (p-target15) on invented sentences: an answer given to another
actor's named words (`Asked about the customs agency's statement, ...`)."""

import pytest

from statements.parsing import lexicon, link_model
from statements.parsing.answers import _CUE_HEADS
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned pass (test_link_model10.py) is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


# A report, the denying side's denial, a third party's partial confirmation, then the denying
# side asked about that confirmation: the answer is aimed at the confirmation.
ASKED = (
    "The Kustbode newspaper reported on Tuesday that Marvel had secretly paid 40 million "
    "crowns to keep the Ostra ferry running.\n\n"
    "Marvel's transport ministry denied the report on Wednesday.\n\n"
    "Rondia's customs agency confirmed that it had held talks with Marvel officials about "
    "the ferry line in August.\n\n"
    "Asked about the customs agency's statement, the Marvel ministry's spokeswoman, Elin "
    "Varga, said the contacts had been purely technical and nothing had been promised.\n"
)


def test_an_answer_asked_about_named_words_answers_those_words():
    st = parsed_statements(ASKED)
    talks = statement_with(st, "held talks with Marvel officials")
    answer = statement_with(st, "purely technical")
    assert talks["stance"] == "confirmation"
    assert answer["denies"] == [talks["id"]]


def test_switched_off_the_answer_asked_about_named_words_answers_the_report(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "answered-words-named")
    st = parsed_statements(ASKED)
    talks = statement_with(st, "held talks with Marvel officials")
    answer = statement_with(st, "purely technical")
    assert talks["id"] not in answer["denies"]


# Near miss: the question names no actor's words (`Asked about the meeting`): the answer is
# left to the other rules and does not aim at the confirmation.
NOT_NAMED = ASKED.replace("Asked about the customs agency's statement", "Asked about the meeting")


def test_an_answer_asked_about_a_thing_is_not_aimed_at_anyones_words():
    st = parsed_statements(NOT_NAMED)
    talks = statement_with(st, "held talks with Marvel officials")
    answer = statement_with(st, "purely technical")
    assert talks["id"] not in answer["denies"]


# `Asked about X's report`: X's first claim, not its latest words.
REPORT = (
    "The Kustbode newspaper reported on Tuesday that Marvel had secretly paid 40 million "
    "crowns to keep the Ostra ferry running. The newspaper also said the payments had been "
    "booked as road repairs.\n\n"
    "Asked about the Kustbode's report, Marvel's transport minister, Tomas Reske, said no "
    "money had been paid to any ferry company.\n"
)


def test_an_answer_asked_about_a_named_report_answers_its_first_claim():
    st = parsed_statements(REPORT)
    paid = statement_with(st, "secretly paid 40 million")
    answer = statement_with(st, "no money had been paid")
    assert answer["denies"][:1] == [paid["id"]]


def test_every_answered_about_cue_passes_the_cheap_check():
    # `_answered_words` looks for its pattern only in a sentence holding one of `_CUE_HEADS`: a
    # cue added to the lexicon file without its head would never fire
    cues = sorted(lexicon.words("answered_about_cues.txt"))
    assert cues
    for cue in cues:
        assert any(h in cue.lower() + " " for h in _CUE_HEADS), cue
