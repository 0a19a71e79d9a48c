#!/usr/bin/env python3
"""List the matched actors whose affiliation, country or kind the parser got wrong.

    .venv/bin/python bench/actor_errors.py [SET|DIR ...]   # default: dev heldout heldout2 fresh
    .venv/bin/python bench/actor_errors.py --save DIR ...   # also keep the parser's output
    .venv/bin/python bench/actor_errors.py --load DIR ...   # score saved output again

Actors are matched to gold the way ``../shared/eval/score.py`` matches them. For every matched
actor whose attribute is wrong, prints gold against found, grouped by a rough cause:

- ``affiliation: target missed``: the gold affiliation is an actor the parser did not find;
- ``affiliation: none``: the parser gave no affiliation;
- ``affiliation: other actor``: it pointed at another (matched or unmatched) actor;
- ``country: none`` / ``country: wrong`` / ``country: extra`` (null gold, something found: not
  scored, listed for information only);
- ``kind``.
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
