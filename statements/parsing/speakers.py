"""Speakers pass: each speech act's speaker, relay, cited sources and named targets as actors."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from . import lexicon
from .attribute import Frame
from .dates import explicit_date
from .members import ONE_HOLDER, single_office_holder
from .names import _is_org_word, strip_det
from .parties import asking_outlets, state_of_stateless_bodies, titled_people
from .places import Place
from .resolve import MActor, Registry, describe, norm
from .rules import on
from .segment import Document

_SIGNATURE = re.compile(r"^[—–-]\s*(?P<name>[^(\n]{2,80}?)\s*\((?P<handle>@\w+)\)\s*(?P<date>.+)$")
# `the navy's version of events`, `Baeza's figure`: an answer naming whose account it answers.
_POSSESSIVE_ACCOUNT = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[\w-]+'s\s+(?:own\s+)?(?:version|account|report|"
    r"claims?|story|figures?|allegations?|accusations?|readout|statement|assertions?|"
    r"explanations?|denials?|remarks|words|description|narrative)\b"
)
_NOT_RELAY = re.compile(r"briefing|conference|forum|meeting", re.I)


@dataclass(slots=True)
class Voices:
    """Per speech act (same order as the frames): who speaks, to whom, about whose account."""

    speakers: list[MActor | None] = field(default_factory=list)
    relays: list[MActor | None] = field(default_factory=list)
    cited: list[frozenset[int]] = field(default_factory=list)
    targets: list[MActor | None] = field(default_factory=list)
    embedded: list[MActor | None] = field(default_factory=list)
    post_dates: dict[int, dt.date] = field(default_factory=dict)


def voices(
    frames: list[Frame],
    doc: Document,
    reg: Registry,
    text: str,
    published: dt.date | None,
    outlet: str | None = None,
) -> Voices:
    """Resolve the speakers of the frames in reading order, then what each one names."""
    out = Voices()
    places = reg.places
    prev: MActor | None = None
    askers = asking_outlets(doc, places)
    for f in frames:
        while askers and askers[-1].start <= f.start:
            # the outlets that put questions in a transcript are actors of it (rule 1)
            reg.resolve(askers.pop(), speaking=False)
        actor: MActor | None
        if f.speaker is None:
            actor = prev
            if actor is not None:
                reg.last_speaker = actor
        else:
            actor = reg.resolve(f.speaker)
        cited_here = set()
        for c in f.cited:
            ca = reg.resolve(c, speaking=False)
            if ca is not None:
                cited_here.add(ca.idx)
        out.cited.append(frozenset(cited_here))
        relay_actor = None
        if f.relay_source is not None:
            relay_actor = reg.resolve(f.relay_source)  # the source of `According to X, Y said:`
        elif (
            f.relay
            and f.rule == "quoted-as-saying"
            and f.relay.lower() == "it"
            and prev is not None
            and prev.kind == "media"
            and on("relay-pronoun")
        ):
            # `The report, published by X, claimed ... It quoted an unnamed member of the
            # delegation as saying ...`: the outlet that spoke last quotes her
            relay_actor = prev
        elif f.relay:
            d = describe(f.relay, places)
            if d.kind in ("media", "definite") and not _NOT_RELAY.search(f.relay):
                known = len(reg.actors)
                relay_actor = reg.resolve(f.relay, speaking=False)
                if (
                    relay_actor is not None
                    and relay_actor.idx >= known
                    and relay_actor.kind == "person"
                    and d.kind == "definite"
                    and d.name.isupper()
                    and on("relay-named-outlet")
                ):
                    relay_actor.kind = "media"  # `a statement to the AA correspondent`
            elif (
                d.kind == "person"
                and d.named
                and f.relay.lower().startswith("the ")
                and on("relay-named-outlet")
            ):
                # `told the Anglesey Mail`: a name with an article before it is no person's
                relay_actor = reg.resolve(f.relay, speaking=False)
                if relay_actor is not None and relay_actor.kind == "person":
                    relay_actor.kind = "media"
            elif f.rule == "quoted-as-saying" and d.kind == "person" and len(d.name.split()) == 1:
                # `X was quoted by Kabar as saying`: who quotes a speaker is an outlet
                relay_actor = reg.resolve(f.relay, speaking=False)
                if relay_actor is not None and relay_actor.kind == "person":
                    relay_actor.kind = "media"
        out.relays.append(relay_actor)
        if f.embedded:
            # `rejected a report by the Capital Observer that ...`: a named outlet is met here,
            # so that a later `the newspaper` is that outlet
            d = describe(f.embedded[0], places)
            if d.kind == "media" and d.named:
                reg.resolve(f.embedded[0], speaking=False)
                if actor is not None:
                    reg.last_speaker = actor
        out.embedded.append(None)
        if actor is not None:
            reg.last_speaker = actor
        out.speakers.append(actor)
        prev = actor
    for asker in reversed(askers):
        reg.resolve(asker, speaking=False)
    for f in frames:
        for titled in titled_people(text, f.content_start, f.end):
            # `declining to say whether Agriculture Minister Sorin Dumitrescu had approved`
            reg.resolve(titled, speaking=False)
    # Whose account a denial or confirmation names, once every speaker is known.
    for i, f in enumerate(frames):
        phrase = f.target
        if not phrase and f.vclass in ("deny", "confirm", "say"):
            window = min(f.end, f.content_start + 120)
            # every match holds `'s`: a window without it is not searched (same matches)
            m = (
                _POSSESSIVE_ACCOUNT.search(text, f.content_start, window)
                if text.find("'s", f.content_start, window) >= 0
                else None
            )
            phrase = m.group(0) if m else None
        out.targets.append(target_actor(reg, phrase, out.speakers[i]) if phrase else None)
    # Speakers of claims carried inside denials, once every speaker is known.
    for i, f in enumerate(frames):
        if f.embedded:
            out.embedded[i] = _embedded_speaker(reg, f.embedded[0])
    # Posts whose date line the speech-acts pass already read (`— Name (@handle) date`).
    for i, f in enumerate(frames):
        fixed = explicit_date(f.fixed_date, published) if f.fixed_date else None
        if fixed is not None:
            out.post_dates[i] = fixed
    # Signature lines of embedded posts: `— Name (@handle) October 10, 2026`.
    last_before: _LastEndingBefore | None = None
    for p in doc.paragraphs:
        # the pattern opens with a dash: a paragraph that does not is not tried
        if doc.text[p.start] not in "—–-":
            continue
        m = _SIGNATURE.match(doc.text[p.start : p.end])
        if not m:
            continue
        if last_before is None:
            last_before = _LastEndingBefore(frames)
        i = last_before(p.start)
        if i >= 0:
            day = explicit_date(m.group("date"), published)
            if day is not None:
                out.post_dates[i] = day
            sp = out.speakers[i]
            if sp is not None and norm(m.group("handle")) not in sp.keys():
                sp.aliases.append(m.group("handle"))
    if on("question-label-outlet"):
        _question_label_outlets(reg, doc)
    reg.finish()
    state_of_stateless_bodies(reg, frames, out.speakers)
    _fold_outlet_descriptions(reg, out, outlet)
    return out


class _LastEndingBefore:
    """The last frame (in the frames' order) that ends at or before an offset, found by bisect
    over the ends sorted once, not by a scan of every frame per signature line."""

    def __init__(self, frames: list[Frame]) -> None:
        order = sorted(range(len(frames)), key=lambda i: frames[i].end)
        self.ends = [frames[i].end for i in order]
        self.last: list[int] = []  # the highest frame index among the k first ends
        top = -1
        for i in order:
            top = max(top, i)
            self.last.append(top)

    def __call__(self, at: int) -> int:
        k = bisect.bisect_right(self.ends, at)
        return self.last[k - 1] if k else -1


# `QUESTION (Dewi, Kirana TV):`, `QUESTION (Visayan Ledger, Manila):`, `Q (Jakarta Lens):` in a
# briefing's transcript: the outlet of the reporter who asks
_QUESTION_LABEL = re.compile(r"(?:QUESTION|Question|Q)\s*\((?P<inside>[^()\n]{2,80})\)\s*:")


_OUR_OUTLET = re.compile(
    r"\b[Oo]ur (?:newspaper|paper|station|channel|agency|outlet|website|portal|radio|magazine)\b"
)


def _question_label_outlets(reg: Registry, doc: Document) -> None:
    """The outlets named in a transcript's question labels are actors: each relays what its
    reporter puts to the spokesperson (rule `question-label-outlet`)."""
    seen: set[str] = set()
    for p in doc.paragraphs:
        m = _QUESTION_LABEL.match(doc.text, p.start, p.end)
        if m is None:
            continue
        parts = [x.strip() for x in m.group("inside").split(",")]
        if len(parts) > 1 and (
            reg.places.find(parts[-1]) is not None or lexicon.city_country(parts[-1])
        ):
            parts = parts[:-1]  # `(Visayan Ledger, Manila)`: where the outlet is
        name = parts[-1]
        if name in seen or not name[:1].isupper() or len(name.split()) > 6:
            continue
        seen.add(name)
        if reg.places.find(name) is not None:
            continue  # `QUESTION (Japan):` names a state's reporter, no outlet
        own = _OUR_OUTLET.search(doc.text, m.end(), p.end)
        ours = own.group(0) if own is not None else ""
        mine = reg.find_existing(describe(ours, reg.places)) if ours else None
        if (
            mine is not None
            and mine.kind == "media"
            and norm(mine.name) == norm(ours)
            and reg.find_existing(describe(name, reg.places)) is None
        ):
            # `QUESTION (Rudi, Harian Nusa): Our newspaper has learned ...`: the asker's outlet
            mine.aliases.append(mine.name)
            mine.name = name
            continue
        reg.resolve_outlet(name)


_OUTLET_HEAD = re.compile(
    r"(?:news\s+)?(?:paper|newspaper|weekly|daily|website|site|outlet|portal|channel|magazine|"
    r"broadcaster|tabloid)$",
    re.I,
)


def _described_outlet(a: MActor) -> bool:
    """`a Nigerian newspaper`, `the website`: an outlet known only by what it is."""
    words = a.name.split()
    return (
        a.kind == "media"
        and bool(words)
        and _OUTLET_HEAD.search(a.name) is not None
        and words[-1].islower()
    )


_WORD = re.compile(r"[\w-]+")
_PLAIN = frozenset("the a an of and for in at on main its their our".split())


def _body_words(a: MActor) -> tuple[set[str], bool]:
    """The content words of a body's name (no place, no article, no head like `group`), and
    whether the name is written as a description: no capitalised word but its state's."""
    words, described = set(), True
    for w in _WORD.findall(re.sub(r"['’]s?\b", " ", a.name)):
        low = w.lower()
        if low in _PLAIN or lexicon.country_index().get(low):
            continue
        if w[:1].isupper():
            described = False
        if not _is_org_word(low) or re.search(r"(?:er|or)s$", low):
            # a head like `group` names no body; its members do (`exporters`, `growers`)
            words.add(low)
    return words, described


def _fold_into(d: MActor, keep: MActor, into: dict[int, MActor]) -> None:
    """`d` is `keep`: its name and every alias become `keep`'s aliases, and `keep` speaks if
    `d` did (the other fields are each fold's own to settle)."""
    into[d.idx] = keep
    d.merged = True
    for x in [d.name, *d.aliases]:
        if norm(x) not in keep.keys():
            keep.aliases.append(x)
    keep.speaker = keep.speaker or d.speaker


def _fold_body_descriptions(reg: Registry, into: dict[int, MActor]) -> None:
    """A body described by what its members are before it is named is that body: `Tunisia's
    main exporters' group` then `the Tunisian Federation of Date Exporters` (same state, the
    one named body sharing a word of the description that is no head noun)."""
    bodies = [a for a in reg.actors if a.kind == "organisation" and a.country]
    for d in bodies:
        dw, described = _body_words(d)
        if not described or not dw or d.idx in into:
            continue
        hits = []
        for a in bodies:
            if a is d or a.country != d.country or a.pos <= d.pos:
                continue
            aw, a_described = _body_words(a)
            if not a_described and {_stem(w) for w in aw} & {_stem(w) for w in dw}:
                hits.append(a)
        if len(hits) == 1:
            into[d.idx] = hits[0]
            hits[0].aliases.append(d.name)
            d.merged = True


_THIS_OUTLET = re.compile(
    r"(?:this|our) (?:newspaper|paper|website|site|station|channel|magazine|publication|"
    r"weekly|daily|outlet|broadcaster)",
    re.I,
)


def _fold_this_outlet(reg: Registry, into: dict[int, MActor], outlet: str) -> None:
    """`told this newspaper` beside the outlet's own name in the text (`the Ledger`): one
    outlet, the one that publishes the article (rule `this-paper-is-the-outlet`)."""
    own = norm(outlet)
    if not own:
        return

    def is_own(a: MActor) -> bool:
        key = norm(a.name)
        return bool(key) and (key == own or own.endswith(" " + key) or key.endswith(" " + own))

    media = [a for a in reg.actors if a.kind == "media" and not a.merged and a.idx not in into]
    named = [a for a in media if not _THIS_OUTLET.fullmatch(a.name) and is_own(a)]
    if len(named) != 1:
        return
    for a in media:
        if a is not named[0] and _THIS_OUTLET.fullmatch(a.name):
            _fold_into(a, named[0], into)


def _described_body(a: MActor, reg: Registry) -> bool:
    """`Czech signalling company`, `Naivasha rose grower`: a body known by what it is, its head
    a company's noun, the words before it in lower case or a place's."""
    words = a.name.split()
    return (
        a.kind == "organisation"
        and 2 <= len(words) <= 5
        and words[-1].lower() in lexicon.words("described_body_heads.txt")
        and all(w[:1].islower() or reg.places.find(w) is not None for w in words[:-1])
        and not any(w.lower() in lexicon.words("set_member_words.txt") for w in words[:-1])
    )


def _company_named(a: MActor) -> bool:
    """`Morava Rail Systems`, `Laboratoires Kerkennah`: a body named with capitals that names no
    state's body (no ministry, council, regulator) and is not itself described."""
    words = a.name.split()
    heads = lexicon.words("state_body_heads.txt")
    return (
        a.kind == "organisation"
        and a.named
        and len(words) >= 2
        and all(w[:1].isupper() or w.lower() in _INITIALS_SKIP for w in words)
        and not any(re.sub(r"['’]s$", "", w).lower() in heads for w in words)
    )


# `A Czech signalling company has accused ...`: the description opens a sentence as its subject
# (`a report by a Tunisian group`, the author of a report a denial names, is left alone: the
# group's own words then read as standing by that report)
_OPENS_WITH = re.compile(r"(?:\A|.*[.!?\n]\s*)\Z", re.S)


def _fold_described_bodies(reg: Registry, into: dict[int, MActor]) -> None:
    """A body introduced by a description (`a`, `an`) before the text names any body of its kind
    is the first one it names after: `A Czech signalling company has accused ...`, then `Morava
    Rail Systems ... said` (the same state or none; rule `described-body-named-later`)."""
    named = [
        a
        for a in reg.actors
        if not a.merged and a.idx not in into and a.pos >= 0 and _company_named(a)
    ]
    if not named:
        return
    text = reg.places.text
    taken: set[int] = set()
    for d in reg.actors:
        if d.merged or d.idx in into or d.pos < 0 or not _described_body(d, reg):
            continue
        # the sentence opens with it, where the actor was met (no search of the text)
        if not _OPENS_WITH.match(text, max(0, d.pos - 4), d.pos) or not text.startswith(
            ("A " + d.name, "An " + d.name), d.pos
        ):
            continue
        fits = [
            a
            for a in named
            if a.idx not in taken and (a.country is None or d.country in (None, a.country))
        ]
        if any(a.pos <= d.pos for a in fits):
            continue  # a body named before: the description may be of it
        later = sorted((a for a in fits if a.pos > d.pos), key=lambda a: a.pos)
        if not later:
            continue
        keep = later[0]
        taken.add(keep.idx)
        _fold_into(d, keep, into)
        keep.country = keep.country or d.country
        if keep.affiliation is None and d.affiliation not in (None, keep.idx):
            keep.affiliation = d.affiliation


_ACRONYM_NAME = re.compile(r"[A-Z]{2,6}")
_INITIALS_SKIP = frozenset("of the and for on in de del la el".split())


def _initials(name: str) -> str:
    """`Norland Wool Board` -> `NWB`: the first letters of a name's capitalised words."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _INITIALS_SKIP]
    if not words or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _initial_forms(name: str) -> set[str]:
    """The initials of a body's name, also without the state that owns it (`Uruguay's`)."""
    out = {_initials(name)}
    m = re.match(r"^[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s?\s+(?=[A-Z])", name)
    if m is not None:
        out.add(_initials(name[m.end() :]))
    out.discard("")
    return out


def _fold_acronyms(reg: Registry, into: dict[int, MActor]) -> None:
    """`KARSK (NNA) -` and `the Norland News Agency quoted ...`: a short name in capitals that
    spells the initials of the one body or outlet named in full is that body."""
    bodies = [
        a
        for a in reg.actors
        if a.kind in ("organisation", "media") and not a.merged and a.idx not in into
    ]
    # a short name in capitals may still be read as a person here (`NWB said`)
    shorts = [
        a
        for a in reg.actors
        if _ACRONYM_NAME.fullmatch(a.name) and not a.merged and a.kind != "government"
    ]
    for short in shorts:
        if short.idx in into:
            continue
        full = [
            a
            for a in bodies
            if a is not short and a.idx not in into and _initials(a.name) == short.name
        ]
        if not full and len(short.name) >= 3 and on("acronym-of-translated-name"):
            # `Uruguay's National Ports Administration said ... The ANP said`: the short name
            # of a body translated into English spells its initials in the original order
            letters = sorted(short.name)
            full = [
                a
                for a in bodies
                if a is not short
                and a.idx not in into
                and any(sorted(i) == letters for i in _initial_forms(a.name))
            ]
        if len(full) != 1:
            continue
        into[short.idx] = full[0]
        full[0].aliases.append(short.name)
        short.merged = True


def _stem(w: str) -> str:
    return w[:-1] if w.endswith("s") else w


_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))


def _title_words(role: str | None) -> set[str]:
    """The words of an office without the state's name; the spokes- words count as one."""
    out = set()
    for w in re.findall(r"[\w-]+", (role or "").lower()):
        out.add("spokes" if w in _SPOKES else w)
    return out


_FEW_PEOPLE = 40


def _titled_in_text(text: str, office: set[str], name: str) -> bool:
    """`Deputy Minister of Food, Agriculture and Light Industry B. Enkhjargal`: the text gives the
    name right after the office's capitalised title, so that the name holds that office."""
    if not office or not name or not text or not on("holder-titled-in-text"):
        return False
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        before = text[max(0, m.start() - 90) : m.start()]
        cut = max(before.rfind("."), before.rfind(";"), before.rfind("\n"), before.rfind('"'))
        if cut >= 0 and not re.search(r"\b[A-Z]\.\s*$", before[: cut + 1]):
            before = before[cut + 1 :]
        words = {w.lower() for w in re.findall(r"\b[A-Z][\w-]*", before)}
        if {("spokesperson" if w == "spokes" else w) for w in office} <= words:
            return True
    return False


def _fold_unnamed_holders(reg: Registry, into: dict[int, MActor]) -> None:
    """`Romanian minister says ...` in a headline, `A Chinese Foreign Ministry spokesperson on
    Thursday dismissed ...` in a lede, then the one person of that office named in full (`Romania's
    transport minister, Sorin Mărgineanu`, `spokesperson Wang Lixin`): one person, with the state
    and body the unnamed mention gave."""
    people = [a for a in reg.actors if a.kind == "person" and not a.merged and a.idx not in into]
    # the text is searched for a name only in an article's few dozen people (a 2 MB page has
    # hundreds, and one search each would cost seconds)
    text = reg.places.text if len(people) <= _FEW_PEOPLE else ""
    for u in people:
        if u.named or not single_office_holder(u.role, u.name):
            continue
        office = _title_words(u.role)
        title = office & (ONE_HOLDER | {"spokes"})
        if not title or re.search(r"\b(?:sources?|officials|people|aides?)\b", u.name, re.I):
            continue

        def fits(n: MActor) -> bool:
            return (
                n.named
                and n is not u  # noqa: B023 - called at once
                and n.idx not in into
                and (
                    office <= _title_words(n.role)  # noqa: B023 - called at once
                    or (n.role is None and _titled_in_text(text, office, n.name))  # noqa: B023 - called at once
                )
                and (u.country is None or n.country in (None, u.country))  # noqa: B023 - called at once
                and (u.gender is None or n.gender in (None, u.gender))  # noqa: B023 - called at once
                and (
                    u.affiliation is None  # noqa: B023 - called at once
                    or n.affiliation in (None, u.affiliation)  # noqa: B023 - called at once
                )
            )

        named = [n for n in people if fits(n)]
        bare = _title_words(u.name) <= office  # `the spokesperson`: the title alone
        if len(named) > 1 and bare and u.pos >= 0 and on("title-only-holder"):
            # a bare title among several holders: the holder the text names next after it
            later = [n for n in named if n.pos > u.pos]
            named = [min(later, key=lambda n: n.pos)] if later else named
        if len(named) != 1:
            continue
        n = named[0]
        _fold_into(u, n, into)
        if n.affiliation is None and u.affiliation is not None:
            n.affiliation = u.affiliation
        n.country = n.country or u.country
        n.place = n.place or u.place


def _fold_bare_heads(reg: Registry, into: dict[int, MActor]) -> None:
    """`according to county figures` and `Istria County`: a body named by its head noun alone,
    in lower case, is the one body of the article whose name ends in that noun (rule
    `bare-head-is-named-body`)."""
    # the issuer nouns only: a bare `federation` may be a second federation the text never
    # names in full
    heads = lexicon.words("record_issuers.txt")
    bodies = [
        a
        for a in reg.actors
        if a.kind in ("organisation", "media") and not a.merged and a.idx not in into
    ]
    for b in bodies:
        word = strip_det(b.name).strip()
        if word not in heads or b.aliases:
            continue
        named = [
            a
            for a in bodies
            if a is not b
            and a.idx not in into
            and a.name.split()[-1:] == [word.capitalize()]
            and len(a.name.split()) > 1
        ]
        if len(named) != 1:
            continue
        n = named[0]
        into[b.idx] = n
        b.merged = True
        if norm(b.name) not in n.keys():
            n.aliases.append(b.name)
        n.speaker = n.speaker or b.speaker


_OF_PLACE_END = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


def _short_forms(name: str) -> set[str]:
    """`Nigeria Customs Service` -> `customs service`, `Meat Board of Namibia` -> `meat
    board`: a body's name without the state written before it or the place after `of`."""
    out = set()
    words = name.split()
    if len(words) >= 3 and lexicon.country_index().get(re.sub(r"['’]s$", "", words[0]).lower()):
        out.add(norm(" ".join(words[1:])))
    m = _OF_PLACE_END.search(name)
    if m is not None and len(name[: m.start()].split()) >= 2:
        out.add(norm(name[: m.start()]))
    return out


def _head_of(words: list[str]) -> bool:
    """`Customs Service`: a name ending in its head noun; `Ministry of Economy and Finance`: a
    name opening with it before `of` (rule `head-before-of-cut-short`)."""
    if _ends_in_head(words):
        return True
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and _is_org_word(words[0].lower())
        and words[1] == "of"
        and on("head-before-of-cut-short")
    )


def _ends_in_head(words: list[str]) -> bool:
    return words[-1][:1].isupper() and _is_org_word(words[-1].lower())


def _same_owner(d: MActor, keep: MActor) -> bool:
    return d.affiliation in (None, keep.affiliation) and d.country in (None, keep.country)


def _state_prefix(name: str) -> str | None:
    """`Botswana's`, `GABORONE'S`, `Italian`: the state written before a body's name."""
    words = name.split()
    if len(words) < 3:
        return None
    hit = lexicon.country_index().get(re.sub(r"['’][sS]$", "", words[0]).lower())
    return hit[0].name if hit is not None else None


def _fold_one_body_two_prefixes(reg: Registry, into: dict[int, MActor]) -> None:
    """`Botswana's Ministry of Agriculture` and `GABORONE'S Ministry of Agriculture`: one body
    of one state written after its name and after its capital (or demonym) is one body; the
    name written with the state's own name, else the first, is kept (rule
    `body-under-two-state-forms`)."""
    groups: dict[tuple[str, str], list[MActor]] = {}
    for b in reg.actors:
        if b.kind != "organisation" or b.merged or b.idx in into:
            continue
        state = _state_prefix(b.name)
        if state is not None:
            groups.setdefault((state, norm(b.name.split(None, 1)[1])), []).append(b)
    for found in groups.values():
        found = [b for b in found if b.idx not in into]
        owners = {b.affiliation for b in found} - {None}
        if len(found) < 2 or len(owners) > 1:
            continue
        keep = min(found, key=lambda b: (b.name.split()[0].isupper(), b.pos < 0, b.pos))
        for d in found:
            if d is not keep:
                _fold_into(d, keep, into)
                keep.country = keep.country or d.country
        if owners and keep.affiliation is None:
            keep.affiliation = owners.pop()


def _fold_shortened_names(reg: Registry, into: dict[int, MActor]) -> None:
    """A body's name cut short (`Customs Service` beside `Nigeria Customs Service`, `Meat
    Board` beside `Meat Board of Namibia`) is that body, when exactly one body's name cuts to
    it (rule `shortened-body-name`)."""
    if on("body-under-two-state-forms"):
        _fold_one_body_two_prefixes(reg, into)
    bodies = [
        a for a in reg.actors if a.kind == "organisation" and not a.merged and a.idx not in into
    ]
    short: dict[str, list[MActor]] = {}
    for b in bodies:
        for f in _short_forms(b.name):
            short.setdefault(f, []).append(b)
    if not short:
        return
    for d in reg.actors:
        words = d.name.split()
        if (
            d.merged
            or d.idx in into
            or d.kind == "government"
            or len(words) < 2
            or not _head_of(words)
        ):
            continue
        hits = [b for b in short.get(norm(d.name), []) if b is not d]
        if len(hits) != 1:
            continue
        keep = hits[0]
        # `Ministry of Commerce` of one state is not `Ministry of Commerce of Gabon`
        if not _ends_in_head(words) and not _same_owner(d, keep):
            continue
        _fold_into(d, keep, into)
        if keep.affiliation is None and d.affiliation not in (None, keep.idx):
            keep.affiliation = d.affiliation


# `the Georgian side`, `the Republic of Uzbekistan`: a state by a longer form of its name
_STATE_FORM = re.compile(r"^(?:(?:the|The)\s+)?(?:Republic\s+of\s+)?(?P<state>.+?)(?:\s+[Ss]ide)?$")


def _state_form(reg: Registry, name: str) -> Place | None:
    m = _STATE_FORM.match(name)
    return reg.places.find(m.group("state")) if m else None


def _fold_state_forms(reg: Registry, into: dict[int, MActor]) -> None:
    """An actor named only by a state's name, capital, demonym or a longer form of it (`the
    Georgian side`, `Republic of Uzbekistan`, `Mexican`) and not read as the government is that
    state's government where the text has it (rule `state-form-is-government`)."""
    govs = {
        a.place: a
        for a in reg.actors
        if a.kind == "government" and not a.merged and a.place is not None
    }
    for a in reg.actors:
        if a.kind == "government" or a.merged or a.idx in into:
            continue
        place = _state_form(reg, a.name)
        if place is None or any(_state_form(reg, x) not in (None, place) for x in a.aliases):
            continue
        if any(_state_form(reg, x) is None and len(x.split()) > 1 for x in a.aliases):
            # `Transport Canada`, `Embassy of Georgia to the Republic of Poland`: a body whose
            # name holds a state's, misread as the state
            continue
        gov = govs.get(place.key)
        if gov is None or gov is a or gov.idx in into or a.affiliation not in (None, gov.idx):
            continue
        into[a.idx] = gov
        a.merged = True
        if norm(a.name) not in gov.keys():
            gov.aliases.append(a.name)  # its other aliases are the misreading's, not the state's
        gov.speaker = gov.speaker or a.speaker


def _fold_outlet_descriptions(reg: Registry, out: Voices, outlet: str | None = None) -> None:
    """An outlet described before or beside its name is that outlet: `Tuul Daily, a Mongolian
    news website` (apposition), `a Nigerian newspaper's report ... The Lagos-based Harmattan
    Herald said` (the first outlet named after the description, of no other country)."""
    named = [a for a in reg.actors if a.kind == "media" and not _described_outlet(a)]
    into: dict[int, MActor] = {}
    text = reg.places.text
    for d in reg.actors:
        if not _described_outlet(d) or d.pos < 0:
            continue
        fits = [
            a for a in named if a.country is None or d.country is None or a.country == d.country
        ]
        beside = [
            a
            for a in fits
            if 0 <= a.pos < d.pos
            and re.fullmatch(r"[\w\s.'’-]*,\s*(?:an?|the)\s+", text[a.pos : d.pos])
            and d.pos - a.pos < 80
        ]
        later = sorted((a for a in fits if a.pos > d.pos), key=lambda a: a.pos)
        target = (
            beside[0]
            if beside
            else (later[0] if later and not any(0 <= a.pos < d.pos for a in fits) else None)
        )
        if target is None:
            continue
        into[d.idx] = target
        target.aliases.append(d.name)
        d.merged = True
        if target.country is None and d.country:
            # `Tuul Daily, a Mongolian news website`: the description places the outlet
            target.country = d.country
            for a in reg.actors:
                if a.affiliation == target.idx and a.country is None:
                    a.country = d.country  # its editor too
    if outlet and on("this-paper-is-the-outlet"):
        _fold_this_outlet(reg, into, outlet)
    _fold_body_descriptions(reg, into)
    if on("described-body-named-later"):
        _fold_described_bodies(reg, into)
    if on("acronym-of-initials"):
        _fold_acronyms(reg, into)
    if on("unnamed-holder-is-the-named-one"):
        _fold_unnamed_holders(reg, into)
    if on("state-form-is-government"):
        _fold_state_forms(reg, into)
    if on("bare-head-is-named-body"):
        _fold_bare_heads(reg, into)
    if on("shortened-body-name"):
        _fold_shortened_names(reg, into)
    if not into:
        return

    def moved(a: MActor | None) -> MActor | None:
        return into.get(a.idx, a) if a is not None else None

    out.speakers = [moved(a) for a in out.speakers]
    out.relays = [moved(a) for a in out.relays]
    out.targets = [moved(a) for a in out.targets]
    out.embedded = [moved(a) for a in out.embedded]
    out.cited = [frozenset(into[i].idx if i in into else i for i in c) for c in out.cited]
    for a in reg.actors:
        if a.affiliation in into:
            a.affiliation = into[a.affiliation].idx


def _embedded_speaker(reg: Registry, phrase: str) -> MActor | None:
    d = describe(phrase, reg.places)
    if d.kind == "person" and not d.named and d.role:
        key = d.role.split()[-1]
        for a in reg.actors:
            if a.kind == "person" and a.named and a.role and key in a.role.split():
                if norm(phrase) not in a.keys():
                    a.aliases.append(phrase)
                return a
    return reg.resolve(phrase, speaking=False)


def _holds_head(a: MActor, head: str) -> bool:
    """The actor's name or an alias is the head, or holds it as a word."""
    for x in (a.name, *a.aliases):
        xl = x.lower()
        if head in xl and (head == xl or head in xl.split()):
            return True
    return False


def target_actor(reg: Registry, target: str, speaker: MActor | None) -> MActor | None:
    """The actor whose account a denial or confirmation answers, when its object names one."""
    t = target.strip()
    m = re.search(r"\bby\s+(.+)$", t)
    phrase = None
    if m:
        phrase = m.group(1)
    else:
        m2 = re.match(r"^(.+?)'s\s+(?:own\s+)?\w+", t)
        if m2:
            phrase = m2.group(1)
    if not phrase:
        return None
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I)
    d = describe(phrase, reg.places)
    if d.kind == "definite" or len(phrase.split()) == 1:
        head = (d.head or phrase).lower()
        # (a name holds the head as a word, or is it, only where it holds its letters: the
        # split is done for those alone)
        cands = [a for a in reg.actors if _holds_head(a, head)]
        if speaker is not None and speaker.place is not None:
            same = [a for a in cands if a.place == speaker.place]
            cands = same or cands
        if cands:
            return max(cands, key=lambda a: a.last_seen)
    found = reg.find_existing(d)
    if found is None and d.kind == "person" and d.named:
        return reg.resolve(phrase, speaking=False)
    return found


def root(reg: Registry, a: MActor | None) -> int | None:
    """The top of an actor's affiliation chain: the side it speaks for."""
    seen: set[int] = set()
    cur = a
    while cur is not None and cur.idx not in seen:
        seen.add(cur.idx)
        if cur.affiliation is None:
            return cur.idx
        cur = reg.actors[cur.affiliation]
    return cur.idx if cur is not None else None
