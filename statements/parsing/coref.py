"""Coreference: which actor of the article a description names (or a new one)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from . import lexicon
from .actor import ActorIndex, MActor, _acronyms, _initial_runs
from .antecedents import subject_org_before
from .describe import _GENERIC_MEDIA, _GROUP_WORDS, _PEOPLE_PLURALS, describe
from .names import _FIELD_WORDS, _is_org_word, _is_title, _name_match, _words, norm, strip_det
from .places import Place, Places
from .roles import _GOV_HEADS, Desc, _bare_org, _known_media, _place_in
from .rules import on

# Plural nouns that name an unnamed group's people.
_GROUPS = (_GROUP_WORDS | _PEOPLE_PLURALS) - {
    # officials and sources of one body or another are told apart by the body, not the noun
    "officials",
    "sources",
    "diplomats",
    "members",
    "experts",
    "analysts",
    "aides",
    "negotiators",
    "lawmakers",
    "legislators",
}
# `It said` this close after a body's statement in the same paragraph is that body's.
_IT_NEAR = 400  # characters
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_SENTENCE_ENDS = re.compile(r"[.!?][\"”’)]?\s")
# Up to this many actors a plain pass over them is the quickest search.
_FEW = 64
_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")
# A capitalised word as the subject of a verb in the past: `Georgia introduced`, `Chile on
# Tuesday rejected`, `Lisbon has asked`.
_STATE_ACTS = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:has\s+|had\s+|have\s+)?"
    r"(?:[a-z]+ed|said|told|took|made|sent|began|brought|set|shut|cut|kept|held)\b"
)
# A dateline: a place that opens one of the first paragraphs, then (a date and) a dash or colon:
# `LUSAKA — `, `KATHMANDU: `, `Riga, March 3 - `.
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Za-z'’.]+(?:[ -][A-Z][A-Za-z'’.]+){0,2})(?:,[^\n—–:]{0,30}?)?[ \t]*"
    r"(?:—|–|--?|:)[ \t]",
    re.M,
)


_OF_NAME = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w'’-]+)\s*$")

# Titles that writers use for one office in turn (a definite `the envoy` after `Ambassador X`).
_SAME_OFFICE = {
    "envoy": ("ambassador",),
    "ambassador": ("envoy",),
    "diplomat": ("ambassador", "envoy"),
    "spokeswoman": ("spokesperson",),
    "spokesman": ("spokesperson",),
    "spokesperson": ("spokeswoman", "spokesman"),
}


# A person's name opening a sentence, before a verb in lower case: `Tarriela later released`.
_OPENING_NAME = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:[a-z]+\s+)?[a-z]+ed\b")

# Capitalised words before a surname that are no given name: `The Orbán government`, `Mr Orbán`,
# and honorifics, those of translated pages among them (`Esteemed Kaptanoglu` for `Sayın`).
_NOT_GIVEN = frozenset(
    "The A An In On At By For From With And But Mr Mrs Ms Dr Sir Dame Lord Lady Madam Mister "
    "Esteemed Honourable Honorable Hon Dear Respected Excellency Herr Frau Monsieur Madame "
    "Señor Senor Señora Senora Sheikh".split()
)


@lru_cache(maxsize=1024)  # asked of every actor's name at each definite description
def _word_re(word: str) -> re.Pattern[str]:
    """The word standing alone."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


class Memory:
    """The actors of one article and the memory needed to resolve references."""

    def __init__(self, places: Places) -> None:
        self.places = places
        self.actors: list[MActor] = []
        self.clock = 0
        self.last_speaker: MActor | None = None
        self.we: MActor | None = None  # who `we` named the first time it spoke
        self.gov_of_place: dict[str, MActor] = {}
        self.touches: list[int] = []  # actor index at each tick of the clock
        self.pos = -1  # text position of the mention being resolved
        self.ties: list[tuple[str, int]] = []  # (outlet or source phrase, actor) pairs
        self.index = ActorIndex()
        self.untouched: dict[int, None] = {}  # actors never met in a mention, in order

    # ------------------------------------------------------------------ creation
    def _new(self, d: Desc) -> MActor:
        if d.kind == "person" and d.named and d.name.isupper() and " " in d.name:
            # `MARK DELANEY: ...` in a transcript: the name, not its typesetting
            d = Desc(**{**d.__dict__, "name": d.name.title(), "aliases": [*d.aliases, d.name]})
        a = MActor(
            idx=len(self.actors),
            name=d.name,
            kind=d.kind
            if d.kind in ("person", "organisation", "government", "media")
            else "organisation",
            aliases=[x for x in d.aliases if norm(x) and norm(x) != norm(d.name)],
            role=d.role,
            named=d.named,
            gender=d.gender,
            aff_hint=d.aff_phrase,
        )
        if d.place is not None:
            a.place = d.place.key
            a.country = d.place.code
        gov = self._recent(lambda x: x.kind == "government", kinds=("government",))
        a.gov_then = gov.idx if gov is not None else None
        a.born = self.clock
        a.pos = self.pos
        self.actors.append(a)
        self.untouched[a.idx] = None
        a.index = self.index
        self.index.file(a)
        return a

    def government(self, place: Place, form: str | None = None) -> MActor:
        """The government actor of a state."""
        g = self.gov_of_place.get(place.key)
        if g is None:
            for i in self.index.of_kinds(("government",)):
                a = self.actors[i]
                if a.kind == "government" and a.place == place.key:
                    g = a
                    break
        if g is None:
            g = self._new(Desc("government", place.name, [], place=place))
            g.country = place.code
        self.gov_of_place[place.key] = g
        if form and norm(form) not in g.keys():
            g.aliases.append(form)
        return g

    def _touch(self, a: MActor) -> MActor:
        self.clock += 1
        a.last_seen = self.clock
        self.touches.append(a.idx)
        a.touch_clocks.append(self.clock)
        self.untouched.pop(a.idx, None)
        if self.pos >= 0 and (not a.seen_pos or a.seen_pos[-1] != self.pos):
            a.seen_pos.append(self.pos)
        return a

    def _met_before(self, a: MActor, pos: int) -> int:
        """The last position before pos where the actor was met (-1: none known)."""
        best = -1
        for p in a.seen_pos:
            if p < pos:
                best = p
            else:
                break
        return best

    def _org_in_text(
        self, words: list[str], pos: int, after: bool = False
    ) -> tuple[int, str] | None:
        """The organisation the text names last before pos (or first after it) with all words."""
        if not words:
            return None
        want = set(words)
        orgs = self.places.org_mentions(words[-1])
        k = bisect.bisect_left(orgs, (pos, "", frozenset()))
        # the nearest ones only: a bounded look keeps the article linear
        for p, phrase, ws in reversed(orgs[max(0, k - 64) : k]):
            if want <= ws:
                return p, phrase
        if after:
            for p, phrase, ws in orgs[k : k + 64]:
                if want <= ws:
                    return p, phrase
        return None

    def _state_then(self, a: MActor) -> Place | None:
        """The state of the government or organisation met last before the actor appeared:
        of the governments that spoke, when one did (rule `body-of-speaking-state`: `Chile
        rejected reports in Peruvian media ...`, then `Economy Ministry spokeswoman X`)."""
        if on("body-of-speaking-state"):
            spoke = self._recent_then(
                lambda x: x.kind == "government" and x.speaker and x.place is not None,
                a.born,
                kinds=("government",),
            )
            if spoke is not None:
                return self.places.places.get(spoke.place or "")
            acting = self._state_acting_before(a)
            if acting is not None:
                return acting
        prior = self._recent_then(
            lambda x: (
                x.kind in ("government", "organisation") and x.place is not None and x is not a
            ),
            a.born,
            kinds=("government", "organisation"),
        )
        return self.places.places.get(prior.place or "") if prior is not None else None

    def _state_acting_before(self, a: MActor) -> Place | None:
        """The last state the text names by name as the subject of a verb before the body's
        first mention (`since Georgia introduced X-ray scanning ...`, then `The Finance Ministry
        said`), not by an adjective (`Armenian hauliers`)."""
        text = self.places.text
        at = text.find(a.name)
        if at <= 0:
            return None
        demonyms = {d for c in lexicon.countries() for d in c.demonyms}
        found = None
        for m in _STATE_ACTS.finditer(text, 0, at):
            word = m.group(1)
            if word in demonyms:
                continue
            place = self.places.find(word)
            if place is not None:
                found = place
        return found

    def _named_in_text(self, d: Desc, phrase: str, *, after: bool) -> MActor | None:
        """`Ministry says ...` in a headline, `the ministry` in the body: a bare head noun stands
        for the organisation the text names in full nearby (before it, or first after it)."""
        mw = norm(d.name).split()
        if (
            d.kind == "media"
            and mw
            and mw[-1] in _GENERIC_MEDIA
            and (
                len(mw) == 1 or (d.place is not None and self.places.find(d.name.rsplit(" ", 1)[0]))
            )
        ):
            # `the newspaper` after `published by the newspaper "Le Quotidien d'Orvan"`, `The
            # Algerian newspaper` after `the Algerian daily El Khabar`
            mentions = self.places.media_mentions
            k = bisect.bisect_left(mentions, (self.pos, ""))
            for _, written in reversed(mentions[max(0, k - 8) : k]):
                md = _known_media(written, self.places) or Desc("media", written, [])
                if d.place is not None and md.place is not None and md.place.key != d.place.key:
                    continue
                a = self.find_existing(md) or self._new(md)
                self._add_alias(a, strip_det(phrase.strip()))
                return a
            if len(mw) > 1 and on("outlet-description-recent"):
                # `The Japanese daily said` after `Japan's Asahi Shimbun reported`: an outlet the
                # list of known names lacks, met last, of the same state (or of none)
                here = d.place.key if d.place is not None else None
                seen = self._recent(
                    lambda x: (
                        x.kind == "media"
                        and x.place in (None, here)
                        and norm(x.name) != norm(d.name)
                    ),
                    kinds=("media",),
                )
                if seen is not None:
                    self._add_alias(seen, strip_det(phrase.strip()))
                return seen
            return None
        if d.kind != "organisation" or d.place is not None or not _bare_org(d.name):
            return None
        words = norm(d.name).split()
        hit = self._org_in_text(words, self.pos)
        if hit is None and after:
            hit = self._org_in_text(words, self.pos, after=True)
        if hit is None or norm(hit[1]) == norm(d.name):
            return None
        if hit[0] > self.pos and self._other_state(_place_in(hit[1], self.places)):
            return None
        a = self._org_at(hit)
        self._add_alias(a, strip_det(phrase.strip()))
        return a

    def dateline_state(self) -> Place | None:
        """The state of the text's dateline (`LUSAKA — ...`), if it has one."""
        if not hasattr(self, "_dateline"):
            self._dateline: Place | None = None
            self._lede_end = -1
            text = self.places.text
            for m in _DATELINE.finditer(text, 0, 600):
                self._dateline = self.places.find(m.group(1))
                if self._dateline is not None:
                    end = text.find("\n", m.end())
                    self._lede_end = end if end >= 0 else len(text)
                    break
        return self._dateline

    def home_state(self, a: MActor) -> Place | None:
        """The dateline's state for a state body with no state of its own that the headline or
        the datelined lede names (`LUSAKA — The Ministry of Agriculture has denied ...`): the
        local ministry, whichever state the headline spoke of before it."""
        home = self.dateline_state() if on("dateline-state-body") else None
        if home is None or a.place is not None or not 0 <= a.pos <= self._lede_end:
            return None
        return home

    def _other_state(self, place: Place | None) -> bool:
        """`Ministry denies ...` over a text datelined in Lusaka, Malawi's ministry named further
        on: a bare body met before any of its kind is the dateline state's own, not the first
        other state's body the text names after it (two states' ministries are two actors)."""
        if place is None or not on("dateline-state-body"):
            return False
        home = self.dateline_state()
        return home is not None and home.key != place.key

    def _org_at(self, found: tuple[int, str]) -> MActor:
        """The actor of an organisation named in the text at a position, made when new."""
        p, phrase = found
        d = describe(phrase, self.places)
        if d.kind not in ("organisation", "media", "government"):
            d = Desc("organisation", strip_det(phrase), [], place=_place_in(phrase, self.places))
        a = self.find_existing(d)
        if a is None and d.place is None and not re.search(r"[A-Z]", phrase):
            # `the foreign ministry` after `Russia's foreign ministry`: the one met before
            words = self._org_key(d.name)[1]
            same = [
                i
                for i in self.index.sharing_words(words)
                if self.actors[i].kind == "organisation"
                and words <= self._org_key(self.actors[i].name)[1]
            ]
            a = self.actors[max(same)] if same else None
            if a is None:
                # `In Bucharest, the agriculture ministry ...`: the state named just before
                d.place = self._place_before(p)
        if a is None:
            saved, self.pos = self.pos, p
            a = self._new(d)
            self.pos = saved
        if p not in a.seen_pos:
            a.seen_pos.append(p)
            a.seen_pos.sort()
        return a

    def _place_before(self, pos: int) -> Place | None:
        """The state named in the sentence before a position, by name, capital or adjective."""
        text = self.places.text
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - 120) + 1
        best = None
        for m in _CAPITALISED.finditer(text, start, pos):
            best = self.places.find(m.group()) or best
        return best

    def _recent_then(
        self, pred: Callable[[MActor], bool], clock: int, kinds: tuple[str, ...] | None = None
    ) -> MActor | None:
        """The actor met last, up to a moment of the reading, that satisfies pred; kinds, when
        given, are all the kinds pred accepts (only actors of those kinds are looked at)."""
        if kinds is not None:
            best, best_t = None, 0
            for i in self.index.of_kinds(kinds):
                a = self.actors[i]
                k = bisect.bisect_right(a.touch_clocks, clock)
                if k and a.touch_clocks[k - 1] > best_t and pred(a):
                    best, best_t = a, a.touch_clocks[k - 1]
            return best
        seen: set[int] = set()
        touches = self.touches
        for j in range(min(clock, len(touches)) - 1, -1, -1):
            i = touches[j]
            if i in seen:
                continue
            seen.add(i)
            if pred(self.actors[i]):
                return self.actors[i]
        return None

    def _add_alias(self, a: MActor, alias: str) -> None:
        if norm(alias) and norm(alias) not in a.keys():
            a.aliases.append(alias)

    # ------------------------------------------------------------------ lookup
    def _recent(
        self, pred: Callable[[MActor], bool], kinds: tuple[str, ...] | None = None
    ) -> MActor | None:
        """The actor met last that satisfies pred (else the first never met that does); kinds,
        when given, are all the kinds pred accepts."""
        if len(self.actors) <= _FEW or kinds is not None:
            # a news article's few actors: one pass over them (or over those of the kinds)
            best = None
            pool = (
                self.actors
                if kinds is None
                else map(self.actors.__getitem__, self.index.of_kinds(kinds))
            )
            for a in pool:
                if pred(a) and (best is None or a.last_seen > best.last_seen):
                    best = a
            return best
        # the most recent first: the last one touched that satisfies pred is the answer
        hit = self._recent_then(pred, len(self.touches))
        if hit is not None:
            return hit
        return next((self.actors[i] for i in self.untouched if pred(self.actors[i])), None)

    def _org_key(self, name: str) -> tuple[str | None, frozenset[str]]:
        memo = self.places.org_keys
        hit = memo.get(name)
        if hit is None:
            hit = memo[name] = self._org_key_of(name)
        return hit

    def _org_key_of(self, name: str) -> tuple[str | None, frozenset[str]]:
        place = None
        words = set()
        for w in _words(name):
            wl = w.lower()
            if wl.endswith("'s"):
                wl = wl[:-2]
            p = self.places.find(w)
            if p is not None:
                place = p.key
                continue
            if wl in ("the", "of", "for", "and", "affairs", "a", "an", "s", "own"):
                continue
            words.add(wl)
        return place, frozenset(words)

    def _surname_of_another(self, a: MActor, d: Desc) -> bool:
        """`Orbán told` read first, then `Balázs Orbán`: the surname met alone belongs to a
        full name written before it with another given name (`Prime Minister Viktor Orbán's
        accusation`), not to this one (rule `surname-earlier-full-name`)."""
        if d.kind != "person" or a.kind != "person" or a.pos < 0:
            return False
        full, met = norm(d.name).split(), norm(a.name).split()
        if len(full) < 2 or len(met) != 1 or met[0] != full[-1]:
            return False
        if d.name.split()[0] in _NOT_GIVEN or _is_title(d.name.split()[0]):
            return False  # `Esteemed Kaptanoglu`: an honorific, no other given name
        if not on("surname-earlier-full-name"):
            return False
        surname = a.name.split()[-1]
        for m in re.finditer(
            rf"\b([A-Z][\w'’-]+)\s+{re.escape(surname)}\b", self.places.text[: a.pos]
        ):
            given = m.group(1)
            if norm(given) not in full and not _is_title(given) and given not in _NOT_GIVEN:
                return True
        return False

    def find_existing(self, d: Desc) -> MActor | None:
        """An actor the description already names."""
        keys = {norm(d.name), *(norm(x) for x in d.aliases)} - {""}
        for i in self.index.with_keys(keys):
            a = self.actors[i]
            if a.keys() & keys and (d.kind == "government") == (a.kind == "government"):
                if self._surname_of_another(a, d):
                    continue
                return a
        if d.kind == "person" and d.named:
            for i in self.index.like_person(d.name):
                a = self.actors[i]
                if a.kind == "person" and a.named and _name_match(a.name, d.name):
                    if self._surname_of_another(a, d):
                        continue
                    return a
            word = norm(d.name).split()
            if len(word) == 1:
                # `Lü said` after `spokesperson Lü Hong`: a family name written first (Chinese,
                # Korean, Hungarian names), when one person's name begins with it
                firsts: list[MActor] = []
                for i in self.index.by_first.get(word[0], ()):
                    x = self.actors[i]
                    if x.kind == "person" and x.named and len(norm(x.name).split()) >= 2:
                        firsts.append(x)
                        if len(firsts) > 1:
                            break  # two people of that name: neither is meant
                if len(firsts) == 1:
                    return firsts[0]
                if not firsts and on("short-name-of-body"):
                    body = self._body_of_first_word(word[0])
                    if body is not None:
                        return body
            elif len(word) >= 2 and on("name-without-last-words"):
                longer = self._longer_name(word)
                if longer is not None:
                    return longer
            if on("surname-inside-full-name"):
                inside = self._name_inside(word)
                if inside is not None:
                    return inside
        if d.kind == "person" and not d.named and on("group-named-shorter"):
            group = self._same_group(d)
            if group is not None:
                return group
        if d.kind in ("organisation", "media"):
            place, words = self._org_key(d.name)
            if words:
                for i in self.index.sharing_words(words):
                    a = self.actors[i]
                    if a.kind not in ("organisation", "media"):
                        continue
                    ap, aw = self._org_key(a.name)
                    if not aw:
                        continue
                    same_place = (
                        ap == place
                        or (ap is None and place is None)
                        or (
                            d.kind == "media"
                            and a.kind == "media"
                            and (ap is None or place is None)
                        )
                    )
                    if same_place and (aw <= words or words <= aw) and (aw & words):
                        return a
            if place is None and words:
                # `the Coast Guard` after `Iceland's Coast Guard`: the one body of those words
                same = [
                    self.actors[i]
                    for i in self.index.sharing_words(words)
                    if self.actors[i].kind == d.kind
                    and self._org_key(self.actors[i].name)[1] == words
                ]
                if len(same) == 1:
                    return same[0]
            return self._by_acronym(d.name, place)
        return None

    def _same_group(self, d: Desc) -> MActor | None:
        """`Hauliers reject that account` after `Peruvian hauliers say`, `people familiar with
        the matter` after a headline's `people familiar`: one unnamed group, its words all among
        the other's, with the plural noun that names its people (one such group only)."""
        mine = set(norm(d.name).split())
        heads = mine & _GROUPS
        if not heads:
            return None
        hits = []
        for i in self.index.of_kinds(("person",)):
            x = self.actors[i]
            if x.kind != "person" or x.named:
                continue
            theirs = set(norm(x.name).split())
            if heads & theirs and (mine <= theirs or theirs <= mine) and mine != theirs:
                hits.append(x)
        if len(hits) != 1:
            return None
        x = hits[0]
        if len(mine) > len(set(norm(x.name).split())):
            # the longer description names the group
            x.aliases.append(x.name)
            x.name = d.name
        return x

    def _body_of_first_word(self, word: str) -> MActor | None:
        """`the claim by Vindhya` after `Vindhya Power Infrastructure Ltd said`: a company or
        body called by the first word of its name (one such body only)."""
        if len(word) < 4:
            return None
        hits: list[MActor] = []
        for i in self.index.by_first.get(word, ()):
            x = self.actors[i]
            if x.kind not in ("organisation", "media"):
                continue
            words = _words(x.name)
            if len(words) >= 2 and words[0][:1].isupper() and self.places.find(words[0]) is None:
                hits.append(x)
        return hits[0] if len(hits) == 1 else None

    def _longer_name(self, words: list[str]) -> MActor | None:
        """`Mohamed Lemine` after `Mohamed Lemine Ould Sidi`: a person's full name written
        without its last words (one such person only)."""
        hits: list[MActor] = []
        for i in self.index.by_first.get(words[0], ()):
            x = self.actors[i]
            if x.kind != "person" or not x.named:
                continue
            full = norm(x.name).split()
            if len(full) > len(words) and full[: len(words)] == words:
                hits.append(x)
        return hits[0] if len(hits) == 1 else None

    def _name_inside(self, words: list[str]) -> MActor | None:
        """`Galindo` or `Galindo Ruiz` after `Héctor Galindo Ruiz`, `Luna` after `Javier Luna
        Ortiz`: a surname written alone that is a later word of one person's full name (a
        second given name or a double surname), or the name without its first word."""
        if not words or len(words[0]) < 3:
            return None
        hits: list[MActor] = []
        for i in self.index.of_kinds(("person",)):
            x = self.actors[i]
            if x.kind != "person" or not x.named:
                continue
            full = norm(x.name).split()
            if len(full) < 3 or len(words) >= len(full):
                continue
            inner = full[1:-1] if len(words) == 1 else [" ".join(full[-len(words) :])]
            if " ".join(words) in inner:
                hits.append(x)
                if len(hits) > 1:
                    return None  # two people with that name: neither is meant
        return hits[0] if hits else None

    def _by_acronym(self, name: str, place: str | None) -> MActor | None:
        """`MFA of Russia` and `the Ministry of Foreign Affairs of Russia`: one body, when one
        name holds an acronym of the other's first words (in the same state)."""
        mine, runs = _acronyms(name), _initial_runs(name)
        if not mine and not runs:
            return None
        for i in self.index.of_kinds(("organisation", "media")):
            a = self.actors[i]
            if a.kind not in ("organisation", "media"):
                continue
            ap = self._org_key(a.name)[0]
            if ap is not None and place is not None and ap != place:
                continue
            if mine & _initial_runs(a.name) or runs & _acronyms(a.name):
                return a
        return None

    def _definite(self, d: Desc, org_of: MActor | None = None) -> MActor | None:
        """The actor a definite description names; with org_of, an organisation (not org_of
        itself) for `the ministry` in `a source in the ministry`."""
        head = (d.head or "").lower()
        if head in _GENERIC_MEDIA:
            return self._recent(lambda a: a.kind == "media", kinds=("media",))
        if (
            head == "agency"
            and re.search(r"\b(?:news|wire|press)\s+agency$", (d.name or "").lower())
            and on("the-news-agency")
        ):
            # `the international news agency`, `the news agency posted`: the outlet met last
            hit = self._recent(lambda a: a.kind == "media", kinds=("media",))
            if hit is not None:
                return hit
        if head in ("statement", "readout"):
            return self.last_speaker

        body_head = _is_org_word(head)

        def has_head(a: MActor, people: bool = True) -> bool:
            if org_of is not None and (a is org_of or a.kind == "person"):
                return False
            if not people and a.kind == "person":
                return False
            texts = [a.name, *a.aliases, a.role or ""]
            if qual and not any(qual in t.lower().split() for t in texts if t):
                return False  # `the Finance Minister` is not the Prime Minister
            if of_name and not any(of_name in t.lower().split() for t in texts if t):
                return False  # `the representative of Norland` is not Kalvia's
            if field and _other_field(texts, head, field):
                return False  # `the foreign ministry` is not the defence ministry
            return any(
                head in low and _word_re(head).search(low)
                for low in (t.lower() for t in texts if t)
            )

        # the name after `of` (`the representative of Norland`) must be the actor's too
        of_m = _OF_NAME.search(d.name or "") if on("definite-of-name") else None
        of_name = of_m.group(1).lower() if of_m else ""
        # the word before a title (`finance` in `the Finance Minister`) must be the actor's too
        words = (d.name or "").lower().split()
        qual = (
            words[-2]
            if len(words) >= 2
            and words[-1] == head
            and head in lexicon.words("titles.txt")
            and words[-2].isalpha()
            and words[-2] not in ("the", "a", "an", "its", "his", "her", "their", "our", "your")
            and on("title-qualifier")
            else None
        )

        # the field before a body's head (`foreign` in `the foreign ministry`) must not be
        # another field the actor's name gives its head (rule `body-field-differs`)
        field = (
            words[-2]
            if body_head
            and len(words) >= 2
            and words[-1] == head
            and words[-2] in _FIELD_WORDS
            and words[-2] not in _NO_FIELD
            and on("body-field-differs")
            else None
        )

        head = head.lower()
        # `the ministry` is a body met before rather than a spokeswoman whose title names one;
        # so is `the government` when one was named (`Mali's military government ...
        # government spokesman X ... The government has always maintained`)
        hit = None
        if head == "government" and on("government-no-person"):
            hit = self._recent(lambda a: has_head(a, people=False))
        hit = hit or self._recent(lambda a: has_head(a, people=not body_head))
        if hit is not None:
            return hit
        for other in _SAME_OFFICE.get(head, ()):
            # `Ambassador X ... the envoy`, `spokesperson X ... the spokeswoman`: one office
            # named two ways, a named person who holds it
            head = other
            hit = self._recent(lambda a: a.kind == "person" and a.named and has_head(a))
            if hit is not None:
                return hit
            if on("same-office-unnamed"):
                # `The spokesperson of the ministry ... The spokesman`: an unnamed holder
                hit = self._recent(lambda a: a.kind == "person" and has_head(a))
                if hit is not None:
                    return hit
        head = (d.head or "").lower()
        if head in ("officials", "sources", "source", "people") or head in _GROUP_WORDS:
            return self._recent(lambda a: a.kind == "person" and not a.named)
        if head in ("company", "firm", "group"):

            def state_body(a: MActor) -> bool:
                return any(_GOV_HEADS.intersection(norm(x).split()) for x in [a.name, *a.aliases])

            # a company is no ministry or other body of a state
            hit = self._recent(
                lambda a: (
                    a.kind == "organisation"
                    and a.speaker
                    and not any(
                        _GOV_HEADS.intersection(norm(x).split()) for x in (a.name, *a.aliases)
                    )
                ),
                kinds=("organisation",),
            )
        if hit is None and body_head:
            # no body met: the person whose title names it speaks for it (her body is known
            # only at the end of the article)
            hit = self._recent(has_head)
        if (
            hit is None
            and head == "government"
            and norm(d.name or "") == "government"
            and (home := self.places.home()) is not None
            and on("government-of-dateline")
        ):
            # `TOKYO (Kyodo) -- Japan lodged a protest ..., the government said`: no government
            # named before it, the government of the dateline's state
            hit = self.government(home)
        return hit

    # ------------------------------------------------------------------ entry points

    def _it_body_before(self, subject_found: bool) -> MActor | None:
        """`Loop, the platform ..., said it had removed 212 accounts. It declined to say ...`,
        `X rejected the account. "...," it said`: the body (or bare name, which `it` shows to
        be no person) that spoke in the same or the sentence before, in the same paragraph
        (rule `it-after-body-statement`)."""
        last = self.last_speaker
        if last is None or not last.seen_pos or self.pos < 0:
            return None
        if last.kind == "person" and (
            last.role is not None or last.gender is not None or subject_found
        ):
            return None  # a bare name yields to a body the sentence before names as subject
        seen = last.seen_pos[-1]
        if not 0 <= self.pos - seen <= _IT_NEAR:
            return None
        between = self.places.text[seen : self.pos]
        if "\n" in between:
            return None
        unquoted = _QUOTED.sub("", between)
        if len(_SENTENCE_ENDS.findall(unquoted)) > 1 or not on("it-after-body-statement"):
            return None
        if last.kind == "person":
            last.kind = "organisation"
        return last

    def _subject_of_relative(self, want: str | None) -> MActor | None:
        """`Tarriela later released footage that he said showed ...`: the pronoun of a
        relative clause's `that he said` is the person whose name opens its sentence (rule
        `relative-said-subject`)."""
        if self.pos < 0 or not on("relative-said-subject"):
            return None
        text = self.places.text
        # the sentence the mention is in (the mention's place may be its unit's start)
        cut = max(text.rfind(". ", 0, self.pos + 1), text.rfind("\n", 0, self.pos + 1))
        ends = [e for e in (text.find(". ", self.pos), text.find("\n", self.pos)) if e >= 0]
        sentence = text[cut + 1 : min(ends, default=len(text))].strip()
        if not re.search(r"\b(?:that|which)\s+(?:he|she)\s+said\b", sentence):
            return None
        m = _OPENING_NAME.match(sentence)
        if m is None:
            return None
        named = norm(m.group(1))
        hits = [
            a
            for i in self.index.like_person(m.group(1))
            if (a := self.actors[i]).kind == "person"
            and a.named
            and a.gender in (None, want)
            and (norm(a.name) == named or norm(a.name).split()[-1] == named.split()[-1])
        ]
        return hits[0] if len(hits) == 1 else None

    def _pronoun(self, p: str) -> MActor | None:
        if p in ("he", "she") and (own := self._subject_of_relative({"he": "m", "she": "f"}[p])):
            return own
        if p in ("he", "she", "i"):
            want = {"he": "m", "she": "f"}.get(p)
            hit = self._recent(
                lambda a: a.kind == "person" and a.speaker and (a.gender in (None, want))
            )
            return hit or self._recent(lambda a: a.kind == "person")
        if p == "it":
            found = subject_org_before(self.places, self.pos) if self.pos >= 0 else None
            last = self._it_body_before(found is not None)
            if last is not None:
                return last
            if found is not None:
                # `The X Authority was set up in 1998. It said ...`: the sentence's subject
                return self._org_at(found)
            return self._recent(lambda a: a.kind != "person" and a.speaker)
        if p == "we":
            # the first person of a press release or an outlet's own copy is one voice
            # throughout: `We reject ...`, two paragraphs quoting others, `We urge ...`
            if self.we is None:
                self.we = self.last_speaker
            return self.we
        return self.last_speaker

    # ------------------------------------------------------------------ end of article


# words of names.py's field list that name no field of a body (`of`, `state`, `public`)
_NO_FIELD = frozenset(("of", "for", "and", "the", "state", "public"))
# one field written two ways: a body named by either is the same body
_SAME_FIELD = {"defense": "defence", "labor": "labour", "home": "interior"}


def _other_field(texts: list[str], head: str, field: str) -> bool:
    """Some name of the actor writes another field right before the head (`defence ministry`
    for `the foreign ministry`), and none holds the field asked for."""
    want = _SAME_FIELD.get(field, field)
    others = False
    for t in texts:
        ws = [_SAME_FIELD.get(w, w) for w in t.lower().split()]
        if want in ws:
            return False
        for k in range(1, len(ws)):
            if ws[k] == head and ws[k - 1] in _FIELD_WORDS and ws[k - 1] not in _NO_FIELD:
                others = True
    return others
