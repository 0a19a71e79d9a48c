"""Fit the learned stance layer (lexicon/stance_model.json), checked leave-one-set-out.

    .venv/bin/python bench/fit_stance.py              # LOSO table, then fit on every set, write
    .venv/bin/python bench/fit_stance.py --dry-run    # the table and the weights, nothing written

Every annotated set is parsed in-process with the stance model off; at the point where the
model's pass runs (after the rules: sides, unrelated negations, no dispute) each row's general
features and the rules' stance are recorded (`stance_model.row_features`). The parse result's
statements are aligned to the gold the way the scorer does (`span_match` + greedy, with the
speaker: /work/shared/eval/score.py, imported, not copied), and each aligned row is labelled with
the gold stance (the rules' stance when the gold also accepts it, so the model learns to leave an
accepted reading alone).

A multinomial L2 logistic regression is fitted on all sets but one and scores the set left out,
for every set; the regularisation and the margin (how much more probable the model's stance must
be than the rules' for the pass to change it) are the ones with the best mean gain over the sets
left out. The table prints, per set, the rules' stance accuracy (with `also_accept`, as the
scorer counts) and denial F1 beside the model's, with how many stances the model fixed and
broke. Before the table, every move (`denial>claim`) of the models fitted without each set is
counted, fixed against broke, and a move that fixed no more than it broke is barred (the pass
never makes it). The shipped model is then fitted on every set with the chosen settings; it gets no
margin (the parser's pass then changes nothing) unless the LOSO table bears it out (MAX_LOSS).
`--links` also parses every set whole with the model fitted without it and prints the scorer's
stance, denial and link figures, rules alone -> model (a few minutes more).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pathlib
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # also when imported from elsewhere (the tests)

import calibration  # noqa: E402  (bench/ is the script's own folder)

from statements.parsing import stance_model  # noqa: E402
from statements.parsing.cli import parse_path  # noqa: E402
from statements.parsing.contract import to_contract  # noqa: E402
from statements.parsing.model import Row  # noqa: E402

TESTS = calibration.TESTS
HELD_OUT = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5")
# Left out of the shipped fit (still in the leave-one-set-out table), as the check a later fit
# is judged on. Fitted with it, the model read heldout5's stances better (0.684) but its links
# fell (0.207 -> 0.197: claim/comment flips the fit traded for stance); fitted without it, its
# links held (the LOSO figure).
KEEP_OUT = ("heldout5",)
STANCES = stance_model.STANCES
L2_GRID = (0.3, 1.0, 3.0)
MARGIN_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
# Of the settings whose mean LOSO gain is within this of the best, the one that changes least
# (largest margin, then strongest regularisation) is taken: the best one is partly luck.
WITHIN = 0.002
# Shipped only when the sets left out bear it out: most of the held-out sets gain, no set loses
# more than this many statements (one misread a set is noise on 40 to 550 statements), and the
# denial class does not lose on the mean over the sets (the links are made from the denials:
# at the first fit, 2026-12-05, stance gained on 4 of 5 held-out sets but denial F1 fell by
# 0.004 on the mean and the scorer's link F1, LOSO, on 4 of 5 held-out sets; not shipped).
MAX_LOSS = 1
# Stances the pass neither takes away nor gives: left to the rules. At the first fit (2026-12-05,
# eight sets) denial free gained stance on 4 of 5 held-out sets but lost denial F1 (mean -0.004)
# and the scorer's link F1 on 4 of 5, and denial was fixed. At the fourteenth session's fit
# (seventeen sets) denial free gained 82 statements leave-one-set-out against 63 fixed, and
# denial F1 +0.008 on the mean: no stance is fixed; the moves the sets left out do not bear out
# are barred instead (`unborne_moves`).
FIXED: tuple[str, ...] = ()
MIN_SUPPORT = 5  # a feature seen fewer times in the training sets gets no weight (or its bucket)
# The sets kept back from everyone tuning the parser: never parsed here, neither fitted on nor
# scored (they are scored only by the summary row at a session's milestones).
KEPT_BACK_SETS = tuple(f"heldout{n}" for n in range(10, 17))  # heldout10-16


def sets() -> dict[str, list[pathlib.Path]]:
    """The annotated sets by name: the scorer's sets, and the small own sets as one."""
    out = {
        name: [folder] for name, folder in calibration.SETS.items() if name not in KEPT_BACK_SETS
    }
    own = sorted(p for p in TESTS.iterdir() if p.is_dir() and p.name.startswith(("p_", "p-")))
    if own:
        out["p_sets"] = own
    return out


@dataclass(frozen=True, slots=True)
class Example:
    """One statement aligned to the gold: its features, the rules' stance and the gold's."""

    article: str
    features: tuple[str, ...]
    rules: str  # the rules' stance
    gold: str
    accept: frozenset[str]  # the gold stance and its also_accept

    @property
    def label(self) -> str:
        """What the model should say: the rules' stance where the gold accepts it."""
        return self.rules if self.rules in self.accept else self.gold


def align(sc: Any, gold: dict[str, Any], result: dict[str, Any]) -> dict[int, int]:
    """Predicted statement index -> gold statement index: the scorer's matching with speaker."""
    gby = {a["name"]: a for a in gold["actors"]}
    pby = {a["id"]: a for a in result["actors"]}
    pairs = []
    for pi, p in enumerate(result["statements"]):
        sp = pby.get(p.get("speaker"))
        for gi, g in enumerate(gold["statements"]):
            m = sc.span_match(g["quote_or_span"], p["text"])
            if m and sp is not None and sc.actor_similarity(sp, gby[g["speaker"]]) > 0:
                pairs.append((m, pi, gi))
    return dict(sc.greedy(pairs))


class _Spy:
    """Stands in for the model's pass: records the rows and their features, changes nothing."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.features: list[list[str]] = []

    def __call__(
        self, rows: list[Row], skip: frozenset[str] = frozenset(), fitted: object = None
    ) -> None:
        self.rows = rows
        self.features = stance_model.row_features(rows, skip)


def examples(sc: Any, path: pathlib.Path) -> list[Example]:
    """The aligned statements of one article file, read by the rules alone."""
    article = json.loads(path.read_text(encoding="utf-8"))
    spy = _Spy()
    real = stance_model.revise_stances
    setattr(stance_model, "revise_stances", spy)  # noqa: B010  (the pass, watched)
    try:
        parsed = parse_path(str(path))
    finally:
        setattr(stance_model, "revise_stances", real)  # noqa: B010
    result = to_contract(parsed)
    index = {id(r): k for k, r in enumerate(spy.rows)}
    out = []
    gst = article["gold"]["statements"]
    for pi, gi in align(sc, article["gold"], result).items():
        sid = result["statements"][pi]["id"]
        k = int(sid[1:]) - 1  # contract ids are s1.. in row order
        if not 0 <= k < len(spy.rows) or index.get(id(spy.rows[k])) != k:
            continue
        g = gst[gi]
        out.append(
            Example(
                article=article["id"],
                features=tuple(spy.features[k]),
                rules=result["statements"][pi]["stance"],
                gold=g["stance"],
                accept=frozenset([g["stance"], *g.get("also_accept", [])]),
            )
        )
    return out


def collect(names: Sequence[str] | None = None) -> dict[str, list[Example]]:
    """Aligned examples of every set."""
    sc = calibration.load_scorer()
    if sc is None:
        raise SystemExit(f"the shared scorer is absent ({calibration.SCORER})")
    out = {}
    for name, folders in sets().items():
        if names and name not in names:
            continue
        out[name] = [
            e for folder in folders for p in sorted(folder.glob("*.json")) for e in examples(sc, p)
        ]
    return out


def vocabulary(train: Sequence[Example]) -> tuple[list[str], frozenset[str]]:
    """The features that get a weight, and the bucketed values known by name."""
    support = Counter(f for e in train for f in set(e.features))
    known = frozenset(
        f for f, n in support.items() if f.startswith(stance_model.BUCKETED) and n >= MIN_SUPPORT
    )
    probe = stance_model.StanceModel({}, {}, known, 0.0)
    bucketed = Counter(f for e in train for f in set(probe.bucket(e.features)))
    return sorted(f for f, n in bucketed.items() if n >= MIN_SUPPORT), known


def fit(train: Sequence[Example], l2: float, steps: int = 1500) -> stance_model.StanceModel:
    """Softmax regression: mean log-loss + l2/n * |W|^2 (biases free), by gradient descent."""
    names, known = vocabulary(train)
    probe = stance_model.StanceModel({}, {}, known, 0.0)
    col = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(train), len(names)))
    for i, e in enumerate(train):
        for f in set(probe.bucket(e.features)):
            if f in col:
                x[i, col[f]] = 1.0
    y = np.zeros((len(train), len(STANCES)))
    for i, e in enumerate(train):
        y[i, STANCES.index(e.label)] = 1.0
    n = len(train)
    w = np.zeros((len(names), len(STANCES)))
    b = np.log(y.mean(axis=0) + 1e-3)
    # Adam: the features are binary and unevenly frequent; plain descent crawls on rare ones
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    rate, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - y) / n
        gw = x.T @ err + 2 * l2 * w / n
        gb = err.sum(axis=0)
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= rate * (mw / (1 - b1**t)) / (np.sqrt(vw / (1 - b2**t)) + 1e-8)
        b -= rate * (mb / (1 - b1**t)) / (np.sqrt(vb / (1 - b2**t)) + 1e-8)
    weights: dict[str, dict[str, float]] = {
        f: {
            str(s): round(float(w[i, j]), 4) for j, s in enumerate(STANCES) if abs(w[i, j]) >= 0.005
        }
        for f, i in col.items()
    }
    return stance_model.StanceModel(
        bias={str(s): round(float(b[j]), 4) for j, s in enumerate(STANCES)},
        weights={f: v for f, v in weights.items() if v},
        known=known,
        margin=0.0,
        fixed=frozenset(FIXED),
    )


@dataclass(frozen=True, slots=True)
class Score:
    """Stance accuracy and denial F1 of a list of predictions, the scorer's way."""

    n: int
    right: int
    tp: int
    fp: int
    fn: int

    @property
    def acc(self) -> float:
        return self.right / self.n if self.n else 0.0

    @property
    def denial_f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def score(ex: Sequence[Example], said: Sequence[str]) -> Score:
    """How the stances `said` fare against the gold of the examples."""
    right = tp = fp = fn = 0
    for e, s in zip(ex, said, strict=True):
        right += s in e.accept
        denial = "denial" in e.accept
        tp += s == "denial" and denial
        fp += s == "denial" and not denial
        fn += e.gold == "denial" and s != "denial"
    return Score(len(ex), right, tp, fp, fn)


def predict(
    m: stance_model.StanceModel,
    ex: Sequence[Example],
    margin: float,
    barred: frozenset[str] = frozenset(),
) -> list[str]:
    """The stances after the model's pass with this margin (and these moves barred)."""
    acting = dataclasses.replace(m, margin=margin, barred=barred)
    return [acting.revise(e.rules, e.features) or e.rules for e in ex]


def unborne_moves(
    by_set: dict[str, list[Example]], models: dict[str, stance_model.StanceModel], margin: float
) -> tuple[frozenset[str], list[str]]:
    """The moves (`denial>claim`) that, made by each set's model fitted without it, broke at
    least as many readings as they fixed over all the sets left out; and the table of moves."""
    fixed: Counter[str] = Counter()
    broke: Counter[str] = Counter()
    for name, ex in by_set.items():
        for e, s in zip(ex, predict(models[name], ex, margin), strict=True):
            if s == e.rules:
                continue
            move = f"{e.rules}>{s}"
            fixed[move] += s in e.accept
            broke[move] += e.rules in e.accept
    moves = sorted(set(fixed) | set(broke))
    lines = [f"    {m:26} fixed {fixed[m]:3d}  broke {broke[m]:3d}" for m in moves]
    return frozenset(m for m in moves if fixed[m] <= broke[m]), lines


def loso(by_set: dict[str, list[Example]], l2: float) -> dict[str, stance_model.StanceModel]:
    """For every set, the model fitted on all the others."""
    return {
        name: fit([e for other, ex in by_set.items() if other != name for e in ex], l2)
        for name in by_set
    }


def table(
    by_set: dict[str, list[Example]],
    models: dict[str, stance_model.StanceModel],
    margin: float,
    barred: frozenset[str] = frozenset(),
) -> tuple[list[str], dict[str, tuple[Score, Score]]]:
    """The LOSO table's lines and each set's (rules, model) scores."""
    lines = [
        f"  {'set':12} {'n':>5} {'rules acc':>9} {'model acc':>9} {'fixed':>5} {'broke':>5}"
        f" {'rules den':>9} {'model den':>9}"
    ]
    out = {}
    for name, ex in by_set.items():
        said = predict(models[name], ex, margin, barred)
        rules, model = score(ex, [e.rules for e in ex]), score(ex, said)
        fixed = sum(s != e.rules and s in e.accept for e, s in zip(ex, said, strict=True))
        broke = sum(s != e.rules and e.rules in e.accept for e, s in zip(ex, said, strict=True))
        out[name] = (rules, model)
        lines.append(
            f"  {name:12} {rules.n:5d} {rules.acc:9.3f} {model.acc:9.3f} {fixed:5d} {broke:5d}"
            f" {rules.denial_f1:9.3f} {model.denial_f1:9.3f}"
        )
    return lines, out


def mean_gain(scores: dict[str, tuple[Score, Score]]) -> float:
    """The mean over the sets left out of the model's accuracy gain over the rules."""
    return sum(m.acc - r.acc for r, m in scores.values()) / max(1, len(scores))


def whole_parse(
    sc: Any, folders: Sequence[pathlib.Path], fitted: stance_model.StanceModel | None
) -> dict[str, float]:
    """The scorer's stance, denial and link figures of a set parsed with this model (None: the
    rules alone): the links are read after the model's stances, so they move with them."""
    real = stance_model.model
    setattr(stance_model, "model", lambda: fitted)  # noqa: B010  (the pass asks for its model)
    total = Counter[str]()
    try:
        for folder in folders:
            for path in sorted(folder.glob("*.json")):
                article = json.loads(path.read_text(encoding="utf-8"))
                tally, _ = sc.score_article(article, to_contract(parse_path(str(path))), False)
                total.update(tally)
    finally:
        setattr(stance_model, "model", real)  # noqa: B010

    def f1(tp: str, fp: str, fn: str) -> float:
        return 2 * total[tp] / (2 * total[tp] + total[fp] + total[fn]) if total[tp] else 0.0

    return {
        "stance": total["stance_ok"] / total["stance_n"] if total["stance_n"] else 0.0,
        "denial": f1("deny_tp", "deny_fp", "deny_fn"),
        "links": f1("link_tp", "link_fp", "link_fn"),
    }


def links_table(
    models: dict[str, stance_model.StanceModel], margin: float, barred: frozenset[str]
) -> list[str]:
    """Per set, the scorer's figures with the rules alone and with the model fitted without it."""
    sc = calibration.load_scorer()
    lines = [f"  {'set':12} {'stance':>13} {'denial F1':>13} {'link F1':>13}   (rules -> model)"]
    for name, folders in sets().items():
        before = whole_parse(sc, folders, None)
        acting = dataclasses.replace(models[name], margin=margin, barred=barred)
        after = whole_parse(sc, folders, acting)
        lines.append(
            f"  {name:12}"
            + "".join(f" {before[k]:.3f} -> {after[k]:.3f}" for k in ("stance", "denial", "links"))
        )
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="print, write nothing")
    ap.add_argument("--l2", type=float, help="regularisation (default: chosen by LOSO)")
    ap.add_argument("--margin", type=float, help="margin (default: chosen by LOSO)")
    ap.add_argument(
        "--links",
        action="store_true",
        help="also parse every set whole with its LOSO model: the scorer's link F1 moves too",
    )
    args = ap.parse_args()
    by_set = collect()
    print("aligned statements: " + ", ".join(f"{k} {len(v)}" for k, v in by_set.items()))
    tried: list[tuple[float, float, float]] = []  # (gain, l2, margin)
    fitted: dict[float, dict[str, stance_model.StanceModel]] = {}
    for l2 in (args.l2,) if args.l2 is not None else L2_GRID:
        fitted[l2] = loso(by_set, l2)
        for margin in (args.margin,) if args.margin is not None else MARGIN_GRID:
            _, sc = table(by_set, fitted[l2], margin)
            gain = mean_gain(sc)
            changes = " ".join(f"{k} {m.right - r.right:+d}" for k, (r, m) in sc.items())
            print(f"  l2={l2:g} margin={margin:.2f}: mean LOSO gain {gain:+.4f}  ({changes})")
            tried.append((gain, l2, margin))
    top = max(g for g, _, _ in tried)
    _, l2, margin = max((m, l2, g) for g, l2, m in tried if g >= top - WITHIN)[::-1]
    barred, moves = unborne_moves(by_set, fitted[l2], margin)
    print("\nthe moves of the models fitted without each set (barred: fixed no more than broke):")
    print("\n".join(moves))
    print(f"  barred: {', '.join(sorted(barred)) or 'none'}")
    lines, scores = table(by_set, fitted[l2], margin, barred)
    print(f"\nleave-one-set-out (l2 {l2:g}, margin {margin:.2f}; each set scored by a model")
    print("fitted on all the other sets):")
    print("\n".join(lines))
    gains = [scores[s][1].right - scores[s][0].right for s in HELD_OUT if s in scores]
    worst = min(m.right - r.right for r, m in scores.values())
    denial = sum(m.denial_f1 - r.denial_f1 for r, m in scores.values()) / len(scores)
    ships = sum(g > 0 for g in gains) > len(gains) / 2 and worst >= -MAX_LOSS and denial >= 0
    print(
        f"  held-out sets gaining: {sum(g > 0 for g in gains)} of {len(gains)}; worst set "
        f"change {worst:+d} statements; mean denial F1 change {denial:+.4f}: "
        f"{'ships' if ships else 'does NOT ship (no margin: the pass changes nothing)'}"
    )
    if args.links:
        print("\nwhole parses, each set with the model fitted without it (the scorer's figures):")
        print("\n".join(links_table(fitted[l2], margin, barred)))
    model = fit([e for k, ex in by_set.items() if k not in KEEP_OUT for e in ex], l2)
    print(f"\nfitted on all sets: {len(model.weights)} weighted features")
    strongest = sorted(
        ((abs(w), f, s, w) for f, ws in model.weights.items() for s, w in ws.items()), reverse=True
    )
    for _, f, s, w in strongest[:25]:
        print(f"    {w:+.2f}  {f} -> {s}")
    out = {
        "about": "Fitted by bench/fit_stance.py; see statements/parsing/stance_model.py.",
        "fitted_on": sorted(k for k in by_set if k not in KEEP_OUT),
        "l2": l2,
        # no margin (null): the LOSO check failed and the pass changes nothing
        "margin": margin if ships else None,
        "fixed": sorted(FIXED),
        "barred": sorted(barred),
        "loso": {
            k: {"n": r.n, "rules_acc": round(r.acc, 4), "model_acc": round(m.acc, 4)}
            for k, (r, m) in scores.items()
        },
        "bias": model.bias,
        "known": sorted(model.known),
        "weights": dict(sorted(model.weights.items())),
    }
    if calibration.write_model(stance_model.MODEL_FILE, out, args.dry_run):
        stance_model.model.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
