"""Stage 2: paragraphs, sentences and quotations of the cleaned text, with tokens and offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from .rules import on

MAX_UNIT_TOKENS = 300  # a "sentence" longer than this is cut: bounds the work per sentence

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    r"|@\w+"  # handles
    r"|\d+(?:[.,:]\d+)*(?:-\w+)*"  # numbers: 50,000  2027-2028  12.5
    r"|[A-Z][A-Za-z]{0,2}\d+(?:[.,]\d+)+"  # an amount after its currency: Sh2.3, Rs1,200
    r"|\w+(?:['-]\w+)*"  # words, with inner hyphen or apostrophe: Veloria's, folk-dance
    r"|[^\w\s]",
    re.UNICODE,
)
# A web address as an outlet's name: `Kritika.me`, `Kaktus.media`, `24.kg` (one token, so that
# `Kritika.me published that ...` keeps its speaker and verb).
_TLDS = (
    r"(?:com|net|org|info|news|media|me|kg|kz|ru|ua|by|ba|rs|hr|"
    r"mk|al|bg|ro|md|ge|am|az|uz|tj|tm|pl|cz|sk|hu|si|gr|tr|ir|pk|in|lk|np|io)"
)
_WEB_NAME = rf"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\.{_TLDS}(?![\w.]*\w)"
# What every web name holds: a paragraph without it is tokenized without that alternative,
# which the regex would otherwise try (and fail) at every word (a fifth of a 2 MB page's
# segmentation); the tokens are the same. Found from the dot (a letter before it, looked
# back at): a search from the letter would stop at every letter of the paragraph.
_WEB_HINT = re.compile(rf"(?<=[A-Za-z0-9])\.{_TLDS}")
# Names joined by an en dash with no space, as routes and links are written (`Tapachula–Los
# Brillantes line`, `Malé–Colombo flights`): one word, as with a hyphen, not a dash that sets
# off a clause. Tried only in a paragraph with an en dash (the tokens are the same).
_DASH_WORD = r"\w+(?:['-]\w+)*(?:–\w+(?:['-]\w+)*)+"


_GROUP0 = itemgetter(0)
_MATCH_START = re.Match.start
_MATCH_END = re.Match.end


@lru_cache(maxsize=4)
def _token_re(web: bool, dash: bool) -> re.Pattern[str]:
    parts = ([_WEB_NAME] if web else []) + ([_DASH_WORD] if dash else []) + [_TOKEN.pattern]
    return re.compile("|".join(parts), re.UNICODE)


_ABBREV = frozenset(
    "mr mrs ms dr gen col lt sgt st jan feb mar apr jun jul aug sep sept oct nov dec "
    "no vs etc inc ltd co jr sr prof rep sen gov adm capt cmdr maj gov ft mt ave".split()
)


class Token:
    """A word or punctuation mark; start/end index the cleaned text."""

    __slots__ = ("end", "lower", "mark", "quoted", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.quoted = False  # inside a quotation
        self.lower = text.lower()
        self.mark = 0  # 1: an opening quotation mark, 2: a closing one

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.text, self.start, self.end, self.quoted, self.mark) == (
            other.text,
            other.start,
            other.end,
            other.quoted,
            other.mark,
        )

    __hash__ = None  # type: ignore[assignment]


@dataclass
class Unit:
    """A sentence, kept whole across sentence ends inside a quotation."""

    start: int
    end: int
    tokens: list[Token]
    paragraph: int
    index: int  # position in the article

    @property
    def is_quote_only(self) -> bool:
        """True when everything outside quotation marks is punctuation."""
        inside = False
        for t in self.tokens:
            if t.text == '"':
                continue
            if t.quoted:
                inside = True
            elif t.text.isalnum():
                return False  # a word outside the quotation
        return inside


@dataclass
class Paragraph:
    """A block of the cleaned text."""

    start: int
    end: int
    index: int
    units: list[Unit] = field(default_factory=list)
    headline: bool = False  # no sentence punctuation at its end: a headline or a dek


@dataclass
class Document:
    """The segmented article."""

    text: str
    paragraphs: list[Paragraph]
    # (start, end) of a sentence -> its dependency parse (syntax.py): the passes that read the
    # parse share one per sentence and article
    parses: dict[tuple[int, int], Any] = field(default_factory=dict, repr=False, compare=False)

    def units(self) -> list[Unit]:
        """All units in order."""
        return [u for p in self.paragraphs for u in p.units]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end], quote state tracked by pairing straight double quotes."""
    web = on("web-name-token") and _WEB_HINT.search(text, start, end) is not None
    dash = on("en-dash-compound") and text.find("–", start, end) >= 0
    pattern = _token_re(web, dash)
    # the tokens made by `map` over the matches' C methods (no Python loop of its own): a 2 MB
    # page makes 360,000 of them
    ms = list(pattern.finditer(text, start, end))
    toks = list(map(Token, map(_GROUP0, ms), map(_MATCH_START, ms), map(_MATCH_END, ms)))
    # a mark token is the character itself: a paragraph without one has none to pair
    marks = (
        [i for i, t in enumerate(toks) if t.text == '"'] if text.find('"', start, end) >= 0 else []
    )
    # An odd mark out is usually a stray one at the end: pair from the start and drop it.
    if len(marks) % 2:
        marks = marks[:-1]
    for a, b in zip(marks[0::2], marks[1::2], strict=True):
        toks[a].mark, toks[b].mark = 1, 2
        for i in range(a, b + 1):
            toks[i].quoted = True
    return toks


_SAID = frozenset(
    "said says asked asks added adds told tells wrote writes replied replies insisted insists "
    "countered counters declared declares stated states".split()
)


def _attribution_after(toks: list[Token], i: int) -> bool:
    """A verb of saying within the next few words, before any sentence end."""
    for t in toks[i : i + 10]:
        if t.text in ".!?" or t.mark:
            return False
        if t.lower in _SAID:
            return True
    return False


def _ends_unit(toks: list[Token], i: int) -> bool:
    """Whether the unit ends at toks[i], a sentence mark or a closing quotation mark."""
    t = toks[i]
    n = len(toks)
    if t.text in ".!?" and not t.quoted:
        nxt = toks[i + 1] if i + 1 < n else None
        prev = toks[i - 1] if i > 0 else None
        if nxt is None:
            return True
        if nxt.text == '"' or nxt.text[:1].isupper() or nxt.text[:1].isdigit():
            return not (
                t.text == "."
                and prev is not None
                and (prev.lower in _ABBREV or (len(prev.text) == 1 and prev.text.isupper()))
                and t.start == prev.end
            )
    elif t.mark == 2 and i > 0 and toks[i - 1].text in ".!?":
        # A quotation that ends a sentence: `... facts."` then a new sentence.
        nxt = toks[i + 1] if i + 1 < n else None
        if nxt is None or nxt.text[:1].isupper() or nxt.text == '"':
            # but `"Why would we?" Norland's spokesman said.`: a question or an
            # exclamation takes no comma before its attribution
            return toks[i - 1].text == "." or not _attribution_after(toks, i + 1)
    return False


def _split_units(text: str, toks: list[Token], para: int, first_index: int) -> list[Unit]:
    units: list[Unit] = []
    n = len(toks)

    def cut(start: int, end: int) -> None:
        units.append(
            Unit(
                toks[start].start,
                toks[end - 1].end,
                toks[start:end],
                para,
                first_index + len(units),
            )
        )

    # Only a sentence mark or a closing quotation mark can end a unit (besides the cap on its
    # length): the loop visits those alone, not every word of the paragraph.
    marks = [i for i, t in enumerate(toks) if t.mark == 2 or (t.text in ".!?" and not t.quoted)]
    start = 0  # the current unit's first token
    for i in marks:
        while i - start >= MAX_UNIT_TOKENS:  # no end within the cap: cut there
            cut(start, start + MAX_UNIT_TOKENS)
            start += MAX_UNIT_TOKENS
        if i + 1 - start >= MAX_UNIT_TOKENS or _ends_unit(toks, i):
            cut(start, i + 1)
            start = i + 1
    while start < n:
        end = min(n, start + MAX_UNIT_TOKENS)
        cut(start, end)
        start = end
    return units


def segment(text: str, slugged: bool = False) -> Document:
    """Split cleaned text into paragraphs and sentence units (`slugged`: the first paragraph
    carried a wire's slug, so it is a headline however it ends)."""
    paragraphs: list[Paragraph] = []
    pos = 0
    n = len(text)
    count = 0
    while pos < n:
        nxt = text.find("\n\n", pos)
        end = n if nxt < 0 else nxt
        if end > pos and text[pos:end].strip():
            toks = tokenize(text, pos, end)
            if toks:
                p = Paragraph(pos, end, len(paragraphs))
                p.units = _split_units(text, toks, p.index, count)
                count += len(p.units)
                last = text[pos:end].rstrip()[-1:]
                p.headline = len(toks) <= 40 and (
                    last not in ".!?\"')" or (slugged and not paragraphs)
                )
                paragraphs.append(p)
        if nxt < 0:
            break
        pos = nxt + 2
    return Document(text, paragraphs)
