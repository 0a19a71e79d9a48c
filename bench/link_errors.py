#!/usr/bin/env python3
"""List the links the linker alone got wrong: both ends found (span, speaker, stance right).

    .venv/bin/python bench/link_errors.py [CORPUS ...]   # default: dev, fresh, heldout

For every missed or wrong link whose two statements the parser found with the right speaker
and stance, prints the answer, the gold target(s), the linker's target(s) with the rule that
chose them, and the texts, so that the causes can be tallied by hand.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
import score  # noqa: E402

SETS = {
    "dev": ROOT.parent / "shared" / "corpus" / "dev",
    "fresh": ROOT / "tests" / "statements" / "parsing" / "fresh",
    "heldout": ROOT / "tests" / "statements" / "parsing" / "heldout",
    "transcripts": ROOT / "tests" / "statements" / "parsing" / "transcripts",
    "heldout2": ROOT / "tests" / "statements" / "parsing" / "heldout2",
    "p-linker3_set": ROOT / "tests" / "statements" / "parsing" / "p-linker3_set",
}


def parse_all(articles: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for a in articles:
            f = pathlib.Path(tmp) / f"{a['id']}.json"
            keep = ("id", "title", "outlet", "source_url", "published", "text")
            f.write_text(json.dumps({k: a.get(k) for k in keep}))
            files.append(str(f))
        cmd = [str(ROOT / ".venv/bin/python"), "manage.py", "parse_article", *files]
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True).stdout
    return [json.loads(ln) for ln in out.splitlines() if ln.strip()]


def statement_map(gst: list[dict], pst: list[dict]) -> dict[int, int]:
    """Found statement index -> gold statement index, matched one to one as the scorer does."""
    pairs = [
        (m, pi, gi)
        for pi, p in enumerate(pst)
        for gi, g in enumerate(gst)
        if (m := score.span_match(g["quote_or_span"], p["text"]))
    ]
    return score.greedy(pairs)


def clip(s: str, n: int = 150) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def report(name: str, a: dict, result: dict) -> int:
    gst, pst = a["gold"]["statements"], result["statements"]
    gby = {x["name"]: x for x in a["gold"]["actors"]}
    pby = {x["id"]: x for x in result["actors"]}
    smap = statement_map(gst, pst)
    p_of_g = {gst[gi]["id"]: pst[pi] for pi, gi in smap.items()}
    g_of_p = {pst[pi]["id"]: gst[gi] for pi, gi in smap.items()}
    gtext = {g["id"]: g for g in gst}

    def right(p: dict, g: dict) -> bool:
        sp = pby.get(p.get("speaker"))
        ok_sp = sp is not None and score.actor_similarity(sp, gby[g["speaker"]]) > 0
        ok_st = p["stance"] == g["stance"] or p["stance"] in g.get("also_accept", [])
        return ok_sp and ok_st

    glinks = {(g["id"], k, r) for g in gst for k in ("denies", "confirms") for r in g.get(k, [])}
    plinks = set()
    prule = {}
    for p in pst:
        src = g_of_p.get(p["id"])
        for ln in p.get("links", []):
            t = next((x for x in pst if x["id"] == ln["target"]), None)
            tg = g_of_p.get(ln["target"]) if t else None
            sid = src["id"] if src else "?" + p["id"]
            key = (sid, ln["relation"], tg["id"] if tg else "?" + ln["target"])
            plinks.add(key)
            prule[key] = ln["rule"]
    n = 0
    for kind, links in (("MISSED", glinks - plinks), ("WRONG", plinks - glinks)):
        for s, rel, t in sorted(links):
            if s not in p_of_g or t not in p_of_g:
                continue
            ps, pt = p_of_g[s], p_of_g[t]
            if not (right(ps, gtext[s]) and right(pt, gtext[t])):
                continue
            n += 1
            g = gtext[s]
            gold_t = g.get("denies", []) + g.get("confirms", [])
            pred_t = [
                f"{g_of_p[ln['target']]['id'] if ln['target'] in g_of_p else '?'}({ln['rule']})"
                for ln in ps.get("links", [])
            ]
            print(f"[{name}] {a['id']} {kind} {s} {rel} {t}  gold->{gold_t} pred->{pred_t}")
            print(f"    {s} {g['stance']} by {g['speaker']}: {clip(g['quote_or_span'])}")
            for tid in sorted(set(gold_t) | {x.split("(")[0] for x in pred_t if x[0] != "?"}):
                tg = gtext[tid]
                mark = "G" if tid in gold_t else " "
                words = clip(tg["quote_or_span"])
                print(f"     {mark} {tid} {tg['stance']} by {tg['speaker']}: {words}")
    return n


def main() -> None:
    names = sys.argv[1:] or ["dev", "fresh", "heldout"]
    total = 0
    for name in names:
        corpus = SETS.get(name, pathlib.Path(name))
        arts = [json.loads(p.read_text()) for p in sorted(corpus.glob("*.json"))]
        res = parse_all(arts)
        k = sum(report(name, a, r) for a, r in zip(arts, res, strict=True))
        print(f"== {name}: {k} links decided by the linker alone")
        total += k
    print(f"== total {total}")


if __name__ == "__main__":
    main()
