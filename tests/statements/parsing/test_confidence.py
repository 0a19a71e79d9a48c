"""Confidence and reasons: every statement and link is scored in [0, 1], with its trace."""

import datetime as dt

import pytest

from statements.parsing import confidence, parse_article, to_contract

DAY = dt.date(2026, 5, 6)

DISPUTE = (
    "The Harbour Ledger reported on Monday that the port authority had sold two cranes to a "
    "private buyer.\n\n"
    "The port authority denied the report on Tuesday, calling it a fabrication.\n\n"
    'Asked about the cranes, he said: "We do not discuss it."\n'
)


def test_every_statement_and_link_has_a_confidence_between_zero_and_one():
    contract = to_contract(parse_article(DISPUTE, published=DAY))
    assert contract["statements"]
    for s in contract["statements"]:
        assert 0.0 <= s["confidence"] <= 1.0
        assert {x["target"] for x in s["links"]} == set(s["denies"]) | set(s["confirms"])
        assert all(0.0 <= x["confidence"] <= 1.0 for x in s["links"])


def test_every_statement_carries_its_rule_trace_and_reasons():
    contract = to_contract(parse_article(DISPUTE, published=DAY))
    for s in contract["statements"]:
        assert any(f.startswith("rule:") for f in s["trace"])
        assert s["reasons"], s
        assert all(name in s["trace"] for name, _ in s["reasons"])


def test_a_named_denial_by_its_verb_is_more_certain_than_a_short_remark():
    strong = frame(rule="verb", vclass="deny", stance="denial", speaker="The ministry", named=True)
    weak = frame(rule="tail", vclass="say", stance="denial", speaker="he", pronoun=True)
    model = confidence.model().statement
    assert model.probability((*strong, "words:<25")) > model.probability((*weak, "words:<6"))


def test_a_verb_that_states_the_stance_with_a_named_subject_is_strong_evidence():
    assert "evidence:strong" in frame(
        rule="verb", vclass="deny", stance="denial", speaker="The ministry", named=True
    )
    assert "evidence:strong" not in frame(
        rule="verb", vclass="deny", stance="denial", speaker="She", named=True, pronoun=True
    )
    assert "cue:none" in frame(rule="verb", vclass="say", stance="denial", speaker="X", named=True)


def test_the_calibration_curve_keeps_the_order_of_raw_scores():
    curve = ((0.5, 0.6), (0.7, 0.72), (0.85, 0.88))
    xs = [i / 20 for i in range(21)]
    ys = [confidence.interpolate(curve, x) for x in xs]
    assert ys == sorted(ys)
    assert len(set(ys)) == len(ys)
    assert ys[0] == 0.0 and ys[-1] == 1.0


def test_a_missing_model_file_is_an_error(monkeypatch, tmp_path):
    monkeypatch.setattr(confidence, "MODEL_FILE", tmp_path / "absent.json")
    confidence.model.cache_clear()
    try:
        with pytest.raises(FileNotFoundError):
            confidence.model()
    finally:
        monkeypatch.undo()
        confidence.model.cache_clear()


def frame(**kw):
    base = {
        "rule": "verb",
        "vclass": "say",
        "stance": "comment",
        "stance_cue": False,
        "speaker": None,
        "speaker_kind": "organisation",
        "named": False,
        "pronoun": False,
    }
    return confidence.frame_trace(**{**base, **kw})
