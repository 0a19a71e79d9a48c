"""Fit the parser's confidence model (lexicon/confidence.json), checked across sets.

    .venv/bin/python bench/fit_confidence.py                      # cross-set report, then fit on
                                                                  # dev + fresh + transcripts
    .venv/bin/python bench/fit_confidence.py --fit dev --fit fresh --dry-run

An L2-regularised logistic regression over a few general binary features of each statement's
trace (right = the scorer pairs it with a gold statement with the right speaker and an accepted
stance). Honesty comes from the sets, not from folds of one set: the parser's rules were written
while reading the dev articles, so it is right more often there (0.80 of its statements) than on
text it was not tuned on (fresh 0.70, held-out 0.52). A model whose calibration curve is drawn
from folds of dev promises dev's accuracy everywhere (0.78 right above 0.8 on the held-out set).
So the regularisation is chosen, and the calibration curve drawn, from leave-one-set-out
predictions: each set scored by a model fitted on the other sets only.

The cross-set report fits on some sets and prints the reliability above 0.8 on each set left out
(fit on dev: fresh, heldout, transcripts; fit on dev + fresh: heldout, transcripts; ...).
"""

from __future__ import annotations

import argparse
import math
import pathlib
import sys
from collections import Counter
from collections.abc import Sequence

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import calibration  # noqa: E402  (bench/ is the script's own folder)

from statements.parsing import confidence  # noqa: E402

# The sets the shipped model is fitted on. heldout and heldout5 stay out: they are the check
# (heldout5 was blind until the fifth session's end). Fitted on dev, fresh and transcripts only,
# the model promised dev's accuracy on unseen text: heldout5 ECE 0.152, above 0.8 right 0.867;
# with the three later held-out sets in the fit, ECE 0.064, above 0.8 right 0.875.
# Ninth session: refitted after the session's rules merged, with heldout8-10 in the fit (seen
# since the eighth session); heldout, heldout5-7 and heldout11 stay the check. The earlier fit on
# the merged parser put heldout7's statements above 0.8 right 0.769 of the time, heldout 0.828,
# heldout5 0.857; this one 0.875, 0.905, 0.875 (heldout6 0.895, heldout11 0.905), fewer above 0.8.
FIT_SETS = (
    "dev",
    "fresh",
    "transcripts",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout8",
    "heldout9",
    "heldout10",
)
# Fit on the sets before the arrow, report the reliability on each set after it.
SCHEMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("dev",), ("fresh", "heldout", "transcripts")),
    (("dev", "fresh"), ("heldout", "transcripts")),
    (("dev", "fresh", "transcripts"), ("heldout",)),
    (("dev", "heldout"), ("fresh", "transcripts")),
    (("fresh", "heldout", "transcripts"), ("dev",)),
)
GRID = (2.0, 5.0, 10.0, 20.0, 40.0, 80.0)
MIN_BLOCK = 25  # statements at least in one step of the calibration curve
PRIOR = 6.0  # pseudo-statements at the overall share added to each step
MIN_SUPPORT = 8  # a feature seen fewer times than this keeps weight 0 (no evidence)
# The model weighs only what a speech act's evidence is, in general terms: whether a verb says
# the speech act (rule:verb), whether a word states its stance (verb, cue word, none), how its
# speaker was found and whether its name reads as a name, a very short text, a headline, a turn
# of a transcript, whether a later pass changed its first reading. Left out, measured across
# sets: the names of single stance rules (each fires a few times, mostly on the articles it was
# written for), the other speech-act rules and the links (right 0.88 of the time with a link in
# on dev, 0.58 on the held-out set): with them the model fitted on dev + fresh put 26 held-out
# statements above 0.8, 0.77 right; without them 19, 0.95 right.
STATEMENT_FAMILIES = (
    "rule:verb",
    "cue:",
    "speaker:",
    "words:<6",
    "evidence:",
    "headline",
    "turn",
    "stance:revised",
)

Row = tuple[str, tuple[str, ...], bool]  # (article id, features, right)


def features(trace: Sequence[str]) -> tuple[str, ...]:
    """The trace's names the model weighs."""
    return tuple(sorted({f for f in trace if f.startswith(STATEMENT_FAMILIES)}))


def fit(
    rows: Sequence[tuple[tuple[str, ...], bool]], *, l2: float, steps: int = 3000, rate: float = 1.0
) -> tuple[float, dict[str, float]]:
    """Bias and weights of a logistic regression (mean log-loss + l2/n * |w|^2), batch descent.

    Statements with the same features are pooled (count, right), so a step costs the number of
    distinct feature sets, not of statements.
    """
    support = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, n in support.items() if n >= MIN_SUPPORT)
    index = {f: i for i, f in enumerate(names)}
    pooled: Counter[tuple[tuple[int, ...], bool]] = Counter(
        (tuple(sorted(index[f] for f in set(feats) if f in index)), right) for feats, right in rows
    )
    groups: dict[tuple[int, ...], list[float]] = {}
    for (key, right), count in pooled.items():
        g = groups.setdefault(key, [0.0, 0.0])
        g[0] += count
        g[1] += count if right else 0
    data = [(key, n, pos) for key, (n, pos) in groups.items()]
    n_all = len(rows)
    bias, w = 0.0, [0.0] * len(names)
    for _ in range(steps):
        g_bias, g = 0.0, [0.0] * len(names)
        for key, n, pos in data:
            z = bias + sum(w[i] for i in key)
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            err = n * p - pos
            g_bias += err
            for i in key:
                g[i] += err
        bias -= rate * g_bias / n_all
        for i in range(len(w)):
            w[i] -= rate * (g[i] / n_all + 2 * l2 * w[i] / n_all)
    return round(bias, 4), {f: round(w[i], 4) for f, i in index.items() if abs(w[i]) >= 0.005}


def curve(raw: Sequence[float], right: Sequence[bool]) -> list[tuple[float, float]]:
    """Isotonic map raw -> share right (pool adjacent violators) over held-out predictions.

    Blocks hold at least MIN_BLOCK statements, and each block's share is pulled towards the
    overall share by PRIOR pseudo-statements, so a small lucky block cannot promise 1.0.
    """
    base = sum(right) / len(right)
    pts = sorted(zip(raw, right, strict=True))
    blocks: list[list[float]] = []  # [sum raw, n right, n]
    i = 0
    while i < len(pts):
        j = min(i + MIN_BLOCK, len(pts))
        while j < len(pts) and pts[j][0] == pts[j - 1][0]:
            j += 1  # a block never splits statements with the same raw score
        chunk = pts[i:j]
        blocks.append([sum(p for p, _ in chunk), sum(y for _, y in chunk), len(chunk)])
        i = j
    if len(blocks) > 1 and blocks[-1][2] < MIN_BLOCK:
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last, strict=True)]
    merged: list[list[float]] = []
    for b in blocks:
        merged.append(b)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] >= merged[-1][1] / merged[-1][2]:
            last = merged.pop()
            merged[-1] = [a + c for a, c in zip(merged[-1], last, strict=True)]
    return [(round(sx / n, 4), round((r + PRIOR * base) / (n + PRIOR), 4)) for sx, r, n in merged]


def _folds(rows: Sequence[Row], folds: int = 5) -> list[tuple[list[int], list[int]]]:
    """Train and test row indices of each fold, split by article (one set only)."""
    articles = sorted({a for a, _, _ in rows})
    out = []
    for k in range(folds):
        held = set(articles[k::folds])
        train = [i for i, r in enumerate(rows) if r[0] not in held]
        out.append((train, [i for i, r in enumerate(rows) if r[0] in held]))
    return out


def held_out_raw(
    by_set: dict[str, list[Row]], l2: float
) -> dict[str, tuple[list[float], list[bool]]]:
    """Per set, each statement's raw score from a model fitted without that set (without its
    article, by folds, when there is one set only), with whether it is right."""
    names = sorted(by_set)
    if len(names) == 1:
        rows = by_set[names[0]]
        out = [0.0] * len(rows)
        for train, test in _folds(rows):
            bias, w = fit([(rows[i][1], rows[i][2]) for i in train], l2=l2, steps=1500)
            for i in test:
                out[i] = confidence.Weights(bias, w).raw(rows[i][1])
        return {names[0]: (out, [r[2] for r in rows])}
    result = {}
    for name in names:
        train = [(f, y) for other in names if other != name for _, f, y in by_set[other]]
        bias, w = fit(train, l2=l2, steps=1500)
        weights = confidence.Weights(bias, w)
        result[name] = (
            [weights.raw(f) for _, f, _ in by_set[name]],
            [y for _, _, y in by_set[name]],
        )
    return result


def pessimistic_curve(
    per_set: dict[str, tuple[list[float], list[bool]]],
) -> list[tuple[float, float]]:
    """The lowest of the sets' calibration curves at every point.

    Each set's curve is drawn from its statements scored by a model that never saw the set; the
    shipped curve promises, at each raw score, no more than the set that bore it out least. The
    parser is right more often on the text it was tuned on (dev) than elsewhere, so a curve of
    the pooled statements would promise dev's accuracy to unseen text.
    """
    curves = [curve(raw, right) for raw, right in per_set.values() if raw]
    xs = sorted({x for c in curves for x, _ in c})
    points: list[tuple[float, float]] = []
    for x in xs:
        y = min(confidence.interpolate(tuple(c), x) for c in curves)
        if not points or y > points[-1][1]:
            points.append((round(x, 4), round(y, 4)))
    return points


def _log_loss(raw: Sequence[float], right: Sequence[bool]) -> float:
    return -sum(
        math.log(min(max(p if y else 1 - p, 1e-6), 1.0)) for p, y in zip(raw, right, strict=True)
    ) / max(1, len(raw))


def fit_model(by_set: dict[str, list[Row]], l2: float | None, *, quiet: bool = False) -> dict:
    """The statement model fitted on these sets: bias, weights, curve and the l2 used."""
    if l2 is None:
        best = math.inf
        for candidate in GRID:
            per_set = held_out_raw(by_set, candidate)
            loss = _log_loss(
                [p for raw, _ in per_set.values() for p in raw],
                [y for _, right in per_set.values() for y in right],
            )
            if not quiet:
                print(f"  l2={candidate:g}: held-out log-loss {loss:.4f}")
            if loss < best - 1e-4:
                l2, best = candidate, loss
    assert l2 is not None
    rows = [(f, y) for rs in by_set.values() for _, f, y in rs]
    bias, w = fit(rows, l2=l2)
    return {
        "l2": l2,
        "bias": bias,
        "weights": dict(sorted(w.items())),
        "curve": pessimistic_curve(held_out_raw(by_set, l2)),
    }


def as_weights(model: dict) -> confidence.Weights:
    """The fitted model as the parser's Weights."""
    return confidence.Weights(
        model["bias"], model["weights"], tuple((x, y) for x, y in model["curve"])
    )


def reliability_line(name: str, rows: Sequence[Row], weights: confidence.Weights) -> str:
    """How many statements of a set score above 0.8 and the share right, with the ECE."""
    judged = [calibration.Judged(round(weights.probability(f), 3), y, a, None) for a, f, y in rows]
    n_high, share = calibration.above(judged)
    return (
        f"    {name:12} {len(rows):4d} statements, above 0.8: {n_high:4d} right {share:.3f}   "
        f"ECE {calibration.ece(judged):.3f}  AUC {calibration.auc(judged):.3f}"
    )


def collect_sets(names: Sequence[str]) -> dict[str, list[Row]]:
    """The judged statements of each set, as (article, features, right)."""
    sc = calibration.load_scorer()
    if sc is None:
        raise SystemExit(f"the shared scorer is absent ({calibration.SCORER}): nothing to fit on")
    out = {}
    for name in names:
        articles = calibration.load_articles([calibration.SETS[name]])
        statements, _ = calibration.collect(sc, articles)
        out[name] = [(j.article, features(j.item.trace), j.right) for j in statements]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--fit", action="append", choices=sorted(calibration.SETS), help="set to fit on"
    )
    ap.add_argument(
        "--l2", type=float, help="regularisation strength (default: chosen across sets)"
    )
    ap.add_argument("--dry-run", action="store_true", help="print the weights, write nothing")
    ap.add_argument("--no-cross", action="store_true", help="skip the cross-set report")
    args = ap.parse_args()
    fit_sets = tuple(args.fit or FIT_SETS)
    by_set = collect_sets(sorted(calibration.SETS))
    if not args.no_cross:
        print("cross-set check (fit on the sets left of the arrow, report the others):")
        for trained, reported in SCHEMES:
            model = fit_model({k: by_set[k] for k in trained}, args.l2, quiet=True)
            print(f"  {' + '.join(trained)} -> (l2 {model['l2']:g})")
            for name in reported:
                print(reliability_line(name, by_set[name], as_weights(model)))
    print(f"\nfitting on {' + '.join(fit_sets)}:")
    model = fit_model({k: by_set[k] for k in fit_sets}, args.l2)
    weights = as_weights(model)
    print(f"  {len(model['weights'])} weights, bias {model['bias']:+.2f}, l2 {model['l2']:g}")
    print(f"  curve (raw -> calibrated): {model['curve']}")
    for f, v in sorted(model["weights"].items(), key=lambda fv: -abs(fv[1])):
        print(f"    {v:+.2f}  {f}")
    print("  reliability of the fitted model (fitted on: *):")
    for name in sorted(by_set):
        star = "*" if name in fit_sets else " "
        print(reliability_line(name + star, by_set[name], weights))
    out = {
        "about": "Fitted by bench/fit_confidence.py; see statements/parsing/confidence.py.",
        "fitted_on": list(fit_sets),
        "statement": model,
    }
    if calibration.write_model(confidence.MODEL_FILE, out, args.dry_run):
        confidence.model.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
