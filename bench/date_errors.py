"""The statements whose date the parser gets wrong, set by set.

    .venv/bin/python bench/date_errors.py DIR [DIR ...]

Each article of each DIR is parsed in-process; its statements are aligned to the gold the way the
scorer aligns them for dates (span only, one to one: `link_errors.statement_map`). For every
aligned gold statement with a date, a line is printed where the parsed date differs: the gold
date, the parsed one, the article's `published` and the start of the gold span. The last lines
count the misses by (gold - published) in days and by whether the parser gave no date, so that a
pass can be aimed at the biggest kind.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from link_errors import statement_map  # noqa: E402  (bench/ is the script's own folder)

from statements.parsing.cli import parse_file  # noqa: E402


def main(dirs: list[str]) -> None:
    kinds: Counter[str] = Counter()
    total = wrong = 0
    for d in dirs:
        for path in sorted(pathlib.Path(d).glob("*.json")):
            art = json.loads(path.read_text())
            out = parse_file(str(path))
            gst, pst = art["gold"]["statements"], out["statements"]
            for pi, gi in statement_map(gst, pst).items():
                g, p = gst[gi], pst[pi]
                if not g.get("date"):
                    continue
                total += 1
                if p.get("date") == g["date"]:
                    continue
                wrong += 1
                pub = art.get("published")
                off = (
                    (dt.date.fromisoformat(g["date"]) - dt.date.fromisoformat(pub)).days
                    if pub
                    else None
                )
                kind = "none" if p.get("date") is None else "other day"
                kinds[f"{kind}, gold = published {off:+d} d" if off is not None else kind] += 1
                print(
                    f"{path.stem[:40]} {g['id']}: gold {g['date']} parsed {p.get('date')} "
                    f"published {pub}: {g['quote_or_span'][:90]!r}"
                )
    print(f"\n{wrong} of {total} dated statements wrong")
    for k, n in kinds.most_common():
        print(f"{n:4d}  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
