"""Reliability of the parser's confidence: per confidence band, how often a statement is right
(found with the right speaker and the right stance) and how often a link is right, over an
annotated corpus. Uses the shared scorer's matching; prints a table, writes nothing.

    python bench/calibration.py [--corpus DIR] [--scorer PATH/score.py]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import pathlib
import sys
from types import ModuleType

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from statements.parsing import parse_article, to_contract  # noqa: E402

BANDS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def _scorer(path: pathlib.Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _band(x: float) -> int:
    return next(i for i, (lo, hi) in enumerate(BANDS) if lo <= x < hi)


def main() -> None:
    """Print the reliability table of statements and links by confidence band."""
    shared = ROOT.parent / "shared"
    if not shared.exists():
        shared = pathlib.Path("/work/shared")
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=pathlib.Path, default=shared / "corpus" / "dev")
    ap.add_argument("--scorer", type=pathlib.Path, default=shared / "eval" / "score.py")
    args = ap.parse_args()
    score = _scorer(args.scorer)
    st = [[0, 0] for _ in BANDS]  # [right, all] per band
    ln = [[0, 0] for _ in BANDS]
    for path in sorted(args.corpus.glob("*.json")):
        art = json.loads(path.read_text())
        pub = dt.date.fromisoformat(art["published"]) if art.get("published") else None
        res = to_contract(parse_article(art["text"], published=pub))
        gst, pst = art["gold"]["statements"], res["statements"]
        gby = {a["name"]: a for a in art["gold"]["actors"]}
        pby = {a["id"]: a for a in res["actors"]}
        pairs = [
            (m, pi, gi)
            for pi, p in enumerate(pst)
            for gi, g in enumerate(gst)
            if (m := score.span_match(g["quote_or_span"], p["text"]))
        ]
        smap = score.greedy(pairs)
        gid = {pst[pi]["id"]: gst[gi]["id"] for pi, gi in smap.items()}
        glinks = {
            (g["id"], k, t) for g in gst for k in ("denies", "confirms") for t in g.get(k, [])
        }
        for pi, p in enumerate(pst):
            b = _band(p["confidence"])
            st[b][1] += 1
            gi = smap.get(pi)
            if gi is not None:
                g = gst[gi]
                sp = pby.get(p["speaker"])
                who = sp is not None and score.actor_similarity(sp, gby[g["speaker"]]) > 0
                stance = p["stance"] == g["stance"] or p["stance"] in g.get("also_accept", [])
                st[b][0] += bool(who and stance)
            for link in p.get("links", []):
                lb = _band(link["confidence"])
                ln[lb][1] += 1
                key = (gid.get(p["id"], "?"), link["relation"], gid.get(link["target"], "?"))
                ln[lb][0] += key in glinks
    print(f"corpus {args.corpus}")
    print("confidence     statements right       links right")
    for (lo, hi), (sr, sn), (lr, lnn) in zip(BANDS, st, ln, strict=True):
        s_pct = f"{sr / sn:6.1%}" if sn else "     -"
        l_pct = f"{lr / lnn:6.1%}" if lnn else "     -"
        print(f"[{lo:.1f}, {min(hi, 1.0):.1f})   {sn:5d}  {s_pct}        {lnn:5d}  {l_pct}")


if __name__ == "__main__":
    main()
