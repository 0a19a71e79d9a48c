"""Phrases written beside a speaker's name that say what it is: a title and body after the
name (`, spokesman for X,`), a body described before it (`Chile's plant health service, SAG,`),
a translation's dashes (`Name - The spokesman of X - stated`)."""

from __future__ import annotations

import dataclasses
import re

from .attribute import Mention
from .describe import describe
from .names import _FIELD_WORDS, _is_media_word, _is_org_word, _is_title, _words, strip_det
from .places import Places
from .roles import Desc, _place_in

# `, spokesman for X,` / `, a researcher at X.` right after a name: its title and body.
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:for|of|at|with)\s+(?P<body>(?:the\s+)?[A-Z][^,.;:\"“”()\n]{1,80}?)"
    r"(?=\s*(?:[,.;:)]|\s(?:said|says|told|tells|in\s+a|on\s+\w+day|during)\b))"
)


def _role_after(text: str, end: int) -> tuple[str, str] | None:
    """The title and body written in apposition right after a name (the title ends in a word
    of titles.txt), if any."""
    m = _ROLE_AFTER.match(text, end)
    if m is None:
        return None
    role = m.group("role")
    if not _is_title(role.split()[-1]):
        return None
    body = re.split(r"\s+(?:who|which|that|where|whose)\b", m.group("body"), maxsplit=1)[0]
    return role, body.strip()


# An appositive that says what a body is: `a Tromsø company that ...`, `an energy firm`.
_A_BODY = re.compile(
    r"^an?\s+(?:[\w'’-]+\s+){0,3}?(?:company|firm|group|operator|manufacturer|producer|"
    r"exporter|importer|processor|supplier|contractor|consultancy|start-up|startup|bank|"
    r"agency|association|federation|union|organisation|organization|ngo|charity|"
    r"think tank|institute|foundation)\b(?!\s+(?:of|at|for)\b)"
)
_LEAD_PARTICIPLE = re.compile(r"^(?:citing|quoting|according to)\s+", re.I)
# The rest of a ministry's name after a comma: `Co-operatives and Small and Medium Enterprises`.
_NAME_LIST = re.compile(r"^[A-Z][\w'’-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*$")


_BODY_BEFORE = re.compile(
    r"(?:^|[.;:!?\n]\s*|,\s+)(?P<role>(?:(?:the|a|an)\s+|[A-Z][\w'’-]*['’]s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*),\s+$"
)


_OUR_COUNTRY = re.compile(r"\bof\s+(?:our|this|my)\s+country$")
_DASHED = re.compile(
    r"(?:^|(?<=[\n.]))\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+[-–—]\s+$"
)


def _dashed_title(text: str, m: Mention) -> Mention:
    """`Pars Sepehr - The spokesman of the Ministry of Foreign Affairs - stated:` (a translated
    page's dashes for commas): the name speaks, the title between the dashes is its role."""
    if m.role is not None or not re.search(r"\s[-–—]$", m.text):
        return m
    d = _DASHED.search(text, max(0, m.start - 60), m.start)
    if d is None:
        return m
    role = m.text.rstrip(" -–—")
    return dataclasses.replace(
        m, text=d.group("name"), start=d.start("name"), end=d.end("name"), role=role
    )


def _body_before(text: str, start: int) -> str | None:
    """`Chile's agriculture and livestock service, SAG, has kept ...`: the description of a body
    written in apposition right before its name (it ends in a head noun such as `service`)."""
    lo = max(0, start - 90)
    if not text[start - 1 : start].isspace() or not text[lo:start].rstrip().endswith(","):
        return None  # what the pattern ends with (`, ` right before the name) is not there
    m = _BODY_BEFORE.search(text, lo, start)
    if m is None or m.end() != start:
        return None
    words = m.group("role").split()
    if not _is_org_word(words[-1]) or any(_is_title(w) and w not in _FIELD_WORDS for w in words):
        return None  # `its chief executive, X`: a person's title
    return m.group("role")


def _body_role(d: Desc, role: str, phrase: str, places: Places) -> Desc | None:
    """A role in apposition that names a body, not a person's title: `Finland's transport
    agency, Traficom,` is the agency Traficom; `the Ministry of Trade, Co-operatives and Small
    Enterprises` is one ministry cut at its comma."""
    if d.kind not in ("person", "organisation") or not d.named:
        return None
    words = _words(role)
    if (
        d.kind == "person"
        and words
        and words[-1].islower()
        and (_is_org_word(words[-1]) or words[-1] in ("regulator", "watchdog", "carrier"))
        and not any(_is_title(w) and w.lower() not in _FIELD_WORDS for w in words)
    ):
        # `The port operator, Portos do Algarve Sul,`: a body described, then named
        kind = "media" if any(_is_media_word(w) for w in words) else "organisation"
        return Desc(kind, strip_det(phrase.strip()), [role], place=_place_in(role, places))
    rd = describe(role, places)
    if rd.kind not in ("organisation", "media") or not any(_is_org_word(w) for w in _words(role)):
        return None
    base = strip_det(phrase.strip())
    if " of " in role and " and " in base and _NAME_LIST.match(base):
        name = f"{strip_det(role.strip())}, {base}"
        return Desc("organisation", name, [role, base], place=rd.place)
    if d.kind == "person" and len(base.split()) == 1:
        return Desc(rd.kind, base, [role], place=rd.place)
    return None
