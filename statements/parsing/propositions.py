"""A statement's proposition as the linker compares it: its key content, each part weighted.

A report may carry several propositions (`X reported that A; the paper said B, citing
officials`), and an answer usually contradicts one of them, named by what it repeats: a number
(`40 per cent`, `1,200 tonnes`), a name (`Khorgos`, `the Tiber commission`), a rare word
(`cancellation`, `quota`). Common words weigh little, so that two statements sharing `said
the ministry would ...` do not look alike. Rarity is English word frequency (wordfreq, the
same measure stories.py uses for grouping articles).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from .groups import _STOP, _stem

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z][A-Za-z'’-]+")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion percent".split()
)
NUMBER_WEIGHT = 2.5
NAME_BONUS = 0.75


@lru_cache(maxsize=1 << 15)
def _rarity(word: str) -> float:
    """1 for a common word, up to ~2.5 for a rare one (zipf 6+ common, under 3 rare)."""
    z = zipf_frequency(word, "en")
    return 1.0 + max(0.0, min(3.0, 5.5 - z)) / 2


@lru_cache(maxsize=1 << 12)
def keys(text: str, skip: frozenset[str] = frozenset()) -> tuple[tuple[str, float], ...]:
    """The weighted keys of a statement's content: numbers, names and content-word stems."""
    out: dict[str, float] = {}
    toks = _TOKEN.findall(text)
    for i, t in enumerate(toks):
        if t[0].isdigit():
            num = t.replace(",", "").rstrip(".")
            out["#" + num] = NUMBER_WEIGHT
            continue
        low = t.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if low in _NUMBER_WORDS:
            out["#" + low] = NUMBER_WEIGHT * 0.8
            continue
        if len(low) < 4 or low in _STOP or low in skip:
            continue
        w = _rarity(low)
        if t[0].isupper() and i > 0:
            w += NAME_BONUS  # a name: a place, a body, a person
        k = _stem(low)
        out[k] = max(out.get(k, 0.0), w)
    return tuple(sorted(out.items()))


def match(a: tuple[tuple[str, float], ...], b: tuple[tuple[str, float], ...]) -> float:
    """How much of a proposition two statements share: the weights of the keys in both."""
    if not a or not b:
        return 0.0
    bd = dict(b)
    return sum(min(w, bd[k]) for k, w in a if k in bd)
