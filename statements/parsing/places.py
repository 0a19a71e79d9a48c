"""States of an article (real and invented) and where it names organisations and outlets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon
from .rules import on

if TYPE_CHECKING:
    from .roles import Desc

from .names import _FIELD_WORDS, _NOT_NAMES, WordCounts, _is_org_word, _trim_name, _words, norm

# A noun for an outlet written right before its name: `the broadcaster X`, `news agency X`.
_MEDIA_DESCRIPTOR = re.compile(
    r"\b(?:newspaper|broadcaster|news agency|press agency|agency|daily|weekly|monthly|channel|"
    r"magazine|outlet|network|radio(?: station)?|television(?: channel| station)?|"
    r"(?:TV|tv) (?:channel|station)|station|website|portal|tabloid|paper|news site|"
    r"wire service|journal) [\"“]?"
    r"((?:(?:El|La|Le|Les|L'|Al|Der|Die|Das|Il|Lo|Los|Las|O|Het|De|The) )?"
    r"[A-Z][\w'’.-]*(?: (?:(?:de|do|da|del|di|du|des|la|el|of|the|y|e|al) )?"
    r"(?:[dl]['’])?[A-Z0-9][\w'’.-]*){0,4})"
)


_PLACE_INSTITUTIONS = (
    "ministry|government|army|navy|coast guard|embassy|president|presidency|prime minister|"
    "foreign minister|minister|police|parliament|ambassador|agency|authority|inspectorate|"
    "military|forces|delegation|side|capital|border|territory|troops|soldiers|negotiators|"
    "officials|customs|administration|roads agency|space agency|port authority|"
    "water ministry|defence ministry|foreign ministry|navy|air force|coastguard"
)


_DESCRIPTOR_WORDS = (
    *(
        w + " "
        for w in (
            "newspaper broadcaster agency daily weekly monthly channel magazine outlet network "
            "radio television station website portal tabloid paper journal"
        ).split()
    ),
    "news site ",
    "wire service ",
)


@dataclass
class Place:
    """A state named in the article: a real country or an invented one."""

    key: str
    name: str
    code: str | None
    forms: set[str] = field(default_factory=set)  # name, capital, demonym as written


# `[A-Z](?<!\w[A-Z])` is `\b[A-Z]` with the capital first: the engine then looks for capitals
# alone instead of trying the whole pattern at every position of the text.
_CAPS = re.compile(r"[A-Z](?<!\w[A-Z])[\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}")
_PLACE_SUFFIX = re.compile(r"-(?:based|led|backed|owned|run|born|funded|registered)$")
# `\b(?:state|province|region|canton|county) of ([A-Z][\w-]+)`, written to start with the
# first letter (the engine skips to those instead of trying every position of the page).
_SUBNATIONAL = re.compile(
    r"[sprc](?<!\w[sprc])(?:(?<=s)tate|(?<=p)rovince|(?<=r)egion|(?<=c)anton|(?<=c)ounty)"
    r" of ([A-Z][\w-]+)"
)
_POSSESSIVE_INSTITUTION = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+(?:\s[A-Z][a-z]+)?)'s (?:[a-z-]+ ){0,2}(?:"
    + _PLACE_INSTITUTIONS
    + r")\b"
)
_NAME_GOVERNMENT = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+) government\b")
_NEIGHBOURING = re.compile(r"\bneighbou?ring ([A-Z][a-z]+)")
# `\b(?:government|ambassador|embassy|president|ministry of [a-z]+|[Mm]inistry of [A-Z][a-z]+)
# of ([A-Z][a-z]+)\b`, written to start with the first letter (the engine skips to those).
_INSTITUTION_OF = re.compile(
    r"[gaepmM](?<!\w[gaepmM])(?:(?<=g)overnment|(?<=a)mbassador|(?<=e)mbassy|(?<=p)resident|"
    r"(?<=m)inistry of [a-z]+|(?<=[Mm])inistry of [A-Z][a-z]+) of ([A-Z][a-z]+)\b"
)
# `The representative of Norland said`, `the delegation of Teralia`: the UN's words for a
# state's voice in a meeting (rule `state-representative-of`)
_REPRESENTATIVE_OF = re.compile(r"\b(?:representative|delegation) of ([A-Z][a-z]+)\b")
# a paragraph opening with a place, then a date or a credit, then a dash
_DATELINE = re.compile(
    r"(?m)^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:,[^\n\-–—]{0,40})?(?: \([^()\n]{1,40}\))?"
    # the dash of an English wire, or the `.-` of a Spanish-language agency (`Quito, Jul 8.-`)
    r"(?:\s+(?:[-–—]|--)|(?<=\.)[-–—]|\.[-–—])\s"
)
# `New Delhi, May 12 (PTI) India on Monday ...`: a date and the agency's credit, and no dash.
_DATELINE_CREDIT_NO_DASH = re.compile(
    r"(?m)^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s*\d{4})?\s*\([^()\n]{1,40}\)\s+(?=[A-Z\"“‘])"
)
# `ISLAMABAD: The Foreign Office said ...` (South Asian papers): a capital in capitals, a colon.
_DATELINE_COLON = re.compile(r"(?m)^([A-Z]{3,}(?: [A-Z]{3,})?)\s?:\s+(?=[A-Z])")
_HEADLINE_STATE = re.compile(r"^([A-Z][a-z]+) (?:denies|rejects|dismisses|confirms)\b")
# (not after a hyphen: `Omari` of `the Al-Omari crossing` is no word of its own, and beside
# `Omar` it would make a state and its demonym)
_CAP_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]{3,}\b")
_CAP_WORD_ANY = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}\b")
_PAIR_TRADE = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+) and ([A-Z][a-z]+) (?:traded|trade|have given)")
# `(?:\b([A-Z][a-z]+)\s+)?\b([A-Z][a-z]{2,}(?:an|ian|i|ese|ish))\s+...`, written to start with
# the capital (the engine then skips to capitals); _adjective_officials() gives the two words.
_ADJECTIVE_OFFICIALS = re.compile(
    r"([A-Z])(?<!\w[A-Z])(?:([a-z]+)\s+([A-Z][a-z]{2,}(?:an|ian|i|ese|ish))|"
    r"([a-z]{2,}(?:an|ian|i|ese|ish)))\s+((?:[a-z]+\s+){0,2})"
    r"(?:official|officials|government|authorities)\b"
)


def _verb_between(words: str) -> bool:
    """`Morandi accused the government`: a verb after the word makes it a subject (a surname),
    no adjective of a state."""
    verbs = lexicon.words("speech_verbs.txt")
    if on("speech-verb-forms-after-name"):
        # `Avetisyan said officials of the two countries would meet`: the list is a table of
        # forms and their class (`said<TAB>say`), read by its forms
        verbs = verbs | frozenset(lexicon.table("speech_verbs.txt"))
    return on("verb-after-no-demonym") and any(
        w in verbs or (w.endswith("ed") and len(w) > 4) for w in words.split()
    )


def _adjective_officials(text: str) -> Iterator[tuple[str | None, str]]:
    """(word before, adjective) of each `A Brisan official`, `the Velorian government`."""
    for m in _ADJECTIVE_OFFICIALS.finditer(text):
        first, rest, adj, alone, between = m.groups()
        if _verb_between(between):
            continue
        if rest is not None:
            yield first + rest, adj
        else:
            yield None, first + alone


@lru_cache(maxsize=1 << 15)
def _country_form(phrase: str) -> tuple[lexicon.Country | None, str]:
    """The real country a capitalised phrase names (name, capital, demonym), and its form."""
    idx = lexicon.country_index()
    form = phrase[:-2] if phrase.endswith("'s") else phrase
    hit = None
    for key in (form, form.rstrip(".'"), form.rstrip(".'") + "."):
        hit = hit or idx.get(key.lower() if len(key) > 3 else key) or idx.get(key)
    form = form.rstrip("'") if "." in form[:-1] else form.rstrip(".'")
    return (hit[0] if hit else None), form


_DIRECTIONS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower New "
    "Greater".split()
)


def _after_given_name(text: str, word: str) -> bool:
    """`Anton Petrovsky` beside `Anton Petrovski`: a surname spelt two ways, not a state and
    its demonym. True when a capitalised word other than a determiner or a direction stands
    right before the word somewhere in the text."""
    # Found from each literal ` word`, then read backwards: a pattern that starts with the
    # capitalised word would be tried at every capital of a long text, once per word.
    pattern = re.compile(rf"([A-Z][a-z]+) {re.escape(word)}\b")
    i = text.find(" " + word)
    while i >= 0:
        j = i
        while j > 0 and "a" <= text[j - 1] <= "z":
            j -= 1
        j -= 1
        if j >= 0 and (j == 0 or not (text[j - 1].isalnum() or text[j - 1] == "_")):
            m = pattern.match(text, j)
            if m:
                before = m.group(1)
                if (
                    before not in _NOT_NAMES
                    and before not in _DIRECTIONS
                    and not before.endswith("ing")
                ):
                    return True  # (`Blaming Helsa`: a verb at the start of a sentence)
        i = text.find(" " + word, i + 1)
    return False


def _regional(word: str) -> bool:
    """A continent or region, or its adjective: `africa`, `african`, `european`."""
    return any(
        word == r or (word.startswith(r[:-1]) and len(word) <= len(r) + 3)
        for r in lexicon.words("regions.txt")
    )


@lru_cache(maxsize=1)
def _joined_state_names() -> tuple[tuple[str, lexicon.Country], ...]:
    """`Trinidad and Tobago`, `Côte d'Ivoire`, `Port of Spain`: a state's name joined by
    lower-case words other than `of`, none of whose capitalised words names a state alone, or a
    capital joined by any, which the capitalised phrases of a text split (rule
    `state-name-lower-words`)."""
    idx = lexicon.country_index()
    out = []
    for c in lexicon.countries():
        for n in (c.name, *c.aliases, *c.capitals):
            words = n.split()
            low = [w for w in words if w[:1].islower()]
            caps = [w for w in words if w[:1].isupper()]
            if not low or not caps:
                continue
            if n in c.capitals or (
                # (`of` joins a long form, `Republic of Korea`, which the state's name gives)
                "of" not in low and not any(idx.get(w.lower()) for w in caps)
            ):
                out.append((n, c))
    return tuple(out)


class Places:
    """States of one article, found from reference data and from the way they are written."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_form: dict[str, Place] = {}
        self.places: dict[str, Place] = {}
        self.subnational: set[str] = set()
        self._home: Place | None = None  # see home()
        self._home_done = False
        self.dateline = ""  # the dateline's line, once home() found one
        self._found: dict[str, Place | None] = {}  # memo of find(); cleared when forms change
        self._surnames: dict[str, bool] = {}  # capitals written as a person's surname
        self._orgs: dict[str, list[tuple[int, str, frozenset[str]]]] = {}  # see org_mentions()
        self._media_names: set[str] | None = None  # see media_names
        self._media: list[tuple[int, str]] | None = None  # see media_mentions
        self._low: str | None = None  # the text in lower case, made on first use
        # a live blog told newest entry first (accounts.newest_first, read on the text before
        # cleaning took its entry stamps out)
        self.newest_first = False
        self._counts: WordCounts | None = None  # see counts
        self.described: dict[str, Desc] = {}  # describe()'s memo; cleared when forms change
        # Registry._org_key()'s memo; cleared when forms change
        self.org_keys: dict[str, tuple[str | None, frozenset[str]]] = {}
        # in the order of the text (a set's order changed with the hash seed, and the order of
        # `places` with it)
        based = on("hyphen-suffix-place")
        for phrase in dict.fromkeys(_CAPS.findall(text)):
            words = phrase.split()
            if based and "-" in phrase:
                # `Amman-based`, `Saudi-led`, `Kremlin-backed`: the place before the suffix
                words = [_PLACE_SUFFIX.sub("", w) for w in words]
            covered: set[int] = set()
            for i in range(len(words)):
                if i in covered:
                    continue
                for j in range(len(words), i, -1):
                    c, form = _country_form(" ".join(words[i:j]))
                    if c is not None and j == i + 1 and self._capital_in_name(c, form, words, i):
                        c = None  # `Rodel Santiago`, `Victoria Nuland`: a person's name
                    if c is not None:
                        p = self.places.setdefault(c.code, Place(c.code, c.name, c.code))
                        p.forms.add(form)
                        self.by_form[form.lower()] = p
                        if (
                            form.lower().startswith("the ")
                            and words[j - 1].endswith(("'", "’", "'s", "’s"))
                            and on("state-without-article")
                        ):
                            # `The Maldives' transport ministry`: `Maldives'` names it too
                            p.forms.add(form[4:])
                            self.by_form.setdefault(form[4:].lower(), p)
                        covered.update(range(i, j))
                        break
        self.joined: list[str] = []  # states and capitals joined by lower-case words
        if on("state-name-lower-words"):
            for name, c in _joined_state_names():
                if name in text:
                    p = self.places.setdefault(c.code, Place(c.code, c.name, c.code))
                    p.forms.add(name)
                    self.by_form[name.lower()] = p
                    self.joined.append(name)
        if any(w in text for w in ("state of", "province of", "region of", "canton", "county")):
            for m in _SUBNATIONAL.finditer(text):
                self.subnational.add(m.group(1).lower())
        inv: set[str] = set()
        if "'s " in text:
            inv.update(m.group(1) for m in _POSSESSIVE_INSTITUTION.finditer(text))
        if " government" in text:
            inv.update(m.group(1) for m in _NAME_GOVERNMENT.finditer(text))
        inv.update(m.group(1) for m in _line_matches(_NEIGHBOURING, text, "neighbo"))
        inv.update(m.group(1) for m in _INSTITUTION_OF.finditer(text))
        for lit in ("representative of ", "delegation of "):
            if lit in text and on("state-representative-of"):
                inv.update(m.group(1) for m in _line_matches(_REPRESENTATIVE_OF, text, lit))
        head = text.split("\n\n", 1)[0]
        if head.rstrip()[-1:] not in ".!?\"'":
            inv.update(m.group(1) for m in _HEADLINE_STATE.finditer(head))
        capw = set((_CAP_WORD if on("hyphen-word-no-state") else _CAP_WORD_ANY).findall(text))
        given_name_not_before: set[str] = set()  # words _after_given_name found False for
        for w in capw:
            stem = w[:-1] if w[-1] in "aeiouy" else w
            # a capitalised word whose stem also stands with a demonym ending: a state's name
            forms = (stem + "n", stem + "an", stem + "ian", stem + "i", stem + "ese")
            shared = capw.intersection(forms)
            if (
                w not in forms
                and shared
                # `Mongolian` is Mongolia's: `Mongol` is no other state
                and not any(f.lower() in self.by_form for f in shared)
                and not _after_given_name(text, w)
            ):
                inv.add(w)
                given_name_not_before.add(w)  # (asked again below: a scan of the whole text)
        if "trade" in text or "have given" in text:
            for m in _PAIR_TRADE.finditer(text):
                inv.update((m.group(1), m.group(2)))
        for name in inv:
            low = name.lower()
            if low in self.by_form or low in self.subnational or low in lexicon.words("titles.txt"):
                continue
            if _regional(low) or low in self._real_words():
                continue  # `Africa`, `Korea` of `South Korea`: no invented state
            if name not in given_name_not_before and _after_given_name(text, name):
                continue  # `Luca Morandi` ... `Morandi's office`: a person, not a state
            if low in lexicon.words("org_heads.txt") or low in lexicon.words("media_cues.txt"):
                continue  # `Ministry denies ...` in a headline names no state
            if low in lexicon.words("state_nouns.txt") and on("headline-state-noun"):
                continue  # nor does `Government denies ...`, `Authorities reject ...`
            if low in ("the", "this", "it", "its"):
                continue
            p = self.places.setdefault(low, Place(low, name, None))
            p.forms.add(name)
            self.by_form[low] = p
        # Demonyms of invented states: Velorian <- Veloria, Marreni <- Marren, Tessalian <- Tessaly.
        words_ = capw
        for p in list(self.places.values()):
            if p.code:
                continue
            stem = p.name.rstrip("aeiouy") if p.name[-1:] in "aeiouy" else p.name
            for w in words_:
                if w == p.name or not w.startswith(stem):
                    continue
                if w[len(stem) :] in ("n", "an", "ian", "i", "ese", "ish", "ean", "ine"):
                    p.forms.add(w)
                    self.by_form[w.lower()] = p
        # Adjectives of states never named: `A Brisan official`.
        for before, w in _adjective_officials(text):
            if before and f"{before} {w}".lower() in self.by_form:
                continue
            if _regional(w.lower()):
                continue  # `African officials`, `European diplomats`
            if w.lower() not in self.by_form:
                p = Place(w.lower(), w, None, {w})
                self.places[w.lower()] = p
                self.by_form[w.lower()] = p

    def _capital_in_name(self, c: lexicon.Country, form: str, words: list[str], i: int) -> bool:
        """A capital written as a person's surname or given name: `Prof. Rodel Santiago`,
        `Kenneth Washington`, `Victoria Nuland` (rule `capital-in-person-name`). The word
        beside it is a name: capitalised, written nowhere in lower case, no place, title or
        function word; a given name stands right before the capital, a surname right after it
        and stands alone elsewhere in the text (`Nuland said`)."""
        if form not in c.capitals or not on("capital-in-person-name"):
            return False

        def name_like(w: str) -> bool:
            w = w.rstrip(".,'’")
            if w.endswith(("'s", "’s")):
                w = w[:-2]
            return (
                len(w) > 2
                and w.isalpha()
                and w[0].isupper()
                and w[1:].islower()
                and w not in _NOT_NAMES
                and w not in _DIRECTIONS
                and not w.endswith("ing")
                and w.lower() not in lexicon.words("titles.txt")
                and w.lower() not in lexicon.words("honorifics.txt")
                and w.lower() not in lexicon.words("org_heads.txt")
                and w.lower() not in lexicon.words("media_cues.txt")
                and _country_form(w)[0] is None
                and not _lower_written(self.text, w.lower())
            )

        # (a name ends its capitalised phrase: `The Tokyo Daily Herald` is an outlet)
        if (
            i > 0
            and i == len(words) - 1
            and name_like(words[i - 1])
            and f"{words[i - 1]} {form}" in self.text
        ):
            return True
        if i + 2 == len(words) and name_like(words[i + 1]):
            surname = words[i + 1].rstrip(".,'’")
            return f"{form} {surname}" in self.text and bool(
                re.search(rf"(?<!{re.escape(form)} )\b{re.escape(surname)}\b", self.text)
            )
        if len(words) == 1:
            # `Santiago said` after `Maria Santiago, a fisheries official,`: her surname alone
            if form not in self._surnames:
                self._surnames[form] = any(name_like(w) for w in _words_before(self.text, form))
            return self._surnames[form]
        return False

    def _real_words(self) -> set[str]:
        """Words of the real states' names the text writes in several words (`south korea`)."""
        return {
            w for form, p in self.by_form.items() if p.code and " " in form for w in form.split()
        }

    @property
    def counts(self) -> WordCounts:
        """How often the text writes a phrase: one count of the text for all the passes."""
        if self._counts is None:
            self._counts = WordCounts(self.text)
        return self._counts

    @property
    def media_names(self) -> set[str]:
        """Names the text introduces with a noun for an outlet: `the broadcaster Kabar Satu`."""
        if self._media_names is None:
            self._media_names = {norm(name) for _, name in self.media_mentions}
        return self._media_names

    @property
    def media_mentions(self) -> list[tuple[int, str]]:
        """(position, name) of each outlet the text introduces with a noun for an outlet."""
        if self._media is None:
            found: dict[int, str] = {}
            text = self.text
            for word in _DESCRIPTOR_WORDS:
                # a literal search for each noun, the pattern tried only where one stands
                i = text.find(word)
                while i >= 0:
                    m = _MEDIA_DESCRIPTOR.match(text, i)
                    if m is not None:
                        name = _trim_name(m.group(1))
                        first = name.split()[1 if name.startswith("The ") else 0] if name else ""
                        if name and first not in _NOT_NAMES:
                            found[m.start(1)] = name
                    i = text.find(word, i + 1)
            self._media = sorted(found.items())
        return self._media

    def media_place(self, key: str) -> Place | None:
        """The state an outlet is placed in where the text introduces it: `the Philippine
        newspaper X`, `the New Zealand weekly X`."""
        for start, written in self.media_mentions:
            if norm(written) == key:
                before = self.text[max(0, start - 48) : start].split()
                # the words before the noun for the outlet: `... the New Zealand weekly`
                words = before[:-1][-2:]
                for i in range(len(words)):
                    p = self.find(" ".join(words[i:]))
                    if p is not None:
                        return p
        return None

    def ensure(self, code: str) -> Place | None:
        """The place of a real country given by its ISO code, added when the text never names it."""
        p = self.places.get(code)
        if p is not None and p.name.lower() in self.by_form:
            return p
        c = lexicon.country_by_code().get(code)
        if c is None:
            return p
        if p is None:
            p = self.places[c.code] = Place(c.code, c.name, c.code)
        p.forms.add(c.name)
        self.by_form.setdefault(c.name.lower(), p)
        self._found.clear()
        self.described.clear()
        self.org_keys.clear()
        return p

    def _scan_orgs(
        self, text: str, head: str, offset: int
    ) -> list[tuple[int, str, frozenset[str]]]:
        """The bodies `text` names with the head noun (positions shifted by offset)."""
        found: list[tuple[int, str, frozenset[str]]] = []
        for h in _head_matches(text, head):
            # from the head noun back to the name or adjective before it
            lead_at = _lead_before(text, h.start())
            if lead_at is None:
                continue
            start, lead, mid = lead_at
            if any(
                w.lower() in _MID_STOP
                # `Food and Drug Authority`: `and` between capitals is part of the name
                and not (w == "and" and 0 < i < len(mid) - 1 and mid[i - 1][:1].isupper())
                for i, w in enumerate(mid)
            ):
                continue
            if not (
                self.find(lead) is not None
                or (all(w[:1].isupper() for w in mid) and h.group()[:1].isupper())
            ):
                continue
            if _INDEFINITE_END.search(text[max(0, start - 9) : start]):
                continue  # `a Canadian company`: no name
            end = h.end()
            t = _ORG_TAIL.match(text, end)
            if t is not None:
                end = t.end()
            if head in ("embassy", "consulate", "mission"):
                t = _SEAT_TAIL.match(text, end)  # `the Russian Embassy in Ulaanbaatar`
                if t is not None:
                    end = t.end()
            phrase = _trim_name(text[start:end])
            found.append((start + offset, phrase, frozenset(w.lower() for w in _words(phrase))))
        return found

    def org_mentions_near(
        self, head: str, lo: int, hi: int
    ) -> list[tuple[int, str, frozenset[str]]]:
        """`org_mentions` within text[lo:hi]: a short look back, no scan of a long page."""
        if not _is_org_word(head) or " " in head or len(head) < 4:
            return []
        window = self.text[max(0, lo) : hi]
        if head not in window.lower():
            return []
        return self._scan_orgs(window, head, max(0, lo))

    def org_mentions(self, head: str) -> list[tuple[int, str, frozenset[str]]]:
        """Organisations the text names with a head noun, in order: (position, phrase, words).

        `Norway's foreign ministry`, `the Senegalese Ministry of Trade`, `Ministry of Sports of
        Qaderia`: a name or an adjective, then at most three words, then the head noun; also
        `the trade union X`, named after its noun. Found once for each head noun asked for.
        """
        found = self._orgs.get(head)
        if found is not None:
            return found
        found = self._orgs[head] = []
        if not _is_org_word(head) or " " in head or len(head) < 4:
            return found
        if self._low is None:
            self._low = self.text.lower()
        if head not in self._low:
            return found  # a plain substring test spares the scan
        found.extend(self._scan_orgs(self.text, head, 0))
        text = self.text
        if head in _FIELD_HEADS:
            for m in _line_matches(_field_re(head), text, head):
                # `the agriculture ministry`: a state body named by its field in lower case
                if all(w in _FIELD_WORDS for w in m.group(1).split()):
                    phrase = text[m.start(1) : m.end()]
                    found.append((m.start(1), phrase, frozenset(phrase.lower().split())))
            found.sort()
        if head in _NAMED_AFTER:
            for m in _line_matches(_descriptor_re(head), text, head[1:]):
                # `the trade union Dignité`, `the company Costa Verde`: named after its noun
                name = _trim_name(m.group("name"))
                if not name or name.split()[0] in _NOT_NAMES or self.find(name) is not None:
                    continue
                found.append((m.start(), name, frozenset(w.lower() for w in _words(m.group(0)))))
            found.sort()
        return found

    def home(self) -> Place | None:
        """The state of the dateline (`Tehran - Agency - ...`, `ZAGREB, May 27 (Wire) -`): where
        the page is written, the country that `our country` means on a translated page."""
        if self._home_done:
            return self._home
        self._home_done = True
        m = _DATELINE.search(self.text[:3000])
        if m is None and on("dateline-colon-home"):
            m = _DATELINE_COLON.search(self.text[:3000])  # `ISLAMABAD: The ministry said ...`
        if m is None and on("dateline-credit-no-dash"):
            m = _DATELINE_CREDIT_NO_DASH.search(self.text[:3000])
        if m is not None and on("dateline-home"):
            self._home = self.find(m.group(1)) or self.find(m.group(1).title())
            if self._home is not None:
                line_end = self.text.find("\n", m.start())
                self.dateline = self.text[m.start() : line_end if line_end >= 0 else None][:160]
        return self._home

    def find(self, form: str) -> Place | None:
        """The state a word or phrase names (name, capital, demonym), if any."""
        if form in self._found:  # (a miss costs no KeyError)
            return self._found[form]
        f = form.strip()
        if f.endswith(("'s", "’s")):
            f = f[:-2]
        elif f.endswith(("s'", "s’")) and on("plural-possessive-state"):
            f = f[:-1]  # `the Maldives' transport ministry`, `the Philippines' envoy`
        hit = None
        for key in (f, f.rstrip("."), f.rstrip(".") + "."):
            hit = self.by_form.get(key.lower()) or self.by_form.get(key)
            if hit is not None:
                break
        self._found[form] = hit
        return hit


def _words_before(text: str, form: str) -> Iterator[str]:
    """The capitalised words written right before ` form` (a whole word) in the text, found from
    the literal ` form` and read backwards (a pattern opening with the word would be tried at
    every position of a long page)."""
    needle = " " + form
    i = text.find(needle)
    while i >= 0:
        end = i + len(needle)
        if end >= len(text) or not (text[end].isalnum() or text[end] == "_"):
            j = i
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            w = text[j:i]
            if (
                len(w) > 1
                and w[0].isupper()
                and w[1:].islower()
                and (j == 0 or not text[j - 1].isalnum())
            ):
                yield w
        i = text.find(needle, i + 1)


def _lower_written(text: str, word: str) -> bool:
    """The text writes the word in lower case somewhere (a common word, not a name)."""
    i = text.find(word)
    while i >= 0:
        if (i == 0 or not text[i - 1].isalpha()) and not text[
            i + len(word) : i + len(word) + 1
        ].isalpha():
            return True
        i = text.find(word, i + 1)
    return False


@lru_cache(maxsize=256)
def _head_re(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b[{head[0].upper()}{head[0]}]{re.escape(head[1:])}\b")


def _head_matches(text: str, head: str) -> Iterator[re.Match[str]]:
    """The matches of `_head_re(head).finditer(text)`, found from the literal rest of the word
    (a pattern that opens with `\\b` is tried at every position of the text)."""
    pattern = _head_re(head)
    rest = head[1:]
    pos = 0  # where the last match ended: matches do not overlap
    i = text.find(rest, 1)
    while i >= 0:
        if i > pos and (h := pattern.match(text, i - 1)) is not None:
            yield h
            pos = h.end()
        i = text.find(rest, i + 1)


def _line_matches(pattern: re.Pattern[str], text: str, literal: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` for a pattern that matches no line break and
    holds `literal` in every match: only the lines holding the literal are searched (the
    patterns below open with `\\b` or a lower-case word, tried at every position otherwise)."""
    i = text.find(literal)
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        yield from pattern.finditer(text, start, end)
        i = text.find(literal, end)


_NAMED_AFTER = frozenset(
    "union company firm group association party movement federation confederation alliance "
    "coalition foundation consortium charity organisation organization cooperative co-operative "
    "syndicate lobby".split()
)


_FIELD_HEADS = frozenset("ministry department".split())


@lru_cache(maxsize=8)
def _field_re(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b[Tt]he ((?:[a-z-]+ ){{1,2}}){head}\b")


@lru_cache(maxsize=64)
def _descriptor_re(head: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:[a-z]+ )?[{head[0].upper()}{head[0]}]{re.escape(head[1:])}"
        r" (?P<name>(?:(?:El|La|Le|Les|L'|Al|Der|Die|Das|Il|Lo|Los|Las|O|Het|De|The) )?"
        r"[A-Z][\w'’.-]*"
        r"(?: (?:(?:de|do|da|del|di|du|des|la|el|of|the|y|e|al|and|&) )?[A-Z][\w'’.-]*){0,4})"
    )


_CAP = r"[A-Z][\w'’.-]*"
# What stands before an organisation's head noun: a name or an adjective, at most three words.
_CAP_TOKEN = re.compile(rf"{_CAP}\Z")
_MID_TOKEN = re.compile(r"[A-Za-z][\w'’-]*\Z")
_WORDISH = re.compile(r"[\w'’.-]")
_FIRST_WORD = re.compile(r"\w+")


def _lead_before(text: str, hs: int) -> tuple[int, str, list[str]] | None:
    """The name or adjective before a head noun at hs: the leftmost start of one to three
    capitalised words and at most three more words, single-spaced, on one line. Returns
    (start, lead words, other words)."""
    if hs == 0 or text[hs - 1] != " ":
        return None
    w0 = max(0, hs - 90)
    window = text[w0 : hs - 1]
    nl = window.rfind("\n")
    if nl >= 0:
        w0, window = w0 + nl + 1, window[nl + 1 :]
        cut = False
    else:
        cut = w0 > 0 and bool(_WORDISH.match(text[w0 - 1]))
    words = window.split(" ")
    n = len(words)
    offs = []
    o = w0
    for w in words:
        offs.append(o)
        o += len(w) + 1
    for k in range(max(0, n - 6), n):
        if k == 0 and cut:
            continue
        first, skip = words[k], 0
        if first[:1] in '"“‘([':
            first, skip = first[1:], 1  # `"Norway's foreign ministry`
        if not _CAP_TOKEN.match(first):
            continue
        fw = _FIRST_WORD.match(first)
        if fw is not None and fw.group() in _NOT_NAMES:
            continue  # `The`, `Monday's`
        lead = [first]
        for j in range(1, 4):
            if j > 1:
                if k + j > n or not _CAP_TOKEN.match(words[k + j - 1]):
                    break
                lead.append(words[k + j - 1])
            rest = words[k + j :]
            if len(rest) <= 3 and all(_MID_TOKEN.match(w) for w in rest):
                return offs[k] + skip, " ".join(lead), rest
    return None


# `Ministry of Agriculture, Fisheries and Forestry`: a list of fields closed by `and`
_ORG_TAIL = re.compile(
    rf" (?:of|for) (?:the )?{_CAP}(?: (?:and |of )?{_CAP}){{0,4}}"
    rf"(?:(?:, {_CAP}(?: {_CAP})?)+,? and {_CAP}(?: {_CAP})?)?"
)


_SEAT_TAIL = re.compile(rf" in {_CAP}(?: {_CAP})?")
_INDEFINITE_END = re.compile(r"\b(?:an?|one|another|any)\s$", re.I)
_MID_STOP = frozenset(
    "the a an and or to by of for in on at with from said says told has had have was were is "
    "are its their his her who which that this than as".split()
)
