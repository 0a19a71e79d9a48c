"""The learned link-target layer of session 10 (`link-model`) on invented statements."""

import math
import re

import pytest

from statements.parsing import link_model
from statements.parsing.link import Node, content_stems, link
from statements.parsing.rules import DISABLE_ENV


def _node(idx, stance, speaker, pos, text="", **kw):
    kw.setdefault("side", speaker)
    kw.setdefault("para", pos // 10)
    return Node(
        idx=idx, stance=stance, speaker=speaker, block=0, pos=pos, stems=content_stems(text), **kw
    )


def _report_and_denial():
    # a weekly's report told in two claims, then the port authority's general denial
    return [
        _node(0, "claim", 1, 0, "the harbour cranes were sold to a shipping firm", kind="media"),
        _node(1, "claim", 1, 10, "the sale was agreed without a public tender", kind="media"),
        _node(
            2,
            "denial",
            2,
            20,
            "the port authority called the report wholly untrue",
            kind="government",
        ),
    ]


# A hand-made model: a further claim of the report the rules chose a claim of is a link.
_HAND = link_model.LinkModel(
    bias=-3.0, weights={"chosen": 6.0, "chosen-speaker": 6.0}, known=frozenset(), add=0.8, drop=0.1
)


def test_choose_adds_and_drops_by_the_thresholds():
    m = link_model.LinkModel(0.0, {}, frozenset(), add=0.6, drop=0.1)
    assert m.choose([True, False, False, True], [0.5, 0.7, 0.3, 0.05]) == ([1], [3])
    off = link_model.LinkModel(0.0, {}, frozenset(), add=math.inf, drop=-math.inf)
    assert off.choose([True, False], [0.0, 1.0]) == ([], [])


def test_swap_drops_a_chosen_target_far_less_probable_than_the_added_one():
    m = link_model.LinkModel(0.0, {}, frozenset(), add=0.6, drop=0.1, swap=0.3)
    assert m.choose([True, False], [0.4, 0.8]) == ([1], [0])
    assert m.choose([True, False], [0.6, 0.8]) == ([1], [])


def test_acts_on_leaves_answers_of_other_rules_alone():
    m = link_model.LinkModel(0.0, {}, frozenset(), 0.6, 0.1, acts_on=frozenset({"dispute-leads"}))
    assert m.acts(["dispute-leads"]) and m.acts([])
    assert not m.acts(["refers-back"])


@pytest.mark.parametrize("disabled", [False, True])
def test_the_model_adds_the_further_claim_of_a_report(monkeypatch, disabled):
    monkeypatch.setattr(link_model, "model", lambda: _HAND)
    if disabled:
        monkeypatch.setenv(DISABLE_ENV, "link-model")
    nodes = _report_and_denial()
    link(nodes)
    if disabled:
        assert nodes[2].denies == [0]
    else:
        assert nodes[2].denies == [0, 1]
        assert nodes[2].why[1] == "link-model"


def test_an_unknown_rule_name_falls_into_its_family_bucket():
    m = link_model.LinkModel(0.0, {"why:other": 2.0}, frozenset({"why:dispute-leads"}), 0.6, 0.1)
    assert m.probability(["why:some-new-rule"]) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert m.probability(["why:dispute-leads"]) == pytest.approx(0.5)


def test_the_shipped_model_weighs_no_word_of_an_article():
    fitted = link_model.model()
    assert fitted is not None
    assert 0.0 < fitted.add <= 1.0
    # every feature is a closed family: a flag, or a family name and a closed value
    open_word = re.compile(r"^[a-z-]+(?::[a-z0-9<>+.-]+)?$")
    families = {f.split(":", 1)[0] for f in fitted.weights}
    assert families <= {
        "a", "c", "pair", "n-chosen", "others", "why", "chosen-of", "dist", "paras", "rank",
        "ov", "share", "match", "kinds", "report-size", "vs-chosen-ov", "vs-chosen-match",
        "anaphor", "anaphor-chosen",
    } | {f for f in fitted.weights if ":" not in f}  # fmt: skip
    assert all(open_word.match(f) for f in fitted.weights)


def test_the_features_count_shared_words_and_never_name_them():
    nodes = _report_and_denial()
    w = link_model.window(nodes, {}, {})
    cands = link_model.candidates(nodes[2], w)
    feats = link_model.answer_features(nodes[2], w, cands)
    words = {"harbour", "cranes", "sold", "shipping", "tender", "authority", "untrue"}
    assert not any(word in f for fs in feats for f in fs for word in words)
    assert [c.idx for c in cands] == [0, 1]


def test_a_long_page_is_left_to_the_rules(monkeypatch):
    monkeypatch.setattr(link_model, "model", lambda: _HAND)
    monkeypatch.setattr(link_model, "MAX_STATEMENTS", 2)
    nodes = _report_and_denial()
    link(nodes)
    assert nodes[2].denies == [0]
