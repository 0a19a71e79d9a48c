#!/usr/bin/env python3
"""Every missed or wrong link of a set, put in one bin by its cause. Per set.

    .venv/bin/python bench/link_causes.py [-v] SET_DIR ...

Bins (first that applies): for a missed gold link, `claim end missing` (its target not found),
`answer end missing`, `claim end stance wrong`, `answer's stance wrong`, `speaker wrong`, then,
both ends right, `answer linked to nothing`, `wrong claim of the same dispute` (the answer's
targets are in the gold dispute of the missed one: the gold links' connected component),
`links across separate disputes`. For a wrong link: `end is no gold statement` (split answer /
target), `an end's stance or speaker wrong`, then, both ends right, `repeated claim receives
links` (the target is a claim no gold link aims at, told by the speaker of one the answer aims
at), `wrong claim of the same dispute`, `links across separate disputes`, `link where gold has
none`. `-v` prints each error with its bin.
"""

from __future__ import annotations

import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent.parent / "shared" / "eval"))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
sys.path.insert(0, str(ROOT / "bench"))
import score  # noqa: E402
from link_errors import clip, parse_all, statement_map  # noqa: E402

REL = ("denies", "confirms")


def components(gst: list[dict]) -> dict[str, int]:
    parent = {g["id"]: g["id"] for g in gst}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for g in gst:
        for k in REL:
            for t in g.get(k, []):
                if t in parent:
                    parent[find(g["id"])] = find(t)
    return {g["id"]: find(g["id"]) for g in gst}


def tally(article: dict, result: dict, c: collections.Counter, verbose: bool) -> None:
    gst, pst = article["gold"]["statements"], result["statements"]
    gby = {x["name"]: x for x in article["gold"]["actors"]}
    pby = {x["id"]: x for x in result["actors"]}
    smap = statement_map(gst, pst)
    gid_of = {pst[pi]["id"]: gst[gi]["id"] for pi, gi in smap.items()}
    p_of_g = {gst[gi]["id"]: pst[pi] for pi, gi in smap.items()}
    gold = {g["id"]: g for g in gst}
    comp = components(gst)
    aimed = {t for g in gst for k in REL for t in g.get(k, [])}

    def stance_ok(gid: str) -> bool:
        p, g = p_of_g[gid], gold[gid]
        return p["stance"] == g["stance"] or p["stance"] in g.get("also_accept", [])

    def speaker_ok(gid: str) -> bool:
        sp = pby.get(p_of_g[gid].get("speaker"))
        return sp is not None and score.actor_similarity(sp, gby[gold[gid]["speaker"]]) > 0

    glinks = {(g["id"], k, t) for g in gst for k in REL for t in g.get(k, [])}
    plinks = {}
    for p in pst:
        for k in REL:
            for t in p.get(k, []):
                rule = next((x["rule"] for x in p.get("links", []) if x["target"] == t), "?")
                key = (gid_of.get(p["id"], "?" + p["id"]), k, gid_of.get(t, "?" + t))
                plinks[key] = rule
    ptargets = collections.defaultdict(set)
    for s, _, t in plinks:
        ptargets[s].add(t)

    def put(kind: str, why: str, s: str, k: str, t: str, rule: str = "") -> None:
        c[f"{kind}: {why}"] += 1
        if verbose:
            gs, gt = gold.get(s), gold.get(t)
            print(f"  {article['id']} {kind} {s} {k} {t} [{why}] {rule}")
            if gs:
                print(f"      A {gs['stance']} by {gs['speaker']}: {clip(gs['quote_or_span'], 110)}")
            if gt:
                print(f"      T {gt['stance']} by {gt['speaker']}: {clip(gt['quote_or_span'], 110)}")

    for s, k, t in sorted(glinks - set(plinks)):
        if t not in p_of_g:
            why = "claim end missing"
        elif s not in p_of_g:
            why = "answer end missing"
        elif not stance_ok(t):
            why = "claim end stance wrong"
        elif not stance_ok(s):
            why = "answer's stance wrong"
        elif not (speaker_ok(s) and speaker_ok(t)):
            why = "speaker wrong"
        else:
            mine = {x for x in ptargets.get(s, set()) if not x.startswith("?")}
            if not ptargets.get(s):
                why = "answer linked to nothing"
            elif any(comp.get(x) == comp[t] for x in mine):
                why = "wrong claim of the same dispute"
            elif mine:
                why = "links across separate disputes"
            else:
                why = "answer linked to a non-gold statement"
        put("missed", why, s, k, t)
    for (s, k, t), rule in sorted(plinks.items()):
        if (s, k, t) in glinks:
            continue
        if s.startswith("?"):
            why = "answer is no gold statement"
        elif t.startswith("?"):
            why = "target is no gold statement"
        elif not (stance_ok(s) and stance_ok(t) and speaker_ok(s) and speaker_ok(t)):
            why = "an end's stance or speaker wrong"
        else:
            gt = {x for kk in REL for x in gold[s].get(kk, [])}
            if (
                t not in aimed
                and gold[t]["stance"] == "claim"
                and any(gold[x]["speaker"] == gold[t]["speaker"] for x in gt)
            ):
                why = "repeated claim receives links"
            elif gt and comp[t] in {comp[x] for x in gt}:
                why = "wrong claim of the same dispute"
            elif comp[t] != comp[s] and (gt or t in aimed):
                why = "links across separate disputes"
            else:
                why = "link where gold has none"
        put("wrong", why, s, k, t, rule)


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    for name in [a for a in args if a != "-v"]:
        corpus = pathlib.Path(name)
        arts = [json.loads(p.read_text()) for p in sorted(corpus.glob("*.json"))]
        c: collections.Counter = collections.Counter()
        for a, r in zip(arts, parse_all(arts), strict=True):
            tally(a, r, c, verbose)
        print(f"== {name}: {sum(c.values())} errors")
        for key in sorted(c):
            print(f"   {key}: {c[key]}")


if __name__ == "__main__":
    main()
