"""Stage 5: the stance of each statement: claim, denial, confirmation or comment."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")


@lru_cache(maxsize=1)
def _cue_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def alt(name: str) -> re.Pattern[str]:
        items = sorted(lexicon.words(name), key=len, reverse=True)
        body = "|".join(re.escape(i) for i in items) or "(?!)"
        return re.compile(r"(?<![a-z])(?:" + body + r")(?![a-z])")

    return alt("denial_cues.txt"), alt("confirm_cues.txt"), alt("decline_cues.txt")


def has_denial_cue(text: str) -> bool:
    """Negation or dismissal words in the text."""
    low = text.lower().replace("’", "'")
    return bool(_cue_res()[0].search(low)) or "n't" in low


def has_confirm_cue(text: str) -> bool:
    """Words of an actor standing by or supporting an account."""
    return bool(_cue_res()[1].search(text.lower()))


def has_decline_cue(text: str) -> bool:
    """Words of a non-answer: declined to comment, nothing to say."""
    return bool(_cue_res()[2].search(text.lower().replace("’", "'")))


def stance_of(
    vclass: str, content: str, full: str, speaker_kind: str | None, unnamed_source: bool
) -> str:
    """Stance from the verb class, the speaker and the words of the content."""
    if vclass == "decline" or has_decline_cue(content):
        return "comment"
    if vclass == "claim":
        return "claim"
    if vclass == "deny":
        return "denial"
    if vclass == "confirm":
        return "confirmation"
    if has_confirm_cue(content) or has_confirm_cue(full):
        return "confirmation"
    if speaker_kind == "media" or unnamed_source:
        return "claim"
    if has_denial_cue(content):
        return "denial"
    return "comment"
