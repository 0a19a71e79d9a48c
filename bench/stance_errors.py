#!/usr/bin/env python3
"""The stance confusion (gold × found) per set, and every misread statement with its rules.

    .venv/bin/python bench/stance_errors.py [SET_OR_DIR ...] [--quiet]

SET is one of dev, fresh, heldout, heldout2, transcripts, or a corpus directory; default all
of them. Only statements found with the right speaker count (the scorer's attribution matching),
as in `stance_acc`. A found stance that `also_accept` allows counts as right (and as the gold
stance in the table). Each misread prints the gold and found stance, the rules that set it
(`stance by a > b`), the gold span and the parser's text, so that misreads can be tallied by
their construction.
"""

from __future__ import annotations

import collections
import json
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
import score  # noqa: E402

from statements.parsing.cli import parse_path  # noqa: E402
from statements.parsing.contract import to_contract  # noqa: E402

SETS = {
    "dev": ROOT.parent / "shared" / "corpus" / "dev",
    "fresh": ROOT / "tests" / "statements" / "parsing" / "fresh",
    "heldout": ROOT / "tests" / "statements" / "parsing" / "heldout",
    "heldout2": ROOT / "tests" / "statements" / "parsing" / "heldout2",
    "transcripts": ROOT / "tests" / "statements" / "parsing" / "transcripts",
}
STANCES = ("claim", "denial", "confirmation", "comment")


def clip(s: str, n: int = 130) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def parse(a: dict) -> tuple[dict, dict[str, list[str]]]:
    """The contract output of one article and each statement's stance rules."""
    with tempfile.TemporaryDirectory() as tmp:
        f = pathlib.Path(tmp) / "a.json"
        keep = ("id", "title", "outlet", "source_url", "published", "text")
        f.write_text(json.dumps({k: a.get(k) for k in keep}))
        res = parse_path(str(f))
    return to_contract(res), {s.id: list(s.rules) for s in res.statements}


def article_errors(a: dict, conf: collections.Counter[tuple[str, str]]) -> list[str]:
    out, rules = parse(a)
    gst, pst = a["gold"]["statements"], out["statements"]
    gby = {x["name"]: x for x in a["gold"]["actors"]}
    pby = {x["id"]: x for x in out["actors"]}
    pairs = []
    for pi, p in enumerate(pst):
        for gi, g in enumerate(gst):
            m = score.span_match(g["quote_or_span"], p["text"])
            sp = pby.get(p.get("speaker"))
            if m and sp is not None and score.actor_similarity(sp, gby[g["speaker"]]) > 0:
                pairs.append((m, pi, gi))
    lines = []
    for pi, gi in sorted(score.greedy(pairs).items(), key=lambda x: x[1]):
        p, g = pst[pi], gst[gi]
        ok = p["stance"] == g["stance"] or p["stance"] in g.get("also_accept", [])
        conf[(g["stance"] if not ok else p["stance"], p["stance"])] += 1
        if not ok:
            extra = f" (also {','.join(g['also_accept'])})" if g.get("also_accept") else ""
            lines.append(
                f"  {g['id']} gold {g['stance']}{extra} found {p['stance']} "
                f"by {' > '.join(rules.get(p['id'], [])) or '?'}\n"
                f"      gold: {clip(g['quote_or_span'])}\n      ours: {clip(p['text'])}"
            )
    return lines


def run(name: str, corpus: pathlib.Path, quiet: bool) -> None:
    conf: collections.Counter[tuple[str, str]] = collections.Counter()
    print(f"=== {name}")
    for path in sorted(corpus.glob("*.json")):
        a = json.loads(path.read_text())
        lines = article_errors(a, conf)
        if lines and not quiet:
            print(f"- {a['id']}")
            print("\n".join(lines))
    n = sum(conf.values())
    ok = sum(v for (g, f), v in conf.items() if g == f)
    print(f"stance {ok}/{n} = {ok / n if n else 0:.3f}   rows gold, columns found")
    print(f"{'':>13}" + "".join(f"{s[:8]:>9}" for s in STANCES))
    for g in STANCES:
        print(f"{g:>13}" + "".join(f"{conf[(g, f)]:>9}" for f in STANCES))


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    names = [x for x in argv if x != "--quiet"] or list(SETS)
    for name in names:
        run(name, SETS.get(name, pathlib.Path(name)), quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
