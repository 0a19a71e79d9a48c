"""Word lists and reference data for the parser, loaded once from the files beside this module."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ..rules import on

HERE = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file; a line `@include other.txt` stands for
    the lines of that file, so that one list is written once. A missing file is an error: a
    misspelt name must not leave a rule silently without its words."""
    path = HERE / name
    if not path.is_file():
        raise FileNotFoundError(f"lexicon file missing: {path}")
    raw = path.read_text(encoding="utf-8")
    out: list[str] = []
    for ln in raw.splitlines():
        ln = ln.strip()
        if ln.startswith("@include "):
            out.extend(_lines(ln.removeprefix("@include ").strip()))
        elif ln and not ln.startswith("#"):
            out.append(ln)
    return out


@cache
def lines_of(name: str) -> tuple[str, ...]:
    """A lexicon file's lines as they are (groups of words, one a line)."""
    return tuple(_lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """A one-column word list as a set (lower case)."""
    return frozenset(ln.lower() for ln in _lines(name))


@cache
def alternation(name: str) -> str:
    """A word list as a regular expression's alternatives, longest first (so that `vice
    minister` is tried before `minister`), escaped, a space matching any run of spaces."""
    items = sorted(words(name), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@cache
def whole_words(name: str) -> re.Pattern[str]:
    """A search for any line of a word list as a whole word, as written (no case folding):
    one pattern that finds what `any(re.search(rf"\\b{re.escape(w)}\\b", s) for w in words)`
    finds, without a pattern built and looked up per word and call."""
    items = sorted(words(name), key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, items)) + r")\b" if items else "(?!)")


@cache
def table(name: str) -> dict[str, str]:
    """A two-column tab-separated list as a mapping from the first column."""
    out: dict[str, str] = {}
    for ln in _lines(name):
        key, _, value = ln.partition("\t")
        out[key.strip()] = value.strip()
    return out


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """One regular expression a line, compiled case-insensitive."""
    return tuple(re.compile(ln, re.IGNORECASE) for ln in _lines(name))


@cache
def any_pattern(name: str) -> re.Pattern[str]:
    """The lines of `patterns(name)` as one alternation: it finds a match (`search`, `match`)
    wherever one of the lines would, in one pass over the text instead of one a line."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns(name)) or "(?!)", re.I)


@dataclass(frozen=True)
class Country:
    """A sovereign state with the names the press uses for it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Institution:
    """A well-known seat of power or institution (White House, Kremlin...)."""

    name: str
    kind: str
    country: str | None
    affiliation: str | None = None
    aliases: tuple[str, ...] = field(default_factory=tuple)


def _load_json(name: str) -> list[dict[str, object]]:
    """A JSON list of objects; a missing or malformed file is an error, as for word lists."""
    data = json.loads((HERE / name).read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"lexicon file {name}: a JSON list expected")
    return [d for d in data if isinstance(d, dict)]


def _strs(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str) and v.strip())
    return ()


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """All countries of countries.json (empty when the file is absent)."""
    out = []
    for d in _load_json("countries.json"):
        code, name = d.get("code"), d.get("name")
        if isinstance(code, str) and isinstance(name, str):
            out.append(
                Country(
                    code=code,
                    name=name,
                    aliases=_strs(d.get("aliases")),
                    capitals=_strs(d.get("capitals")),
                    demonyms=_strs(d.get("demonyms")),
                )
            )
    return tuple(out)


@lru_cache(maxsize=1)
def country_index() -> dict[str, tuple[Country, str]]:
    """Lower-cased name, alias, capital or demonym -> (country, which)."""
    idx: dict[str, tuple[Country, str]] = {}
    for c in countries():
        for n in (c.name, *c.aliases):
            # Two-letter aliases such as "US" are only safe in their written case.
            idx.setdefault(n.lower() if len(n) > 3 else n, (c, "name"))
        for n in c.capitals:
            idx.setdefault(n.lower(), (c, "capital"))
            # `Male` for `Malé`, `Bogota` for `Bogotá`: news wires write capitals unaccented
            plain = "".join(
                ch for ch in unicodedata.normalize("NFKD", n) if not unicodedata.combining(ch)
            )
            if on("unaccented-capitals"):
                idx.setdefault(plain.lower(), (c, "capital"))
        for n in c.demonyms:
            idx.setdefault(n.lower(), (c, "demonym"))
    for c in countries():
        for n in c.demonyms:
            # a demonym two states share is the one whose name it begins: `Dominican` is the
            # Dominican Republic's (news writes Dominica's people `Dominicans` far less often)
            if c.name.lower().startswith(n.lower() + " "):
                idx[n.lower()] = (c, "demonym")
    return idx


@lru_cache(maxsize=1)
def institutions() -> tuple[Institution, ...]:
    """Well-known institutions of institutions.json (empty when the file is absent)."""
    out = []
    for d in _load_json("institutions.json"):
        name, kind = d.get("name"), d.get("kind")
        if not isinstance(name, str) or kind not in (
            "person",
            "organisation",
            "government",
            "media",
        ):
            continue
        country = d.get("country")
        aff = d.get("affiliation")
        out.append(
            Institution(
                name=name,
                kind=str(kind),
                country=country if isinstance(country, str) else None,
                affiliation=aff if isinstance(aff, str) else None,
                aliases=_strs(d.get("aliases")),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def institution_index() -> dict[str, Institution]:
    """Lower-cased institution name or alias -> institution."""
    idx: dict[str, Institution] = {}
    for inst in institutions():
        for n in (inst.name, *inst.aliases):
            idx.setdefault(n.lower(), inst)
    return idx


@lru_cache(maxsize=1)
def media_index() -> dict[str, str | None]:
    """Lower-cased name or alias of a well-known outlet -> its ISO code (or None)."""
    idx: dict[str, str | None] = {}
    for d in _load_json("media.json"):
        name, code = d.get("name"), d.get("country")
        code = code if isinstance(code, str) else None
        if isinstance(name, str):
            for n in (name, *_strs(d.get("aliases"))):
                # Short names such as "AP" or "dpa" are only safe in their written case.
                idx.setdefault(n.lower() if len(n) > 4 else n, code)
    for n, code in table("media_names.txt").items():
        idx.setdefault(n.lower() if len(n) > 4 else n, code or None)
    return idx


@lru_cache(maxsize=1)
def country_by_code() -> dict[str, Country]:
    """ISO 3166-1 alpha-2 code -> country."""
    return {c.code: c for c in countries()}


def city_country(name: str) -> str | None:
    """The ISO code of the country of a world city written `name` (cities.tsv, written by
    bench/make_cities.py from GeoNames: cities of 100,000 people or more whose name is no
    common English word or given name and is not shared with a city of another country)."""
    if not on("country-of-city"):
        return None
    code = table("cities.tsv").get(name)
    if code is None and on("major-cities"):
        # a city of half a million or more whose name news writes often (`Mumbai`, `Toronto`)
        code = table("cities_major.tsv").get(name)
    return code
