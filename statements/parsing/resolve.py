"""Stage 4: turn speaker phrases into actors: people, organisations, governments, media."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from . import lexicon
from .attribute import Mention

_DETS = ("the ", "a ", "an ")
_PARTICLES = frozenset("de do da al la van von del di du le el bin ibn".split())
_CONNECTORS = _PARTICLES | {"of", "and", "for", "the", "on", "in"}
# Articles and particles that open a name when capitalised: `El Mirador`, `Die Zeit`, `Al Ahram`.
_NAME_ARTICLES = frozenset(
    "el la le les l' al der die das il lo los las o het de des du da do di van von".split()
)
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
_GOV_HEADS = frozenset(
    "ministry department presidency army navy police embassy consulate coast guard military "
    "forces cabinet inspectorate authority agency".split()
)
_PLACE_INSTITUTIONS = (
    "ministry|government|army|navy|coast guard|embassy|president|presidency|prime minister|"
    "foreign minister|minister|police|parliament|ambassador|agency|authority|inspectorate|"
    "military|forces|delegation|side|capital|border|territory|troops|soldiers|negotiators|"
    "officials|customs|administration|roads agency|space agency|port authority|"
    "water ministry|defence ministry|foreign ministry|navy|air force|coastguard"
)
_GENERIC_MEDIA = frozenset(
    "paper newspaper weekly daily website site outlet channel magazine broadcaster".split()
)
_GROUP_WORDS = frozenset("officials sources people importers diplomats members experts".split())
_ROLE_HEADS = frozenset(
    "minister secretary inspector official commissioner director spokesman spokeswoman "
    "spokesperson chairman chairwoman chair administrator controller".split()
)
_ROLE_GENERIC = frozenset(
    "chief deputy head senior vice general executive spokesman spokeswoman spokesperson "
    "minister ministry official officials director secretary state national federal".split()
)
# Words of a ministry's field after `Minister of`: `Foreign Affairs`, `the Interior`.
_FIELD_WORDS = frozenset(
    "of for and the affairs foreign interior home defence defense finance economy trade "
    "industry commerce health education justice labour labor agriculture fisheries tourism "
    "transport energy environment culture information communications security planning "
    "infrastructure housing water mines mining sports youth women social welfare state "
    "public works development cooperation".split()
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
# Singular nouns for an unnamed person: `a Turkish diplomat`, `a senior navy officer`.
_PERSON_NOUNS = frozenset(
    "diplomat diplomats officer officers insider insiders aide aides negotiator witness resident "
    "employee executive engineer expert worker person member legislator lawmaker investigator "
    "staffer".split()
)
# Words that make an unnamed official a source rather than the state's voice.
_ANONYMITY = re.compile(
    r"\b(?:anonymity|anonymously|not (?:authori[sz]ed|allowed|permitted) to|"
    r"(?:asked|declined|requested) not to be (?:named|identified)|"
    r"declined to be (?:named|identified)|on background)\b",
    re.I,
)
_OF_THE_STATE = re.compile(r"^(?:the )?state(?: government)?['’]s\b", re.I)
_STATE_OUTLET = re.compile(
    r"\bstate(?:-run|-owned| news| television| tv| radio| media| broadcaster| agency)\b", re.I
)
# Where a person spoke: `told reporters in Dakar`, `a press conference in Abidjan`.
_SPOKE_IN = re.compile(
    r"\b(?:told|said|spoke|speaking|briefing|conference|reporters|journalists|interview)\b"
    r"[^.;\"]{0,40}?\bin ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)
# Capitals that also seat international bodies: speaking there says nothing of one's state.
_HOSTS = frozenset(("Brussels", "The Hague", "Vienna", "Luxembourg", "Nairobi"))
_HEAD_SKIP = frozenset("of the a an one two three four five several some".split())


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

    def keys(self) -> set[str]:
        out = {norm(self.name), *map(norm, self.aliases)}
        out.discard("")
        return out


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
_SUBNATIONAL = re.compile(r"\b(?:state|province|region|canton|county) of ([A-Z][\w-]+)")
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
_HEADLINE_STATE = re.compile(r"^([A-Z][a-z]+) (?:denies|rejects|dismisses|confirms)\b")
_CAP_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}\b")
_PAIR_TRADE = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+) and ([A-Z][a-z]+) (?:traded|trade|have given)")
# `(?:\b([A-Z][a-z]+)\s+)?\b([A-Z][a-z]{2,}(?:an|ian|i|ese|ish))\s+...`, written to start with
# the capital (the engine then skips to capitals); _adjective_officials() gives the two words.
_ADJECTIVE_OFFICIALS = re.compile(
    r"([A-Z])(?<!\w[A-Z])(?:([a-z]+)\s+([A-Z][a-z]{2,}(?:an|ian|i|ese|ish))|"
    r"([a-z]{2,}(?:an|ian|i|ese|ish)))\s+(?:[a-z]+\s+){0,2}"
    r"(?:official|officials|government|authorities)\b"
)


def _adjective_officials(text: str) -> Iterator[tuple[str | None, str]]:
    """(word before, adjective) of each `A Brisan official`, `the Velorian government`."""
    for m in _ADJECTIVE_OFFICIALS.finditer(text):
        first, rest, adj, alone = m.groups()
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


class Places:
    """States of one article, found from reference data and from the way they are written."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_form: dict[str, Place] = {}
        self.places: dict[str, Place] = {}
        self.subnational: set[str] = set()
        self._found: dict[str, Place | None] = {}  # memo of find(); cleared when forms change
        self._orgs: dict[str, list[tuple[int, str, frozenset[str]]]] = {}  # see org_mentions()
        self._media_names: set[str] | None = None  # see media_names
        self._media: list[tuple[int, str]] | None = None  # see media_mentions
        self._low: str | None = None  # the text in lower case, made on first use
        self.described: dict[str, Desc] = {}  # describe()'s memo; cleared when forms change
        # Registry._org_key()'s memo; cleared when forms change
        self.org_keys: dict[str, tuple[str | None, frozenset[str]]] = {}
        for phrase in set(_CAPS.findall(text)):
            words = phrase.split()
            covered: set[int] = set()
            for i in range(len(words)):
                if i in covered:
                    continue
                for j in range(len(words), i, -1):
                    c, form = _country_form(" ".join(words[i:j]))
                    if c is not None:
                        p = self.places.setdefault(c.code, Place(c.code, c.name, c.code))
                        p.forms.add(form)
                        self.by_form[form.lower()] = p
                        covered.update(range(i, j))
                        break
        if any(w in text for w in ("state of", "province of", "region of", "canton", "county")):
            for m in _SUBNATIONAL.finditer(text):
                self.subnational.add(m.group(1).lower())
        inv: set[str] = set()
        if "'s " in text:
            inv.update(m.group(1) for m in _POSSESSIVE_INSTITUTION.finditer(text))
        if " government" in text:
            inv.update(m.group(1) for m in _NAME_GOVERNMENT.finditer(text))
        if "neighbo" in text:
            inv.update(m.group(1) for m in _NEIGHBOURING.finditer(text))
        inv.update(m.group(1) for m in _INSTITUTION_OF.finditer(text))
        head = text.split("\n\n", 1)[0]
        if head.rstrip()[-1:] not in ".!?\"'":
            inv.update(m.group(1) for m in _HEADLINE_STATE.finditer(head))
        capw = set(_CAP_WORD.findall(text))
        for w in capw:
            stem = w[:-1] if w[-1] in "aeiouy" else w
            # a capitalised word whose stem also stands with a demonym ending: a state's name
            forms = (stem + "n", stem + "an", stem + "ian", stem + "i", stem + "ese")
            if w not in forms and not capw.isdisjoint(forms):
                inv.add(w)
        if "trade" in text or "have given" in text:
            for m in _PAIR_TRADE.finditer(text):
                inv.update((m.group(1), m.group(2)))
        for name in inv:
            low = name.lower()
            if low in self.by_form or low in self.subnational or low in lexicon.words("titles.txt"):
                continue
            if low in lexicon.words("org_heads.txt") or low in lexicon.words("media_cues.txt"):
                continue  # `Ministry denies ...` in a headline names no state
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
            if w.lower() not in self.by_form:
                p = Place(w.lower(), w, None, {w})
                self.places[w.lower()] = p
                self.by_form[w.lower()] = p

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
        text = self.text
        for h in _head_re(head).finditer(text):
            # from the head noun back to the name or adjective before it
            lead_at = _lead_before(text, h.start())
            if lead_at is None:
                continue
            start, lead, mid = lead_at
            if any(w.lower() in _MID_STOP for w in mid):
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
            phrase = _trim_name(text[start:end])
            found.append((start, phrase, frozenset(w.lower() for w in _words(phrase))))
        if head in _NAMED_AFTER:
            for m in _descriptor_re(head).finditer(text):
                # `the trade union Dignité`, `the company Costa Verde`: named after its noun
                name = _trim_name(m.group("name"))
                if not name or name.split()[0] in _NOT_NAMES or self.find(name) is not None:
                    continue
                found.append((m.start(), name, frozenset(w.lower() for w in _words(m.group(0)))))
            found.sort()
        return found

    def find(self, form: str) -> Place | None:
        """The state a word or phrase names (name, capital, demonym), if any."""
        if form in self._found:  # (a miss costs no KeyError)
            return self._found[form]
        f = form.strip()
        if f.endswith("'s"):
            f = f[:-2]
        hit = None
        for key in (f, f.rstrip("."), f.rstrip(".") + "."):
            hit = self.by_form.get(key.lower()) or self.by_form.get(key)
            if hit is not None:
                break
        self._found[form] = hit
        return hit


_WORDS = re.compile(r"(?:[A-Z]\.){2,}|[\w@]+(?:['-][\w]+)*")
_PUBLISHED_BY = re.compile(r"^(?:published|issued|released|posted)\s.*?\bby\s+(.+)$")
_REPORT_BY = re.compile(
    r"^(?:an?|the)\s+(?:report|readout|statement)\b.*?\bby\s+(.+?)(?:\s+on\s+\w+day)?$", re.I
)
_OWN_READOUT = re.compile(r"^(?:the\s+)?(.+?)'s\s+(?:own\s+)?(?:readout|statement|report)\b", re.I)
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


@lru_cache(maxsize=256)
def _head_re(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b[{head[0].upper()}{head[0]}]{re.escape(head[1:])}\b")


_NAMED_AFTER = frozenset(
    "union company firm group association party movement federation confederation alliance "
    "coalition foundation consortium charity organisation organization cooperative co-operative "
    "syndicate lobby".split()
)


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


_ORG_TAIL = re.compile(rf" (?:of|for) (?:the )?{_CAP}(?: (?:and |of )?{_CAP}){{0,4}}")


_INDEFINITE_END = re.compile(r"\b(?:an?|one|another|any)\s$", re.I)
_MID_STOP = frozenset(
    "the a an and or to by of for in on at with from said says told has had have was were is "
    "are its their his her who which that this than as".split()
)


@lru_cache(maxsize=1 << 14)
def _words(s: str) -> tuple[str, ...]:
    # a tuple: callers share the remembered answer
    return tuple(_WORDS.findall(s))


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


def _gender(role: str | None) -> str | None:
    if not role:
        return None
    r = role.lower()
    if "woman" in r or r.endswith("ess"):
        return "f"
    if "spokesman" in r or "chairman" in r:
        return "m"
    return None


def _is_title(w: str) -> bool:
    return w.lower().rstrip(".") in lexicon.words("titles.txt")


def _is_org_word(w: str) -> bool:
    return w.lower() in lexicon.words("org_heads.txt")


def _is_media_word(w: str) -> bool:
    return w.lower() in lexicon.words("media_cues.txt")


@lru_cache(maxsize=1)
def _media_names_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in lexicon.table("media_names.txt"))


def _media_name(name: str) -> bool:
    return name.lower() in _media_names_lower()


def describe(phrase: str, places: Places) -> Desc:
    """Analyse a speaker phrase: who or what it names (remembered for the article's places)."""
    memo = places.described
    hit = memo.get(phrase)
    if hit is None:
        hit = memo[phrase] = _describe(phrase, places)
    # callers complete the description: each gets its own copy
    return Desc(
        hit.kind,
        hit.name,
        list(hit.aliases),
        hit.role,
        hit.place,
        hit.aff_phrase,
        hit.head,
        hit.named,
        hit.gender,
    )


_SOME_OF = re.compile(
    r"^(?:one|two|three|four|five|some|several|many|most|none)\s+of\s+(?:the|its|their)\s+(.+)$"
)
_X_GOVERNMENT = re.compile(r"^(.+?)(?:'s)? government$")
_GOVERNMENT_OF = re.compile(r"^government of (.+)$", re.I)
_STATE_OF_END = re.compile(r"(?:state|province|region) of ([\w-]+)$")
_QUOTED_NAME = re.compile(r'"([^"]{2,80})"')
_LEAD_NUMBER = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|several)\s+", re.I)


@lru_cache(maxsize=1)
def _humans() -> frozenset[str]:
    return (
        lexicon.words("titles.txt")
        | _GROUP_WORDS
        | {"source", "sources", "people", "importers", "diplomats"}
        | _PERSON_NOUNS
    )


def _describe(phrase: str, places: Places) -> Desc:
    raw = phrase.strip().strip(",")
    low = raw.lower()
    if low in ("he", "she", "it", "they", "we", "i"):
        return Desc("pronoun", low)
    base = strip_det(raw)
    blow = base.lower()
    det = raw[: len(raw) - len(base)].strip().lower()
    ws = _words(base)
    if not ws:
        return Desc("organisation", base)
    if (
        blow.split()[0:1]
        and blow.split()[0] in ("statement", "readout", "post", "message", "report")
        and len(ws) <= 3
    ):
        return Desc("statement", base)
    inst = lexicon.institution_index().get(blow)
    if inst is not None:
        return Desc(
            inst.kind,
            inst.name,
            [base],
            place=places.ensure(inst.country) if inst.country else None,
            aff_phrase=inst.affiliation,
        )
    media = _known_media(base, places)
    if media is not None:
        return media
    # `One of the importers`, `Two of the officials`
    m = _SOME_OF.match(blow)
    if m:
        return Desc("definite", base, head=m.group(1).split()[-1], named=False)
    if len(ws) == 1 and base.lower() in places.subnational:
        return Desc("organisation", base, [base])
    # The state itself.
    p = places.find(base)
    if p is not None:
        return Desc("government", p.name, [base], place=p)
    m = (_X_GOVERNMENT.match(base) if " government" in base else None) or _GOVERNMENT_OF.match(base)
    if m:
        p = places.find(m.group(1))
        if p is not None:
            return Desc("government", p.name, [base], place=p)
        # `the government of the Mexican state of Yucatán`: a state of a federation
        sub = _STATE_OF_END.search(base)
        if sub:
            p2 = None
            for w in ws:
                p2 = p2 or places.find(w)
            return Desc(
                "organisation",
                base,
                [base, sub.group(1), f"the {sub.group(0).split()[0]}"],
                place=p2,
            )
    if (
        len(ws) <= 3
        and ws[-1].lower() in ("official", "officials", "authorities")
        and places.find(" ".join(ws[:-1]))
    ):
        p = places.find(" ".join(ws[:-1]))
        return Desc("government", p.name if p else base, [base], place=p)
    if len(ws) == 2 and ws[0].lower() in ("neighbouring", "neighboring") and places.find(ws[1]):
        p = places.find(ws[1])
        return Desc("government", p.name if p else ws[1], [ws[1]], place=p)
    if (
        det in ("the", "its", "their")
        and len(ws) == 1
        and ws[0][:1].isupper()
        and not places.find(ws[0])
    ):
        return Desc("definite", base, head=ws[0].lower(), named=False)
    # A trailing proper name (possibly a person) after role words.
    toks = base.split()
    run: list[str] = []
    for w in reversed(toks):
        if w[:1].isupper() or (w.lower() in _CONNECTORS and run):
            run.insert(0, w)
        else:
            break
    while run and run[0].lower() in _CONNECTORS and not run[0][:1].isupper():
        run = run[1:]
    before_run = toks[len(toks) - len(run) - 1].lower() if 0 < len(run) < len(toks) else ""
    if before_run in ("in", "at", "of", "for", "on", "to", "from", "near", "close"):
        # `the embassy in Mexico City`, `a spokesman for X`: a modifier, not a name
        run = []
    rl = [w.lower().strip(",") for w in run]
    if not (any(_is_org_word(w) for w in rl) or any(_is_media_word(w) for w in rl)):
        # A person's run: titles and place words in front of the name are its prefix.
        titled = bool(run) and _is_title(run[0])
        while run and (_is_title(run[0]) or (len(run) > 1 and places.find(run[0]) is not None)):
            run = run[1:]
        if (
            titled
            and run
            and run[0].lower() in ("of", "for")
            and all(w.lower() in _FIELD_WORDS or _is_title(w) for w in run)
        ):
            # `The Minister of Foreign Affairs`: an office, not a name
            role: str | None = base.lower()
            return Desc(
                "definite" if det == "the" else "person",
                base,
                [base],
                role=role,
                head=_words(base)[0].lower(),
                place=_place_in(base, places),
                named=False,
            )
        while (
            run
            and run[0].lower() in _CONNECTORS
            and not (len(run) > 1 and run[0][:1].isupper() and run[0].lower() in _NAME_ARTICLES)
        ):
            run = run[1:]
    prefix = " ".join(toks[: len(toks) - len(run)]).strip()
    plow = prefix.lower()
    quoted = _QUOTED_NAME.search(raw) if '"' in raw else None
    if quoted:
        return Desc(
            "media" if any(_is_media_word(w) for w in plow.split()) else "organisation",
            quoted.group(1),
            [base],
        )
    if run:
        rname = " ".join(run)
        rwords = [w.lower() for w in run]
        known = _known_media(rname, places) if rname != base else None
        if known is not None:
            # `the agency TAP`, `State news agency Xinhua`
            known.aliases.append(base)
            if known.place is None:
                known.place = _place_in(prefix, places)
            return known
        org_in_run = any(_is_org_word(w) for w in rwords)
        media_in_run = any(_is_media_word(w) for w in rwords) or _media_name(rname)
        prefix_words = plow.split()
        if prefix_words and _is_media_word(prefix_words[-1]):
            return Desc(
                "media", rname, [base] if base != rname else [], place=_place_in(prefix, places)
            )
        if (media_in_run and not org_in_run) or (media_in_run and _is_media_word(rwords[-1])):
            return Desc(
                "media", rname, [base] if base != rname else [], place=_place_in(rname, places)
            )
        if (
            prefix_words
            and any(_is_org_word(w) for w in prefix_words[-2:])
            and not any(_is_title(w) for w in prefix_words)
        ):
            # `the company Costa Verde`, `the trading house Ferro Grain`
            return Desc("organisation", rname, [base], place=_place_in(rname, places))
        if org_in_run or len(run) > 4 or any(places.find(w) for w in run):
            # `China's Ministry of Agriculture`: the state before the name is its place
            owner = prefix.endswith("'s") and places.find(prefix[:-2].split()[-1])
            return Desc(
                "organisation",
                rname,
                [base] if base != rname else [],
                place=_place_in(rname, places) or (owner or None),
            )
        # A person: role and affiliation come from the words before the name.
        role, aff = _role_and_aff(prefix, places)
        aliases = [rname] if len(run) == 1 else [run[-1]]
        if prefix:
            aliases.append(base)
        return Desc(
            "person",
            rname,
            aliases,
            role=role,
            place=_place_in(prefix, places),
            aff_phrase=aff,
            gender=_gender(role),
        )
    # No proper name at the end.
    lws = [w.lower() for w in ws]
    head = lws[-1]
    has_cap = any(w[:1].isupper() for w in ws)
    if (
        det in ("the", "its", "their", "his", "her")
        and len(ws) <= 3
        and not any(places.find(w) for w in ws)
    ):
        # A definite description: `the spokeswoman`, `The Herald`, `the paper`.
        if not (has_cap and len(ws) > 1 and _is_org_word(head)):
            return Desc("definite", base, head=head if not has_cap else ws[-1], named=False)
    core = []
    for w in lws:
        if w in (
            "in",
            "at",
            "for",
            "to",
            "of",
            "involved",
            "close",
            "familiar",
            "who",
            "with",
            "from",
            "on",
        ):
            break
        core.append(w)
    humans = _humans()
    if not (core and (core[-1] in humans or core[0] in humans)) or (
        core and _is_org_word(core[-1]) and core[-1] not in humans
    ):
        if (any(_is_media_word(w) for w in lws[-2:]) and not _is_org_word(head)) or _media_name(
            base
        ):
            return Desc("media", base, [raw] if raw != base else [], place=_place_in(base, places))
        return Desc(
            "organisation", base, [raw] if raw != base else [], place=_place_in(base, places)
        )
    # An unnamed person or group: `a spokeswoman for X`, `three South Korean officials`.
    role, aff = _role_and_aff(base, places)
    name = _LEAD_NUMBER.sub("", base)
    aliases = [raw]
    if name != base:
        aliases.append(base)
    return Desc(
        "person",
        name,
        aliases,
        role=role,
        place=_place_in(base, places),
        aff_phrase=aff,
        named=False,
        gender=_gender(role),
    )


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
    # two-word states first: South Korea, New Delhi
    ws = _words(phrase)
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


def _role_and_aff(prefix: str, places: Places) -> tuple[str | None, str | None]:
    """Split `Russian Foreign Affairs spokeswoman` into role and affiliation phrase."""
    if not prefix:
        return None, None
    p = strip_det(prefix.strip(" ,"))
    m = re.match(
        r"^(.*?\b(?:spokes\w+|official|officials|adviser|advisor|director|editor|secretary|"
        r"chairman|chairwoman|head|leader|ambassador|envoy|representative|source|sources|"
        r"minister|chief executive|governor|president))\s+(?:for|of|to|at|close to|in)\s+(.+)$",
        p,
        re.I,
    )
    if m:
        aff = re.sub(r"\s+in\s+[A-Z].*$", "", m.group(2))
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
    ws = p.split()
    # words before the role nouns name the organisation: `commerce ministry spokesperson`
    k = len(ws)
    while k > 0 and (_is_title(ws[k - 1]) or ws[k - 1].lower() in ("officials", "official")):
        k -= 1
    title = " ".join(ws[k:])
    before = " ".join(ws[:k])
    if before.endswith("'s"):
        before = before[:-2]
    return _clean_role(title, places) if title else None, before or None


def _clean_role(role: str | None, places: Places) -> str | None:
    if not role:
        return None
    ws = [w for w in role.split() if places.find(w) is None and w.lower() not in ("the", "a", "an")]
    return " ".join(ws).lower() or None


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
        return len(la) > 4 and la[0] == lb[0] and Levenshtein.distance(la, lb) <= 1
    if wa[0] != wb[0]:
        return False
    if la == lb:
        return True
    return Levenshtein.normalized_similarity(la, lb) >= 0.6 and la[0] == lb[0]


class Registry:
    """The actors of one article and the memory needed to resolve references."""

    def __init__(self, places: Places) -> None:
        self.places = places
        self.actors: list[MActor] = []
        self.clock = 0
        self.last_speaker: MActor | None = None
        self.gov_of_place: dict[str, MActor] = {}
        self.touches: list[int] = []  # actor index at each tick of the clock
        self.pos = -1  # text position of the mention being resolved
        self.ties: list[tuple[str, int]] = []  # (outlet or source phrase, actor) pairs

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
        gov = self._recent(lambda x: x.kind == "government")
        a.gov_then = gov.idx if gov is not None else None
        a.born = self.clock
        a.pos = self.pos
        self.actors.append(a)
        return a

    def government(self, place: Place, form: str | None = None) -> MActor:
        """The government actor of a state."""
        g = self.gov_of_place.get(place.key)
        if g is None:
            for a in self.actors:
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
        """The state of the government or organisation met last before the actor appeared."""
        prior = self._recent_then(
            lambda x: (
                x.kind in ("government", "organisation") and x.place is not None and x is not a
            ),
            a.born,
        )
        return self.places.places.get(prior.place or "") if prior is not None else None

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
            return None
        if d.kind != "organisation" or d.place is not None or not _bare_org(d.name):
            return None
        words = norm(d.name).split()
        hit = self._org_in_text(words, self.pos)
        if hit is None and after:
            hit = self._org_in_text(words, self.pos, after=True)
        if hit is None or norm(hit[1]) == norm(d.name):
            return None
        a = self._org_at(hit)
        self._add_alias(a, strip_det(phrase.strip()))
        return a

    def _org_at(self, found: tuple[int, str]) -> MActor:
        """The actor of an organisation named in the text at a position, made when new."""
        p, phrase = found
        d = describe(phrase, self.places)
        if d.kind not in ("organisation", "media", "government"):
            d = Desc("organisation", strip_det(phrase), [], place=_place_in(phrase, self.places))
        a = self.find_existing(d)
        if a is None:
            saved, self.pos = self.pos, p
            a = self._new(d)
            self.pos = saved
        if p not in a.seen_pos:
            a.seen_pos.append(p)
            a.seen_pos.sort()
        return a

    def _recent_then(self, pred: object, clock: int) -> MActor | None:
        """The actor met last, up to a moment of the reading, that satisfies pred."""
        seen: set[int] = set()
        for i in reversed(self.touches[:clock]):
            if i in seen:
                continue
            seen.add(i)
            if pred(self.actors[i]):  # type: ignore[operator]
                return self.actors[i]
        return None

    def _add_alias(self, a: MActor, alias: str) -> None:
        if norm(alias) and norm(alias) not in a.keys():
            a.aliases.append(alias)

    # ------------------------------------------------------------------ lookup
    def _recent(self, pred: object) -> MActor | None:
        best = None
        for a in self.actors:
            if pred(a) and (best is None or a.last_seen > best.last_seen):  # type: ignore[operator]
                best = a
        return best

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

    def find_existing(self, d: Desc) -> MActor | None:
        """An actor the description already names."""
        keys = {norm(d.name), *(norm(x) for x in d.aliases)} - {""}
        for a in self.actors:
            if a.keys() & keys and (d.kind == "government") == (a.kind == "government"):
                return a
        if d.kind == "person" and d.named:
            for a in self.actors:
                if a.kind == "person" and a.named and _name_match(a.name, d.name):
                    return a
        if d.kind in ("organisation", "media"):
            place, words = self._org_key(d.name)
            if words:
                for a in self.actors:
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
        return None

    def _definite(self, d: Desc, org_of: MActor | None = None) -> MActor | None:
        """The actor a definite description names; with org_of, an organisation (not org_of
        itself) for `the ministry` in `a source in the ministry`."""
        head = (d.head or "").lower()
        if head in _GENERIC_MEDIA:
            return self._recent(lambda a: a.kind == "media")
        if head in ("statement", "readout"):
            return self.last_speaker

        def has_head(a: MActor) -> bool:
            if org_of is not None and (a is org_of or a.kind == "person"):
                return False
            texts = [a.name, *a.aliases, a.role or ""]
            return any(re.search(r"\b" + re.escape(head) + r"\b", t.lower()) for t in texts if t)

        head = head.lower()
        hit = self._recent(has_head)
        if hit is not None:
            return hit
        if head in ("officials", "sources", "source", "people") or head in _GROUP_WORDS:
            return self._recent(lambda a: a.kind == "person" and not a.named)
        if head in ("company", "firm", "group"):
            return self._recent(lambda a: a.kind == "organisation" and a.speaker)
        return None

    # ------------------------------------------------------------------ entry points
    def resolve(self, mention: Mention | str, *, speaking: bool = True) -> MActor | None:
        """The actor a phrase names, created when new."""
        if isinstance(mention, Mention):
            self.pos = mention.start
        phrase = mention.text if isinstance(mention, Mention) else mention
        role = mention.role if isinstance(mention, Mention) else None
        extras = mention.extras if isinstance(mention, Mention) else []
        for ex in extras:
            m = _PUBLISHED_BY.match(ex)
            if m:
                return self.resolve(m.group(1), speaking=speaking)
        m = _REPORT_BY.match(phrase)
        if m:
            return self.resolve(m.group(1), speaking=speaking)
        m = _OWN_READOUT.match(phrase)
        if m:
            return self.resolve(m.group(1), speaking=speaking)
        d = describe(phrase, self.places)
        if d.kind == "government" and any(_ANONYMITY.search(x) for x in extras):
            # `a Turkish official, speaking on condition of anonymity, told ...`: a source
            base = strip_det(phrase.strip())
            d = Desc("person", base, [phrase], role="official", place=d.place, named=False)
        verb = mention.verb if isinstance(mention, Mention) else None
        if (
            verb == "reported"
            and d.kind == "person"
            and d.named
            and d.role is None
            and not role
            and norm(phrase) == norm(d.name)
            and len(d.name.split()) >= 2
            and self.find_existing(d) is None
        ):
            # `Al Hayat Al Jadida reported ...`: a bare name that reports is an outlet
            d = Desc("media", d.name, [], place=d.place)
        a: MActor | None = None
        if d.kind == "pronoun":
            a = self._pronoun(d.name)
        elif d.kind == "statement":
            a = self.last_speaker
        elif d.kind == "definite":
            a = self._definite(d)
            if a is not None:
                self._add_alias(a, phrase)
                if role is None and a.kind == "person" and not a.named:
                    pass
            elif d.head and (phrase.lower().startswith(("its ", "their "))):
                a = self._recent(lambda x: x.kind in ("organisation", "media") and x.speaker)
                if a is not None:
                    self._add_alias(a, phrase)
            else:
                dd = describe(re.sub(r"^(?:the|its|their)\s+", "", phrase, flags=re.I), self.places)
                if dd.kind == "definite":
                    dd = Desc(
                        "organisation"
                        if _is_org_word(d.head or "")
                        else ("media" if _is_media_word(d.head or "") else "person"),
                        strip_det(phrase),
                        [phrase],
                        named=False,
                    )
                a = (
                    self.find_existing(dd)
                    or self._named_in_text(dd, phrase, after=False)
                    or self._new(dd)
                )
        else:
            if role:
                # `The spokeswoman, Shen Yuelan`: the role may name an actor already met.
                rd = describe(role, self.places)
                if d.kind == "person":
                    r_role, r_aff = _role_and_aff(role, self.places)
                    if rd.kind == "definite" and rd.head:
                        prior = self._recent(
                            lambda x: (
                                x.kind == "person"
                                and not x.named
                                and x.role is not None
                                and rd.head in (x.role or "").split()
                            )
                        )
                        if prior is not None and self.find_existing(d) is None:
                            prior.aliases.append(prior.name)
                            prior.name = d.name
                            prior.named = True
                            for x in d.aliases:
                                self._add_alias(prior, x)
                            self._add_alias(prior, role)
                            a = prior
                    d.role = d.role or r_role
                    if r_aff and not d.aff_phrase:
                        d.aff_phrase = r_aff
                    if not d.aff_phrase and re.match(r"^(?:its|their)\s", role, re.I):
                        d.aff_phrase = "its"  # `its editor, X`: of the body just spoken of
                    if d.place is None:
                        d.place = _place_in(role, self.places)
                    d.gender = d.gender or _gender(r_role)
                else:
                    d.role = d.role or _clean_role(role, self.places)
            represents: Place | None = None
            for ex in extras:
                if ex.startswith("which ") and d.kind == "person" and len(d.name.split()) == 1:
                    d.kind, d.role = "organisation", None
                m = re.match(
                    r"^(?:who|which)\s+(?:heads|leads|runs|chairs|directs|represents)\s+(.+)$", ex
                )
                if m and d.kind == "person" and not d.aff_phrase:
                    d.aff_phrase = m.group(1)
                m = re.match(r"^an?\s+([\w\s-]*?)\s+(?:to|for|of|at)\s+(.+)$", ex)
                if m and d.kind == "person":
                    d.role = d.role or m.group(1).lower()
                    d.aff_phrase = d.aff_phrase or m.group(2)
                m = re.match(r"^an?\s+(.*)$", ex)
                if (
                    m
                    and d.kind in ("organisation", "person")
                    and any(_is_media_word(w) for w in m.group(1).lower().split())
                ):
                    d.kind = "media"
                m = re.match(
                    r"^(?:which|that)\s+(?:represents|groups|speaks for|is based in)\s+(.+)$", ex
                )
                if m and d.kind in ("organisation", "media") and d.place is None:
                    # `Cafexport, which represents Brazil's coffee exporters`: its country, not
                    # its state's government
                    represents = _place_in(m.group(1), self.places)
                m = re.match(r"^(?:at|in)\s+([A-Z].+)$", ex)
                if m and d.kind in ("organisation",):
                    d.aliases.append(f"{d.name} {ex}")
                m = re.match(r"^published\s.*?\bby\s+(.+)$", ex)
                if m and d.kind in ("definite", "statement", "organisation"):
                    return self.resolve(m.group(1), speaking=speaking)
            if d.kind == "organisation" and re.match(
                r"^(?:report|readout|statement)\b", d.name.lower()
            ):
                m = re.search(r"\bby\s+(.+?)(?:\s+on\s+\w+day)?$", d.name)
                if m:
                    return self.resolve(m.group(1), speaking=speaking)
            if d.kind == "organisation":
                m = re.match(r"^(.+?)'s\s+(?:own\s+)?(?:readout|statement|report)\b", d.name)
                if m:
                    return self.resolve(m.group(1), speaking=speaking)
            if a is None:
                a = self.find_existing(d)
            if a is None:
                a = self._named_in_text(d, phrase, after=True)
            if a is None:
                a = self._new(d)
            else:
                if (
                    a.kind == "person"
                    and len(a.name.split()) == 1
                    and d.kind in ("organisation", "media")
                ):
                    a.kind = d.kind
                for x in [d.name, *d.aliases]:
                    if norm(x) != norm(a.name):
                        self._add_alias(a, x)
                if d.kind == "person" and a.kind == "person" and not a.named and d.named:
                    a.aliases.append(a.name)
                    a.name, a.named = d.name, True
                if a.kind == "person" and not a.role and d.role:
                    a.role = d.role
                if not a.aff_hint and d.aff_phrase:
                    a.aff_hint = d.aff_phrase
                if a.place is None and d.place is not None:
                    a.place, a.country = d.place.key, d.place.code
                a.gender = a.gender or d.gender
            if a.kind == "government" and d.place is not None:
                self.gov_of_place.setdefault(d.place.key, a)
            if represents is not None and a.country is None and represents.code:
                a.country = represents.code
        if a is None:
            return None
        self._touch(a)
        if (
            isinstance(mention, Mention)
            and a.kind == "person"
            and a.country is None
            and a.spoke_in is None
        ):
            a.spoke_in = self._spoke_in(mention.end)
        if isinstance(mention, Mention) and (mention.relay or mention.cited):
            # who talked to which outlet, and which sources an outlet cited: countries for
            # outlets placed nowhere else
            if mention.relay and a.kind == "person" and a.named:
                self.ties.append((mention.relay, a.idx))
            if a.kind == "media":
                self.ties.extend((c, a.idx) for c in mention.cited)
        if speaking:
            a.speaker = True
            self.last_speaker = a
        return a

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

    def _spoke_in(self, end: int) -> str | None:
        """`told reporters in Dakar`: the country of a capital where the speaker spoke."""
        text = self.places.text
        stop = text.find(".", end, end + 240)
        m = _SPOKE_IN.search(text, end, stop if stop >= 0 else min(len(text), end + 240))
        if m is None or m.group(1) in _HOSTS:
            return None
        hit = lexicon.country_index().get(m.group(1).lower())
        return hit[0].code if hit is not None and hit[1] == "capital" else None

    def _pronoun(self, p: str) -> MActor | None:
        if p in ("he", "she", "i"):
            want = {"he": "m", "she": "f"}.get(p)
            hit = self._recent(
                lambda a: a.kind == "person" and a.speaker and (a.gender in (None, want))
            )
            return hit or self._recent(lambda a: a.kind == "person")
        if p == "it":
            return self._recent(lambda a: a.kind != "person" and a.speaker)
        return self.last_speaker

    # ------------------------------------------------------------------ end of article
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
            if hint == "its":
                hint = None
                target = self._body_just_before(a)
            if hint:
                h = strip_det(hint).strip()
                hd = describe(hint, self.places)
                if hd.kind == "definite" and h[:1].isupper():
                    # `The Ledger's editor` after `the weekly The Harbour Ledger`
                    hd = _known_media(h, self.places) or hd
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

                    # the one met last before the speaker appeared, else the one met last
                    prior = self._recent_then(all_words, a.born) or self._recent_then(
                        head_word, a.born
                    )
                    if a.pos >= 0:
                        # or one the text names before the speaker without quoting it
                        # (`X's maritime ministry gave a different account. A ministry
                        # spokesman, Y, said`), whichever stands nearer
                        in_text = self._org_in_text(norm(h).split(), a.pos)
                        if in_text is not None and (
                            prior is None or self._met_before(prior, a.pos) < in_text[0]
                        ):
                            prior = self._org_at(in_text)
                    prior = prior or self._recent(all_words) or self._recent(head_word)
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
                        prior = self._recent_then(firm, a.born) or self._recent(
                            lambda x: x.kind == "organisation" and x.speaker and x is not a  # noqa: B023 - called at once
                        )
                    if prior is None and head in _GENERIC_MEDIA:
                        prior = self._recent_then(
                            lambda x: x.kind == "media" and x is not a,  # noqa: B023 - called at once
                            a.born,
                        ) or self._recent(lambda x: x.kind == "media" and x is not a)  # noqa: B023 - called at once
                    if prior is not None:
                        hd = Desc("found", prior.name)
                        target = prior
                    elif len(h.split()) < 2:
                        hd = Desc("found", h)
                if hd.kind == "found":
                    pass
                elif hd.kind == "government" and hd.place is not None:
                    target = self._ministry_for(a, hd.place) or self.government(hd.place)
                elif hd.kind in ("organisation", "media"):
                    target = self.find_existing(hd)
                    if target is None and len(h) > 2:
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
                elif hd.kind == "definite":
                    target = self._definite(hd, org_of=a if _is_org_word(hd.head or "") else None)
                    if target is None and (hd.head or "") == "government":
                        target = self._recent(lambda x: x.kind == "government")
                    elif target is None and _is_org_word(hd.head or ""):
                        target = self._recent(
                            lambda x: x.kind == "organisation" and (hd.head or "") in x.name.lower()  # noqa: B023 - called at once
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
                        target = self._recent(lambda x: x.kind == "government")
            if target is None and a.kind == "organisation" and _OF_THE_STATE.match(a.name):
                # `the state's tourism office`: a body of the federated state the text calls
                # `the state`
                target = next((x for x in self.actors if x is not a and "state" in x.keys()), None)
            if target is None and a.kind == "person" and a.role:
                target = self._org_of_role(a) or self._org_of_portfolio(a)
            if target is None and a.place is not None and a.kind != "media":
                pl = self.places.places.get(a.place)
                if pl is not None:
                    if a.kind == "person":
                        target = self._ministry_for(a, pl) or self.government(pl)
                    else:
                        target = self.government(pl)
            if (
                target is None
                and a.kind == "person"
                and a.role
                and any(w in (a.role or "") for w in ("spokes", "director", "official"))
                and a.named
            ):
                target = self._recent(
                    lambda x: x.kind == "organisation" and x.speaker and x.last_seen < a.last_seen  # noqa: B023 - called at once
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
                state = self._state_then(a)
                if state is not None:
                    target = self.government(state)
                else:
                    target = self._recent(lambda x: x.kind == "government")
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
            if target is not None and target is not a:
                a.affiliation = target.idx
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
        if self.ties:
            self._outlet_countries()
            for a in self.actors:
                # an outlet's staff: `its editor, X`
                aff = self.actors[a.affiliation] if a.affiliation is not None else None
                if a.country is None and aff is not None and aff.kind == "media" and aff.country:
                    a.country = aff.country

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

        return self._recent_then(near, a.born) if a.pos >= 0 else None

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

        return self._recent_then(fits, person.born) or self._recent(fits)

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

        return self._recent_then(fits, person.born) or self._recent(fits)

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
