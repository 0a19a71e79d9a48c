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


class Ends:
    """The gold and found statements of one article, matched as the scorer matches them."""

    def __init__(self, article: dict, result: dict) -> None:
        self.article = article
        gst, pst = article["gold"]["statements"], result["statements"]
        self.gby = {x["name"]: x for x in article["gold"]["actors"]}
        self.pby = {x["id"]: x for x in result["actors"]}
        smap = statement_map(gst, pst)
        gid_of = {pst[pi]["id"]: gst[gi]["id"] for pi, gi in smap.items()}
        self.p_of_g = {gst[gi]["id"]: pst[pi] for pi, gi in smap.items()}
        self.gold = {g["id"]: g for g in gst}
        self.comp = components(gst)
        self.aimed = {t for g in gst for k in REL for t in g.get(k, [])}
        self.glinks = {(g["id"], k, t) for g in gst for k in REL for t in g.get(k, [])}
        self.plinks: dict[tuple[str, str, str], str] = {}
        for p in pst:
            for k in REL:
                for t in p.get(k, []):
                    rule = next((x["rule"] for x in p.get("links", []) if x["target"] == t), "?")
                    key = (gid_of.get(p["id"], "?" + p["id"]), k, gid_of.get(t, "?" + t))
                    self.plinks[key] = rule
        self.ptargets: dict[str, set[str]] = collections.defaultdict(set)
        for s, _, t in self.plinks:
            self.ptargets[s].add(t)

    def stance_ok(self, gid: str) -> bool:
        p, g = self.p_of_g[gid], self.gold[gid]
        return p["stance"] == g["stance"] or p["stance"] in g.get("also_accept", [])

    def speaker_ok(self, gid: str) -> bool:
        sp = self.pby.get(self.p_of_g[gid].get("speaker"))
        ref = self.gby[self.gold[gid]["speaker"]]
        return sp is not None and score.actor_similarity(sp, ref) > 0

    def right(self, gid: str) -> bool:
        return self.stance_ok(gid) and self.speaker_ok(gid)

    def missed(self, s: str, t: str) -> str:
        if t not in self.p_of_g:
            return "claim end missing"
        if s not in self.p_of_g:
            return "answer end missing"
        if not self.stance_ok(t):
            return "claim end stance wrong"
        if not self.stance_ok(s):
            return "answer's stance wrong"
        if not (self.speaker_ok(s) and self.speaker_ok(t)):
            return "speaker wrong"
        mine = {x for x in self.ptargets.get(s, set()) if not x.startswith("?")}
        if not self.ptargets.get(s):
            return "answer linked to nothing"
        if any(self.comp.get(x) == self.comp[t] for x in mine):
            return "wrong claim of the same dispute"
        if mine:
            return "links across separate disputes"
        return "answer linked to a non-gold statement"

    def wrong(self, s: str, t: str) -> str:
        if s.startswith("?"):
            return "answer is no gold statement"
        if t.startswith("?"):
            return "target is no gold statement"
        if not (self.right(s) and self.right(t)):
            return "an end's stance or speaker wrong"
        gold, comp = self.gold, self.comp
        gt = {x for kk in REL for x in gold[s].get(kk, [])}
        if (
            t not in self.aimed
            and gold[t]["stance"] == "claim"
            and any(gold[x]["speaker"] == gold[t]["speaker"] for x in gt)
        ):
            return "repeated claim receives links"
        if gt and comp[t] in {comp[x] for x in gt}:
            return "wrong claim of the same dispute"
        if comp[t] != comp[s] and (gt or t in self.aimed):
            return "links across separate disputes"
        return "link where gold has none"

    def show(self, kind: str, why: str, s: str, k: str, t: str, rule: str) -> None:
        print(f"  {self.article['id']} {kind} {s} {k} {t} [{why}] {rule}")
        for mark, gid in (("A", s), ("T", t)):
            g = self.gold.get(gid)
            if g:
                print(
                    f"      {mark} {g['stance']} by {g['speaker']}: {clip(g['quote_or_span'], 100)}"
                )


def tally(article: dict, result: dict, c: collections.Counter, verbose: bool) -> None:
    e = Ends(article, result)
    for s, k, t in sorted(e.glinks - set(e.plinks)):
        why = e.missed(s, t)
        c[f"missed: {why}"] += 1
        if verbose:
            e.show("missed", why, s, k, t, "")
    for (s, k, t), rule in sorted(e.plinks.items()):
        if (s, k, t) in e.glinks:
            continue
        why = e.wrong(s, t)
        c[f"wrong: {why}"] += 1
        if verbose:
            e.show("wrong", why, s, k, t, rule)


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
