"""Is the parser's confidence honest? A reliability table of its statements (and links) on a corpus.

    .venv/bin/python bench/calibration.py                 # dev, fresh, heldout, transcripts
    .venv/bin/python bench/calibration.py --set heldout   # one set
    .venv/bin/python bench/calibration.py --corpus DIR    # any folder of annotated articles

A predicted statement is "right" when the scorer's matching (/work/shared/eval/score.py, imported,
not copied) pairs it with a gold statement with the right speaker and an accepted stance; a link
is right when both ends match gold statements (speaker aside, as the scorer judges links) and the
gold has that link. Prints, per confidence bin, how many statements fall in it, the share right
and their mean confidence; then the share right above 0.8 and the expected calibration error.
The model's fitting sets are read from lexicon/confidence.json and marked: the promise (right at
least 90% of the time above 0.8) is checked on the sets it was not fitted on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import pathlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from statements.parsing import parse_article, to_contract  # noqa: E402

SCORER = ROOT.parent.parent / "shared" / "eval" / "score.py"
if not SCORER.exists():  # a worktree under /work/wt/<name>, or the main checkout /work/main
    SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CORPUS = SCORER.parent.parent / "corpus" / "dev"
TESTS = ROOT / "tests" / "statements" / "parsing"
# The annotated sets, by name (the story set has no statement gold of its own).
SETS = {
    "dev": CORPUS,
    "fresh": TESTS / "fresh",
    "heldout": TESTS / "heldout",
    "heldout2": TESTS / "heldout2",
    "heldout3": TESTS / "heldout3",
    "heldout4": TESTS / "heldout4",
    "heldout5": TESTS / "heldout5",
    "heldout6": TESTS / "heldout6",
    "heldout7": TESTS / "heldout7",
    "heldout8": TESTS / "heldout8",
    "heldout9": TESTS / "heldout9",
    "heldout10": TESTS / "heldout10",
    "heldout11": TESTS / "heldout11",
    "heldout12": TESTS / "heldout12",
    "heldout13": TESTS / "heldout13",
    "heldout14": TESTS / "heldout14",
    "heldout15": TESTS / "heldout15",
    "heldout16": TESTS / "heldout16",
    "heldout17": TESTS / "heldout17",
    "heldout18": TESTS / "heldout18",
    "heldout19": TESTS / "heldout19",
    "heldout20": TESTS / "heldout20",
    "heldout21": TESTS / "heldout21",
    "heldout22": TESTS / "heldout22",
    "heldout23": TESTS / "heldout23",
    "heldout24": TESTS / "heldout24",
    "heldout25": TESTS / "heldout25",
    "heldout26": TESTS / "heldout26",
    "heldout27": TESTS / "heldout27",
    "heldout28": TESTS / "heldout28",
    "heldout29": TESTS / "heldout29",
    "heldout30": TESTS / "heldout30",
    "heldout31": TESTS / "heldout31",
    "heldout32": TESTS / "heldout32",
    "heldout33": TESTS / "heldout33",
    "heldout34": TESTS / "heldout34",
    "heldout35": TESTS / "heldout35",
    "transcripts": TESTS / "transcripts",
}
HIGH = 0.8  # the promise: above this, right at least 90% of the time


@dataclass(frozen=True, slots=True)
class Judged:
    """One predicted statement or link, its confidence and whether the gold bears it out."""

    confidence: float
    right: bool
    article: str
    item: Any  # the parse result's Statement, or (result, source Statement, Link)


def load_scorer(path: pathlib.Path = SCORER) -> ModuleType | None:
    """The shared scorer as a module (None when it is absent)."""
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("dementi_shared_score", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_articles(folders: Iterable[pathlib.Path]) -> list[dict[str, Any]]:
    """Annotated articles (with gold) from the folders, in file order."""
    out = []
    for folder in folders:
        out.extend(json.loads(p.read_text()) for p in sorted(folder.glob("*.json")))
    return out


def _mapping(sc: ModuleType, gold: dict[str, Any], result: dict[str, Any], *, speaker: bool):
    """predicted index -> gold index, the scorer's one-to-one greedy matching."""
    gby = {a["name"]: a for a in gold["actors"]}
    pby = {a["id"]: a for a in result["actors"]}
    pairs = []
    for pi, p in enumerate(result["statements"]):
        for gi, g in enumerate(gold["statements"]):
            m = sc.span_match(g["quote_or_span"], p["text"])
            if not m:
                continue
            if speaker:
                sp = pby.get(p.get("speaker"))
                if sp is None or not sc.actor_similarity(sp, gby[g["speaker"]]) > 0:
                    continue
            pairs.append((m, pi, gi))
    return sc.greedy(pairs)


def judge(sc: ModuleType, article: dict[str, Any]) -> tuple[list[Judged], list[Judged]]:
    """Parse one article and judge each statement and link it predicts against the gold."""
    pub = dt.date.fromisoformat(article["published"]) if article.get("published") else None
    parsed = parse_article(article["text"], published=pub)
    result = to_contract(parsed)
    gold = article["gold"]
    gst = gold["statements"]
    attr = _mapping(sc, gold, result, speaker=True)
    statements = []
    for pi, (p, s) in enumerate(zip(result["statements"], parsed.statements, strict=True)):
        gi = attr.get(pi)
        g = gst[gi] if gi is not None else None
        right = g is not None and (
            p["stance"] == g["stance"] or p["stance"] in g.get("also_accept", [])
        )
        statements.append(Judged(float(p.get("confidence", 0.5)), right, article["id"], s))
    span = _mapping(sc, gold, result, speaker=False)
    gid = {result["statements"][pi]["id"]: gst[gi]["id"] for pi, gi in span.items()}
    glinks = {
        (g["id"], kind, ref)
        for g in gst
        for kind in ("denies", "confirms")
        for ref in g.get(kind, [])
    }
    links = []
    for p, s in zip(result["statements"], parsed.statements, strict=True):
        for link, x in zip(p.get("links", []), s.links, strict=True):
            right = (gid.get(p["id"]), link["relation"], gid.get(link["target"])) in glinks
            links.append(Judged(float(link["confidence"]), right, article["id"], (parsed, s, x)))
    return statements, links


def reliability(rows: list[Judged], bins: int = 10) -> list[tuple[str, int, float, float]]:
    """(bin, count, share right, mean confidence) for equal-width confidence bins."""
    table = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [
            r for r in rows if lo <= r.confidence < hi or (b == bins - 1 and r.confidence == 1.0)
        ]
        if inside:
            share = sum(r.right for r in inside) / len(inside)
            mean = sum(r.confidence for r in inside) / len(inside)
            table.append((f"{lo:.1f}-{hi:.1f}", len(inside), share, mean))
    return table


def ece(rows: list[Judged], bins: int = 10) -> float:
    """Expected calibration error: the count-weighted gap between confidence and share right."""
    if not rows:
        return 0.0
    return sum(n * abs(share - mean) for _, n, share, mean in reliability(rows, bins)) / len(rows)


def above(rows: list[Judged], threshold: float = HIGH) -> tuple[int, float]:
    """How many rows score above the threshold, and the share of them that is right."""
    high = [r for r in rows if r.confidence > threshold]
    return len(high), (sum(r.right for r in high) / len(high) if high else 0.0)


def auc(rows: list[Judged]) -> float:
    """How well the scores rank right above wrong (0.5: no better than chance; 1: perfectly).

    The review queue lists the least certain first, so this is what it rests on.
    """
    ranked = sorted(rows, key=lambda r: r.confidence)
    n_right = sum(r.right for r in rows)
    n_wrong = len(rows) - n_right
    if not n_right or not n_wrong:
        return 0.0
    # Mann-Whitney U over ranks, ties sharing their mean rank.
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j].confidence == ranked[i].confidence:
            j += 1
        mean_rank = (i + 1 + j) / 2
        rank_sum += mean_rank * sum(r.right for r in ranked[i:j])
        i = j
    return (rank_sum - n_right * (n_right + 1) / 2) / (n_right * n_wrong)


def report(title: str, rows: list[Judged], bins: int) -> None:
    """Print the reliability table of rows."""
    right = sum(r.right for r in rows)
    print(
        f"\n{title}: {len(rows)} predicted, {right} right ({right / len(rows) if rows else 0:.3f})"
    )
    print(f"{'confidence':>10} {'count':>6} {'right':>6} {'mean conf':>9}")
    for label, n, share, mean in reliability(rows, bins):
        print(f"{label:>10} {n:6d} {share:6.3f} {mean:9.3f}")
    n_high, share_high = above(rows)
    share_all = n_high / len(rows) if rows else 0.0
    print(f"above {HIGH}: {n_high} ({share_all:.0%} of all), right {share_high:.3f}")
    print(f"ECE: {ece(rows, bins):.3f}   AUC (right ranked above wrong): {auc(rows):.3f}")


def collect(sc: ModuleType, articles: list[dict[str, Any]]) -> tuple[list[Judged], list[Judged]]:
    """Judge every article: all statements, all links."""
    statements: list[Judged] = []
    links: list[Judged] = []
    for article in articles:
        s, lk = judge(sc, article)
        statements.extend(s)
        links.extend(lk)
    return statements, links


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--corpus",
        type=pathlib.Path,
        action="append",
        help="folder (repeatable; default: each named set in turn)",
    )
    ap.add_argument("--set", action="append", choices=sorted(SETS), help="a named set (repeatable)")
    ap.add_argument("--bins", type=int, default=10)
    ap.add_argument("--links", action="store_true", help="also the links' table")
    args = ap.parse_args()
    sc = load_scorer()
    if sc is None:
        print(f"the shared scorer is absent ({SCORER}): nothing to calibrate against")
        return 0
    if args.corpus:
        groups = {", ".join(map(str, args.corpus)): list(args.corpus)}
    else:
        groups = {name: [SETS[name]] for name in (args.set or SETS)}
    fitted = _fitted_on()
    summary = []
    for name, folders in groups.items():
        articles = load_articles(folders)
        if not articles:
            print(f"no articles in {', '.join(map(str, folders))}")
            continue
        statements, links = collect(sc, articles)
        mark = " (fitted on)" if name in fitted else ""
        print(f"\n== {name}{mark}: {len(articles)} articles from {', '.join(map(str, folders))}")
        report("statements", statements, args.bins)
        if args.links and links:
            report("links", links, args.bins)
        n_high, share_high = above(statements)
        summary.append(
            (name + mark, len(statements), n_high, share_high, ece(statements, args.bins))
        )
    print(f"\nsummary: statements above {HIGH}")
    print(f"{'set':>24} {'count':>6} {'above':>6} {'right':>6} {'ECE':>6}")
    for name, n, n_high, share_high, err in summary:
        print(f"{name:>24} {n:6d} {n_high:6d} {share_high:6.3f} {err:6.3f}")
    return 0


def write_model(path: pathlib.Path, out: dict[str, Any], dry_run: bool) -> bool:
    """Write a fitted model's JSON as the fit scripts do (one-space indent, final newline) and
    say so; with `dry_run`, write nothing. True when the file was written."""
    if dry_run:
        print("\n(dry run: nothing written)")
        return False
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten to {path}")
    return True


def _fitted_on() -> set[str]:
    """The names of the sets the shipped model was fitted on."""
    from statements.parsing import confidence

    raw = json.loads(confidence.MODEL_FILE.read_text(encoding="utf-8"))
    return {str(x) for x in raw.get("fitted_on", [])}


if __name__ == "__main__":
    sys.exit(main())
