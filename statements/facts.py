"""An article's facts (title, outlet, publication date) read from its text, and its text without
the site's furniture ("Home | World | Subscribe…"), its headline line or a dateline run into it.

Pasted text carries its facts where news prints them: a headline line at the top, a "Published
12 March 2026" line or a bare date line, a dateline ("MOSCOW, March 12 (Reuters) -"). What the
editor typed wins; what the HTML's metadata gave (trafilatura) comes next; these fill the rest.
Furniture is dropped before parsing, so the parser's evidence offsets point into the text that
is stored and shown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import dateparser

from statements.parsing.clean import _is_debris

if TYPE_CHECKING:
    from statements.models import Article

# Facts are looked for in the first lines only: further down a date is the news, not its date.
HEAD_LINES = 12
TITLE_MAX_CHARS, TITLE_MAX_WORDS = 200, 30
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # March, Mar., Sept.
_DAY_MONTH = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
)
# MOSCOW, March 12 (Reuters) -   |   Kyiv, 12 March 2026 —   |   LONDON (AP) —
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{1,40}}?)(?:,\s*[A-Z][A-Za-z. ]{{1,20}}?)?"
    rf"(?:,\s+(?P<date>{_DAY_MONTH}))?\s*(?:\((?P<agency>[^()]{{2,40}})\))?\s*[-—–]{{1,2}}\s",
)
_PUBLISHED = re.compile(
    r"^(?:originally |first |last )?(?:published|posted|updated|dated?)\b"
    r"\s*(?:on|at)?\s*:?\s*(?P<date>.+)$",
    re.IGNORECASE,
)
_BARE_DATE = re.compile(
    rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?{_DAY_MONTH}\b[^a-z]{{0,30}}$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|from)\s+\S", re.IGNORECASE)
_DATE_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


@dataclass(frozen=True)
class Facts:
    title: str = ""
    outlet: str = ""
    published: dt.date | None = None


def parse_day(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """A calendar day in a date expression ("March 12", "12 March 2026, 10:04 GMT"), or None.

    A day without a year is the latest such day not after `today` (news is dated in the past).
    """
    today = today or dt.date.today()
    base = dt.datetime.combine(today, dt.time(23, 59))
    parsed = dateparser.parse(
        text.strip()[:80], languages=["en"], settings={**_DATE_SETTINGS, "RELATIVE_BASE": base}
    )
    if parsed is None:
        return None
    day = parsed.date()
    return day if day <= today else None


def _head(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if line][:HEAD_LINES]


def _title(lines: list[str]) -> str:
    """The headline: the first line that reads as one (short, no full stop, not a date)."""
    for line in lines[:3]:
        if _is_debris(line) or _BYLINE.match(line) or _date_of_line(line):
            continue
        words = line.split()
        if (
            len(lines) > 1
            and 2 <= len(words) <= TITLE_MAX_WORDS
            and len(line) <= TITLE_MAX_CHARS
            and not line.endswith((".", ",", ";", ":"))
            and not _DATELINE.match(line)
        ):
            return line
        return ""  # the text starts with its body: no headline
    return ""


def _date_of_line(line: str, today: dt.date | None = None) -> dt.date | None:
    """The day a "Published …" line or a line that is only a date gives."""
    published = _PUBLISHED.match(line)
    if published:
        return parse_day(published["date"], today=today)
    if len(line) <= 60 and _BARE_DATE.match(line):
        return parse_day(line, today=today)
    return None


def read_facts(text: str, *, today: dt.date | None = None) -> Facts:
    """Title, outlet and publication date where the text gives them (empty where it does not)."""
    lines = _head(text)
    published: dt.date | None = None
    outlet = ""
    for line in lines:
        published = _date_of_line(line, today)
        if published:
            break
    for line in lines:
        dateline = _DATELINE.match(line)
        if dateline is None or not (dateline["date"] or dateline["agency"]):
            continue
        if published is None and dateline["date"]:
            published = parse_day(dateline["date"], today=today)
        outlet = (dateline["agency"] or "").strip()
        break
    return Facts(title=_title(lines), outlet=outlet, published=published)


def drop_furniture(text: str) -> str:
    """The text without lines of page furniture (menus, share and subscribe bars)."""
    kept = [line for line in text.splitlines() if not _is_debris(line.strip()) or _keep(line)]
    return "\n".join(kept).strip("\n")


def tidy_text(text: str, *, title: str = "") -> str:
    """The text as stored and parsed: furniture dropped, the headline line that became the title
    dropped (the page shows the title as its heading), and a dateline set apart from the body
    ("KYIV, 3 March (AP) -" on its own line), so its place is not read as words of a statement.
    """
    lines = drop_furniture(text).splitlines()
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is not None and title and lines[first].strip() == title.strip():
        del lines[first]
    for n, line in enumerate(lines[: HEAD_LINES * 2]):
        dateline = _DATELINE.match(line.strip())
        if dateline and (dateline["date"] or dateline["agency"]) and line.strip()[dateline.end() :]:
            stripped = line.strip()
            head = stripped[: dateline.end()].rstrip(" -—–")
            lines[n] = f"{head}\n\n{stripped[dateline.end() :].strip()}"
            break
    return "\n".join(lines).strip("\n")


def _keep(line: str) -> bool:
    """Lines the parser's furniture list drops but a reader needs: bylines and date lines."""
    stripped = line.strip()
    return bool(_BYLINE.match(stripped) or _date_of_line(stripped))


def fill_facts(article: Article) -> Article:
    """Fill the article's missing title, outlet and date from its text and drop its furniture.

    Only before its first parse: once statements point into the text, the text stays as it is.
    One query to check, one to save when anything changed.
    """
    if article.statements.exists():
        return article
    facts = read_facts(article.text)
    title = article.title or facts.title[:500]
    changes = {
        "title": title,
        "outlet": article.outlet or facts.outlet[:200],
        "published": article.published or facts.published,
        "text": tidy_text(article.text, title=title) or article.text,
    }
    changed = [name for name, value in changes.items() if getattr(article, name) != value]
    if changed:
        for name in changed:
            setattr(article, name, changes[name])
        article.save(update_fields=[*changed, "updated_at"])
    return article
