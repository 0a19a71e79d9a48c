"""The actor while an article is read, and the index that finds actors by name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .names import _CONNECTORS, _words, norm


class _Aliases(list[str]):
    """An actor's aliases: each one added is also filed in the article's index of names."""

    __slots__ = ("owner",)

    def __init__(self, items: Iterable[str], owner: MActor) -> None:
        super().__init__(items)
        self.owner = owner

    def append(self, alias: str) -> None:
        super().append(alias)
        if self.owner.index is not None:
            self.owner.index.file_key(self.owner, alias)

    def extend(self, aliases: Iterable[str]) -> None:
        for x in aliases:
            self.append(x)


_FILED = frozenset(("name", "aliases", "kind"))  # what the index of names files an actor by


@dataclass
class MActor:
    """An actor while the article is being read (mutable)."""

    idx: int
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: int | None = None
    country: str | None = None
    place: str | None = None  # the state it belongs to (canonical place key)
    speaker: bool = False
    last_seen: int = 0
    gender: str | None = None
    named: bool = True  # False for unnamed sources and spokespeople
    aff_hint: str | None = None  # a phrase naming its affiliation, resolved at the end
    gov_then: int | None = None  # the government spoken of last when the actor first appeared
    born: int = 0  # the registry's clock when the actor first appeared
    pos: int = -1  # where in the text it was first met (-1: unknown)
    spoke_in: str | None = None  # ISO code of the capital a person spoke in
    stateless: bool = False  # found late in the text: no state is guessed for it
    seen_pos: list[int] = field(default_factory=list)  # where it was met, in reading order
    touch_clocks: list[int] = field(default_factory=list)  # the clock at each mention
    merged: bool = False  # folded into another actor at the end (an outlet's description)
    party: bool = False  # a state the story is about, kept as an actor though it never speaks
    first_spoke: int | None = None  # the registry's clock when it first spoke
    # the article's index of names, kept up to date as the name, aliases and kind change
    index: ActorIndex | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, attr: str, value: object) -> None:
        if attr not in _FILED:  # (`last_seen`, `pos`, ...: set at every mention, filed nowhere)
            object.__setattr__(self, attr, value)
            return
        if attr == "aliases" and not isinstance(value, _Aliases):
            value = _Aliases(value, self)  # type: ignore[arg-type]
        object.__setattr__(self, attr, value)
        if attr in ("name", "aliases", "kind") and getattr(self, "index", None) is not None:
            self.index.file(self)  # type: ignore[union-attr]

    def keys(self) -> set[str]:
        out = {norm(self.name), *map(norm, self.aliases)}
        out.discard("")
        return out


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one letter dropped: two words one edit apart share
    one of these (the symmetric-deletion index)."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _surname_keys(word: str) -> set[str]:
    """Keys a surname is filed and looked up under: one edit away (its deletions), or the same
    with up to two letters more or less at the end (`Stolbova`/`Stolbovaya`), or a long one by
    its first and last three letters (`Sarkisyan`/`Sargsyan`, see names._transliterated)."""
    keys = _deletions(word) | {word[:-2]}
    if len(word) >= 7:
        keys.add(f"{word[:3]}~{word[-3:]}")
    return keys


@lru_cache(maxsize=8192)  # asked of every body's name at each acronym lookup
def _acronyms(name: str) -> frozenset[str]:
    """Words written as acronyms: `MFA`, `USTR`."""
    return frozenset(w for w in _words(name) if w.isupper() and w.isalpha() and 2 <= len(w) <= 6)


@lru_cache(maxsize=8192)  # asked of every body's name at each acronym lookup
def _initial_runs(name: str) -> frozenset[str]:
    """Initials of a name's first capitalised words, every length from two: `Ministry of Foreign
    Affairs of Russia` -> MF, MFA, MFAR."""
    caps = [w[0] for w in _words(name) if w[:1].isupper() and w.lower() not in _CONNECTORS]
    if len(caps) < 2 or any(w.isupper() for w in _words(name) if len(w) > 1):
        return frozenset()
    return frozenset("".join(caps[:k]) for k in range(2, len(caps) + 1))


def _name_words(name: str) -> set[str]:
    """Lower-case words of a name as an organisation's key sees them (a superset of the key)."""
    out = set()
    for w in _words(name):
        wl = w.lower()
        out.add(wl[:-2] if wl.endswith("'s") else wl)
    return out


class ActorIndex:
    """Where to look for an actor by name: keys, first names, surnames one edit apart, the words
    of an organisation's name and kinds. Entries are never removed: a lookup checks each
    candidate it gets, so that an old entry costs a check and a lookup stays near constant."""

    def __init__(self) -> None:
        self.by_key: dict[str, set[int]] = {}
        self.by_first: dict[str, set[int]] = {}
        self.by_surname: dict[str, set[int]] = {}
        self.by_word: dict[str, set[int]] = {}
        self.by_kind: dict[str, set[int]] = {}

    def file_key(self, a: MActor, written: str) -> None:
        key = norm(written)
        if key:
            self.by_key.setdefault(key, set()).add(a.idx)

    def file(self, a: MActor) -> None:
        """File an actor under its name, aliases and kind."""
        self.file_key(a, a.name)
        for x in a.aliases:
            self.file_key(a, x)
        self.by_kind.setdefault(a.kind, set()).add(a.idx)
        words = norm(a.name).split()
        if words:
            self.by_first.setdefault(words[0], set()).add(a.idx)
            for v in _surname_keys(words[-1]):
                self.by_surname.setdefault(v, set()).add(a.idx)
        for w in _name_words(a.name):
            self.by_word.setdefault(w, set()).add(a.idx)

    @staticmethod
    def _union(table: dict[str, set[int]], keys: Iterable[str]) -> set[int]:
        out: set[int] = set()
        for k in keys:
            hit = table.get(k)
            if hit:
                out |= hit
        return out

    def with_keys(self, keys: Iterable[str]) -> list[int]:
        return sorted(self._union(self.by_key, keys))

    def like_person(self, name: str) -> list[int]:
        """Actors whose name may be the same person's (see _name_match): same first name, or
        a surname at most one edit away."""
        words = norm(name).split()
        if not words:
            return []
        out = self._union(self.by_surname, _surname_keys(words[-1]))
        if len(words) > 1:
            out |= self.by_first.get(words[0], set())
        return sorted(out)

    def sharing_words(self, words: Iterable[str]) -> list[int]:
        return sorted(self._union(self.by_word, words))

    def of_kinds(self, kinds: Iterable[str]) -> list[int]:
        return sorted(self._union(self.by_kind, kinds))
