#!/usr/bin/env python3
"""Are the links missed or wrong because of the linker or because of their ends? Per set.

    .venv/bin/python bench/link_ends.py [SET_OR_DIR ...]   # default: every annotated set

For each set: link precision, recall and F1 as the scorer counts them; every missed gold link
put in one bin (its answer or its target not found, the answer found with another stance, the
target found with another stance, a speaker wrong, or both ends right: the linker alone); every
wrong link put in one bin (an end that is no gold statement, an end with a wrong speaker or
stance, or both ends right); then how the gold claims that links aim at were found (as claims,
as comments, ...) and how the gold answers that carry links were found. The linker can only be
blamed for the `linker` bins; the others are upstream (claims, stances, speakers).
"""

from __future__ import annotations

import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
sys.path.insert(0, str(ROOT / "bench"))
import score  # noqa: E402
from link_errors import parse_all, statement_map  # noqa: E402

PARSING = ROOT / "tests" / "statements" / "parsing"
SETS = {
    "dev": ROOT.parent / "shared" / "corpus" / "dev",
    "fresh": PARSING / "fresh",
    "heldout": PARSING / "heldout",
    "heldout2": PARSING / "heldout2",
    "transcripts": PARSING / "transcripts",
    "p-linker3_set": PARSING / "p-linker3_set",
}


def tally(article: dict, result: dict, c: collections.Counter) -> None:
    gst, pst = article["gold"]["statements"], result["statements"]
    gby = {x["name"]: x for x in article["gold"]["actors"]}
    pby = {x["id"]: x for x in result["actors"]}
    smap = statement_map(gst, pst)
    gid_of = {pst[pi]["id"]: gst[gi]["id"] for pi, gi in smap.items()}
    p_of_g = {gst[gi]["id"]: pst[pi] for pi, gi in smap.items()}
    gold = {g["id"]: g for g in gst}

    def stance_ok(gid: str) -> bool:
        p, g = p_of_g[gid], gold[gid]
        return p["stance"] == g["stance"] or p["stance"] in g.get("also_accept", [])

    def speaker_ok(gid: str) -> bool:
        sp = pby.get(p_of_g[gid].get("speaker"))
        return sp is not None and score.actor_similarity(sp, gby[gold[gid]["speaker"]]) > 0

    rel = ("denies", "confirms")
    glinks = {(g["id"], k, t) for g in gst for k in rel for t in g.get(k, [])}
    plinks = {
        (gid_of.get(p["id"], "?" + p["id"]), k, gid_of.get(t, "?" + t))
        for p in pst
        for k in rel
        for t in p.get(k, [])
    }
    c["tp"] += len(glinks & plinks)
    c["fp"] += len(plinks - glinks)
    c["fn"] += len(glinks - plinks)
    for s, _, t in glinks - plinks:
        if s not in p_of_g or t not in p_of_g:
            c["missed: an end not found"] += 1
        elif not stance_ok(s):
            c[f"missed: answer found as {p_of_g[s]['stance']}"] += 1
        elif not stance_ok(t):
            c[f"missed: target found as {p_of_g[t]['stance']}"] += 1
        elif not (speaker_ok(s) and speaker_ok(t)):
            c["missed: a speaker wrong"] += 1
        else:
            c["missed: linker (both ends right)"] += 1
    for s, _, t in plinks - glinks:
        if s.startswith("?") or t.startswith("?"):
            c["wrong: an end is no gold statement"] += 1
        elif not (stance_ok(s) and stance_ok(t) and speaker_ok(s) and speaker_ok(t)):
            c["wrong: an end with a wrong stance or speaker"] += 1
        else:
            c["wrong: linker (both ends right)"] += 1
    aimed = {t for g in gst for k in rel for t in g.get(k, []) if gold[t]["stance"] == "claim"}
    for t in aimed:
        p = p_of_g.get(t)
        c["target claim " + ("not found" if p is None else f"found as {p['stance']}")] += 1
    for g in gst:
        if g["stance"] in ("denial", "confirmation") and (g.get("denies") or g.get("confirms")):
            p = p_of_g.get(g["id"])
            how = "not found" if p is None else "right" if stance_ok(g["id"]) else p["stance"]
            c["linked answer " + how] += 1


def main() -> None:
    for name in sys.argv[1:] or list(SETS):
        corpus = SETS.get(name, pathlib.Path(name))
        arts = [json.loads(p.read_text()) for p in sorted(corpus.glob("*.json"))]
        c: collections.Counter = collections.Counter()
        for a, r in zip(arts, parse_all(arts), strict=True):
            tally(a, r, c)
        tp, fp, fn = c.pop("tp"), c.pop("fp"), c.pop("fn")
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"== {name}: links P={p:.3f} R={r:.3f} F1={f:.3f} (tp {tp}, wrong {fp}, missed {fn})")
        for key in sorted(c):
            print(f"   {key}: {c[key]}")


if __name__ == "__main__":
    main()
