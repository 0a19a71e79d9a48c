"""Link rules of session 16 (p-a2a16) on invented sentences: answers aimed at answers (a denial
of a denial, a confirmation of a counter-account) where English marks it."""

import pytest

from statements.parsing import link_model
from statements.parsing.groups import Node
from statements.parsing.link import link
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned pass (test_link_model10.py) is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


# names-a-denial-side: `dismissed the ministry's denial` after the ministry's denial and its
# spokeswoman's quotation: both, the side's denials told one after another.
SIDE_DENIAL = (
    "The Northern Herald reported on Monday that the army had moved two tank battalions to the "
    "border town of Velk.\n\n"
    'The defence ministry denied the report on Tuesday. "No unit has been moved to Velk," '
    "ministry spokeswoman Irena Dost said.\n\n"
    "The Herald's editor, Marek Tull, dismissed the ministry's denial, saying the paper had "
    "photographs of the tanks.\n"
)


def test_a_named_denial_of_a_side_is_the_sides_run_of_denials():
    st = parsed_statements(SIDE_DENIAL)
    ministry = statement_with(st, "The defence ministry denied the report")
    quote = statement_with(st, "No unit has been moved")
    answer = statement_with(st, "dismissed the ministry's denial")
    assert sorted(answer["denies"]) == sorted([ministry["id"], quote["id"]])


def test_switched_off_a_named_denial_is_one_speakers_denial(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "names-a-denial-side")
    st = parsed_statements(SIDE_DENIAL)
    answer = statement_with(st, "dismissed the ministry's denial")
    assert len(answer["denies"]) == 1


# Near miss: the ministry alone denied; its one denial, by names-a-denial.
ONE_DENIAL = SIDE_DENIAL.replace(
    ' "No unit has been moved to Velk," ministry spokeswoman Irena Dost said.', ""
)


def test_a_named_denial_told_by_one_speaker_is_that_denial():
    st = parsed_statements(ONE_DENIAL)
    ministry = statement_with(st, "The defence ministry denied the report")
    answer = statement_with(st, "dismissed the ministry's denial")
    assert answer["denies"] == [ministry["id"]]
    assert [ln["rule"] for ln in answer["links"]] == ["names-a-denial"]


# claimant-rejects-account, on the linker's nodes: a claim (side 1), another side's claim on
# something else (side 2), that side's denial of the first claim, and two paragraphs on the
# claimant's `rejected that account`: the account is the denial, not the other side's claim.
def _account_nodes(late_claim: bool = False) -> list[Node]:
    def st(*w):
        return frozenset(w)

    nodes = [
        Node(0, "claim", 1, 0, 150, side=1, para=1, unit=1, report=True,
             stems=st("night", "crews", "cut", "twelve", "eight")),
        Node(1, "claim", 2, 0, 100, side=2, para=0, unit=0,
             stems=st("paper", "campaign", "crews", "port")),
        Node(2, "denial", 2, 0, 200, side=2, para=2, unit=2, anaphor="accusation",
             target_kind="accusation", stems=st("crews", "cut", "night", "shifts")),
        Node(3, "denial", 1, 0, 300, side=1, para=5, unit=5, anaphor="version",
             target_kind="accusation", stems=st("rosters", "eight", "night", "shift")),
    ]  # fmt: skip
    if late_claim:  # another side's claim told after the denial: the account just told
        nodes[1].pos, nodes[1].para, nodes[1].unit = 250, 3, 3
    return nodes


def test_a_claimant_rejecting_that_account_denies_the_denial_of_its_claim():
    nodes = _account_nodes()
    link(nodes)
    assert nodes[2].denies == [0]
    assert nodes[3].denies == [2]
    assert nodes[3].why[2] == "claimant-rejects-account"


def test_switched_off_that_account_is_the_nearest_claim_of_another_side(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "claimant-rejects-account")
    nodes = _account_nodes()
    link(nodes)
    assert nodes[3].denies == [1]


def test_that_account_after_a_later_claim_of_the_other_side_is_that_claim():
    nodes = _account_nodes(late_claim=True)
    link(nodes)
    assert "claimant-rejects-account" not in nodes[3].why.values()


# names-answer-owner: `rejected the board's explanation`, the board having only answered.
EXPLANATION = (
    "The Lakeside Tribune reported on Monday that the water board had closed three pumping "
    "stations in the northern district.\n\n"
    "The water board said on Tuesday that all of its pumping stations were running normally "
    "and that a single pump had been serviced for two hours.\n\n"
    "The residents' association rejected the board's explanation, saying the taps in the "
    "district had been dry for four days.\n"
)


def test_an_answer_naming_an_answerers_explanation_answers_that_answer():
    st = parsed_statements(EXPLANATION)
    board = statement_with(st, "running normally")
    answer = statement_with(st, "rejected the board's explanation")
    assert board["stance"] == "denial"
    assert answer["denies"] == [board["id"]]


def test_switched_off_the_named_explanation_is_left_to_the_other_rules(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "names-answer-owner")
    st = parsed_statements(EXPLANATION)
    answer = statement_with(st, "rejected the board's explanation")
    assert all(ln.get("rule") != "names-answer-owner" for ln in answer.get("links", []))


# Near miss: `the Tribune's figures` name a claimant, whose words are its claim.
CLAIMANT_NAMED = EXPLANATION.replace(
    "The residents' association rejected the board's explanation",
    "The water board's director rejected the Tribune's figures",
)


def test_an_answer_naming_a_claimants_words_is_not_aimed_at_an_answer():
    st = parsed_statements(CLAIMANT_NAMED)
    answer = statement_with(st, "rejected the Tribune's figures")
    assert all(ln.get("rule") != "names-answer-owner" for ln in answer.get("links", []))
