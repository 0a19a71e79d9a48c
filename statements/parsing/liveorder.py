"""A live page told newest entry first, read in the order it happened.

`17:30 The paper says it stands by its story ... 14:20 Here is the denial in full ... 13:35
This morning the paper reported ...`: on such a page what stands higher was said later, while
every pass of the parser (which claim came first, which side answers whom, what a `the report`
refers back to) reads a text from its top. So the page is parsed with its entries turned round,
the header (headline, key points) first, then the oldest entry, and the offsets of what was
found are turned back into the page's own (rule `live-page-in-time-order`).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from itertools import pairwise

from .accounts import ENTRY_STAMP
from .types import Link, ParseResult, Statement

LIVE_PAGE_CHARS = 200_000  # beyond, no live page: a dump of pages is read as it stands
_MIN_ENTRIES = 3


@dataclasses.dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the page copied into the retold text: where it stands in each."""

    told: int  # its start in the retold text
    page: int  # its start in the page
    length: int


def in_time_order(text: str) -> tuple[str, list[Piece]] | None:
    """The page with its header first and its entries oldest first, and where each piece of
    it came from; None unless every entry stamp of the page is earlier than the one above it."""
    if len(text) > LIVE_PAGE_CHARS:
        return None
    found = list(ENTRY_STAMP.finditer(text))
    if len(found) < _MIN_ENTRIES:
        return None
    minutes = [int(m.group(1)) * 60 + int(m.group(2)) for m in found]
    if not all(a > b for a, b in pairwise(minutes)):
        return None
    starts = [m.start() for m in found]
    spans = [(0, starts[0])] + [
        (a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    header, entries = spans[0], spans[1:]
    told: list[str] = []
    pieces: list[Piece] = []
    at = 0
    for start, end in [header, *reversed(entries)]:
        if end <= start:
            continue
        told.append(text[start:end])
        pieces.append(Piece(at, start, end - start))
        at += end - start
        if not text[start:end].endswith("\n\n"):
            # the page's last entry ends the text: a paragraph break before the next one
            sep = "\n\n" if not text[start:end].endswith("\n") else "\n"
            told.append(sep)
            at += len(sep)
    return "".join(told), pieces


def _piece_of(starts: list[int], at: int) -> int:
    return max(bisect_right(starts, at) - 1, 0)


def restore(parsed: ParseResult, pieces: list[Piece], page: str) -> ParseResult:
    """The result of the retold text with the page's offsets, its statements in page order and
    numbered again (their links follow the new numbers). Evidence that ran on from one entry
    into the next one told ends with its own entry."""
    starts = [p.told for p in pieces]
    placed = []
    for s in parsed.statements:
        k = _piece_of(starts, s.start)
        p = pieces[k]
        start = p.page + min(max(s.start - p.told, 0), p.length - 1)
        if _piece_of(starts, max(s.end - 1, s.start)) == k:
            end = p.page + min(s.end - p.told, p.length)
            placed.append(dataclasses.replace(s, start=start, end=end))
            continue
        end = p.page + p.length
        while end > start + 1 and page[end - 1].isspace():
            end -= 1
        shown = " ".join(page[start:end].split())
        placed.append(dataclasses.replace(s, start=start, end=end, text=shown or s.text))
    placed.sort(key=lambda s: (s.start, s.end))
    ids = {s.id: f"s{k + 1}" for k, s in enumerate(placed)}

    def renumbered(s: Statement) -> Statement:
        links = tuple(
            Link(ids[x.target], x.relation, x.rule, x.confidence)
            for x in s.links
            if x.target in ids
        )
        return dataclasses.replace(
            s,
            id=ids[s.id],
            denies=tuple(ids[t] for t in s.denies if t in ids),
            confirms=tuple(ids[t] for t in s.confirms if t in ids),
            links=links,
        )

    return ParseResult(actors=parsed.actors, statements=tuple(renumbered(s) for s in placed))
