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

from .groups import _STOP, Dispute, Node, _stem, pos
from .rules import on

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


PROPOSITION_MIN = 1.5  # shared weight below which an answer names no proposition of its own
PROPOSITION_RATIO = 0.6  # a further proposition answered: at least this share of the best
PROPOSITION_MARGIN = 0.5  # a detail taken over the lead only when it shares this much more


def answered_propositions(n: Node, d: Dispute, leads: list[Node]) -> list[tuple[int, str]]:
    """The propositions of a dispute an answer contradicts (or confirms), by what it repeats.

    A report told in several claims is answered claim by claim: `did not request the
    cancellation` answers the claim that the side asked for the cancellation, not the report's
    opening sentence. Every claim of another side scoring near the best is linked; an answer
    repeating nothing specific is left to the dispute's leads."""
    cands = [
        c
        for c in d.claims
        if not c.headline
        and not c.optional
        and c is not n
        and (n.side is None or c.side != n.side)
        and (n.speaker is None or c.speaker != n.speaker)
    ]
    if n.headline:
        return []  # a headline's answer is the article's whole dispute
    pool = [c for c in cands if c.pos < n.pos]
    if len(pool) < 2:
        return []  # an answer before the report (or to one claim): the leads
    scored = [(match(n.keys, c.keys), c) for c in pool]
    best = max(s for s, _ in scored)
    if best < PROPOSITION_MIN:
        return []
    lead_ids = {c.idx for c in leads}
    top = max(scored, key=lambda t: (t[0], t[1].pos))[1]
    lead_best = max((s for s, c in scored if c.idx in lead_ids), default=0.0)
    if top.idx in lead_ids or best < lead_best + PROPOSITION_MARGIN:
        return []  # the answer names the report's lead as much as any detail: the leads
    floor = max(PROPOSITION_MIN, PROPOSITION_RATIO * best)
    hits = [c for s, c in scored if s >= floor]
    if on("source-detail-answers-report"):
        # the report's cited sources speak for the report: answering their detail answers it
        hits += [
            c
            for c in leads
            if c in pool and c not in hits and any(h.speaker in c.cited for h in hits)
        ]
    hits.sort(key=pos)
    return [(c.idx, "proposition-match") for c in hits]
