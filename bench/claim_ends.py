#!/usr/bin/env python3
"""Why are the statements that gold links aim at missed? Per set, binned by construction.

    .venv/bin/python bench/claim_ends.py [-v] [SET_OR_DIR ...]   # default: the sets one may read

Every statement a gold link aims at (its target) is put in one bin: found with a right stance;
found with another stance (`as comment`, ...); or not found, split by what the parser put
where the gold span stands: nothing at all (`absent`), a statement the scorer gave to another
gold statement (`taken by <id>`, e.g. the denial whose sentence carries the claim), or a
statement the scorer's span_match rejects (`span mismatch`, with the gold coverage and the
precision that failed). Each target is also put in a construction bin read off its sentence
(`accused ... of`, `also claimed`, `citing people familiar`, a headline, a question, a claim
inside a denial ...), so that the biggest bins of missing ends can be fixed by construction.
`-v` prints every target not found right with its sentence.
"""

from __future__ import annotations

import collections
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
import score  # noqa: E402
from link_errors import parse_all  # noqa: E402  (bench/ is the script's own folder)

PARSING = ROOT / "tests" / "statements" / "parsing"
READABLE = ["dev", "fresh", "heldout", "heldout2", "heldout3", "transcripts"]

# Constructions, first match wins; read on the target's sentence (the words before its span
# and the span itself), never on one article's words.
CONSTRUCTIONS = [
    ("headline", None),
    ("question", re.compile(r"\?|\basked (?:about|whether|if)\b|\bQ:")),
    (
        "inside a denial",
        re.compile(
            r"\b(?:den(?:y|ied|ies)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es)|"
            r"contradict(?:ed|s)?|disput(?:ed|es))\b.*\b(?:claims?|reports?|allegations?|suggestions?|"
            r"accusations?|assertions?|that)\b",
            re.I,
        ),
    ),
    (
        "documents seen by",
        re.compile(
            r"\b(?:documents?|papers|memo|letter|e-?mails?) (?:seen|obtained|reviewed) by\b", re.I
        ),
    ),
    ("familiar with", re.compile(r"\bfamiliar with\b", re.I)),
    ("according to", re.compile(r"\baccording to\b", re.I)),
    ("citing", re.compile(r"\bciting\b", re.I)),
    (
        "also claimed/said",
        re.compile(r"\balso (?:claimed|alleged|said|reported|stated|wrote|says|claims)\b", re.I),
    ),
    ("accused of", re.compile(r"\baccus(?:ed|es|ing)\b", re.I)),
    ("alleged", re.compile(r"\ballege[ds]?\b|\ballegations?\b|\balleging\b", re.I)),
    (
        "unnamed source",
        re.compile(
            r"\b(?:an?|one|two|three|several|some) (?:\w+ ){0,3}"
            r"(?:officials?|sources?|people|diplomats?|insiders?)\b",
            re.I,
        ),
    ),
    ("reported", re.compile(r"\breport(?:ed|s|ing)?\b", re.I)),
    ("claimed", re.compile(r"\bclaim(?:ed|s|ing)?\b", re.I)),
    ("quotation", re.compile(r"[\"“”]")),
    ("said/told", re.compile(r"\b(?:said|says|told|wrote|stated|added)\b", re.I)),
]


def sentence_of(text: str, start: int, end: int) -> str:
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    hi = min(x for x in (text.find("\n", end), text.find(". ", end), len(text)) if x >= 0)
    return text[lo:hi].strip()


def construction(text: str, start: int, end: int) -> str:
    first_line_end = text.find("\n")
    if start < (first_line_end if first_line_end >= 0 else len(text)):
        return "headline"
    sent = sentence_of(text, start, end)
    head = sent[: max(0, sent.find(text[start:end][:20]))] or sent
    for name, rx in CONSTRUCTIONS[1:]:
        assert rx is not None
        if rx.search(head if name != "quotation" else sent):
            return name
    return "other"


def tally(a: dict, r: dict, c: collections.Counter, rows: list[str]) -> None:
    text, gst, pst = a["text"], a["gold"]["statements"], r["statements"]
    pairs = [
        (m, pi, gi)
        for pi, p in enumerate(pst)
        for gi, g in enumerate(gst)
        if (m := score.span_match(g["quote_or_span"], p["text"]))
    ]
    smap = score.greedy(pairs)
    g_to_p = {gi: pi for pi, gi in smap.items()}
    by_id = {g["id"]: (gi, g) for gi, g in enumerate(gst)}
    targets = {t for g in gst for k in ("denies", "confirms") for t in g.get(k, [])}
    for tid in sorted(targets):
        gi, g = by_id[tid]
        start = text.find(g["quote_or_span"])
        end = start + len(g["quote_or_span"])
        cons = construction(text, start, end)
        kind = g["stance"]
        if gi in g_to_p:
            p = pst[g_to_p[gi]]
            ok = p["stance"] == g["stance"] or p["stance"] in g.get("also_accept", [])
            how = "right" if ok else f"found as {p['stance']}"
        else:
            over = [(pi, p) for pi, p in enumerate(pst) if p["start"] < end and p["end"] > start]
            if not over:
                how = "absent"
            else:
                taken = [pi for pi, _ in over if pi in smap]
                free = [(pi, p) for pi, p in over if pi not in smap]
                if free:
                    gt, pt = score.tokens(g["quote_or_span"]), score.tokens(free[0][1]["text"])
                    common = sum((gt & pt).values())
                    cov = common / max(1, sum(gt.values()))
                    prec = common / max(1, sum(pt.values()))
                    how = f"span mismatch (cover {cov:.2f} prec {prec:.2f})"
                    c[f"{kind}: span mismatch"] += 1
                    c[f"{kind}: not found [{cons}]"] += 1
                    c[f"{kind}: not found"] += 1
                    rows.append(
                        f"  {a['id'][:38]} {tid} {kind} {how} [{cons}]\n"
                        f"      gold: {g['quote_or_span'][:110]!r}\n"
                        f"      pred: {free[0][1]['text'][:110]!r}"
                    )
                    continue
                how = "taken by " + ",".join(gst[smap[pi]]["id"] for pi in taken)
        if how == "right":
            c[f"{kind}: right"] += 1
            continue
        key = "not found" if how == "absent" or how.startswith("taken") else how
        c[f"{kind}: {key}"] += 1
        c[f"{kind}: {key} [{cons}]"] += 1
        if key == "not found":
            c[f"{kind}: {'absent' if how == 'absent' else 'taken by another gold'}"] += 1
        rows.append(
            f"  {a['id'][:38]} {tid} {kind} {how} [{cons}]\n"
            f"      {sentence_of(text, start, end)[:220]!r}"
        )


def claims(c: collections.Counter) -> int:
    """How many gold claims are aimed at by a link (right, found as another stance, not found)."""
    heads = ("claim: right", "claim: not found", "claim: span mismatch")
    return sum(
        v
        for k, v in c.items()
        if "[" not in k and (k in heads[:2] or k.startswith("claim: found as"))
    )


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    names = [x for x in args if x != "-v"] or READABLE + sorted(
        d.name for d in PARSING.glob("p*_set") if d.is_dir()
    )
    total: collections.Counter = collections.Counter()
    for name in names:
        if name == "dev":
            corpus = ROOT.parent / "shared" / "corpus" / "dev"
        elif (PARSING / name).is_dir():
            corpus = PARSING / name
        else:
            corpus = pathlib.Path(name)
        arts = [json.loads(p.read_text()) for p in sorted(corpus.glob("*.json"))]
        c: collections.Counter = collections.Counter()
        rows: list[str] = []
        for a, r in zip(arts, parse_all(arts), strict=True):
            tally(a, r, c, rows)
        total.update(c)
        print(f"== {name}: claim targets found as claims {c['claim: right']} of {claims(c)}")
        for k in sorted(c):
            print(f"   {k}: {c[k]}")
        if verbose:
            print("\n".join(rows))
    if len(names) > 1:
        print(f"== all: claim targets found as claims {total['claim: right']} of {claims(total)}")
        for k in sorted(total):
            print(f"   {k}: {total[k]}")


if __name__ == "__main__":
    main()
