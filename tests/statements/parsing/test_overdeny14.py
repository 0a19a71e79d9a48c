"""Negations that are no démenti (branch p-overdeny14), on texts written for these tests: a side
that waits (`had not yet received the note`), does not know (`did not know how many`), disavows
an aim (`We are not accusing anyone`), states a procedure (`do not announce ... in advance`),
hands a matter to another body (`a matter for the courts`) or refuses until an event; each with
a near miss that keeps its denial, and the rule switched off."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV
from statements.parsing.stance import non_answer_negation

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned link pass is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


STORY = """The Tarn Post reported on Monday that Velmar had stopped rice lorries at the Orvale \
crossing.

Velmar's trade ministry denied the report. "No rice lorry has been stopped at Orvale," a \
ministry spokeswoman, Ilse Marr, said.

Kessia's foreign ministry said it had not yet received the Velmari note. Kessian officials said \
they did not know how many lorries had been turned back.

"We are not accusing anyone, we are asking for the figures," a Kessian haulier said.
"""

NEAR_MISS = """The Tarn Post reported on Monday that Velmar had stopped rice lorries at the \
Orvale crossing.

Velmar's trade ministry denied the report. "No rice lorry has been stopped at Orvale, and we \
are not asking Kessia for anything," a ministry spokeswoman, Ilse Marr, said.

Velmar's customs service said it had not yet received any request to inspect rice lorries.
"""


# non-answer-negation


@pytest.mark.parametrize(
    "words",
    ["had not yet received the Velmari note", "did not know how many", "We are not accusing"],
)
def test_a_negation_that_waits_or_does_not_know_or_disavows_is_a_comment(words):
    said = parsed_statements(STORY)
    row = statement_with(said, words)
    assert row["stance"] == "comment"
    assert not row["denies"]
    assert statement_with(said, "No rice lorry has been stopped")["stance"] == "denial"


def test_a_negation_beside_a_disavowed_aim_or_a_quantity_stays_a_denial():
    # `No rice lorry has been stopped` beside `not asking`; `not yet received any request`:
    # a negation no construction explains, and `any`, keep the denial
    said = parsed_statements(NEAR_MISS)
    assert statement_with(said, "not asking Kessia")["stance"] == "denial"
    assert statement_with(said, "any request to inspect")["stance"] == "denial"


def test_non_answer_negation_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "non-answer-negation")
    said = parsed_statements(STORY)
    assert statement_with(said, "had not yet received the Velmari note")["stance"] == "denial"


@pytest.mark.parametrize(
    "content",
    [
        "the meeting had not yet been scheduled",
        "she did not know how many vessels had been sighted",
        "We do not announce the content of ministerial talks in advance",
        "We are not going to negotiate through the media",
        'detention orders were "a matter for the Port Authority, not for newspapers"',
        "questions should not be addressed to the ministry but to the operator",
        'it would not lend further pieces abroad "until this case is closed"',
        "People here do not care whose minutes are right",
    ],
)
def test_the_constructions_that_answer_no_account(content):
    assert non_answer_negation(content)


@pytest.mark.parametrize(
    "content",
    [
        "no lorry was stopped and the meeting had not yet been scheduled",
        "it had not yet received any letter from the ministry",
        "the report was false and we are not asking for anything",
        "Denmark has not decided how much lorries will pay",
        "the fees have not changed",
    ],
)
def test_a_negation_of_the_facts_is_no_non_answer(content):
    assert not non_answer_negation(content)


# denier-reports-step

STEP = """The Tarn Post reported on Monday that Velmar had stopped rice lorries at the Orvale \
crossing.

Velmar's trade ministry denied the report. "No rice lorry has been stopped at Orvale," a \
ministry spokeswoman, Ilse Marr, said.

Marr said Velmar had sent a diplomatic note to the Kessian embassy about the Tarn Post's rice \
lorries story.

Marr said the rice lorries at Orvale had been cleared within two hours.
"""


def test_a_denying_side_reporting_its_own_step_comments():
    said = parsed_statements(STEP)
    row = statement_with(said, "sent a diplomatic note")
    assert row["stance"] == "comment"
    assert not row["denies"]


def test_the_denying_side_telling_its_own_account_still_denies():
    said = parsed_statements(STEP)
    assert statement_with(said, "cleared within two hours")["stance"] == "denial"


def test_denier_reports_step_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "denier-reports-step")
    said = parsed_statements(STEP)
    assert statement_with(said, "sent a diplomatic note")["stance"] == "denial"
