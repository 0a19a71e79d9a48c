"""Affiliation chains and countries: spokeswoman -> ministry -> government."""

from __future__ import annotations

import re

from . import lexicon
from .actor import MActor
from .describe import (
    _GENERIC_MEDIA,
    _OF_THE_STATE,
    _ROLE_GENERIC,
    _ROLE_HEADS,
    _STATE_OUTLET,
    describe,
)
from .names import (
    _is_org_word,
    _is_title,
    _words,
    norm,
    strip_det,
)
from .places import Place
from .roles import (
    _GOV_HEADS,
    Desc,
    _demonym,
    _is_gov_org,
    _known_media,
    _other_field,
    _place_in,
    _unlocated,
    role_head,
)
from .rules import on
from .states import StateNames
from .turns import names_a_body

# Titles of a newsroom and of a company's head: their body is the outlet or firm met before.
_NEWSROOM = frozenset(
    "editor chief editor-in-chief correspondent reporter columnist publisher anchor "
    "news editor managing editor".split()
)
_EXECUTIVES = frozenset(
    ("chief executive", "ceo", "managing director", "chief operating officer", "founder")
)


def _opens_sentence(text: str, p: int) -> bool:
    """The words at p open their sentence (a determiner aside): `Indonesia's trade ministry was
    unimpressed.`, `The ministry declined`."""
    head = text[max(0, p - 6) : p]
    head = re.sub(r"(?:[Tt]he|[Aa]n?)\s*$", "", head).rstrip(" ")
    return p == 0 or not head or head[-1:] in '.!?\n"”'


# where a sentence begins, looking back: after a full stop and space, or a line break
_SENTENCE_BREAK = re.compile(r"(?:[.!?][\"'”’)]?\s+|\n+)")
_LEAD_DETS = ("The ", "the ", "A ", "a ", "An ", "an ")


def _without_det(s: str) -> str:
    """The words after a leading article (`The Courier` -> `Courier`)."""
    for d in _LEAD_DETS:
        if s.startswith(d):
            return s[len(d) :].lstrip()
    return s


# a name of capitalised words (with `of`, `de`, `du`, `&` inside) and then a verb
_NAME_RUN = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|de|du|del|la|the|&|and)\s+)?[A-Z][\w'’.-]*)*+"
    r"(?=(?:\s+\([A-Z]{2,}\))?\s+[a-z])"
)


def _sentence_begin(text: str, at: int) -> int:
    """Where the sentence holding `at` begins (looking back no further than 600 characters)."""
    start = max(0, at - 600)
    for m in _SENTENCE_BREAK.finditer(text, start, at):
        start = m.end()
    return start


# Head nouns of the bodies `its spokesperson` may belong to when named just before.
_ITS_HEADS = ("ministry", "department", "office", "agency", "embassy", "commission", "company")


# a minister under the minister of her ministry: `deputy energy minister`, `state minister`
_JUNIOR_MINISTER = re.compile(r"\b(?:deputy|vice|state|assistant|junior)\b")

# Titles of a state body's officials that do not say which body: `Secretary General`,
# `Additional Secretary`, `Trade counsellor`, `State minister`, `head of press`.
_STATE_TITLE = re.compile(
    r"\b(?:secretary|undersecretary|under-secretary|counsellor|counselor|attach[eé]|"
    r"state minister|head of press|press officer)\b"
)

# Posts of a state's government whose holder answers to the government itself.
# `the Czech transport minister, ` / `the Polish deputy minister responsible for roads, `
# right before a name: a state's adjective and a title
_STATE_TITLE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?P<role>[A-Z][\w'’-]+\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*),\s+"
    r"(?:[A-Z][\w'’.-]+\s+){0,2}$"
)
_ITS_TITLE_BEFORE = re.compile(
    r"\b[Ii]ts\s+(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+(?:[A-Z][\w'’.-]+\s+){0,2}$"
)
_GOVERNMENT_POST = re.compile(r"\b(?:minister|prime minister|president|premier|chancellor)$")
# A cabinet post named by its portfolio (`foreign secretary`, `interior minister`)
_CABINET_PORTFOLIO = re.compile(
    r"^(?:foreign|home|interior|finance|defen[cs]e|economy|trade|justice|health|education|"
    r"energy|agriculture|transport|foreign affairs)\s+(?:secretary|minister)$"
)
# the spokesman of a head of state or government, and the office that head works from
_HEAD_SPOKESMAN = re.compile(
    r"\b(?:PM|prime\s+minister|premier|president)['’]s\s+(?:official\s+|chief\s+|deputy\s+)?"
    r"(?:spokes\w+|press\s+secretary|press\s+officer)",
    re.I,
)
# an aide of a head of state or government, by the head he serves
_HEAD_AIDE = re.compile(
    r"\b(?:adviser|advisor|assistant|aide|spokes\w+|press\s+secretary)\s+to\s+(?:the\s+)?"
    r"(?:President|Prime\s+Minister|Vice[- ]President|PM)\b",
    re.I,
)
# `President on Media` beside the role `special adviser`: the head, first in the hint
_HEAD_NAMED = re.compile(r"(?:the\s+)?(?:President|Prime\s+Minister|PM)\b")
_HEAD_OFFICE = re.compile(
    r"^(?:the\s+)?(?:Downing\s+Street|No\.?\s?10|Number\s+10|White\s+House|State\s?House|"
    r"Presidency|Prime\s+Minister['’]s\s+Office|President['’]s\s+Office|Presidential\s+Office|"
    r"PMO|Malaca\w+(?:\s+Palace)?|Aso\s+Rock(?:\s+Villa)?|Kremlin|Kantei|Blue\s+House)$",
    re.I,
)
_THE_GOVERNMENT = re.compile(
    r"(?:(?:senior|top|high-ranking|junior|current)\s+)*(?:government|administration)"
)


def _commentator(a: MActor) -> bool:
    """A person whose role is a commentator's trade (`analyst`, `economist`): no member of the
    government of the state she is placed in."""
    if a.kind != "person" or not a.role:
        return False
    roles = lexicon.words("bystander_roles.txt")
    return any(w in roles for w in re.findall(r"[a-z]+", a.role.lower()))


def _lower_field(phrase: str, place: Place) -> bool:
    """`South Korean fisheries`: a state and a field in lower case, no body (`ministry`) and no
    capitalised name (`Foreign Affairs`)."""
    rest = phrase
    for form in sorted(place.forms, key=len, reverse=True):
        rest = rest.replace(form, " ")
    words = _words(rest)
    return bool(words) and not any(w[:1].isupper() or _is_org_word(w) for w in words)


# a body's name: capitalised words, joined by `of`, `for`, `and`, `&`, `de`, and by commas when
# the name runs to a `;`, a full stop or a line's end (`Department for Environment, Food and
# Rural Affairs`)
_BODY_WORD = r"(?:[A-Z][\w'’&-]*(?:\.(?!\s+[A-Z]|\s*$))?|&)"
_BODY_JOIN = r"(?:\s+(?:of|for|and|the|de|del|du|da|do|on)\s+|\s+|,\s+(?=[A-Z]))"
_BODY_RUN = rf"{_BODY_WORD}(?:{_BODY_JOIN}{_BODY_WORD})*"
# `(Deputy Minister, Department of Fisheries and Oceans):`, `(HARIAN NUSANTARA):`
_BRACKET_BODY = re.compile(r"\s*\(([^()\n]{3,150})\)\s*:")
# `, Chief Executive, Shetland Pelagic Skippers' Group;`
_TITLE_COMMA_BODY = re.compile(
    r",\s+[A-Z][\w-]*(?:\s+(?:(?:of|for)\s+)?[A-Z][\w-]*){0,5},\s+(?:the\s+)?"
    rf"({_BODY_RUN})"
    r"\s*(?=;|\.(?:\s|$)|\n|$)"
)
# `, a trade economist with the Perth consultancy Harbourline Analytics`
_ROLE_WITH_BODY = re.compile(
    r",\s+(?:an?|the)\s+(?P<role>(?:[a-z][\w-]*\s+){1,4}?)(?P<prep>with|at|for|of)\s+(?:the\s+)?"
    rf"(?:(?:[A-Z][\w-]*\s+)?[a-z][\w-]*\s+){{0,2}}(?P<body>{_BODY_RUN})(?![\w'’&-])"
    r"(?=\s*(?:$|[a-z,.;:(\n]))"
)


_BESIDE_WINDOW = 20_000  # characters either side of a person's first mention
# a turn label in brackets whose turn, to its line's end, is a question
_ASKING_TURN = re.compile(r"\s*\([^()\n]{3,150}\)\s*:[^\n]*\?[\s\"”]*(?:\n|$)")
_LEAD_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mx|Sir|Dame)\.?\s")


def _body_name_ok(phrase: str) -> str | None:
    """A body's name of two words or more, in capitals or title case, tidied."""
    phrase = phrase.strip().rstrip(",")
    if phrase.endswith(".") and phrase.split()[-1].lower() not in lexicon.words("company_ends.txt"):
        phrase = phrase[:-1]  # `Skippers' Group.` ends its sentence; `Ltd.` keeps its stop
    if len(phrase.split()) < 2 or len(phrase) > 90:
        return None
    if phrase.isupper():
        joins = ("of", "for", "and", "the", "de", "del", "du", "da", "do", "on")
        phrase = " ".join(
            w.lower() if w.lower() in joins else w.capitalize() for w in phrase.split()
        )
    return phrase


def _portfolio(m: re.Match[str]) -> bool:
    """`the minister of Public Works`: a title whose `of`/`for` names a portfolio, no body."""
    words = m.group("role").split()
    if not words or m.group("prep") not in ("of", "for"):
        return False
    last = words[-1].lower()
    # `a member of the National Assembly, X`: a house he sits in, not a body he speaks for
    return last in lexicon.words("portfolio_titles.txt") or (
        m.group("prep") == "of" and last in lexicon.words("member_nouns.txt")
    )


def _bodies_beside(after: str) -> list[str]:
    """The body names written beside a person's name, given the words after it."""
    found: list[str] = []
    m = _BRACKET_BODY.match(after)
    if m is not None and on("body-in-label-brackets"):
        inside = m.group(1)
        body = inside.split(",", 1)[-1] if "," in inside and not inside.isupper() else inside
        titled = any(w.lower() in lexicon.words("titles.txt") for w in inside.split())
        if (body == inside and not titled) or (body != inside and names_a_body(body)):
            # `(Minister for Trade, Industry and Tourism)`: fields of a portfolio, no body
            found.append(body)
    m = _TITLE_COMMA_BODY.match(after)
    if m is not None and on("body-after-office"):
        found.append(m.group(1))
    m = _ROLE_WITH_BODY.match(after)
    if m is not None and not _portfolio(m) and on("body-after-role-preposition"):
        found.append(m.group("body"))
    leads = lexicon.alternation("body_lead_verbs.txt")
    m = re.match(rf",\s+who\s+(?:{leads})\s+(?:the\s+)?({_BODY_RUN})(?![\w'’&-])", after)
    if m is not None and on("body-the-person-leads"):
        found.append(m.group(1))
    return [p for f in found if (p := _body_name_ok(f)) is not None]


class Affiliations(StateNames):
    """The end of the article: what each actor belongs to, and its country."""

    def finish(self) -> None:
        """Resolve affiliations: spokeswoman -> ministry -> government."""
        k = 0
        limit = 2 * len(self.actors) + 16  # actors made here are resolved too, a bounded number
        while k < len(self.actors) and k < limit:
            a = self.actors[k]
            k += 1
            if a.kind == "government" or a.affiliation is not None:
                continue
            target: MActor | None = None
            hint = a.aff_hint
            if (
                a.kind == "person"
                and (
                    _HEAD_AIDE.search(" ".join([hint or "", a.role or ""]))
                    or (
                        _HEAD_NAMED.match(hint or "")
                        and re.search(r"(?:adviser|advisor|assistant|aide)$", a.role or "", re.I)
                    )
                )
                and (office := self._office_of_head(a)) is not None
                and on("head-aide-office")
            ):
                # `Senior Special Assistant to the President on Media and Publicity, X`: the
                # office of the head the aide serves (`The Presidency`), no body named `Media`
                target, hint = office, None
            if hint == "its":
                hint = None
                target = self._body_just_before(a)
            if (
                hint
                and hint.split()[0].lower() in lexicon.words("title_modifiers.txt")
                and hint.split()[0][:1].isupper()
                and on("title-is-no-body")
            ):
                # `Assistant Secretary-General for Political Affairs`: a post, no body by that name
                hint = None
            if hint:
                hint, city = _unlocated(hint, self.places)
                if city is not None and a.kind == "person" and a.place is None and city.code:
                    a.spoke_in = a.spoke_in or city.code  # a country for her, weaker than one named
                h = strip_det(hint).strip()
                if (
                    " " not in h
                    and h[:1].isupper()
                    and h[1:].islower()
                    and _is_org_word(h.lower())
                    and on("capital-generic-body")
                ):
                    # `Ministry spokeswoman X` opening a sentence: the ministry met before,
                    # not a body called `Ministry`
                    h = hint = h.lower()
                hd = describe(hint, self.places)
                if _THE_GOVERNMENT.fullmatch(h.lower()):
                    # `a senior administration official`: of the government, no body named
                    h, hd = "government", Desc("found", "government")
                if hd.kind == "definite" and h[:1].isupper():
                    # `The Ledger's editor` after `the weekly The Harbour Ledger`
                    hd = _known_media(h, self.places) or hd
                if (
                    hd.kind == "person"
                    and hd.named
                    and hd.role
                    and len(hd.name.split()) >= 2
                    and on("titled-person-affiliation")
                ):
                    # `Prime Minister Nikol Pashinyan's spokeswoman, X`: she speaks for the
                    # titled person, no body named after him
                    person = self.find_existing(hd) or self._new(hd)
                    if person.kind == "person" and person is not a:
                        target, hd = person, Desc("found", person.name)
                if hd.kind == "person" and hd.named:
                    # an affiliation is an organisation: `Russian Foreign Affairs`
                    hd = Desc("organisation", h, [hint], place=_place_in(h, self.places))
                if not re.search(r"[A-Z]", h) and hd.kind in ("organisation", "media"):
                    # `ministry spokeswoman`: the ministry met last
                    head = h.split()[-1].lower()

                    def all_words(x: MActor) -> bool:
                        return (
                            x.kind in ("organisation", "media")
                            and x is not a  # noqa: B023 - called at once
                            and all(
                                w in norm(x.name + " " + " ".join(x.aliases)).split()
                                for w in norm(h).split()  # noqa: B023 - called at once
                            )
                        )

                    def head_word(x: MActor) -> bool:
                        return (
                            x.kind in ("organisation", "media")
                            and x is not a  # noqa: B023 - called at once
                            and head in norm(x.name).split()  # noqa: B023 - called at once
                            # `commerce ministry` is not the trade ministry met before
                            and not _other_field(norm(h), norm(x.name))  # noqa: B023 - called at once
                        )

                    # the one met last before the speaker appeared, else the one met last;
                    # first among those that had spoken by then (`Ghana's foreign ministry
                    # rejected ... citing officials at Nigeria's foreign ministry ... ministry
                    # spokeswoman X`: Ghana's)
                    bodies = ("organisation", "media")

                    def had_spoken(x: MActor) -> bool:
                        return x.first_spoke is not None and x.first_spoke <= a.born  # noqa: B023 - called at once

                    spoken = self._recent_then(
                        lambda x: all_words(x) and had_spoken(x), a.born, bodies
                    )
                    prior = (
                        spoken
                        or self._recent_then(all_words, a.born, bodies)
                        or self._recent_then(head_word, a.born, bodies)
                    )
                    if a.pos >= 0 and spoken is None:
                        # or one the text names before the speaker without quoting it
                        # (`X's maritime ministry gave a different account. A ministry
                        # spokesman, Y, said`), whichever stands nearer
                        in_text = self._org_in_text(norm(h).split(), a.pos)
                        if in_text is not None and (
                            prior is None or self._met_before(prior, a.pos) < in_text[0]
                        ):
                            prior = self._org_at(in_text)
                    prior = (
                        prior or self._recent(all_words, bodies) or self._recent(head_word, bodies)
                    )
                    if prior is None and head in (
                        "company",
                        "firm",
                        "group",
                        "organisation",
                        "organization",
                    ):

                        def firm(x: MActor) -> bool:
                            return (
                                x.kind == "organisation"
                                and x.speaker
                                and x is not a  # noqa: B023 - called at once
                                and not _GOV_HEADS.intersection(norm(x.name).split())
                                and "office" not in norm(x.name).split()
                            )

                        # the company met last before the speaker, not a state body
                        prior = self._recent_then(firm, a.born, ("organisation",)) or self._recent(
                            lambda x: x.kind == "organisation" and x.speaker and x is not a,  # noqa: B023 - called at once
                            ("organisation",),
                        )
                    if prior is None and head in _GENERIC_MEDIA:
                        prior = self._recent_then(
                            lambda x: x.kind == "media" and x is not a,  # noqa: B023 - called at once
                            a.born,
                            ("media",),
                        ) or self._recent(lambda x: x.kind == "media" and x is not a, ("media",))  # noqa: B023 - called at once
                    if prior is not None:
                        hd = Desc("found", prior.name)
                        target = prior
                    elif len(h.split()) < 2:
                        hd = Desc("found", h)
                if hd.kind == "found":
                    pass
                elif hd.kind == "government" and hd.place is not None:
                    target = self._ministry_for(a, hd.place) or self.government(hd.place)
                elif (
                    hd.kind == "organisation" and hd.place is not None and _lower_field(h, hd.place)
                ):
                    # `a South Korean fisheries official`: a field of the state, no body named
                    target = self._ministry_for(a, hd.place) or self.government(hd.place)
                elif hd.kind in ("organisation", "media"):
                    target = self.find_existing(hd)
                    if target is None and (
                        len(h) > 2
                        # `UN spokesman X`: a two-letter body the reference data names
                        or (hd.name != h and on("known-two-letter-body"))
                    ):
                        state = None
                        if hd.place is None and not re.search(r"[A-Z]", h) and _is_gov_org(h):
                            # `foreign ministry spokeswoman` after `Vietnam rejected ...`: the
                            # ministry of the state spoken of when she first appeared
                            state = self._state_then(a)
                        if state is not None:
                            adj = _demonym(state)
                            hd = Desc("organisation", f"{adj} {h}" if adj else h, [h], place=state)
                            target = self.find_existing(hd) or self._new(hd)
                        else:
                            target = self._new(hd)
                            if re.match(r"(?:an?|one)\s", hint, re.I) and on("indefinite-body"):
                                # `X, who runs an agency in Fier`: a business of its own, no
                                # body of the state the text spoke of last
                                target.stateless = True
                elif hd.kind == "definite":
                    if _is_org_word(hd.head or "") and on("definite-body-met-before"):
                        # `a senior official at the ministry`: the body with those words met
                        # last before the speaker appeared, not one the text meets later
                        target = self._body_then(a, h)
                    target = target or self._definite(
                        hd, org_of=a if _is_org_word(hd.head or "") else None
                    )
                    if target is None and (hd.head or "") == "government":
                        target = self._recent(lambda x: x.kind == "government", ("government",))
                    elif target is None and _is_org_word(hd.head or ""):
                        head_noun = hd.head or ""
                        target = self._recent(
                            lambda x: x.kind == "organisation" and head_noun in x.name.lower(),  # noqa: B023 - called at once
                            ("organisation",),
                        )
                        in_text = None
                        if target is None and a.pos >= 0:
                            in_text = self._org_in_text(norm(h).split(), a.pos)
                        if target is None and in_text is not None:
                            # `the trade union Dignité ... the general secretary of the union`
                            target = self._org_at(in_text)
                        if target is None and len(h.split()) >= 2:
                            # `the head of the national statistics agency`: named by its field
                            target = self._new(
                                Desc("organisation", h, [], place=_place_in(h, self.places))
                            )
                elif hd.kind == "person" and hd.place is not None:
                    target = self.government(hd.place)
                if target is None and h.lower() in ("government",):
                    # `government spokeswoman`: the government the text spoke of at her first
                    # mention, not one named later in the article
                    if a.gov_then is not None:
                        target = self.actors[a.gov_then]
                    else:
                        target = self._recent(lambda x: x.kind == "government", ("government",))
                if (
                    city is not None
                    and target is not None
                    and target.kind == "organisation"
                    and target.country is None
                ):
                    target.country = city.code  # `a researcher at X in Ulaanbaatar`: X is there
            if (
                target is None
                and a.kind == "person"
                and a.named
                and a.pos >= 0
                and on("body-beside-name")
            ):
                # `Ms. X (Deputy Minister, Department of Fisheries and Oceans):`, `X, Chief
                # Executive, Shetland Pelagic Skippers' Group;`, `X, a trade economist with the
                # consultancy Y Analytics`, `X, who chairs the Y Collective`, `A lawyer for Y,
                # X,`: the body written beside the person's full name
                target = self._body_beside_name(a)
            if target is None and a.kind == "organisation" and _OF_THE_STATE.match(a.name):
                # `the state's tourism office`: a body of the federated state the text calls
                # `the state`
                target = next((x for x in self.actors if x is not a and "state" in x.keys()), None)
            if target is None and a.kind == "person" and a.role:
                target = self._org_of_role(a) or self._org_of_portfolio(a) or self._employer(a)
            if target is None and a.kind == "person" and on("head-spokesman-office"):
                # `The PM's official spokesman`, `the President's press secretary`: the office
                # of the head he speaks for, when the text names it (`Downing Street`)
                target = self._head_office(a)
            if target is None and a.place is not None and a.kind != "media":
                pl = self.places.places.get(a.place)
                if pl is not None and a.kind == "organisation" and self._private_company(a):
                    pl = None
                if pl is not None and _commentator(a) and on("commentator-no-state"):
                    pl = None  # `an analyst at a Jakarta brokerage`: of no government
                if pl is not None:
                    if a.kind == "person":
                        target = self._ministry_for(a, pl) or self.government(pl)
                    else:
                        target = self.government(pl)
            if (
                target is None
                and a.kind == "person"
                and a.named
                and a.place is None
                and _GOVERNMENT_POST.search(a.role or "")
                and not _JUNIOR_MINISTER.search(a.role or "")
                and (home := self.home_state(a)) is not None
                and on("dateline-state-minister")
            ):
                # `ISLAMABAD: Federal Information Minister X has dismissed ...`: a minister with
                # no state named, met in the datelined lede, sits in the dateline state's
                # government (a deputy sits in his ministry)
                target = self.government(home)
            if (
                target is None
                and a.kind == "person"
                and a.named
                and a.pos >= 0
                and on("state-title-apposition")
            ):
                # `a thread by the Czech transport minister, Radek Hruby`, then `Radek Hruby`
                # speaking on his own: the office and state written before his name elsewhere
                target = self._state_title_before(a)
            if (
                target is None
                and a.kind == "person"
                and a.role
                and a.named
                and on("office-of-subject-before")
            ):
                # `Slovakia's Ministry of Transport says ... "...," said X, the state
                # secretary`: an office with no body of its own is of the body the sentence
                # before is about
                target = self._subject_just_before(a, create=False)
                if (
                    target is not None
                    and target.kind == "media"
                    and role_head(a.role) not in _NEWSROOM
                    and on("office-fits-outlet")
                ):
                    # `The Daily Sentinel reported ... The Finance Minister, X, said`: an outlet
                    # the sentence before is about employs editors, not ministers
                    target = None
            if (
                target is None
                and a.kind == "person"
                and a.role
                and any(w in (a.role or "") for w in ("spokes", "director", "official"))
                and a.named
            ):
                target = self._recent(
                    lambda x: x.kind == "organisation" and x.speaker and x.last_seen < a.last_seen,  # noqa: B023 - called at once
                    ("organisation",),
                )
            if (
                target is None
                and a.kind == "person"
                and a.named
                and _STATE_TITLE.search(a.role or "")
                and on("titled-official-body-before")
            ):
                # `Secretary General X told Reuters`, `Trade counsellor X`: an official titled
                # with no body named speaks for the state body met last before him
                target = self._recent_then(
                    lambda x: (
                        x.kind == "organisation"
                        and x is not a  # noqa: B023 - called at once
                        and bool(_GOV_HEADS.intersection(norm(x.name).split()))
                    ),
                    a.born,
                    ("organisation",),
                )
            if target is None and a.kind == "person" and a.named and a.pos >= 0:
                # `Foreign Ministry Spokesperson Talia Renko's Regular Press Conference`, then
                # `Talia Renko: ...`: a spokesperson of the state body the text named before
                if a.role is None:
                    a.role = self._role_in_text(a)
                if a.role and "spokes" in a.role:
                    found = [
                        f
                        for h in sorted(_GOV_HEADS)
                        if (f := self._org_in_text([h], a.pos)) is not None
                        and re.search(r"[A-Z]", f[1])  # a body by name, not `the trade ministry`
                    ]
                    if found:
                        target = self._org_at(max(found))
                        # its state is not known from where the reading stands now
                        target.stateless = target.place is None
            if (
                target is None
                and a.kind == "organisation"
                and not a.stateless
                and any(h in norm(a.name).split() for h in _GOV_HEADS)
            ):
                state = self.home_state(a) or self._home_unless_spoken(a) or self._state_then(a)
                if state is not None:
                    target = self.government(state)
                else:
                    target = self._recent(lambda x: x.kind == "government", ("government",))
            if (
                target is None
                and a.kind == "media"
                and any(_STATE_OUTLET.search(x) for x in (a.name, *a.aliases))
            ):
                # `State news agency KTA`: a state's outlet; with no adjective, the state the
                # story leads with
                pl = self.places.places.get(a.place or "")
                if pl is not None:
                    target = self.government(pl)
                else:
                    govs = [x for x in self.actors if x.kind == "government" and x.speaker]
                    target = min(govs, key=lambda x: x.pos if x.pos >= 0 else 1 << 60, default=None)
            if (
                a.kind == "person"
                and "ambassador" in (a.role or "")
                and (target is None or target.kind == "government")
            ):
                # `the Russian ambassador` where the text names the Russian Embassy: his embassy
                target = self._embassy_of(a) or target
            if (
                target is not None
                and target.kind == "person"
                and a.kind == "person"
                and role_head(a.role) in _NEWSROOM
                and len(target.name.split()) == 1
                and on("newsroom-body-is-outlet")
            ):
                # `X, Ljosvik's news editor`: a one-word name that employs an editor is an outlet
                target.kind = "media"
            home = self.places.home()
            if (
                target is not None
                and target.kind == "organisation"
                and a.place is None
                and not any(self.places.find(w) for w in (a.role or "").split())
                and home is not None
                and home.code
                and target.country
                and target.country != home.code
                and _CABINET_PORTFOLIO.match((a.role or "").lower())
                and on("cabinet-title-of-dateline-state")
            ):
                # `MEXICO CITY (AP) - ... The U.S. State Department said ... Foreign
                # Secretary Laura Mendez said`: a cabinet title with no state named is the
                # dateline state's, not that of another state's body spoken of before
                target = self.government(home)
            if target is not None and target is not a:
                a.affiliation = target.idx
        self._ministers_to_government()
        for a in self.actors:
            if a.country is None:
                seen = set()
                cur: MActor | None = a
                while cur is not None and cur.idx not in seen:
                    seen.add(cur.idx)
                    if cur.country:
                        a.country = cur.country
                        break
                    cur = self.actors[cur.affiliation] if cur.affiliation is not None else None
                if a.country is None and a.spoke_in is not None and not self._intl(a):
                    a.country = a.spoke_in
        self._dateline_outlet()
        if self.ties:
            self._outlet_countries()
            for a in self.actors:
                # an outlet's staff: `its editor, X`
                aff = self.actors[a.affiliation] if a.affiliation is not None else None
                if a.country is None and aff is not None and aff.kind == "media" and aff.country:
                    a.country = aff.country
        self._party_states()
        self._canonical_names()
        self._state_forms()

    def _state_title_before(self, a: MActor) -> MActor | None:
        """`the Czech transport minister, Radek Hruby`: a state's title in apposition before
        the person's full name, anywhere in the text; its ministry of that field when the text
        has one, else the state's government."""
        text = self.places.text
        at = text.find(a.name)
        looks = 8  # the first few mentions: a long page names a person many times
        while at > 0 and looks > 0:
            looks -= 1
            m = _STATE_TITLE_BEFORE.search(text, max(0, at - 90), at)
            its = _ITS_TITLE_BEFORE.search(text, max(0, at - 60), at) if m is None else None
            if (
                its is not None
                and _is_title(its.group("role").split()[-1].lower())
                and on("its-state-subject")
                and (state := self._state_opening(a, its.start())) is not None
            ):
                # `Valdor's government confirmed that its foreign minister, Anneke Brol, had`
                if a.role is None:
                    a.role = its.group("role").lower()
                return state
            if m is not None:
                role = m.group("role")
                words = role.split()
                place = self.places.find(re.sub(r"['’]s$", "", words[0]))
                if place is not None and any(_is_title(w.lower()) for w in words[1:]):
                    if a.role is None:
                        a.role = " ".join(words[1:]).lower()
                    if a.country is None and place.code:
                        a.country = place.code
                    ministries = [
                        x
                        for x in self.actors
                        if x.kind == "organisation"
                        and x.place == place.key
                        and "ministry" in norm(x.name).split()
                    ]
                    return (
                        self._ministry_for(a, place)
                        or (ministries[0] if len(ministries) == 1 else None)
                        or self.government(place)
                    )
            at = text.find(a.name, at + len(a.name))
        return None

    def _body_then(self, a: MActor, h: str) -> MActor | None:
        """The organisation whose names hold every word of h, met last before a appeared."""
        want = norm(h).split()

        def fits(x: MActor) -> bool:
            if x is a or x.kind != "organisation":
                return False
            words = set(norm(" ".join([x.name, *x.aliases])).split())
            return all(w in words for w in want)

        return self._recent_then(fits, a.born, ("organisation",))

    def _private_company(self, a: MActor) -> bool:
        """`Lenovo Group`, `Talisman Energy Inc.`: a company by its name's last word, with no
        state or `national` in its name, answers to no government (rule
        `company-no-state`)."""
        words = a.name.replace(",", " ").split()
        if len(words) < 2 or not on("company-no-state"):
            return False
        last = words[-1].lower()
        if last not in lexicon.words("company_ends.txt"):
            return False
        return not any(
            w.lower() in ("national", "state", "state-owned", "federal", "public")
            or self.places.find(w) is not None
            for w in words
        )

    def _home_unless_spoken(self, a: MActor) -> Place | None:
        """`LIMA - ...` then, paragraphs on, `the Department of Harbours`: a bare state
        body anywhere in a datelined text is the dateline state's, unless a government had
        spoken before it appeared (then rule `body-of-speaking-state` reads it)."""
        if a.place is not None or not on("dateline-state-body-anywhere"):
            return None
        home = self.dateline_state() if on("dateline-state-body") else None
        if home is None:
            return None
        spoke = self._recent_then(
            lambda x: x.kind == "government" and x.speaker and x.place is not None,
            a.born,
            kinds=("government",),
        )
        return home if spoke is None else None

    def _dateline_outlet(self) -> None:
        """`Tehran - Pars News - The spokesman ...`: the outlet credited in the dateline is of
        the dateline's state."""
        home = self.places.home()
        if home is None or not home.code or not on("dateline-outlet"):
            return
        head = [x.strip() for x in re.split(r"\s[-–—]\s", self.places.dateline)]
        credit = re.match(r"^[^(\n]{2,60}\(([^()\n]{2,40})\)\s*[-–—]", self.places.dateline)
        for a in self.actors:
            if a.kind == "media" and a.country is None and a.name in head[1:3]:
                a.country = home.code
            elif (
                a.kind == "media"
                and credit is not None
                and norm(credit.group(1)) in a.keys()
                and not any(
                    k in lexicon.media_index() for k in (a.name.lower(), norm(a.name), a.name)
                )
                and on("dateline-credit-outlet")
            ):
                # `BOGOTA, Sept 15 (Andes Wire) -`: the wire credited is of the dateline's
                # state, whoever spoke to it later
                a.country = home.code

    def _ministers_to_government(self) -> None:
        """A minister sits in the government: one level up from `Agriculture Minister X` is
        the state's government, not the ministry she heads (a spokeswoman's is the ministry)."""
        if on("minister-heads-ministry"):
            # `Transport Minister X` where the text names the transport ministry: gold and
            # reading agree more often that she belongs to the ministry she heads
            return
        for a in self.actors:
            role = (a.role or "").lower()
            if a.kind != "person" or not re.search(r"\bminister$", role) or a.affiliation is None:
                continue
            if _JUNIOR_MINISTER.search(role) and on("deputy-minister-in-ministry"):
                continue  # `deputy energy minister`: of the ministry, under its minister
            body = self.actors[a.affiliation]
            if body.kind != "organisation" or "ministry" not in norm(body.name).split():
                continue
            gov = self.actors[body.affiliation] if body.affiliation is not None else None
            if gov is not None and gov.kind == "government":
                a.affiliation = gov.idx

    def _embassy_of(self, person: MActor) -> MActor | None:
        """The embassy of the ambassador's state that the text names, nearest to him."""
        if person.place is None:
            return None
        found = [
            (abs(p - person.pos), p, phrase)
            for p, phrase, _ in self.places.org_mentions("embassy")
            if (pl := _place_in(phrase, self.places)) is not None and pl.key == person.place
        ]
        if not found:
            return None
        _, p, phrase = min(found)
        return self._org_at((p, phrase))

    def _employer(self, person: MActor) -> MActor | None:
        """`editor-in-chief X` after the outlet stood by its story: the outlet met last before
        her; `chief executive X`: the company met last before him (no state body)."""
        role = (person.role or "").lower()
        if person.place is not None or not role:
            return None
        head = role_head(role)
        if head in _NEWSROOM or role in _NEWSROOM:
            return self._recent_then(lambda x: x.kind == "media", person.born, ("media",))
        if role in _EXECUTIVES:

            def firm(x: MActor) -> bool:
                return x.kind == "organisation" and not _GOV_HEADS.intersection(
                    norm(x.name).split()
                )

            return self._recent_then(firm, person.born, ("organisation",))
        return None

    def _intl(self, a: MActor) -> bool:
        """True when an actor belongs to an international body (a known one with no state)."""
        seen: set[int] = set()
        cur: MActor | None = a
        while cur is not None and cur.idx not in seen:
            seen.add(cur.idx)
            inst = lexicon.institution_index().get(cur.name.lower())
            if inst is not None and inst.country is None:
                return True
            cur = self.actors[cur.affiliation] if cur.affiliation is not None else None
        return False

    def _body_just_before(self, a: MActor) -> MActor | None:
        """`La Voz stood by its story. "...," its editor, X, wrote`: the organisation or outlet
        that spoke just before the person (within a few sentences)."""

        def near(x: MActor) -> bool:
            if x is a or x.kind not in ("organisation", "media") or not x.speaker:
                return False
            before = self._met_before(x, a.pos)
            return before >= 0 and a.pos - before < 400

        if a.pos < 0:
            return None
        subject = self._subject_just_before(a)
        if subject is not None:
            return subject
        if on("its-state-subject"):
            # `Valdor's government confirmed that its foreign minister, X, had travelled`:
            # `its` of the state that opens the person's own sentence
            state = self._state_opening(a, a.pos)
            if state is not None:
                return state
        spoke = self._recent_then(near, a.born, ("organisation", "media"))
        if on("its-body-named-last"):
            # `Indonesia's trade ministry was unimpressed. Its spokesperson, X, said`: a body
            # the text names after the last one that spoke, in the sentences just before
            since = self._met_before(spoke, a.pos) if spoke is not None else a.pos - 400
            named = [
                (p, phrase)
                for head in _ITS_HEADS
                for p, phrase, _ in self.places.org_mentions_near(head, a.pos - 400, a.pos)
                if since < p < a.pos and _opens_sentence(self.places.text, p)
            ]
            if named:
                hd = describe(max(named)[1], self.places)
                if hd.kind in ("organisation", "media"):
                    body = self.find_existing(hd) or self._new(hd)
                    if body is not a:
                        return body
        return spoke

    def _body_beside_name(self, a: MActor) -> MActor | None:
        """The organisation or outlet a person's full name is written beside (rule
        `body-beside-name`): in a label's brackets, an apposition of office and body, `a ROLE
        with/at/for BODY` or `who chairs BODY` after the name."""
        text = self.places.text
        if len(a.name.split()) < 2:
            return None
        # the name's mentions near where the person was first met: a bounded window, so that a
        # page with thousands of named people is not read once per person
        lo, hi = max(0, a.pos - _BESIDE_WINDOW), a.pos + _BESIDE_WINDOW
        for k, m in enumerate(re.compile(re.escape(a.name), re.I).finditer(text, lo, hi)):
            if k >= 4:
                break
            after = text[m.end() : m.end() + 160]
            for phrase in _bodies_beside(after):
                hd = describe(phrase, self.places)
                if hd.kind == "person" and hd.named and not _LEAD_HONORIFIC.match(phrase):
                    # a name in a body's place is a body: `(President, Bayline Shipbuilding
                    # Ltd.)`
                    hd = Desc("organisation", phrase, [], place=_place_in(phrase, self.places))
                if hd.kind not in ("organisation", "media") or not hd.named:
                    continue
                if (
                    hd.kind == "organisation"
                    and _ASKING_TURN.match(text, m.end())
                    and on("questioner-body-is-outlet")
                ):
                    # `SARI WULANDARI (METRO SULAWESI): ... ?`: the body in brackets beside one
                    # who asks is the outlet she asks for
                    hd = Desc("media", hd.name, hd.aliases, place=hd.place)
                body = self.find_existing(hd) or self._described_body(hd) or self._new(hd)
                if body is not a and body.kind in ("organisation", "media"):
                    return body
        return None

    def _described_body(self, hd: Desc) -> MActor | None:
        """An actor the text made from a description of the body named beside a person (rule
        `description-is-the-body`): `the Swiss customs service said ...`, then `X, a spokeswoman
        for the Federal Office for Customs and Border Security`: one body, not two. The
        description has words in lower case and shares one of them with the name, a word that
        is no body's head noun (`customs`, not `office`)."""
        if not on("description-is-the-body"):
            return None
        named = {w.lower() for w in _words(hd.name) if len(w) >= 4 and not _is_org_word(w.lower())}
        for b in self.actors:
            if b.kind != hd.kind or b.merged or not b.named:
                continue
            lower = {w for w in _words(b.name) if w.islower() and len(w) >= 4}
            if lower and not all(_is_org_word(w) for w in lower) and lower & named:
                return b
        return None

    def _state_opening(self, a: MActor, pos: int) -> MActor | None:
        """The government whose name, capital or `X's government` opens the sentence that
        holds pos (and stands before it)."""
        text = self.places.text
        here = _sentence_begin(text, pos)
        opening = _without_det(text[here:pos].lstrip('"“ '))
        if not opening[:1].isupper():
            return None
        for x in self.actors:
            if x is a or x.merged or x.kind != "government":
                continue
            for form in (x.name, *x.aliases):
                form = _without_det(form)
                if len(form) <= 2 or not opening.startswith(form):
                    continue
                rest = opening[len(form) :]
                if re.match(r"(?:['’]s\s+government\b|\s+government\b|\s+[a-z])", rest):
                    return x
        return None

    def _subject_just_before(self, a: MActor, *, create: bool = True) -> MActor | None:
        """`Le Detroit Info did not back down. Its editor-in-chief, X, said`: `its` stands for
        the subject of the sentence before, when that subject is an organisation or outlet the
        text has, whether or not it spoke there (rule `its-subject-before`)."""
        if create and not on("its-subject-before"):
            return None
        text = self.places.text
        here = _sentence_begin(text, a.pos)
        if here <= 0:
            return None
        before = _sentence_begin(text, here - 1)
        opening = _without_det(text[before:here].lstrip('"“ '))
        if not opening[:1].isupper():
            return None  # no name opens the sentence (a page of megabytes asks this often)
        best: tuple[int, MActor] | None = None
        for x in self.actors:
            if x is a or x.merged or x.kind not in ("organisation", "media"):
                continue
            for form in (x.name, *x.aliases):
                form = _without_det(form)
                if (
                    len(form) > 2
                    and form[:1].isupper()
                    and opening.startswith(form)
                    and not opening[len(form) : len(form) + 1].isalnum()
                    and (best is None or len(form) > best[0])
                ):
                    best = (len(form), x)
        if best is not None:
            return best[1]
        m = _NAME_RUN.match(opening)
        if m is None or not create or not on("its-subject-named"):
            return None
        # `The Northport Courier did not back down.`: a name the text has not made an actor
        hd = describe(m.group(0), self.places)
        if hd.kind not in ("organisation", "media") or not hd.named:
            return None
        body = self.find_existing(hd) or self._new(hd)
        return body if body is not a else None

    def _role_in_text(self, person: MActor) -> str | None:
        """A title written right before the person's first mention by full name."""
        text = self.places.text
        at = text.find(person.name, 0, person.pos + len(person.name) + 1)
        if at <= 0:
            return None
        before = text[max(0, at - 40) : at].split()
        if before and _is_title(before[-1]) and before[-1].lower().startswith("spokes"):
            return before[-1].lower()
        return None

    def _org_of_portfolio(self, person: MActor) -> MActor | None:
        """`vice minister for cultural heritage` -> the culture ministry met before her."""
        m = re.search(r"\b(?:minister|secretary|commissioner) (?:for|of) (.+)$", person.role or "")
        if not m:
            return None
        keys = {w[:6] for w in m.group(1).split() if len(w) >= 5}
        if not keys:
            return None

        def fits(x: MActor) -> bool:
            return (
                x.kind == "organisation"
                and (person.place is None or x.place in (None, person.place))
                and any(w[:6] in keys for w in norm(x.name).split() if len(w) >= 5)
            )

        orgs = ("organisation",)
        return self._recent_then(fits, person.born, orgs) or self._recent(fits, orgs)

    def _head_office(self, person: MActor) -> MActor | None:
        """The office of a head of state or government the text names, for his spokesman."""
        said = " ".join([person.name, *person.aliases, person.role or ""])
        if not _HEAD_SPOKESMAN.search(said):
            return None
        return self._office_of_head(person)

    def _office_of_head(self, person: MActor) -> MActor | None:
        """The first office of a head of state or government among the actors."""
        return next(
            (
                x
                for x in self.actors
                if x is not person
                and x.kind == "organisation"
                and any(_HEAD_OFFICE.search(n) for n in [x.name, *x.aliases])
            ),
            None,
        )

    def _org_of_role(self, person: MActor) -> MActor | None:
        """`transport minister` -> the transport ministry, `chief inspector` -> the mining
        inspectorate: an organisation met before the person whose name shares the field."""
        words = (person.role or "").lower().replace("-", " ").split()
        if not words or words[-1] not in _ROLE_HEADS:
            return None
        keys = {w[:6] for w in words if len(w) >= 5 and w not in _ROLE_GENERIC}
        if not keys:
            return None

        def fits(x: MActor) -> bool:
            return (
                x.kind == "organisation"
                and x is not person
                and any(w[:6] in keys for w in norm(x.name).split() if len(w) >= 5)
            )

        orgs = ("organisation",)
        return self._recent_then(fits, person.born, orgs) or self._recent(fits, orgs)

    def _ministry_for(self, person: MActor, place: Place) -> MActor | None:
        role = (person.role or "").lower()
        m = re.search(r"(\w+) minister$", role)
        if not m or person.kind != "person":
            return None
        field_ = m.group(1)
        for a in self.actors:
            if (
                a.kind == "organisation"
                and a.place == place.key
                and "ministry" in norm(a.name)
                and field_ in norm(a.name).split()
            ):
                return a
        return None

    def _outlet_countries(self) -> None:
        """An outlet with no country takes that of the named person who spoke to it, or of the
        officials it cited (`the Namsan Daily, citing three South Korean officials`)."""
        for phrase, idx in self.ties:
            other = self.actors[idx]
            if other.kind == "media":
                if other.country:
                    continue
                media: MActor | None = other
                source = self.find_existing(describe(phrase, self.places))
            else:
                if not other.country:
                    continue
                media, source = self.find_existing(describe(phrase, self.places)), other
            if (
                media is not None
                and source is not None
                and media.kind == "media"
                and media.country is None
                and source.country
            ):
                media.country = source.country
