#!/usr/bin/env python3
"""List the matched actors whose affiliation, country or kind the parser got wrong.

    .venv/bin/python bench/actor_errors.py [SET|DIR ...]   # default: dev heldout heldout2 fresh
    .venv/bin/python bench/actor_errors.py --save DIR ...   # also keep the parser's output
    .venv/bin/python bench/actor_errors.py --load DIR ...   # score saved output again
    .venv/bin/python bench/actor_errors.py --names SET ...  # also bin missed, extra, duplicates

Actors are matched to gold the way ``../shared/eval/score.py`` matches them. For every matched
actor whose attribute is wrong, prints gold against found, grouped by a rough cause:

- ``affiliation: target missed``: the gold affiliation is an actor the parser did not find;
- ``affiliation: none``: the parser gave no affiliation;
- ``affiliation: other actor``: it pointed at another (matched or unmatched) actor;
- ``country: none`` / ``country: wrong`` / ``country: extra`` (null gold, something found: not
  scored, listed for information only);
- ``kind``.

Every actor the scorer leaves unmatched is listed too, binned by a rough construction:
``miss: ...`` (a gold actor not found), ``extra: ...`` (a found actor matching none) and
``duplicate: ...`` (a found actor left over that resembles a matched one).
"""

from __future__ import annotations

import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
import score  # noqa: E402
from link_errors import parse_all  # noqa: E402

SETS = {
    "dev": ROOT.parent / "shared" / "corpus" / "dev",
    "heldout": ROOT / "tests" / "statements" / "parsing" / "heldout",
    "heldout2": ROOT / "tests" / "statements" / "parsing" / "heldout2",
    "fresh": ROOT / "tests" / "statements" / "parsing" / "fresh",
}
PARSING = ROOT / "tests" / "statements" / "parsing"
for _d in sorted(PARSING.glob("*")):
    if _d.is_dir() and (_d.name in {"heldout3"} or _d.name.startswith("p")):
        SETS.setdefault(_d.name, _d)

DEPARTMENT = ("ministry", "department", "office", "agency", "service", "embassy", "directorate")
GROUP = ("officials", "sources", "people", "traders", "workers", "diplomats", "residents")


def name_bin(actor: dict, text: str) -> str:
    """A rough construction for an unmatched actor's name."""
    name = actor.get("name") or ""
    low = name.lower()
    words = name.split()
    first = text.find(name)
    line = (
        text[max(0, text.rfind("\n", 0, first) + 1) : text.find("\n", first)] if first >= 0 else ""
    )
    if first >= 0 and line.strip() == name.strip():
        return "line of its own (heading, label)"
    if actor.get("kind") == "government":
        return "government"
    if any(w in low.split() for w in GROUP) or low.startswith(
        ("a ", "an ", "one ", "two ", "three ")
    ):
        return "unnamed group or source"
    if " in " in low or " at " in low or (" of " in low and actor.get("kind") == "person"):
        return "described by place or body"
    if any(w in low for w in DEPARTMENT):
        return "ministry or department"
    if actor.get("kind") == "media":
        return "media"
    if len(words) == 1:
        return "one word"
    if actor.get("kind") == "person" and all(w[:1].isupper() for w in words) and len(words) <= 3:
        return "full name"
    if any(w[:1].islower() for w in words[1:]):
        return "lower-case words (a phrase)"
    return "other"


def unmatched(a: dict, result: dict) -> list[tuple[str, str]]:
    """(bin, line) for every missed, extra and duplicate actor."""
    gactors, pactors = a["gold"]["actors"], result["actors"]
    pairs = [
        (score.actor_similarity(p, g), pi, gi)
        for pi, p in enumerate(pactors)
        for gi, g in enumerate(gactors)
    ]
    amap = score.greedy(pairs)
    out = []
    text = a["text"]
    for gi, g in enumerate(gactors):
        if gi not in amap.values():
            line = f"{a['id'][:28]:28} {g['name']!r} ({g['kind']}) {g.get('aliases')}"
            out.append((f"miss: {name_bin(g, text)}", line))
    for pi, p in enumerate(pactors):
        if pi in amap:
            continue
        like = [g["name"] for g in gactors if score.actor_similarity(p, g)]
        head = "duplicate" if like else "extra"
        line = f"{a['id'][:28]:28} {p['name']!r} ({p.get('kind')}) {p.get('aliases')}"
        if like:
            line += f" ~ {like[0]!r}"
        out.append((f"{head}: {name_bin(p, text)}", line))
    return out


def errors(a: dict, result: dict) -> list[tuple[str, str]]:
    """(cause, line) for every wrong attribute of a matched actor."""
    gactors, pactors = a["gold"]["actors"], result["actors"]
    pairs = [
        (score.actor_similarity(p, g), pi, gi)
        for pi, p in enumerate(pactors)
        for gi, g in enumerate(gactors)
    ]
    amap = score.greedy(pairs)
    gname_of = {pactors[pi]["id"]: gactors[gi]["name"] for pi, gi in amap.items()}
    pname = {p["id"]: p["name"] for p in pactors}
    matched_gold = {gactors[gi]["name"] for gi in amap.values()}
    out = []
    for pi, gi in amap.items():
        p, g = pactors[pi], gactors[gi]
        head = f"{a['id'][:28]:28} {g['name']!r} (found {p['name']!r})"
        if p.get("kind") != g["kind"]:
            out.append(("kind", f"{head}: gold {g['kind']}, found {p.get('kind')}"))
        gaff, paff = g.get("affiliation"), p.get("affiliation")
        if gaff and not (paff and gname_of.get(paff) == gaff):
            if gaff not in matched_gold:
                cause = "affiliation: target missed"
            elif not paff:
                cause = "affiliation: none"
            else:
                cause = "affiliation: other actor"
            found = pname.get(paff) if paff else None
            out.append((cause, f"{head}: gold {gaff!r}, found {found!r} [{p.get('role')!r}]"))
        gc, pc = g.get("country"), p.get("country")
        if gc and pc != gc:
            cause = "country: none" if not pc else "country: wrong"
            out.append((cause, f"{head} [{g['kind']}]: gold {gc}, found {pc}"))
        elif not gc and pc:
            out.append(("country: extra (unscored)", f"{head} [{g['kind']}]: found {pc}"))
    return out


def main(argv: list[str]) -> int:
    save = load = None
    names_too = "--names" in argv
    argv = [x for x in argv if x != "--names"]
    if argv[:1] == ["--save"]:
        save, argv = pathlib.Path(argv[1]), argv[2:]
    elif argv[:1] == ["--load"]:
        load, argv = pathlib.Path(argv[1]), argv[2:]
    names = argv or list(SETS)
    for name in names:
        corpus = SETS.get(name, pathlib.Path(name))
        articles = [json.loads(p.read_text()) for p in sorted(corpus.glob("*.json"))]
        key = corpus.name
        results = json.loads((load / f"{key}.json").read_text()) if load else parse_all(articles)
        if save:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"{key}.json").write_text(json.dumps(results))
        by_cause: dict[str, list[str]] = collections.defaultdict(list)
        tally: collections.Counter[str] = collections.Counter()
        for a, r in zip(articles, results, strict=True):
            t, _ = score.score_article(a, r, False)
            tally.update(t)
            for cause, line in errors(a, r):
                by_cause[cause].append(line)
            if names_too:
                for cause, line in unmatched(a, r):
                    by_cause[cause].append(line)
        acc = " ".join(
            f"{k}={tally[k + '_ok'] / tally[k + '_n']:.3f}"
            for k in ("kind", "affil", "country")
            if tally[k + "_n"]
        )
        print(f"=== {name} ({len(articles)} articles) {acc}")
        for cause in sorted(by_cause):
            print(f"-- {cause}: {len(by_cause[cause])}")
            for line in by_cause[cause]:
                print("   " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
