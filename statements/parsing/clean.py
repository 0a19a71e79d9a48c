"""Stage 1: remove page furniture and repair broken lines, keeping a map back to the original."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from . import lexicon
from .rules import on

# Characters the press uses for quotation marks and apostrophes, folded to ASCII so that
# later stages look for one kind only; each is one character, so offsets stay aligned.
_FOLD = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\t": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\r": " ",
    }
)
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*]|-(?=\s))\s*")
# `Sir, - Your report ...`: a letter to the editor's salutation, no part of its first sentence
# (sections.py finds a letter by it)
SALUTATION = r"^\s*(?:Sir|Madam|Sir/Madam|Dear\s+(?:Sir|Madam|Editor))\s*,"
_SALUTATION = re.compile(SALUTATION + r"\s*(?:[-–—]\s*)?")
_STRAY_COLON = re.compile(r"\s+:\s*$")
# A wire's handling tag before a headline or after a story, no part of either: `(LEAD) Military
# confirms ...`, `(2nd LD, with comments)`, `... radar. (END)`
_WIRE_TAG_LEAD = re.compile(
    r"^(?:\((?:LEAD|URGENT|EXCLUSIVE|UPDATE(?: \d+)?|CORRECTED|REFILE|AMENDED|RECAST|"
    r"\d+(?:st|nd|rd|th) LD)(?:[,;][^()]{0,80})?\)\s+)"
)
_WIRE_TAG_END = re.compile(r"\s*\((?:END|ENDS|MORE)\)$")
# A paragraph's section label on news pages (`Details:`, `Background:`, `Quote:`, `Quote from`)
_SECTION_LABEL = re.compile(
    r"(?:(?:Details|Background|Context|Reminder|For reference|Quote)\s*:\s+(?=\S)|"
    r"Quote\s+from\s+(?=[A-Z][^:\n]{0,60}:\s))"
)
# A wire's slug glued to its headline by a hyphen: `UPDATE 2-Chile denies ...`,
# `EXCLUSIVE-Ministry weighs ...`, `CORRECTED-UPDATE 1-...`; only on the first line
_WIRE_SLUG = re.compile(
    r"(?:(?:CORRECTED|REFILE|RPT)-)?(?:UPDATE(?: ?\d+)?|EXCLUSIVE|CORRECTED|REFILE|"
    r"WRAPUP(?: ?\d+)?|ANALYSIS|INSIGHT|FACTBOX|RPT)-(?=[A-Z0-9\"“‘'])"
)
_PIPES = re.compile(r"\s\|\s")
_SPACE_RUN = re.compile(r" {2,}")
_CAPTION = re.compile(r"\((?:photo|picture|image|credit|photograph)s?\s*:[^()]{0,200}\)\s*$", re.I)
_TERMINAL = frozenset(".!?\"')…")
# Words after which a line cannot end a sentence: a break there is a broken line.
_OPEN_ENDINGS = frozenset(
    "a an the of to in on at by for with from and or but that which who whose as "
    "about into than its their his her our your this these those".split()
)
# A line that ends on a date or a time (`Source: Xinhua | 2022-07-28`, `October 23, 2012 / 2:06
# AM`, `Updated 14:05 GMT`) is a page's meta line, not a sentence broken at its end.
_DATE_END = re.compile(
    r"(?:\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?"
    r"|\b(?:19|20)\d{2}|\b\d{1,2}/\d{1,2}/\d{2,4})\s*$"
)
# Text hard-wrapped with a blank line after every line: most blocks end mid-sentence.
HARD_WRAP_MIN_BLOCKS = 6
HARD_WRAP_SHARE = 0.5
HARD_WRAP_MIN_LINE = 30  # characters: both sides of a wrapped break are lines of prose
MAX_LINE = 20000  # longer lines are cut into pieces so that no later stage sees a giant one


class Offsets:
    """Each cleaned character's offset in the original text, kept as runs: a run of kept text
    counts up from its original start, a separator repeats the offset it stands at. Indexing
    gives what a per-character list would, without a list of millions of numbers (a 2 MB page:
    16 MB and a tenth of a second to fill)."""

    __slots__ = ("_length", "_origins", "_starts", "_steps")

    def __init__(self) -> None:
        self._starts: list[int] = []  # cleaned offset where each run begins
        self._origins: list[int] = []  # original offset of the run's first character
        self._steps: list[int] = []  # 1: kept text, 0: a separator
        self._length = 0

    def append_run(self, origin: int, length: int, step: int) -> None:
        """The next `length` cleaned characters, from `origin` on (step 1) or all at it (0)."""
        if length <= 0:
            return
        self._starts.append(self._length)
        self._origins.append(origin)
        self._steps.append(step)
        self._length += length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("offset index out of range")
        k = bisect_right(self._starts, i) - 1
        return self._origins[k] + (i - self._starts[k]) * self._steps[k]


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text (paragraphs separated by blank lines) and each character's original offset."""

    text: str
    offsets: Offsets
    original_length: int
    # where a line that began with a bullet (`*`, `•`, `- `) begins in the cleaned text
    bullets: frozenset[int] = frozenset()
    # the first line carried a wire's slug (`UPDATE 2-`): it is the headline, however it ends
    slugged: bool = False

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) to the original text."""
        n = len(self.offsets)
        if n == 0:
            return 0, min(1, self.original_length)
        start = max(0, min(start, n - 1))
        end = max(start + 1, min(end, n))
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1
        o_end = min(max(o_end, o_start + 1), self.original_length)
        return o_start, o_end


# A line drawn with dashes, stars or equals signs: a separator between parts of a page.
_RULE_LINE = re.compile(r"^(?:[-–—_*=~#•·]\s*){3,}$")


def _is_debris(line: str) -> bool:
    if not line:
        return False
    if lexicon.any_pattern("debris.txt").match(line):
        return True
    if _RULE_LINE.match(line) and on("rule-line-debris"):
        return True  # `---`, `* * *`: a separator, never the start of the paragraph below
    # Navigation and share bars: several short items separated by pipes.
    if "|" in line and len(_PIPES.findall(line)) >= 2:
        items = [it.strip() for it in line.split("|")]
        if all(len(it.split()) <= 6 for it in items):
            return True
    return False


def _debris_head(line: str) -> bool:
    return line.rstrip(" :").strip().lower() in lexicon.words("debris_heads.txt")


def _pieces(text: str) -> list[tuple[int, int]]:
    """Lines of the text as (start, end) offsets, over-long lines cut up."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s = pos
        while end - s > MAX_LINE:
            out.append((s, s + MAX_LINE))
            s += MAX_LINE
        out.append((s, end))
        if nl < 0:
            break
        pos = nl + 1
    return out


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets = Offsets()

    def add(self, folded: str, start: int, end: int) -> None:
        """Append folded[start:end], collapsing runs of spaces."""
        if start >= end:
            return
        if self.parts and self.parts[-1].endswith(" "):
            while start < end and folded[start] == " ":
                start += 1
        pos = start
        offsets = self.offsets
        for m in _SPACE_RUN.finditer(folded, start, end):
            # keep the first space of a run, drop the rest
            keep = m.start() + 1
            self.parts.append(folded[pos:keep])
            offsets.append_run(pos, keep - pos, 1)
            pos = m.end()
        if pos < end:
            self.parts.append(folded[pos:end])
            offsets.append_run(pos, end - pos, 1)

    def sep(self, sep: str, at: int) -> None:
        self.parts.append(sep)
        self.offsets.append_run(at, len(sep), 0)


# _FOLD as pairs: each maps one character to one character that no pair maps, so replacing
# them one after another gives what str.translate gives, and faster on a long page.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())


# `Home » News » Press Releases`: a breadcrumb's `»` on a line with no `«` is a separator, no
# closing quotation mark (rule `breadcrumb-separator`)
_BREADCRUMB = re.compile(r"(?m)^[^«\n]*\s»\s[^\n]*$")


def _fold(text: str) -> str:
    """text.translate(_FOLD)."""
    if "»" in text and on("breadcrumb-separator"):
        text = _BREADCRUMB.sub(lambda m: m.group().replace(" » ", " > "), text)
    for k, v in _FOLD_PAIRS:
        if k in text:
            text = text.replace(k, v)
    return text


# A wire's dateline opening a line: `SEOUL, July 28 (Yonhap) --`, `ACCRA, Ghana (AP) —`,
# `Dakar (AFP) -`, `JAKARTA --`. The place is written in capitals or followed by a date or credit.
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?"
_CREDIT = r"\([A-Za-z][^()\n]{1,30}\)"
_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
_DATELINE_OPENS = re.compile(
    rf"^(?:[A-Z]{{3}}[A-Z .'-]{{0,28}}(?:,\s*[A-Z][A-Za-z .]{{2,30}})?"
    rf"(?:,\s*{_DATE})?\s*(?:{_CREDIT}\s*)?"
    rf"|{_PLACE}(?:,\s*{_PLACE})?(?:,\s*{_DATE})?\s*{_CREDIT}\s*"
    rf"|{_PLACE},\s*(?:{_PLACE}|{_DATE})\s*)[-–—]{{1,2}}\s*(?=[A-Z])"
)


# A line that is only a place and a date (`Jakarta, 12 November 2026`, `Geneva, Tuesday,
# March 3, 2026`): a header's line of its own, never the end of the line above it.
_PLACE_DATE_LINE = re.compile(rf"^{_PLACE}(?:,\s*{_PLACE})?,\s*(?:[A-Z][a-z]+day,?\s+)?{_DATE}\.?$")


def _heading_line(seg: str, words: list[str], nxt: str, nxt_bullet: bool = False) -> bool:
    """A short line with no sentence end over a line that is a sentence of its own, or over a
    bulleted list: a live blog's or an explainer's heading (`Navy statement`, `What does India
    say?`, `Key points`), no subject of the sentence below it."""
    if not words or len(words) > 6 or not seg[:1].isupper() or seg[-1:] in ",;:-(":
        return False
    if words[-1].lower() in _OPEN_ENDINGS or seg[-1:] in ".!\"')" or "@" in seg:
        return False  # `Name (@handle)` over a post: its author, read with the post
    if nxt_bullet and nxt[:1].isupper():
        return True
    nw = nxt.split()
    return len(nw) >= 8 and nxt[:1].isupper() and nxt.rstrip()[-1:] in _TERMINAL


def _repeated_lines(folded: str, blocks: list[list[tuple[int, int, bool]]]) -> frozenset[str]:
    """Lines of three words or more told twice or more as whole lines: a page's headline and
    its repeat as sub-headline or share text. Such a line is a sentence of its own: it is never
    run together with a menu line above it or a credit line below (rule `repeated-line-alone`)."""
    seen: set[str] = set()
    twice: set[str] = set()
    for block in blocks:
        for s, e, _ in block:
            if e - s < 12 or e - s > 300:
                continue
            seg = folded[s:e]
            if seg.count(" ") < 2 or "|" in seg or seg[-1].isdigit():
                continue  # a form's field line (`Lodged: 21 April | Answered: 29 April`)
            (twice if seg in seen else seen).add(seg)
    return frozenset(twice)


def _hard_wrapped(folded: str, blocks: list[list[tuple[int, int, bool]]]) -> bool:
    """A text hard-wrapped with a blank line after every line (`The spokesperson of the
    Interior` / blank / `Ministry on Monday strongly contradicted`): most of its blocks are one
    line of prose that ends mid-sentence (rule `hard-wrapped-blocks`)."""
    prose = [b for b in blocks if b[-1][1] - b[0][0] >= HARD_WRAP_MIN_LINE]
    if len(prose) < HARD_WRAP_MIN_BLOCKS:
        return False
    open_ended = sum(1 for b in prose if folded[b[-1][1] - 1] not in _TERMINAL)
    return open_ended >= HARD_WRAP_SHARE * len(prose)


def clean(text: str) -> Cleaned:
    """Clean an article: drop furniture, join broken lines, fold quotes; keep offsets."""
    if not isinstance(text, str):
        text = ""
    folded = _fold(text)
    blocks: list[list[tuple[int, int, bool]]] = []  # lines (start, end, had_stray_colon)
    current: list[tuple[int, int, bool]] = []
    bullets: set[int] = set()  # start offsets of lines that began with a bullet
    slugged = False
    skipping = False
    for s, e in _pieces(folded):
        line = folded[s:e]
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(current)
            current = []
            skipping = False
            continue
        if skipping:
            continue
        if _debris_head(stripped):
            skipping = True
            continue
        if _is_debris(stripped):
            continue
        sal = _SALUTATION.match(line) if line[:1] in " SMD" else None
        if sal is not None and on("letter-salutation-off"):
            s += sal.end()
            line = folded[s:e]
            if not line.strip():
                continue
        m = _BULLET.match(line)
        bullet = False
        if m:
            s += m.end()
            line = folded[s:e]
            bullet = True
        # Trim surrounding spaces by offsets.
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        s, e = s + lead, e - trail
        if folded[s : s + 1] == "(" and on("wire-handling-tags"):
            tag = _WIRE_TAG_LEAD.match(folded, s, e)
            if tag is not None and tag.end() < e:
                s = tag.end()
        if folded[s : s + 1] in "DBCRFQ" and on("section-labels"):
            # `Details: The ministry claimed ...`, `Background: ...`, `Quote: "..."`, `Quote
            # from Tkachuk: "..."` (a Ukrainian news page's labels): the label is no speaker;
            # `Quote from X:` leaves `X:`, the one who is quoted
            lab = _SECTION_LABEL.match(folded, s, e)
            if lab is not None and lab.end() < e:
                s = lab.end()
        if not blocks and not current and folded[s : s + 1] in "CUERWAIF":
            slug = _WIRE_SLUG.match(folded, s, e)
            if slug is not None and slug.end() < e and on("wire-slug"):
                s = slug.end()
                slugged = True
        if folded[e - 1 : e] == ")" and on("wire-handling-tags"):
            tag = _WIRE_TAG_END.search(folded, s, e)
            if tag is not None and tag.start() > s:
                e = tag.start()
        stray = False
        seg = folded[s:e]
        m2 = _STRAY_COLON.search(seg) if ":" in seg else None
        if m2:
            e = s + m2.start()
            stray = True
        if e > s:
            current.append((s, e, stray))
            if bullet:
                bullets.add(s)
        elif stray and current:
            current[-1] = (current[-1][0], current[-1][1], True)
    if current:
        blocks.append(current)

    # Photo captions: a block that ends with a "(Photo: ...)" credit is furniture.
    blocks = [b for b in blocks if not _CAPTION.search(folded[b[-1][0] : b[-1][1]])]

    alone = _repeated_lines(folded, blocks) if on("repeated-line-alone") else frozenset()
    wrapped = on("hard-wrapped-blocks") and _hard_wrapped(folded, blocks)
    out = _Builder()
    prev_end_word = ""
    prev_char = ""
    prev_stray = False
    prev_heading = False
    prev_alone = False
    prev_dated = False
    prev_len = 0
    first = True
    bullet_at: list[int] = []
    for block in blocks:
        for li, (s, e, stray) in enumerate(block):
            seg = folded[s:e]
            is_alone = bool(alone) and seg in alone
            if first:
                first = False
            else:
                starts_lower = seg[:1].islower()
                join = (
                    (
                        li > 0
                        and not (prev_char in _TERMINAL and seg[:1].isupper() and li > 0 and False)
                    )
                    or prev_stray
                    or starts_lower
                    or prev_char in ":,;-("
                    or (prev_end_word in _OPEN_ENDINGS)
                )
                if li > 0 and prev_char in ".!?" and seg[:1].isupper() and not prev_stray:
                    # One-newline paragraphs (plain text): a full stop then a capital is a break.
                    join = False
                if (
                    wrapped
                    and li == 0
                    and prev_char not in _TERMINAL
                    and min(prev_len, len(seg)) >= HARD_WRAP_MIN_LINE
                ):
                    join = True
                if join and not starts_lower and (is_alone or prev_alone):
                    join = False  # a headline told twice stands on its own line
                if join and prev_dated and seg[:1].isupper() and on("date-line-ends"):
                    join = False
                if (
                    join
                    and not starts_lower
                    and _DATELINE_OPENS.match(seg)
                    and on("dateline-opens")
                ):
                    join = False  # `SEOUL, July 28 (Yonhap) --` under a headline: the body begins
                if join and _PLACE_DATE_LINE.match(seg) and on("place-date-line-alone"):
                    join = False  # `..., Arif Wibisono` over `Jakarta, 12 November 2026`
                if li > 0 and prev_heading and seg[:1].isupper() and on("heading-line-apart"):
                    join = False  # `What the union says` over its entry: a heading, no subject
                if (
                    join
                    and li == 0
                    and seg.isupper()
                    and len(block) > 1
                    and block[1][0] in bullets
                    and on("caps-heading-over-bullets")
                ):
                    # `Here is what each side has said:` / blank / `TOGO'S MINISTRY OF ...` over
                    # its bullets: the list's heading, not the end of the sentence above
                    join = False
                out.sep(" " if join else "\n\n", s)
            if s in bullets:
                bullet_at.append(len(out.offsets))
            out.add(folded, s, e)
            words = seg.split()
            nxt = folded[block[li + 1][0] : block[li + 1][1]] if li + 1 < len(block) else ""
            nxt_bullet = li + 1 < len(block) and block[li + 1][0] in bullets
            prev_heading = _heading_line(seg, words, nxt, nxt_bullet)
            prev_end_word = words[-1].lower() if words else ""
            prev_char = seg[-1:] if seg else ""
            prev_stray = stray
            prev_alone = is_alone
            prev_dated = seg[-1:].isdigit() or seg.endswith(("M", "T"))
            prev_dated = prev_dated and _DATE_END.search(seg) is not None
            prev_len = len(seg)
    cleaned_text = "".join(out.parts)
    return Cleaned(
        text=cleaned_text,
        offsets=out.offsets,
        original_length=len(text),
        bullets=frozenset(bullet_at),
        slugged=slugged,
    )
