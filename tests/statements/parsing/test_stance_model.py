"""The learned stance layer (`stance-model`): a fitted model revises the rules' stance."""

import importlib.util
import json
import pathlib
import sys

from statements.parsing import parse_article, stance_model, to_contract
from tests.conftest import needs_shared

ROOT = pathlib.Path(__file__).resolve().parents[3]

# Two paragraphs: a paper's report, and an answer with no word of denial in it. The rules read
# the answer as a comment.
ARTICLE = (
    "The Valdor Courier reported on Monday that the harbour authority had sold two tugboats "
    "to a private buyer.\n\n"
    'The harbour authority said: "Both tugboats are still moored in our eastern basin."\n'
)


def _answer(out: dict) -> dict:
    return next(s for s in out["statements"] if "moored" in s["text"])


def _model(margin: float, weight: float) -> stance_model.StanceModel:
    """An invented model: a row of another side than the claimant's, after a claim, that shares
    words with it, leans to denial by `weight`."""
    return stance_model.from_dict(
        {
            "bias": dict.fromkeys(stance_model.STANCES, 0.0),
            "weights": {
                "rs:comment": {"comment": 1.0},
                "rs:claim": {"claim": 3.0},
                "side:other": {"denial": weight},
            },
            "known": [],
            "margin": margin,
        }
    )


def _parse_with(monkeypatch, fitted: stance_model.StanceModel | None) -> dict:
    monkeypatch.setattr(stance_model, "model", lambda: fitted)
    return to_contract(parse_article(ARTICLE))


def test_shipped_model_file_loads_as_a_model_with_weights_and_its_loso_table():
    raw = json.loads(stance_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert set(raw["bias"]) == set(stance_model.STANCES)
    assert raw["weights"] and raw["loso"]
    fitted = stance_model.from_dict(raw)
    p = fitted.probabilities(["rs:denial", "vclass:deny", "cue:denial"])
    assert abs(sum(p.values()) - 1.0) < 1e-9
    assert max(p, key=lambda s: p[s]) == "denial"
    # without a margin (the fit script's check across sets failed) the pass has no model
    stance_model.model.cache_clear()
    assert (stance_model.model() is None) is (raw["margin"] is None)


def test_a_model_without_a_margin_never_changes_a_stance():
    fitted = stance_model.from_dict({"bias": {"denial": 5.0}, "weights": {}, "margin": None})
    assert fitted.revise("comment", ["rs:comment"]) is None


def test_rules_read_an_answer_without_a_denial_word_as_a_comment(monkeypatch):
    out = _parse_with(monkeypatch, None)
    assert _answer(out)["stance"] == "comment"


def test_a_confident_model_turns_the_other_side_answer_into_a_denial(monkeypatch):
    out = _parse_with(monkeypatch, _model(margin=0.3, weight=3.0))
    answer = _answer(out)
    assert answer["stance"] == "denial"
    assert answer["rules"][-1] == "stance-model:denial"
    # the report the answer follows keeps its stance: the model prefers claim for it
    report = next(s for s in out["statements"] if "tugboats" in s["text"] and s is not answer)
    assert report["stance"] == "claim"


def test_a_model_short_of_its_margin_keeps_the_rules_stance(monkeypatch):
    out = _parse_with(monkeypatch, _model(margin=0.9, weight=3.0))
    assert _answer(out)["stance"] == "comment"
    assert not any(r.startswith("stance-model") for s in out["statements"] for r in s["rules"])


def test_a_fixed_stance_is_neither_given_nor_taken_by_the_model():
    fitted = stance_model.from_dict(
        {
            "bias": {"claim": 0.0, "denial": 0.0, "confirmation": 0.0, "comment": 0.0},
            "weights": {"side:other": {"denial": 4.0, "claim": 3.0}},
            "margin": 0.1,
            "fixed": ["denial"],
        }
    )
    # the model prefers denial, which it may not give: it takes its best other stance
    assert fitted.revise("comment", ["side:other"]) == "claim"
    assert fitted.revise("denial", ["rs:denial"]) is None


def test_a_barred_move_is_never_made_and_leaves_the_rules_stance():
    fitted = stance_model.from_dict(
        {
            "bias": {"claim": 0.0, "denial": 0.0, "confirmation": 0.0, "comment": 0.0},
            "weights": {"side:other": {"claim": 4.0, "comment": 3.0}},
            "margin": 0.1,
            "barred": ["denial>claim"],
        }
    )
    # its best move from a denial is barred: no second choice, the rules' denial stays
    assert fitted.revise("denial", ["side:other"]) is None
    # the same preference from a comment is no barred move
    assert fitted.revise("comment", ["side:other"]) == "claim"


def _fit_script(monkeypatch):
    spec = importlib.util.spec_from_file_location("fit_stance", ROOT / "bench" / "fit_stance.py")
    assert spec is not None and spec.loader is not None
    fit_stance = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "fit_stance", fit_stance)  # its dataclasses look it up
    spec.loader.exec_module(fit_stance)
    return fit_stance


def test_fit_script_bars_the_moves_the_sets_left_out_do_not_bear_out(monkeypatch):
    fit_stance = _fit_script(monkeypatch)

    def ex(rules: str, gold: str) -> object:
        return fit_stance.Example("a", ("f",), rules, gold, frozenset([gold]))

    # the invented model moves every denial to claim and every comment to claim
    model = stance_model.StanceModel(
        {"claim": 0.0, "denial": 0.0, "confirmation": 0.0, "comment": 0.0},
        {"f": {"claim": 5.0}},
        frozenset(),
        0.0,
    )
    by_set = {
        "a": [ex("denial", "denial"), ex("denial", "claim"), ex("comment", "claim")],
        "b": [ex("denial", "denial"), ex("comment", "claim"), ex("comment", "comment")],
    }
    barred, lines = fit_stance.unborne_moves(by_set, {"a": model, "b": model}, 0.1)
    # denial>claim fixed 1, broke 2: barred; comment>claim fixed 2, broke 1: kept
    assert barred == frozenset({"denial>claim"})
    assert any("comment>claim" in line and "fixed   2" in line for line in lines)


def test_stance_model_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "stance-model")
    out = _parse_with(monkeypatch, _model(margin=0.3, weight=3.0))
    assert _answer(out)["stance"] == "comment"


def test_a_rule_or_verb_unknown_to_the_model_falls_into_its_family_bucket():
    fitted = stance_model.StanceModel({}, {}, frozenset({"rule:verb-deny:denial"}), 0.5)
    assert fitted.bucket(["rule:verb-deny:denial", "rule:new-rule:claim", "verb:quipped"]) == [
        "rule:verb-deny:denial",
        "rule:other:claim",
        "verb:other",
    ]


def test_features_name_no_word_of_the_article(monkeypatch):
    seen: list[list[str]] = []
    real = stance_model.row_features

    def record(rows, skip=frozenset(), needed=None):
        seen.extend(real(rows, skip))  # every row's features, not only those the pass may revise
        return real(rows, skip, needed)

    monkeypatch.setattr(stance_model, "row_features", record)
    _parse_with(monkeypatch, _model(margin=0.9, weight=0.0))
    names = " ".join(f for feats in seen for f in feats).lower()
    assert "rs:claim" in names and "rs:comment" in names
    for word in ("tugboat", "harbour", "basin", "moored", "valdor", "courier"):
        assert word not in names


@needs_shared
def test_fit_script_aligns_parsed_statements_to_gold_with_their_speakers(tmp_path, monkeypatch):
    fit_stance = _fit_script(monkeypatch)
    article = {
        "id": "invented",
        "published": "2026-03-10",
        "text": ARTICLE,
        "gold": {
            "actors": [
                {"name": "The Valdor Courier", "kind": "media", "aliases": []},
                {"name": "harbour authority", "kind": "organisation", "aliases": []},
            ],
            "statements": [
                {
                    "id": "c1",
                    "speaker": "The Valdor Courier",
                    "stance": "claim",
                    "quote_or_span": "had sold two tugboats to a private buyer",
                },
                {
                    "id": "d1",
                    "speaker": "harbour authority",
                    "stance": "denial",
                    "also_accept": ["comment"],
                    "quote_or_span": "Both tugboats are still moored in our eastern basin",
                },
            ],
        },
    }
    path = tmp_path / "invented.json"
    path.write_text(json.dumps(article))
    sc = fit_stance.calibration.load_scorer()
    examples = fit_stance.examples(sc, path)
    by_gold = {e.gold: e for e in examples}
    assert set(by_gold) == {"claim", "denial"}
    assert by_gold["claim"].rules == "claim" and "rs:claim" in by_gold["claim"].features
    answer = by_gold["denial"]
    # the rules said comment, which the gold also accepts: the label keeps the rules' reading
    assert answer.rules == "comment" and answer.label == "comment"
    assert answer.accept == frozenset({"denial", "comment"})


# The accused answers: a paper's claim names a state; that state's ministry then speaks.
ACCUSED = (
    "The Lakeside Herald reported on Monday that Kenya had closed the Busia crossing to "
    "Ugandan lorries.\n\n"
    'Kenya\'s transport ministry said: "Lorries crossed at Busia all week, as on any other."\n\n'
    'Joseph Mwangi, who runs a depot in Busia, said: "We saw the usual queues."\n'
)


def _features_of(monkeypatch, text: str) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    real = stance_model.row_features

    def record(rows, skip=frozenset(), needed=None):
        for r, feats in zip(rows, real(rows, skip), strict=True):
            seen[r.content] = feats
        return real(rows, skip, needed)

    monkeypatch.setattr(stance_model, "row_features", record)
    monkeypatch.setattr(stance_model, "model", lambda: _model(margin=0.9, weight=0.0))
    parse_article(text)
    return seen


def test_the_accused_speaking_and_an_answer_naming_the_claimant_are_features(monkeypatch):
    seen = _features_of(monkeypatch, ACCUSED)
    ministry = next(f for c, f in seen.items() if "all week" in c)
    assert "accused-speaks" in ministry  # the claim names Kenya, the ministry's state
    depot = next(f for c, f in seen.items() if "usual queues" in c)
    assert "accused-speaks" not in depot  # a bystander: the claim names neither him nor his state
    assert not any("names-claimant" in f for f in seen.values())
    answer = ACCUSED.replace("as on any other", "whatever the Lakeside Herald says")
    seen = _features_of(monkeypatch, answer)
    ministry = next(f for c, f in seen.items() if "all week" in c)
    assert "names-claimant" in ministry
