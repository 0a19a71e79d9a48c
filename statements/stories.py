"""Assign an article's statements to disputed stories: grouping that follows the dispute.

The links the parser found split an article into disputes (a claim with its denials and
confirmations); statements outside any dispute go with the dispute before them. Each dispute is
compared with the open stories found through their stored keys (`StoryKey`: parties, claim terms,
outlets) and scored on four parts:

- `claim`: the contested proposition, as a cosine between the dispute's meaning-bearing words,
  names and numbers and the story's, each weighted by its rarity in English (wordfreq) so that
  `tunnel`, `Plovdiv` or `60,000` count and `said`, `border` or `week` hardly do;
- `parties`: who is involved: half for a shared country (from the actors, their affiliations
  two levels up, and the countries the statements name by name, capital or adjective), half for
  a shared actor (actors are resolved across articles), or for the article naming one of the
  story's speakers (grouping-named-parties);
- `reference`: the article refers back to the story: it names an outlet that published one of
  the story's articles or a medium that made one of its claims (`The Vardar Chronicle reported
  on Tuesday…`, `an NBC News report`), not counting its own outlet, with at least
  MIN_SHARED_TERMS claim terms in common; a dispute of the same article counts as referring
  back (the parser may cut one dispute in two);
- `time`: halves every HALF_LIFE_DAYS between the article and the story's latest article.

score = (claim + W_REFERENCE·reference) · (½ + ½·parties) · time. Parties gate rather than add:
every dispute of a region shares them. The best candidate at or above THRESHOLD is joined;
otherwise the dispute starts a story (an article with no dispute at all only joins, never starts
one). Every decision is stored with its parts and the runner-up (`GroupingDecision`) and shown on
the article's page. Tuning: docs/GROUPING.md.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from django.db import connection
from django.db.models import Count, F, Max
from django.utils import timezone
from rapidfuzz.distance import Levenshtein
from wordfreq import zipf_frequency

from actors.models import ActorKind, Affiliation, Alias
from actors.normalise import normalise_name
from statements import summaries
from statements.models import (
    Article,
    GroupingDecision,
    GroupingOutcome,
    Stance,
    Statement,
    Story,
    StoryKey,
    StoryKeyKind,
)
from statements.parsing import lexicon
from statements.parsing.lexicon import country_index
from statements.parsing.rules import on

# A story stays open to new articles for this long after its latest article.
STORY_WINDOW = dt.timedelta(days=120)
# grouping-undated-day: an article with no publication day counts from the day it is filed, which
# only bounds its day from above (a translation or a reprint may be filed months after the affair
# it answers): its stories are looked for this far back, and its distance from them counts at most
# ARTICLE_WINDOW_DAYS.
UNDATED_WINDOW = dt.timedelta(days=365)
# The time part halves with every this many days between the article and the story.
HALF_LIFE_DAYS = 60.0
TIME_FLOOR = 0.75
# The score's parts and the threshold: few on purpose (tuned on shared/corpus/stories, see
# docs/GROUPING.md); a wrong merge misleads more than a split, so the threshold leans high.
W_REFERENCE = 0.25
THRESHOLD = 0.23
MIN_SHARED_TERMS = 2
# Index look-ups: the dispute's rarest terms and its parties, each reading at most PER_KEY of
# the most recent stories holding it, so the cost does not grow with the number of stories.
QUERY_TERMS = 12
PER_KEY = 50
MAX_CANDIDATES = 20
# Terms kept per story (rarest and most repeated first): bounds what scoring reads.
STORY_TERMS = 300
NUMBER_WEIGHT = 4.0
# Articles no story took (no dispute of their own) looked at again when a story starts.
ADOPT_RECENT = 20
# grouping-article-content (see `article_content`): the whole article's distinctive words, kept
# per article and per story, looked up by the rarest few, and the evidence they must weigh.
ARTICLE_TERMS = 60
ARTICLE_RARITY = 0.0
STORY_ARTICLE_TERMS = 200
ARTICLE_QUERY_TERMS = 6
ARTICLE_CONTENT_MIN = 16.0
ARTICLE_LIFT = 1.5
SIDES_MIN = 0.6
ARTICLE_WINDOW_DAYS = 90
_ARTICLE = "w:"  # prefix of an article term among a story's TERM keys
# grouping-article-views: the article words of each of a story's latest ARTICLE_VIEWS articles,
# kept apart (`v:<article id>:<term>` TERM keys), so that the article part compares a dispute's
# article with each of them rather than with their union.
_VIEW = "v:"
ARTICLE_VIEWS = 4
# grouping-answered-report (see `back_references`): an article that answers a report it cites by
# its medium's place (`a Polish regional newspaper`) or by its time (`a report last week`) is
# scored against the stories of that place's outlets, or of the last two weeks, with this claim
# part at least, when the two articles tell of the same sides and share some distinctive words.
ANSWER_CLAIM = 0.35
ANSWER_DAYS = 14
ANSWER_MASS = 6.0
_HOME = "h:"  # PARTY key: the country of a story's article's dateline (where its outlet is)

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_STOP = frozenset(
    """
    about after again against also although among another because been before being between both
    could did does doing down during each either every from further have having here into itself
    just more most much must neither never none nothing only other others ours over same should
    some such than that their theirs them then there these they this those through under until
    very were what when where which while whom whose will with within without would your yours
    said says saying told tells report reports reported reporting according statement statements
    news media claim claims claimed denied denies deny denial rejected rejects dismissed confirmed
    confirms spokesman spokeswoman spokesperson official officials ministry minister government
    sources source week month year today yesterday monday tuesday wednesday thursday friday
    saturday sunday earlier later added noted stressed comment comments false fake
    """.split()
)


def keywords(text: str) -> set[str]:
    """Content words of a text, lower-cased, crude plural folding."""
    words = set()
    for word in _WORD.findall(text.lower()):
        if word in _STOP:
            continue
        words.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return words


def disputes(statements: Sequence[Statement], links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of the link graph, as lists of indexes into `statements`."""
    parent = list(range(len(statements)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked: set[int] = set()
    for a, b in links:
        linked |= {a, b}
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(find(i), []).append(i)
    # Claims with no answer yet are disputes of their own.
    for i, statement in enumerate(statements):
        if i not in linked and statement.stance == Stance.CLAIM:
            groups[i] = [i]
    return sorted(groups.values(), key=lambda g: min(statements[i].evidence_start for i in g))


# "The Herald reported on Monday, citing officials, that X" -> "X": the frame before the reported
# content names the speaker, who the title names anyway. Bounded repeats keep it linear.
_FRAME = re.compile(
    r"^[^\"“”.]{0,160}?\b(?:reported|reports|said|says|claimed|claims|alleged|alleges|wrote|"
    r"writes|stated|states|revealed|reveals|announced|announces|accused|accuses|insisted|"
    r"insists|told)\b[^\"“”.]{0,160}?\bthat\s+(?=\S)",
    re.IGNORECASE,
)
TITLE_LENGTH = 140


def story_title(claim: Statement) -> str:
    """The claim's speaker and what it claims: `Coastal Herald: Marovia sold diesel to Estland`."""
    text = " ".join(claim.text.split())
    frame = _FRAME.match(text)
    if frame and len(text[frame.end() :].split()) >= 4:  # "that it was true" says too little
        text = text[frame.end()].upper() + text[frame.end() + 1 :]
    if len(text) > TITLE_LENGTH:
        text = text[:TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    elif text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    name = claim.speaker.name
    # "The Herald says a deal exists" already names its speaker; don't say it twice.
    if name.lower() in text[: len(name) + 8].lower():
        return text
    return f"{name}: {text}"


# ----------------------------------------------------------------------------------- keys
_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_](?:[\w'’-]*[^\W_])?", re.UNICODE)
# Words of any dispute (reporting, stance, roles, time) on top of the function words: they say
# that something is disputed, not what.
_GENERIC = _STOP | frozenset(
    """
    the and for not but was had has are its his her our who any all can one two may per new
    also just than would could should said says say told tell asked ask added adding report
    reports reported paper story document documents publication allegation allegations
    agency portal newspaper outlet article matter people person spokesman spokeswoman
    spokesperson official officials ministry minister government state side sides country
    countries january february march april june july august september october november december
    citing quoted quoting last next first second third percent cent million billion thousand week
    weeks month months
    year years day days night morning evening time stand stands stood line lines position
    familiar respond responded responding called calling least
    """.split()
)


@lru_cache(maxsize=50_000)
def rarity(word: str) -> float:
    """How much a shared word says about a shared claim: 6 minus its Zipf frequency in English."""
    if word[:1].isdigit():
        return NUMBER_WEIGHT if len(word.replace(",", "").replace(".", "")) >= 2 else 0.0
    return max(0.0, 6.0 - zipf_frequency(word, "en"))


def _fold(word: str) -> str:
    word = word.lower().strip("'’-")
    for suffix in ("'s", "’s"):
        word = word.removesuffix(suffix)
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def countries_named(text: str) -> set[str]:
    """Country codes of the countries a text names: by name, capital or adjective."""
    return set(country_mentions(text))


_CURRENCY = re.compile(r"\b[A-Z]{1,3}\$")


def country_mentions(text: str) -> dict[str, tuple[int, int]]:
    """Country code -> (times named, first word index), by name, capital or adjective."""
    index = country_index()
    if on("grouping-currency-not-country"):
        # `US$150`, `A$2m`, `HK$`: a currency's prefix names no country of the dispute
        text = _CURRENCY.sub(" ", text)
    words = _TOKEN.findall(text)
    found: dict[str, tuple[int, int]] = {}
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            hit = index.get(phrase.lower()) or index.get(phrase)
            if hit is not None:
                code = hit[0].code
                times, first = found.get(code, (0, i))
                found[code] = (times + 1, min(first, i))
    return found


def sides_named(text: str) -> set[str]:
    """grouping-two-sides: the countries an article is about, the two it names most (first
    named first among equals). A dispute has two sides; the countries named in passing
    (a transit route, a third market, a currency) are background, and counting them made two
    tellings of one affair look like different affairs (`sides` below)."""
    found = country_mentions(text)
    if not on("grouping-two-sides"):
        return set(found)
    ranked = sorted(found.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    return {code for code, _ in ranked[:2]}


def _country_words() -> frozenset[str]:
    return frozenset(w for key in country_index() for w in key.lower().split())


_COUNTRY_WORDS = _country_words()


_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {
    **{w: 10 + i for i, w in enumerate(_TEENS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
}
_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6}
_SCALES |= {"billion": 10**9, "bn": 10**9}
# `60,000`, `1.4 billion`, `20m`, `fifteen`, `twenty-five thousand`: one written form each.
_NUMBER = re.compile(
    r"(?<![\w.,])(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|"
    r"(?P<words>(?:" + "|".join(_NUMBER_WORDS) + r")(?:[- ](?:" + "|".join(_UNITS) + r"))?))"
    r"(?:(?:\s(?P<scale>thousand|million|billion))|(?P<short>bn|mn|m|k))?\b",
    re.IGNORECASE,
)


def _number(match: re.Match[str]) -> str:
    """The digits of a number however it is written (`twenty million`, `20m` -> 20000000)."""
    if match.group("digits"):
        value = float(match.group("digits").replace(",", ""))
    else:
        head, _, unit = match.group("words").lower().replace("-", " ").partition(" ")
        value = _NUMBER_WORDS[head] + (_UNITS.index(unit) + 1 if unit else 0)
    scale = (match.group("scale") or match.group("short") or "").lower()
    value *= _SCALES.get(scale, 1)
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


# grouping-content-evidence: what an affair is about is its contested object (the good, the
# document, the fee, the project) and the distinctive words that name it; a place and a number
# are shared by neighbouring affairs by construction (the same crossing, a round figure). The
# claim part counts in full only when the shared terms that are neither places nor numbers weigh
# CONTENT_MIN (the sum of their smaller rarity on both sides: two or three distinctive words);
# below that it is scaled down in proportion. A place is a capitalised name the dispute's
# article writes after a preposition of place (`at the Desaguadero crossing`, `opposite Nong
# Khai`) or in its dateline (`PUNO —`).
CONTENT_MIN = 5.0
CONTENT_RARITY = 1.5
_NAME = r"[A-Z][\w'’-]+"
_PLACE = re.compile(
    r"\b(?:in|at|near|opposite|outside|across|via|around|towards?|off|into)\s+(?:the\s+)?"
    rf"({_NAME}(?:\s+{_NAME}){{0,2}})"
)
_DATELINE = re.compile(r"(?m)^\s*([A-Z][A-Z'’ -]{2,40}?)\s+[—–-]\s")


# A word of a place's name as the new patterns read it: capitalised, not a line in capitals.
_PLACE_WORD = r"[A-Z][a-zà-ÿ'’-][\w'’-]*"


@lru_cache(maxsize=1)
def _place_patterns() -> tuple[re.Pattern[str], ...]:
    """grouping-place-names: places named the ways the first patterns miss.

    A name may hold lower-case connectors (`Ciudad del Este`, `Foz do Iguaçu`); `between` names
    two (`between Ciudad del Este and Foz do Iguaçu`); a name before a place noun is a place
    (`the Moc Bai border gate`, `Nong Khai province`), and so is a name holding one (`Lake
    Titicaca`, `the Friendship Bridge`)."""
    connectors = "|".join(sorted(lexicon.words("name_connectors.txt"), key=len, reverse=True))
    nouns = "|".join(sorted(lexicon.words("place_nouns.txt"), key=len, reverse=True))
    word = _PLACE_WORD
    name = rf"{word}(?:(?: +(?:{connectors})){{0,2}} +{word}){{0,3}}"
    return (
        re.compile(
            r"\b(?:in|at|near|opposite|outside|across|via|around|towards?|off|into|through|from|"
            rf"on)\s+(?:the\s+)?({name})"
        ),
        re.compile(rf"\bbetween\s+(?:the\s+)?({name}\s+and\s+(?:the\s+)?{name})"),
        re.compile(rf"({name}) +(?:{nouns})\b|\b(?:{nouns}) +of +(?:the +)?({name})"),
        re.compile(
            rf"\b((?:{word} +)*(?:{nouns.title()})(?: +(?:of +)?{word})*|"
            rf"(?:{nouns.title()}) +(?:of +)?{word}(?: +{word})*)"
        ),
    )


# grouping-place-constructions: a dateline in capitals of any script (`BIAŁYSTOK —`); two
# places a road or line links (`the bus line linking Valga and Valka`); a name owning a town's
# offices (`Valka's municipal council`, `Valga's mayor`, `Umag's municipal marina`).
_DATELINE_ANY = re.compile(r"(?m)^\s*([^\W\d_][^\W\d_'’ -]{2,40}?)\s+[—–-]\s")
_LINKING = re.compile(
    rf"\b(?:linking|connecting|joining)\s+(?:the\s+)?({_PLACE_WORD}(?:\s+{_PLACE_WORD})?)\s+"
    rf"(?:and|with|to)\s+(?:the\s+)?({_PLACE_WORD}(?:\s+{_PLACE_WORD})?)"
)
_OWNED_OFFICE = re.compile(
    rf"\b({_PLACE_WORD})['’]s\s+(?:(?:municipal|city|town|village|district|regional|provincial|"
    r"county)\s+)?(?:council|councillors|mayor|municipality|town\s+hall|city\s+hall|governor|"
    r"marina|harbour|harbor|port|market|airport|hospital)\b"
)


def _constructed_places(text: str) -> set[str]:
    """grouping-place-constructions: the folded words of places named the ways above."""
    if not on("grouping-place-constructions"):
        return set()
    found: set[str] = set()
    for match in _DATELINE_ANY.finditer(text):
        if match.group(1).isupper():
            found |= {_fold(t) for t in _TOKEN.findall(match.group(1))}
    for pattern in (_LINKING, _OWNED_OFFICE):
        for match in pattern.finditer(text):
            found |= {_fold(t) for g in match.groups() if g for t in _TOKEN.findall(g)}
    return found - _GENERIC


def places(text: str) -> set[str]:
    """The folded words of the places a text names (after `in`, `at`, `near` ...; datelines)."""
    found: set[str] = _constructed_places(text)
    named = on("grouping-place-names")
    heads = lexicon.words("org_heads.txt") if named else frozenset()
    for match in [*_PLACE.finditer(text), *_DATELINE.finditer(text)]:
        words = _TOKEN.findall(match.group(1))
        if not any(w.lower() in heads for w in words):
            found |= {_fold(t) for t in words}
    if named:
        for pattern in _place_patterns():
            for match in pattern.finditer(text):
                name = " ".join(g for g in match.groups() if g)
                words = [t for t in _TOKEN.findall(name) if t[:1].isupper()]
                # `at the Department of Water and Sanitation` names an organisation, no place.
                if not any(w.lower() in heads for w in words):
                    # `on Sunday` is a day, no place (and never a term either)
                    found |= {_fold(w) for w in words} - _GENERIC
    return found


# A run of words in capitals: one word of two to six letters is an acronym (`SAG`, `PUB`);
# several are a dateline (`LOS ANDES —`) or a shouted line.
# grouping-long-acronyms: agencies' acronyms run to eight letters (`SANIPES`, `SENASICA`); a
# seven-letter one was claim content, and two affairs answered by one agency shared it.
ACRONYM_MAX = 8
_CAPITALS = re.compile(r"\b[A-Z]{2,}(?:[ -]+[A-Z]{2,})*\b")


def organisation_words(text: str, speakers: Iterable[Sequence[str]]) -> set[str]:
    """grouping-organisation-names: the folded words naming the dispute's organisations.

    The names of the organisations that speak in it (`Chile's Agricultural and Livestock
    Service denied ...`) and the acronyms its article writes (`SAG`, `PUB`) name parties. Two
    affairs answered by one agency share its name by construction (the agency that held the
    fruit and the one that fined the tourists), so its words are no evidence of a shared
    claim: like places, they still count in the cosine but not in the content evidence. The
    words of other organisations' names stay (a ministry named in a report and in the answer
    to it is what the two share). Speakers are (kind, name) pairs."""
    if not on("grouping-organisation-names"):
        return set()
    names = {name for kind, name in speakers if kind == ActorKind.ORGANISATION and name.strip()}
    found = {_fold(w) for name in names for w in _TOKEN.findall(name) if w[:1].isupper()}
    rest = text
    for name in sorted(names, key=len, reverse=True):
        rest = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", rest, flags=re.IGNORECASE)
    longest = ACRONYM_MAX if on("grouping-long-acronyms") else 6
    acronyms = {m.group(0) for m in _CAPITALS.finditer(text) if len(m.group(0)) <= longest}
    found |= {_fold(a) for a in acronyms}
    for acronym in acronyms:
        rest = re.sub(rf"\b{acronym}\b", " ", rest)
    # A word the article also writes outside the names is the affair's as well (`retreaded
    # tyres` beside the Chamber of Tyre Retreaders).
    return found - {_fold(t) for t in _TOKEN.findall(rest)} - _GENERIC


def lede(text: str, title: str = "") -> str:
    """The article's first paragraph after its headline (eight words or more)."""
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if paragraph and paragraph != title.strip() and len(paragraph.split()) >= 8:
            return paragraph
    return ""


# A dateline as the first words of a line (`BIAŁYSTOK —`, `Split, 8 July -`): a place's name in
# capitals or title case, an optional date, then a dash.
_DATELINE_PLACE = re.compile(
    r"(?m)^\s*((?:[^\W\d_][^\W\d_'’.-]*)(?:[ -][^\W\d_][^\W\d_'’.-]*){0,2})"
    r"(?:,[^\n—–-]{0,30})?\.?\s*[—–-]+\s"
)


def place_country(name: str) -> str:
    """The country of a place named as a dateline or a medium's origin writes it (`BIAŁYSTOK`,
    `Polish`, `New Zealand`, `Tbilisi`): a country, capital or demonym, else a listed city."""
    name = " ".join(name.replace("-", " ").split()).strip(" .,'’")
    if not name:
        return ""
    for form in (name, name.title()):
        hit = country_index().get(form.lower()) or country_index().get(form)
        if hit is not None:
            return hit[0].code
        code = lexicon.city_country(form)
        if code:
            return code
    return ""


def dateline_country(text: str) -> str:
    """The country of an article's dateline, if its first lines hold one."""
    for match in _DATELINE_PLACE.finditer(text[:600]):
        found = place_country(match.group(1))
        if found:
            return found
    return ""


def _cited_places(full: str) -> set[str]:
    """The countries of the media a text cites by their place (`cited_media.txt`)."""
    cited: set[str] = set()
    for pattern in lexicon.patterns("cited_media.txt"):
        for match in pattern.finditer(full):
            code = place_country(match.group(1))
            if code:
                cited.add(code)
    return cited


def homes(title: str, text: str, outlet: str) -> set[str]:
    """grouping-answered-report: where an article's report comes from: the country of its
    dateline, of a place its outlet is named after (`Correo de Tumbes`, `Slovenia Times`), and
    of the media it cites by place (`the Ljubljana daily Dnevni Kurir reported`)."""
    if not on("grouping-answered-report"):
        return set()
    found = {dateline_country(text)} | countries_named(outlet)
    found |= {place_country(w) for w in _TOKEN.findall(outlet) if w[:1].isupper()}
    found |= _cited_places(f"{title}\n{text}")
    return found - {""}


def back_references(title: str, text: str, outlet: str = "") -> tuple[set[str], dict[str, float]]:
    """grouping-answered-report: the countries of the media an article cites by their place
    (`reports in the Argentine press`, `a Tbilisi newspaper`, `published in Slovenia`), and
    the terms of the sentences citing a report by its time (`after a report last week that
    Estonian carriers would pay it`): what the cited report said, in its own words.

    An answer to a report rarely names the outlet that carried it; it says where the report
    came from or when. Its own country's media are left out (its dateline's, its outlet's): an
    article citing its own press is as often citing itself or a paper on another affair."""
    if not on("grouping-answered-report"):
        return set(), {}
    full = f"{title}\n{text}"
    own = {dateline_country(text)} | countries_named(outlet)
    cited = _cited_places(full) - own if on("grouping-answered-media") else set()
    said: dict[str, float] = {}
    cues = lexicon.patterns("last_week_cues.txt") if on("grouping-answered-last-week") else ()
    for pattern in cues:
        for match in pattern.finditer(full):
            start = max(full.rfind(c, 0, match.start()) for c in ".!?\n") + 1
            ends = [i for i in (full.find(c, match.end()) for c in ".!?\n") if i >= 0]
            said |= terms(full[start : min(ends, default=len(full))])
    return cited, said


def terms(text: str) -> dict[str, float]:
    """Meaning-bearing words, names and numbers of a text with their rarity weights.

    Country names, capitals and adjectives are left to the parties; so are the generic words of
    reporting and disputing. A number counts as its value however it is written (`15%`,
    `fifteen per cent`; `20m`, `twenty million`).
    """
    out: dict[str, float] = {}
    if on("grouping-number-values"):
        text = _NUMBER.sub(_number, text)
    for token in _TOKEN.findall(text):
        word = _fold(token)
        if len(word) < 3 and not word[:1].isdigit():
            continue
        lower = token.lower()
        if {word, lower} & _GENERIC or {word, lower} & _COUNTRY_WORDS:
            continue
        weight = rarity(word)
        if weight > 0:
            out[word] = weight
    return out


@dataclass
class Keys:
    """What grouping compares: a dispute's keys, or a story's stored ones."""

    terms: dict[str, float] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    actors: set[int] = field(default_factory=set)
    # Outlets of its articles and media making its claims: what a later article refers back to.
    outlets: set[str] = field(default_factory=set)
    own_outlet: str = ""  # a dispute's own article's outlet: naming itself is no reference
    day: dt.date | None = None
    # A dispute's article has no publication day: `day` is its filing day (grouping-undated-day).
    undated: bool = False
    # A dispute's terms its article names as places (grouping-content-evidence).
    places: set[str] = field(default_factory=set)
    # The distinctive words of the whole article (grouping-article-content); main dispute only.
    article_terms: dict[str, float] = field(default_factory=dict)
    # The countries the whole article names (by name, capital, adjective): the sides it tells of.
    named: set[str] = field(default_factory=set)
    # A dispute's terms that are words of an organisation's name in its article
    # (grouping-organisation-names): the parties' evidence, not the claim's content.
    organisations: set[str] = field(default_factory=set)
    # The names of the people and organisations speaking (folded, grouping-named-parties).
    party_names: set[str] = field(default_factory=set)
    # A dispute's article (its article terms are stored under it); a story's article terms per
    # article, its latest ARTICLE_VIEWS (grouping-article-views).
    article_id: int | None = None
    article_views: dict[int, dict[str, float]] = field(default_factory=dict)
    # grouping-answered-report: where a story's articles come from (their datelines' countries);
    # for a dispute, its article's, and the countries of the media it cites by place and whether
    # it cites a report of last week (main dispute only).
    homes: set[str] = field(default_factory=set)
    cited: set[str] = field(default_factory=set)
    last_week: dict[str, float] = field(default_factory=dict)  # the terms of the cited sentence


PARTY_NAME_WORDS = 2
STORY_PARTY_NAMES = 50


def party_name(kind: str, name: str) -> str:
    """grouping-named-parties: a speaker's name as a later article would write it (folded), if
    it is specific enough to tell the party: a person or organisation named by at least
    PARTY_NAME_WORDS words that are neither generic (`the ministry`) nor a country's."""
    if kind not in (ActorKind.PERSON, ActorKind.ORGANISATION) or not on("grouping-named-parties"):
        return ""
    folded = normalise_name(name)
    words = [w for w in folded.split() if len(w) >= 3]
    specific = [w for w in words if w not in _GENERIC and w not in _COUNTRY_WORDS]
    return folded[:90] if len(specific) >= PARTY_NAME_WORDS else ""


def organisation_aliases(statements: Iterable[Statement]) -> dict[int, list[str]]:
    """The other names of the organisations speaking in the statements (one query)."""
    ids = {s.speaker_id for s in statements if s.speaker.kind == ActorKind.ORGANISATION}
    if not ids or not on("grouping-organisation-names"):
        return {}
    out: dict[int, list[str]] = defaultdict(list)
    for actor_id, name in Alias.objects.filter(actor_id__in=ids).values_list("actor_id", "name"):
        out[actor_id].append(name)
    return out


def _affiliations(actor_ids: set[int]) -> dict[int, list[tuple[int, str]]]:
    """Each actor's organisations with their countries, two levels up (at most two queries)."""
    up: dict[int, list[tuple[int, str]]] = defaultdict(list)
    level, seen = set(actor_ids), set(actor_ids)
    for _ in range(2):
        if not level:
            break
        rows = Affiliation.objects.filter(actor_id__in=level).values_list(
            "actor_id", "organisation_id", "organisation__country"
        )
        level = set()
        for actor_id, org_id, country in rows:
            up[actor_id].append((org_id, country or ""))
            if org_id not in seen:
                level.add(org_id)
                seen.add(org_id)
    return up


def _speaker_words(members: Sequence[Statement]) -> set[str]:
    """The words of the names of the people who speak in a dispute (`Bwalya Kapambwe`).

    Who speaks is the parties' part (a shared actor); as claim terms a follow-up's own
    spokespeople, rare names all, would outweigh what it repeats of the affair, and a
    distractor quoting the same spokeswoman would share her name. (The names of organisations
    stay: the agency named in a report and answering it is what the two share; measured, taking
    them out cost the shared set's translated answer 0.30 -> 0.17.)"""
    return name_words([(m.speaker.kind, m.speaker.name) for m in members])


def name_words(speakers: Iterable[Sequence[str]]) -> set[str]:
    """The capitalised words of the names of the people among (kind, name) speakers."""
    words: set[str] = set()
    for kind, name in speakers:
        if kind == ActorKind.PERSON:
            words |= {_fold(t) for t in _TOKEN.findall(name) if t[:1].isupper()}
    return words


def claim_terms(text: str, speakers: set[str]) -> dict[str, float]:
    """A dispute's claim terms: its text's terms, the names of its speakers out."""
    out = terms(text)
    if on("grouping-speaker-names-out"):
        for word in speakers:
            out.pop(word, None)
    return out


def without_outlets(text: str, outlets: Iterable[str]) -> str:
    """grouping-outlet-names-out: a dispute's text with the names of its outlets cut out.

    Which outlet publishes or relays a dispute is the reference part's evidence (a later article
    names the story's outlet, gated by content), not the claim's: one paper reports many affairs
    of one border (`two bus operators told Kun Ekspress`, `exporters told Kun Ekspress`), and its
    name, rare words all, made two of its reports share a claim. Only the name is cut: a place
    an outlet is named after (`Gazeta de Foz`, `Tay Ninh Online`) still counts where the text
    names the place."""
    if not on("grouping-outlet-names-out"):
        return text
    for name in sorted({o.strip() for o in outlets if o and o.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


def article_content(title: str, text: str, names: set[str]) -> dict[str, float]:
    """grouping-article-content: the whole article's distinctive words (ARTICLE_TERMS rarest).

    An answer restates the affair in its own words and spans: `sanitary import permits` and
    `importation licences`, a trout market closed and a sanitary review. What it keeps of the
    report is scattered over the article (the agency that issues the permits, the exporters, the
    sanitary rule), not in the statements the parser links, and a cosine over the dispute's
    words dilutes it among the answer's own. Places, numbers and the names of the people and
    outlets of the article are left out: neighbouring affairs share those by construction.
    """
    full = f"{title}\n{text}"
    skip = places(full) | names
    found = {
        t: w
        for t, w in claim_terms(full, set()).items()
        if t not in skip and not t[:1].isdigit() and w >= ARTICLE_RARITY
    }
    rarest = sorted(found, key=lambda t: (-found[t], t))[:ARTICLE_TERMS]
    return {t: found[t] for t in rarest}


def _cosine(mine: dict[str, float], theirs: dict[str, float]) -> float:
    dot = sum(w * theirs[t] for t, w in mine.items() if t in theirs)
    norm = math.sqrt(sum(w * w for w in mine.values())) * math.sqrt(
        sum(w * w for w in theirs.values())
    )
    return dot / norm if norm else 0.0


def dispute_keys(
    members: Sequence[Statement],
    article: Article,
    chains: dict[int, list[tuple[int, str]]],
    *,
    headline: str = "",
    speakers: set[str] | None = None,
    whole_article: bool = False,
    aliases: dict[int, list[str]] | None = None,
) -> Keys:
    """The keys of one dispute of an article (its statements' words, parties, the day).

    aliases: the other names of its organisations (`organisation_aliases`), as the article may
    write one: actors are resolved across articles, and an organisation's name may be another
    article's way of writing it.

    The main dispute (given the headline) or `whole_article` also keeps the article's content
    words (`article_content`, without the names of `speakers`: all of the article's by default
    its members')."""
    keys = Keys(day=filed_day(article), article_id=article.pk, undated=article.published is None)
    text = " ".join([headline, *(s.text for s in members)])
    # grouping-lede: the main dispute reads the article's first paragraph as it reads the
    # headline: an answer restates there what it answers (`... that Lao government has given
    # concession of sand dredging in Mekong River`), in words the parser's spans of a stilted or
    # translated text may leave out.
    if headline and on("grouping-lede"):
        text = " ".join([text, lede(article.text, article.title)])
    outlet_names = [s.speaker.name for s in members if s.speaker.kind == ActorKind.MEDIA]
    text = without_outlets(text, [article.outlet, *outlet_names])
    keys.terms = claim_terms(text, _speaker_words(members))
    if on("grouping-content-evidence"):
        keys.places = places(f"{article.title}\n{article.text}") & keys.terms.keys()
        named = [(m.speaker.kind, m.speaker.name) for m in members]
        named += [
            (ActorKind.ORGANISATION.value, name)
            for m in members
            for name in (aliases or {}).get(m.speaker_id, [])
        ]
        keys.organisations = organisation_words(f"{article.title}\n{article.text}", named)
        keys.organisations &= keys.terms.keys()
    keys.countries = countries_named(text)
    for statement in members:
        speaker = statement.speaker
        keys.actors.add(speaker.pk)
        if speaker.country:
            keys.countries.add(speaker.country)
        stack = [speaker.pk]
        while stack:
            for org_id, country in chains.get(stack.pop(), []):
                if org_id not in keys.actors:
                    keys.actors.add(org_id)
                    stack.append(org_id)
                if country:
                    keys.countries.add(country)
        if statement.stance == Stance.CLAIM and speaker.kind == ActorKind.MEDIA:
            keys.outlets.add(normalise_name(speaker.name))
        if party_name(speaker.kind, speaker.name):
            keys.party_names.add(party_name(speaker.kind, speaker.name))
    if article.outlet:
        keys.own_outlet = normalise_name(article.outlet)
        keys.outlets.add(keys.own_outlet)
    if on("grouping-answered-report"):
        keys.homes = homes(article.title, article.text, article.outlet)
        if headline:
            keys.cited, keys.last_week = back_references(
                article.title, article.text, article.outlet
            )
    if (headline or whole_article) and on("grouping-article-content"):
        names = set(speakers) if speakers is not None else _speaker_words(members)
        names |= {_fold(t) for outlet in keys.outlets for t in _TOKEN.findall(outlet)}
        keys.article_terms = article_content(article.title, article.text, names)
        keys.named = sides_named(f"{article.title}\n{article.text}")
    return keys


# ----------------------------------------------------------------------------------- score
@dataclass
class Score:
    story_id: int
    total: float
    claim: float
    parties: float
    reference: float
    time: float
    shared_terms: list[str]
    shared_countries: list[str]
    shared_actors: int
    named_outlet: str
    content: float = 0.0  # weight of the shared terms that are neither places nor numbers
    article_content: float = 0.0  # weight of the shared article terms (grouping-article-content)
    article_claim: float = 0.0  # the claim part the articles' content gives, 0 below its gates
    answered: str = ""  # grouping-answered-report: how the article cites the story's report

    def explain(self) -> dict[str, Any]:
        return {
            "story": self.story_id,
            "score": round(self.total, 3),
            "claim": round(self.claim, 3),
            "parties": round(self.parties, 3),
            "reference": self.reference,
            "time": round(self.time, 3),
            "shared_terms": self.shared_terms,
            "shared_countries": self.shared_countries,
            "shared_actors": self.shared_actors,
            "named_outlet": self.named_outlet,
            "content": round(self.content, 2),
            "article_content": round(self.article_content, 2),
            "article_claim": round(self.article_claim, 3),
            "answered": self.answered,
        }


# A name spelt two ways (`Galstyan` / `Galstian`, `Kavango` / `Okavango`): rare words this long
# or longer, one letter apart.
VARIANT_RARITY = 4.0
VARIANT_LENGTH = 6


def _spelt_as(mine: dict[str, float], theirs: dict[str, float]) -> dict[str, float]:
    """A dispute's terms with each rare name the story spells one letter differently written
    the story's way (the story's spelling of it absent from the dispute)."""
    rare = [
        t
        for t, w in theirs.items()
        if w >= VARIANT_RARITY and len(t) >= VARIANT_LENGTH and t not in mine and t[0].isalpha()
    ]
    if not rare:
        return mine
    out = dict(mine)
    for term, weight in mine.items():
        if term in theirs or weight < VARIANT_RARITY or len(term) < VARIANT_LENGTH:
            continue
        if not term[0].isalpha():
            continue
        match = next(
            (
                t
                for t in rare
                if abs(len(t) - len(term)) <= 1
                and t not in out
                and Levenshtein.distance(t, term, score_cutoff=1) <= 1
            ),
            None,
        )
        if match is not None:
            out[match] = out.pop(term)
    return out


SYNONYM_SHARE = 0.7  # a synonym is weaker evidence than the same word


@cache
def _synonym_groups() -> dict[str, int]:
    """Each folded word of lexicon/synonyms.txt -> its group's number."""
    out: dict[str, int] = {}
    for number, line in enumerate(lexicon.lines_of("synonyms.txt")):
        for word in line.split():
            out.setdefault(_fold(word), number)
    return out


def _said_as(mine: dict[str, float], theirs: dict[str, float]) -> dict[str, float]:
    """grouping-synonyms: a dispute's terms with each word the story says with a synonym of the
    same group (`levy` for the story's `toll`, `truck` for `lorry`) written the story's way, its
    weight SYNONYM_SHARE of its own (the story's word absent from the dispute)."""
    groups = _synonym_groups()
    theirs_by_group: dict[int, str] = {}
    for term in theirs:
        group = groups.get(term)
        if group is not None and term not in mine:
            theirs_by_group.setdefault(group, term)
    if not theirs_by_group:
        return mine
    out = dict(mine)
    for term in mine:
        group = groups.get(term)
        if group is None or term in theirs:
            continue
        match = theirs_by_group.get(group)
        if match is not None and match not in out:
            out[match] = out.pop(term) * SYNONYM_SHARE
    return out


def score(
    dispute: Keys,
    story: Keys,
    *,
    story_id: int,
    article_text: str,
    same_article: bool = False,
    named_by: str = "",
) -> Score:
    """How well a dispute continues a story, with the parts that make the score.

    named_by: the story's article names the dispute's own outlet (a later article citing an
    earlier one, looked at again when the later one starts the story)."""
    if on("grouping-name-variants"):
        dispute = replace(dispute, terms=_spelt_as(dispute.terms, story.terms))
    if on("grouping-synonyms"):
        dispute = replace(dispute, terms=_said_as(dispute.terms, story.terms))
    shared = dispute.terms.keys() & story.terms.keys()
    dot = sum(dispute.terms[t] * story.terms[t] for t in shared)
    norm = math.sqrt(sum(w * w for w in dispute.terms.values())) * math.sqrt(
        sum(w * w for w in story.terms.values())
    )
    claim = dot / norm if norm else 0.0
    content = sum(
        min(dispute.terms[t], story.terms[t])
        for t in shared
        if t not in dispute.places
        and t not in dispute.organisations
        and not t[:1].isdigit()
        and min(dispute.terms[t], story.terms[t]) >= CONTENT_RARITY
    )
    evidence = min(1.0, content / CONTENT_MIN)
    if on("grouping-content-evidence"):
        claim *= evidence
    countries = dispute.countries & story.countries
    # grouping-article-content: articles that share ARTICLE_CONTENT_MIN of distinctive words (four
    # to six names of the contested object, the agency, the rule) between the same countries
    # (SIDES_MIN of them in common: a report on the same good between other states is another
    # affair) tell one affair, however differently the statements word it.
    # grouping-article-views: against each of the story's latest articles, the best one: the
    # union of a growing story's articles shares some words with any article of its region (the
    # same utility's water bill shared 18 with a story of three articles, at most 14 with any one).
    views = [story.article_terms]
    if story.article_views and on("grouping-article-views"):
        views = list(story.article_views.values())
    mass, cosine = 0.0, 0.0
    for view in views:
        mine = dispute.article_terms
        if on("grouping-synonyms"):
            mine = _said_as(mine, view)
        shared_mass = sum(min(w, view[t]) for t, w in mine.items() if t in view)
        if shared_mass < ARTICLE_CONTENT_MIN:
            mass = max(mass, shared_mass)
            continue
        found = _cosine(mine, view)
        if found >= cosine:
            mass, cosine = shared_mass, found
    # The sides are the countries the articles name, not the parties' countries: actors are
    # resolved across articles, and one ministry's name may stand for several states'.
    union = dispute.named | story.named
    sides = len(dispute.named & story.named) / len(union) if union else 0.0
    days = _days_apart(dispute, story)
    article_claim = 0.0
    if (
        on("grouping-article-content")
        and mass >= ARTICLE_CONTENT_MIN
        and sides >= SIDES_MIN
        and days <= ARTICLE_WINDOW_DAYS
    ):
        article_claim = min(1.0, ARTICLE_LIFT * cosine)
        claim = max(claim, article_claim)
    answered = _answered(dispute, story, days=days, sides=sides, mass=mass)
    if answered:
        claim = max(claim, ANSWER_CLAIM)
    actors = dispute.actors & story.actors
    folded = normalise_name(article_text)
    # grouping-named-parties: the article names one of the story's speakers (`Brazil's federal
    # revenue service has stopped letting retreaded tyres ...`, the service answering it in the
    # story): a party in common, whoever the parser made the article's own speakers.
    if not actors and story.party_names:
        padded = f" {folded} "
        if any(f" {name} " in padded for name in story.party_names):
            actors = {0}
    parties = (0.5 if countries else 0.0) + (0.5 if actors else 0.0)
    named = next(
        (
            o
            for o in sorted(story.outlets)
            if o and o != dispute.own_outlet and f" {o} " in f" {folded} "
        ),
        "",
    )
    # The parser may split one dispute of an article in two: the article is its own reference.
    named = named or ("(this article)" if same_article else "") or named_by
    # Naming the story's outlet is no reference when nothing of its claim comes with it.
    if len(shared) < MIN_SHARED_TERMS:
        named = ""
    reference = 1.0 if named else 0.0
    # grouping-reference-content: naming an outlet of the story is a reference to its affair only
    # when what is contested comes with it; an outlet publishes many affairs (the same paper's
    # report on a customs outage at the same crossing, a bridge closure where the story's outlet
    # is named as the source of another report), and places alone are no affair.
    if on("grouping-reference-content") and not same_article:
        reference *= evidence
    days = _days_apart(dispute, story)
    time = time_part(days)
    # The floor holds for the claim part only: a late answer repeats the affair's words, while
    # naming an outlet months old (`the Ledger`, `the Briefing`) says less the older it is.
    aged = 0.5 ** (days / HALF_LIFE_DAYS)
    # Parties gate rather than add: every dispute of a region shares them, but a dispute
    # between other parties should take a much closer claim to join.
    total = (claim * time + W_REFERENCE * reference * aged) * (0.5 + 0.5 * parties)
    top = sorted(shared, key=lambda t: -dispute.terms[t] * story.terms[t])[:8]
    return Score(
        story_id,
        total,
        claim,
        parties,
        reference,
        time,
        top,
        sorted(countries),
        len(actors),
        named,
        content,
        mass,
        article_claim,
        answered,
    )


def _answered(dispute: Keys, story: Keys, *, days: int, sides: float, mass: float) -> str:
    """grouping-answered-report: how the dispute's article cites the story's report, if it does.

    The article answers a report it cites by place or time, and the story is one such report
    (its outlet from that place, or of the last two weeks saying what the article says it said)
    telling of the same sides with some distinctive words in common: an editor would file it
    there even though the answer words the affair its own way (`levy` / `permit`, `note` /
    `working paper`). Without the sides and the words, a citation says only that some report
    exists."""
    if not on("grouping-answered-report") or days > ANSWER_DAYS:
        return ""
    if sides < SIDES_MIN or mass < ANSWER_MASS:
        return ""
    if dispute.cited & story.homes:
        return "cited:" + ",".join(sorted(dispute.cited & story.homes))
    if days > 0 and _said_before(dispute.last_week, story) >= CONTENT_RARITY:
        return "last-week"
    return ""


def _said_before(said: dict[str, float], story: Keys) -> float:
    """The weight of the words of a sentence citing last week's report (`after a report last week
    that Estonian carriers would pay it`) that the story holds: a report of last week between the
    same sides is this story's only if it said what the sentence says it said."""
    held = story.terms.keys() | story.article_terms.keys()
    for view in story.article_views.values():
        held |= view.keys()
    return sum(w for t, w in said.items() if t in held and w >= CONTENT_RARITY)


def _days_apart(dispute: Keys, story: Keys) -> int:
    """The days between a dispute's article and a story; for an undated article (its filing day
    only bounds its day from above, grouping-undated-day) at most ARTICLE_WINDOW_DAYS."""
    days = abs((dispute.day - story.day).days) if dispute.day and story.day else 0
    if dispute.undated and on("grouping-undated-day"):
        days = min(days, ARTICLE_WINDOW_DAYS)
    return days


def time_part(days: int) -> float:
    """How much the days between an article and a story take off its score: halves every
    HALF_LIFE_DAYS, but not below TIME_FLOOR inside the window.

    grouping-time-floor: an answer may come months later (an office's communiqué 70 days after
    the report: 0.45 by the half-life alone, more than half of it lost); the window already
    bounds how late a follow-up may be, so inside it lateness costs at most a quarter. The
    first weeks keep the half-life's slope, so that neighbours filed days apart gain nothing.
    The reference part keeps the half-life (`score`)."""
    part: float = 0.5 ** (days / HALF_LIFE_DAYS)
    if on("grouping-time-floor") and days <= STORY_WINDOW.days:
        part = max(part, TIME_FLOOR)
    return part


# ----------------------------------------------------------------------------------- index
def candidates(dispute: Keys) -> list[int]:
    """Open stories sharing a rare term or a party with the dispute (one bounded query).

    Each key reads at most PER_KEY rows of the (kind, value, -active_on) index, so the cost is
    QUERY_TERMS + parties look-ups of bounded size however many stories there are.
    """
    assert dispute.day is not None
    window = STORY_WINDOW
    if dispute.undated and on("grouping-undated-day"):
        window = UNDATED_WINDOW
    since = dispute.day - window
    wanted = [
        (StoryKeyKind.TERM, t)
        for t in sorted(dispute.terms, key=lambda t: -dispute.terms[t])[:QUERY_TERMS]
    ]
    article = dispute.article_terms
    wanted += [
        (StoryKeyKind.TERM, _ARTICLE + t)
        for t in sorted(article, key=lambda t: (-article[t], t))[:ARTICLE_QUERY_TERMS]
    ]
    wanted += [(StoryKeyKind.PARTY, f"a:{a}") for a in sorted(dispute.actors)]
    wanted += [(StoryKeyKind.PARTY, f"c:{c}") for c in sorted(dispute.countries)]
    if not wanted:
        return []
    if connection.vendor == "postgresql":
        # One statement of bounded reads, written out: compiling a queryset per key cost more
        # than running them. Only placeholders vary; the table name is the model's own.
        one = (
            f"(SELECT story_id, weight FROM {StoryKey._meta.db_table} "  # noqa: S608
            "WHERE kind = %s AND value = %s AND active_on >= %s ORDER BY active_on DESC LIMIT %s)"
        )
        params: list[str | int | dt.date] = []
        for kind, value in wanted:
            params += [kind, value[:100], since, PER_KEY]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join([one] * len(wanted)), params)
            rows = cursor.fetchall()
    else:  # SQLite and others: one small query per key
        rows = [
            row
            for kind, value in wanted
            for row in StoryKey.objects.filter(kind=kind, value=value[:100], active_on__gte=since)
            .order_by("-active_on")
            .values_list("story_id", "weight")[:PER_KEY]
        ]
    hits: dict[int, float] = defaultdict(float)
    for story_id, weight in rows:
        hits[story_id] += weight or 1.0
    return sorted(hits, key=lambda pk: (-hits[pk], -pk))[:MAX_CANDIDATES]


def story_keys(story_ids: Iterable[int]) -> dict[int, Keys]:
    """The stored keys of the given stories (one query)."""
    out: dict[int, Keys] = defaultdict(Keys)
    rows = StoryKey.objects.filter(story_id__in=list(story_ids)).values_list(
        "story_id", "kind", "value", "weight", "count", "active_on"
    )
    for story_id, kind, value, weight, count, active_on in rows:
        keys = out[story_id]
        # the story's latest article's day: an adopted earlier report's keys keep its own day
        keys.day = max(keys.day, active_on) if keys.day else active_on
        if kind == StoryKeyKind.TERM and value.startswith(_VIEW):
            article_id, _, term = value[len(_VIEW) :].partition(":")
            keys.article_views.setdefault(int(article_id), {})[term] = weight
        elif kind == StoryKeyKind.TERM and value.startswith(_ARTICLE):
            keys.article_terms[value[len(_ARTICLE) :]] = weight * (1.0 + math.log(count))
        elif kind == StoryKeyKind.TERM:
            keys.terms[value] = weight * (1.0 + math.log(count))
        elif kind == StoryKeyKind.OUTLET:
            keys.outlets.add(value)
        elif value.startswith("c:"):
            keys.countries.add(value[2:])
        elif value.startswith("a:"):
            keys.actors.add(int(value[2:]))
        elif value.startswith("n:"):
            keys.named.add(value[2:])
        elif value.startswith("m:"):
            keys.party_names.add(value[2:])
        elif value.startswith(_HOME):
            keys.homes.add(value[len(_HOME) :])
    return out


def filed_day(article: Article) -> dt.date:
    """The day an article counts from: its publication day, else the day it was filed (so that
    re-indexing an undated article later does not move it in time)."""
    if article.published is not None:
        return article.published
    if article.added_at is not None:
        return timezone.localdate(article.added_at)
    return timezone.localdate()


def add_keys(story: Story, keys: Keys) -> None:
    """Store a dispute's keys on its story (counts add up), keeping STORY_TERMS terms."""
    day = keys.day or timezone.localdate()
    rows = [(StoryKeyKind.TERM, t, w) for t, w in keys.terms.items()]
    rows += [(StoryKeyKind.TERM, _ARTICLE + t, w) for t, w in keys.article_terms.items()]
    rows += [(StoryKeyKind.PARTY, f"a:{a}", 1.0) for a in keys.actors]
    rows += [(StoryKeyKind.PARTY, f"c:{c}", 1.0) for c in keys.countries]
    rows += [(StoryKeyKind.PARTY, f"n:{c}", 1.0) for c in keys.named]
    rows += [(StoryKeyKind.PARTY, f"{_HOME}{c}", 1.0) for c in keys.homes]
    rows += [(StoryKeyKind.OUTLET, o, 1.0) for o in keys.outlets if o]
    if keys.article_id is not None and on("grouping-article-views"):
        view = f"{_VIEW}{keys.article_id}:"
        rows += [(StoryKeyKind.TERM, view + t, w) for t, w in keys.article_terms.items()]
    existing = {
        (k.kind, k.value): k for k in StoryKey.objects.filter(story=story).only("kind", "value")
    }
    # At most STORY_PARTY_NAMES speakers' names per story: each is looked for in the text of
    # every article scored against it.
    room = STORY_PARTY_NAMES - sum(1 for _, v in existing if v.startswith("m:"))
    new_names = sorted(
        n for n in keys.party_names if (StoryKeyKind.PARTY, f"m:{n}") not in existing
    )
    kept_names = set(new_names[: max(0, room)]) | {
        n for n in keys.party_names if (StoryKeyKind.PARTY, f"m:{n}") in existing
    }
    rows += [(StoryKeyKind.PARTY, f"m:{n}", 1.0) for n in sorted(kept_names)]
    StoryKey.objects.filter(
        pk__in=[existing[(k, v[:100])].pk for k, v, _ in rows if (k, v[:100]) in existing]
    ).update(count=F("count") + 1)
    StoryKey.objects.bulk_create(
        [
            StoryKey(story=story, kind=k, value=v[:100], weight=w, active_on=day)
            for k, v, w in rows
            if (k, v[:100]) not in existing
        ],
        ignore_conflicts=True,
    )
    # The story is as recent as its newest article; its rarest-and-most-repeated terms stay.
    StoryKey.objects.filter(story=story, active_on__lt=day).update(active_on=day)
    terms = StoryKey.objects.filter(story=story, kind=StoryKeyKind.TERM)
    article_terms = terms.filter(value__startswith=_ARTICLE)
    views = terms.filter(value__startswith=_VIEW)
    if keys.article_terms and keys.article_id is not None:
        # The latest ARTICLE_VIEWS articles' views stay: one read of at most ARTICLE_VIEWS + 1
        # articles' words (ARTICLE_TERMS each), one delete when a fifth comes in.
        values = views.values_list("value", flat=True)
        ids = {int(v[len(_VIEW) :].partition(":")[0]) for v in values}
        for stale in sorted(ids)[:-ARTICLE_VIEWS]:
            views.filter(value__startswith=f"{_VIEW}{stale}:").delete()
    for kept, limit in (
        (terms.exclude(value__startswith=_ARTICLE).exclude(value__startswith=_VIEW), STORY_TERMS),
        (article_terms, STORY_ARTICLE_TERMS),
    ):
        if kept.count() > limit:
            keep = kept.order_by(-F("weight") * F("count"), "pk").values("pk")[:limit]
            kept.exclude(pk__in=list(keep.values_list("pk", flat=True))).delete()


def reindex_story(story: Story) -> None:
    """Rebuild a story's keys from the statements it holds now (after a merge or a split)."""
    StoryKey.objects.filter(story=story).delete()
    statements = list(
        Statement.objects.filter(story=story).select_related("speaker", "article").order_by("pk")
    )
    chains = _affiliations({s.speaker_id for s in statements})
    by_article: dict[int, list[Statement]] = defaultdict(list)
    for statement in statements:
        by_article[statement.article_id].append(statement)
    for members in by_article.values():
        add_keys(story, dispute_keys(members, members[0].article, chains, whole_article=True))


# ----------------------------------------------------------------------------------- assign
def _groups(statements: Sequence[Statement], links: list[tuple[int, int]]) -> list[list[int]]:
    """Disputes, each with the undisputed statements that follow it in the text.

    A claim nobody answers in the article is no dispute of its own when the article has an
    answered one (or an earlier unanswered one): it goes with the dispute before it, like any
    other statement. Follow-ups tend to answer the main claim, and a lone claim of its own would
    start a story a follow-up could join instead of the main one.
    """
    found = disputes(statements, links)
    answered = [group for group in found if len(group) > 1]
    found = answered or found[:1]
    if not found:
        return [list(range(len(statements)))] if statements else []
    owner = {i: n for n, group in enumerate(found) for i in group}
    ordered = sorted(range(len(statements)), key=lambda i: statements[i].evidence_start)
    first = owner[min(owner, key=lambda i: statements[i].evidence_start)]
    current = first
    groups = [list(g) for g in found]
    for i in ordered:
        if i in owner:
            current = owner[i]
        else:
            groups[current].append(i)
    return groups


def assign_stories(
    *, article: Article, statements: Sequence[Statement], links: Iterable[tuple[int, int]]
) -> list[Story]:
    """Set `story` on each statement (unsaved), record why; return the stories touched.

    Queries: one for affiliations (two levels), then per dispute one index look-up, one read of
    the candidates' keys, and the writes of its keys and decision.
    """
    links = list(links)
    # A re-parse groups the article afresh: the reasons given last time no longer hold.
    GroupingDecision.objects.filter(article=article).delete()
    has_dispute = bool(disputes(statements, links))
    groups = _groups(statements, links)
    chains = _affiliations({s.speaker_id for s in statements})
    aliases = organisation_aliases(statements)
    speakers = _speaker_words(statements)
    stories: list[Story] = []
    # The headline names the article's main dispute: the one with the most statements.
    main = max(range(len(groups)), key=lambda n: len(groups[n]), default=0)
    own: set[int] = set()  # stories this article's earlier disputes went to
    for n, group in enumerate(groups):
        members = [statements[i] for i in group]
        keys = dispute_keys(
            members,
            article,
            chains,
            headline=article.title if n == main else "",
            speakers=speakers,
            aliases=aliases,
        )
        scored = [
            score(keys, other, story_id=pk, article_text=article.text, same_article=pk in own)
            for pk, other in story_keys(candidates(keys)).items()
        ]
        scored.sort(key=lambda s: -s.total)
        best = scored[0] if scored else None
        runner_up = scored[1].explain() if len(scored) > 1 else {}
        story: Story | None = None
        if best is not None and best.total >= THRESHOLD:
            story = Story.objects.filter(pk=best.story_id).first()
        outcome = GroupingOutcome.JOINED
        if story is None and has_dispute:
            claims = [s for s in members if s.stance == Stance.CLAIM] or members
            story = Story.objects.create(
                title=story_title(claims[0]), summary=claims[0].text[:1000]
            )
            outcome = GroupingOutcome.STARTED
        elif story is None:
            outcome = GroupingOutcome.UNASSIGNED
        GroupingDecision.objects.create(
            article=article,
            story=story,
            outcome=outcome,
            statements=[s.pk for s in members if s.pk],
            score=best.total if best else 0.0,
            threshold=THRESHOLD,
            parts=best.explain() if best else {},
            runner_up=runner_up,
        )
        if story is None:
            continue
        add_keys(story, keys)
        if outcome == GroupingOutcome.STARTED and on("adopt-unassigned"):
            adopt_unassigned(story, keys, article)
        own.add(story.pk)
        stories.append(story)
        for statement in members:
            statement.story = story
    return stories


def adopt_unassigned(story: Story, keys: Keys, article: Article) -> list[int]:
    """Join to a story just started the recent articles no story took that continue it; return
    their ids.

    A first report often holds no dispute the parser can see (a scoop that nobody answers yet:
    `Bangladesh has not paid ...`, officials say), so it joins no story and starts none; the
    denial a few days later starts the story, and the report is scored against it as any
    follow-up would be (a later article naming the earlier one's outlet counts as a reference).
    Queries: the recent unassigned decisions (partial index), their statements, affiliations
    (two), then the writes of each one adopted.
    """
    decisions = list(
        GroupingDecision.objects.filter(
            outcome=GroupingOutcome.UNASSIGNED,
            story__isnull=True,
            created_at__gte=timezone.now() - STORY_WINDOW,
        )
        .exclude(article=article)
        .select_related("article")
        .order_by("-created_at")[:ADOPT_RECENT]
    )
    day = keys.day or timezone.localdate()
    decisions = [
        d
        for d in decisions
        if d.article.published is None or day - STORY_WINDOW <= d.article.published <= day
    ]
    if not decisions:
        return []
    wanted = [pk for d in decisions for pk in d.statements]
    rows = Statement.objects.filter(pk__in=wanted, story__isnull=True).select_related("speaker")
    by_pk = {row.pk: row for row in rows}
    chains = _affiliations({row.speaker_id for row in by_pk.values()})
    aliases = organisation_aliases(by_pk.values())
    folded = f" {normalise_name(article.text)} "
    adopted = []
    for decision in decisions:
        members = [by_pk[pk] for pk in decision.statements if pk in by_pk]
        if not members:
            continue
        earlier = decision.article
        mine = dispute_keys(members, earlier, chains, headline=earlier.title, aliases=aliases)
        outlet = normalise_name(earlier.outlet) if earlier.outlet else ""
        named_by = outlet if outlet and f" {outlet} " in folded else ""
        found = score(mine, keys, story_id=story.pk, article_text=earlier.text, named_by=named_by)
        if found.total < THRESHOLD:
            continue
        Statement.objects.filter(pk__in=[m.pk for m in members]).update(story=story)
        decision.story, decision.outcome, decision.score = (
            story,
            GroupingOutcome.JOINED,
            found.total,
        )
        decision.parts = {**found.explain(), "adopted_by_article": article.pk}
        decision.save(update_fields=["story", "outcome", "score", "parts"])
        # Its parties and outlet join the story's keys, not its claim terms: a report nobody
        # answered is mostly background, and its words would dilute the claim later follow-ups
        # repeat. adopt-article-content: its article's distinctive words and named countries do
        # join (they count only through the gated article part): whether the parser saw a
        # dispute in the first report must not decide whether the story knows what it said
        # (a third article naming the report's yard, shippers and levy joins on them).
        mine.terms = {}
        if not on("adopt-article-content"):
            mine.article_terms, mine.named = {}, set()
        add_keys(story, mine)
        adopted.append(earlier.pk)
    return adopted


def touch_stories(stories: Iterable[Story]) -> None:
    """Record the latest activity on each story (for the newest-first story list), and refresh
    its stored summary and version (statements.summaries)."""
    now = timezone.now()
    touched = {s.pk: s for s in stories}
    for story in touched.values():
        latest = story.statements.aggregate(latest=Max("created_at"))["latest"] or now
        Story.objects.filter(pk=story.pk).update(last_activity=latest)
    summaries.refresh_stories(touched)


def article_stories(article: Article) -> tuple[list[int], list[dict[str, Any]]]:
    """The article's stories, the one holding most of its statements first, and why (2 queries)."""
    rows = (
        Statement.objects.filter(article=article, story__isnull=False)
        .values("story")
        .annotate(n=Count("id"))
        .order_by("-n", "story")
    )
    why = [
        {
            "outcome": d.outcome,
            "story": d.story_id,
            "statements": len(d.statements),
            "best": d.parts,
            "runner_up": d.runner_up,
        }
        for d in article.grouping_decisions.all()
    ]
    return [r["story"] for r in rows], why
