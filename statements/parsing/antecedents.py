"""What a sentence-initial `It` stands for when the sentence before it is about an organisation:
`The Tagus Basin Authority was set up in 1998. It acknowledged on Monday that ...`."""

from __future__ import annotations

import bisect
import re

from .names import _is_org_word
from .places import Places
from .rules import on

# The end of the sentence before a position: a full stop (perhaps closing a quote) or a break.
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’)]?\s+|\n+)")
_LOOK_BACK = 400  # characters: one sentence of news copy is rarely longer
_HEAD_WORDS = 10  # the subject stands in the sentence's first words
# A sentence opening with an adverbial phrase, then `it`: `In a two-paragraph note, it said`.
_LEAD_IN = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s)|(?<=\n)|^)(?:In|On|At|Late|Later|Earlier|Through|Via)"
    r"\s[^.,;:\"“”\n]{2,90},\s*$"
)
# `In Buenos Aires, the directorate itself was more formal.`: a place or time before the subject
_PLACE_LEAD = re.compile(r"(?:In|At|On|Back in|Back at)\s[^.,;:\"“”\n]{2,40},\s*(?:the\s+)?", re.I)


# A quotation that opens the sentence of `it`: `"We made no request," it said.`
_QUOTE_THEN_IT = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s)|(?<=\n)|^)[\"“][^\"“”\n]{2,600}[\"”]\s*$"
)
# `After the briefing, the High Commission ...`: a time before the subject
_TIME_LEAD = re.compile(
    r"(?:After|Before|Later|Earlier|Following|Hours after|Shortly after)\b[^.,;:\"“”\n]{0,40},\s*"
    r"(?:the\s+)?"
)


def subject_org_before(places: Places, pos: int) -> tuple[int, str] | None:
    """The organisation the text names as the subject of the sentence right before `pos`
    (`pos` opening a sentence), as (position, phrase); None when that sentence opens otherwise."""
    text = places.text
    quoted = _QUOTE_THEN_IT.search(text, max(0, pos - 620), pos)
    if quoted is not None and on("quote-then-it"):
        pos = quoted.start()  # `"...," it said.`: the subject of the sentence before the quote
    lead_in = _LEAD_IN.search(text, max(0, pos - 120), pos)
    if lead_in is not None and on("adverbial-then-it"):
        pos = lead_in.start()  # `In a statement late on Sunday, it said`: from the sentence
    lo = max(0, pos - _LOOK_BACK)
    window = text[lo:pos]
    if not window.strip() or not re.search(r"[.!?][\"”’)]?\s*$", window):
        return None  # `It` does not open a sentence
    ends = [m.end() for m in _SENTENCE_END.finditer(window.rstrip())]
    start = lo + (ends[-1] if ends else 0)
    if not ends and lo > 0:
        return None  # a sentence too long to read as one
    words = re.findall(r"[\w'’-]+", text[start:pos])[:_HEAD_WORDS]
    best: tuple[int, str] | None = None
    for w in dict.fromkeys(x.lower() for x in words):
        if not _is_org_word(w):
            continue
        mentions = places.org_mentions(w)  # in text order: only those in this sentence
        first = bisect.bisect_left(mentions, start, key=lambda m: m[0])
        for p, phrase, _ in mentions[first:]:
            if p >= pos:
                break
            lead = text[start:p].strip().lower()
            if (on("adverbial-then-it") and _PLACE_LEAD.fullmatch(text, start, p)) or (
                # `After the briefing, the High Commission ...`: a time before the subject
                _TIME_LEAD.fullmatch(text, start, p) and on("time-lead-then-it")
            ):
                lead = text[start:p].rsplit(",", 1)[1].strip().lower()
            if lead in ("", "the") and (best is None or len(phrase) > len(best[1])):
                best = (p, phrase)
    return best


# A quotation that opens its paragraph, then the pronoun: `"We have no water," he says.`
_OPENING_QUOTE = re.compile(r"\s*[\"“][^\"“”]{2,600}[\"”]\s*$")
_SENTENCE_AFTER = re.compile(r"[.!?][\"”’)]?\s+")
# `José Lorca, president of the irrigators' association, has farmed here ...`
_NAME_THEN_ROLE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|da|do|dos|del|van|von|al)){1,3}),\s+"
    r"(?P<role>(?:(?:an?|the)\s+)?[a-z][^,.;:\"“”]{2,100}),"
)


def named_after_quote(text: str, pos: int) -> tuple[str, int, int, str] | None:
    """A feature's `"...," he says. Name, role, ...`: the person the next sentence introduces
    is the one the pronoun after an opening quotation stands for (name, start, end, role)."""
    par_start = text.rfind("\n", 0, pos) + 1
    if not _OPENING_QUOTE.match(text, par_start, pos) or pos - par_start > 620:
        return None
    end = _SENTENCE_AFTER.search(text, pos, min(len(text), pos + 200))
    if end is None:
        return None
    m = _NAME_THEN_ROLE.match(text, end.end())
    if m is None or "\n" in m.group(0):
        return None
    return m.group("name"), m.start("name"), m.end("name"), m.group("role")
