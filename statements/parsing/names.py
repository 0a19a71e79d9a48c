"""Names: keys for comparing names, titles and words, and when two names are one person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from . import lexicon
from .rules import on

_DETS = ("the ", "a ", "an ")
_PARTICLES = frozenset("de do da al la van von del di du le el bin ibn ya y".split())
_CONNECTORS = _PARTICLES | {"of", "and", "for", "the", "on", "in"}
# Articles and particles that open a name when capitalised: `El Mirador`, `Die Zeit`, `Al Ahram`.
_NAME_ARTICLES = frozenset(
    "el la le les l' al der die das il lo los las o het de des du da do di van von".split()
)


# Words of a ministry's field after `Minister of`: `Foreign Affairs`, `the Interior`.
_FIELD_WORDS = frozenset(
    "of for and the affairs foreign interior home defence defense finance economy trade "
    "industry commerce health education justice labour labor agriculture fisheries tourism "
    "transport energy environment culture information communications security planning "
    "infrastructure housing water mines mining sports youth women social welfare state "
    "public works development cooperation".split()
)


_NON_KEY = re.compile(r"[^a-z0-9@]+")
_LEAD_DET = re.compile(r"^(?:the|a|an) ")


@lru_cache(maxsize=1 << 16)
def norm(s: str) -> str:
    """Lower-case ASCII key of a name, without a leading article."""
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _NON_KEY.sub(" ", s.lower()).strip()
    return _LEAD_DET.sub("", s)


def strip_det(s: str) -> str:
    """Name without a leading article or possessive determiner."""
    low = s.lower()
    for d in (*_DETS, "its ", "their ", "his ", "her "):
        if low.startswith(d):
            return s[len(d) :]
    return s


_WORDS = re.compile(r"(?:[A-Z]\.){2,}|[\w@]+(?:['-][\w]+)*")


_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December The A An This That It He She They We "
    "On In At But And As".split()
)


def _trim_name(name: str) -> str:
    """A captured name without a trailing possessive or full stop."""
    name = name.strip().rstrip(".,")
    for suf in ("'s", "’s"):
        if name.endswith(suf):
            name = name[: -len(suf)]
    return name.strip()


@lru_cache(maxsize=1 << 14)
def _words(s: str) -> tuple[str, ...]:
    # a tuple: callers share the remembered answer
    return tuple(_WORDS.findall(s))


def _gender(role: str | None) -> str | None:
    if not role:
        return None
    r = role.lower()
    if "woman" in r or r.endswith("ess"):
        return "f"
    if "spokesman" in r or "chairman" in r:
        return "m"
    return None


_TITLE_PREFIXES = ("under-", "vice-", "deputy-", "co-", "sub-", "acting-", "assistant-")


def _is_title(w: str) -> bool:
    w = w.lower().rstrip(".")
    if w in lexicon.words("titles.txt"):
        return True
    # `under-secretary`, `vice-minister`: a title with a rank written as its prefix
    return w.startswith(_TITLE_PREFIXES) and w.partition("-")[2] in lexicon.words("titles.txt")


def _is_org_word(w: str) -> bool:
    return w.lower() in lexicon.words("org_heads.txt")


def _is_media_word(w: str) -> bool:
    # `Telegram-channel`, `news-website`: a compound is read by its head
    cues = lexicon.words("media_cues.txt")
    return w.lower() in cues or w.lower().rpartition("-")[2] in cues


_NEWS_FIELD = frozenset(("news", "press", "broadcasting", "television", "radio", "tv"))
_NEWS_BODY = frozenset(("agency", "corporation", "company", "network", "service", "group"))


def _news_body(words: list[str]) -> bool:
    """`Meridian News Agency`, `Solvara Broadcasting Corporation`: a body whose head is named by
    the news it makes is an outlet (not `the Kremlin press service`, written in lower case)."""
    if len(words) < 3 or not all(w[:1].isupper() for w in words[-2:]):
        return False
    field_, head = words[-2].lower(), words[-1].lower()
    return field_ in _NEWS_FIELD and head in _NEWS_BODY and (field_, head) != ("press", "service")


@lru_cache(maxsize=1)
def _media_names_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in lexicon.table("media_names.txt"))


def _media_name(name: str) -> bool:
    return name.lower() in _media_names_lower()


def _inflected(a: str, b: str) -> bool:
    """`Stolbova`/`Stolbovaya`: a long surname and the same with a short ending (a gendered or
    transliterated form)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 6 and long_.startswith(short) and len(long_) - len(short) <= 2


def _transliterated(a: str, b: str) -> bool:
    """`Sarkisyan` for `Sargsyan`: a long surname transliterated two ways (the same first and
    last three letters, two edits apart)."""
    short, long_ = sorted((a, b), key=len)
    return (
        len(short) >= 7
        and short[:3] == long_[:3]
        and short[-3:] == long_[-3:]
        and Levenshtein.distance(short, long_) <= 2
    )


def _name_match(a: str, b: str) -> bool:
    """Two person names that are one person: same surname, or one spelling of it."""
    wa, wb = norm(a).split(), norm(b).split()
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    la, lb = wa[-1], wb[-1]
    if len(wa) == 1 or len(wb) == 1:
        if la == lb:
            return True
        if on("surname-spellings"):
            one, other = (wa, wb) if len(wa) == 1 else (wb, wa)
            if len(other) >= 3 and one[0] == "".join(other[-2:]) and len(one[0]) > 6:
                return True  # `Mohammadirad` for `Hossein Mohammadi-Rad`
            if len(la) > 5 and la[0] == lb[0] and OSA.distance(la, lb) <= 1:
                return True  # `Okonkow` for `Okonkwo`: two letters swapped
        if on("surname-transliterations") and _transliterated(la, lb):
            return True
        return (
            len(la) > 4
            and la[0] == lb[0]
            and (Levenshtein.distance(la, lb) <= 1 or _inflected(la, lb))
        )
    if wa[0] != wb[0]:
        return False
    if la == lb:
        return True
    return Levenshtein.normalized_similarity(la, lb) >= 0.6 and la[0] == lb[0]


_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*\Z")


def _full_form(form: str, first: str) -> bool:
    """A person's name written in full, with the given name `first`: no title, no typesetting."""
    words = form.split()
    if len(words) < 2 or form.isupper() or norm(words[0]) != first:
        return False
    return all(
        _NAME_WORD.match(w) and not _is_title(w) for w in words if w.lower() not in _PARTICLES
    )


_TOKEN = re.compile(r"[\w'’.-]+")


def _tokens(text: str) -> list[str]:
    out = []
    for t in _TOKEN.findall(text):
        t = t.rstrip(".")
        if t.endswith(("'s", "’s")):
            t = t[:-2]
        if t:
            out.append(t)
    return out


_TOKEN_CHAR = re.compile(r"[\w'’.-]")


def _norm_token(t: str) -> str:
    """A token as `_tokens` keeps it: without its full stops at the end, then its `'s`."""
    t = t.rstrip(".")
    return t[:-2] if t.endswith(("'s", "’s")) else t


class WordCounts:
    """How often each run of words stands in a text, as `_tokens` splits it.

    Each phrase is found from the literal places of its first word (`str.find`), each read as
    the token that starts there and the tokens after it: indexing every word of a long page
    once took more time than the few dozen phrases asked of it (the same counts)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[tuple[str, ...], int] = {}

    def __call__(self, phrase: str) -> int:
        words = tuple(_tokens(phrase))
        n = len(words)
        if not n:
            return 0
        known = self._known.get(words)
        if known is not None:
            return known
        text = self.text
        first = words[0]
        count = 0
        i = text.find(first)
        while i >= 0:
            end = i + len(first)
            if i == 0 or not _TOKEN_CHAR.match(text, i - 1):
                m = _TOKEN.match(text, i)  # the whole token that starts here
                assert m is not None
                end = m.end()
                if _norm_token(m.group()) == first and self._followed(end, words):
                    count += 1
            i = text.find(first, end)
        self._known[words] = count
        return count

    def _followed(self, pos: int, words: tuple[str, ...]) -> bool:
        """The tokens after `pos` (those `_tokens` keeps) are words[1:]."""
        text = self.text
        for want in words[1:]:
            while True:
                m = _TOKEN.search(text, pos)
                if m is None:
                    return False
                pos = m.end()
                got = _norm_token(m.group())
                if got:
                    break
            if got != want:
                return False
        return True


def _full_name_of(form: str, surname: str) -> bool:
    """`Anton Petrovsky` for `Petrovsky`: a full name (no title) whose surname is that word."""
    words = form.split()
    return len(words) >= 2 and norm(words[-1]) == norm(surname) and _full_form(form, norm(words[0]))


def canonical_name(name: str, forms: list[str], count: Callable[[str], int]) -> str:
    """The best-attested spelling of a person's full name among the forms the text writes it in.

    `Jake Salevan` once, `Jake Sullivan` and `Sullivan` after: the surname written most often
    decides, then the full form written most often; a tie keeps the name first met. count
    tells how often the text writes a phrase.
    """
    first = norm(name).split()[:1]
    if not first:
        return name
    cands = [f for f in dict.fromkeys([name, *forms]) if _full_form(f, first[0])]
    # `Mohamed Lemine` is `Mohamed Lemine Ould Sidi` cut short: the longer form is the name
    keys = [norm(f).split() for f in cands]
    cands = [
        f
        for f, k in zip(cands, keys, strict=True)
        if not any(len(o) > len(k) and o[: len(k)] == k for o in keys)
    ]
    if len(cands) < 2:
        if cands and cands[0] != name and norm(cands[0]).startswith(norm(name) + " "):
            return cands[0]
        return name

    def attested(form: str) -> tuple[int, int]:
        return count(form.split()[-1]), count(form)

    best, best_key = name, attested(name) if name in cands else (-1, -1)
    for f in cands:
        key = attested(f)
        if key > best_key:
            best, best_key = f, key
    return best
