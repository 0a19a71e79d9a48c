"""Linker rules of session 4 (p-linker3) on invented statements: thin claims, the account just
told, and answers to answers."""

import pytest

from statements.parsing import link_model
from statements.parsing.link import Node, content_stems, link
from statements.parsing.propositions import keys
from statements.parsing.rules import DISABLE_ENV


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """These tests read the linker's rules. The learned pass after them (`link-model`,
    test_link_model10.py) may add the neighbouring claim of a report, as the gold of several
    sets does; here it is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def _node(idx, stance, speaker, pos, text="", **kw):
    kw.setdefault("side", speaker)
    kw.setdefault("para", pos // 10)
    return Node(
        idx=idx,
        stance=stance,
        speaker=speaker,
        block=0,
        pos=pos,
        stems=content_stems(text),
        **kw,
    )


def test_a_claim_with_no_content_is_no_lead_an_answer_is_about(monkeypatch):
    # a broken clause parsed as a claim (`But`) is no report: the denials answer nothing
    def nodes():
        return [
            _node(0, "denial", 1, 0, "the ferry line was never sold to anyone"),
            _node(1, "denial", 1, 10, "the harbour board received no offer for the line"),
            _node(2, "claim", 2, 20, "But"),
        ]

    got = nodes()
    link(got)
    assert got[0].denies == [] and got[1].denies == []
    monkeypatch.setenv(DISABLE_ENV, "thin-claim-no-lead")
    got = nodes()
    link(got)
    assert got[0].denies == [2]


def test_a_thin_claim_leaves_the_lead_to_the_claim_with_content():
    nodes = [
        _node(0, "claim", 2, 0, "Kessler pointed out that"),
        _node(1, "claim", 3, 10, "the water board had cut supplies to the northern orchards"),
        _node(2, "denial", 4, 20, "supplies to the orchards were never cut"),
    ]
    link(nodes)
    assert nodes[2].denies == [1]


@pytest.mark.parametrize("disabled", [False, True])
def test_rejecting_that_account_answers_the_counter_account_just_told(monkeypatch, disabled):
    # the hauliers' claim, the inspectors' counter-account, then `drivers reject that account`
    # (drivers: another speaker than the hauliers' association): the account is the
    # counter-account just told, not the claim before it
    if disabled:
        monkeypatch.setenv(DISABLE_ENV, "refers-back-latest-account")
    nodes = [
        _node(0, "claim", 1, 0, "the inspectors started charging a new toll on lorries"),
        _node(1, "denial", 2, 10, "the toll was the same fee charged on every lorry since 2015"),
        _node(2, "denial", 3, 12, "the drivers reject that account", anaphor="version"),
    ]
    link(nodes)
    assert nodes[2].denies == ([0] if disabled else [1])
    assert nodes[2].why[nodes[2].denies[0]] == (
        "refers-back" if disabled else "refers-back-latest-account"
    )


def test_that_account_after_a_claim_is_still_the_claim():
    nodes = [
        _node(0, "denial", 2, 0, "the toll was the same fee charged on every lorry since 2015"),
        _node(1, "claim", 1, 10, "the inspectors started charging a new toll on lorries"),
        _node(2, "denial", 3, 12, "the ministry rejected that account", anaphor="version"),
    ]
    link(nodes)
    assert nodes[2].denies == [1]


@pytest.mark.parametrize("disabled", [False, True])
def test_an_outlet_standing_by_its_reporting_confirms_the_main_report(monkeypatch, disabled):
    # the report opens the article; a later side claim opens a dispute of its own; the outlet's
    # `stands by its reporting` shares no word with either: it confirms the main report
    if disabled:
        monkeypatch.setenv(DISABLE_ENV, "stands-by-main-report")
    nodes = [
        _node(0, "claim", 1, 0, "Vestria plans to double the toll on the Amber bridge next year"),
        _node(1, "denial", 2, 10, "Vestria has no plan to double the Amber bridge toll"),
        _node(2, "claim", 3, 20, "hauliers were warned in October about new lorry charges"),
        _node(3, "confirmation", 4, 30, "The Courier stands by its reporting", stand_by=True),
    ]
    link(nodes)
    assert nodes[3].confirms == ([] if disabled else [0])


@pytest.mark.parametrize("disabled", [False, True])
def test_a_further_sentence_naming_one_detail_answers_that_claim_alone(monkeypatch, disabled):
    # `There is no such order` answers the report told in two claims; the spokeswoman's next
    # sentence names the meeting in February, the second claim's detail: that claim alone
    if disabled:
        monkeypatch.setenv(DISABLE_ENV, "runs-on-detail")
    texts = [
        "the ministry had told the port office to refuse berths to Vessian boats",
        "the order was sent by fax after a meeting in Dorrin on February 12",
        "There is no such order, the boats are welcome as always",
        "the ministry had never discussed the matter at any meeting in February",
    ]
    nodes = [
        _node(i, st, sp, i * 10, t)
        for i, (st, sp, t) in enumerate(
            zip(["claim", "claim", "denial", "denial"], [1, 1, 2, 2], texts, strict=True)
        )
    ]
    for nd, t in zip(nodes, texts, strict=True):
        nd.keys = keys(t)
    nodes[2].anaphor = "accusation"
    link(nodes)
    assert nodes[2].denies == [0, 1]
    assert nodes[3].denies == ([0, 1] if disabled else [1])
