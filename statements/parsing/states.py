"""States and names at the end of an article: the states a story is about, every form a
state is written in, and each person under the best-attested spelling of the name."""

from __future__ import annotations

import re

from . import lexicon
from .coref import Memory
from .names import _full_name_of, _is_title, canonical_name, norm
from .places import Place

# How often a state is written before it counts as a party of the story (see _party_states).
_PARTY_MENTIONS = 3
# What a state owns or is that acts for it: `Tunisian authorities`, `Japan's prime minister`.
_STATE_BODIES = (
    r"(?:ministry|ministries|government|authorities|authority|officials?|side|president|"
    r"presidency|(?:prime |foreign )?minister|embassy|ambassador|army|navy|military|forces|"
    r"police|customs|agency|parliament|delegation|negotiators|diplomats|coast ?guard|regulator|"
    r"administration|cabinet|state|grain trader|company|companies)"
)


_BODY_AFTER = re.compile(rf"['’]s\b| (?:[a-z-]+ ){{0,2}}{_STATE_BODIES}\b")
_BODY_BEFORE = re.compile(rf"\b(?i:{_STATE_BODIES}) of (?:the )?$")


def _acts(text: str, form: str) -> bool:
    """True when the text writes the state as the owner of a body or people that act:
    `Romania's`, `Tunisian authorities`, `the Government of Ghana`."""
    i = text.find(form)
    while i >= 0:
        end = i + len(form)
        whole = (i == 0 or not text[i - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        if whole and (_BODY_AFTER.match(text, end) or _BODY_BEFORE.search(text, max(0, i - 48), i)):
            return True
        i = text.find(form, end)
    return False


_NAME_PART = r"[A-Z][a-z][\w’'-]*"
_BOUNDARY = re.compile(r"\b")
_NAME_CHAR = re.compile(r"[\w’'-]")


def _has_word(text: str, word: str) -> bool:
    """`re.search(rf"\\b{re.escape(word)}\\b", text)`, found from the literal word: a pattern that
    opens with `\\b` is tried at every position of the text."""
    i = text.find(word)
    while i >= 0:
        if _BOUNDARY.match(text, i) and _BOUNDARY.match(text, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def _neighbours(text: str, word: str, after: bool) -> list[str]:
    """The names written just after (`Xu Lanfeng`) or before (`Anna Berg`) a one-word name: the
    matches of `re.finditer` with the pattern `\\bword (Name)\\b` or `\\b(Name) word\\b`, found
    from the literal word instead of at every position (same matches, same order)."""
    w = re.escape(word)
    if after:
        pattern = re.compile(rf"{w} ({_NAME_PART})\b")
        needle = word + " "
    else:
        pattern = re.compile(rf"\b({_NAME_PART}) {w}\b")
        needle = " " + word
    found: list[str] = []
    pos = 0  # where the last match ended: matches do not overlap
    i = text.find(needle)
    while i >= 0:
        if after:
            m = pattern.match(text, i) if i >= pos and _BOUNDARY.match(text, i) else None
        else:
            # the name is the run of name characters that ends at the space
            start = i
            while start > pos and _NAME_CHAR.match(text, start - 1):
                start -= 1
            m = None
            for s in range(start, i - 1):
                if "A" <= text[s] <= "Z" and (m := pattern.match(text, s)):
                    break
        if m is not None:
            found.append(m.group(1))
            pos = m.end()
        i = text.find(needle, i + 1)
    return found


_FUNCTION_WORDS = frozenset(
    "what how why when where who whom whose which whatever the this that these those there "
    "here in on at by for from with to of as if and but or nor so yet then while after before "
    "since until unless although though because also only even still now meanwhile however "
    "asked according".split()
)


def _written_full_name(text: str, word: str) -> str | None:
    """The one full name the text writes with this one-word name as its first or last word
    (`Xu Lanfeng` for `Xu`, surname first; `Anna Berg` for `Berg`), when that word is written
    as a name only: the other word is a proper noun (never written in lower case) and no
    title. None when there is no such name or more than one."""
    found: set[str] = set()
    for after in (True, False):
        # each distinct neighbour once: its lower-case test scans the whole text
        for other in {re.sub(r"['’]s$", "", n) for n in _neighbours(text, word, after)}:
            if other.lower() in _FUNCTION_WORDS:
                continue  # `What Ljósvaki reported ...` at a sentence's start: no name
            if _is_title(other) or _has_word(text, other.lower()):
                continue
            if lexicon.country_index().get(other.lower()):
                continue
            found.add(f"{word} {other}" if after else f"{other} {word}")
    return found.pop() if len(found) == 1 else None


class StateNames(Memory):
    """The passes of the end of the article that name states and people."""

    def _party_states(self) -> None:
        """A state the story is about is an actor even when it never speaks: one written at least
        three times, by its capital or adjective too, and once at least as the owner of a body or
        people that act (`Romania's state grain trader`, `Tunisian authorities`, `the Government
        of Ghana`), not only as a place where things happen (`in Manila`) or what they are about
        (`talks over Ukraine`)."""
        counts = self.places.counts
        text = self.places.text

        def first_written(place: Place) -> tuple[int, str]:
            at = [i for f in place.forms if (i := text.find(f)) >= 0]
            return (min(at) if at else len(text), place.key)

        # in the order the text first names them (the places' own order is a set's)
        for place in sorted(self.places.places.values(), key=first_written):
            if place.key in self.gov_of_place or not place.forms:
                continue
            if sum(counts(f) for f in place.forms) < _PARTY_MENTIONS:
                continue
            if place.code:
                idx = lexicon.country_index()
                kinds = {(idx.get(f.lower()) or idx.get(f) or (None, ""))[1] for f in place.forms}
                adjective = bool(kinds & {"capital", "demonym"})
            else:
                adjective = any(f != place.name for f in place.forms)  # its demonym
            if adjective and any(_acts(self.places.text, f) for f in place.forms):
                self.government(place).party = True

    def _state_forms(self) -> None:
        """A state's government is also known by every form of the state the text writes:
        `Czech Republic` beside `Czech`, `Moscow` beside `Russia`."""
        for a in self.actors:
            if a.kind != "government" or a.place is None:
                continue
            place = self.places.places.get(a.place)
            if place is None:
                continue
            for form in sorted(place.forms):
                if form[:1].isupper():
                    self._add_alias(a, form)

    def _canonical_names(self) -> None:
        """Each named person under the best-attested spelling of the name, the others aliases."""
        counts = self.places.counts
        taken = {norm(x) for b in self.actors for x in (b.name, *b.aliases)}
        for a in self.actors:
            if a.kind == "person" and a.named and " " not in a.name.strip():
                written = _written_full_name(self.places.text, a.name)
                if written is not None and norm(written) not in taken:
                    # `Xu:` in a transcript under `Spokesperson Xu Lanfeng's Press Conference`
                    a.aliases = [a.name, *a.aliases]
                    a.name = written
                    continue
            if a.kind != "person" or not a.named or not a.aliases:
                continue
            name = a.name
            if " " not in name.strip():
                # `Petrovsky said`, then `trade minister Anton Petrovsky`: the full name
                full = [x for x in a.aliases if _full_name_of(x, name)]
                name = full[0] if full else name
            best = canonical_name(name, a.aliases, counts)
            if best != a.name:
                a.aliases = [a.name, *(x for x in a.aliases if x != best)]
                a.name = best
