"""Fit the learned link-target layer (lexicon/link_model.json), checked leave-one-set-out.

    .venv/bin/python bench/fit_links.py              # LOSO table, then fit on every set, write
    .venv/bin/python bench/fit_links.py --dry-run    # the table and the weights, nothing written
    .venv/bin/python bench/fit_links.py --cache F    # keep the parsed pairs in F (a refit is quick)

Every set the parser is developed on is parsed in-process with the link model off; where the
model's pass runs (after the linker's rules, window by window) each answer's candidate targets
and their general features are recorded (`link_model.answer_features`). The parse result's
statements are aligned to the gold as the scorer aligns them for links (span only, one to one:
/work/shared/eval/score.py, imported, not copied), and each pair is labelled with whether the
gold has that link. The kept-back sets (heldout10 to heldout16) are never read, nor a set named
in FIT_LINKS_EXCLUDE (a session's own invented set, kept for its unseen check).

A binary L2 logistic regression is fitted on all sets but one and moves the links of the set
left out, for every set; the scorer's link F1 of the set is recomputed with the moved links
(its true positives, false positives and misses, from the whole parse). The regularisation and
the two thresholds (add a target at or above `add`, drop one at or below `drop`) are those with
the best mean gain over the sets left out, among those that cost no set more than MAX_LOSS.
The shipped model is then fitted on every set; it gets no thresholds (the pass changes nothing)
unless the table bears it out: more sets gain than lose and the mean gain is positive.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pathlib
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import calibration  # noqa: E402

from statements.parsing import link_model  # noqa: E402
from statements.parsing.cli import parse_path  # noqa: E402
from statements.parsing.contract import to_contract  # noqa: E402

TESTS = calibration.TESTS
DEVELOPED_ON = (
    "dev",
    "fresh",
    "heldout",
    *(f"heldout{k}" for k in range(2, 10)),
    "transcripts",
    "heldout17",
    "heldout18",
)
L2_GRID = (1.0, 3.0, 10.0)
ADD_GRID = (None, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)
DROP_GRID = (None, 0.03, 0.05, 0.1, 0.2)
SWAP_GRID = (None, 0.2, 0.4)
# The answers the pass may revise: every one, or only those whose targets the linker's general
# rules guessed (the lead of the dispute, the words it repeats, a proposition matched) and
# those with none; the rules reading a construction that names the target (`X's account`,
# `the accusation`, a carried claim, a transcript's question) are then left alone.
GENERAL = (
    "dispute-leads",
    "repeats-words",
    "one-detail",
    "own-sentence-claim",
    "proposition-match",
    "answer-shares-one-claim",
    "claimant-own-claim",
)
ACTS_GRID: tuple[tuple[str, ...] | None, ...] = (None, GENERAL)
# A session's own invented set stays out of the fit: it is that session's unseen check.
UNSEEN_OWN = frozenset(x for x in os.environ.get("FIT_LINKS_EXCLUDE", "").split(",") if x)
MAX_LOSS = 0.01  # link F1 a set left out may lose at the chosen settings
MIN_SUPPORT = 5


def sets() -> dict[str, list[pathlib.Path]]:
    """The sets developed on by name (never the kept-back ones); the own sets as one."""
    out = {name: [calibration.SETS[name]] for name in DEVELOPED_ON}
    own = sorted(
        p
        for p in TESTS.iterdir()
        if p.is_dir() and p.name.startswith(("p_", "p-")) and p.name not in UNSEEN_OWN
    )
    out["p_sets"] = own
    return out


@dataclass(frozen=True, slots=True)
class Pair:
    """An answer and a candidate target: features, whether the rules linked it, the gold's."""

    features: tuple[str, ...]
    chosen: bool
    gold: bool
    answer: int  # the answer's statement index in the article


@dataclass(slots=True)
class Article:
    """An article's pairs and its link tally as the scorer counts it (rules alone)."""

    pairs: list[Pair]
    tp: int
    fp: int
    fn: int


class _Spy:
    def __init__(self) -> None:
        self.seen: list[tuple[int, int, tuple[str, ...], bool, str]] = []

    def __call__(self, nodes: Any, dispute_of: Any, leads: Any, fitted: Any = None) -> None:
        w = link_model.window(nodes, dispute_of, leads)
        for n in nodes:
            if n.stance not in link_model.ANSWERS or n.embedded is not None:
                continue
            cands = link_model.candidates(n, w)
            for m, f in zip(cands, link_model.answer_features(n, w, cands), strict=True):
                self.seen.append((n.idx, m.idx, tuple(f), m.idx in n.why, n.stance))


def article(sc: Any, path: pathlib.Path) -> Article:
    raw = json.loads(path.read_text(encoding="utf-8"))
    spy = _Spy()
    real = link_model.revise_links
    setattr(link_model, "revise_links", spy)  # noqa: B010  (the pass, watched)
    try:
        result = to_contract(parse_path(str(path)))
    finally:
        setattr(link_model, "revise_links", real)  # noqa: B010
    tally, _ = sc.score_article(raw, result, False)
    gst, pst = raw["gold"]["statements"], result["statements"]
    pairs = [
        (m, pi, gi)
        for pi, p in enumerate(pst)
        for gi, g in enumerate(gst)
        if (m := sc.span_match(g["quote_or_span"], p["text"]))
    ]
    gid_of = {pst[pi]["id"]: gst[gi]["id"] for pi, gi in sc.greedy(pairs).items()}
    glinks = {(g["id"], k, r) for g in gst for k in ("denies", "confirms") for r in g.get(k, [])}
    out = []
    for a, c, f, chosen, stance in spy.seen:
        ga, gc = gid_of.get(f"s{a + 1}"), gid_of.get(f"s{c + 1}")
        kind = "denies" if stance == "denial" else "confirms"
        gold = ga is not None and gc is not None and (ga, kind, gc) in glinks
        out.append(Pair(f, chosen, gold, a))
    return Article(out, tally["link_tp"], tally["link_fp"], tally["link_fn"])


def collect(cache: pathlib.Path | None) -> dict[str, list[Article]]:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    sc = calibration.load_scorer()
    if sc is None:
        raise SystemExit(f"the shared scorer is absent ({calibration.SCORER})")
    out = {
        name: [article(sc, p) for folder in folders for p in sorted(folder.glob("*.json"))]
        for name, folders in sets().items()
    }
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def fit(train: Sequence[Pair], l2: float, steps: int = 800) -> link_model.LinkModel:
    """Logistic regression: mean log-loss + l2/n * |w|^2 (bias free), by Adam."""
    support = Counter(f for p in train for f in set(p.features))
    known = frozenset(
        f for f, k in support.items() if f.startswith(link_model.BUCKETED) and k >= MIN_SUPPORT
    )
    probe = link_model.LinkModel(0.0, {}, known, math.inf, -math.inf, math.inf)

    def bucket(fs: Sequence[str]) -> set[str]:
        return {
            f
            if not f.startswith(link_model.BUCKETED) or f in probe.known
            else f.split(":", 1)[0] + ":other"
            for f in fs
        }

    counts = Counter(f for p in train for f in bucket(p.features))
    names = sorted(f for f, k in counts.items() if k >= MIN_SUPPORT)
    col = {f: i for i, f in enumerate(names)}
    rows, cols = [], []  # the matrix is binary and sparse: the pairs' active features
    for i, p in enumerate(train):
        for f in bucket(p.features):
            if f in col:
                rows.append(i)
                cols.append(col[f])
    ri, ci = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array([p.gold for p in train], dtype=np.float64)
    n = len(train)
    w = np.zeros(len(names))
    b = math.log((y.mean() + 1e-3) / (1 - y.mean() + 1e-3))
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    rate, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, steps + 1):
        z = np.clip(np.bincount(ri, weights=w[ci], minlength=len(train)) + b, -30, 30)
        p = 1 / (1 + np.exp(-z))
        err = (p - y) / n
        gw = np.bincount(ci, weights=err[ri], minlength=len(names)) + 2 * l2 * w / n
        gb = float(err.sum())
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= rate * (mw / (1 - b1**t)) / (np.sqrt(vw / (1 - b2**t)) + 1e-8)
        b -= rate * (mb / (1 - b1**t)) / (math.sqrt(vb / (1 - b2**t)) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in col.items() if abs(w[i]) >= 0.005}
    return link_model.LinkModel(round(float(b), 4), weights, known, math.inf, -math.inf, math.inf)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def moves(
    pairs: Sequence[Pair],
    pr: np.ndarray,
    add: float | None,
    drop: float | None,
    swap: float | None,
    acts_on: tuple[str, ...] | None,
) -> list[bool]:
    """Whether each pair is linked after the pass (link_model.decide, on recorded pairs)."""
    model = link_model.LinkModel(
        0.0,
        {},
        frozenset(),
        math.inf if add is None else add,
        -math.inf if drop is None else drop,
        math.inf if swap is None else swap,
        None if acts_on is None else frozenset(acts_on),
    )
    out = [p.chosen for p in pairs]
    by_answer: dict[int, list[int]] = {}
    for i, p in enumerate(pairs):
        by_answer.setdefault(p.answer, []).append(i)
    for idx in by_answer.values():
        rules = [f.split(":", 1)[1] for f in pairs[idx[0]].features if f.startswith("others:")]
        if not model.acts(rules):
            continue
        added, dropped = model.choose([pairs[i].chosen for i in idx], [float(pr[i]) for i in idx])
        for j in added:
            out[idx[j]] = True
        for j in dropped:
            out[idx[j]] = False
    return out


def tally(a: Article, linked: Sequence[bool]) -> tuple[int, int, int]:
    """The article's link tally (true positives, false positives, misses) with these of its
    pairs linked, the rest of its links as the rules left them."""
    t, f, m = a.tp, a.fp, a.fn
    for p, now in zip(a.pairs, linked, strict=True):
        if p.chosen and not now:
            if p.gold:
                t, m = t - 1, m + 1
            else:
                f -= 1
        elif now and not p.chosen:
            if p.gold:
                t, m = t + 1, m - 1
            else:
                f += 1
    return t, f, m


def moved(
    arts: Sequence[Article],
    probs: Sequence[np.ndarray],
    add: float | None,
    drop: float | None,
    swap: float | None = None,
    acts_on: tuple[str, ...] | None = None,
) -> tuple[int, int, int]:
    """The set's link tally after the pass with these thresholds."""
    tp = fp = fn = 0
    for a, pr in zip(arts, probs, strict=True):
        t, f, m = tally(a, moves(a.pairs, pr, add, drop, swap, acts_on))
        tp, fp, fn = tp + t, fp + f, fn + m
    return tp, fp, fn


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--cache", type=pathlib.Path)
    ap.add_argument(
        "--general", action="store_true", help="revise only answers the general rules linked"
    )
    args = ap.parse_args()
    by_set = collect(args.cache)
    print("pairs: " + ", ".join(f"{k} {sum(len(a.pairs) for a in v)}" for k, v in by_set.items()))
    base = {
        k: f1(sum(a.tp for a in v), sum(a.fp for a in v), sum(a.fn for a in v))
        for k, v in by_set.items()
    }
    results: dict[tuple[Any, ...], dict[str, float]] = {}
    for l2 in L2_GRID:
        probs = {}
        for name in by_set:
            m = fit([p for k, v in by_set.items() if k != name for a in v for p in a.pairs], l2)
            probs[name] = [
                np.array([m.probability(p.features) for p in a.pairs]) for a in by_set[name]
            ]
        for add in ADD_GRID:
            for drop in DROP_GRID:
                for swap in SWAP_GRID:
                    if add is None and drop is None:
                        continue
                    if swap is not None and add is None:
                        continue
                    for acts in (GENERAL,) if args.general else ACTS_GRID:
                        results[(l2, add, drop, swap, acts)] = {
                            k: f1(*moved(v, probs[k], add, drop, swap, acts)) - base[k]
                            for k, v in by_set.items()
                        }
    print("\n  settings (l2 add drop): mean gain, worst set, sets up/down")
    ranked = []
    for key, gains in results.items():
        mean = sum(gains.values()) / len(gains)
        worst = min(gains.values())
        up = sum(g > 0.0005 for g in gains.values())
        down = sum(g < -0.0005 for g in gains.values())
        ranked.append((mean, worst, up, down, key))
    ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
    for mean, worst, up, down, key in ranked[:12] + [r for r in ranked if r[4][4]][:12]:
        name = (*key[:4], "general" if key[4] else "all")
        print(f"  {name}: {mean:+.4f}  worst {worst:+.4f}  up {up} down {down}")
    ok = [r for r in ranked if r[1] >= -MAX_LOSS]
    best = ok[0] if ok else ranked[0]
    mean, worst, up, down, (l2, add, drop, swap, acts) = best
    ships = bool(ok) and mean > 0 and up > down
    print(f"\nchosen l2={l2} add={add} drop={drop} swap={swap} acts_on={acts}:")
    print(f"  mean gain {mean:+.4f}, worst set {worst:+.4f}")
    print("leave-one-set-out link F1 (rules -> model):")
    for k, g in results[(l2, add, drop, swap, acts)].items():
        print(f"  {k:12} {base[k]:.3f} -> {base[k] + g:.3f}  ({g:+.4f})")
    print("ships" if ships else "does NOT ship (no thresholds: the pass changes nothing)")
    model = fit([p for v in by_set.values() for a in v for p in a.pairs], l2)
    for f, wt in sorted(model.weights.items(), key=lambda x: -abs(x[1]))[:30]:
        print(f"    {wt:+.2f}  {f}")
    out = {
        "about": "Fitted by bench/fit_links.py; see statements/parsing/link_model.py.",
        "fitted_on": sorted(by_set),
        "l2": l2,
        "add": add if ships else None,
        "drop": drop if ships else None,
        "swap": swap if ships else None,
        "acts_on": None if acts is None else list(acts),
        "loso": {
            k: {"rules": round(base[k], 4), "model": round(base[k] + g, 4)}
            for k, g in results[(l2, add, drop, swap, acts)].items()
        },
        "bias": model.bias,
        "known": sorted(model.known),
        "weights": dict(sorted(model.weights.items())),
    }
    calibration.write_model(link_model.MODEL_FILE, out, args.dry_run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
