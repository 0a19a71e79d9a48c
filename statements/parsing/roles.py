"""Roles and affiliation phrases: `foreign ministry spokeswoman`, outlets, state bodies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon
from .names import _FIELD_WORDS, _is_org_word, _is_title, _words, norm, strip_det
from .places import Place, Places
from .rules import on

_GOV_HEADS = frozenset(
    "ministry department presidency army navy police embassy consulate coast guard military "
    "forces cabinet inspectorate authority agency".split()
)


@dataclass
class Desc:
    """What a speaker phrase says about its actor."""

    kind: str  # person, organisation, government, media, pronoun, definite, statement
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    place: Place | None = None
    aff_phrase: str | None = None
    head: str | None = None  # head noun of a definite description
    named: bool = True
    gender: str | None = None


def _known_media(name: str, places: Places) -> Desc | None:
    """An outlet by name: a well-known one, or one the text introduces as an outlet."""
    key = norm(name)
    if not key:
        return None
    idx = lexicon.media_index()
    code = idx.get(name.lower() if len(name) > 4 else name, "")
    if code == "" and name[:1].isupper():
        code = idx.get(("the " + name).lower(), "")
    if code != "":
        return Desc("media", name, [], place=places.ensure(code) if code else None)
    if not name[:1].isupper():
        return None  # outlets the text introduces are written with capitals
    if key in places.media_names:
        return Desc("media", name, [], place=_place_in(name, places) or places.media_place(key))
    if name[:1].isupper() and " " not in key and len(key) > 3 and places.find(name) is None:
        # `the Ledger's editor` after `the weekly The Harbour Ledger`: a short form
        for full in places.media_names:
            if full.endswith(" " + key):
                for _, written in places.media_mentions:
                    if norm(written) == full:
                        return Desc(
                            "media",
                            written,
                            [name],
                            place=_place_in(written, places) or places.media_place(full),
                        )
    return None


def _is_gov_org(name: str) -> bool:
    """A state body by its head noun: `foreign ministry`, `navy`, `embassy`."""
    ws = norm(name).split()
    return bool(ws) and ws[-1] in _GOV_HEADS


def _demonym(place: Place) -> str | None:
    """The adjective of a state: from the reference data, or as the text writes it."""
    if place.code:
        c = lexicon.country_by_code().get(place.code)
        if c is not None and c.demonyms:
            return c.demonyms[0]
    for f in sorted(place.forms):
        if f != place.name and f[-1:] in "nies" and f.startswith(place.name[:3]):
            return f
    return None


def _other_field(hint: str, name: str) -> bool:
    """`commerce ministry` against `trade ministry`: the hint names a field the name lacks."""
    words = name.split()
    return any(_is_title(w) and w not in words for w in hint.split()[:-1])


def _bare_org(name: str) -> bool:
    """A name that is only a head noun and its field: `Ministry`, `the foreign ministry`."""
    ws = norm(name).split()
    if not 1 <= len(ws) <= 3 or not _is_org_word(ws[-1]):
        return False
    return all(_is_org_word(w) or _is_title(w) or w == "affairs" for w in ws)


def _place_in(phrase: str, places: Places) -> Place | None:
    if " in " in phrase or " at " in phrase:
        # `the Canadian embassy in Mexico City`: the owner stands before where it is
        head = re.split(r"\s+(?:in|at)\s+", phrase, maxsplit=1)[0]
        if head != phrase:
            p = _place_in(head, places)
            if p is not None:
                return p
    ws = _words(phrase)
    for joined in places.joined:
        # `Trinidad and Tobago's Ministry of Trade`, `Port of Spain`: a state joined by
        # lower-case words before the two-word states and the words alone (rule
        # `state-name-lower-words`)
        if joined in phrase:
            return places.find(joined)
    # two-word states first: South Korea, New Delhi
    for i in range(len(ws) - 1):
        p2 = places.find(ws[i] + " " + ws[i + 1])
        if p2 is not None:
            return p2
    for w in ws:
        p = places.find(w)
        if p is not None:
            return p
    return None


def _aff_phrase(name: str, places: Places) -> str | None:
    m = re.search(r"\b(?:of|for|at|to)\s+(.+)$", name)
    return m.group(1) if m else None


_TENURE = re.compile(
    r"\s+(?:since|from|until|till|between|for\s+(?:the\s+)?(?:past|last)|for\s+\w+\s+years)\b.*$"
)
# A trade in lower case, then the named body it is done at or for.
_WORK_AT = re.compile(
    r"^((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?:at|of|for|with)\s+((?:the\s+)?[A-Z][^,;]*)$"
)


_UNNAMED_WORKPLACE = re.compile(
    r"^((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:at|with|for)\s+an?\s+"
    r"(?:[A-Z][\w'’-]*(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$"
)


def _work_at(p: str, places: Places) -> tuple[str | None, str | None] | None:
    """A trade and where it is done: `biologist at the University of Coimbra` (the named body),
    `an analyst at a Jakarta brokerage` (a body the text does not name: no actor, and no body
    of the state its city names; rule `unnamed-workplace`)."""
    m = _UNNAMED_WORKPLACE.match(p)
    if m and _is_title(m.group(1).split()[-1]) and on("unnamed-workplace"):
        return _clean_role(m.group(1), places), None
    m = _WORK_AT.match(p)
    if (
        m
        and not m.group(1).endswith("member")  # a member of a house is not its staff
        and any(_is_org_word(w) for w in m.group(2).split())  # not `mayor of the village of X`
    ):
        return _clean_role(m.group(1), places), m.group(2)
    return None


def _role_and_aff(prefix: str, places: Places) -> tuple[str | None, str | None]:
    """Split `Russian Foreign Affairs spokeswoman` into role and affiliation phrase."""
    if not prefix:
        return None, None
    p = strip_det(prefix.strip(" ,"))
    # `Director-General of X`, `Secretary General of X`: the office of a body's general head
    general = r"(?:[- ]general)?" if on("general-office-title") else ""
    # `First Secretary (Commerce) of the Embassy`: the office's field in brackets
    bracket = r"(?:\s*\([^()]{1,40}\))?" if on("office-qualifier-in-brackets") else ""

    def office(general: str) -> re.Match[str] | None:
        return re.match(
            r"^(.*?\b(?:spokes\w+|official|officials|adviser|advisor|director|editor|secretary|"
            r"chairman|chairwoman|head|leader|ambassador|envoy|representative|source|sources|"
            rf"minister|chief executive|governor|president){general}{bracket})"
            r"\s+(?:for|of|to|at|close to|in)\s+(.+)$",
            p,
            re.I,
        )

    m = office(general)
    if (
        m
        and general
        and re.search(r"[- ]general\W*$", m.group(1), re.I)
        and (p[len(m.group(1)) :].split()[0].lower() != "of" or not re.search(r"[A-Z]", m.group(2)))
    ):
        # `deputy director-general for fisheries management`: a general office's field or
        # branch, no body it is held in (only `of` a named body gives one); read as before
        m = office("")
    if (
        m
        and re.search(r"\b(?:ambassador|envoy|high commissioner)$", m.group(1), re.I)
        and p[len(m.group(1)) :].split()[0].lower() == "to"
        and on("ambassador-to-host")
    ):
        # `Russia's ambassador to the US`: the state after `to` receives him; he is of the
        # state before the title, if the phrase names it
        lead = m.group(1).split()
        sender = next(
            (w[:-2] for w in lead[:-1] if w.endswith(("'s", "’s")) and places.find(w[:-2])),
            None,
        ) or next((w for w in lead[:-1] if places.find(w) is not None), None)
        return _clean_role(lead[-1], places), sender
    if m:
        aff = m.group(2)
        if not (
            re.match(
                r"^(?:the\s+)?(?:\w+\s+){0,2}(?:embassy|consulate|high commission)\b", aff, re.I
            )
            and on("seated-body-keeps-city")
        ):
            # `director of X in Moscow`: where he works, not his body; an embassy is named by
            # its seat (`the Embassy of Tanzania in Nairobi`)
            aff = re.sub(r"\s+in\s+[A-Z].*$", "", aff)
        aff = _TENURE.sub("", aff) or aff  # `president of X since 2019`: how long, not X
        role = m.group(1)
        parts = re.split(r"\s+(?:of|at)\s+", aff, maxsplit=1)
        if (
            len(parts) == 2
            and not any(_is_org_word(w) for w in parts[0].lower().split())
            and _is_org_word(parts[1].lower().split()[-1] if parts[1].split() else "")
        ):
            # `Director of Statistics of the ministry`: the field is part of the role
            role, aff = f"{role} of {parts[0]}", parts[1]
        elif (
            re.search(r"\b(?:minister|secretary|commissioner)$", role, re.I)
            and (
                not re.search(r"[A-Z]", aff) or all(w.lower() in _FIELD_WORDS for w in aff.split())
            )
            and not _is_org_word(aff.lower().split()[-1] if aff.split() else "")
        ):
            # `vice minister for cultural heritage`: a portfolio, not an organisation
            return _clean_role(f"{role} {m.group(0)[len(role) :].split()[0]} {aff}", places), None
        return _clean_role(role, places), aff
    work = _work_at(p, places)
    if work is not None:
        return work
    ws = p.split()
    # words before the role nouns name the organisation: `commerce ministry spokesperson`
    k = len(ws)
    while k > 0 and (_is_title(ws[k - 1]) or ws[k - 1].lower() in ("officials", "official")):
        k -= 1
    j = next((i for i, w in enumerate(ws[:k]) if w.endswith(("'s", "’s"))), None)
    if (
        j is not None
        and j < k - 1
        and all(w.islower() and not _is_org_word(w) for w in ws[j + 1 : k])
        and on("possessive-field-title")
    ):
        # `the Courier's news editor`: `news` is her field, the Courier her body
        k = j + 1
    elif (
        j is not None
        and j < k - 1
        and k < len(ws)
        and all(
            w[:1].isupper() and not _is_org_word(w) and places.find(w) is None
            for w in ws[j + 1 : k]
        )
        and on("possessive-capitalised-office")
    ):
        # `the Central Railway's Chief Public Relations Officer`: an office written in capitals
        # after its body's possessive is the role, the body before it the affiliation
        k = j + 1
    title = " ".join(ws[k:])
    before = " ".join(ws[:k])
    if ws[:1] and ws[0].lower() in ("former", "ex-", "retired") and on("former-office-no-body"):
        # `a former navy officer`: who left the body no longer speaks for it
        return _clean_role(" ".join(ws[1:]), places), None
    if before.endswith(("'s", "’s")):
        before = before[:-2]
    return _clean_role(title, places) if title else None, before or None


def _clean_role(role: str | None, places: Places) -> str | None:
    if not role:
        return None
    ws = [w for w in role.split() if places.find(w) is None and w.lower() not in ("the", "a", "an")]
    return " ".join(ws).lower() or None


_LOCATED = re.compile(r"^(.+?) in ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)?)$")
# Bodies named by where they sit: `the Chinese Embassy in Prague` keeps its city.
_SEATED = frozenset("embassy consulate mission delegation representation office bureau".split())


def _unlocated(phrase: str, places: Places) -> tuple[str, Place | None]:
    """`AgriData Analytics in Bucharest`: the organisation without the city it is in, and the
    state of that city (a capital or a state the text names), if any."""
    m = _LOCATED.match(phrase.strip())
    if m is None:
        return phrase, None
    body, where = m.group(1), m.group(2)
    if _SEATED.intersection(w.lower() for w in _words(body)) or not re.search(r"[A-Z]", body):
        return phrase, None
    place = places.find(where)
    if place is None:
        hit = lexicon.country_index().get(where.lower())
        place = places.ensure(hit[0].code) if hit is not None and hit[1] == "capital" else None
    if place is None and not any(_is_org_word(w) for w in _words(body)):
        return phrase, None  # `the University of X in Y` is there; `Ana in Y` may be a name
    return body, place


def role_head(role: str | None) -> str:
    """The last word of a role (`editor-in-chief` -> `chief`); "" for none or a role of
    punctuation only (`-`)."""
    words = (role or "").replace("-", " ").split()
    return words[-1] if words else ""
