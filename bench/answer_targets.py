#!/usr/bin/env python3
"""Gold links by the stance of their target (claim / denial / confirmation / comment) against
what the parser emits: found, missed, and wrong links by the parser's target stance. Per set
and summed; caches parses in --cache DIR so that a re-analysis does not re-parse.

    .venv/bin/python bench/answer_targets.py [--cache DIR] [--fresh] [-v] SET_DIR ...
"""

from __future__ import annotations

import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from link_errors import clip, parse_all, statement_map  # noqa: E402


def main() -> None:
    args = sys.argv[1:]
    cache = None
    fresh = "--fresh" in args
    verbose = "-v" in args
    if "--cache" in args:
        i = args.index("--cache")
        cache = pathlib.Path(args[i + 1])
        del args[i : i + 2]
    args = [a for a in args if a not in ("--fresh", "-v")]
    tot: collections.Counter[str] = collections.Counter()
    for d in args:
        corpus = pathlib.Path(d)
        arts = [json.loads(p.read_text()) for p in sorted(corpus.glob("*.json"))]
        cf = cache / (corpus.name + ".jsonl") if cache else None
        if cf and cf.exists() and not fresh:
            res = [json.loads(ln) for ln in cf.read_text().splitlines()]
        else:
            res = parse_all(arts)
            if cf:
                cf.parent.mkdir(parents=True, exist_ok=True)
                cf.write_text("\n".join(json.dumps(r) for r in res))
        c: collections.Counter[str] = collections.Counter()
        for a, r in zip(arts, res, strict=True):
            gst, pst = a["gold"]["statements"], r["statements"]
            smap = statement_map(gst, pst)
            g_of_p = {pst[pi]["id"]: gst[gi] for pi, gi in smap.items()}
            gid = {g["id"]: g for g in gst}
            glinks = {
                (g["id"], k, t) for g in gst for k in ("denies", "confirms") for t in g.get(k, [])
            }
            plinks = {}
            for p in pst:
                s = g_of_p.get(p["id"])
                for ln in p.get("links", []):
                    t = g_of_p.get(ln["target"])
                    tp = next((x for x in pst if x["id"] == ln["target"]), None)
                    key = (
                        s["id"] if s else "?" + p["id"],
                        ln["relation"],
                        t["id"] if t else "?" + ln["target"],
                    )
                    plinks[key] = (ln.get("rule"), tp["stance"] if tp else "?", p)
            for s, rel, t in glinks:
                st = gid[t]["stance"]
                hit = (s, rel, t) in plinks
                c[f"gold {rel}->{st}"] += 1
                c[f"hit  {rel}->{st}"] += hit
                if verbose and not hit and st in ("denial", "confirmation"):
                    print(
                        f"MISS {a['id']} {s} {rel} {t}({st}): "
                        f"{clip(gid[s]['quote_or_span'], 90)} -> "
                        f"{clip(gid[t]['quote_or_span'], 60)}"
                    )
            for key, (rule, pst_stance, p) in plinks.items():
                s, rel, t = key
                ok = key in glinks
                gst_t = gid[t]["stance"] if t in gid else "?"
                c[f"pred {rel}->{gst_t}"] += 1
                c[f"ok   {rel}->{gst_t}"] += ok
                if gst_t in ("denial", "confirmation") or pst_stance in ("denial", "confirmation"):
                    c[f"rule {rule} {'ok' if ok else 'bad'}"] += 1
                    if verbose and not ok:
                        print(
                            f"WRONG {a['id']} {s} {rel} {t}({gst_t}) rule={rule}: "
                            f"{clip(p['text'], 90)}"
                        )
        print(corpus.name, dict(sorted(c.items())))
        tot.update(c)
    print("TOTAL")
    for k, v in sorted(tot.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
