"""Stage 7: the day a statement was made, from day expressions near its verb and the publication date."""  # noqa: E501

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from .rules import on

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Searched in the lower-cased text (faster than a case-insensitive pattern, same matches).
_DAY_RE = re.compile(
    r"\b(?:(?:late|early)\s+)?(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b|\b(yesterday|today)\b"
)
# `This morning the Courier reported`, `said this afternoon`: the day of publication
_THIS_PART_RE = re.compile(r"\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b")
_DIGIT = re.compile(r"\d")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# each month's names in `_MONTHS`, January first
_MONTH_NAMES = (
    "january|jan february|feb march|mar april|apr may june|jun july|jul august|aug "
    "september|sep|sept october|oct november|nov december|dec"
).split()
# a written day: `Nov. 9`, `November 9, 2026`, `9 November 2026`
_A_DATE = (
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?)"
)
_EXPLICIT_RE = re.compile(rf"\b{_A_DATE}\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Za-zÀ-ÿ .,'-]{1,60}?,\s*[^-–—]{3,25}?[-–—]\s")


def weekday_date(name: str, published: dt.date) -> dt.date:
    """The latest such weekday on or before the publication date."""
    target = _WEEKDAYS.index(name.lower())
    back = (published.weekday() - target) % 7
    return published - dt.timedelta(days=back)


# A written day's parts, in lower case: `nov. 9`, `november 9, 2026`, `9 november 2026`.
_DAY_PARTS = re.compile(
    r"(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+)\.?(?:\s+(?P<y2>\d{4}))?"
)
_MONTH_NUMBERS = {
    name: k for k, names in enumerate(_MONTH_NAMES, start=1) for name in names.split("|")
}


def _written_day(expr: str, published: dt.date) -> tuple[bool, dt.date | None]:
    """(read, day): the day a written date (an `_A_DATE` match) names, read directly, as
    dateparser reads it (a date without its year is the latest on or before `published`; no
    such day is None), without dateparser's slow first use (a second on a 2 MB page). Not read
    (left to dateparser): a 29 February without its year, anything but plain ASCII."""
    m = _DAY_PARTS.fullmatch(expr.lower()) if expr.isascii() else None
    month = _MONTH_NUMBERS.get(m.group("m1") or m.group("m2")) if m is not None else None
    if m is None or month is None:
        return False, None
    day = int(m.group("d1") or m.group("d2"))
    year = m.group("y1") or m.group("y2")
    if year is None and ((month, day) == (2, 29) or published.year < 2):
        return False, None
    try:
        found = dt.date(int(year) if year is not None else published.year, month, day)
    except ValueError:
        return True, None  # `February 29, 2023`, `31 June`, `May 0`, year 0000: no such day
    if year is None and found > published:
        found = found.replace(year=published.year - 1)
    return True, found


@lru_cache(maxsize=4096)
def _parse_explicit(expr: str, published: dt.date) -> dt.date | None:
    """A written date: read directly when plain (`_written_day`), else via dateparser; only a
    result whose period is a day counts."""
    read, day = _written_day(expr, published)
    return day if read else _dateparser_day(expr, published)


def _dateparser_day(expr: str, published: dt.date) -> dt.date | None:
    """A written date via dateparser; only a result whose period is a day counts."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    try:
        # settings are the parser's own (get_date_data takes none): one parser per base day
        data = _ddp_for(DateDataParser, published).get_date_data(expr)
    except Exception:
        return None
    if data is None or data.date_obj is None or data.period != "day":
        return None
    day: dt.date = data.date_obj.date()
    return day


@lru_cache(maxsize=8)
def _ddp_for(cls: type, published: dt.date) -> Any:
    """A dateparser parser whose relative base is the publication day."""
    base = dt.datetime(published.year, published.month, published.day, 12, 0)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    return cls(languages=["en"], settings=settings)


# A day that bounds a span (`inspections since Thursday`, `until Friday`, `from Monday`):
# outside the attribution, no day of the act of speaking (`published ... last Thursday` is one)
_SPAN_BEFORE = re.compile(r"\b(?:since|until|till|from|before|after|through)\s+$")


def day_in(text: str, published: dt.date | None, spans_off: bool = False) -> dt.date | None:
    """The first day expression of a piece of text, resolved against the publication date
    (`spans_off`: a day after `since`, `until`, ... does not count)."""
    if published is None or not text:
        return None
    low = text.lower()
    m = _DAY_RE.search(low) if "day" in low else None
    if m is not None and spans_off and on("span-day-no-date"):
        while m is not None and _SPAN_BEFORE.search(low[max(0, m.start() - 10) : m.start()]):
            m = _DAY_RE.search(low, m.end())  # every day word ends in `day`
    if m:
        if m.group(1):
            return weekday_date(m.group(1), published)
        word = m.group(2) or ""
        return published - dt.timedelta(days=1) if word == "yesterday" else published
    if ("this " in low or "tonight" in low) and on("this-morning-date"):
        t = _THIS_PART_RE.search(low)
        if t is not None and not (
            spans_off and _SPAN_BEFORE.search(low[max(0, t.start() - 10) : t.start()])
        ):
            return published
    if not _DIGIT.search(text):
        return None  # a written date has a day number
    m2 = _EXPLICIT_RE.search(text)
    if m2:
        return _parse_explicit(m2.group(), published)
    return None


def statement_date(frame_text: str, sentence: str, published: dt.date | None) -> dt.date | None:
    """Date a statement: a day in its attribution first, else one elsewhere in its sentence."""
    if published is None:
        return None
    d = day_in(frame_text, published)
    if d is not None:
        return d
    m = _DATELINE.match(sentence)
    if m:
        sentence = sentence[m.end() :]
    return day_in(sentence, published, spans_off=True)


# A timeline's entries: a paragraph that is a date alone (`Nov 9`, `Tuesday, 3 March`), dating
# the paragraphs under it, or a paragraph led by one (`1 September - The authority says ...`).
_WEEKDAY_LEAD = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
    r"thurs|fri|sat|sun)\.?,?\s+)?"
)
_ENTRY_ALONE = re.compile(rf"{_WEEKDAY_LEAD}(?P<d>{_A_DATE})\s*[:.]?", re.IGNORECASE)
# (`May 4 The union says ...`: a date line the cleaner joined to the wrapped lines under it)
_ENTRY_LEAD = re.compile(
    rf"{_WEEKDAY_LEAD}(?P<d>{_A_DATE})(?:\s*[-–—|:]\s+(?=\S)|\s+(?=(?-i:[A-Z\"'])))", re.IGNORECASE
)
TIMELINE_MIN_ENTRIES = 3  # fewer dated paragraphs are a page's date lines, not a timeline
TIMELINE_SCOPE = 3  # paragraphs an entry dates at most: its own, or those under it


def timeline_days(
    paragraphs: list[tuple[int, str]], published: dt.date | None
) -> dict[int, dt.date]:
    """Paragraph index -> the day its timeline entry gives (rule `timeline-entry-date`).

    A timeline (`How the row unfolded`) tells each statement under a date line and in the
    present tense (`Nov 10 / The ministry replies that ...`): the date line is the day of what
    the entry tells. At least three entries, their days in order (oldest or newest first), none
    after `published`; a date line at the head of the page that is the publication day is the
    page's own date, not an entry. An entry dates its own paragraph when the date leads it, else
    the paragraphs under it, up to the next entry and at most TIMELINE_SCOPE of them.
    """
    if published is None:
        return {}
    entries: list[tuple[int, dt.date, bool]] = []  # (position, day, the date leads its paragraph)
    for k, (_, text) in enumerate(paragraphs):
        s = text.strip()
        if not s[:1].isalnum() or not _DIGIT.search(s[:40]):
            continue
        m = _ENTRY_ALONE.fullmatch(s)
        lead = m is None
        if m is None:
            m = _ENTRY_LEAD.match(s)
        if m is None:
            continue
        day = _parse_explicit(m.group("d"), published)
        if day is not None and day <= published:
            entries.append((k, day, lead))
    if entries and entries[0][1] == published and not entries[0][2]:
        entries = entries[1:]  # `Saturday, November 21, 2026` over the page: its own date
    days = [d for _, d, _ in entries]
    if len(entries) < TIMELINE_MIN_ENTRIES or days not in (sorted(days), sorted(days)[::-1]):
        return {}
    out: dict[int, dt.date] = {}
    for j, (k, day, lead) in enumerate(entries):
        start = k if lead else k + 1
        stop = entries[j + 1][0] if j + 1 < len(entries) else len(paragraphs)
        for kk in range(start, min(stop, start + TIMELINE_SCOPE)):
            out[paragraphs[kk][0]] = day
    return out


def explicit_date(expr: str, published: dt.date | None) -> dt.date | None:
    """A written date such as `October 10, 2026` (a post's date line)."""
    if published is None:
        return None
    m = _EXPLICIT_RE.search(expr)
    return _parse_explicit(m.group(), published) if m else None


def header_date(header: str, published: dt.date | None) -> dt.date | None:
    """`Tuesday 19 May 2026`, `Oslo, 3 December 2026` over a transcript's first turn: the one
    written date with its year in the header, when it falls in the month up to `published`
    (the day of the hearing or briefing, which its answers take)."""
    if published is None:
        return None
    days = set()
    for m in _EXPLICIT_RE.finditer(header):
        if not re.search(r"\d{4}$", m.group()):
            continue
        d = _parse_explicit(m.group(), published)
        if d is not None:
            days.add(d)
    if len(days) != 1:
        return None
    (d,) = days
    return d if 0 <= (published - d).days <= 31 else None
