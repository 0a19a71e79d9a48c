"""Stage 3: find speech acts (verb of saying + speaker phrase + content) in the segmented text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, pairwise

from . import lexicon, syntax
from . import turns as records
from .rules import disabled, on
from .segment import Document, Paragraph, Token, Unit

_AUX = frozenset(
    "is are was were be been being had has have would will could can did does do should may "
    "might must shall isn't wasn't weren't hasn't hadn't don't didn't doesn't won't".split()
)
_NEG = frozenset("not never n't no".split())
_PRONOUNS = frozenset("he she it they we i".split())
_DETS = frozenset("the a an its their his her our this that these those".split())
_PREPS = frozenset(
    "in on at to for from with by during after before about over under via through "
    "outside inside near despite amid since until".split()
)
_RELATIVE = frozenset("who which whose where whom".split())
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}
_SEG_OPENERS = frozenset(
    "in on at asked however separately meanwhile earlier later late for also but and "
    "speaking after before when while as according despite amid following yesterday "
    "today last then still yet instead in".split()
)
_PARTICIPLE_SEG = frozenset(
    "citing published posted speaking quoted asked referring writing issued released "
    "saying describing".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten several some many dozens".split()
)
_HUMAN_GROUPS = frozenset(
    "officials official sources source people diplomats importers exporters residents "
    "witnesses employees members insiders executives officers engineers experts analysts "
    "traders farmers workers staff aides advisers advisors negotiators lawmakers officer diplomat "
    "aide insider witness resident employee executive engineer expert analyst trader farmer "
    "worker negotiator lawmaker adviser advisor servants servant".split()
)
_VAGUE_SOURCES = frozenset("unnamed anonymous diplomatic informed unidentified".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DATELINE = re.compile(
    r"^[A-Z][A-Za-zÀ-ÿ .,'/-]{1,60}?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s*\d{4})?"
    # a wire's credit after the date: `(Reuters) -`, `/TASS/.`
    # or a Spanish-language agency's `.-`: `Quito, Jul 8 (Andes).-`, `Lima, May 3.-`
    r"(?:\s*(?:[-–—]{1,2}|\.?\s*\([^()\n]{1,40}\)\s*\.?[-–—]{1,2}|\.\s*/[^/\n]{1,40}/\.?|\.[-–—])"
    r"|\s*[-–—]{1,2})\s+"
)
# An AP dateline: the city in capitals, then its state or country, then a dash (`MANILA,
# Philippines — `, `MADISON, Wis. — `).
_DATELINE_CITY_COUNTRY = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3},\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]{1,2}\s+"
)
# The same with the agency's credit before the dash: `ASTANA, March 4 (KazInform Wire) - `.
_DATELINE_CREDIT = re.compile(
    r"^[A-Z][A-Za-zÀ-ÿ .,/'-]{1,60}?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s*\d{4})?\s*\([^()\n]{1,40}\)\s*[-–—]\s+"
)
# An Indian agency's dateline, its credit and no dash: `New Delhi, May 12 (PTI) India on ...`.
_DATELINE_CREDIT_NO_DASH = re.compile(
    r"^[A-Z][A-Za-zÀ-ÿ .'/-]{1,40}?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s*\d{4})?\s*\([^()\n]{1,40}\)\s+(?=[A-Z\"“‘])"
)
_TURN = re.compile(r"^([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*|\s+(?:of|de|al|do|da)){0,6})\s*:\s+\S")
_FORMULA = re.compile(
    r"^(?:good (?:morning|afternoon|evening)|hello|thank you|thanks|let me (?:start|begin)|"
    r"next question|any other questions)\b",
    re.I,
)


@dataclass
class Mention:
    """A speaker phrase as written, with what surrounds it."""

    text: str
    start: int
    end: int
    role: str | None = None  # an appositive role phrase: "Karst's defence minister"
    extras: list[str] = field(default_factory=list)  # relative clauses, descriptions
    pronoun: bool = False
    verb: str | None = None  # the verb of saying it is the subject of: "reported"
    relay: str | None = None  # the outlet it spoke to: "told Radio X"
    cited: list[str] = field(default_factory=list)  # the sources it cites


@dataclass
class Frame:
    """One speech act before its speaker is resolved."""

    unit: Unit
    verb: str
    vclass: str  # say, deny, confirm, claim, decline, turn
    speaker: Mention | None  # None: inherit the previous speaker
    start: int  # statement span in the cleaned text
    end: int
    content_start: int
    frame_start: int  # the attribution part, where a day expression dates the speaking
    frame_end: int
    rule: str
    target: str | None = None  # object of a denial: "a report by The Meridian Post"
    cited: list[str] = field(default_factory=list)
    relay: str | None = None  # the outlet that carried the words
    # `According to the report of X correspondent, Y stated: ...`: X, read as a speaker phrase
    relay_source: Mention | None = None
    embedded: tuple[str, int, int] | None = None  # (speaker phrase, start, end) of a claim inside
    optional: bool = False
    fixed_date: str | None = None  # a written date that dates the act (a post's date line)
    turn: int | None = None  # transcript turn index
    question_turn: bool = False
    headline: bool = False
    colon: bool = False  # content introduced by a colon (may run on into the next paragraph)
    quote_tail: bool = False  # `"...," X said`
    negated: bool = False
    verb_start: int = -1  # where the verb of saying stands (-1: not known)


# Conjunctions opening a clause of its own: a speaker after one does not say the quotation
# before it.
_PLURAL_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_SUBORDINATORS = frozenset("as while after when because since before though although".split())
_MODAL_TAIL = frozenset(
    "would will could can may might should must only not also just merely".split()
)
_HOUSE_ADDRESS = re.compile(
    r"^(?:the\s+)?hon(?:ou?rable|\.)?\s+(?:members?|gentlem[ae]n|lad(?:y|ies)|friends?)$", re.I
)
# Words opening a lead-in that is no clause: `Asked about ...`, `Regarding ...`, `On the talks`.
_LEAD_INS = frozenset("on about regarding concerning as for in when asked".split())
_CLAUSE_OPENERS = frozenset("when after before while because since until once".split())
# Inside a speaker phrase, where a subordinate clause with its own subject opens.
_INNER_OPENERS = frozenset("when after because since until once".split())


@cache  # (asked at most tokens of every sentence; the lexicon's own tables never change)
def _verbs() -> dict[str, str]:
    return lexicon.table("speech_verbs.txt")


def _speech_before_colon(toks: list[Token]) -> bool:
    """A verb of saying right before a colon, outside quotations (`stated:`, `said:`)."""
    verbs = _verbs()
    return any(t.lower in verbs and not t.quoted and nxt.text == ":" for t, nxt in pairwise(toks))


_THAT_TIMES = frozenset("day morning afternoon evening night week month year time".split())


def _that_clause_within(toks: list[Token], i: int, k: int) -> bool:
    """A `that` opening a clause (not `that afternoon`) among toks[i : i + k]."""
    return any(
        t.lower == "that"
        and not t.quoted
        and j + 1 < len(toks)
        and toks[j + 1].lower not in _THAT_TIMES
        for j, t in enumerate(toks[i : i + k], start=i)
    )


@cache
def _participles() -> dict[str, str]:
    return lexicon.table("participles.txt")


def _is_cap(t: Token) -> bool:
    return t.text[:1].isupper()


def _strip_dateline(unit: Unit, text: str) -> list[Token]:
    sentence = text[unit.start : unit.end]
    if not ("A" <= sentence[:1] <= "Z" and "," in sentence[1:62]):
        return unit.tokens  # each dateline opens with a capital and has a comma within 62
    m = _DATELINE.match(sentence)
    if m is None and on("dateline-city-country"):
        m = _DATELINE_CITY_COUNTRY.match(sentence)
    if m is None and on("dateline-credit"):
        m = _DATELINE_CREDIT.match(sentence)
    if m is None and on("dateline-credit-no-dash"):
        m = _DATELINE_CREDIT_NO_DASH.match(sentence)
    if not m:
        return unit.tokens
    cut = unit.start + m.end()
    return [t for t in unit.tokens if t.start >= cut]


def _split_commas(toks: list[Token]) -> list[list[Token]]:
    segs: list[list[Token]] = [[]]
    for t in toks:
        if t.text == "," and not t.quoted:
            segs.append([])
        else:
            segs[-1].append(t)
    return segs


def _day_len(toks: list[Token], i: int) -> int:
    """Length of a day expression starting at toks[i] (0 if none)."""
    n = len(toks)
    j = i
    if j < n and toks[j].lower in ("late", "early"):
        j += 1
    if j < n and toks[j].lower == "on":
        j += 1
    if j < n and toks[j].lower in _WEEKDAYS:
        j += 1
        if j < n and toks[j].lower in ("morning", "afternoon", "evening", "night"):
            j += 1
        return j - i
    if toks[i].lower in ("yesterday", "today"):
        return 1
    return 0


_COURT_RECORD = re.compile(
    r"^(?:the\s+|court\s+)*(?:filings?|documents?|papers|complaint|lawsuit|suit|"
    r"indictment|affidavit|petition|court\s+records?)\b"
)
_CLAIMING_PARTICIPLES = frozenset(
    "alleging accusing claiming charging contending asserting saying arguing".split()
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_AMPM = frozenset(("am", "pm", "a.m", "p.m", "local", "time"))


def _trim_np(toks: list[Token]) -> list[Token]:
    """Drop adverbs and auxiliaries around a speaker phrase."""
    adv = lexicon.words("adverbials.txt")
    # A live blog's time stamp before the speaker: `13:40 GMT The coastguard said`.
    if toks and _CLOCK.fullmatch(toks[0].text):
        k = 1
        while k < len(toks) and k <= 3 and (toks[k].text.isupper() or toks[k].lower in _AMPM):
            k += 1
        toks = toks[k:]
    # A dash in the first words ends a dateline or a label.
    for i, t in enumerate(toks[:10]):
        if t.text in ("-", "–", "—") and i + 1 < len(toks):
            toks = toks[i + 1 :]
            break
    changed = True
    while changed and toks:
        changed = False
        d = _day_len(toks, 0)
        if d:
            toks = toks[d:]
            changed = True
            continue
        if toks and toks[0].lower in adv and toks[0].lower not in ("on", "in", "late", "early"):
            toks = toks[1:]
            changed = True
    changed = True
    while changed and toks:
        changed = False
        # trailing day expressions: "... on Tuesday", "... late on Friday evening"
        for back in (4, 3, 2, 1):
            if len(toks) > back and _day_len(toks, len(toks) - back) == back:
                toks = toks[:-back]
                changed = True
                break
        if changed:
            continue
        if toks and toks[-1].lower in adv and toks[-1].lower not in ("in", "on"):
            toks = toks[:-1]
            changed = True
            continue
        if (
            len(toks) > 2
            and toks[-1].lower in lexicon.words("speech_adverbs.txt")
            and on("speech-adverb-tail")
        ):
            # `X on Thursday flatly denied`: the adverb of manner before the verb hid the time
            # before it (`We categorically reject` keeps its adverb: the pronoun's statement
            # begins at the verb)
            n = len(toks) - 1
            back = next((b for b in (4, 3, 2) if n > b and _day_len(toks, n - b) == b), 0)
            if back:
                toks = toks[: n - back]
                changed = True
                continue
        back = _since_time_len(toks)
        if back and on("since-time-adjunct"):
            # `A voice note circulating on WhatsApp since last week say`: a time adjunct
            # closing the subject, no subordinate clause whose subject would speak
            toks = toks[:-back]
            changed = True
    return _without_adjunct(toks)


_SINCE = frozenset(("since", "until", "till"))


def _since_time_len(toks: list[Token]) -> int:
    """Length of a closing `since last week`, `since Monday`, `since 1 September`,
    `until early August` (0 if the words do not end with one)."""
    for back in (4, 3, 2):
        if len(toks) <= back or toks[-back].lower not in _SINCE:
            continue
        rest = [u.lower for u in toks[len(toks) - back + 1 :]]
        while rest and (rest[0] in lexicon.words("time_modifiers.txt") or rest[0].isdigit()):
            rest = rest[1:]
        if len(rest) == 1 and (
            rest[0] in lexicon.words("time_nouns.txt") or rest[0] in _WEEKDAYS or rest[0] in _MONTHS
        ):
            return back
        if rest == [] and toks[-1].text.isdigit() and len(toks[-1].text) == 4:
            return back  # `since 2023`
    return 0


_OCCASION_DETS = frozenset("his her its their a an the this".split())


def _without_adjunct(toks: list[Token]) -> list[Token]:
    """`Hamid Rezaei on Wednesday in his weekly press conference`, `spokesman X during a
    briefing`, `the committee in its turn`: the speaker without the time and the occasion
    written after the name."""
    if len(toks) < 3 or not on("speaker-adjunct"):
        return toks
    occasions = lexicon.words("speech_occasions.txt")
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.lower == "on" and _day_len(toks, i) and _is_cap(toks[i - 1]):
            return toks[:i]
        if t.lower not in ("in", "during", "at") or toks[i + 1].lower not in _OCCASION_DETS:
            continue
        rest = toks[i + 1 : i + 7]
        if i + 2 == len(toks) and t.lower == "in" and toks[i + 1].lower in ("its", "his", "her"):
            return toks[:i]  # `in its turn` cut before `turn`
        if any(r.lower in occasions for r in rest) and all(r.text.islower() for r in rest[:2]):
            return toks[:i]
    return toks


def _name_particle(toks: list[Token], k: int) -> bool:
    """`do` inside a name between capitalised words: `Folha do Planalto`, `Correio do Povo`;
    the surname `May` ending a speaker phrase (`Theresa May`, or `May` alone), no modal."""
    if toks[k].text == "May" and k == len(toks) - 1 and on("surname-may"):
        return k == 0 or _is_cap(toks[k - 1])
    return (
        toks[k].text == "do"
        and 0 < k < len(toks) - 1
        and _is_cap(toks[k - 1])
        and _is_cap(toks[k + 1])
    )


def _valid_np(toks: list[Token]) -> bool:
    if not toks or len(toks) > 16:
        return False
    if any(t.quoted for t in toks) and not (
        toks[-1].mark == 2 and _is_quoted_name(toks, len(toks) - 1)
    ):
        return False
    first = toks[0].lower
    one_of = first == "one" and len(toks) > 2 and toks[1].lower == "of"  # `One of the officials`
    if first in lexicon.words("stop_speakers.txt") and not one_of:
        return False
    if _HOUSE_ADDRESS.match(" ".join(t.text for t in toks)):
        return False  # `Hon Members`: how a house addresses its members, no one speaking
    if any(t.lower in _AUX and not _name_particle(toks, k) for k, t in enumerate(toks)):
        return False
    for k, t in enumerate(toks):
        if t.lower in _verbs() and not _is_cap(t):
            if not (k + 1 < len(toks) and toks[k + 1].lower == "by"):
                return False
    if len(toks) == 1 and toks[0].lower in _PRONOUNS:
        return True
    if not any(t.text[:1].isalpha() for t in toks):
        return False
    has_cap = any(_is_cap(t) for t in toks)
    if has_cap:
        return True
    titles = _np_title_words()  # the same three lists, joined once rather than per phrase
    return any(t.lower in titles or t.lower in _HUMAN_GROUPS for t in toks)


@cache
def _np_title_words() -> frozenset[str]:
    """Words that make a phrase without a capital a speaker: titles, heads of bodies, outlets."""
    return (
        lexicon.words("titles.txt")
        | lexicon.words("org_heads.txt")
        | lexicon.words("media_cues.txt")
    )


def _listed_head(cand: list[Token]) -> int:
    """`Refugees and Citizenship Canada spokeswoman Claire Dufresne`: how many words open the
    phrase as the capitalised end of a body's name listing its fields (0: none)."""
    n = 0
    while n < len(cand) and (_is_cap(cand[n]) or cand[n].lower in ("and", "of", "the", "for")):
        n += 1
    if n < 2 or n >= len(cand) or not any(t.lower == "and" for t in cand[:n]):
        return 0
    return n if _body_list_end(cand[n - 1].text) and not _is_cap(cand[n]) else 0


def _body_list_end(word: str) -> bool:
    """The last word of a body named by a list of its fields: a head noun (`Ministry`), a field
    (`Affairs`, `Industry`) or a state (`Canada`)."""
    low = word.lower()
    return (
        low in lexicon.words("org_heads.txt")
        or low in _LIST_FIELDS
        or lexicon.country_index().get(low) is not None
    )


_LIST_FIELDS = frozenset(
    "affairs industry industries citizenship quality safety resources development works "
    "fisheries forestry food livestock abroad".split()
)


def _is_name_like(toks: list[Token]) -> bool:
    if not toks or sum(t.text != "." for t in toks) > 7:
        return False
    if toks[0].lower in _SEG_OPENERS or toks[0].lower in _PARTICIPLE_SEG:
        return False
    particles = {
        "de",
        "do",
        "da",
        "al",
        "la",
        "van",
        "von",
        "of",
        "the",
        "del",
        "di",
        "-",
        "'",
        "and",
    }
    return _is_cap(toks[0]) and all(
        _is_cap(t) or t.lower in particles or _honorific_stop(toks, i) for i, t in enumerate(toks)
    )


def _honorific_stop(toks: list[Token], i: int) -> bool:
    """The full stop of an abbreviated honorific inside a name: `Dr. Ali Nouri`, `Engr. Musa
    Danjuma`, `Capt. Joseph Kariuki`."""
    return (
        toks[i].text == "."
        and 0 < i < len(toks) - 1
        and _is_cap(toks[i - 1])
        and len(toks[i - 1].text) <= 5
        and _is_cap(toks[i + 1])
        and on("honorific-stop-in-name")
    )


def _is_role_phrase(toks: list[Token]) -> bool:
    if toks and len(toks) > 10 and _long_title_of_body(toks) and on("long-titled-body-role"):
        return True
    if not toks or len(toks) > 10:
        return False
    if toks[0].lower in _SEG_OPENERS and toks[0].lower not in ("the",):
        return False
    roles = lexicon.words("titles.txt") | {"mediator", "organiser", "organizer", "owner"}
    if any(t.lower in roles for t in toks):
        return True
    # `Argentina's food safety agency, SENASA, disputes`: a body described, then its name
    last = toks[-1].text
    return last.islower() and last in lexicon.words("org_heads.txt") and len(toks) >= 2


def _long_title_of_body(toks: list[Token]) -> bool:
    """`the president of the Cooperative of Tobacco Producers of Villa Gonzalez`: a title among
    the first three words, `of`/`at`/`for`, then a body's capitalised name, however long (up to
    16 words in all)."""
    if len(toks) > 16:
        return False
    titles = lexicon.words("titles.txt")
    at = next((i for i, t in enumerate(toks[:4]) if t.lower in ("of", "at", "for")), None)
    if at is None or at == 0 or not any(t.lower in titles for t in toks[:at]):
        return False
    if toks[0].lower not in ("the", "a", "an") and not all(_is_cap(t) for t in toks[:at]):
        return False
    rest = [t for t in toks[at + 1 :] if t.lower != "the"]
    return bool(rest) and all(
        _is_cap(t) or t.lower in ("of", "for", "and", "on", "de", "del", "da", "&") for t in rest
    )


def _office_of_body(toks: list[Token]) -> list[Token] | None:
    """`First Secretary (Commerce) of the Embassy of X in Y`, `Director-General of the X
    Department`: a capitalised office (a title among its first words), `of`/`at`/`in`, then a
    body's capitalised name with its head noun; a leading `but`/`and` is the sentence's."""
    if toks and toks[0].lower in ("but", "and"):
        toks = toks[1:]
    if not 3 <= len(toks) <= 18 or not _is_cap(toks[0]) or toks[0].lower in _SEG_OPENERS:
        return None
    if toks[0].lower in ("the", "a", "an", "this", "its", "their", "his", "her"):
        return None  # `The representative of the people of X in Y`: read as before
    titles = lexicon.words("titles.txt")
    at = next((i for i, t in enumerate(toks) if t.lower in ("of", "at", "in", "to")), None)
    if at is None or at == 0 or at > 5:
        return None
    if not all(_is_cap(t) or t.text in "()-" for t in toks[:at]):
        return None  # the office is written in capitals: `First Secretary (Commerce)`
    if not any(t.lower in titles or t.lower.split("-")[0] in titles for t in toks[:at]):
        return None
    body = [t for t in toks[at + 1 :] if t.lower != "the"]
    heads = lexicon.words("org_heads.txt")
    if not body or not any(_is_cap(t) and t.lower in heads for t in body):
        return None
    if any(t.text in ('"', "“", "”") for t in toks):
        return None
    return toks


def _possessive_title(toks: list[Token]) -> bool:
    """`Courier's news editor`, `Ghana's trade minister`: a possessive name, then a title in
    lower case (a person's post in apposition after the name)."""
    titles = lexicon.words("titles.txt")
    if not (2 <= len(toks) <= 6) or not toks[0].text.endswith(("'s", "’s")):
        return False
    if not _is_cap(toks[0]):
        return False
    rest = toks[1:]
    if not all(t.text.islower() for t in rest):
        return False
    if rest[-1].lower in titles:
        return True
    # `ERSE, Portugal's energy services regulator, said`: a body described after its name
    return (
        rest[-1].lower in lexicon.words("org_heads.txt") or rest[-1].lower in _BODY_DESCRIBED
    ) and on("possessive-body-apposition")


# Nouns for a body that describe it rather than name it: `Portugal's energy regulator`.
_BODY_DESCRIBED = frozenset(("regulator", "watchdog", "carrier"))


def _bare_title_of(toks: list[Token]) -> bool:
    """A title without an article, then its body: `president of the X`, `deputy head of Y`,
    `spokesman for Z` (a person's post in apposition after the name); also written in capitals
    (`Director of the General Department of Residency Affairs`)."""
    titles = lexicon.words("titles.txt")
    capitals = on("capitalised-title-of-apposition") and _is_cap(toks[0]) if toks else False
    for i, t in enumerate(toks[:4]):
        # (`Assistant Secretary-General for Political Affairs`: a title's modifier)
        modifier = (
            i == 0
            and t.lower in lexicon.words("title_modifiers.txt")
            and on("title-modifier-apposition")
        )
        if not t.text.islower() and not (capitals and (t.lower in titles or modifier)):
            return False
        if t.lower in ("of", "for", "at"):
            return i > 0 and toks[i - 1].lower in titles and i + 1 < len(toks)
    return False


def _sentence_subject(toks: list[Token], text: str) -> Mention | None:
    """The subject that opens a sentence: a capitalised name (`Tejo Vivo`, `The Lusitania
    Group`) or a body or title in lower case after `the` (`The port authority of Sines`),
    followed by its predicate in lower case."""
    toks = _trim_np(toks)
    j = 1 if toks and toks[0].lower == "the" else 0
    k = j
    heads = lexicon.words("org_heads.txt") | lexicon.words("titles.txt")
    if k < len(toks) and _is_cap(toks[k]):
        while k < len(toks) and (
            _is_cap(toks[k]) or (toks[k].lower in ("of", "the", "de", "do", "da") and k > j)
        ):
            k += 1
        while k > j and not _is_cap(toks[k - 1]):
            k -= 1
    elif j:
        k = next((i + 1 for i in range(j, min(len(toks), j + 4)) if toks[i].lower in heads), j)
        if k > j and k + 1 < len(toks) and toks[k].lower == "of" and _is_cap(toks[k + 1]):
            k += 2
            while k < len(toks) and _is_cap(toks[k]):
                k += 1
    if k <= j or k + 1 >= len(toks) or not toks[k].text[:1].islower() or toks[k].quoted:
        return None
    np_ = toks[:k]
    if not _valid_np(np_) or np_[-1].lower in _PRONOUNS:
        return None
    return Mention(text[np_[0].start : np_[-1].end], np_[0].start, np_[-1].end)


def _while_speaking(toks: list[Token]) -> bool:
    """`X, while speaking to journalists in Abuja, said`, `X, when addressing the house,
    said`: an occasion between the speaker's name and the verb, no speaker of its own."""
    return (
        len(toks) >= 2
        and toks[0].lower in ("while", "when", "whilst")
        and toks[1].lower.endswith("ing")
        and on("while-speaking-adjunct")
    )


def _is_adverbial_seg(toks: list[Token]) -> bool:
    if not toks:
        return True
    f = toks[0].lower
    if (
        len(toks) <= 4
        and toks[-1].lower in ("later", "earlier", "ago", "afterwards", "before")
        and on("time-span-adverbial")
    ):
        return True  # `Hours later, the daily published ...`: when, not what was said
    return f in _SEG_OPENERS or f in _PARTICIPLE_SEG or f in _PREPS or bool(_day_len(toks, 0))


_RELATIVE_ALL = frozenset(("that", "who", "which"))
# A finite verb inside the words before `, which said`: they are a clause, not a noun phrase.
_CLAUSE_VERBS = frozenset(
    "came comes come was were is are went goes appeared appears ran runs surfaced emerged".split()
)
# Verbs of a report naming its sources: `cited`, `quoted`, `interviewed` (rule
# `relative-after-citing`)
_CITING_VERBS = frozenset("cited cites quoted quotes interviewed interviews".split())
_ACCUSATION_NOUNS = frozenset(
    "accusation accusations allegation allegations charge charges".split()
)
_ANTECEDENT_CUTS = frozenset("between and with amid against to from by for on at in of".split())
# The nouns for what someone said: `the remarks of X who said ...` names X as the speaker.
_WORDS_NOUNS = frozenset(
    "remarks remark comments comment words statement statements claims claim assertions "
    "accusations allegations".split()
)


def _calendar_date(toks: list[Token]) -> bool:
    """`17 August`, `August 17`, `17 August 2022`: a day of a month and nothing else."""
    words = [t.lower.rstrip(".") for t in toks]
    if not 2 <= len(words) <= 3 or not any(w in _MONTHS for w in words[:2]):
        return False
    rest = [w for w in words if w not in _MONTHS]
    return len(rest) == len(words) - 1 and all(w.isdigit() for w in rest)


def _appositive_description(cand: list[Token], prev: list[Token]) -> bool:
    """A segment between commas after a speaker phrase that describes it: `of the X party`,
    `based in Buenos Aires`, `the operator that runs the trains`."""
    if len(cand) < 2 or not prev or _is_adverbial_seg(prev) or not _valid_np(_trim_np(prev)):
        return False
    first = cand[0]
    if first.lower == "of":
        return True
    if first.text.islower() and first.lower.endswith("ed") and cand[1].lower in _PREPS | {"by"}:
        return first.lower not in _verbs()
    return (
        first.lower in _DETS
        and _is_cap(prev[-1])
        and any(u.lower in _RELATIVE_ALL and not u.quoted for u in cand[2:])
    )


_DASHES = frozenset(("-", "–", "—"))


def _without_dash_parenthesis(region: list[Token]) -> list[Token]:
    """`Israel Hayom - an Israeli daily - claimed`, `several nations – including the UK and
    US – reported`: a description between two dashes after the speaker's name is no part of
    it (and an occasion written right after it, `- while quoting a source in Islamabad,`)."""
    dashes = [i for i, t in enumerate(region) if t.text in _DASHES and not t.quoted]
    if len(dashes) < 2 or not on("dash-parenthesis"):
        return region
    d1, d2 = dashes[-2], dashes[-1]
    before = region[:d1]
    if d2 - d1 < 2 or not any(_is_cap(t) for t in before):
        return region
    if d1 <= 3 and all(t.text.isupper() or not t.text[:1].isalpha() for t in before):
        return region  # `LAGOS - ...`: a dateline's dash
    after = region[d2 + 1 :]
    if (len(after) >= 2 and _while_speaking(after[:2])) or (
        after and after[0].lower in _PARTICIPLE_SEG
    ):
        # `- while quoting an unnamed source in Islamabad, claimed`: the occasion to its comma
        k = next((i for i, t in enumerate(after) if t.text == "," and not t.quoted), len(after))
        after = after[k + 1 :]
    return before + after


_EXCLUDING = frozenset("not except excluding".split())


def _without_exclusion_parenthesis(region: list[Token]) -> list[Token]:
    """`Some newspapers (not Gulf News) have reported`: a parenthesis that leaves someone out
    of the subject names no speaker; the words before it speak (rule `exclusion-parenthesis`)."""
    opens = [i for i, t in enumerate(region) if t.text == "(" and not t.quoted]
    if not opens or not on("exclusion-parenthesis"):
        return region
    o = opens[-1]
    c = next((i for i in range(o + 1, len(region)) if region[i].text == ")"), None)
    if c is None or o == 0 or o + 1 >= c:
        return region
    first = region[o + 1].lower
    if first not in _EXCLUDING and not (first == "but" and region[o + 2].lower == "not"):
        return region
    return region[:o] + region[c + 1 :]


@dataclass
class _Subject:
    mention: Mention | None
    content_before: tuple[int, int] | None  # tail attribution: the content precedes
    region_start: int  # where the clause's leading adverbials start (for dates)


def _analyse_subject(
    region: list[Token], text: str, parenthetical: bool = False
) -> _Subject | None:
    """Pick the speaker phrase out of the words before a verb (`parenthetical`: a comma follows
    the verb, as in `Peru, the minister said, would not sign`)."""
    if not region:
        return None
    region = _without_dash_parenthesis(region)
    region = _without_exclusion_parenthesis(region)
    if not region:
        return None
    if len(region) > 2 and region[-1].lower in _MODAL_TAIL:
        # `A spokesman, asked whether ..., would only say`: the modal is no part of the subject
        k = len(region)
        while k > 1 and region[k - 1].lower in _MODAL_TAIL:
            k -= 1
        if region[k - 1].text == ",":
            region = region[:k]
    segs = _split_commas(region)
    last_seg = len(segs) - 1
    while last_seg > 0 and not segs[last_seg]:
        last_seg -= 1
    if (
        last_seg >= 1
        and _calendar_date(segs[last_seg])
        and segs[last_seg - 1]
        and segs[last_seg - 1][-1].lower in _WEEKDAYS
        and on("weekday-date-apposition")
    ):
        # `Ana Lopes on Tuesday, 12 March, announced`: the date in apposition to the weekday
        # is part of the time adverbial, no speaker
        segs = segs[:last_seg]
    segs = [_trim_np(s) if i == len(segs) - 1 else s for i, s in enumerate(segs)]
    k = len(segs) - 1
    while k >= 0 and not segs[k]:
        k -= 1
    if k < 0:
        return None
    extras: list[str] = []
    role: str | None = None
    cand = segs[k]
    if (
        len(cand) > 3
        and cand[0].lower in _PREPS
        and cand[1].lower in ("which", "whom")
        and on("in-which-subject")
    ):
        # `a letter, seen by the paper, in which the yard's director says`: the subject of
        # the relative clause speaks, not the phrase before it
        cand = cand[2:]
        k = 0
    while k > 0:
        f = cand[0].lower
        prev = segs[k - 1]
        if (
            k >= 2
            and prev
            and prev[0].lower in ("citing", "quoting")
            and _is_name_like(cand)
            and segs[k - 2]
            and on("citing-apposition")
        ):
            # `The broadcaster, citing the company's director, Aaron Pahau, reported`: the
            # name is the cited source's, in apposition inside the aside; the subject speaks
            extras.append(text[prev[0].start : cand[-1].end])
            k -= 2
            cand = segs[k]
            continue
        if (
            f in _RELATIVE
            or f in _PARTICIPLE_SEG
            or (f in lexicon.words("aside_participles.txt") and on("aside-participle"))
            or (f in _PREPS and not _is_adverbial_seg(prev))
            or (_while_speaking(cand) and _is_name_like(_trim_np(prev)))
        ):
            extras.append(text[cand[0].start : cand[-1].end])
            k -= 1
            cand = segs[k]
            continue
        descr = _np_title_words()  # outlets, heads of bodies, titles (joined once)
        one_of = f == "one" and len(cand) > 2 and cand[1].lower == "of"
        if (
            (f in ("a", "an") and any(c.lower in descr for c in cand[1:])) or one_of
        ) and _is_name_like(prev):
            # `X, a ministry spokeswoman,` / `X, one of four operators on the route,`
            extras.append(text[cand[0].start : cand[-1].end])
            k -= 1
            cand = segs[k]
            continue
        if (
            f in ("the", "its", "their", "his", "her")
            and role is None
            and not parenthetical
            and len(cand) <= 14
            and _is_name_like(prev)
            and any(c.lower in descr for c in cand[1:])
            and all(not s or _is_adverbial_seg(s) for s in segs[: k - 1])
        ):
            # `Giulia Moretti, the ministry's spokeswoman, said`: the name, then its title
            role = text[cand[0].start : cand[-1].end]
            k -= 1
            cand = segs[k]
            continue
        if (
            role is None
            and not parenthetical
            and _possessive_title(cand)
            and _is_name_like(prev)
            and on("possessive-title-apposition")
        ):
            # `Anna Berg, the Courier's news editor, said` without the article
            role = text[cand[0].start : cand[-1].end]
            k -= 1
            cand = segs[k]
            continue
        if role is None and not parenthetical and _bare_title_of(cand) and _is_name_like(prev):
            # `José Lorca, president of the irrigators' association, said`: no article
            role = text[cand[0].start : cand[-1].end]
            k -= 1
            cand = segs[k]
            continue
        if (
            role is None
            and not parenthetical
            and k >= 2
            and _is_name_like(cand)
            and cand[-1].lower in lexicon.words("org_heads.txt")
            and _is_role_phrase(prev)
            and _is_name_like(segs[k - 2])
            and not any(t.lower in descr for t in segs[k - 2][1:])
            and on("name-title-body-apposition")
        ):
            # `Shri A. K. Verma, Executive Director (Publicity), Railway Board, stated`: the
            # name, its office, then the body it holds the office in
            office = re.sub(r"\s*\([^)]*\)", "", text[prev[0].start : prev[-1].end])
            role = f"{text[cand[0].start : cand[-1].end]} {office}"
            k -= 2
            cand = segs[k]
            continue
        if _appositive_description(cand, prev) and on("appositive-description"):
            # `The secretariat, based in X, said`, `Choi, of the Y party, told`, `A spokeswoman
            # for X, the operator that runs Z, confirmed`: the description is no speaker
            extras.append(text[cand[0].start : cand[-1].end])
            rel_at = next((j for j, u in enumerate(cand) if u.lower in _RELATIVE_ALL), None)
            if role is None and cand[0].lower in _DETS and rel_at is not None:
                # `Femern A/S, the state-owned company that builds the tunnel,`: `the company`
                role = text[cand[0].start : cand[rel_at - 1].end]
            k -= 1
            cand = segs[k]
            continue
        break
    cand = _trim_np(cand)
    lead_start = cand[0].start if cand else None
    if (
        len(cand) > 1
        and cand[-1].lower in _PRONOUNS
        and (cand[0].lower in _PREPS or cand[0].lower in _SEG_OPENERS)
        and not any(u.lower in _PRONOUNS for u in cand[:-1])
        and on("adverbial-then-pronoun")
    ):
        # `In a radio interview later on Monday he called ...`: the pronoun speaks
        cand = cand[-1:]
    else:
        lead_start = None
    if len(cand) > 1 and cand[0].lower in _CLAUSE_OPENERS and on("subordinate-speaker"):
        # `It began on Tuesday, when the channel X posted ...`: the clause's own subject
        cand = cand[1:]
    inner = next(
        (i for i in range(len(cand) - 2, 1, -1) if cand[i].lower in _INNER_OPENERS),
        None,
    )
    if (
        inner is not None
        and cand[inner].text.islower()
        and len(cand) - inner - 1 <= 6
        and not any(u.lower in _INNER_OPENERS or u.lower in _PREPS for u in cand[inner + 1 :])
        and on("inner-subordinate-speaker")
    ):
        # `Prices fell on Monday after traders said ...`: the subordinate clause's subject
        cand = cand[inner + 1 :]
    cite = next((i for i, t in enumerate(cand) if i > 0 and t.lower in ("citing", "quoting")), None)
    if cite is not None and _is_name_like(cand[:cite]) and on("citing-without-commas"):
        # `The News Daily citing a source claimed ...`: the participle and its source, with no
        # commas around them, are no part of the speaker
        extras.append(text[cand[cite].start : cand[-1].end])
        cand = cand[:cite]
    rel = next((i for i, t in enumerate(cand) if i > 0 and t.lower in ("who", "which")), None)
    if rel is not None:
        # `A senior official who spoke on condition of anonymity disputed ...`: a description
        extras.append(text[cand[rel].start : cand[-1].end])
        cand = cand[:rel]
    listed = _listed_head(cand)
    if (
        k > 0
        and cand
        and (_is_name_like(cand) or listed)
        and any(t.lower in ("and", "&") for t in cand[: listed or len(cand)])
    ):
        # `the Ministry of Foreign Affairs, Migration and Tunisians Abroad`: one name
        prev = segs[k - 1]
        j = len(prev)
        while j > 0 and (_is_cap(prev[j - 1]) or prev[j - 1].lower in ("of", "the", "and", "for")):
            j -= 1
        run = prev[j:]
        if (
            (_is_name_like(cand) or listed)
            and len(run) >= 3
            and any(t.lower in ("of", "for") for t in run)
            and _is_cap(run[-1])
        ) or (
            # `Immigration, Refugees and Citizenship Canada said`: the sentence opens with the
            # body, a list of its fields that ends in its head, field or state
            j == 0
            and k == 1
            and 1 <= len(run) <= 3
            and run[0].lower not in _PREPS
            and run[0].lower not in _SEG_OPENERS
            and _body_list_end(cand[(listed or len(cand)) - 1].text)
            and on("comma-list-body-name")
        ):
            cand = run + cand
            segs = [*segs[: k - 1], prev[:j], cand]
            k = len(segs) - 1
            if not segs[k - 1]:
                segs = [*segs[: k - 1], cand]
                k -= 1
    if (
        k > 0
        and len(segs[k - 1]) > 2
        and segs[k - 1][0].lower in ("but", "and", "yet")
        and segs[k - 1][1].lower in ("the", "a", "an", "its", "their")
        and any(
            t.lower in lexicon.words("org_heads.txt") or t.lower in lexicon.words("media_cues.txt")
            for t in segs[k - 1][2:]
        )
        and on("conjunction-before-role")
    ):
        # `But the editor of the Daily Sentinel, X, said`: the conjunction joins the sentence
        # to the one before; the role starts after it
        segs = [*segs[: k - 1], segs[k - 1][1:], *segs[k:]]
    if k > 0 and _is_role_phrase(segs[k - 1]) and cand and (_is_name_like(cand) or len(cand) <= 4):
        r = segs[k - 1]
        role = text[r[0].start : r[-1].end]
        k -= 1
    elif (
        k > 0
        and cand
        and _is_name_like(cand)
        and (lead_office := _office_of_body(segs[k - 1])) is not None
        and on("long-office-apposition")
    ):
        # `But First Secretary (Commerce) of the Embassy of X in Y, Mr. Z, said`: an office
        # written in capitals with the body it is held in, too long for a plain role
        role = text[lead_office[0].start : lead_office[-1].end]
        k -= 1
    of_at = _person_of_body(cand)
    if of_at and on("person-of-body"):
        # `Marek Tamm of Baltic Transit Research said`: the person speaks; the body is hers
        body = text[cand[of_at].start : cand[-1].end]
        # `of Baltic Transit Research in Tartu`: the body, without where it sits
        extras.append(re.sub(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$", "", body))
        cand = cand[:of_at]
    if not cand or not _valid_np(cand):
        return None
    lead = segs[:k]
    content_before = None
    region_start = cand[0].start if lead_start is None else lead_start
    if lead and any(lead):
        first_nonempty = next(s for s in lead if s)
        region_start = first_nonempty[0].start
        if not _is_adverbial_seg(first_nonempty):
            # Content stands before the speaker: `The launch slipped, a source said.`
            last = [s for s in lead if s][-1]
            content_before = (first_nonempty[0].start, last[-1].end)
        else:
            # Leading adverbials, then perhaps content: `At the market, prices rose, X said`.
            nonadv = [s for s in lead if s and not _is_adverbial_seg(s)]
            if nonadv:
                content_before = (nonadv[0][0].start, nonadv[-1][-1].end)
    mention = Mention(
        text=text[cand[0].start : cand[-1].end],
        start=cand[0].start,
        end=cand[-1].end,
        role=role,
        extras=extras,
        pronoun=len(cand) == 1 and cand[0].lower in _PRONOUNS,
    )
    return _Subject(mention, content_before, region_start)


@cache
def _not_person_words() -> frozenset[str]:
    """Words no person's name holds: heads of bodies, titles, outlets' and places' nouns."""
    return frozenset(
        lexicon.words("org_heads.txt")
        | lexicon.words("titles.txt")
        | lexicon.words("title_nouns.txt")
        | lexicon.words("media_cues.txt")
        | lexicon.words("place_nouns.txt")
        | lexicon.words("not_person_words.txt")
    )


def _person_of_body(cand: list[Token]) -> int:
    """Index of `of` in `First Last of the Body ...` (0 when the phrase is no such thing): two
    or three capitalised words that name no body, place or post, then `of` and a name."""
    j = next((i for i, u in enumerate(cand) if u.lower == "of"), 0)
    if j + 1 >= len(cand) or j < 2:
        return 0
    k = j
    while k > 0 and j - k < 3 and cand[k - 1].text[:1].isupper():
        k -= 1
    titles = lexicon.words("titles.txt")
    if k > 0 and not any(u.lower in titles for u in cand[:k]):
        return 0  # `Rail analyst Marek Tamm of X`: only a title may stand before the name
    head = cand[k:j]
    if len(head) < 2:
        return 0
    stop = _not_person_words()
    if any(
        not u.text[:1].isupper() or u.text.isupper() or not u.text.isalpha() or u.lower in stop
        for u in head
    ):
        return 0
    if (
        head[-1].lower.endswith("s")
        and head[-1].lower[:-1] in titles
        and on("plural-title-no-name")
    ):
        return 0  # `The Joint Chiefs of Staff said`: a body named by its officers, no person
    rest = [u for u in cand[j + 1 :] if u.lower not in ("the", "a", "an")]
    return j if rest and _is_cap(rest[0]) else 0


_FRAME_AFTER = re.compile(
    r"^(?:(?:also|later|earlier|again|first|publicly|yesterday|today|late|early|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?|"  # noqa: E501
    r"(?:late |early )?on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"morning|afternoon|evening|night|"
    r"in an? (?:[a-z-]+ ){0,2}(?:statement|post|message|interview|video|letter|reply|note|briefing|speech|tweet)|"  # noqa: E501
    r"to (?:reporters|journalists|the press|the media)|reporters|journalists|"
    r"on (?:social media|television|x|twitter|facebook|state television|its website))\s*)+"
)


def _content_after(toks: list[Token], v: int, text: str) -> tuple[int, int, bool]:
    """Where the content of a verb at toks[v] starts: (token index, frame end index, colon)."""
    n = len(toks)
    # A colon after the verb introduces the content: `said in remarks on Wednesday: ...`.
    for j in range(v + 1, min(n, v + 30)):
        t = toks[j]
        if t.quoted and t.mark != 1:
            break
        if t.lower in _AUX or t.lower in _verbs():
            break
        if t.text == ":":
            return j + 1, j + 1, True
        if t.text in ";.":
            break
    # `that` within the clause, with no finite verb before it.
    for j in range(v + 1, min(n, v + 40)):
        t = toks[j]
        if t.quoted or t.lower in _AUX or t.text in ";:." or (t.lower in _verbs() and j > v + 1):
            break
        if t.lower == "that" and not t.quoted:
            nxt = toks[j + 1] if j + 1 < n else None
            # `rejected that version of events`: a determiner, not a complementiser.
            if nxt is not None and nxt.lower in ("version", "account", "report", "claim", "story"):
                break
            return j + 1, j + 1, False
    # Otherwise skip the adverbials that follow the verb.
    rest = " ".join(t.lower for t in toks[v + 1 : v + 16])
    m = _FRAME_AFTER.match(rest + " ")
    j = v + 1
    if m:
        consumed = len(m.group().split())
        j = v + 1 + consumed
    return min(j, n), min(j, n), False


def _clause_end(toks: list[Token], j: int) -> int:
    """Index of the end of the clause starting at j: a comma before a participle or the end."""
    return len(toks)


def _split_quote_end(
    toks: list[Token], verb_end: int, end_tok: int, before: tuple[int, int]
) -> int:
    """`There was, he said, "no signed document"`: a few words, the attribution between
    commas, then a quotation that finishes the sentence; the statement runs to its end."""
    j = verb_end
    while j < end_tok and toks[j].text != "," and not toks[j].quoted:
        j += 1
    if j + 1 >= end_tok or toks[j].text != ",":
        return before[1]
    nb = sum(1 for u in toks if before[0] <= u.start and u.end <= before[1])
    if toks[j + 1].mark == 1 and nb <= 4 and on("split-quotation"):
        return toks[end_tok - 1].end
    nxt = toks[j + 1]
    if (
        not nxt.quoted
        and nxt.text[:1].islower()
        and nxt.lower not in _participles()
        and nxt.lower not in ("and", "but", "which", "who", "while", "whereas", "as", "adding")
        and nb <= 6
        and not any(
            u.lower in _verbs() or u.lower in _AUX or u.quoted
            for u in toks
            if before[0] <= u.start and u.end <= before[1]
        )
        and on("split-reported-clause")
        and on("split-attribution")  # the same rule's name on the branch that also built it
    ):
        # `The 1954 agreement, he said, said nothing about tolls`: a subject, the attribution
        # between commas, then its predicate; the statement is the whole clause
        return toks[end_tok - 1].end
    return before[1]


def _quotation_follows(toks: list[Token], comma: int) -> bool:
    """`Asked about the talks, the ministry said, "There were none."`: a quotation opening with
    a capital right after the attribution's comma is what was said, and the lead-in before the
    speaker is no content. One opening in lower case is too after a lead-in that is no clause
    (`Pressed further, Wang said, "as this is a rumour, ..."`), and goes on with a clause before
    it otherwise (`The ship was on patrol, it said, "a routine task"`)."""
    if comma + 2 >= len(toks) or toks[comma + 1].mark != 1 or not on("said-then-quotation"):
        return False
    if toks[0].mark == 1:
        return False  # `"A," X said, "B."`: a quotation split by its attribution
    if toks[comma + 2].text[:1].isupper():
        return True
    lead = toks[0].lower
    return lead in _LEAD_INS or lead.endswith(("ed", "ing"))


def _inner_act_subject(
    toks: list[Token], verb_end: int, before: tuple[int, int], text: str
) -> Mention | None:
    """`Beijing, he said, denied ...`: the subject before an attribution set between commas,
    when the predicate after it is a verb of denying, confirming or claiming."""
    if not on("relayed-act") or verb_end + 2 >= len(toks) or toks[verb_end].text != ",":
        return None
    nxt = toks[verb_end + 1]
    if _verbs().get(nxt.lower) not in ("deny", "confirm", "claim") or nxt.text[:1].isupper():
        return None
    subj = [u for u in toks if before[0] <= u.start and u.end <= before[1] and u.text != ","]
    if not subj or len(subj) > 6 or not _is_cap(subj[-1]) or any(u.quoted for u in subj):
        return None
    return Mention(text[subj[0].start : subj[-1].end], subj[0].start, subj[-1].end)


def _is_tail(toks: list[Token], v: int, cstart: int) -> bool:
    """True when nothing but attribution follows the verb (content stands before it)."""
    n = len(toks)
    j = v + 1
    count = 0
    while j < n:
        t = toks[j]
        if t.text in ".!?" and not t.quoted:
            return True
        if t.text == "," and not t.quoted:
            if _citing_then_that(toks, j):
                return False
            return not _quotation_follows(toks, j)
        if t.quoted or t.lower in _AUX or t.lower == "that" or t.text == ":":
            return False
        if t.lower in _PRONOUNS and j > v + 1:
            return False
        count += 1
        if count > 14:
            return False
        j += 1
    return True


def _citing_then_that(toks: list[Token], comma: int) -> bool:
    """`The portal, Bangla Bazar Barta, reported on Monday, citing unnamed officials, that ...`:
    the comma after the verb opens a `citing`/`quoting` phrase closed by a comma and `that`;
    what was said follows the verb, so the words before the speaker (`The portal`, an
    apposition) are no content told before it (rule `citing-then-that`)."""
    n = len(toks)
    if comma + 1 >= n or toks[comma + 1].lower not in ("citing", "quoting"):
        return False
    for j in range(comma + 2, min(n - 1, comma + 26)):
        u = toks[j]
        if u.quoted or u.text in ".;:!?":
            return False
        if u.text == "," and toks[j + 1].lower == "that" and not toks[j + 1].quoted:
            return on("citing-then-that")
    return False


def _comma_before_as_saying(toks: list[Token], start: int, limit: int) -> int | None:
    """`quoted X, <words from start>, as saying`: the index of the comma that ends the words
    (before token `limit`, no quotation among them), when `as saying` follows it."""
    n = len(toks)
    k = start
    while k < min(n, limit) and toks[k].text not in ",;." and not toks[k].quoted:
        k += 1
    if (
        k + 2 < n
        and toks[k].text == ","
        and toks[k + 1].lower == "as"
        and toks[k + 2].lower == "saying"
    ):
        return k
    return None


def _quoted_as_saying_tail(toks: list[Token], v: int, verb_end: int, text: str) -> Mention | None:
    """`..., the agency quoted the deputy minister as saying`: after a quotation, the one quoted
    (the words between `quoted` and `as saying`), or None."""
    if toks[v].lower != "quoted":
        return None
    seg: list[Token] = []
    j = verb_end
    while j < len(toks) and toks[j].lower != "as" and toks[j].text not in ",;.:" and len(seg) < 14:
        if toks[j].quoted:
            return None
        seg.append(toks[j])
        j += 1
    if not seg or j + 1 >= len(toks) or toks[j].lower != "as" or toks[j + 1].lower != "saying":
        return None
    if len(seg) == 1 and seg[0].lower in ("him", "her"):
        # `the agency quoted him as saying`: he, the one met before
        return Mention(
            "he" if seg[0].lower == "him" else "she", seg[0].start, seg[0].end, pronoun=True
        )
    if seg[0].lower in _PRONOUNS or seg[0].lower in ("him", "her", "them"):
        return None
    return Mention(text[seg[0].start : seg[-1].end], seg[0].start, seg[-1].end)


def _after_quoted_question(toks: list[Token], i: int) -> bool:
    """`"...?" she asked`, `"...?" asked the councillor`: the verb stands right after a closing
    quotation mark (or after a short subject that follows one), and the quotation ends with a
    question mark: the question is what was said."""
    for k in range(i - 1, max(-1, i - 5), -1):
        u = toks[k]
        if u.mark == 2:
            between = toks[k + 1 : i]
            if any(w.quoted or w.text in ".;:!?" for w in between):
                return False
            return k > 0 and toks[k - 1].text == "?"
        if u.quoted or u.text in ".;:!?,":
            return False
    return False


def _np_after(toks: list[Token], j: int) -> list[Token]:
    """Noun phrase after an inverted verb: `said ministry spokeswoman Ana Quiroz`."""
    out: list[Token] = []
    while j < len(toks):
        t = toks[j]
        if _title_stop(toks, j, out):
            # `said Prof. Rodel Santiago`, `said Gen. Ana Ruiz`: the full stop of an abbreviated
            # title is no end of the speaker phrase
            out.append(t)
            j += 1
            continue
        if t.text in ",.;:!?" or t.quoted or t.lower in _RELATIVE:
            break
        if out and _where_or_how(toks, j, out) and on("inverted-speaker-stops-at-in"):
            # `said the ministry in a press release`, `said the Ministry of X in Paris`: where
            # or how it spoke, no part of the speaker
            break
        out.append(t)
        j += 1
    return _trim_np(out)


def _where_or_how(toks: list[Token], j: int, before: list[Token]) -> bool:
    """toks[j] opens `in a statement`, `during an interview`, or, after a name, `in` + one
    capitalised word that ends the sentence or clause (`the Ministry of X in Paris.`; `a broker
    in Mombasa` is who the broker is)."""
    t = toks[j]
    if t.lower not in ("in", "during") or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.lower in ("a", "an"):
        return True
    return (
        t.lower == "in"
        and any(_is_cap(u) for u in before)
        and _is_cap(nxt)
        and not nxt.quoted
        and (j + 2 >= len(toks) or toks[j + 2].text in ",.;:!?")
    )


def _title_stop(toks: list[Token], j: int, before: list[Token]) -> bool:
    """toks[j] is the full stop of an honorific or abbreviated title (`Prof.`, `Dr.`, `Sen.`)
    written against it, and a capitalised word follows (rule `abbreviated-title-after-verb`)."""
    if toks[j].text != "." or not before or j + 1 >= len(toks):
        return False
    prev = before[-1]
    return (
        prev.end == toks[j].start
        and prev.lower in lexicon.words("honorifics.txt")
        and toks[j + 1].text[:1].isupper()
        and not toks[j + 1].quoted
        and on("abbreviated-title-after-verb")
    )


def _name_after_title(np_: list[Token], after: list[Token]) -> list[Token]:
    """The name in apposition after an inverted speaker that is a title: `, Marina Vuković,`
    after `said Croatia's economy minister` (empty when there is none)."""
    titles = lexicon.words("titles.txt")
    if not after or after[0].text != "," or not any(t.lower in titles for t in np_):
        return []
    name = []
    for t in after[1:]:
        if not _is_cap(t) or t.quoted or t.lower in titles:
            break
        name.append(t)
    rest = after[1 + len(name) :]
    if not 2 <= len(name) <= 4 or (rest and rest[0].text not in ",.;!?"):
        return []
    return name


def _report_quoted(toks: list[Token], i: int) -> bool:
    """`The same publication quoted "a senior official" as saying ...`: a report noun as the
    subject of `quoted ... as saying` (a report relaying its source), no participle."""
    if (
        toks[i].lower != "quoted"
        or i == 0
        or toks[i - 1].lower not in lexicon.words("report_nouns.txt")
    ):
        return False
    window = toks[i + 1 : i + 16]
    return on("report-quoted-source") and any(
        a.lower == "as" and b.lower == "saying" for a, b in pairwise(window)
    )


# A past participle between one of these and a noun is an adjective (`on reported talks`,
# `amid alleged delays`), unless the word after it starts the verb's own complement.
_PREPOSITIONS_BEFORE_ADJECTIVE = frozenset(
    "on about of over amid despite regarding after following into against".split()
)
_AFTER_VERB = frozenset("that by to in on at as earlier last this it he she they we".split())


_LABEL_VERBS = frozenset("termed labelled labeled branded characterised characterized".split())


_LABELLED_OBJECTS = frozenset("the a an it this that these those such his her their its".split())


_ISSUING = frozenset("issued issues released put posted published".split())
# texts that answer by their own name: `issued a clarification on ...` (rule
# `issued-clarification-on`)
_ANSWER_NOUNS = frozenset("clarification rebuttal rejoinder denial".split())
_ISSUED_NOUNS = frozenset(
    "statement statements release clarification rebuttal note communique communiqué notice "
    "denial response reply letter".split()
)
# The participle after `issued a statement`: what the statement does.
_ISSUED_ACTS = {
    "denying": "deny",
    "rejecting": "deny",
    "dismissing": "deny",
    "refuting": "deny",
    "disputing": "deny",
    "confirming": "confirm",
    "acknowledging": "confirm",
    "saying": "say",
    "stating": "say",
    "calling": "say",
    "describing": "say",
    "accusing": "claim",
    "claiming": "claim",
}


def _issued_text_at(toks: list[Token], i: int) -> tuple[str, int] | None:
    """`The ministry issued a statement rejecting the report as false`, `put out a
    clarification denying ...`: issuing a text that does something is that speech act; the
    class is the participle's, the verb runs from `issued` to it."""
    if not on("issued-statement-act") or (i > 0 and toks[i - 1].lower in _DETS):
        return None
    j = i + 1
    if toks[i].lower == "put" and j < len(toks) and toks[j].lower == "out":
        j += 1
    if j >= len(toks) or toks[j].lower not in ("a", "an", "its", "their", "his", "her"):
        return None
    for k in range(j + 1, min(j + 5, len(toks))):
        u = toks[k]
        if u.quoted or u.text in ",;:.":
            return None
        if (
            u.lower in _ANSWER_NOUNS
            and k + 1 < len(toks)
            and toks[k + 1].lower in ("on", "over", "regarding", "about", "concerning", "to")
            and on("issued-clarification-on")
        ):
            # `has issued a clarification on false news circulating in ...`, `issued a rebuttal
            # to the report`: a text that answers by its own name, no participle needed
            return "deny", k + 1 - i + 1
        if u.lower in _ISSUED_NOUNS:
            m = k + 1
            # `a statement on Tuesday denying`, `a statement late on Friday rejecting`
            while m < min(k + 5, len(toks)) and toks[m].lower not in _ISSUED_ACTS:
                if toks[m].quoted or toks[m].text in ",;:.":
                    return None
                m += 1
            if m < len(toks) and toks[m].lower in _ISSUED_ACTS:
                return _ISSUED_ACTS[toks[m].lower], m - i + 1
            return None
    return None


def _labels_in_quotes(toks: list[Token], i: int) -> bool:
    """`calls X "fake"`: a quotation within a few words of toks[i], before any stop, after a
    subject that ends in a name (`Moscow calls`, `the Kremlin calls`) or is a pronoun."""
    if i == 0 or not (_is_cap(toks[i - 1]) or toks[i - 1].lower in _PRONOUNS) or toks[i].quoted:
        return False
    window = toks[i + 1 : i + 12]
    for k, u in enumerate(window):
        if u.text in ",;.:" and not u.quoted:
            return False
        if u.quoted and u.text.isalnum():
            return True
        if u.text in _SINGLE_QUOTES and on("calls-it-single-quoted") and _closed_label(window[k:]):
            return True
    return False


_SINGLE_QUOTES = ("'", "‘", "’")


def _closed_label(toks: list[Token]) -> bool:
    """`'a misreading'`: a headline's single quotation marks (a token of their own, not the
    apostrophe of `Velmar's`) around a few words, closed before any stop."""
    for k, u in enumerate(toks[1:6], start=1):
        if u.text in ",;.:":
            return False
        if u.text in _SINGLE_QUOTES:
            return k > 1 and any(w.text.isalpha() for w in toks[1:k])
    return False


_VIEW_DETS = frozenset("the a an his her its their our".split())


def _expressed_view_at(toks: list[Token], i: int) -> int:
    """`expressed opinion that`, `expressed the view that`: the tokens from the verb to its
    noun of opinion (`lexicon/view_nouns.txt`) when a `that` clause follows, else 0."""
    k = i + 1
    if k < len(toks) and toks[k].lower in _VIEW_DETS:
        k += 1
    if (
        k + 1 < len(toks)
        and toks[k].lower in lexicon.words("view_nouns.txt")
        and toks[k + 1].lower == "that"
        and not toks[k].quoted
    ):
        return k - i + 1
    return 0


def _phrasal_answer_at(toks: list[Token], i: int) -> str | None:
    """`pushed back on the report`, `hit back, blaming ...`: a verb and its particle that answer
    (`lexicon/phrasal_answers.txt`); not with an object between them or after them that is no
    answer's (`pushed back the deadline`, `the pushed back date`)."""
    cls = lexicon.table("phrasal_answers.txt").get(f"{toks[i].lower} {toks[i + 1].lower}")
    if cls is None or toks[i].quoted or not _valid_verb(toks, i):
        return None
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    if nxt is not None and nxt.lower in _DETS and nxt.lower not in ("that", "this"):
        return None  # `pushed back the deadline`: a transitive move, no answer
    return cls


_TITLE_INTRO = frozenset("titled entitled headlined captioned".split())


def _in_quoted_title(toks: list[Token], i: int) -> bool:
    """`a story titled 'Minister admits deal was signed'`: the words of a title in single
    quotation marks after `titled`, `headlined` are the title's, no speech act of the text."""
    for k in range(i - 1, max(-1, i - 16), -1):
        u = toks[k]
        if u.text in _SINGLE_QUOTES or u.text in ('"', "“", "”"):
            return k > 0 and toks[k - 1].lower in _TITLE_INTRO and on("titled-quote-no-verb")
        if u.text in ".;" or u.lower in _TITLE_INTRO:
            return False
    return False


def _relative_that(before: list[Token], i: int) -> bool:
    """`The meeting that was to be held Friday, according to X, is ...`: a `that` right after the
    subject's noun opens a relative clause, no reported content."""
    return (
        1 <= i <= 4
        and before[0].lower in _DETS
        and before[i - 1].text.isalpha()
        and before[i - 1].text.islower()
        and before[i - 1].lower not in _verbs()
        and on("according-to-relative-that")
    )


_CATEGORICAL = frozenset("categorical emphatic adamant unequivocal".split())


def _categorical_that(toks: list[Token], i: int) -> int:
    """`was (however) categorical that`: the words from the copula to the adjective (0 when
    they are not followed by `that`)."""
    k = i + 1
    if k < len(toks) and (
        toks[k].lower.endswith("ly") or toks[k].lower in ("however", "also", "though")
    ):
        k += 1
    if (
        k + 1 < len(toks)
        and toks[k].lower in _CATEGORICAL
        and toks[k + 1].lower == "that"
        and not toks[k].quoted
    ):
        return k - i + 1
    return 0


_DISREGARD_VERBS = frozenset("disregard ignore discountenance".split())


def _asks_to_disregard(toks: list[Token], i: int) -> bool:
    """`asked Kenyans to disregard`, `advised the public to ignore`: an appeal to pay no heed,
    a speech act of the one who asks."""
    for k in range(i + 1, min(i + 7, len(toks) - 1)):
        if toks[k].text in ",;.:" or toks[k].quoted:
            return False
        if toks[k].lower == "to" and toks[k + 1].lower in _DISREGARD_VERBS:
            return k > i + 1
        if toks[k].lower == "to" and k > i + 1 and _no_credence_at(toks, k + 1):
            return on("appeal-no-credence")
    return False


def _no_credence_at(toks: list[Token], k: int) -> bool:
    """`"not give credence to`, `not believe` from token k on, quotation marks skipped
    (lexicon `credence_phrases.txt`)."""
    words = " ".join(u.lower for u in toks[k : k + 7] if not u.mark)
    return any(words.startswith(p + " ") for p in lexicon.words("credence_phrases.txt"))


def _text_read_after_quote(toks: list[Token], i: int) -> bool:
    """`"...," a statement from the party read in part.`: right after a closing quotation, a
    text named with its issuer (`a statement from X`, `a statement by X`) reads out the
    quotation (rule `statement-read-after-quote`). `He read the statement` stays no act, and so
    does a text read to someone (`a statement from X read to reporters`)."""
    texts = lexicon.words("issued_texts.txt") | {"posting", "tweet", "letter", "notice"}
    back = toks[max(0, i - 7) : i]
    closed = [k for k, u in enumerate(back) if u.mark == 2]
    if not closed:
        return False
    between = back[closed[-1] + 1 :]
    if any(u.text in ".;:" for u in between):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    words = [u for u in between if u.text not in ",\"”'"]
    if not words or words[0].lower not in ("a", "an", "the", "its", "their", "his", "her"):
        return False
    if len(words) < 2 or words[1].lower not in texts:
        return False
    if len(words) > 2 and words[2].lower not in ("from", "by", "of", "issued"):
        return False
    end = (
        nxt is None
        or nxt.text in ".,:;"
        or (nxt.lower == "in" and i + 2 < len(toks) and toks[i + 2].lower == "part")
    )
    return end


def _valid_verb(toks: list[Token], i: int) -> bool:
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.text[:1].isupper():
        return False  # `The States of ...`: a capitalised word mid-sentence is no verb
    if _in_quoted_title(toks, i):
        return False
    if prev is not None and prev.lower in _DETS:
        return False  # the said agreement
    if prev is not None and prev.lower in ("was", "were", "is", "are", "be", "been", "being"):
        # passive: what was published (`is pushing back`: the progressive speaks)
        if not (t.lower.endswith("ing") and prev.lower != "being" and on("progressive-verb")):
            return False
    if prev is not None and prev.lower in _NEG | {"did", "didn't", "does"}:
        return False  # He did not say
    if (
        prev is not None
        and prev.lower in _PREPOSITIONS_BEFORE_ADJECTIVE
        and nxt is not None
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.lower not in _AFTER_VERB
        and t.lower.endswith("ed")
        and on("participle-adjective")
    ):
        return False  # `No decision on reported talks`, `amid alleged delays`: an adjective
    if (
        t.lower in _PASSIVE_CHARGES
        and nxt is not None
        and nxt.lower in ("of", "for", "over", "with")
        and on("passive-accusation")
    ):
        # `Water company accused of dumping sewage`, `The firm, blamed for the spill, said`: a
        # participle with no object is the passive; the one named before it is accused
        return False
    if t.lower == "calls":
        # `Moscow calls report "fake"`: the present of a headline, with the label it gives in
        # quotation marks; `radio calls` is a noun (`terms` is read by `labelled-as` below)
        return _labels_in_quotes(toks, i) and on("calls-it-label")
    if t.lower in ("published", "posted", "quoted", "reported", "issued") and nxt is not None:
        if nxt.lower == "by" or (
            prev is not None
            and not _report_quoted(toks, i)
            and prev.text[:1].islower()
            and prev.lower not in _PRONOUNS
            # `the daily Vecernik, which quoted a senior officer as saying`: the relative's verb
            # (`which reported that` is read by the syntax pass)
            and not (
                prev.lower in ("which", "who")
                and t.lower == "quoted"
                and on("relative-reported-verb")
            )
            and prev.lower not in lexicon.words("adverbials.txt")
            and not prev.lower.endswith("'s")
            and prev.lower not in lexicon.words("org_heads.txt")
            and prev.lower not in lexicon.words("media_cues.txt")
            and prev.lower not in lexicon.words("titles.txt")
        ):
            return False
        if (
            prev is not None
            and prev.text == ","
            and any(w.lower == "by" for w in toks[i + 1 : i + 6])
        ):
            return False
    if _habitual(toks, i) and on("habitual-generic"):
        return False  # `traders often complain that ...`: what people usually say, no act
    if _lasting(toks, i) and on("habitual-perfect"):
        return False  # `exporters have long complained that ...`: a habit, no act
    if _zero_relative(toks, i) and on("zero-relative-verb"):
        return False  # `a document it said came from customs`: a description, no speech act
    if t.lower in ("continued", "continues"):
        # `She continued: "..."`, `"...," he continued.`: speech only next to its quotation
        back = toks[max(0, i - 5) : i]
        after_quote = any(
            u.mark == 2 and all(not w.quoted and w.text not in ".;:" for w in back[k + 1 :])
            for k, u in enumerate(back)
        )
        before_quote = nxt is not None and (nxt.text == ":" or nxt.mark == 1)
        return (after_quote or before_quote) and on("continued-speech")
    if (
        t.lower == "called"
        and nxt is not None
        and nxt.lower in ("on", "upon")
        and (prev is None or prev.lower not in ("and", "but"))
        and any(w.lower == "to" for w in toks[i + 2 : i + 10])
        and on("called-on-appeal")
    ):
        return True  # `called on the deputies not to spread ...`: an appeal
    if t.lower in ("read", "reads"):
        # `"...," the statement read.`: a text reads out its words; anyone else reads texts
        # (`a statement read to reporters` is read out by someone: no act of its own)
        if (
            prev is not None
            and prev.lower in lexicon.words("issued_texts.txt")
            and (nxt is None or nxt.text in ".,:;" or nxt.mark == 1)
            and on("statement-read")
        ):
            return True
        return _text_read_after_quote(toks, i) and on("statement-read-after-quote")
    if t.lower in ("terms", "labels", "brands"):
        # `she terms the report "groundless"`; `on the same terms as` is a noun
        if prev is None or not (prev.lower in _PRONOUNS or _is_cap(prev)):
            return False
        if nxt is None or nxt.lower not in _LABELLED_OBJECTS:
            return False
    if t.lower in _LABEL_VERBS or t.lower in ("terms", "labels", "brands"):
        # `she terms the report "groundless"`, `labelled it "a fabrication"`: like `called`
        window = toks[i + 1 : i + 10]
        labelled = any(w.mark == 1 for w in window) or any(w.lower == "as" for w in window)
        if not labelled and on("labelled-single-quotes"):
            # `has termed the recent report run by X 'completely false and misleading'`: the
            # label in single quotation marks, as much of the press of South Asia prints it
            labelled = _single_quoted_label(toks[i + 1 : i + 20])
        return labelled and on("labelled-as")
    if t.lower in ("called", "described"):
        window = toks[i + 1 : i + 10]
        if (
            not any(w.mark == 1 for w in window)
            and not any(w.lower == "as" for w in window)
            and not (_names_report_then_label(toks, i) and on("called-report-label"))
            and not (_names_report_then_dismissal(toks, i) and on("called-report-dismissal"))
        ):
            return False
    if t.lower == "blamed" and on("blame-names-a-party"):
        # `blamed the delay on the Austrian section`, `blamed Lisbon for`: an accusation of a
        # party; `blamed them on a shortage of staff` explains, accuses no one
        for u in toks[i + 1 : i + 14]:
            if u.text in ",;:." and not u.quoted:
                break
            if _is_cap(u) and not u.quoted:
                return True
        return False
    if t.lower in _THAT_ONLY and on("that-clause-verbs"):
        # `Lund said ..., and suggested they were meant to ...`, `complained that Dhaka had not
        # been warned`: speech beside another verb of saying or before its that-clause only
        # (`has long complained about costs`, `the figures suggest a fall` are no acts)
        if t.lower[:6] == "accept" and any(
            u.lower in ("whether", "if") for u in toks[max(0, i - 4) : i]
        ):
            return False  # `asked whether Yerevan accepted that ...`: a question, no concession
        if prev is not None and prev.lower in ("and", "but") and t.lower[:6] != "accept":
            return True
        people = (
            lexicon.words("titles.txt")
            | lexicon.words("org_heads.txt")
            | lexicon.words("media_cues.txt")
            | _HUMAN_GROUPS
        )
        subj = prev
        if prev is not None and prev.lower in _PERFECT and i > 1 and on("that-clause-perfect"):
            subj = toks[i - 2]  # `the Kessians have complained that ...`: the subject before
        return (
            nxt is not None
            and nxt.lower == "that"
            and subj is not None
            and (_is_cap(subj) or subj.lower in _PRONOUNS or subj.lower in people)
        )
    if t.lower in ("learned", "learnt"):
        return prev is not None and prev.lower in ("has", "have")
    if (
        t.lower in ("reports", "claims", "statements", "allegations")
        and nxt is not None
        and nxt.lower in ("were", "are", "have", "had")
        and on("plural-noun-before-verb")
    ):
        return False  # `After news reports were published, ...`: a noun, the subject of a verb
    if (
        t.lower in ("says", "claims")
        and prev is not None
        and prev.lower in ("also", "still", "now")
        and i > 1
        and on("says-after-adverb")
    ):
        # `The paper also says ...`: the word before the adverb is the one that says
        prev = toks[i - 2]
    if (
        t.lower == "says"
        and prev is not None
        and prev.text == ","
        and nxt is not None
        and (_is_cap(nxt) or nxt.lower == "the")
        and i > 4
        and len(toks) - i <= 7
        and all(u.text[:1].isupper() or u.lower == "the" or u.text in ".!" for u in toks[i + 1 :])
        and on("comma-says-speaker")
    ):
        return True  # `Report of talks is false, says Kremlin`: the present, inverted
    if (
        t.lower in ("states", "reports", "notes", "claims", "says")
        and prev is not None
        and not (_is_cap(prev) or prev.lower in _PRONOUNS)
        and not (prev.lower in lexicon.words("media_cues.txt") and on("outlet-says"))
        and not (
            t.lower == "says"
            and (
                prev.lower in lexicon.words("org_heads.txt")
                or prev.lower in lexicon.words("titles.txt")
            )
            and any(
                u.lower in _DETS or u.text.endswith(("'s", "’s"))
                for u in toks[(max(0, i - 4) if on("body-says-at-start") else i - 4) : i]
            )
            and on("body-says")
        )
    ):
        return False  # `the newspaper says` is a speaker and a verb; `the report notes` too
    return True


# verbs in -s that are nouns as often, and verbs when `that` follows (`The report claims that`)
_THAT_VERBS = frozenset("claims alleges reports states notes argues insists maintains".split())
# verbs of accusing whose participle, with no object, is the passive (`accused of`)
_PASSIVE_CHARGES = frozenset("accused charged blamed criticised criticized suspected".split())
_REPORT_NOUNS = frozenset(
    "report reports claim claims story stories allegation allegations accusation accusations "
    "suggestion suggestions assertion assertions article".split()
)


def _single_quoted_label(window: list[Token]) -> bool:
    """A few words between single quotation marks (tokens of their own, not the apostrophe of
    `Asia's`), closed before any stop: `'completely false and misleading'`."""
    for k, u in enumerate(window):
        if u.text in ".;:":
            return False
        if k > 12:
            return False
        if u.text in ("'", "‘") and k + 1 < len(window) and window[k + 1].text.isalpha():
            return _closed_label(window[k:])
    return False


def _names_report_then_label(toks: list[Token], i: int) -> bool:
    """`called a report that its police had seized a train "a complete fabrication"`: the
    report named at once (`a report`, `the newspaper's story`), its label in quotation marks
    after the report's own clause, within the sentence."""
    head = toks[i + 1 : i + 5]
    k = next((j for j, w in enumerate(head) if w.lower in _REPORT_NOUNS and not w.quoted), None)
    if k is None or any(w.text in ",;:" or w.quoted for w in head[:k]):
        return False
    rest = toks[i + 2 + k : i + 40]
    return any(w.mark == 1 for w in rest)


def _names_report_then_dismissal(toks: list[Token], i: int) -> bool:
    """`called the report a lie`, `called the claims baseless`: the report named at once, then
    within four words, unquoted, a word that dismisses an account (`dismissal_cues.txt`)."""
    head = toks[i + 1 : i + 5]
    k = next((j for j, w in enumerate(head) if w.lower in _REPORT_NOUNS and not w.quoted), None)
    if k is None or any(w.text in ",;:" or w.quoted for w in head[:k]):
        return False
    cues = lexicon.words("dismissal_cues.txt")
    after = toks[i + 2 + k : i + 7 + k]
    for j, w in enumerate(after):
        if w.text in ",;:.!?" or w.quoted:
            return False
        if w.lower in cues or (j + 1 < len(after) and f"{w.lower} {after[j + 1].lower}" in cues):
            return True
    return False


# what follows a verb of saying in a relative clause without `that`: `a memo it said came from`,
# `the figures he said were wrong`, `the zone Japan claims but ...`
# verbs of saying only beside another verb of saying or before `that` (`_valid_verb`)
# `accepted that the carpets had been replaced` grants an account; `accepted the invitation`
# is no act of speech
_THAT_ONLY = frozenset(("suggested", "suggests", "complained", "complains", "accepted", "accepts"))
_RELATIVE_PREDICATES = frozenset(
    "was were is are had has have would will could came come comes but belonged belongs".split()
)
_FREQUENCY = frozenset("often usually frequently routinely regularly typically generally".split())


def _habitual(toks: list[Token], i: int) -> bool:
    """`traders often complain that the rules are applied unevenly`: a frequency adverb before
    a verb in the present (no `-ed` form): a habit or a generality, not one act of speaking."""
    t = toks[i]
    return (
        i > 0
        and toks[i - 1].lower in _FREQUENCY
        and not t.quoted
        and not t.lower.endswith(("ed", "said", "told", "wrote"))
    )


_PERFECT = frozenset(("have", "has", "had"))
_LASTING_UNITS = frozenset("years decades months decade".split())
_LASTING_COUNTS = frozenset(
    "a two three four five six seven eight nine ten many several some".split()
)


def _lasting(toks: list[Token], i: int) -> bool:
    """`growers have long complained about ...`, `hauliers have complained for years that ...`:
    a verb of saying in the perfect with `long` or `for years` tells how long people have been
    saying something, a background habit, not one act of speaking."""
    t = toks[i]
    if t.quoted or i < 2 or not t.lower.endswith("ed"):
        return False
    if toks[i - 1].lower == "long" and toks[i - 2].lower in _PERFECT:
        return True
    if toks[i - 1].lower not in _PERFECT:
        return False
    after = toks[i + 1 : i + 5]
    for k, u in enumerate(after):
        if u.lower != "for":
            continue
        rest = after[k + 1 :]
        if rest and rest[0].lower in _LASTING_UNITS:
            return True  # `for years`
        if len(rest) > 1 and rest[0].lower in _LASTING_COUNTS and rest[1].lower in _LASTING_UNITS:
            return True  # `for two years`, `for many years`
    return False


_NEGATIONS = frozenset("no not none never nothing nobody neither n't".split())
_NOT_NOUNS = frozenset(
    "that and but or as if when while because than so of de del do da la le".split()
)


def _zero_relative(toks: list[Token], i: int) -> bool:
    """`the document it said came from a customs office`, `the zone Japan claims but ...`: a
    verb of saying in a relative clause without `that`, after `det noun subject`, with no
    content of its own (a verb or a conjunction follows)."""
    if i < 3 or i + 1 >= len(toks):
        return False
    subj, noun, nxt = toks[i - 1], toks[i - 2], toks[i + 1]
    if not (subj.lower in ("it", "he", "she", "they") or (_is_cap(subj) and i - 1 > 0)):
        return False
    if (
        not noun.text.isalpha()
        or not noun.text.islower()
        or noun.quoted
        or noun.lower in _AUX
        or noun.lower in _PREPS
        or noun.lower in _NOT_NOUNS
        or noun.lower in _DETS
        or noun.lower in _verbs()
        or noun.lower in lexicon.words("adverbials.txt")
        or noun.lower in lexicon.words("speech_occasions.txt")
        or noun.lower.endswith("ly")
    ):
        return False
    if not any(u.lower in _DETS for u in toks[max(0, i - 5) : i - 2]):
        return False
    if nxt.quoted or nxt.mark or nxt.text in ":":
        return False
    return nxt.text.islower() and (nxt.lower in _RELATIVE_PREDICATES or nxt.lower.endswith("ed"))


_DECLINE_WORDS = frozenset(
    ("declined", "refused", "declines", "refuses", "would", "will", "referred", "refers")
)
_STOOD_WORDS = frozenset(("stood", "stands", "stand"))


def _decline_at(toks: list[Token], i: int) -> int:
    """Length of `declined to comment/say/...` at i (0 if none)."""
    objects = lexicon.words("decline_verbs.txt")
    if toks[i].lower in ("declined", "refused", "declines", "refuses") and i + 2 < len(toks):
        if toks[i + 1].lower == "to" and toks[i + 2].lower in objects:
            return 3
    if (
        toks[i].lower in ("would", "will")
        and i + 3 < len(toks)
        and toks[i + 1].lower == "not"
        and toks[i + 2].lower in objects
        and toks[i + 3].lower in _WH_OPENERS
        and (
            i == 0
            or toks[i - 1].lower not in ("it", "this", "that", "i", "we", "you")
            # `It would not say where the drone came from.`: the body met before
            or (i == 1 and toks[0].text == "It" and on("would-not-say-it"))
        )
        and on("would-not-say")
    ):
        # `He would not say whether the coach had been sent back`: a non-answer
        return 3
    if (
        toks[i].lower in ("referred", "refers")
        and (i == 0 or toks[i - 1].lower not in ("and", "or"))
        and on("referred-questions")
    ):
        # `The embassy referred (further) questions to the ministry`: a non-answer (after
        # `declined to comment and` it is part of that statement)
        j = i + 1
        if j < len(toks) and toks[j].lower in ("further", "all", "other", "any"):
            j += 1
        if (
            j + 1 < len(toks)
            and toks[j].lower in ("questions", "queries", "inquiries", "enquiries", "requests")
            and toks[j + 1].lower == "to"
        ):
            return j + 2 - i
    return 0


_WH_OPENERS = frozenset("whether if how when what who where which why".split())


def _stood_by_at(toks: list[Token], i: int) -> int:
    if (
        toks[i].lower in ("stood", "stands", "stand")
        and i + 1 < len(toks)
        and toks[i + 1].lower == "by"
    ):
        return 2
    return 0


def _target_and_embedded(
    toks: list[Token], v: int, cstart: int, text: str, vclass: str
) -> tuple[str | None, tuple[str, int, int] | None]:
    """Object of a denial verb, and a claim it carries: `rejected a claim by X that Y`."""
    if vclass not in ("deny", "confirm"):
        return None, None
    obj = [t for t in toks[v + 1 : cstart] if not (t.lower == "that" and t is toks[cstart - 1])]
    stop = len(obj)
    for i, t in enumerate(obj):
        if t.text in ",;" or (
            t.lower in ("as", "of") and i > 0 and obj[i - 1].lower not in ("version",)
        ):
            stop = i
            break
    obj = obj[:stop]
    if not obj:
        return None, None
    target = text[obj[0].start : obj[-1].end]
    embedded = None
    heads = {
        "report",
        "reports",
        "claim",
        "claims",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
    }
    if on("report-in-outlet"):
        heads |= {"rumour", "rumours", "rumor", "rumors"}  # `rumours in Danish media that`
    by_idx = next((i for i, t in enumerate(obj) if t.lower == "by"), None)
    speaker_phrase = None
    if by_idx is not None and any(t.lower in heads for t in obj[:by_idx]):
        sp = obj[by_idx + 1 :]
        if sp:
            speaker_phrase = text[sp[0].start : sp[-1].end]
    elif (sp := _outlet_after_head(obj, heads)) and on("report-in-outlet"):
        # `rejected a report in the Coastal Post that ...`, `rumours in Danish media that`
        speaker_phrase = text[sp[0].start : sp[-1].end]
    else:
        for i, t in enumerate(obj):
            if t.lower.endswith("'s") and i + 1 < len(obj) and obj[-1].lower in heads:
                sp = obj[: i + 1]
                speaker_phrase = text[sp[0].start : sp[-1].end - 2]
                break
    if speaker_phrase and cstart < len(toks) and toks[cstart - 1].lower == "that":
        end = len(toks)
        for j in range(cstart, len(toks)):
            if (
                toks[j].text == ","
                and not toks[j].quoted
                and j + 1 < len(toks)
                and (toks[j + 1].lower in _participles() or toks[j + 1].lower in _RELATIVE)
            ):
                end = j
                break
        last = toks[end - 1]
        if last.text in ".":
            end -= 1
        if end > cstart:
            embedded = (speaker_phrase, toks[cstart].start, toks[end - 1].end)
    return target, embedded


_REPORT_HEADS = frozenset(
    "report reports story stories news article articles claim claims allegation allegations "
    "rumour rumours rumor rumors post posts".split()
)
_REPORTING_VERBS = frozenset(
    "said says claimed claims alleged alleges stated states suggested suggests reported "
    "reports asserted".split()
)
_REPORTING_PARTICIPLES = frozenset(
    "saying claiming alleging stating suggesting reporting asserting".split()
)


def _report_clause_embedded(
    toks: list[Token], after: int, text: str
) -> tuple[str, int, int] | None:
    """`denied the report published in a Mumbai daily that said Y`, `rejected media reports
    alleging that Y`, `dismissed reports in social media that Y`: the report's own verb of
    saying carries a claim; its speaker is the outlet named after `published in` / `in` / `by`,
    else the report itself (rule `report-that-said`)."""
    if not on("report-that-said"):
        return None
    n = len(toks)
    limit = min(n, after + 24)
    head = next(
        (i for i in range(after, limit) if toks[i].lower in _REPORT_HEADS and not toks[i].quoted),
        None,
    )
    if head is None:
        return None
    k = head + 1
    while k < limit and toks[k].text not in ',;:.!?"' and not toks[k].quoted:
        if toks[k].lower in _REPORT_HEADS and not any(
            u.lower in ("in", "by", "on", "from") for u in toks[head + 1 : k]
        ):
            head = k  # `media reports and social media posts`, not `a report by a news site`
        w = toks[k].lower
        nxt = toks[k + 1].lower if k + 1 < n else ""
        if w in _REPORTING_PARTICIPLES or (w in ("that", "which") and nxt in _REPORTING_VERBS):
            break
        if (
            w == "that"
            and any(u.lower in ("in", "by") for u in toks[head + 1 : k])
            and (toks[k - 1].lower in ("media", "press", "daily", "newspaper", "newspapers"))
        ):
            break  # `reports in social media that Y`: an outlet named in lower case
        k += 1
    else:
        return None
    if k >= limit or toks[k].text in ',;:.!?"' or toks[k].quoted:
        return None
    cs = k + 1
    if toks[k].lower in ("that", "which") and cs < n and toks[cs].lower in _REPORTING_VERBS:
        cs += 1
    if cs < n and toks[cs].lower == "that":
        cs += 1
    if cs >= n:
        return None
    # the speaker: the outlet after `published in`, `carried by`, `in`, `by`
    between = toks[head + 1 : k]
    sp = list(toks[after : head + 1])
    for i, u in enumerate(between):
        if u.lower in ("in", "by", "on") and i + 1 < len(between):
            cand = between[i + 1 :]
            if len(cand) >= 2 and cand[-2].lower == "on" and cand[-1].lower in _WEEKDAYS:
                cand = cand[:-2]  # `published in a Mumbai daily on Saturday`: not the outlet
            media_noun = bool(cand) and cand[-1].lower in ("media", "daily", "press")
            if cand and (any(_is_cap(c) for c in cand) or media_noun):
                sp = cand
                break
    while sp and sp[0].lower in ("the", "a", "an", "these", "those", "such"):
        sp = sp[1:]
    if not sp:
        return None
    end = n
    for j in range(cs, n):
        u = toks[j]
        if u.text in ";" and not u.quoted:
            end = j
            break
        if (
            u.text == ","
            and not u.quoted
            and j + 1 < n
            and (toks[j + 1].lower in _participles() or toks[j + 1].lower in _RELATIVE)
        ):
            end = j
            break
        if (
            u.lower == "and"
            and not u.quoted
            and j + 1 < n
            and toks[j + 1].lower in ("urged", "called", "said", "added", "warned", "asked")
        ):
            end = j
            break
        if (
            u.lower == "as"
            and not u.quoted
            and j + 1 < n
            and (toks[j + 1].mark == 1 or toks[j + 1].lower in ("a", "an", "being", "completely"))
        ):
            end = j  # `dismissed reports that Y as an "utter lie"`: the verdict is the denial's
            break
    while end > cs and toks[end - 1].text in ".,":
        end -= 1
    if end <= cs:
        return None
    return (text[sp[0].start : sp[-1].end], toks[cs].start, toks[end - 1].end)


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _outlet_after_head(obj: list[Token], heads: set[str]) -> list[Token]:
    """`a report in the Coastal Post`, `rumours in Danish media`: the named outlet after a noun
    for a report (empty when the words after `in` name a time, not an outlet)."""
    for i, t in enumerate(obj[:-1]):
        if t.lower in ("in", "from") and i > 0 and obj[i - 1].lower in heads:
            sp = obj[i + 1 :]
            if any(_is_cap(u) for u in sp) and not any(
                u.lower in _WEEKDAYS or u.lower in _MONTHS for u in sp
            ):
                return sp
    return []


def _cited(toks: list[Token], text: str) -> list[str]:
    out = []
    for i, t in enumerate(toks):
        if t.lower in ("citing", "quoting") and not t.quoted:
            seg: list[Token] = []
            for u in toks[i + 1 :]:
                if u.text in ",;." or u.lower == "that" or u.quoted:
                    break
                if seg and u.lower in _verbs() and on("citing-without-commas"):
                    break  # `The Star citing a source claimed that`: the source, not its verb
                seg.append(u)
            if not seg:
                continue
            words_ = [u.lower for u in seg]
            if not any(w in _HUMAN_GROUPS for w in words_):
                continue
            if any(w in _VAGUE_SOURCES for w in words_) and "sources" in words_:
                continue
            out.append(text[seg[0].start : seg[-1].end])
    return out


def _relay(toks: list[Token], v: int, text: str) -> str | None:
    """The outlet a speaker talked to: `told Reuters`, `in an interview with the newspaper X`."""
    to = 1 if toks[v].lower == "told" else 2  # `told Reuters`, `declared to the daily X`
    if (to == 1 or (v + 1 < len(toks) and toks[v + 1].lower == "to")) and v + to < len(toks):
        seg: list[Token] = []
        for u in toks[v + to : v + to + 5]:
            if (
                u.text in ",;.:"
                or u.lower in ("that", "on", "in", "at", "late", "early")
                or u.quoted
            ):
                break
            if u.lower in ("he", "she", "it", "they", "we", "i", "his", "her", "its", "their"):
                break
            if seg and u.lower in _RELAY_CLAUSE_WORDS and on("relay-clause-end"):
                break  # `told Reuters the service had stopped`: the reported clause begins
            seg.append(u)
        end = v + to + len(seg)
        if len(seg) == 5 and _is_cap(seg[-1]) and on("relay-name-runs-on"):
            # `told the Georgian news site Tbilisi Pulse that`: the outlet's name runs on
            # past the five words, in capitals
            while (
                end < len(toks) and end < v + to + 9 and _is_cap(toks[end]) and not toks[end].quoted
            ):
                seg.append(toks[end])
                end += 1
        if seg and (
            any(_is_cap(u) for u in seg)
            or any(u.lower in lexicon.words("media_cues.txt") for u in seg)
        ):
            if seg[0].lower in ("this", "our") and on("relay-own-outlet"):
                return None  # `confirmed to this newspaper`: the outlet that prints it
            if not all(
                u.lower in ("reporters", "journalists", "supporters", "parliament") for u in seg
            ):
                return text[seg[0].start : seg[-1].end]
    if on("relay-to-outlet"):
        found = _relay_to_outlet(toks, text)
        if found is not None:
            return found
    for i in range(v, min(len(toks), v + 25)):
        if toks[i].lower == "with" and i > 0 and toks[i - 1].lower == "interview":
            seg = []
            for u in toks[i + 1 : i + 8]:
                if u.text in ",;." or u.quoted or u.lower in ("that", "on", "in", "at"):
                    break  # `... with the newspaper X that ...`: the content starts
                seg.append(u)
            if seg:
                return text[seg[0].start : seg[-1].end]
    return None


# Words that open the clause reported after `told X` with no `that`.
_RELAY_CLAUSE_WORDS = frozenset("the a an this these those some no all every any".split())
# `a statement e-mailed to X`, `speaking to X`, `in conversation with X`: the outlet spoken to.
_TO_OUTLET_NOUNS = frozenset(
    "statement e-mail email e-mailed emailed reply comments remarks message letter speaking "
    "talking conversation spoke".split()
)


def _relay_to_outlet(toks: list[Token], text: str) -> str | None:
    """The outlet named after `statement (e-mailed) to`, `speaking to`, `in conversation with`,
    or `for` + a kind of outlet (`said for the Serbian agency X`), in the speech act's sentence."""
    media = lexicon.words("media_cues.txt")
    for i, t in enumerate(toks[:-1]):
        if t.quoted or t.lower not in ("to", "with", "for"):
            continue
        prev = toks[i - 1].lower if i > 0 else ""
        if t.lower == "for":
            ok = True  # only with a kind of outlet named after it (checked below)
        else:
            ok = prev in _TO_OUTLET_NOUNS or (t.lower == "with" and prev == "conversation")
        if not ok:
            continue
        seg: list[Token] = []
        for u in toks[i + 1 : i + 8]:
            if u.text in ",;.:" or u.quoted or u.lower in ("that", "on", "in", "at", "after"):
                break
            if seg and u.lower in _RELAY_CLAUSE_WORDS:
                break
            seg.append(u)
        while seg and seg[-1].text in ")'\"":
            seg.pop()
        if len(seg) > 1 and seg[-1].lower in ("correspondent", "reporter", "journalist"):
            seg.pop()  # `a statement to the AA correspondent`: the outlet she writes for
        if not seg:
            continue
        has_cue = any(u.lower in media for u in seg)
        if t.lower == "for" and not (has_cue and any(_is_cap(u) for u in seg[1:])):
            continue  # `for the Romanian television Antena Dunarii`, not `for the drivers`
        if has_cue or (seg[0].lower == "the" and len(seg) > 1 and _is_cap(seg[1])):
            return text[seg[0].start : seg[-1].end]
        if _is_cap(seg[0]) and all(_is_cap(u) or u.text in "-&" for u in seg):
            return text[seg[0].start : seg[-1].end]
    return None


def _strip_end(toks: list[Token], end: int) -> int:
    """Exclusive token index with the final full stop dropped."""
    while end > 0 and toks[end - 1].text in ".!?" and not toks[end - 1].quoted:
        end -= 1
    return end


# Where a headline turns to a second speech act: `X says A; Y denies`, `X says A - Y`,
# `X admits A, denies B`, `X calls report "fake" as Y admits delays`.
_HEADLINE_SECOND = re.compile(
    r";\s+(?=\S)|\s+[-–—]\s+(?=[A-Z])|,\s+(?=(?:den(?:y|ies)|reject|dismiss|disput|confirm|admit)"
    r"\w*\b)|\s+as\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:den(?:y|ies)|reject|"
    r"dismiss|disput|confirm|admit|say)\w*\b)"
)


HEADLINE_WORDS = 18  # beyond, a headline paragraph is lines joined (a list of key events)


def _headline_second_clause(unit: Unit, text: str, fs: list[Frame]) -> list[Frame]:
    """`Male says trawler fished illegally; Colombo denies`, `Egypt admits talks, denies any
    discount`: a headline of two speech acts, the second after the turn, gives two frames;
    a second clause with no subject of its own is the first one's speaker's."""
    words = text[unit.start : unit.end]
    m = _HEADLINE_SECOND.search(words)
    if m is None or m.start() == 0 or len(fs) != 1:
        return fs
    cut = unit.start + m.start()
    rest = unit.start + m.end()
    line_end = text.find("\n", rest, unit.end)
    if line_end >= 0 or "\n" in text[unit.start : cut]:
        return fs  # a headline block of several lines: each line is a headline of its own
    first = Unit(
        unit.start, cut, [t for t in unit.tokens if t.end <= cut], unit.paragraph, unit.index
    )
    second = Unit(
        rest, unit.end, [t for t in unit.tokens if t.start >= rest], unit.paragraph, unit.index
    )
    one = frames_for_unit(first, text, True)
    two = frames_for_unit(second, text, True)
    if len(one) != 1 or one[0].speaker is None:
        return fs
    lead = second.tokens[0] if second.tokens else None
    vclass = _verbs().get(lead.lower) if lead is not None else None
    if not two and lead is not None and vclass in ("deny", "confirm"):
        # `..., denies any discount`: the verb with no subject of its own
        two = [
            Frame(
                unit=second,
                verb=lead.text,
                vclass=vclass,
                speaker=one[0].speaker,
                start=rest,
                end=unit.end,
                content_start=lead.end + 1,
                frame_start=rest,
                frame_end=lead.end,
                rule="headline-second-clause",
                headline=True,
            )
        ]
    if len(two) != 1 or _verbs().get(two[0].verb.lower()) is None:
        return fs  # `...; paper stands by story`: no verb of saying, no second act read here
    if two[0].speaker is None:
        two[0].speaker = one[0].speaker
    if two[0].end <= two[0].content_start:
        if two[0].vclass not in ("deny", "confirm"):
            return fs
        # `...; Colombo denies`: the verb alone answers the first clause
        two[0].content_start = two[0].start = second.start
    two[0].rule = "headline-second-clause"
    fs[0].end = min(fs[0].end, cut)  # the first act's words end where the headline turns
    return fs + two


@cache
def _act_words() -> frozenset[str]:
    """Every word at which `frames_for_unit` can find an act: the one test most words need."""
    return frozenset(
        _DECLINE_WORDS
        | _STOOD_WORDS
        | _ISSUING
        | {"according", "pointed", "points", "asked", "put", "advised", "appealed", "invited"}
        | {"quotes"}
        | {"expressed", "expresses"}
        | {"was", "is", "were", "are"}
        | {k.split()[0] for k in lexicon.table("phrasal_answers.txt")}
        | set(_verbs())
        | set(_participles())
    )


def frames_for_unit(unit: Unit, text: str, headline: bool) -> list[Frame]:
    """All speech acts of one sentence unit."""
    toks = _strip_dateline(unit, text)
    if not toks:
        return []
    verbs = _verbs()
    parts = _participles()
    frames: list[Frame] = []
    n = len(toks)
    i = 0
    covered_from = n + 1  # token index from which content of the main frame runs
    relayed: Mention | None = None  # an `According to X,` source relaying the act after it
    acts = _act_words()
    # the words that may open an act, in order: the loop goes from one to the next, past the
    # words between them (each opens none of the acts below: every branch would pass it)
    opens = [k for k, t in enumerate(toks) if not t.quoted and t.lower in acts]
    while i < n:
        t = toks[i]
        if t.quoted or t.lower not in acts:
            k = bisect_right(opens, i)
            i = opens[k] if k < len(opens) else n
            continue
        lw = t.lower
        vclass: str | None = None
        vlen = 1
        # the two helpers match only after one of these words: skip the calls elsewhere
        dl = _decline_at(toks, i) if lw in _DECLINE_WORDS else 0
        sb = _stood_by_at(toks, i) if lw in _STOOD_WORDS else 0
        if dl:
            vclass, vlen = "decline", dl
        elif sb:
            vclass, vlen = "confirm", sb
        elif lw == "according" and i + 1 < n and toks[i + 1].lower == "to":
            vclass, vlen = "according", 2
        elif lw in _ISSUING and (issued := _issued_text_at(toks, i)) is not None:
            vclass, vlen = issued  # `the ministry issued a statement rejecting the report`
        elif (
            not headline
            and i + 1 < n
            and (pv := _phrasal_answer_at(toks, i)) is not None
            and on("phrasal-answer")
        ):
            # `Colombo pushed back on Wednesday`, `Mexico hit back`; a live blog's heading
            # `Operator hits back` announces the entry below, whose words are the answer
            vclass, vlen = pv, 2
        elif (
            lw in ("expressed", "expresses")
            and (ev := _expressed_view_at(toks, i)) > 0
            and _valid_verb(toks, i)
            and on("expressed-view-that")
        ):
            vclass, vlen = "say", ev  # `X expressed (the) opinion that ...`: X says it
        elif (
            lw in ("was", "is", "were", "are")
            and (cat := _categorical_that(toks, i)) > 0
            and i > 0
            and toks[i - 1].lower not in ("it", "this", "that", "there", "what")
            and on("was-categorical-that")
        ):
            # `Dena was however categorical that "..."`, `The ministry is emphatic that ...`
            vclass, vlen = "say", cat
        elif (
            lw in ("pointed", "points")
            and i + 1 < n
            and toks[i + 1].lower == "out"
            and _valid_verb(toks, i)
            and on("pointed-out")
        ):
            vclass, vlen = "say", 2  # `Lü pointed out that, according to customs data, ...`
        elif (
            lw == "put"
            and i + 3 < n
            and toks[i + 1].lower == "it"
            and toks[i + 2].lower == "to"
            and _that_clause_within(toks, i + 3, 6)
            and _valid_verb(toks, i)
            and on("put-it-to")
        ):
            vclass, vlen = "say", 3  # `the chair put it to the minister that ...`: a question
        elif lw in verbs and _valid_verb(toks, i):
            vclass = verbs[lw]
        elif (
            lw == "quotes"
            and i > 0
            and not toks[i - 1].quoted
            and toks[i - 1].lower not in _DETS
            and any(
                toks[k].lower == "as" and toks[k + 1].lower == "saying"
                for k in range(i + 1, min(n - 1, i + 16))
            )
            and on("quotes-as-saying")
        ):
            vclass = "say"  # `The report quotes an unnamed official as saying that ...`
        elif (
            lw in ("asked", "advised", "appealed", "invited")
            and _asks_to_disregard(toks, i)
            and _valid_verb(toks, i)
            and on("asked-to-disregard")
        ):
            vclass = "say"  # `State House has asked Kenyans to disregard information that ...`
        elif lw == "asked" and _after_quoted_question(toks, i) and on("asked-quoted-question"):
            vclass = "say"  # `"Who pays for the lorries?" she asked.`: her words, a question
        elif lw in parts and i > 0 and toks[i - 1].text == "," and frames:
            role = parts[lw]
            if role == "new" and i + 1 < n and toks[i + 1].lower == "that":
                vclass = "say"
            elif role == "decline" and i + 2 < n and toks[i + 1].lower == "to":
                vclass = "decline"  # `..., declining to say whether ...`: a non-answer of its own
            elif role == "target":
                window = toks[i + 1 : i + 16]
                if any(w.lower == "that" for w in window) and any(
                    w.lower
                    in ("account", "claim", "report", "version", "story", "statement", "assertion")
                    for w in window
                ):
                    vclass = "deny"
            if vclass is None:
                i += 1
                continue
            prev = frames[-1]
            end = _strip_end(toks, n)
            if (
                vclass == "deny"
                and prev.unit is unit
                and not prev.quote_tail
                and (
                    prev.vclass == "deny"
                    or any(
                        u.lower in _NEGATIONS and not u.quoted and prev.content_start <= u.start
                        for u in toks[:i]
                    )
                )
                and on("participle-same-denial")
            ):
                # `X said none of its boats had fished there, disputing an account by Y that
                # ...`: the participle says again what the denial says; one statement
                prev.end = max(prev.end, toks[end - 1].end)
                if prev.target is None:
                    pcs = i + 2 if i + 1 < n and toks[i + 1].lower == "that" else i + 1
                    prev.target, _ = _target_and_embedded(toks, i, pcs, text, "deny")
                i = end
                continue
            if not prev.quote_tail and i > 1 and toks[i - 2].end < prev.end:
                prev.end = max(prev.start + 1, toks[i - 2].end)
            cs = i + 2 if toks[i + 1].lower == "that" else i + 1
            f = Frame(
                unit=unit,
                verb=lw,
                vclass=vclass,
                speaker=None,
                start=t.start if vclass in ("deny", "decline") else toks[min(cs, n - 1)].start,
                end=toks[end - 1].end,
                content_start=toks[min(cs, n - 1)].start,
                frame_start=t.start,
                frame_end=t.end,
                rule=f"participle-{lw}",
                optional=(lw == "adding"),
                headline=headline,
            )
            if vclass == "deny":
                tgt, _ = _target_and_embedded(toks, i, cs, text, "deny")
                f.target = tgt
            frames.append(f)
            i = end
            continue
        if vclass is None:
            i += 1
            continue
        # Inside the content of an earlier statement of this sentence: part of it, unless
        # coordinated (`..., but said`) or a relative clause (`..., which said`).
        prev_tok = toks[i - 1] if i > 0 else None
        coordinated = (
            prev_tok is not None and prev_tok.lower in ("but", "and") and vclass != "according"
        )
        relative = prev_tok is not None and prev_tok.lower in ("which", "who")
        after_quote = prev_tok is not None and (
            (prev_tok.mark == 2 and not _is_quoted_name(toks, i - 1))
            or (prev_tok.text == "," and i > 1 and toks[i - 2].mark == 2)
        )
        closes_relative = _closes_relative(toks, i, unit, frames)
        coordinated = coordinated or closes_relative
        clause_from = None
        if i >= covered_from and not (coordinated or relative or after_quote):
            clause_from = _new_subject_clause(toks, i)
            if clause_from is None:
                if vclass == "say" and frames and on("reported-tail"):
                    _reported_tail(toks, i, vlen, unit, text, frames)
                i += vlen
                continue
        built = _build_frame(
            toks,
            i,
            vlen,
            vclass,
            unit,
            text,
            frames,
            headline,
            coordinated,
            relative,
            after_quote,
            clause_from,
        )
        if built is not None and clause_from is not None and toks[clause_from - 1].lower == "after":
            # `X denied ..., after a newspaper reported that ...`: the report summed up in the
            # answer's sentence, as a headline sums it up; its full telling, if any, comes after
            built.optional = True
        if built is not None and clause_from is not None and frames:
            # `X said A, and Y said B`: A ends before the comma of the new clause
            cut = clause_from - 2
            if toks[clause_from - 1].lower == "after":
                # `..., a day after Y reported`: back to the comma before the time span
                while cut > 0 and toks[cut].text != "," and clause_from - cut < 5:
                    cut -= 1
            while cut > 0 and (toks[cut].text in ",;" and not toks[cut].quoted):
                cut -= 1
            if frames[-1].start < toks[cut].end < frames[-1].end:
                frames[-1].end = toks[cut].end
        if built is None:
            i += vlen
            continue
        if (
            built.rule == "according-to"
            and built.content_start >= built.frame_end
            and built.speaker is not None
            and _speech_before_colon([u for u in toks if u.start >= built.frame_end])
            and on("according-to-inner-speech")
        ):
            # `According to the report of our correspondent, the spokesman in his press
            # conference stated: ...`: the clause is a speech act of its own, whose speaker the
            # colon frame finds; the source only relays it
            relayed = built.speaker
            i += vlen
            continue
        f = built
        if closes_relative:
            # the relative clause ends at the comma before the sentence's own verb
            frames[-1].end = min(frames[-1].end, toks[i - 2].end)
        if (
            f.rule == "coordinated"
            and f.vclass == "decline"
            and prev_tok is not None
            and prev_tok.lower == "and"
            and frames
            and frames[-1].unit is unit
            and frames[-1].vclass in ("say", "deny", "confirm", "claim")
            and not frames[-1].quote_tail
            and on("said-and-declined")
        ):
            # `X said A and declined to comment further`: one statement, A and the refusal
            frames[-1].end = max(frames[-1].end, f.end)
            i += vlen
            continue
        if relayed is not None and f.relay is None and f.vclass != "according":
            f.relay_source, relayed = relayed, None
        if f.speaker is not None and f.speaker.verb is None:
            f.speaker.verb = f.verb
            f.speaker.relay = f.relay
            f.speaker.cited = list(f.cited)
        frames.append(f)
        second = _second_reported_clause(toks, f) if f.vclass == "claim" else None
        if second is not None:
            frames.append(second)
        covered = next((j for j, u in enumerate(toks) if u.start >= f.content_start), n)
        covered_from = max(covered, i + vlen)
        if f.quote_tail or f.vclass == "according":
            covered_from = n + 1 if f.quote_tail else covered_from
        i += vlen
    return frames


def _reported_tail(
    toks: list[Token], i: int, vlen: int, unit: Unit, text: str, frames: list[Frame]
) -> None:
    """`The ministry has told the operator to stop, two of the people said.`, `The Courier
    stands by its story, its editor, Ana Roe, said in a statement.`: a sentence whose verb of
    saying comes last, after a comma, with a speaker of its own; the sentence before the
    comma, verbs of saying and all, is that speaker's words (no quotation marks)."""
    prev = frames[-1]
    if (
        prev.unit is not unit
        or prev.quote_tail
        or prev.question_turn
        or prev.vclass in ("according", "turn")
        or not _is_tail(toks, i + vlen - 1, i + vlen)
    ):
        return
    last = i - 1 if toks[i - 1].text == "," else i  # `..., its editor, Ana Roe, said`
    comma = last - 1
    while comma >= 0 and toks[comma].text != ",":
        if toks[comma].quoted or toks[comma].lower in _verbs() or toks[comma].lower in _AUX:
            return
        comma -= 1
    if comma < 2 or last - comma - 1 > 8:
        return
    region_from = comma + 1
    back = comma - 1
    while back >= 0 and toks[back].text != "," and comma - back <= 8:
        back -= 1
    if back >= 1 and toks[back].text == "," and _is_role_phrase(toks[back + 1 : comma]):
        region_from = back + 1  # `its managing editor, Ana Roe, said`
    subject = _analyse_subject(toks[region_from:last], text)
    if subject is None or subject.mention is None or subject.mention.pronoun:
        return
    sp = subject.mention
    if not (sp.text[:1].isupper() or sp.text.split()[0].lower() in _DETS | _PLURAL_NUMBERS):
        return
    if toks[region_from - 1].start <= prev.start:
        return
    named = prev.speaker is not None and not prev.speaker.pronoun
    if (
        named
        and sp.text.split()[-1].lower() in lexicon.words("issued_texts.txt")
        and sp.text.split()[0].lower() in ("a", "an")
        and on("statement-tail-keeps-speaker")
    ):
        return  # `The ministry denied the charges, an official statement said`: its statement
    if named and prev.speaker is not None:
        first = prev.speaker.text.split()[0].lower()
        relay = sp.text.lower().startswith("the ") and len(sp.text.split()) <= 3
        if relay and first not in _DETS and not first.endswith(("'s", "’s")):
            return  # `Roe said ..., the agency said`: the agency relays Roe's words
    end = _strip_end(toks, len(toks))
    prev.speaker = sp
    prev.vclass = "say"
    prev.verb = " ".join(u.lower for u in toks[i : i + vlen])
    prev.start = toks[0].start if toks[0].start < prev.start else prev.start
    prev.end = max(prev.end, toks[end - 1].end)
    prev.content_start = prev.start
    prev.frame_start = sp.start
    prev.frame_end = toks[i + vlen - 1].end
    prev.verb_start = toks[i].start
    prev.rule = "reported-tail"
    prev.target = None
    prev.embedded = None
    prev.cited = []


def _second_reported_clause(toks: list[Token], f: Frame) -> Frame | None:
    """`The paper reported that A, and that B`: a report's second that-clause is a claim of its
    own (the answers often take up one of the two); A ends before `, and that`."""
    if f.quote_tail or f.headline or not on("report-second-that"):
        return None
    for k in range(1, len(toks) - 2):
        c, a, th = toks[k - 1], toks[k], toks[k + 1]
        if c.start < f.content_start or th.end > f.end:
            continue
        if (
            c.text == ","
            and a.lower == "and"
            and th.lower == "that"
            and not (c.quoted or a.quoted or th.quoted)
            and k + 3 < len(toks)
        ):
            first_end = toks[k - 2].end
            if first_end <= f.content_start:
                return None
            second = Frame(
                unit=f.unit,
                verb=f.verb,
                vclass=f.vclass,
                speaker=None,
                start=toks[k + 2].start,
                end=f.end,
                content_start=toks[k + 2].start,
                frame_start=f.frame_start,
                frame_end=f.frame_end,
                rule="report-second-that",
                verb_start=f.verb_start,
                headline=f.headline,
            )
            f.end = first_end
            return second
    return None


def _parenthetical(toks: list[Token], verb_end: int) -> bool:
    """`Peru, the minister said (on Monday), would not sign`: a comma closes the attribution
    within a few words of its verb, and what was said goes on after it."""
    for u in toks[verb_end : verb_end + 5]:
        if u.text == "," and not u.quoted:
            return True
        if u.lower == "that" or u.quoted or u.text in ".;:":
            return False
    return False


_CLAUSE_LINKS = frozenset(("and", "but", "while", "whereas", "after"))
# `X denied ..., a day after a newspaper reported that ...`: how long after, before `after`
_SPAN_BEFORE_AFTER = frozenset("day days hours weeks week month months".split())


def _new_subject_clause(toks: list[Token], v: int) -> int | None:
    """`X said A, and Brazil's foreign minister called it "B"`: a verb of saying inside an
    earlier statement's words that has a subject of its own after `, and` / `, but` / `while`;
    the index of that subject's first word."""
    titles = lexicon.words("titles.txt") | lexicon.words("org_heads.txt")
    head = v
    if (
        v > 2
        and toks[v - 1].lower in _AUX
        and toks[v - 1].lower in ("has", "have", "had")
        and on("new-subject-perfect")
    ):
        head = v - 1  # `..., but the Kessians have complained that ...`: the perfect's auxiliary
    for k in range(head - 1, max(-1, head - 10), -1):
        u = toks[k]
        if u.quoted or u.text in ",;:." or u.lower in _verbs() or u.lower in _AUX:
            if u.lower not in _CLAUSE_LINKS:
                return None
        if u.lower in _CLAUSE_LINKS:
            if u.lower == "after":
                if not on("after-report-clause") or _verbs().get(toks[v].lower) != "claim":
                    return None  # `after X reported`, `after X alleged`: a report's verb only
                # `..., after the daily X reported that`, `..., a day after a newspaper reported`
                before = k - 1
                if before > 1 and toks[before].lower in _SPAN_BEFORE_AFTER:
                    before -= 2 if toks[before - 1].lower in ("a", "an", "two", "three") else 1
                if before < 0 or toks[before].text != "," or toks[k + 1].lower in ("a", "an"):
                    return None  # (`after a newspaper reported`: the outlet named later, if at all)
                titles = titles | lexicon.words("media_cues.txt")
            np_ = toks[k + 1 : head]
            joined = k > 0 and (
                toks[k - 1].text == ","
                or toks[k - 1].mark == 2  # `... months," and Y called it ...`
                or u.lower in ("while", "whereas", "after")
            )
            if (
                joined
                and np_
                and _valid_np(np_)
                and (any(_is_cap(w) for w in np_) or any(w.lower in titles for w in np_))
                and np_[0].lower not in _PRONOUNS
            ):
                return k + 1
            return None
    return None


def _is_quoted_name(toks: list[Token], j: int) -> bool:
    """toks[j] closes a quoted name after an outlet word: the channel "Ala-Too Insider"."""
    if toks[j].mark != 2 or not on("quoted-outlet-name"):
        return False
    k = j - 1
    while k >= 0 and toks[k].mark != 1:
        k -= 1
    inner = toks[k + 1 : j]
    if (
        k >= 1
        and 1 <= len(inner) <= 6
        and _is_cap(inner[0])
        and not any(t.text in ",.;:!?" for t in inner)
        and on("quoted-programme-title")
    ):
        # `on the evening programme "Punct de vedere" on Tuesday, X said`, `Radio's
        # "Horizont" programme`: a work's title beside its noun, no quotation of speech
        nouns = lexicon.words("title_nouns.txt")
        after = toks[j + 1].lower if j + 1 < len(toks) else ""
        if toks[k - 1].lower in nouns or after in nouns:
            return True
    if k < 1 or not 1 <= len(inner) <= 5 or not all(_is_cap(t) or t.text == "-" for t in inner):
        return False
    cues = lexicon.words("media_cues.txt") | lexicon.words("org_heads.txt")
    cue = toks[k - 1].lower.split("-")[-1]
    if cue == "of" and k >= 2:
        # `The editor in chief of "Al-Hadath"`: a title of the named outlet
        cue = toks[k - 2].lower.split("-")[-1]
        cues = cues | lexicon.words("titles.txt")
    return cue in cues


# the object of an act that repeats nothing of what it answers: `X disputes that.`
_PRONOUN_OBJECTS = frozenset(("that", "this", "it", "so", "them"))


def _closes_relative(toks: list[Token], i: int, unit: Unit, frames: list[Frame]) -> bool:
    """`Agronord, which declined to comment on Monday, said on Wednesday that ...`: the verb
    after the comma that closes a relative clause of speech is the subject's own act, with
    content of its own (rule `relative-clause-then-verb`)."""
    if i < 2 or toks[i - 1].text != "," or toks[i - 1].quoted:
        return False
    if not frames or frames[-1].unit is not unit or frames[-1].rule != "relative":
        return False
    if frames[-1].vclass not in ("decline", "deny", "confirm"):
        return False  # `X, who writes the newsletter Y, said ...`: no act of its own
    r = _tok_index(toks, frames[-1].verb_start)
    if r < 1 or toks[r - 1].lower not in ("which", "who") or r >= i - 1:
        return False
    # the relative clause runs, comma-free and unquoted, from its verb to this comma
    if any(u.text in ",;:" or u.quoted or u.mark for u in toks[r : i - 1]):
        return False
    return on("relative-clause-then-verb")


def _tok_index(toks: list[Token], start: int) -> int:
    """Index of the token that starts at `start` (-100 when none does)."""
    return next((k for k, u in enumerate(toks) if u.start == start), -100)


_SITE_WORDS = frozenset("website site account page channel feed".split())


def _document_source(seg: list[Token]) -> list[Token]:
    """`according to figures from the port authority`, `according to a statement on the
    department's website`: the issuer of the cited text, not the text."""
    k = 0
    if seg and seg[0].lower in _DETS:
        k = 1
    nouns = lexicon.words("record_nouns.txt")
    if len(seg) - k >= 2 and seg[-1].lower in nouns and on("record-issuer"):
        return _record_issuer(seg, k, nouns)
    head = next((j for j in range(k, min(len(seg), k + 3)) if seg[j].lower in nouns), None)
    if head is None or head + 2 >= len(seg) or seg[head + 1].lower not in ("from", "on"):
        return seg
    rest = seg[head + 2 :]
    if seg[head + 1].lower == "on":
        # `on the department's website`: whose site it is
        own = next((j for j, u in enumerate(rest) if u.text.endswith(("'s", "’s"))), None)
        if own is None or own + 1 >= len(rest) or rest[own + 1].lower not in _SITE_WORDS:
            return seg
        name = rest[: own + 1]
        heads = lexicon.words("org_heads.txt") | lexicon.words("media_cues.txt")
        bare = name[-1].lower[:-2]
        ok = any(_is_cap(u) for u in name) or bare in heads
        return name if ok and len(name) <= 8 else seg
    return rest if _valid_np(rest) else seg


def _record_issuer(seg: list[Token], k: int, nouns: frozenset[str]) -> list[Token]:
    """`according to county figures`, `according to the TCDA's own figures`, `according to
    Philippine Statistics Authority data`: the record's issuer written before it, a possessor or
    a body's name or noun; the record itself is no actor (rule `record-issuer`)."""
    if len(seg) - k < 2 or seg[-1].lower not in nouns or len(seg) > k + 7:
        return seg
    mods = lexicon.words("record_modifiers.txt")
    own = next((j for j in range(k, len(seg) - 1) if seg[j].text.endswith(("'s", "’s"))), None)
    if own is not None:
        # the possessor, kept with its `'s` (the caller strips it)
        if all(u.lower in mods for u in seg[own + 1 : -1]):
            return seg[: own + 1]
        return seg
    end = len(seg) - 1
    while end > k and seg[end - 1].lower in mods:
        end -= 1
    issuer = seg[k:end]
    if not issuer or any(u.lower in mods for u in issuer):
        return seg
    heads = lexicon.words("org_heads.txt") | lexicon.words("record_issuers.txt")
    if all(_is_cap(u) for u in issuer) or issuer[-1].lower in heads:
        return seg[:k] + issuer
    return seg


_INVERTED_VERBS = frozenset(("said", "says", "added", "adds"))


# words that make the phrase after `said` a clause, not a speaker (`the paper stood by its ...`)
_NOT_IN_SPEAKER = (
    frozenset(
        "by its his her their to was is were are had has have would will could that it".split()
    )
    | _STOOD_WORDS
)


def _inverted_after_clause(
    toks: list[Token],
    v: int,
    verb_end: int,
    text: str,
    unit: Unit,
    frames: list[Frame],
    vclass: str,
    headline: bool,
) -> Frame | None:
    """`The proposal would move sales to a market price from July, said the people, who asked
    not to be identified.`: reported words without quotation marks, then the verb, then its
    speaker; the words before the comma are what the speaker said."""
    if (
        v < 5
        or toks[v - 1].text != ","
        or toks[v].lower not in _INVERTED_VERBS
        or any(f.unit is unit for f in frames)
        or not on("inverted-after-clause")
    ):
        return None
    np_ = _np_after(toks, verb_end)
    if not np_ or not _valid_np(np_) or np_[0].lower in _PRONOUNS:
        return None
    k = verb_end
    while k < len(toks) and toks[k].start < np_[-1].end:
        k += 1
    after = toks[k:]
    ends = not after or after[0].text in ".!?" or _day_len(after, 0) == len(after) - 1
    # `said Lars Holm, the chief financial officer.`: a name, then who it is (rule
    # `inverted-name-after-clause`: `said` takes no name as its object, so the name speaks)
    tail = len(np_)
    while tail > 0 and np_[tail - 1].text[:1].isupper():
        tail -= 1
    named = (
        tail < len(np_)
        and _is_name_like(np_[tail:])
        and all(not u.text[:1].isupper() for u in np_[:tail])  # `chief financial officer X`
        and on("inverted-name-after-clause")
    )
    described = (
        len(after) > 1
        and after[0].text == ","
        and (
            after[1].lower in _RELATIVE
            or after[1].lower in ("a", "an")
            or (named and after[1].lower == "the")
        )
    )
    if not (ends or described):
        return None
    before = toks[: v - 1]
    # a headline drops its verb `is` and quotes a word (`Port cap on copper trucks 'baseless',
    # says TPA`): the clause before the comma is still what the speaker said
    terse = headline and ends and on("headline-inverted-says")
    if len(before) < 4 or (any(u.quoted for u in before) and not terse):
        return None
    last_seg = _split_commas(before)[-1]
    # (`The talks collapsed, said the ministry.`: `said` and its speaker end the sentence)
    closes = (
        ends
        and np_[0].lower in ("the", "a", "an")
        and len(np_) <= 6
        and not any(u.text == "," for u in np_)
        # (`said the paper stood by its report`: a clause, not the speaker)
        and not any(
            u.lower in _verbs() or u.lower.endswith("ed") or u.lower in _NOT_IN_SPEAKER
            for u in np_[1:]
        )
        and on("inverted-closes-sentence")
    )
    if _is_name_like(last_seg) or not (
        terse or named or closes or any(u.lower in _AUX for u in before)
    ):
        # `The Chronicle's editor, Ramon Villareal, said the paper stood by ...`: a subject
        # with its name in apposition, not reported words
        return None
    mention = Mention(text[np_[0].start : np_[-1].end], np_[0].start, np_[-1].end)
    if described:
        rel = [u for u in after[1:] if u.text not in ".!?"]
        if rel:
            mention.extras.append(text[rel[0].start : rel[-1].end])
    return Frame(
        unit=unit,
        verb=toks[v].lower,
        vclass=vclass,
        speaker=mention,
        start=before[0].start,
        end=before[-1].end,
        content_start=before[0].start,
        frame_start=toks[v].start,
        frame_end=np_[-1].end,
        rule="inverted-after-clause",
        verb_start=toks[v].start,
        headline=headline,
    )


def _relative_frame(
    toks: list[Token],
    v: int,
    vlen: int,
    vclass: str,
    unit: Unit,
    text: str,
    headline: bool,
    named: str,
    inner: list[Token],
) -> Frame | None:
    """`..., who told it that A`: the relative pronoun's antecedent speaks A."""
    n = len(toks)
    ci, _, _ = _content_after(toks, v + vlen - 1, text)
    end = _strip_end(toks, n)
    if ci >= end:
        return None
    return Frame(
        unit=unit,
        verb=toks[v].lower,
        vclass=vclass,
        speaker=Mention(named, inner[0].start, inner[-1].end),
        start=toks[ci].start,
        end=toks[end - 1].end,
        content_start=toks[ci].start,
        frame_start=toks[v].start,
        frame_end=toks[min(ci, n - 1)].start,
        rule="quoted-source-relative",
        verb_start=toks[v].start,
        headline=headline,
    )


def _build_frame(
    toks: list[Token],
    v: int,
    vlen: int,
    vclass: str,
    unit: Unit,
    text: str,
    frames: list[Frame],
    headline: bool,
    coordinated: bool,
    relative: bool,
    after_quote: bool,
    clause_from: int | None = None,
) -> Frame | None:
    n = len(toks)
    t = toks[v]
    verb_end = v + vlen
    if vclass == "according":
        seg = []
        for u in toks[verb_end:]:
            if u.text in ",;." and not u.quoted:
                break
            seg.append(u)
        seg = [u for u in seg if not u.quoted]
        if not seg:
            return None
        if (
            frames
            and frames[-1].unit is unit
            and frames[-1].speaker is not None
            and 0 <= v - _tok_index(toks, frames[-1].verb_start) <= 8
            and on("according-to-after-said")
        ):
            # `"...," X said, according to a transcript published by Y`: X speaks; the
            # transcript is how the words are known
            return None
        if (
            _COURT_RECORD.search(" ".join(u.lower for u in seg))
            and (
                (frames and frames[-1].unit is unit and frames[-1].speaker is not None)
                or any(u.lower in _CLAIMING_PARTICIPLES for u in toks[:v])
            )
            and on("according-to-court-record")
        ):
            # `X has sued Y, alleging that ..., according to court filings`: X alleges; the
            # filings are where the allegation stands
            return None
        # `according to a report by the Alpine Courier` -> the Courier
        by = next((k for k, u in enumerate(seg) if u.lower == "by"), None)
        sp = seg[by + 1 :] if by is not None else seg
        if by is not None and len(sp) > 2 and on("according-to-issuer-day"):
            # `according to a statement issued by the ministry on Monday`: the issuer, not
            # the day it issued the statement
            for back in (3, 2):
                if len(sp) > back and _day_len(sp, len(sp) - back) == back:
                    sp = sp[:-back]
                    break
        record = False
        if by is None and on("according-to-document-source"):
            src = _document_source(sp)
            if (
                src is not sp
                and src
                and src[0].lower == "the"
                and not any(u.text[:1].isupper() for u in src[1:])
            ):
                # a bare definite issuer (`the department's website`) names no body met so
                # far and would stand as a body of its own beside the one it is: no statement
                return None
            record, sp = src is not sp, src
        if not sp:
            return None
        mention = Mention(text[sp[0].start : sp[-1].end], sp[0].start, sp[-1].end)
        if (
            record
            and sp[0].lower not in _DETS
            and not any(u.text[:1].isupper() for u in sp)
            and on("record-issuer")
        ):
            # `according to county figures`: the county the article names (`Istria County`)
            mention.text = "the " + mention.text
        if len(sp) == 1 and sp[0].lower in _OBJECT_PRONOUNS and on("according-to-pronoun"):
            # `According to her, ...`: the speaker she stands for, no actor called `her`
            mention.pronoun = True
            mention.text = _OBJECT_PRONOUNS[sp[0].lower]
        if mention.text.endswith(("'s", "’s")) and len(sp) > 1:
            mention = Mention(mention.text[:-2], mention.start, mention.end - 2)
        before = toks[:v]
        while before and before[-1].text == ",":
            before = before[:-1]
        after_end = v + vlen + len(seg)
        rest = toks[after_end:]
        relay = None
        r0 = 1 if rest and rest[0].text == "," else 0
        if len(rest) > r0 + 2 and rest[r0].lower == "quoted" and rest[r0 + 1].lower == "by":
            # `according to X, quoted by the agency Y, ...`: Y relays X's words
            k = r0 + 2
            while k < len(rest) and rest[k].text not in ",;." and not rest[k].quoted:
                k += 1
            if k > r0 + 2:
                relay = text[rest[r0 + 2].start : rest[k - 1].end]
                mention.relay = relay
                rest = rest[k:]
        if (
            len(rest) > 3
            and rest[0].text == ","
            and rest[1].lower in ("a", "an", "the")
            and _is_name_like(sp)
            and on("according-to-apposition")
        ):
            # `according to Sara Malik, a spokeswoman for the interior ministry`: her office
            k = 1
            while k < len(rest) and rest[k].text not in ",;.!?" and not rest[k].quoted:
                k += 1
            if k - 1 <= 10 and _is_role_phrase(rest[2:k]):
                mention.role = text[rest[1].start : rest[k - 1].end]
                rest = rest[k:]
        tail = [u for u in rest if u.text not in ",;."]
        if (
            before
            and tail
            and v > 0
            and toks[v - 1].text == ","
            and rest[0].text == ","
            and len(before) <= 12
            and not any(
                (u.lower == "that" and not _relative_that(before, i)) or u.lower in _verbs()
                for i, u in enumerate(before)
            )
            and on("according-to-parenthetical")
        ):
            # `The memo, according to the magazine, recommended that ...`: the whole sentence
            # around the parenthesis is what the source says
            cs, ce = before[0].start, tail[-1].end
        elif before:
            cs, ce = before[0].start, before[-1].end
        elif rest:
            r = [u for u in rest if u.text != ","]
            if not r:
                return None
            cs, ce = r[0].start, r[-1].end
        else:
            return None
        return Frame(
            unit=unit,
            verb="according to",
            vclass="claim",
            speaker=mention,
            start=cs,
            end=ce,
            content_start=cs,
            frame_start=t.start,
            frame_end=seg[-1].end,
            rule="according-to-record" if record else "according-to",
            headline=headline,
            relay=relay,
        )
    # Clause start: a closing quotation mark, a semicolon or colon, or the sentence start.
    left = max(0, v - 60)  # a speaker phrase lies within a few dozen words of its verb
    verbs = _verbs()
    taken = {f.verb_start for f in frames if f.unit is unit}
    if clause_from is not None:
        left = clause_from  # the subject of a new coordinated clause
    for j in range(v - 1, left - 1, -1):
        u = toks[j]
        if (
            u.lower == "that"
            and not u.quoted
            and j > left
            and (toks[j - 1].lower in _THAT_VERBS or verbs.get(toks[j - 1].lower) == "claim")
            and toks[j - 1].text.islower()
            and not toks[j - 1].quoted
            and (j < 2 or toks[j - 2].lower not in _DETS)  # `the claims that ...`: a noun
            and not coordinated
            and not relative
            and on("verb-inside-that-clause")
        ):
            # `The report claims that the ministry confirmed the deal`: the verb is inside
            # what another verb says; its own clause is no speech act of the sentence
            return None
        if (
            u.start in taken  # another act's verb: `X told reporters, while Y said ...`
            or (u.mark == 2 and not _is_quoted_name(toks, j))
            or (u.text in ";:" and not u.quoted)
            or (u.lower in verbs and not u.quoted and j >= v - 2 and toks[j + 1].lower != "by")
        ):
            left = j + 1
            break
        if u.lower in ("that",) and not u.quoted and frames and not coordinated:
            return None
    region = toks[left:v]
    speaker: Mention | None = None
    content_before: tuple[int, int] | None = None
    region_start = t.start
    quote_tail = False
    tail_lead_end = -1
    if relative:
        # `..., the Lerner government, which said ...` -> the antecedent.
        k = v - 2
        while k >= 0 and toks[k].text == ",":
            k -= 1
        seg = []
        if k > 1 and toks[k].mark == 2 and on("quoted-source-relative"):
            # `The paper cited "two officials in the grid administration", who told it that
            # ...`: the source named in quotation marks speaks
            q = k - 1
            while q >= 0 and toks[q].mark != 1:
                q -= 1
            inner = toks[q + 1 : k]
            if q >= 0 and 1 < len(inner) <= 10 and any(u.lower in _HUMAN_GROUPS for u in inner):
                source = text[inner[0].start : inner[-1].end]
                return _relative_frame(toks, v, vlen, vclass, unit, text, headline, source, inner)
        while k >= 0 and toks[k].text not in ",;:" and not toks[k].quoted:
            seg.insert(0, toks[k])
            k -= 1
        if (
            len(seg) > 1
            and seg[0].lower == seg[0].text
            and seg[0].lower.endswith("ing")
            and len(seg[0].lower) > 5
            and (seg[1].lower in _DETS or _is_cap(seg[1]))
            and on("relative-participle-lead")
        ):
            # `..., contradicting Ghana's energy minister, who told ...`: the participle's
            # object is the antecedent, not the participle
            seg = seg[1:]
        words_of = next(
            (
                m
                for m in range(len(seg) - 2, 0, -1)
                if seg[m].lower in ("of", "by", "from") and seg[m - 1].lower in _WORDS_NOUNS
            ),
            None,
        )
        by = next((m for m, u in enumerate(seg) if u.lower == "by"), None)
        if words_of is not None and toks[v - 1].lower == "who" and on("words-of-relative"):
            # `... angered by the remarks of a Vardian spokesman who said that ...`: the one
            # whose words they are speaks, not the sentence's subject
            if any(f.unit is unit and f.vclass == "deny" for f in frames):
                return None  # `X rejected the remarks of Y who said ...`: the denial's claim
            seg = seg[words_of + 1 :]
        elif by is not None:
            seg = seg[by + 1 :]
        elif (
            len(seg) > 2
            and seg[0].lower == "according"
            and seg[1].lower == "to"
            and on("according-to-document-source")
        ):
            # `..., according to a statement from her office, which said ...`: the issuer
            seg = _document_source(seg[2:])
        verb_at = next((m for m, u in enumerate(seg) if u.lower in _CLAUSE_VERBS), None)
        if verb_at is not None and on("relative-after-clause"):
            # `The report came amid tensions between Iran and the U.S., which accuses ...`:
            # the antecedent is the last noun phrase of the clause, not its subject
            cut = next(
                (m for m in range(len(seg) - 2, verb_at, -1) if seg[m].lower in _ANTECEDENT_CUTS),
                None,
            )
            if cut is None:
                return None
            if any(u.lower in _ACCUSATION_NOUNS for u in seg[:verb_at]):
                # `The accusation came from X, which said ...`: X's words are the accusation
                vclass = "claim"
            seg = seg[cut + 1 :]
        cited_at = next(
            (m for m, u in enumerate(seg) if u.lower in _CITING_VERBS),
            None,
        )
        if cited_at is not None and toks[v - 1].lower == "who" and on("relative-after-citing"):
            # `The report cited internal documents and two former employees who said ...`: the
            # people cited (after the last `and`) speak, not the report that cites them
            rest = seg[cited_at + 1 :]
            amp = max((m for m, u in enumerate(rest) if u.lower == "and"), default=-1)
            seg = rest[amp + 1 :]
        seg = _trim_np(seg)
        if not seg or not _valid_np(seg):
            return None
        speaker = Mention(text[seg[0].start : seg[-1].end], seg[0].start, seg[-1].end)
        region_start = t.start
    elif coordinated:
        speaker = None
        if not any(f.unit is unit for f in frames) and on("coordinated-subject"):
            # `Tejo Vivo has sampled the river since 2008, and said ...`: no act before it in
            # the sentence, so the sentence's subject speaks (not the last speaker)
            speaker = _sentence_subject(toks[:v], text)
        region_start = t.start
    else:
        inverted = _inverted_after_clause(toks, v, verb_end, text, unit, frames, vclass, headline)
        if inverted is not None:
            return inverted
        region_clean = region
        if region_clean and region_clean[0].text == ",":
            region_clean = region_clean[1:]
        if (
            len(region_clean) > 3
            and region_clean[1].text == ","
            and region_clean[0].text[:1].isupper()
            and region_clean[0].lower.endswith("ing")
            and len(region_clean[0].lower) > 5
            and on("opening-participle")
        ):
            # `Responding, the representative of Ostravia said`: the participle that opens
            # the sentence is no speaker
            region_clean = region_clean[2:]
        if not region_clean or all(u.text == "," for u in region_clean):
            if after_quote:
                np_ = _np_after(toks, verb_end)
                if not np_ or not _valid_np(np_):
                    return None
                speaker = Mention(text[np_[0].start : np_[-1].end], np_[0].start, np_[-1].end)
                # relative clause after the inverted speaker: `said Lina Brask, who heads X`
                after = toks[verb_end + len(np_) :]
                if len(after) > 2 and after[0].text == "," and after[1].lower in _RELATIVE:
                    rel = [u for u in after[1:] if u.text not in ".!?"]
                    speaker.extras.append(text[rel[0].start : rel[-1].end])
                named = _name_after_title(np_, after)
                if named:
                    # `said Croatia's economy minister, Marina Vuković, "..."`: the name speaks
                    speaker = Mention(
                        text[named[0].start : named[-1].end],
                        named[0].start,
                        named[-1].end,
                        role=speaker.text,
                    )
                quote_tail = True
            else:
                return None
        else:
            subj = _analyse_subject(region_clean, text, _parenthetical(toks, verb_end))
            if subj is None or subj.mention is None:
                return None
            speaker = subj.mention
            if speaker.text.lower() in _PLURAL_NUMBERS and re.search(r"[^s]s$", t.lower):
                # `Three disputes you may have missed`: a plural number with a verb in -s is
                # a noun phrase, not a speaker and a verb
                return None
            content_before = subj.content_before
            region_start = subj.region_start
            if (
                left > 0
                and toks[left - 1].mark == 2
                and region_clean[0].lower not in _SUBORDINATORS
                and not (
                    not _is_tail(toks, verb_end - 1, verb_end)
                    and not _parenthetical(toks, verb_end)
                    and on("quote-tail-needs-tail")
                )
            ):
                # (`X calls the report "fake" as Y admits delays`: Y says what follows)
                quote_tail = True
                lead_words = [
                    u for u in region_clean if u.end <= speaker.start and u.text not in ",;"
                ]
                if (
                    len(lead_words) >= 3
                    and any(u.lower in _AUX for u in lead_words)
                    and on("quote-then-clause-tail")
                ):
                    # `The service has been "suspended" until September while the track is
                    # relaid, the ministry said`: the words run on after the quotation
                    tail_lead_end = lead_words[-1].end
    # What the verb says.
    if quote_tail:
        # content: the quotation before (from its opening mark)
        qend = left - 1 if left > 0 else v
        while qend > 0 and toks[qend].mark != 2:
            qend -= 1
        qstart = qend
        while qstart > 0 and toks[qstart].mark != 1:
            qstart -= 1
        if toks[qstart].mark != 1:
            return None
        if qstart > 0 and not frames and toks[qstart - 1].text not in ":,;" and toks[0].mark != 1:
            # `A report that Y was "false and damaging", X said`: the clause is what was said
            qstart = 0
        end_tok = _strip_end(toks, n)
        # stop the attribution tail at a participle that starts a statement of its own
        for j in range(verb_end, end_tok):
            if toks[j].text == "," and j + 1 < end_tok and toks[j + 1].lower in _participles():
                end_tok = j
                break
        # a quotation split by its attribution: `"A," X said, "B."` is one statement
        qlast = qend
        for j in range(verb_end, min(end_tok, verb_end + 12)):
            if toks[j].mark == 1:
                if toks[j - 1].text == ",":
                    closing = next((x for x in range(j + 1, n) if toks[x].mark == 2), None)
                    qlast = closing if closing is not None else qlast
                break
            if toks[j].quoted or toks[j].text in ".;:":
                break
        qend_pos = max(toks[qlast].end, tail_lead_end)
        tail_relay = _relay(toks, v, text)
        quoted_one = _quoted_as_saying_tail(toks, v, verb_end, text)
        if quoted_one is not None and on("quoted-as-saying-tail"):
            # `"...," the agency quoted the deputy minister as saying`: the minister speaks,
            # the agency relays
            tail_relay = speaker.text if speaker is not None else tail_relay
            speaker = quoted_one
        return Frame(
            unit=unit,
            verb=t.lower,
            vclass=vclass,
            speaker=speaker,
            start=toks[qstart].start,
            end=qend_pos,
            content_start=toks[qstart].start,
            frame_start=toks[left].start if left < n else t.start,
            frame_end=toks[end_tok - 1].end if end_tok > 0 else t.end,
            rule="quote-tail",
            verb_start=t.start,
            headline=headline,
            quote_tail=True,
            relay=tail_relay,
        )
    if vclass == "say" and t.lower in ("quoted", "quotes"):
        # `agency X quoted Y as saying that ...`
        seg = []
        j = verb_end
        while j < n and toks[j].lower != "as" and toks[j].text not in ",;.":
            seg.append(toks[j])
            j += 1
        named_role = ""
        if (
            j < n
            and toks[j].text == ","
            and on("quoted-apposition-as-saying")
            and on("quoted-apposition")
        ):
            # (`quoted-apposition` is the same construction's name on another branch)
            # `quoted a teacher from Nitra, Peter Baláž, as saying`: the name in apposition
            comma = _comma_before_as_saying(toks, j + 1, j + 8)
            name = toks[j + 1 : comma] if comma is not None else []
            if comma is not None and _is_name_like(name) and seg:
                named_role = text[seg[0].start : seg[-1].end]
                seg, j = name, comma + 1
        role_after = None
        if (
            not named_role
            and j < n
            and toks[j].text == ","
            and seg
            and _is_name_like(seg)
            and seg[0].text[:1].isupper()
            and on("quoted-name-role-as-saying")
        ):
            # `quoted Farrukh Nazarov, deputy head of Tajik Railways, as saying`: the name,
            # then its role in apposition (the other order is read just above)
            comma = _comma_before_as_saying(toks, j + 1, j + 16)
            if comma is not None and comma > j + 1 and toks[j + 1].text[:1].islower():
                role_after = text[toks[j + 1].start : toks[comma - 1].end]
                j = comma + 1
        if (
            not named_role
            and role_after is None
            and j + 1 < n
            and toks[j].text == ","
            and toks[j + 1].lower in ("who", "whom", "whose")
            and seg
            and on("quoted-relative-as-saying")
        ):
            # `quoted an inspector, who was not named, as saying`, `quoted a senior official,
            # who spoke on condition of anonymity, as saying`: the one quoted, past the clause
            # that tells more of them
            comma = _comma_before_as_saying(toks, j + 2, j + 20)
            if comma is not None:
                j = comma + 1
        extras = [named_role] if named_role else []
        if on("quoted-source-unquoted"):
            # `quoted "a senior official in X" as saying`: the source without its marks
            while seg and seg[0].mark:
                seg = seg[1:]
            while seg and seg[-1].mark:
                seg = seg[:-1]
        if on("quoted-source-day-off"):
            # `quoted unnamed officials on Saturday as saying`: the day dates the quoting
            for k in range(1, len(seg)):
                if _day_len(seg, k) == len(seg) - k:
                    seg = seg[:k]
                    break
        if j + 1 < n and toks[j].lower == "as" and toks[j + 1].lower == "saying" and seg:
            relay = speaker.text if speaker else None
            speaker = Mention(
                text[seg[0].start : seg[-1].end],
                seg[0].start,
                seg[-1].end,
                role=role_after,
                extras=extras,
            )
            cs = j + 2
            if cs < n and toks[cs].lower == "that":
                cs += 1
            end = _strip_end(toks, n)
            if cs >= end:
                return None
            return Frame(
                unit=unit,
                verb="quoted",
                vclass="say",
                speaker=speaker,
                start=toks[cs].start,
                end=toks[end - 1].end,
                content_start=toks[cs].start,
                frame_start=region_start,
                frame_end=toks[cs - 1].end,
                rule="quoted-as-saying",
                relay=relay,
                headline=headline,
            )
        return None
    phrasal = vlen == 2 and f"{t.lower} {toks[v + 1].lower}" in lexicon.table("phrasal_answers.txt")
    if content_before is not None and not phrasal and _is_tail(toks, verb_end - 1, verb_end):
        end_tok = _strip_end(toks, n)
        act_subject = _inner_act_subject(toks, verb_end, content_before, text)
        if act_subject is not None and speaker is not None:
            # `Beijing, he said, denied that the encounters took place`: the clause's own verb
            # of denying is the act, its subject the speaker; the one who says so relays it
            relay_of = speaker.text
            speaker = act_subject
            return Frame(
                unit=unit,
                verb=toks[verb_end + 1].lower,
                vclass=_verbs()[toks[verb_end + 1].lower],
                speaker=speaker,
                start=content_before[0],
                end=toks[end_tok - 1].end,
                content_start=toks[verb_end + 2].start if verb_end + 2 < n else toks[-1].end,
                frame_start=content_before[0],
                frame_end=toks[verb_end + 1].end,
                rule="relayed-act",
                verb_start=toks[verb_end + 1].start,
                headline=headline,
                relay=relay_of,
            )
        return Frame(
            unit=unit,
            verb=t.lower,
            vclass=vclass,
            speaker=speaker,
            start=content_before[0],
            end=_split_quote_end(toks, verb_end, end_tok, content_before),
            content_start=content_before[0],
            frame_start=speaker.start if speaker else t.start,
            frame_end=toks[end_tok - 1].end if end_tok > 0 else t.end,
            rule="tail",
            verb_start=t.start,
            headline=headline,
            relay=_relay(toks, v, text),
            cited=_cited(toks, text),
        )
    cs_idx, fe_idx, colon = _content_after(toks, verb_end - 1, text)
    if vclass == "decline":
        cs_idx = verb_end
    end = _strip_end(toks, n)
    # A statement's own span ends where a participle starting another statement begins.
    for j in range(verb_end, end):
        u = toks[j]
        if u.text == "," and not u.quoted and j + 1 < end:
            w = toks[j + 1].lower
            role = _participles().get(w)
            if role == "new" and j + 2 < end and toks[j + 2].lower == "that":
                end = j
                break
            if (w in ("but",) and j + 2 < end and toks[j + 2].lower in _verbs()) or (
                w in ("which", "who") and j + 2 < end and toks[j + 2].lower in _verbs()
            ):
                end = j
                break
            if role == "target":
                window = toks[j + 2 : j + 17]
                if any(x.lower == "that" for x in window) and any(
                    x.lower in ("account", "claim", "report", "version", "story", "statement")
                    for x in window
                ):
                    end = j
                    break
        if u.lower == "but" and not u.quoted and j + 1 < end and toks[j + 1].lower in _verbs():
            end = j
            break
    if end <= v:
        end = _strip_end(toks, n)
    start_tok = toks[v] if speaker is None or speaker.pronoun else None
    start = start_tok.start if start_tok is not None else (speaker.start if speaker else t.start)
    start = min(start, t.start)
    said = [u for u in toks[verb_end:end] if u.text not in ",;.!?"]
    if (
        len(said) == 1
        and said[0].lower in _PRONOUN_OBJECTS
        and speaker is not None
        and not speaker.pronoun
        and toks[0].start < start
        and on("pronoun-object-whole-sentence")
    ):
        # `Argentina's food safety agency, SENASA, disputes that.`: the act says nothing but
        # its verb, so its words are the whole sentence, the description of its speaker too
        start = toks[0].start
    target, embedded = _target_and_embedded(toks, v + vlen - 1, cs_idx, text, vclass)
    if embedded is None and vclass in ("deny", "confirm"):
        embedded = _report_clause_embedded(toks, v + vlen, text)
    cs_pos = toks[cs_idx].start if cs_idx < n else t.end
    f = Frame(
        unit=unit,
        verb=" ".join(u.lower for u in toks[v:verb_end]),
        vclass=vclass,
        speaker=speaker,
        start=start,
        end=toks[end - 1].end,
        content_start=cs_pos,
        frame_start=region_start,
        frame_end=toks[fe_idx - 1].end if fe_idx > 0 else t.end,
        rule="coordinated"
        if coordinated
        else ("relative" if relative else ("colon" if colon else "verb")),
        target=target,
        embedded=embedded,
        cited=_cited(toks, text),
        relay=_relay(toks, v, text),
        headline=headline,
        colon=colon,
        verb_start=t.start,
    )
    return f


# `13:40 GMT - Transport minister Ana Kis: "We have not cancelled anything."` (live blogs,
# roundups, social cards): a speaker phrase, a colon, then a quotation.
_COLON_QUOTE = re.compile(
    r'^(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\b)?\s*[-–—|:]?\s*)?(?P<sp>[^":;.!?]{2,90}?)\s*:\s*"'
)
# The same read at a unit's start anywhere in the text (`match` anchors at the position given;
# `^` held it to the text's first character)
_COLON_QUOTE_AT = re.compile(_COLON_QUOTE.pattern[1:])


# `Osmonov was quoted by Kabar as saying that ...`: the quoted person speaks, the outlet relays.
_PASSIVE_QUOTED = re.compile(
    r"(?P<sp>[A-Z][^,;:\"“”]{1,80}?)(?P<app>,\s+[^,;:\"“”]{3,100},)?"
    r"\s+(?:was|were|has been|had been|is)\s+quoted\s+"
    r"(?:by\s+(?P<relay>[^,;:\"“”]{2,60}?)\s+)?as\s+(?:saying|telling\s+[^,;:]{2,40}?)\s+"
    r"(?:that\s+)?(?=\S)"
)


def _content_end(unit: Unit) -> int:
    """Where a unit's words end, closing punctuation and stray marks left out (`_strip_end`)."""
    end = _strip_end(unit.tokens, len(unit.tokens))
    return unit.tokens[end - 1].end if end else unit.end


def _passive_quoted(unit: Unit, text: str) -> list[Frame]:
    m = _PASSIVE_QUOTED.match(text, unit.start, unit.end)
    if m is None or (
        m.group("app") and not (on("passive-quoted-apposition") and on("quoted-apposition"))
    ):
        return []
    ce = _content_end(unit)
    if ce <= m.end():
        return []
    sp = Mention(m.group("sp"), m.start("sp"), m.end("sp"), verb="quoted")
    if m.group("app"):
        # `Ingrid Solheim, director of the exporters' forum, was quoted by X as saying`
        sp.role = m.group("app").strip(" ,")
    return [
        Frame(
            unit=unit,
            verb="quoted",
            vclass="say",
            speaker=sp,
            start=m.end(),
            end=ce,
            content_start=m.end(),
            frame_start=m.start(),
            frame_end=m.end(),
            rule="quoted-as-saying",
            relay=m.group("relay"),
        )
    ]


# `It was stated that ...`, `In the release, it was further clarified that ...`: the official
# register's passive, whose agent is the body whose statement the text is reporting
_PASSIVE_STATED = re.compile(
    r"(?:(?P<lead>(?:In|Through)\b[^,\n]{0,80}),\s*)?(?P<it>[Ii]t)\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:further\s+|also\s+)?(?:stated|clarified|added|noted|emphasi[sz]ed|stressed|pointed\s+out|"
    r"informed|mentioned|explained|maintained|asserted|averred|reiterated|affirmed|"
    r"underlined|underscored)\s+that\s+"
)


_STATEMENT_OF = re.compile(
    r"\b(?:of|by)\s+(?P<sp>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*))*)"
)


# A broadcast's hand-over to its reporter: `Our correspondent Nurul Aina reports.`, `Ama Owusu
# has more from Accra.`, `Our reporter sent this report.`
_HAND_OFF = re.compile(
    r"^(?:(?:Our|The|And)\s+)?(?:[\w-]+\s+){0,3}?(?:correspondent|reporter)?\s*"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+)?"
    r"(?:reports|has\s+more|has\s+the\s+story|has\s+this\s+report|sent\s+this\s+report)"
    r"(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*[.:]?$"
)


def _hand_off(text: str, unit: Unit) -> bool:
    # a hand-over is a short sentence; most sentences are passed over by their length alone
    return (
        unit.end - unit.start <= 90
        and _HAND_OFF.match(text[unit.start : unit.end].strip()) is not None
    )


def _passive_stated(unit: Unit, text: str) -> list[Frame]:
    m = _PASSIVE_STATED.match(text, unit.start, unit.end)
    if m is None or not on("passive-it-was-stated"):
        return []
    ce = _content_end(unit)
    if ce <= m.end():
        return []
    sp = Mention(m.group("it"), m.start("it"), m.end("it"), pronoun=True)
    by = _STATEMENT_OF.search(m.group("lead") or "")
    if by is not None:
        # `In the written statement of the Ministry of Trade, it was stated that`: its issuer
        at = m.start("lead") + by.start("sp")
        sp = Mention(by.group("sp"), at, at + len(by.group("sp")))
    return [
        Frame(
            unit=unit,
            verb="stated",
            vclass="say",
            speaker=sp,
            start=m.end(),
            end=ce,
            content_start=m.end(),
            frame_start=m.start(),
            frame_end=m.end(),
            rule="passive-it-was-stated",
        )
    ]


_ANSWER_AUX = frozenset("has have had would will also quickly swiftly".split())
_ANSWER_PRONOUNS = frozenset("it he she they".split())


# A comma then `a` or `an` as a word (tokens are parted by white space alone): what the
# apposition of _answered_apposition opens with.
_COMMA_A = re.compile(r",\s*an?\b", re.I)


def _answered_apposition(unit: Unit, text: str, fs: list[Frame]) -> list[Frame]:
    """`X accused Y of stalling, a charge Berlin rejected within hours`, `..., a claim the
    operator says is false`: a noun summing up the clause before, then another speaker's verb
    of saying; the apposition is that speaker's statement, and no part of the clause before."""
    if not _COMMA_A.search(text, unit.start, unit.end):
        return fs  # no `, a` or `, an` in the sentence: the token loop below cannot fire
    toks = unit.tokens
    nouns = lexicon.words("answered_nouns.txt")
    verbs = _verbs()
    for k in range(1, len(toks) - 3):
        c, det, noun = toks[k - 1], toks[k], toks[k + 1]
        if c.text != "," or c.quoted or det.lower not in ("a", "an") or noun.lower not in nouns:
            continue
        j = k + 2
        sp_from = j
        while j < len(toks) and j - sp_from < 8 and not toks[j].quoted:
            w = toks[j]
            if w.lower in verbs and j > sp_from and verbs[w.lower] in ("say", "deny"):
                break
            if w.text in ',;:."' or (w.lower in verbs and j == sp_from):
                j = len(toks)
                break
            j += 1
        if j >= len(toks) or toks[j].quoted:
            continue
        sp_to = j
        while sp_to > sp_from and (
            toks[sp_to - 1].lower in _ANSWER_AUX or toks[sp_to - 1].lower.endswith("ly")
        ):
            sp_to -= 1
        sp = toks[sp_from:sp_to]
        first = sp[0] if sp else None
        if first is None or not (
            (len(sp) == 1 and first.lower in _ANSWER_PRONOUNS)
            or first.lower in ("the", "its")
            or _is_cap(first)
        ):
            continue
        if any(w.lower in verbs or w.lower in _ANSWER_PRONOUNS for w in sp[1:]):
            continue
        end = _strip_end(toks, len(toks))
        if end <= j:
            continue
        lead = max(0, k - 4)  # a few words before the comma: a short apposition still matches
        mention = Mention(
            text[sp[0].start : sp[-1].end],
            sp[0].start,
            sp[-1].end,
            pronoun=len(sp) == 1 and first.lower in _ANSWER_PRONOUNS,
        )
        f = Frame(
            unit=unit,
            verb=toks[j].lower,
            vclass=verbs[toks[j].lower],
            speaker=mention,
            start=toks[lead].start,
            end=toks[end - 1].end,
            content_start=det.start,
            frame_start=sp[0].start,
            frame_end=toks[j].end,
            rule="answered-apposition",
            target=f"{det.text} {noun.text}",
            verb_start=toks[j].start,
        )
        kept = []
        for g in fs:
            if g.frame_start >= c.start or g.start >= c.start:
                continue  # the apposition's verb read as a statement of its own
            if g.end > c.start:
                g.end = c.start
            kept.append(g)
        return [*kept, f]
    return fs


# `A senior diplomat, speaking on condition of anonymity, was blunter: "..."`, `Lund put it more
# plainly: "..."`: the subject of a predicate that is no verb of saying, before the colon
_COLON_PREDICATE = re.compile(
    r"(?:,\s+[^,\"“”]{3,100},)?\s+(?:(?:was|were|is|are)\s+(?:(?:more|less|even|far|much)\s+)?"
    r"(?:blunt|blunter|direct|candid|frank|franker|plain|plainer|clear|clearer|sharper|succinct|"
    r"emphatic|forthright|categorical|defiant|dismissive|scathing|optimistic|cautious|upbeat)"
    r"|put\s+it\s+(?:(?:more|less)\s+)?\w+|went\s+further|goes\s+further)\s*$"
)


def _colon_quote(unit: Unit, text: str) -> list[Frame]:
    if text.find(":", unit.start, min(unit.end, unit.start + 120)) < 0:
        return []  # (no colon near the unit's start: the pattern cannot match)
    pattern = _COLON_QUOTE_AT if on("colon-quote-anywhere") else _COLON_QUOTE
    m = pattern.match(text, unit.start, unit.end)
    if m is None:
        return []
    if (
        pattern is _COLON_QUOTE_AT
        and unit.start > 0
        and len(text[unit.start : unit.end].split()) <= 14
        and not re.search(r"[.!?…]", text[m.end() : unit.end])
    ):
        # `Slovak ministry: "waiting for documents"`: a live blog's heading, no sentence
        return []
    if pattern is _COLON_QUOTE_AT and unit.start > 0 and "(@" in text[m.end() : unit.end]:
        return []  # `X answered on X: "..." — Name (@handle)`: a post, the posts pass reads it
    ss, se = m.start("sp"), m.end("sp")
    pred = _COLON_PREDICATE.search(text, ss, se)
    if pred is not None and pred.start() > ss and on("colon-quote-predicate"):
        se = pred.start()  # the subject of `was blunter:` speaks the quotation
    toks = [t for t in unit.tokens if ss <= t.start and t.end <= se]
    toks = _trim_np(toks)
    if not toks or not _valid_np(toks) or not (_is_name_like(toks) or _is_role_phrase(toks)):
        return []
    qs = m.end() - 1
    end = _strip_end(unit.tokens, len(unit.tokens))
    if end == 0 or unit.tokens[end - 1].end <= qs + 1:
        return []
    mention = Mention(text[toks[0].start : toks[-1].end], toks[0].start, toks[-1].end)
    return [
        Frame(
            unit=unit,
            verb=":",
            vclass="say",
            speaker=mention,
            start=qs,
            end=unit.tokens[end - 1].end,
            content_start=qs,
            frame_start=unit.start,
            frame_end=qs,
            rule="colon-quote",
            colon=True,
        )
    ]


# `Iran: U.S. did not besiege embassy`, `Kremlin: reports of talks are false`: a headline that
# gives its speaker, a colon, then the words (no quotation marks).
_HEADLINE_COLON = re.compile(r"^(?P<sp>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+(?P<c>\S)")
_HEADLINE_LABELS = frozenset(
    "analysis explainer live watch update updates breaking opinion editorial exclusive video "
    "photos factbox timeline interview review comment podcast correction".split()
)


def _headline_label(words: str) -> bool:
    """A label before a headline's colon that names no speaker: one of the words above, or a
    label of several words from `lexicon/headline_labels.txt` (`Fake News Alert`, `Fact
    Check`; rule `headline-label-phrases`)."""
    low = words.lower()
    if low in _HEADLINE_LABELS:
        return True
    return (
        " " in low and low in lexicon.words("headline_labels.txt") and on("headline-label-phrases")
    )


def _headline_colon(unit: Unit, text: str) -> list[Frame]:
    """`Iran: troops did not enter the embassy`: the headline's speaker before its colon."""
    m = _HEADLINE_COLON.match(text, unit.start, unit.end)
    if m is None or _headline_label(m.group("sp")):
        return []
    ss, se = m.start("sp"), m.end("sp")
    toks = [t for t in unit.tokens if ss <= t.start and t.end <= se]
    if not toks or not _valid_np(toks) or not _is_name_like(toks):
        return []
    words = m.group("sp").split()
    heads = lexicon.words("org_heads.txt") | lexicon.words("titles.txt")
    if len(words) == 1:
        low = words[0].lower()
        known = lexicon.country_index().get(low) or lexicon.institution_index().get(low)
        if known is None:
            return []  # `Ministry: ...`: a body named in full only below; the body will say it
    elif any(w.lower() in heads for w in words):
        return []
    end = _strip_end(unit.tokens, len(unit.tokens))
    cs = m.start("c")
    if end == 0 or len(text[cs : unit.tokens[end - 1].end].split()) < 3:
        return []
    return [_colon_frame(unit, text, (ss, se), (cs, unit.tokens[end - 1].end), (ss, cs))]


def _colon_frame(
    unit: Unit,
    text: str,
    speaker: tuple[int, int],
    said: tuple[int, int],
    attribution: tuple[int, int],
    rule: str = "headline-colon",
) -> Frame:
    """A headline's speech act told by a colon (`Iran: troops did not enter`, `Reports of
    talks baseless: MEA`): the speaker's span, the words said, and the attribution's span."""
    ss, se = speaker
    return Frame(
        unit=unit,
        verb=":",
        vclass="say",
        speaker=Mention(text[ss:se], ss, se),
        start=said[0],
        end=said[1],
        content_start=said[0],
        frame_start=attribution[0],
        frame_end=attribution[1],
        rule=rule,
        headline=True,
    )


# `China opposes U.S. report on fishing fleet: spokesperson`, `Reports of talks baseless: MEA`:
# a headline that names its speaker after a colon at its end (the agencies of Asia write so).
_HEADLINE_COLON_TAIL = re.compile(
    r"(?P<c>\S.{12,}?)\s*:\s+(?P<sp>(?:[A-Z][\w.'’-]*|[a-z]+)(?: [\w.'’-]+){0,3})\s*$"
)


def _headline_colon_tail(unit: Unit, text: str) -> list[Frame]:
    """`China firmly opposes U.S. report: FM spokesperson`: the words before the colon are the
    speaker's, who is a title, a body, a state or a person named in one to four words."""
    m = _HEADLINE_COLON_TAIL.match(text, unit.start, unit.end)
    if m is None or '"' in m.group("sp") or "|" in text[unit.start : unit.end]:
        return []  # (`Reporter : X | Editor : Y`: a page's credits)
    ss, se = m.start("sp"), m.end("sp")
    toks = [t for t in unit.tokens if ss <= t.start and t.end <= se]
    if not toks or not _valid_np(toks) or toks[-1].text in ".!?":
        return []
    words = [t.lower for t in toks]
    heads = lexicon.words("org_heads.txt") | lexicon.words("titles.txt")
    if len(toks) > 1 and all(t.text.isupper() for t in toks):
        return []  # `The statement reads in full: PRESS RELEASE`: a heading after the colon
    if len(toks) > 1 and any(w in lexicon.words("titles.txt") for w in words):
        return []  # `...: Tea Board chief`: a title that the story names in full below
    lower_only = not any(t.text[:1].isupper() for t in toks)
    if lower_only and not any(w in lexicon.words("titles.txt") for w in words):
        return []  # `...: grain rail freight` is a topic; `...: spokesperson` names one
    if not (
        any(w in heads for w in words)
        or " ".join(words) in lexicon.country_index()
        or " ".join(words) in lexicon.institution_index()
        or (_is_name_like(toks) and all(_is_cap(t) for t in toks) and 2 <= len(toks) <= 3)
        or (len(toks) == 1 and toks[0].text.isupper() and len(toks[0].text) >= 2)
    ):
        return []
    if any(w in _verbs() for w in words) or _headline_label(m.group("sp")):
        return []
    cs, ce = m.start("c"), m.end("c")
    if (
        len(text[cs:ce].split()) < 3
        or sum(c.isdigit() for c in text[cs:ce]) > 4
        or ":" in text[cs:ce]
    ):
        return []  # (`Jakarta, Thursday, 16 April 2026, 14:00 WIB Spokesperson: X`: a header)
    return [_colon_frame(unit, text, (ss, se), (cs, ce), (ce, se), "headline-colon-tail")]


# `Q. Is that right?`, `Q  Thank you.`, `A. We have seen the report.`: labels without a colon.
_BARE_TURN = re.compile(r"^(?:(Q)(?:\.|\s)|(A)\.)\s*(?=[A-Z\"“'‘])")


# `Q (Harian Pagi): ...`, `QUESTION (Reuters): ...`: a question turn with its outlet in brackets
_OUTLET_QUESTION = re.compile(r"^(Q|Question|QUESTION)\s*\([A-Z][^()\n]{1,40}\)\s*:\s+(?=\S)")


# `[00:01:40] Declan Furlong: ...`, `(12:04) Chair: ...`, `00:14:02 HOST: ...`: a transcript's
# time stamp before the turn's label (rule `timestamp-turn-label`)
_TURN_STAMP = re.compile(
    r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\d{1,2}:\d{2}:\d{2})\s+(?=[A-Z])"
)


# `Q87 Chair: ...`, `Q89 Alasdair Baird: ...`: a committee's numbered question before the
# asker's label (rule `numbered-question-label`)
_QUESTION_NUMBER = re.compile(r"^Q\d{1,4}\s+(?=[A-Z])")


def _stamp_end(par: str) -> int:
    """Length of the time stamp or question number opening a turn, 0 when there is none."""
    m = _TURN_STAMP.match(par)
    k = m.end() if m is not None and on("timestamp-turn-label") else 0
    q = _QUESTION_NUMBER.match(par[k:])
    return k + q.end() if q is not None and on("numbered-question-label") else k


def _numbered_question(p: Paragraph, text: str) -> bool:
    """`Q87 Chair: ...`: a turn a committee's record numbers as a question."""
    par = text[p.start : p.end]
    m = _TURN_STAMP.match(par)
    k = m.end() if m is not None and on("timestamp-turn-label") else 0
    return bool(_QUESTION_NUMBER.match(par[k:])) and on("numbered-question-label")


def _turn_label(p: Paragraph, text: str) -> tuple[str, int] | None:
    oq = _OUTLET_QUESTION.match(text[p.start : p.end])
    if oq is not None and on("question-outlet-label"):
        return oq.group(1), p.start + oq.end()
    k = _stamp_end(text[p.start : p.end])
    m = _TURN.match(text[p.start + k : p.end])
    if not m:
        r = records.record_label(text[p.start : p.end])
        if r is not None:
            return r[0], p.start + r[2]
        b = _BARE_TURN.match(text[p.start : p.end])
        if b is not None and on("bare-turn-labels"):
            return b.group(1) or b.group(2), p.start + b.end()
        return None
    label = records.strip_hon(m.group(1))
    if label.lower() in lexicon.words("stop_speakers.txt") or len(label) > 60:
        return None
    if label.lower() in lexicon.words("header_fields.txt") and on("header-field-no-turn"):
        return None  # `Date: June 4`, `Venue: ...`: a briefing's header, no one's turn
    body = p.start + k + m.end() - 1
    return label, body


def _group_claim(unit: Unit, text: str, body: int = 0) -> list[Frame]:
    """`Some of your critics say X` in a question turn: the critics' claim."""
    s = records.skip_noise(text, max(unit.start, body), unit.end)
    s += len(text[s : unit.end]) - len(text[s : unit.end].lstrip())
    g = records.group_claim(text, s, unit.end)
    if g is None:
        return []
    a, b, verb, cs = g
    ce = unit.end
    while ce > cs and text[ce - 1] in ".?!":
        ce -= 1
    return [
        Frame(
            unit=unit,
            verb=verb,
            vclass="claim",
            speaker=Mention(text[a:b], a, b, verb=verb),
            start=a,
            end=ce,
            content_start=cs,
            frame_start=s,
            frame_end=cs,
            rule="asked-group-claim",
        )
    ]


def _asked_report(unit: Unit, text: str) -> list[Frame]:
    """`Did X's own report say that Y?`, `the finding of X that Y`: X's claim Y."""
    g = records.asked_reports(text, unit.start, unit.end)
    if g is None:
        return []
    a, b, cs = g
    ce = unit.end
    while ce > cs and text[ce - 1] in '.?!"”':
        ce -= 1
    sp = Mention(text[a:b], a, b, verb="said")
    return [_claim_frame(unit, sp, a, cs, ce, "asked-report")]


# `A document seen by Baltic Wire shows that ...`, `a draft seen by the paper says ...`: what
# the outlet that saw a paper reports it to say.
_SEEN_DOCUMENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:document|memo|memorandum|letter|draft|e-?mail|copy|"
    r"note|minutes|cable|presentation|report|contract|agreement|plan|list|invoice)s?\s+"
    r"(?:[\w-]+\s+){0,4}?(?:seen|obtained|reviewed)\s+by\s+"
    r"(?P<sp>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}|the\s+(?:paper|newspaper|"
    r"agency|broadcaster|daily|weekly|magazine|site))\s*,?\s+"
    r"(?:shows?|showed|says?|said|states?|stated|indicates?|indicated|suggests?|suggested|"
    r"reveals?|revealed|confirms?|confirmed)\s+(?:that\s+)?",
)


_DOCUMENT_SPEAKER = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:document|memo|memorandum|letter|draft|e-?mail|"
    r"copy|note|minutes|cable|presentation|contract|agreement|plan|list|invoice)s?"
    r"(?:\s+(?:[\w-]+\s+){0,3}?(?:seen|obtained|reviewed)\s+by\s+.+)?$"
)


def _seen_document(unit: Unit, text: str) -> list[Frame]:
    """`A document seen by X shows that Y`: X's claim Y (the outlet reports what it saw)."""
    if not on("seen-document"):
        return []
    low = text[unit.start : unit.end]
    if " by " not in low or not ("seen" in low or "obtained" in low or "reviewed" in low):
        return []
    m = _SEEN_DOCUMENT.search(text, unit.start, unit.end)
    if m is None:
        return []
    ce = _content_end(unit)
    if ce <= m.end() + 10:
        return []
    sp = Mention(m.group("sp"), m.start("sp"), m.end("sp"))
    return [_claim_frame(unit, sp, m.start(), m.start(), ce, "seen-document")]


# `Asked about a report by the Gazette that Y, the spokesman said ...`, `a reporter from the
# daily X asked about its report that Y`: a report a question names, with its outlet.
_ASKED_ABOUT = re.compile(
    r"(?:^|(?<=[\s,]))(?P<asker>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:reporter|journalist|correspondent)\s+(?:from|of|with|for)\s+(?P<outlet>[^,;\"“”]+?)\s+)?"
    r"\b[Aa]sked\s+(?:\w+\s+)?(?:about|on|whether|if|to\s+comment\s+on|to\s+confirm)\s+"
    r"(?:(?P<own>its|their)\s+(?:own\s+)?|(?:a|an|the|recent|media|news|press|some)\s+)*"
    r"(?:reports?|claims?|allegations?|stor(?:y|ies)|articles?|accusations?)"
    r"(?:\s+(?:by|in|from)\s+(?P<sp>(?:the\s+)?[A-Z][^,;\"“”]*?))?\s+that\s+"
)


def _asked_about_report(unit: Unit, text: str) -> list[Frame]:
    """`Asked about a report by X that Y, ...`: X's claim Y, put to whoever answers."""
    if not on("asked-about-report"):
        return []
    words = text[unit.start : unit.end]
    if "sked" not in words:
        return []
    m = _ASKED_ABOUT.search(text, unit.start, unit.end)
    if m is None:
        return []
    if m.group("sp"):
        a, b = m.start("sp"), m.end("sp")
    elif m.group("own") and m.group("outlet"):
        a, b = m.start("outlet"), m.end("outlet")
    else:
        return []  # a report nobody is named for: no speaker, no statement
    cs = m.end()
    # the claim runs to the comma before the answer (`..., the spokesman said`) or the end
    ce = unit.end
    for t in unit.tokens:
        if t.start > cs and t.text == "," and not t.quoted:
            ce = t.start
            break
    while ce > cs and text[ce - 1] in ' .?!"”':
        ce -= 1
    if len(text[cs:ce].split()) < 3:
        return []
    sp = Mention(text[a:b], a, b, verb="reported")
    f = _claim_frame(unit, sp, m.start(), cs, ce, "asked-about-report")
    # put to one answer: the answer next to it takes it up (`disputes.asked_reports`), the
    # article's other answers are about its own accounts
    f.optional = True
    return [f]


# `The denial followed a report on Monday by the Tribune, citing two nurses, that Y`, `after a
# story in the Ledger that Y`: a report named by its outlet in a sentence with no verb of saying,
# its content told in a `that` clause. The outlet's claim Y (rule `report-noun-that`).
_REPORT_NOUN_THAT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|story|article|broadcast|investigation)\s+"
    r"(?:(?:on|last|this|earlier|published|aired|broadcast)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:by|in|from)\s+"
    r"(?P<sp>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.&-]*){0,4})"
    r"(?:\s*,\s*(?:citing|quoting|based\s+on)\s+[^,;\"“”]{3,120}?,)?"
    r"\s+(?:that|which\s+(?:said|claimed|alleged))\s+"
)


# `The Halifax Ledger's report that Y drew a denial`, `Gilles Poirier's account is that Y`,
# `The traders' account, first carried by this paper, was that Y`: a report or account named by
# its owner's possessive, its content in a `that` clause, in a sentence no verb of saying
# attributes (rule `possessive-report-that`).
_POSSESSIVE_REPORT_THAT = re.compile(
    r"(?P<sp>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|de)){0,5}|[Tt]he\s+[a-z]+s)"
    r"(?:['’]s|(?<=s)['’])\s+(?:own\s+|original\s+|first\s+|latest\s+)?"
    r"(?:report|story|article|account|version|claim|allegation|assertion)"
    r"(?:\s*,[^,;\"“”]{3,80},)?\s+(?:(?:is|was|had\s+been|has\s+been)\s+)?that\s+"
)
# What a match of each needs, found fast: the report noun after its possessive or before its
# outlet. The patterns open with a capital word, tried at every capital of every sentence;
# a sentence without the hint is spared them (the same matches).
_POSSESSIVE_REPORT_HINT = re.compile(
    r"['’]s?\s+(?:(?:own|original|first|latest)\s+)?"
    r"(?:report|story|article|account|version|claim|allegation|assertion)"
)
_REPORT_NOUN_HINT = re.compile(r"(?:report|story|article|broadcast|investigation)\s")


def _possessive_report_that(unit: Unit, text: str) -> list[Frame]:
    """`X's report that Y ...`, `X's account is that Y`: X's claim Y, with no verb of saying."""
    return _noun_that_claim(
        unit,
        text,
        _POSSESSIVE_REPORT_THAT,
        _POSSESSIVE_REPORT_HINT,
        "possessive-report-that",
        from_phrase=True,
    )


def _report_noun_that(unit: Unit, text: str) -> list[Frame]:
    """`The denial followed a report by X that Y`: X's claim Y, in a sentence no verb of saying
    attributes."""
    return _noun_that_claim(
        unit, text, _REPORT_NOUN_THAT, _REPORT_NOUN_HINT, "report-noun-that", from_phrase=False
    )


def _noun_that_claim(
    unit: Unit,
    text: str,
    pattern: re.Pattern[str],
    hint: re.Pattern[str],
    rule: str,
    *,
    from_phrase: bool,
) -> list[Frame]:
    """The claim a report noun and `that` carry (group `sp` its speaker): from the noun's phrase
    (a possessive, `X's report`) or from `that` on (`a report by X ... that`), when it runs on
    for four words or more. `hint` finds what every match of `pattern` holds."""
    if not on(rule) or hint.search(text, unit.start, unit.end) is None:
        return []
    m = pattern.search(text, unit.start, unit.end)
    if m is None:
        return []
    ce = _content_end(unit)
    while ce > m.end() and text[ce - 1] in '.?!"”':
        ce -= 1
    if len(text[m.end() : ce].split()) < 4:
        return []
    sp = Mention(m.group("sp"), m.start("sp"), m.end("sp"), verb="reported")
    return [_claim_frame(unit, sp, m.start(), m.start() if from_phrase else m.end(), ce, rule)]


# `..., with Washington accusing Moscow of keeping the findings secret and Moscow accusing
# Washington of leaking them`: an absolute clause whose participle accuses or argues.
_ACCUSING = r"(?:accusing|alleging|claiming|arguing|charging|blaming)\b"
_WITH_ACCUSING = re.compile(
    r"\bwith\s+(?P<sp>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+" + _ACCUSING
)
_AND_ACCUSING = re.compile(
    r"\s+and\s+(?P<sp>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+" + _ACCUSING
)


def _with_accusing(unit: Unit, text: str) -> list[Frame]:
    """`The two clashed over X, with A accusing B of Y (and B accusing A of Z)`: each accuser's
    claim, in a sentence with no verb of saying of its own."""
    if not on("with-accusing"):
        return []
    m = _WITH_ACCUSING.search(text, unit.start, unit.end)
    if m is None:
        return []
    ce = _content_end(unit)
    starts = [(m.start(), m.start("sp"), m.end("sp"))]
    pos = m.end()
    while (n := _AND_ACCUSING.search(text, pos, ce)) is not None:
        starts.append((n.start("sp"), n.start("sp"), n.end("sp")))
        pos = n.end()
    frames = []
    for k, (fs, a, b) in enumerate(starts):
        end = ce if k + 1 == len(starts) else text.rfind(" and ", fs, starts[k + 1][0])
        sp = Mention(text[a:b], a, b, verb="accusing")
        frames.append(_claim_frame(unit, sp, fs, fs, end, "with-accusing"))
    return frames


# `I think the department has been working on this swap since February.`, `I put it to you
# that ...`: an asker's own view, stated and not asked
_ASKER_VIEW = re.compile(
    r"(?:I\s+(?:think|believe|suspect|put\s+it\s+to\s+you|would\s+suggest|suggest)"
    r"|(?:[Ii]t\s+)?[Ss]eems\s+to\s+me)\s+(?:that\s+)?(?=\S)"
)


def _asker_view(unit: Unit, text: str, label: str, at: int) -> list[Frame]:
    """A named asker's sentence opening `I think ...` and ending on no question mark: the asker's
    own claim (rule `asker-own-view`)."""
    s = records.skip_noise(text, unit.start, unit.end)
    m = _ASKER_VIEW.match(text, s, unit.end)
    if m is None or label.lower() in ("q", "question", "reporter", "journalist"):
        return []
    ce = unit.end
    while ce > m.end() and text[ce - 1] in '.!"”':
        ce -= 1
    if text[ce - 1] == "?" or len(text[m.end() : ce].split()) < 5 or not on("asker-own-view"):
        return []
    sp = Mention(records.display(label), at, at + len(label))
    return [_claim_frame(unit, sp, s, m.end(), ce, "asker-own-view")]


def _claim_frame(unit: Unit, sp: Mention, fs: int, cs: int, ce: int, rule: str) -> Frame:
    return Frame(
        unit=unit,
        verb="said",
        vclass="claim",
        speaker=sp,
        start=cs,
        end=ce,
        content_start=cs,
        frame_start=fs,
        frame_end=cs,
        rule=rule,
    )


def _role(roles: dict[str, str], label: str) -> str | None:
    """`(Minister for Trade)` beside a record's label is the speaker's role; a party is not."""
    role = roles.get(label)
    titles = lexicon.words("titles.txt")
    if role and "," in role and on("record-role-body-apart"):
        # `(Deputy Minister, Department of Fisheries and Oceans)`: the title before the comma,
        # the body after it is her affiliation (affiliation.py, `body-beside-name`)
        title, _, rest = role.partition(",")
        if (
            rest.strip()[:1].isupper()
            and any(w in titles for w in title.lower().split())
            and records.names_a_body(rest)
        ):
            return title.strip()
    return role if role and any(w in titles for w in role.lower().split()) else None


def is_question_label(label: str) -> bool:
    """A transcript's turn label that names who asks: `Q`, `Reporter`, an outlet."""
    low = label.lower()
    if low in ("q", "question", "reporter", "journalist"):
        return True
    ws = set(low.split())
    return (
        bool(ws & lexicon.words("media_cues.txt"))
        or bool(ws & {"agency", "corporation"})
        or any(
            w.lower() in {m.lower() for m in lexicon.table("media_names.txt")}
            for w in label.split()
        )
    )


# The last document's turns: three stages ask for them. The key is the text itself (compared
# by identity first), the paragraph spans and the rules switched off.
_Spans = list[tuple[int, int, int]]
_TURNS_MEMO: list[tuple[str, _Spans, frozenset[str], dict[int, tuple[str, int]]]] = []


def transcript_turns(doc: Document) -> dict[int, tuple[str, int]]:
    """Paragraph index -> (label, body start) when the article is a briefing transcript."""
    spans = [(p.index, p.start, p.end) for p in doc.paragraphs]
    off = disabled()
    if _TURNS_MEMO:
        text, was, off_was, turns = _TURNS_MEMO[0]
        if text is doc.text and was == spans and off_was == off:
            return dict(turns)
    turns = _transcript_turns(doc)
    _TURNS_MEMO[:] = [(doc.text, spans, off, dict(turns))]
    return turns


# an honorific opening a turn's label: `Ms. `, `Mr `, `Dr. `
_LABEL_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+(?=[A-Z])")

# `She talked to Maren Holt about ...`, `We spoke to Ana Ruiz about ...`: who a magazine's
# interview without labels questions
_TALKED_TO = re.compile(
    r"\b(?:(?P<pro>He|She)\s+(?:talked|spoke|talks|speaks)\s+(?:to|with)\s+[A-Z]"
    r"|(?:We|I)\s+(?:talked|spoke|sat\s+down)\s+(?:to|with)\s+"
    r"(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}))"
)
_FULL_NAME = re.compile(r"\b[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,3}\b")


def unlabelled_interview(doc: Document) -> dict[int, tuple[str, int]]:
    """A magazine's interview whose questions carry no label (rule `unlabelled-interview`):
    after an introduction that names the one questioned (`She talked to Maren Holt ...`), short
    questions and answers alternate, three questions at least end on a question mark and no
    answer does. The questions are `Q` turns, the answers the named one's."""
    if not on("unlabelled-interview"):
        return {}
    text = doc.text
    pars = [p for p in doc.paragraphs if not p.headline]
    first = next(
        (
            k
            for k, p in enumerate(pars)
            if text[p.start : p.end].rstrip().endswith("?")
            and len(text[p.start : p.end].split()) <= 40
        ),
        None,
    )
    if first is None or first == 0:
        return {}
    who = None
    for p in pars[:first]:
        par = text[p.start : p.end]
        m = _TALKED_TO.search(par)
        if m is None:
            continue
        if m.group("who"):
            who = m.group("who")
        else:
            n = _FULL_NAME.search(par, 0, m.start())
            who = n.group() if n else None
    if who is None:
        return {}
    body = pars[first:]
    qs, ans = body[0::2], body[1::2]
    ends = [text[p.start : p.end].rstrip().endswith("?") for p in qs]
    if (
        sum(ends) < 3
        or 2 * sum(ends) < len(ends)
        or any(text[p.start : p.end].rstrip().endswith("?") for p in ans)
        or any(len(text[p.start : p.end].split()) > 60 for p in qs)
    ):
        return {}
    turns = {p.index: ("Q", p.start) for p in qs}
    turns.update({p.index: (who, p.start) for p in ans})
    return turns


def _transcript_turns(doc: Document) -> dict[int, tuple[str, int]]:
    turns = {}
    for p in doc.paragraphs:
        lab = _turn_label(p, doc.text)
        if lab:
            turns[p.index] = lab
    pars = {i: doc.text[doc.paragraphs[i].start : doc.paragraphs[i].end] for i in turns}
    if on("label-honorific-one-speaker"):
        # `Ms. Helene Tremblay-Roy (Deputy Minister, ...):`, read `Helene Tremblay-Roy`, then
        # `Ms. Helene Tremblay-Roy:`: one speaker, labelled the one way
        bare = {t[0] for t in turns.values()}
        turns = {
            i: (short if (short := _LABEL_HONORIFIC.sub("", t[0])) in bare else t[0], t[1])
            for i, t in turns.items()
        }
    holders = records.office_holders(pars)
    titled = [t[0] for t in turns.values()]
    # `The Prime Minister:` after `The Prime Minister (Sarah Kemp):` is Sarah Kemp
    turns = {i: (holders.get(t[0], t[0]), t[1]) for i, t in turns.items()}
    labels = [t[0] for t in turns.values()]
    if holders and on("chair-titled-record"):
        # `The Chair (Mr. X):` is a chair's turn although its label now reads `Mr. X`: the
        # record is told by its labels as written
        labels += titled
    if not records.is_record_or_broadcast(labels, doc.text):
        # `WASHINGTON (Reuters): ...`: a record's labels only in a record or a broadcast
        turns = {i: t for i, t in turns.items() if not _record_only(doc.paragraphs[i], doc.text)}
    if len(turns) < 3:
        turns = unlabelled_interview(doc)
    return turns if len(turns) >= 3 else {}


def _record_only(p: Paragraph, text: str) -> bool:
    par = text[p.start : p.end]
    if _OUTLET_QUESTION.match(par) and on("question-outlet-label"):
        return False
    return not _TURN.match(par[_stamp_end(par) :]) and not _BARE_TURN.match(par)


def is_briefing_label(label: str) -> bool:
    """A turn label that only a briefing writes: a question's (`QUESTION`, an outlet), an
    answer's (`A`, `ANSWER`) or a bare title (`SPOKESPERSON`)."""
    low = label.lower()
    return (
        is_question_label(label)
        or low in _ANSWER_LABELS
        or (low in lexicon.words("titles.txt") and on("briefing-labels-no-sections"))
    )


def _askers(doc: Document, turns: dict[int, tuple[str, int]]) -> frozenset[str]:
    """Labels of an interview's interviewer by name (`Anna Berg:`): every one of their turns,
    two at least, ends in a question mark, and someone else answers."""
    ends: dict[str, list[bool]] = {}
    for i, (label, _) in turns.items():
        p = doc.paragraphs[i]
        ends.setdefault(label, []).append(doc.text[p.start : p.end].rstrip().endswith("?"))
    askers = frozenset(k for k, v in ends.items() if len(v) >= 2 and all(v))
    return askers if askers and len(ends) > len(askers) and on("interviewer-turns") else frozenset()


_FIRST_PERSON_OUTLET = re.compile(
    r"^(?:our|we)\b(?:\s+(?:newspaper|paper|station|channel|agency|website|outlet|reporters?|"
    r"correspondents?|colleagues))?$",
    re.I,
)
_ANSWER_LABELS = frozenset(("a", "answer", "response", "reply"))


def _answerer(frames: list[Frame], turns_only: bool = False) -> Mention | None:
    """The speaker of the latest answer turn, else (unless `turns_only`) of the latest
    statement before the turns."""
    for f in reversed(frames):
        if f.question_turn or f.speaker is None or f.speaker.pronoun:
            continue
        if f.rule == "transcript-answer" or (f.turn is None and not turns_only):
            return f.speaker
    return None


# `the report in the Daily Ledger that ...`, `a story by X claiming ...`, `X's report that ...`
_REPORT_NOUN = re.compile(
    r"\b(?:(?:the|a|an|this|that|recent)\s+)?(?:(?:media|news|press)\s+)?"
    r"(?:report|reports|article|story|claims?|allegations?)\s+(?:in|by|from|of)\s+"
    r"(?P<sp>(?:the\s+)?[A-Z][\w.'&-]*(?:\s+(?:[A-Z][\w.'&-]*|of|de|do|da)){0,5})"
    r"(?:,[^,]{0,60},)?\s+(?:that|claiming(?: that)?|saying(?: that)?|alleging(?: that)?)\s+"
)


def _report_noun_claim(unit: Unit, text: str) -> list[Frame]:
    """A claim named by its source inside a question: `Can you confirm the report by X that Y?`"""
    m = _REPORT_NOUN.search(text, unit.start, unit.end)
    if m is None:
        return []
    ce = _content_end(unit)
    if ce <= m.end():
        return []
    sp = Mention(m.group("sp"), m.start("sp"), m.end("sp"))
    return [
        Frame(
            unit=unit,
            verb="report",
            vclass="claim",
            speaker=sp,
            start=m.end(),
            end=ce,
            content_start=m.end(),
            frame_start=m.start(),
            frame_end=m.end(),
            rule="report-noun",
        )
    ]


# A sentence with no speech act that presents a person as its subject: `Rautio himself was more
# conciliatory.`, `Dr Ana Ruiz, a fellow at X, has read the memo.`, `Uzbekistan's deputy
# minister, Jamshid Nurmatov, was more guarded ...`
_NAME_RUN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_PRESENTED = re.compile(
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>{_NAME_RUN})(?:,\s+(?P<app>[^,\"“]{{3,120}}),)?"
    r"\s+(?:himself\s+|herself\s+)?(?:was|is|has|had|[a-z]{3,}ed)\b"
    rf"|(?P<role>[A-Z][^,\"“\n]{{3,60}}),\s+(?P<name2>{_NAME_RUN}),\s+"
    r"(?:was|is|has|had|[a-z]{3,}ed)\b"
)


_LEAD_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ing|ed)\b[^,\"“”]{0,100},\s+")


# `TTMA president Richard Roe was not persuaded.`, `Yaw Boakye, who chairs X, put it more
# bluntly`: a sentence opening with a name (after its title), then a verb that is no speech.
_TITLED_PRESENTED = re.compile(
    r"(?P<lead>[A-Z][^,\"“”\n]{2,100}?)(?:,\s+(?P<app>(?:who|a|an)\s[^,\"“]{3,120}),)?"
    r"\s+(?:himself\s+|herself\s+)?(?:was|is|has|had|went|put|gave|took|spoke|[a-z]{3,}ed)\b"
)


def _titled_presented(u: Unit, text: str) -> Mention | None:
    """The person `_TITLED_PRESENTED` finds: the name is the last two or three capitalised
    words before the verb; the words before it, when they hold a title, are her role."""
    m = _TITLED_PRESENTED.match(text, u.start, u.end)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group("lead")))
    k = len(words)
    while k > 0 and re.fullmatch(r"[A-Z][\w'’.-]+", words[k - 1].group()) and len(words) - k < 3:
        k -= 1
    stop = lexicon.words("titles.txt") | lexicon.words("org_heads.txt")
    while len(words) - k > 2 and (
        words[k].group().lower().rstrip(".") in stop
        or (k > 0 and words[k - 1].group() in ("of", "and", "for"))
    ):
        k += 1  # `Reeve Harold Stedman`, `Minister of Energy and Mines Bounthavy Sisouphanh`
    name_words = [w.group() for w in words[k:]]
    if len(name_words) < 2 or any(w.lower().rstrip(".") in stop for w in name_words):
        return None
    role_words = [w.group().lower() for w in words[:k]]
    if not role_words or not any(w.rstrip(".") in lexicon.words("titles.txt") for w in role_words):
        if role_words or not m.group("app"):
            return None  # `Yaw Boakye, who chairs X, put it`: no title, but described
    start = m.start("lead") + words[k].start()
    end = m.start("lead") + words[-1].end()
    role = text[m.start("lead") : m.start("lead") + words[k - 1].end()] if k else None
    app = m.group("app")
    return Mention(text[start:end], start, end, role=role, extras=[app] if app else [])


def _introduced_person(u: Unit, text: str) -> Mention | None:
    """The person a sentence with no speech act presents as its subject: the `he` or `she` who
    speaks in the next sentence."""
    if not on("presented-speaker"):
        return None
    m = _PRESENTED.match(text, u.start, u.end)
    if m is None and on("presented-after-participle"):
        # `Speaking to reporters at X, the cabinet chief, Y, was more blunt.`
        lead = _LEAD_PARTICIPLE.match(text, u.start, u.end)
        if lead is not None:
            m = _PRESENTED.match(text, lead.end(), u.end)
    if m is None and on("presented-titled-name"):
        return _titled_presented(u, text)
    if m is None:
        return None
    g = "name" if m.group("name") else "name2"
    name = m.group(g)
    if name.split()[0] in ("The", "A", "An", "It", "This", "That", "He", "She", "They"):
        return None
    # her description goes with her: `a senior fellow at X` (her body), `X's deputy minister`
    app = m.group("app")
    return Mention(
        name,
        m.start(g),
        m.end(g),
        role=m.group("role") if g == "name2" else None,
        extras=[app] if app and re.match(r"(?:an?|who)\s", app) else [],
    )


_HEADER_LABEL = re.compile(r"^([A-Z][a-z]+)\s*:\s")


_WIRE_NOTE = re.compile(r"\(\s*([A-Za-z]+)\b[^()]*\)\s*$")


def _wire_note(p: Paragraph, text: str) -> bool:
    """`(Corrects paragraph 5 to say the newspaper cited officials)`, `(Adds ministry comment
    in paragraph 6)`: a wire service's note on the story's versions, in parentheses."""
    m = _WIRE_NOTE.match(text, p.start, p.end)
    return (
        m is not None and m.group(1).lower() in lexicon.words("wire_notes.txt") and on("wire-note")
    )


def _header_paragraph(p: Paragraph, text: str) -> bool:
    """A briefing's header (`Date: June 4 ... Venue: ...`): field lines, no statement."""
    m = _HEADER_LABEL.match(text[p.start : p.end])
    return (
        m is not None
        and m.group(1).lower() in lexicon.words("header_fields.txt")
        and on("header-field-no-turn")
    )


def _name_word(word: str) -> bool:
    """A word of a name: letters, or letters joined by hyphens (`Ji-hoon`)."""
    if on("header-speaker-line"):
        return all(part.isalpha() for part in word.split("-"))
    return word.isalpha()


def _titled_name(doc: Document, before: int) -> Mention | None:
    """The first `title Name Surname` of the text before a position: who holds a briefing."""
    titles = lexicon.words("titles.txt")
    for p in doc.paragraphs:
        if p.start >= before:
            break
        toks = [t for u in p.units for t in u.tokens]
        for i, t in enumerate(toks[:-1]):
            if t.lower not in titles:
                continue
            # `spokesperson, Hanna Lindqvist`; a header line `Spokesperson: Ahn Ji-hoon`
            sep = (",", ":") if on("header-speaker-line") else (",",)
            k = i + 2 if toks[i + 1].text in sep else i + 1
            if k < len(toks) - 1 and toks[k].text == "." and on("honorific-stop-in-name"):
                k += 1  # `Mr. Nimal Jayasekara`: the honorific's full stop
            j = k
            while j < len(toks) and j - k < 3 and _is_cap(toks[j]) and _name_word(toks[j].text):
                if toks[j].lower in titles and on("header-speaker-line"):
                    break  # `Foreign Affairs Spokesperson`: a title's words, no name
                j += 1
            if j - k >= 2 or (j - k == 1 and j < len(toks) and toks[j].lower in ("'s",)):
                seg = toks[k:j]
                return Mention(doc.text[seg[0].start : seg[-1].end], seg[0].start, seg[-1].end)
            if i >= 3 and toks[i - 1].text == "," and on("name-then-title-briefer"):
                # `a briefing by Henrik Castell, Spokesman for the Secretary-General`: the
                # name, then its title in apposition
                j = i - 1
                while (
                    j > 0
                    and i - 1 - j < 3
                    and _is_cap(toks[j - 1])
                    and _name_word(toks[j - 1].text)
                ):
                    if toks[j - 1].lower in titles:
                        break
                    j -= 1
                if i - 1 - j >= 2:
                    seg = toks[j : i - 1]
                    return Mention(doc.text[seg[0].start : seg[-1].end], seg[0].start, seg[-1].end)
    return None


def _bare_tail(f: Frame, u: Unit, text: str) -> bool:
    """`She said`, `The message read`: a unit of a short speaker and its verb and nothing the
    verb says."""
    words = text[u.start : u.end].strip().rstrip(".").split()
    said = text[f.start : f.end].strip().rstrip(".").lower()
    return (
        2 <= len(words) <= 4
        and (not said or (said.endswith(f.verb) and len(said.split()) <= 4))
        and f.verb in ("said", "read", "added")
    )


def attribute(doc: Document) -> list[Frame]:
    """All speech acts of the article, in text order."""
    text = doc.text
    turns = transcript_turns(doc)
    pars = {i: text[doc.paragraphs[i].start : doc.paragraphs[i].end] for i in turns}
    roles = records.record_roles(pars)
    askers = _askers(doc, turns) | records.askers(turns, pars, roles, text)
    askers |= records.bracketed_askers(turns, pars, roles)
    # turns counted apart from stage directions and the chair's: an answer after `[crosstalk]`
    # still follows its question
    # a chair who asks (`Q87 Chair: ... Is there such a letter?`, a committee's chair ending her
    # turn on a question) puts the questions of a hearing, no procedure (rule `chair-asks`)
    asking = {
        i
        for i in turns
        if _numbered_question(doc.paragraphs[i], text)
        or (
            records.is_chair(turns[i][0])
            and text[doc.paragraphs[i].start : doc.paragraphs[i].end].rstrip().endswith("?")
            and on("chair-asks")
        )
    }
    order = {
        i: k
        for k, i in enumerate(
            i for i in sorted(turns) if not records.is_chair(turns[i][0]) or i in asking
        )
    }
    frames: list[Frame] = []
    prev_para_frames: list[Frame] = []
    carried: Mention | None = None
    for p in doc.paragraphs:
        presented, carried = carried, None
        para_frames: list[Frame] = []
        if p.index in turns and records.is_chair(turns[p.index][0]) and p.index not in asking:
            prev_para_frames = []  # the chair's procedure and the floor's interjections
            continue
        if p.index in turns:
            label, body = turns[p.index]
            if (
                is_question_label(label)
                or label in askers
                or records.is_presenter(label)
                or p.index in asking
            ):
                for u in p.units:
                    u = records.without_vocative(records.without_label(u, body))
                    fs = frames_for_unit(u, text, False) or _report_noun_claim(u, text)
                    for sub in [] if fs else records.asked_clauses(u, body):
                        fs = frames_for_unit(sub, text, False) or _group_claim(sub, text)
                    if not fs:
                        fs = _group_claim(u, text, body) or _asked_report(u, text)
                    if not fs:
                        fs = _asker_view(u, text, label, p.start)
                    for f in fs:
                        f.question_turn = True
                        f.turn = order[p.index]
                        sp = f.speaker
                        if sp is not None and sp.start < body < sp.end:
                            # `Q. The Ledger reported`: the label is no part of the speaker
                            sp.text = text[body : sp.end].strip()
                            sp.start = body
                        if f.speaker is not None and _FIRST_PERSON_OUTLET.match(f.speaker.text):
                            # `Our newspaper has learned ...` in a question: the asking outlet
                            if label.lower() not in ("q", "question", "reporter", "journalist"):
                                f.speaker = Mention(label, p.start, p.start + len(label))
                    para_frames.extend(fs)
                    # the asking outlet's own claim: `Our correspondent ... has learned that ...`
                low = text[body : p.end].lower()
                m = re.search(r"\b(?:our|we)\b[^.]{0,60}?\b(?:has|have) learn(?:ed|t) that\s+", low)
                if m and label.lower() not in ("q", "question"):
                    cs = body + m.end()
                    ce = text.find(".", cs, p.end)
                    ce = p.end if ce < 0 else ce
                    lab_m = Mention(label, p.start, p.start + len(label))
                    para_frames = [
                        f for f in para_frames if not (f.start >= body + m.start() and f.start < ce)
                    ]
                    para_frames.append(
                        Frame(
                            unit=p.units[0],
                            verb="learned",
                            vclass="claim",
                            speaker=lab_m,
                            start=cs,
                            end=ce,
                            content_start=cs,
                            frame_start=body,
                            frame_end=cs,
                            rule="turn-own-claim",
                            turn=order[p.index],
                            question_turn=True,
                        )
                    )
                    para_frames.sort(key=lambda f: f.start)
            else:
                # An answer turn: one statement by the named speaker, formulas aside.
                units = [u for u in p.units if u.end > body]
                kept = []
                for u in units:
                    s = records.skip_noise(text, max(u.start, body), u.end)
                    s += len(text[s : u.end]) - len(text[s : u.end].lstrip())
                    if _FORMULA.match(text[s : u.end]) or records.is_pleasantry(text[s : u.end]):
                        continue
                    if s >= u.end:
                        continue
                    kept.append((s, u.end))
                if kept:
                    # `MS. KELL:` in a transcript: the name, not its typesetting
                    shown = label.title() if label.isupper() and len(label) > 3 else label
                    if label in roles or not label.isupper():
                        shown = records.display(label)  # `GRANT McLEOD`: `Grant McLeod`
                    lab_m = Mention(shown, p.start, p.start + len(label), role=_role(roles, label))
                    if label.lower() in _ANSWER_LABELS or (
                        label.lower() in lexicon.words("titles.txt") and on("title-answer-label")
                    ):
                        # `SPOKESPERSON:` is the briefing's speaker too
                        # `A:` is whoever answers: the briefing's speaker named before it
                        if on("briefer-before-earlier-speaker"):
                            # the briefing's first answer: the one the header names with
                            # the title (`Henrik Castell, Spokesman for ...`) before whoever
                            # a question quoted
                            named = (
                                _answerer(frames, turns_only=True)
                                or _titled_name(doc, p.start)
                                or _answerer(frames)
                            )
                        else:
                            named = _answerer(frames) or _titled_name(doc, p.start)
                        if named is None:
                            continue
                        lab_m = Mention(named.text, named.start, named.end, role=named.role)
                    para_frames.append(
                        Frame(
                            unit=p.units[0],
                            verb="turn",
                            vclass="turn",
                            speaker=lab_m,
                            start=kept[0][0],
                            end=kept[-1][1],
                            content_start=kept[0][0],
                            frame_start=p.start,
                            frame_end=body,
                            rule="transcript-answer",
                            turn=order[p.index],
                        )
                    )
            frames.extend(para_frames)
            prev_para_frames = para_frames
            continue
        if _wire_note(p, text):
            continue  # `(Corrects paragraph 5 to say ...)`: the wire's note, no speech
        if _header_paragraph(p, text):
            prev_para_frames = []  # `Date: ... Venue: ... Spokesperson: Name`: no speech
            continue
        # a person the sentence before presented (no speech), within the paragraph or in a
        # paragraph of its own just before (`Y was more blunt.` then `"...," he said.`)
        introduced: Mention | None = presented
        for ui, u in enumerate(p.units):
            fs = frames_for_unit(u, text, p.headline)
            if fs and _hand_off(text, u) and on("broadcast-hand-off"):
                fs = []  # `Our correspondent X reports.`: the anchor hands over, nobody speaks
            if not p.headline and on("answered-apposition"):
                fs = _answered_apposition(u, text, fs)
            if (
                p.headline
                and fs
                and len(text[p.start : p.end].split()) <= HEADLINE_WORDS
                and on("headline-second-clause")
            ):
                fs = _headline_second_clause(u, text, fs)
            if not fs and not p.headline:
                fs = _colon_quote(u, text) or _passive_quoted(u, text) or _passive_stated(u, text)
                fs = fs or _with_accusing(u, text)
                fs = fs or _report_noun_that(u, text) or _possessive_report_that(u, text)
            if not fs and p.headline and ui == 0 and on("headline-colon-speaker"):
                fs = _headline_colon(u, text)
            if not fs and p.headline and ui == 0 and on("headline-colon-tail"):
                fs = _headline_colon_tail(u, text)
            if not p.headline and (asked := _asked_about_report(u, text)):
                # the report a question names, before the answer the sentence gives to it
                fs = asked + [f for f in fs if f.end <= asked[0].start or f.start >= asked[0].end]
            if not p.headline and all(
                _DOCUMENT_SPEAKER.match(f.speaker.text) for f in fs if f.speaker
            ):
                # `A letter seen by the paper said ...`: the outlet that saw it, not the letter
                fs = _seen_document(u, text) or fs
            sp0 = fs[0].speaker if fs else None
            if (
                introduced is not None
                and sp0 is not None
                and sp0.pronoun
                and sp0.text.lower() in ("he", "she")
            ):
                # `Rautio himself was more conciliatory. ... he said`: the one just presented
                fs[0].speaker = introduced
            if not p.headline:
                introduced = None if fs else _introduced_person(u, text)
                if introduced is not None and ui == len(p.units) - 1 and not para_frames:
                    carried = introduced if on("presented-across-paragraph") else None
            if (
                ui > 0
                and len(fs) == 1
                and p.units[ui - 1].is_quote_only
                and _bare_tail(fs[0], u, text)
                and on("quote-then-bare-tail")
            ):
                # `"... platforms." She said`, `"... in due course." The message read`: the
                # sentence before, a quotation alone, is what the bare tail attributes
                q = p.units[ui - 1]
                para_frames = [f for f in para_frames if f.unit is not q]
                f0 = fs[0]
                f0.start, f0.content_start, f0.end = q.start, q.start, q.end
                f0.quote_tail = True
            if not fs and para_frames and u.is_quote_only and para_frames[-1].quote_tail:
                # `"A," X said. "B."` - B runs on under the same attribution.
                para_frames[-1].end = u.end
                continue
            if not fs and ui == 0 and u.is_quote_only and prev_para_frames and not p.headline:
                last = prev_para_frames[-1]
                if not last.headline and not last.question_turn:
                    fs = [
                        Frame(
                            unit=u,
                            verb="",
                            vclass="say",
                            speaker=None,
                            start=u.start,
                            end=u.end,
                            content_start=u.start,
                            frame_start=u.start,
                            frame_end=u.start,
                            rule="quote-continuation",
                            headline=False,
                        )
                    ]
            para_frames.extend(fs)
        if not para_frames and prev_para_frames and prev_para_frames[-1].colon and not p.headline:
            # `X said: A.` then a paragraph with no verb of its own: the same quotation runs on.
            prev_para_frames[-1].end = p.end
            continue
        frames.extend(para_frames)
        if para_frames:
            prev_para_frames = para_frames
        elif not p.headline:
            prev_para_frames = []
    frames = _posts(doc, frames)
    _headline_speakers(frames)
    return _with_syntax(doc, frames, turns)


def _headline_speakers(frames: list[Frame]) -> None:
    """A headline names its speaker short (`Foreign Affairs denies ...`); when the body names
    the same speaker in full (`The Ministry of Foreign Affairs, Migration and ...`), the
    headline's speaker is that one."""
    body = [f.speaker for f in frames if not f.headline and f.speaker and not f.speaker.pronoun]
    # the body speakers written one after another: a headline's speaker is looked for once in
    # all of them, then tested in each that contains it, in order
    joined = "\0".join(b.text for b in body)
    starts = list(accumulate((len(b.text) + 1 for b in body), initial=0))
    for f in frames:
        m = f.speaker
        if not f.headline or m is None or m.pronoun or not m.text[:1].isupper():
            continue
        if len(m.text.split()) < 2:
            continue  # `Latvia denies ...`: a state is a speaker of its own (rule 2)
        state = lexicon.country_index().get(re.sub(r"^the\s+", "", m.text.lower()))
        if state is not None and state[1] != "demonym" and on("headline-state-own-speaker"):
            continue  # so is `Saudi Arabia denies ...`, though `Saudi Arabia's Ministry` speaks
        pat = re.compile(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])")
        full = None
        at = joined.find(m.text)
        while at >= 0:
            b = body[bisect_right(starts, at) - 1]
            if len(b.text) > len(m.text) + 3 and m.text in b.text and pat.search(b.text):
                full = b
                break
            at = joined.find(m.text, at + 1)
        if full is not None and _is_cap(Token(full.text.split()[-1], 0, 0)):
            m.text = full.text


# An embedded post: its words in quotation marks, then a signature with the author and the
# account (`— Name (@handle), February 11, 2026`, `— Channel (t.me/channel), date`).
_POST = re.compile(
    r'"(?P<q>[^"]{8,})"\s*[—–-]{1,2}\s*(?P<name>[^()\n"]{2,80}?)\s*'
    r"\((?P<handle>@\w+|t\.me/[\w/]+|(?:https?://)?[\w.-]+\.[a-z]{2,}/[\w/@.-]*)\)"
    r"(?P<date>[^\n]{0,40})$"
)
# The same post as a page's embed leaves it: no quotation marks, the words then the signature
# on one line (`Words of the post. — Name (@handle) January 11, 2017`).
_BARE_POST = re.compile(
    r"^(?P<q>[^\"“”\n]{8,}?[.!?…]?)\s+[—–]\s*(?P<name>[^()\n\"“”—–]{2,60}?)\s*"
    r"\((?P<handle>@\w+)\)(?P<date>[^\n]{0,40})$"
)
_SIGNATURE_ONLY = re.compile(
    r"^[—–-]{1,2}\s*(?P<name>[^()\n\"]{2,80}?)\s*"
    r"\((?P<handle>@\w+|t\.me/[\w/]+|(?:https?://)?[\w.-]+\.[a-z]{2,}/[\w/@.-]*)\)"
)


def _posts(doc: Document, frames: list[Frame]) -> list[Frame]:
    """Posts quoted with their signature are their authors' statements."""
    text = doc.text
    out = list(frames)
    # the frames of each paragraph, and those dropped: a post replaces its paragraph's frames
    # (one pass over the article's frames, not one per post)
    by_par: dict[int, list[Frame]] = {}
    for f in out:
        by_par.setdefault(f.unit.paragraph, []).append(f)
    dropped: set[int] = set()

    def add(f: Frame) -> None:
        out.append(f)
        by_par.setdefault(f.unit.paragraph, []).append(f)

    paras = doc.paragraphs
    for k, p in enumerate(paras):
        ptext = text[p.start : p.end]
        m = _POST.search(ptext)
        if m is not None:
            qs, qe = p.start + m.start("q"), p.start + m.end("q")
            ns, ne = p.start + m.start("name"), p.start + m.end("name")
            unit = next((u for u in p.units if u.start <= qs < u.end), p.units[0])
            dropped.update(id(f) for f in by_par.get(p.index, ()) if qs <= f.start < p.end)
            add(_post_frame(unit, text, qs, qe, ns, ne, p.end))
            out[-1].fixed_date = m.group("date").strip(" ,") or None
            continue
        # a bare post's signature holds `(@`: a paragraph without it is not tried (the lazy
        # pattern would try every length of its words)
        bare = "(@" in ptext and on("post-signature-unquoted")
        m = _BARE_POST.match(ptext.strip()) if bare else None
        if m is not None and _name_like_signature(m.group("name")):
            off = p.start + (len(ptext) - len(ptext.lstrip()))
            qs, qe = off + m.start("q"), off + m.end("q")
            ns, ne = off + m.start("name"), off + m.end("name")
            dropped.update(id(f) for f in by_par.get(p.index, ()))
            add(_post_frame(p.units[0], text, qs, qe, ns, ne, p.end))
            out[-1].rule = "post-signature-unquoted"
            out[-1].fixed_date = m.group("date").strip(" ,") or None
            continue
        m2 = _SIGNATURE_ONLY.match(ptext)
        if m2 is None or k == 0:
            continue
        prev = paras[k - 1]
        if not all(u.is_quote_only for u in prev.units):
            continue
        ns, ne = p.start + m2.start("name"), p.start + m2.end("name")
        dropped.update(id(f) for f in by_par.get(prev.index, ()))
        add(_post_frame(prev.units[0], text, prev.start, prev.end, ns, ne, p.end))
        out[-1].fixed_date = ptext[m2.end() :].strip(" ,") or None
    out = [f for f in out if id(f) not in dropped]
    out.sort(key=lambda f: (f.unit.index, f.start))
    return out


def _name_like_signature(name: str) -> bool:
    """`Donald J. Trump`, `Foreign Ministry`: a signature's name is capitalised words."""
    words = name.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)


_NAME_JOINERS = frozenset(("of", "the", "for", "and", "de", "al", "van", "von", "bin"))


def _earlier_role(text: str, name: str, before: int) -> str | None:
    """`Uzbekistan's deputy energy minister, Jamshid Toshpulatov, ...` met before a post signed
    `Jamshid Toshpulatov`: the role phrase in apposition before the name's last mention."""
    at = text.rfind(name, max(0, before - 3000), before)
    if at < 0:
        return None
    m = _ROLE_BEFORE.search(text, max(0, at - 120), at)
    if m is None:
        return None
    role = m.group(1)
    return role if any(w in lexicon.words("titles.txt") for w in role.lower().split()) else None


_ROLE_BEFORE = re.compile(r"((?:[A-Z][\w'-]*|[a-z][\w'-]*)(?:\s+[\w'-]+){0,6}),\s*$")


def _post_frame(unit: Unit, text: str, qs: int, qe: int, ns: int, ne: int, end: int) -> Frame:
    while qs < qe and text[qs] in '" ':
        qs += 1
    while qe > qs and text[qe - 1] in '" ':
        qe -= 1
    role = _earlier_role(text, text[ns:ne], qs)
    return Frame(
        unit=unit,
        verb="posted",
        vclass="say",
        speaker=Mention(text[ns:ne], ns, ne, role=role, verb="posted"),
        start=qs,
        end=qe,
        content_start=qs,
        frame_start=ns,
        frame_end=end,
        rule="post-signature",
    )


def _with_syntax(
    doc: Document, frames: list[Frame], turns: dict[int, tuple[str, int]]
) -> list[Frame]:
    """Add the dependency parse's speech acts in body sentences where the rules found none."""
    spans = sorted((f.start, f.end) for f in frames)
    taken = {f.unit.start for f in frames}
    empty = []
    k = 0
    for p in doc.paragraphs:
        if p.headline or p.index in turns or _wire_note(p, doc.text):
            continue
        for u in p.units:
            while k < len(spans) and spans[k][1] <= u.start:
                k += 1
            inside = any(s < u.end and e > u.start for s, e in spans[k : k + 8])
            if u.start in taken or (not inside and not u.is_quote_only):
                empty.append(u)
    _better_subjects(doc, frames)
    acts = syntax.speech_acts(doc, empty)
    if not acts:
        return frames
    added: list[Frame] = []
    by_unit: dict[int, list[Frame]] = {}
    for f in frames:
        by_unit.setdefault(f.unit.start, []).append(f)
    for a in acts:
        if any(f.unit is a.unit and f.content_start <= a.verb_start < f.end for f in added):
            continue  # a verb inside what another act of the sentence says
        rule_frames = by_unit.get(a.unit.start, [])
        if any(
            f.verb_start == a.verb_start
            or f.start <= a.verb_start < f.end
            or f.frame_start <= a.verb_start < f.frame_end
            for f in rule_frames
        ):
            continue  # the rules read this verb already
        if _HOUSE_ADDRESS.match(a.speaker):
            continue
        if (
            a.speaker_end <= a.verb_start
            and ";" in doc.text[a.speaker_end : a.verb_start]
            and on("syntax-semicolon-subject")
        ):
            # `PCG: Chinese boats harvesting clams; China embassy says 'groundless'`: a verb
            # after a semicolon has its subject after it too
            continue
        if _hand_off(doc.text, a.unit) and on("broadcast-hand-off"):
            continue
        vi = _tok_index(a.unit.tokens, a.verb_start)
        if vi >= 0 and _zero_relative(a.unit.tokens, vi) and on("zero-relative-verb"):
            continue  # `a document it said came from ...`: a description
        if vi >= 0 and _habitual(a.unit.tokens, vi) and on("habitual-generic"):
            continue  # `traders often complain that ...`: a habit, not an act
        if vi >= 0 and _lasting(a.unit.tokens, vi) and on("habitual-perfect"):
            continue  # `growers have long complained about ...`: a habit, not an act
        if a.start == a.unit.start and on("syntax-dateline"):
            # `TOKYO, July 8 (Kyodo) -- Japan lodged a protest ..., the government said`: the
            # act's words begin after the wire's dateline
            kept = _strip_dateline(a.unit, doc.text)
            if kept is not a.unit.tokens and kept and kept[0].start < a.verb_start:
                cut = kept[0].start
                a.start = cut
                a.content_start = max(a.content_start, cut)
                a.frame_start = max(a.frame_start, cut)
        m = Mention(
            a.speaker, a.speaker_start, a.speaker_end, role=a.role, pronoun=a.pronoun, verb=a.verb
        )
        for f in rule_frames:
            if f.rule == "answered-apposition" and a.start < f.content_start < a.end:
                # `..., saying A, a claim Y says is false`: A ends before Y's apposition
                a.end = max(a.start + 1, doc.text.rfind(",", a.start, f.content_start))
        added.append(
            Frame(
                unit=a.unit,
                verb=a.verb,
                vclass=a.vclass,
                speaker=m,
                start=a.start,
                end=a.end,
                content_start=a.content_start,
                frame_start=a.frame_start,
                frame_end=a.frame_end,
                rule="syntax-participle" if a.participle else "syntax",
                verb_start=a.verb_start,
            )
        )
    return sorted(frames + added, key=lambda f: (f.start, f.end))


def _better_subjects(doc: Document, frames: list[Frame]) -> None:
    """Where the parse gives a verb a subject inside the rules' speaker phrase, take it:
    `X during a weekly briefing said`, `while Y said`, `We categorically reject`."""
    text = doc.text
    todo = {
        f.verb_start: f.unit
        for f in frames
        if f.speaker is not None
        and not f.speaker.pronoun
        and f.verb_start >= 0
        and _doubtful(text, f, f.speaker)
    }
    found = syntax.subjects(doc, todo)
    if not found:
        return
    for f in frames:
        m = f.speaker
        if m is None or m.pronoun or f.verb_start not in found:
            continue
        a, b, ra, rb = found[f.verb_start]
        if (
            ra >= 0
            and m.role is None
            and a <= m.start
            and m.end <= b
            and ra < a
            and "," not in text[a:b]
        ):
            # a role before the name: `The importer, X Supply, declined` (one phrase, no content)
            if f.start == m.start:
                f.start = ra
            m.text, m.start, m.end = text[a:b], a, b
            m.role = _person_role(text[ra:rb])
            cand = [t for t in f.unit.tokens if a <= t.start and t.end <= b]
            of_at = _person_of_body(cand)
            if of_at and on("person-of-body-after-role"):
                # `The exporter, Jean Toa of Harbour Meats, told`: the person, and her body
                body = text[cand[of_at].start : cand[-1].end]
                m.extras.append(re.sub(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$", "", body))
                m.text, m.end = text[a : cand[of_at - 1].end], cand[of_at - 1].end
            if f.rule == "tail" and f.start == ra:
                f.rule = "verb"
                f.content_start = f.verb_start + len(f.verb.split()[0]) if f.verb else f.start
                ends = [t.end for t in f.unit.tokens if t.text not in ".!?"]
                f.end = ends[-1] if ends else f.end
            continue
        if (a, b) == (m.start, m.end) or not (m.start <= a and b <= m.end):
            continue
        sub = text[a:b]
        if not sub[:1].isalpha() or not _junk(text[m.start : a]) or not _junk(text[b : m.end]):
            continue
        if sub.split()[-1].lower() in lexicon.words("issued_texts.txt") and re.match(
            r"\s+(?:on|by|from|in)\s", text[b : m.end]
        ):
            continue  # `A post on the X channel`: whose post it is, not the post itself
        if f.start == m.start:
            f.start = a
        m.text, m.start, m.end = sub, a, b
        m.pronoun = sub.lower() in _PRONOUNS


def _doubtful(text: str, f: Frame, m: Mention) -> bool:
    """A speaker phrase worth checking against the parse: long, starting in lower case, after a
    comma (a name in apposition), or a tail whose content may be a role (`The importer, X, ...`)."""
    words = m.text.split()
    return (
        len(words) >= 4
        or m.text[:1].islower()
        or (words[0].lower() in _PRONOUNS and len(words) > 1)  # `We categorically`
        or f.rule == "tail"
        or text[max(0, m.start - 2) : m.start] == ", "
    )


def _person_role(phrase: str) -> str | None:
    """A phrase in apposition before a name is its role only when it names a person's post
    (`The spokeswoman, X`); `The agency, X` describes an organisation and is no role."""
    words = phrase.lower().split()
    return phrase if words and words[-1] in lexicon.words("titles.txt") else None


def _junk(cut: str) -> bool:
    """True when words cut off a speaker phrase are no part of a name: none at all, or a
    lower-case start (`while`, `categorically`, `during a briefing`, `reached by phone`)."""
    words = cut.strip(" ,").split()
    if not words:
        return True
    return words[0][:1].islower() and words[0] not in ("and", "of", "do", "da", "de", "del")
