"""How the grouping's threshold and weights trade precision for recall on a set of story articles.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/dementi_x DEBUG=true \
        .venv/bin/python bench/tune_grouping.py ../shared/corpus/stories [--reference 0.25]

Runs `manage.py group_articles` (the real pipeline in a throwaway database) on every article file
of the folder for each threshold in --thresholds, with the reference weight and half-life given,
and prints B-cubed and pairwise precision, recall and F1 against the files' `story` keys (the
measures of shared/eval/group_score.py), so the threshold shipped in statements/stories.py can be
seen in its neighbourhood rather than as one lucky point.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def measures(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    """B-cubed and pairwise precision/recall/F1 over articles."""
    ids = list(gold)

    def cluster(m: dict[str, str], i: str) -> set[str]:
        return {j for j in ids if m[j] == m[i]}

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    both = {i: len(cluster(pred, i) & cluster(gold, i)) for i in ids}
    bp = sum(both[i] / len(cluster(pred, i)) for i in ids) / len(ids)
    br = sum(both[i] / len(cluster(gold, i)) for i in ids) / len(ids)
    pairs = list(itertools.combinations(ids, 2))
    tp = sum(1 for i, j in pairs if gold[i] == gold[j] and pred[i] == pred[j])
    pp = sum(1 for i, j in pairs if pred[i] == pred[j])
    gp = sum(1 for i, j in pairs if gold[i] == gold[j])
    p, r = (tp / pp if pp else 1.0), (tp / gp if gp else 1.0)
    return {"bcubed_f1": f1(bp, br), "bcubed_p": bp, "pair_p": p, "pair_r": r}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--thresholds", default="0.15,0.175,0.2,0.225,0.25,0.275,0.3,0.35,0.4")
    parser.add_argument("--reference", type=float, help="W_REFERENCE (default: the shipped one).")
    parser.add_argument("--half-life", type=float, help="HALF_LIFE_DAYS (default: shipped).")
    args = parser.parse_args()
    import django

    django.setup()
    from django.core.management import call_command

    from statements import stories

    if args.reference is not None:
        stories.W_REFERENCE = args.reference
    if args.half_life is not None:
        stories.HALF_LIFE_DAYS = args.half_life
    files = sorted(args.folder.glob("*.json"))
    gold = {}
    for path in files:
        data = json.loads(path.read_text())
        if data.get("story"):
            gold[data.get("id") or path.stem] = data["story"]
    print(
        f"W_REFERENCE={stories.W_REFERENCE} HALF_LIFE_DAYS={stories.HALF_LIFE_DAYS} "
        f"shipped THRESHOLD={stories.THRESHOLD}; {len(gold)} articles"
    )
    for threshold in (float(t) for t in args.thresholds.split(",")):
        stories.THRESHOLD = threshold
        out = io.StringIO()
        call_command("group_articles", *map(str, files), stdout=out, stderr=io.StringIO())
        pred = {}
        for line in out.getvalue().splitlines():
            row = json.loads(line)
            pred[row["id"]] = str(row["stories"][0]) if row["stories"] else f"alone {row['id']}"
        m = measures(gold, {i: pred[i] for i in gold})
        print(f"threshold {threshold:.3f}: " + " ".join(f"{k}={v:.3f}" for k, v in m.items()))


if __name__ == "__main__":
    main()
