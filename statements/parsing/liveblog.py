"""Live blogs told newest first: the order in which what was said was said.

A live page stamps each entry with its time (`16:52 GMT` on a line of its own) and puts the
newest entry on top, so that an answer is often printed above the claim it answers. The
linker compares statements by position; on such a page the position it is given is the
entry's place in time (oldest entry first), then the offset within the entry, which keeps
its own reading order. Text before the first stamp (the title, the standfirst) stays first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import pairwise

from .rules import on

# a time alone on its line, with an optional zone: `16:52 GMT`, `9.05am`, `14:05 CEST`
_STAMP = re.compile(
    r"(?m)^[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)[ \t]*"
    r"(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|MSK|IST|JST|"
    r"local(?:[ \t]+time)?|hrs?)?[ \t]*$",
    re.I,
)
MIN_STAMPS = 3


def chronological(text: str, offsets: Sequence[int] | None = None) -> Callable[[int], int]:
    """A map from an offset of the cleaned text to its place in time (identity unless the
    page is told newest first). `text` is the original text, where the stamps are (cleaning
    drops them); `offsets` maps each cleaned character to its original offset."""
    if not on("live-blog-newest-first"):
        return _same
    stamps = [
        (m.start(), int(m.group("h")) * 60 + int(m.group("m"))) for m in _STAMP.finditer(text)
    ]
    if len(stamps) < MIN_STAMPS:
        return _same
    times = [t for _, t in stamps]
    if any(b > a for a, b in pairwise(times)) or times[0] == times[-1]:
        return _same  # oldest first (or not one day's entries): the text's own order
    starts = [s for s, _ in stamps]
    size = len(text) + 1
    count = len(starts)

    def place(offset: int) -> int:
        if offsets is not None and len(offsets):
            offset = offsets[max(0, min(offset, len(offsets) - 1))]
        k = bisect_right(starts, offset) - 1
        if k < 0:
            return offset  # the title and standfirst, before any entry
        return (count - k) * size + (offset - starts[k])

    return place


def _same(offset: int) -> int:
    return offset
