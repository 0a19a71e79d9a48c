"""The evidence span of a long transcript answer: the sentence that carries its stance.

A briefing answer often runs to four or five sentences, and only one of them answers the
question: `I'm not aware of the situation you mentioned. As far as I know, customs clearance is
operating normally. The two sides maintain close communication.` The statement is the whole
answer; its span is the sentence that denies (the speaker's own account after a non-answer, or
the sentence that dismisses), declines (`I have no information to release`) or confirms. An
answer with no such sentence, or of one sentence, keeps its whole span.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .rules import on
from .segment import Unit
from .stance import (
    ASSERTS_INSTEAD,
    has_confirm_cue,
    has_decline_cue,
    has_denial_cue,
    has_dismissal_cue,
)

# A negation that declines rather than denies: `I'm not aware of`, `I'm not familiar with`.
_NOT_AWARE = re.compile(
    r"\b(?:not|n't|un)\s*(?:aware|familiar)\b|\bno knowledge of\b|\bhave not (?:seen|heard)\b",
    re.I,
)


def _sentences(text: str, units: list[Unit], start: int, end: int) -> list[tuple[int, int]]:
    """The answer's sentences as (start, end), clipped to the answer and stripped."""
    out = []
    for u in units:
        s, e = max(u.start, start), min(u.end, end)
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            out.append((s, e))
    return out


def _pick(sents: list[str], stance: str) -> int | None:
    """Index of the sentence that carries the stance, or None."""

    def first(test: Callable[[str], bool]) -> int | None:
        return next((i for i, s in enumerate(sents) if test(s)), None)

    if stance == "denial":
        for test in (
            has_dismissal_cue,
            lambda s: bool(ASSERTS_INSTEAD.search(s)),
            lambda s: has_denial_cue(s) and not _NOT_AWARE.search(s) and not has_decline_cue(s),
        ):
            i = first(test)
            if i is not None:
                return i
        return None
    if stance == "confirmation":
        return first(has_confirm_cue)
    return None


def answer_span(
    text: str, units: list[Unit], start: int, end: int, stance: str
) -> tuple[int, int] | None:
    """The span of the sentence that carries an answer's stance, None to keep the whole answer."""
    sents = _sentences(text, units, start, end)
    if len(sents) < 3 or not on("answer-span"):
        return None
    i = _pick([text[s:e] for s, e in sents], stance)
    if i is None:
        return None
    # with the sentence after it: a dismissal is often followed by the speaker's own account
    # (`It does not reflect the facts. The service will run as scheduled.`)
    return sents[i][0], sents[min(i + 1, len(sents) - 1)][1]
