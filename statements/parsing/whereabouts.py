"""Countries of the actors nothing else placed: read where the text first names them.

The affiliation chain gives most actors their country (a spokeswoman is of her ministry's state).
What it leaves without one is placed here, from the words around the actor's first mention, in
this order:

- ``country-beside-name``: a real state written in the actor's own noun phrase or apposition:
  `the Slovenian motorway company DARS`, `the Polish deputy minister for roads, X`,
  `X, a trader in Dhaka, said`, `A second official, in Belgrade, said`;
- ``country-in-opener``: a sentence that opens with a place, the actor's or the one before it:
  `In Dhaka, the effect is already visible. X, president of ..., said`;
- ``country-from-body``: the country the actor's affiliation got by the rules above;
- ``country-from-dateline``: the state of the dateline (`VILA VELHA DE RODAO, Portugal -`,
  `MANILA, Nov 12 -`), where the page is written;
- ``country-of-story``: with no dateline, the state the text names first (the headline's or
  the lede's subject, as a rule; nothing when that state is invented): the last resort, a guess
  that the voices nothing places are of the state the story is about.

Only persons, bodies and outlets are placed, and only in real states.

Governments, actors of an international body and actors the text marks as of no state keep
their country as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon
from .actor import MActor
from .describe import describe
from .names import _FIELD_WORDS, norm
from .places import Places
from .roles import _GOV_HEADS
from .rules import on

if TYPE_CHECKING:
    from .affiliation import Affiliations

# a run of capitalised words: `Slovenian`, `New Zealand`, `Russia's`
_CAP_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’.-]*(?:\s+(?:de\s+|of\s+)?[A-Z][\w'’.-]*)*")
# where a sentence or clause begins, looking back from a mention
_SENTENCE_END = re.compile(r"(?:[.!?][\"'”’)]?\s+|\n+|[;:]\s+|[\"“”]\s*)")
# words that end the actor's noun phrase, looking back from its name
_CLAUSE_WORDS = frozenset(
    "said says told that and but while when who which whom after before as than "
    "with against by from to for blamed accused denied rejected reported".split()
)
_BEFORE_WORDS = 8  # the longest noun phrase read before a name: `the Polish deputy minister ...`
_BASED = re.compile(r"-based\b")
_OPENER = re.compile(r"(?:In|From|At)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),")
# `VILA VELHA DE RODAO, Portugal -`, `MANILA, Nov 12 -`, `Accra (Wire) —`
_DATELINE = re.compile(
    r"(?m)^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
    r"(?:,\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?(?:\s+\([^()\n]{1,40}\))?\s+[-–—]+\s"
)


def _codes_in(span: str, places: Places) -> list[str]:
    """The ISO codes of the real states a stretch of text names, in the order written."""
    out: list[str] = []
    for m in _CAP_RUN.finditer(span):
        # `Tbilisi-based`: the place the body is based in
        words = _BASED.sub("", m.group(0)).split()
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                p = places.find(" ".join(words[i:j]))
                if p is not None and p.code:
                    out.append(p.code)
                    i = j - 1
                    break
            i += 1
    return out


# A city written where a place is meant: `in Besançon`, `based in Lahore`, `Karachi-based`.
_CITY_AT = re.compile(
    r"(?:\b(?:in|at|from|near|outside|of)\s+(?P<a>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2})"
    r"|(?P<b>[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,2})-based\b)"
)


def _city_codes(span: str) -> list[str]:
    """The countries of the world cities a stretch of text places something in (a city of the
    reference list, written after `in`, `at`, `from`, `near`, `of`, or before `-based`)."""
    if not on("country-of-city"):
        return []
    out: list[str] = []
    for m in _CITY_AT.finditer(span):
        words = (m.group("a") or m.group("b")).split()
        for j in range(len(words), 0, -1):
            code = lexicon.city_country(" ".join(words[:j]))
            if code is not None:
                out.append(code)
                break
    return out


_LANGUAGE_USE = re.compile(
    r"\b[A-Z][a-z]+(?:-language)?\s+(?:acronym|initials|abbreviation|short name|name|spelling)\b"
)


def _sentence_start(text: str, at: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = m.end()
    return start


def _first_mention(a: MActor, text: str) -> int:
    """Where the text first writes the actor's name or an alias (its own position else)."""
    # no further than where the reading met it (the text may be a page of megabytes)
    stop = max((p for p in (a.pos, *a.seen_pos) if p >= 0), default=len(text))
    found = [
        i
        for x in (a.name, *a.aliases)
        if len(x) > 2 and (i := text.find(x, 0, stop + len(x) + 200)) >= 0
    ]
    return min(found) if found else a.pos


def _beside(text: str, at: int, name_end: int, places: Places, a: MActor) -> str | None:
    """A real state in the noun phrase before the name, in the mention before a person's name
    (`Peruvian smelter group Andesmet`), in a body's own name (`the Maldives' transport
    ministry`), or in the apposition after the name."""
    start = _sentence_start(text, at)
    written = text[at:name_end]
    if a.kind != "person":
        lead = written
    else:
        lead = written[: -len(a.name)] if written.endswith(a.name) else ""
    words = (text[start:at] + " " + lead).split()[-_BEFORE_WORDS:]
    kept: list[str] = []
    for w in reversed(words):
        if w.lower().strip(",") in _CLAUSE_WORDS:
            break
        kept.insert(0, w)
    codes = _codes_in(" ".join(kept), places) or _city_codes(" ".join(kept))
    if not codes and on("possessive-city"):
        codes = _possessive_cities(" ".join(kept), places)
    if codes:
        return codes[-1]
    after = text[name_end : name_end + 160]
    m = re.match(r",\s+([^,;:.\"“”]{2,120})[,;.]", after)
    if m and not re.match(r"(?:said|says|told|added)\b", m.group(1)):
        apposed = m.group(1)
        if _OWNED_BY.match(apposed) and on("parent-company-elsewhere"):
            # `Nordvik Havbruk AS, a subsidiary of the Gothenburg-based group X,`: the place
            # is the parent's
            return None
        if on("language-not-state"):
            # `, known by its Spanish acronym ADUSE,`: a language, not a state
            apposed = _LANGUAGE_USE.sub(" ", apposed)
        codes = _codes_in(apposed, places) or _city_codes(apposed)
        if len(set(codes)) == 1:
            return codes[0]
    return None


_OWNED_BY = re.compile(
    r"(?:a|an|the)?\s*(?:(?:wholly[- ]owned|fully[- ]owned|local)\s+)?"
    r"(?:subsidiary|unit|division|arm|affiliate|part|member)\s+of\b|(?:owned|controlled) by\b"
)
_POSSESSIVE_CITY = re.compile(r"\b([A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){0,2})['’]s\b")


def _possessive_cities(span: str, places: Places) -> list[str]:
    """`Batam's deputy mayor, X`: a world city owning the office before the name, of a state
    the text names (rule `possessive-city`)."""
    named = {p.code for p in places.places.values() if p.code}
    out = []
    for m in _POSSESSIVE_CITY.finditer(span):
        code = lexicon.city_country(m.group(1))
        if code is not None and code in named:
            out.append(code)
    return out


def _opener(text: str, at: int, places: Places) -> str | None:
    """`In Dhaka, ...` opening the actor's sentence or the one before it."""
    start = _sentence_start(text, at)
    prev = _sentence_start(text, max(0, start - 2))
    for s in (start, prev):
        m = _OPENER.match(text, s)
        if m is not None and m.start() < at:
            city = ("in " + m.group(1)) if on("opener-city") else m.group(0)[:-1]
            codes = _codes_in(m.group(1), places) or _city_codes(city)
            if codes:
                return codes[0]
    return None


def _dateline_state(text: str, places: Places) -> str | None:
    for m in _DATELINE.finditer(text[:3000]):
        for g in (m.group(2), m.group(1)):
            if not g:
                continue
            codes = _codes_in(g, places) or _codes_in(g.title(), places)
            if codes:
                return codes[0]
            hit = lexicon.country_index().get(g.lower())
            if hit is not None:
                return hit[0].code
        if not m.group(2) and on("country-of-city"):
            # `MOMBASA (Wire) -`: a dateline city alone
            code = lexicon.city_country(m.group(1)) or lexicon.city_country(m.group(1).title())
            if code is not None:
                return code
    return None


_LANGUAGE_BEFORE = re.compile(r"\b(?:from|in|into|to)\s+$", re.I)


def _story_state(text: str, places: Places) -> str | None:
    """The state the text names first (the headline's or the lede's subject, as a rule)."""
    best: tuple[int, int, str | None] | None = None  # (start, -length, code): first, longest
    demonyms = {d for c in lexicon.countries() for d in c.demonyms}
    for p in places.places.values():
        for f in sorted(p.forms):
            # only up to the first found so far (a match may start there, and be longer)
            end = len(text) if best is None else min(len(text), best[0] + len(f) + 1)
            for m in re.compile(rf"\b{re.escape(f)}\b").finditer(text, 0, end):
                before = m.start()
                if best is not None and (before, -len(f)) >= best[:2]:
                    break  # (a form may start before the first found so far and end after it:
                    # `Port of Spain` before the `Spain` inside it)
                if f in demonyms and _LANGUAGE_BEFORE.search(text, max(0, before - 8), before):
                    continue  # `Translated from Spanish`: a language, no state of the story
                best = (before, -len(f), p.code)
                break
    # a story led by an invented state places nobody in a real one
    return best[2] if best else None


def _international(reg_actors: list[MActor], a: MActor) -> bool:
    seen: set[int] = set()
    cur: MActor | None = a
    while cur is not None and cur.idx not in seen:
        seen.add(cur.idx)
        inst = lexicon.institution_index().get(cur.name.lower())
        if inst is not None and inst.country is None:
            return True
        cur = reg_actors[cur.affiliation] if cur.affiliation is not None else None
    return False


def _chain_country(actors: list[MActor], a: MActor) -> str | None:
    seen: set[int] = set()
    cur = actors[a.affiliation] if a.affiliation is not None else None
    while cur is not None and cur.idx not in seen:
        seen.add(cur.idx)
        if cur.country:
            return cur.country
        cur = actors[cur.affiliation] if cur.affiliation is not None else None
    return None


def _written_near(a: MActor, text: str, places: Places) -> str | None:
    """The state written beside the actor's first mention, or opening its sentence."""
    at = _first_mention(a, text)
    if at < 0:
        return None
    written = next((x for x in (a.name, *a.aliases) if text.startswith(x, at)), a.name)
    code = _beside(text, at, at + len(written), places, a) if on("country-beside-name") else None
    if code is None and on("country-in-opener"):
        code = _opener(text, at, places)
    if code is None and on("country-at-second-mention") and on("country-beside-name"):
        # the first mention may be a headline or a menu line: the next one in running text
        line_end = text.find("\n", at)
        nxt = _next_mention(a, text, line_end) if line_end >= 0 else -1
        if nxt >= 0:
            written = next((x for x in (a.name, *a.aliases) if text.startswith(x, nxt)), a.name)
            code = _beside(text, nxt, nxt + len(written), places, a)
    return code


def _next_mention(a: MActor, text: str, after: int) -> int:
    """Where the text next writes the actor's name or an alias after an offset (-1: nowhere
    within the stretch the reading has met)."""
    stop = max((p for p in (a.pos, *a.seen_pos) if p >= 0), default=len(text))
    found = [
        i
        for x in (a.name, *a.aliases)
        if len(x) > 2 and (i := text.find(x, after, stop + len(x) + 200)) >= 0
    ]
    return min(found) if found else -1


_NEAR_BEFORE, _NEAR_AFTER = 80, 120  # how far from the mention a place is read, in characters
_SAID = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|reported|reports|denied|denies|"
    r"confirmed|confirms|rejected|rejects|dismissed|quoted|published|posted|stated|that)\b"
)
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z\"“])|\n")


def _sentence_state(a: MActor, text: str, places: Places) -> str | None:
    """The one real state the sentence of the actor's first mention places something in (a
    state, capital or world city written after `in`, `at`, `from`, `of`, or before `-based`):
    `X of Winnipeg said`, `said X, when I met him in Bratislava`."""
    at = _first_mention(a, text)
    if at < 0:
        return None
    start = max(_sentence_start(text, at), at - _NEAR_BEFORE)
    # before the mention, only its own clause: `..., the Courier reported` is not placed by
    # what the clause before it says
    start = max(start, text.rfind(",", start, at) + 1)
    m = _SENTENCE_STOP.search(text, at, at + _NEAR_AFTER)
    end = m.start() if m else at + _NEAR_AFTER
    # what the actor says after its verb places the matter spoken of, not the speaker
    said = _SAID.search(text, at, end)
    span = text[start : said.start() if said else end]
    codes = set(_located_codes(span, places))
    return codes.pop() if len(codes) == 1 else None


_NAME_GOES_ON = re.compile(r"\s+(?:do|da|dos|das|de|del|della|di|du|la|le|los|las)\s+[A-Z]")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(d for c in lexicon.countries() for d in c.demonyms)


def _located_codes(span: str, places: Places) -> list[str]:
    """The real states a stretch of text places something in: a state, capital or world city
    written after `in`, `at`, `from`, `near`, `outside`, `of`, or before `-based`."""
    out: list[str] = []
    demonyms = _demonyms()
    for m in _CITY_AT.finditer(span):
        if _NAME_GOES_ON.match(span, m.end()):
            continue  # `of Viana do Castelo`: the start of a longer name
        words = (m.group("a") or m.group("b")).split()
        for j in range(len(words), 0, -1):
            form = " ".join(words[:j])
            p = places.find(form) if form not in demonyms else None  # `of Argentine gas`
            code = p.code if p is not None and p.code else None
            if code is None and j == len(words):
                # a city by its whole written name only (`Viana do Castelo` is no `Viana`),
                # of a state the text names
                code = lexicon.city_country(form)
                if code is not None and code not in {q.code for q in places.places.values()}:
                    code = None
            if code is not None:
                out.append(code)
                break
    return out


_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*")


def _city_in_body_name(a: MActor, named: set[str]) -> str | None:
    """`Busan Chamber of Commerce`, `the Phnom Penh Evening Post`: a world city written in a
    body's or an outlet's own name places it in that city's country, when the text names that
    state (`named`): a city's name may be a word of another language (`Golfe`)."""
    for m in _NAME_RUN.finditer(a.name):
        if _NAME_GOES_ON.match(a.name, m.end()):
            continue
        words = re.sub(r"['’]s?$", "", m.group(0)).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                code = lexicon.city_country(" ".join(words[i:j]))
                if code is not None and code in named:
                    return code
    return None


def _city_in_name(actors: list[MActor]) -> None:
    """`broker in Mombasa`: an unnamed person's name places her in its city's country."""
    for a in actors:
        if a.kind == "person" and not a.named:
            a.country = next(iter(_city_codes(a.name)), None)


def _place_each(
    actors: list[MActor], open_: Callable[[MActor], bool], how: Callable[[MActor], str | None]
) -> None:
    for a in actors:
        if open_(a):
            a.country = how(a)


def place_actors(actors: list[MActor], places: Places) -> set[int]:
    """Give a country to the actors the affiliation chain left without one; the actors placed
    by the dateline or the story's state alone (a guess) are returned."""
    text = places.text

    def open_(a: MActor) -> bool:
        return (
            a.country is None
            and not a.merged
            and not a.stateless
            and a.kind in ("person", "organisation", "media")
            and not _international(actors, a)
        )

    def chain(a: MActor) -> str | None:
        return _chain_country(actors, a)

    if on("country-beside-name") or on("country-in-opener"):
        _place_each(actors, open_, lambda a: _written_near(a, text, places))
    if on("city-in-name"):
        _city_in_name([a for a in actors if open_(a)])
    if on("city-in-body-name"):
        named = {p.code for p in places.places.values() if p.code}
        bodies = [a for a in actors if a.kind in ("organisation", "media")]
        _place_each(bodies, open_, lambda a: _city_in_body_name(a, named))
    if on("country-from-body"):
        for _ in range(2):
            _place_each(actors, open_, chain)
    if on("country-in-sentence"):
        _place_each(actors, open_, lambda a: _sentence_state(a, text, places))
        _place_each(actors, open_, chain)
    home = _dateline_state(text, places) if on("country-from-dateline") else None
    if home is None and on("country-of-story"):
        home = _story_state(text, places)
    guessed: set[int] = set()
    if home is not None:
        for a in actors:
            if open_(a):
                a.country = home
                guessed.add(a.idx)
    return guessed


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,}")


def acronyms_are_bodies(actors: list[MActor]) -> None:
    """`CNAIR categorically denied`, `BGL said`: a speaker named only by a word in capitals that
    no person's name joined is a body, not a person (rule `acronym-is-body`)."""
    if not on("acronym-is-body"):
        return
    for a in actors:
        if (
            a.kind == "person"
            and a.named
            and not a.merged
            and not a.role
            and _ACRONYM.fullmatch(a.name)
            and all(_ACRONYM.fullmatch(x) or not x.strip() for x in a.aliases)
        ):
            a.kind = "organisation"


# a body of a state by its head noun, beyond the ministries and armies of roles._GOV_HEADS
_STATE_BODY_HEADS = _GOV_HEADS | frozenset(
    "bureau administration directorate commission secretariat customs".split()
)
_STATE_OFFICE_HEADS = frozenset("office municipality prefecture".split())


def _state_body_heads() -> frozenset[str]:
    """The head nouns of a state body's name; `the State Lottery Office`, `Velmar
    municipality` are offices of the state too (rule `placed-state-office`)."""
    if on("placed-state-office"):
        return _STATE_BODY_HEADS | _STATE_OFFICE_HEADS
    return _STATE_BODY_HEADS


_CABINET_ROLE = re.compile(r"^(?:[a-z]+ )*?(?:minister|secretary)(?: (?:of|for) [a-z ]+)?$")
_NOT_CABINET = re.compile(
    r"\b(?:deputy|vice|state|assistant|junior|under|principal|permanent|press|general|"
    r"party|opposition|shadow|former|ex|union|executive|company)\b"
)


def _cabinet(role: str) -> bool:
    """`commerce minister`, `agriculture secretary`, `minister of public works`: a member of
    the government (not a deputy, a press secretary or an opposition spokesman)."""
    if not _CABINET_ROLE.match(role) or _NOT_CABINET.search(role):
        return False
    words = role.split()
    if words[-1] == "secretary" or "secretary" in words[:1]:
        # `agriculture secretary`, `secretary of trade`: a field makes it an office of state
        return any(w in _FIELD_WORDS and w not in ("of", "for", "and", "the") for w in words)
    return True


def outlets_of_placed_sources(reg: Affiliations, guessed: set[int]) -> None:
    """An outlet placed only by a guess (the dateline's or the story's state) takes the country
    of the named person who spoke to it, once that person is placed: `Ethiopian State Minister
    X, speaking to state broadcaster ETV` in a Nairobi wire (rule `outlet-of-placed-source`)."""
    if not on("outlet-of-placed-source"):
        return
    for phrase, idx in reg.ties:
        source = reg.actors[idx]
        if source.kind == "media" or not source.country or source.idx in guessed:
            continue
        media = reg.find_existing(describe(phrase, reg.places))
        if media is not None and media.kind == "media" and media.idx in guessed:
            media.country = source.country


_JUNIOR_MINISTER = re.compile(
    r"^(?:[a-z]+ )*?(?:deputy|vice|vice-|assistant|junior|state)\s*minister\b"
    r"|^minister of state\b|^(?:deputy |vice )?state secretary\b|^(?:deputy|vice) minister\b"
)


def _ministry_of_state(actors: list[MActor], a: MActor, role: str) -> MActor | None:
    """The ministry of the person's state that the text names: the one whose name shares the
    field of the role (`vice minister of fisheries`), else the only one."""
    bodies = [
        x
        for x in actors
        if x.kind == "organisation"
        and not x.merged
        and x.country == a.country
        and "ministry" in norm(x.name).split()
    ]
    stems = {w[:6] for w in re.findall(r"[a-z]{5,}", role)} - {"deputy", "minist", "secret"}
    fits = [x for x in bodies if stems & {w[:6] for w in norm(x.name).split()}]
    if len(fits) == 1:
        return fits[0]
    return bodies[0] if len(bodies) == 1 and not fits else None


def affiliate_placed(reg: Affiliations, guessed: set[int]) -> None:
    """Once placed, a state body or a member of the government with nothing above it belongs
    to its state's government: `the Bureau of Plant Industry` (PH), `Commerce Minister X`
    (rules `placed-state-body`, `placed-cabinet-member`). One placed by a guess (`guessed`) is
    put only under a government the text has already."""
    for a in list(reg.actors):
        if a.affiliation is not None or a.merged or not a.country or a.stateless:
            continue
        if a.kind == "organisation":
            if not on("placed-state-body"):
                continue
            if not _state_body_heads().intersection(norm(a.name).split()):
                continue
        elif a.kind == "person":
            role = (a.role or "").lower()
            official = bool(re.fullmatch(r"(?:senior |government |state )*officials?", role))
            if _JUNIOR_MINISTER.search(role) and on("placed-junior-minister"):
                # `Deputy Minister X` of a placed state: of the one ministry of that state
                # the text names, else of its government
                body = _ministry_of_state(reg.actors, a, role)
                if body is not None:
                    a.affiliation = body.idx
                    continue
                official = True
            if not on("placed-cabinet-member") or not (_cabinet(role) or official):
                continue
        else:
            continue
        if _international(reg.actors, a):
            continue
        if a.idx in guessed:
            # placed by a guess: only under a government the text itself has
            found = [x for x in reg.actors if x.kind == "government" and x.country == a.country]
            if found:
                a.affiliation = found[0].idx
            continue
        place = reg.places.ensure(a.country)
        if place is None:
            continue
        gov = reg.government(place)
        if gov is not a:
            a.affiliation = gov.idx
