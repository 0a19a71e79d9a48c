"""What a speaker phrase says about its actor: kind, name, role, place, affiliation."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import lexicon
from .names import (
    _CONNECTORS,
    _FIELD_WORDS,
    _NAME_ARTICLES,
    _gender,
    _is_media_word,
    _is_org_word,
    _is_title,
    _media_name,
    _news_body,
    _words,
    strip_det,
)
from .places import Places
from .roles import Desc, _clean_role, _known_media, _place_in, _role_and_aff
from .rules import on

_GENERIC_MEDIA = frozenset(
    "paper newspaper weekly daily website site outlet channel magazine broadcaster".split()
)
_GROUP_WORDS = frozenset("officials sources people importers diplomats members experts".split())
# Plural nouns for a group of people that speaks with one voice: `critics of the minister`,
# `hauliers`, `residents of the valley` (an unnamed group of people is a person, rule 1).
_PEOPLE_PLURALS = frozenset(
    "critics opponents supporters residents locals villagers farmers growers fishermen fishers "
    "hauliers truckers drivers traders dealers brokers activists campaigners environmentalists "
    "protesters demonstrators workers analysts economists observers scientists researchers "
    "lawyers doctors teachers students parents families relatives victims witnesses passengers "
    "travellers tourists fans consumers shopkeepers merchants producers owners landowners "
    "insiders aides negotiators investigators lawmakers legislators politicians opposition".split()
)
_STATES_SECTOR = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s")
# Plural nouns for outlets as a group: `certain media outlets`, `local newspapers`.
_MEDIA_PLURALS = frozenset("outlets newspapers websites channels broadcasters magazines".split())
_ROLE_HEADS = frozenset(
    "minister secretary inspector official commissioner director spokesman spokeswoman "
    "spokesperson chairman chairwoman chair administrator controller".split()
)
_ROLE_GENERIC = frozenset(
    "chief deputy head senior vice general executive spokesman spokeswoman spokesperson "
    "minister ministry official officials director secretary state national federal".split()
)
# Words of a ministry's field after `Minister of`: `Foreign Affairs`, `the Interior`.


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


# Epithets before a text's noun that leave it a text (`the so-called report`).
_QUALIFIED_TEXT = re.compile(
    r"^(so-called|so called|alleged|purported|controversial|disputed|latest|recent|earlier|"
    r"original|leaked|new)\s+(\w.*)$"
)


_MEDIA_DESCRIPTOR = re.compile(
    r"\b(?:(?:radio|television|tv)\s+(?:station|channel|network)|newspaper|broadcaster|"
    r"news\s+(?:site|website|portal|channel))\b",
    re.I,
)
# An outlet named after the words for what it is: `the Georgian cable channel X Y`.
_DESCRIBED_OUTLET = re.compile(
    r"^(?:[Tt]he\s+)?(?P<lead>(?:[\w'’-]+\s+){0,3}?)(?:cable\s+|satellite\s+|state\s+|online\s+|"
    r"news\s+|business\s+)?(?:channel|newspaper|daily|weekly|broadcaster|magazine|tabloid|"
    r"radio\s+station|television\s+station|tv\s+station|station|website|news\s+site|portal)\s+"
    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|de|da|do|del|ya|e|el|la|al|of|the)){0,5})$"
)
_NEWS_AGENCY = re.compile(r"\b(?:(?:news|press|information)\s+agency|news\s+service)$", re.I)


_DATELINE_LEAD = re.compile(
    r"(?P<place>[^\W\d_][\w'’.]*(?:[ -][^\W\d_][\w'’.]*){0,3}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"\s+[-–—]{1,2}\s+(?=\S)"
)


# words of rank or standing before a body's name in a title: `a senior army officer` is an
# officer of the army, not of a body called `senior army` (rule `rank-word-no-body`)
_RANK_WORDS = frozenset(
    "senior junior top high-ranking high-level mid-level low-level former retired serving "
    "veteran anonymous unnamed".split()
)


def without_rank_words(aff: str | None) -> str | None:
    """The body's phrase without the rank words that open it (`senior army` -> `army`)."""
    if not aff or not on("rank-word-no-body"):
        return aff
    words = aff.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _RANK_WORDS:
        k += 1
    return " ".join(words[k:]) if k else aff


def describe(phrase: str, places: Places) -> Desc:
    """Analyse a speaker phrase: who or what it names (remembered for the article's places)."""
    m = _DATELINE_LEAD.match(phrase)
    if (
        m is not None
        and (m.group("place").isupper() or m.group("place")[:1].isdigit())
        and on("dateline-lead-phrase")
    ):
        # `LIMA - Peru's fisheries minister`, `22 September - Tunisia`: a dateline (a place in
        # capitals, or a day) that no date followed, so that it stayed before the speaker
        phrase = phrase[m.end() :]
    if phrase.strip() in ("government", "Government") and on("bare-government"):
        # `According to government, ...`, `Government has denied ...`: written without its
        # article, the government the text speaks of
        phrase = "the government"
    memo = places.described
    hit = memo.get(phrase)
    if hit is None and (m := _DESCRIBED_OUTLET.match(phrase.strip())) and on("described-outlet"):
        # `the Argentine cable channel Canal Litoral 24`, `the Luanda weekly Jornal Kwanza Sul`:
        # words for what an outlet is (and where), then its name
        hit = memo[phrase] = Desc(
            "media",
            m.group("name"),
            [strip_det(phrase.strip())],
            place=_place_in(m.group("lead"), places),
        )
    if hit is None:
        hit = memo[phrase] = _describe(phrase, places)
        if (
            hit.kind == "organisation"
            and _NEWS_AGENCY.search(hit.name)
            and on("news-agency-is-media")
        ):
            hit.kind = "media"  # `Kyodo news agency`, `the state press agency`
        elif (
            hit.kind in ("organisation", "person")
            and hit.name.split()[-1:] == ["media"]
            and on("media-head-is-media")
        ):
            hit.kind, hit.role = "media", None  # `Arab media`, `state media`, `local media`
        elif (
            hit.kind in ("organisation", "person")
            and hit.name
            and (m := _MEDIA_DESCRIPTOR.search(phrase)) is not None
            and phrase.rstrip(" ,").endswith(hit.name)
            and m.end() <= len(phrase.rstrip(" ,")) - len(hit.name)
            and on("media-descriptor-is-media")
        ):
            # `the Arusha-based radio station Sauti ya Kaskazini`: an outlet, named after
            # the word for what it is
            hit.kind, hit.role, hit.aff_phrase = "media", None, None
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


# `Office of the President`, `Office of the Deputy Minister of Health I Dr X`: an office by
# the post it serves (a title, perhaps its holder's name after it).
_OFFICE_OF_HOLDER = re.compile(
    r"^Office\s+of\s+(?P<det>the\s+)?(?P<post>(?:Deputy\s+|Vice\s+|Prime\s+|Chief\s+)?"
    r"(?:President|Minister|Prime Minister|Secretary|Governor|Premier|Chancellor|Mayor|"
    r"Speaker|Vice-President|Attorney|Chief|Director|Commissioner)\b.*)$"
)
_SOME_OF = re.compile(
    r"^(?:one|two|three|four|five|some|several|many|most|none)\s+of\s+(?:the|its|their)\s+(.+)$"
)
_SPOKESPERSON_FOR = re.compile(
    r"^(?P<role>spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|for|de|&))*)$"
)
_KNOWN_AS = re.compile(
    r"^(?P<body>.+?),?\s+(?:(?:also|widely|locally)\s+)?(?:known|referred to)\s+as\s+"
    r"(?P<alias>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})$"
)
# `the customs service, known by its Spanish acronym ADUSE`: the body's short name; the
# adjective names a language, not a state.
_KNOWN_BY = re.compile(
    r"^(?P<body>.+?),?\s+(?:(?:also|widely|locally)\s+)?(?:known|referred to)\s+by\s+"
    r"(?:its|the)\s+(?:[A-Z][a-z]+\s+)?(?:acronym|initials|abbreviation|short name)\s+"
    r"(?P<alias>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})$"
)
# `the Hellenic Exporters Association (HEA)`: a body and the short name it is given.
_ACRONYM_AFTER = re.compile(r"^(?P<body>.*?[A-Za-z].*?)\s*\((?P<alias>[A-Z][A-Za-z.&-]{1,11})\)$")
_AMPERSAND_NAME = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+&\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
)
_OFFICIALS_IN = re.compile(
    r"^(?:officials|authorities)\s+in\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)$"
)
_ORDINAL_MEMBER = re.compile(
    r"^(?:first|second|third|fourth|fifth|other|last|remaining)\s+"
    r"(person|official|source|diplomat|importer|exporter|trader|insider|analyst|officer)$"
)
_X_GOVERNMENT = re.compile(r"^(.+?)(?:'s)? government$")
_GOVERNMENT_OF = re.compile(r"^government of (.+)$", re.I)
_KIND_OF_GOVERNMENT = re.compile(
    r"(?:['’]s)?\s+(?:transitional|interim|caretaker|military|civilian|federal|central|national|"
    r"new|incoming|outgoing|coalition|ruling|unity|junta-led|military-led|de facto)$",
    re.I,
)
_STATE_OF_END = re.compile(r"(?:state|province|region) of ([\w-]+)$")
_QUOTED_NAME = re.compile(r'"([^"]{2,80})"')
# `Both`, `each side`, `both governments`: the parties of the dispute spoken of together.
_BOTH_SIDES = re.compile(
    r"^(?:(?:probably|perhaps|maybe)\s+)?(?:both|each|either|neither)"
    r"(?:\s+(?:of\s+them|sides?|governments?|countries|capitals|parties|camps))?$"
)
# `the Swedish border town of Haparanda`: a town or municipality described, then named.
_TOWN_OF = re.compile(
    r"^(?:(?!of\b)[\w'’-]+\s+){0,4}?(?:town|city|village|municipality|borough)\s+of\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})$"
)
_PHOTO_MARKS = re.compile(
    r"\s*\((?:pictured|picture|photo|file(?: photo)?|inset|above|below|top|bottom|"
    r"(?:(?:second|third|far)\s+)?(?:left|right|centre|center)|[LRC]|rtd\.?|retd\.?|retired)\)",
    re.I,
)
_NAMED_REPORT = re.compile(
    r"^(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:latest|new|earlier|original|recent)\s+)?"
    r"(?P<owner>(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Such|Same)\b)"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})['’]?s?\s+"
    r"(?:report|article|story|investigation|dispatch|broadcast|exclusive)\b(?:\s+\S.*)?$"
)
# `The Tribune's original report said`: an epithet of the report after its owner's name
_NAMED_REPORT_LATE = re.compile(
    r"^(?:[Tt]he\s+)?"
    r"(?P<owner>(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Such|Same)\b)"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})['’]s?\s+"
    r"(?:latest|new|earlier|original|recent|own|first|initial|previous)\s+"
    r"(?:report|article|story|investigation|dispatch|broadcast|exclusive)\b(?:\s+\S.*)?$"
)


@cache
def _press_office() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`the press office of the ministry`, `the Iraqi ministry's media office`: the office of a
    body that speaks for it (`press_offices.txt`), before `of` and the body, or after the
    body's possessive."""
    alt = lexicon.alternation("press_offices.txt")
    return (
        re.compile(rf"^(?:[Tt]he\s+|[Ii]ts\s+)?(?i:{alt})\s+(?:of|at)\s+(?P<owner>\S.*)$"),
        re.compile(rf"^(?P<owner>.*\S)['’]s?\s+(?i:{alt})$"),
    )


@cache
def _closing_words(name: str) -> re.Pattern[str]:
    """Words of a list closing the words before a name, after a comma or not: a military or
    police rank (`ranks.txt`: `Director-General of the X Department Major General`), an
    honorific (`honorifics.txt`: `X, Ms.`, `... in Nairobi, Mr.`)."""
    alt = lexicon.alternation(name)
    return re.compile(rf"(?<=[\w)])(?:,?\s+(?=[A-Z])(?i:{alt})\.?)+$")


def _office_prefix(prefix: str) -> str:
    """The office before a name without the words of address and rank that follow it:
    `Minister of Agriculture Eng.`, `Director-General of the X Department Major General`,
    `First Secretary (Trade) of the Embassy of X in Nairobi, Ms.`."""
    out = _honorific_end().sub("", prefix)
    if on("honorific-after-comma"):
        out = _closing_words("honorifics.txt").sub("", out)
    if on("rank-after-office"):
        cut = _closing_words("ranks.txt").sub("", out)
        if cut and cut != out:
            out = _honorific_end().sub("", cut)
    return out.rstrip(" ,") if out != prefix else out


# A titled name, then `of` and the body: `Regional director X Y of the Authority`.
_TITLED_NAME_OF = re.compile(
    r"^(?P<who>(?:(?!of\b)[A-Za-z][\w.'’-]*\s+){1,6}?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+of\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|for|the|de))*)$"
)
_OWNERS_WORDS = re.compile(
    r"^(?P<owner>(?:[\w.'’-]+\s+){0,6}[A-Z][\w.'’-]*)['’]s?\s+(?:remarks|comments|words|"
    r"response|reply|reaction|answer|statement|letter|tweet|post|message)$"
)
_LEAD_NUMBER = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|several)\s+", re.I)


@lru_cache(maxsize=1)
def _humans() -> frozenset[str]:
    return (
        lexicon.words("titles.txt")
        | _GROUP_WORDS
        | {"source", "sources", "people", "importers", "diplomats"}
        | _PERSON_NOUNS
    )


# A time before a subject (`Within a day`, `Hours later`); TIME_LEAD matches it whole.
_TIME_BEFORE = (
    r"within\s+(?:a|an|one|two|three|\d+|hours|days|minutes)(?:\s+\w+)?"
    r"|(?:hours|minutes|days|a\s+day|a\s+week)\s+later"
)
TIME_LEAD = re.compile(rf"(?:{_TIME_BEFORE})(?:\s+the)?$", re.I)
# Words of the sentence caught before a speaker: `as Ulaanbaatar`, `an e-mail that Tallinn`.
_LEAD_JUNK = re.compile(
    r"^(?:(?:as|and|but|while|so|then|because|since|although|though|yet|whereas)\s+"
    r"|(?:(?:last|this|next|earlier this|later that)\s+(?:year|week|month|spring|summer|"
    r"autumn|fall|winter)|earlier|later|meanwhile|yesterday|today|on\s+\w+day"
    # `Within a day the department`, `Hours later the ministry`: a time before the subject
    rf"|(?:{_TIME_BEFORE})(?=\s+the\s)),?\s+"
    r"|[^\"“]*?\b(?:that|which)\s+(?=[A-Z]))",
    re.I,
)
# `From the Agency confirmed that ...`, `From CNAIR denied`: a page translated word for word
# from a language that names the source of a statement with `from` (Bulgarian `От АПИ`)
_FROM_SOURCE = re.compile(r"^From\s+(?=(?:the\s+)?[A-Z])")
# A live blog's time stamp and a question word before a speaker: `09:15 GMT What X reported`.
_LEAD_STAMP = re.compile(r"^(?:\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?\s+)?(?:What|How|Why)\s+(?=[A-Z])")
# Words of the sentence up to a subordinating conjunction before the speaker.
_SUBORDINATE_SUBJECT = re.compile(
    r"^(?:[^\"“,]*?\s)?(?i:after|before|when|since|because|until|while|once)\s+"
    r"(?=(?:the\s+|an?\s+)?[A-Z])"
)
# `The ministry's response comes after news shared online alleged`: what came after what; the
# subject of the verb of saying is the words after `after`, capitalised or not.
_CAME_AFTER = re.compile(r"^[^\"“,]*?\s(?:comes|came|come)\s+(?:[\w-]+\s+){0,3}?(?:after|as)\s+")
# The words of an institution's name that many states use for their own office.
_GENERIC_OFFICE_WORDS = frozenset(("foreign", "home", "federal", "office", "ministry"))
# `One of them said`: one of the group spoken of before.
_ONE_OF_THEM = re.compile(
    r"^(?:one|two|three|some|several|both|all|each|none|neither|either|most)\s+of\s+them$", re.I
)
# An opening adverbial with no comma, then a pronoun: `In a speech last month he`.
_ADVERBIAL_PRONOUN = re.compile(
    r"^(?:In|At|During|On|After|Before|Speaking|Asked|Later|Earlier|Then|Last|Writing|"
    r"Responding|Separately|Meanwhile|Elsewhere)\b[^,\"“]*?\s(he|she|they|we|it)$"
)
# A translated page's `From the Agency confirmed`, `From CNAIR categorically denied`: the body,
# with the adverb before the verb.
_FROM_BODY = re.compile(
    r"^From\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|for))*?)"
    r"(?:\s+[a-z]+ly)?$"
)
# Two states speaking together: `Kazakhstan and Uzbekistan said in a joint statement`.
_TWO_STATES = re.compile(r"^(?P<a>[A-Z][\w'’ -]*?) and (?P<b>[A-Z][\w'’ -]*)$")


# A participle clause after a speaker: `a Saudi customs official reached by telephone in Jeddah`.
_TRAILING_CLAUSE = re.compile(
    r"\s+(?:(?:when|while|after being|as he was|as she was)\s+)?"
    r"(?:reached|contacted|speaking|interviewed|quoted|asked|writing|posting|briefing|"
    r"addressing|during|at\s+a\s+(?:press|news)\s+(?:conference|briefing))\b.*$"
)


# `Tehran - Pars Agency - The spokesman of ...`: a dateline and an agency's credit before the
# speaker of a translated page.
_LEAD_CREDIT = re.compile(
    r"^(?:[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,4}\s+[-–—]\s+)+(?=(?:The|A|An)\s)"
)
# `Kos went on to say`, `the ministry was quick to deny`: the subject before a verb of saying.
_GOES_ON_TO = re.compile(
    r"\s+(?:(?:then|also|later|quickly)\s+)?(?:went on|goes on|proceeded|hastened|"
    r"(?:was|were|is|are) (?:quick|careful|keen|eager|swift)|took care|rushed|moved)\s+to$"
)


def _body_then_name(run: list[str], places: Places) -> tuple[str, str] | None:
    """Capitalised words that are a body then a person's name of two or three words: the body
    ends in a head noun, a field, a place or an acronym (`Ministry of Trade`, `MFA`) and the
    name holds none of those."""

    def plain(w: str) -> bool:
        return not (
            _is_org_word(w) or _is_media_word(w) or w.lower() in _FIELD_WORDS or places.find(w)
        )

    for k in (3, 2):
        body, name = run[:-k], run[-k:]
        if not body or not all(w[:1].isupper() and plain(w) for w in name):
            continue
        last = body[-1]
        if plain(last) and not (last.isupper() and len(last) > 1):
            continue
        if not (any(_is_org_word(w) for w in body) or (len(body) == 1 and last.isupper())):
            continue
        return " ".join(body), " ".join(name)
    return None


def _title_body_name(toks: list[str], places: Places) -> Desc | None:
    """`Spokesperson in the Ministry of Foreign Affairs Wang Lei`, `Official representative of
    MFA Irina Stolbova`: a title, a preposition, a body, then the name (a person of that body)."""
    i = next((k for k, w in enumerate(toks) if w.lower() in ("of", "in", "at", "for")), 0)
    if i == 0 or not all(_is_title(w) for w in toks[:i]):
        return None
    if (
        toks[i].lower() == "of"
        and i + 2 < len(toks)
        and toks[i + 1] == "State"
        and toks[i + 2].lower() in ("at", "in", "of", "for")
        and on("title-of-state-body-name")
    ):
        # `Secretary of State at the Ministry of X Vitalie Ciobanu`: `of State` is the title's
        i += 2
    rest = toks[i + 1 :]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in rest):
        return None
    split = _body_then_name(rest, places)
    if split is None:
        return None
    body, name = split
    title = " ".join(toks[:i]).lower()
    return Desc(
        "person",
        name,
        [name.split()[-1], " ".join(toks)],
        role=title,
        place=_place_in(body, places),
        aff_phrase=body,
        gender=_gender(title),
    )


_MEMBER_PREPS = frozenset(("at", "of", "in", "from", "within"))


def _member_of_body(toks: list[str], run: list[str]) -> bool:
    """`official at the X Authority`: a few words naming people (no capitals), a preposition,
    `the`, then a body's capitalised name (with a head noun of a body)."""
    i = len(toks) - len(run) - 1  # where `the` stands
    if i < 2 or toks[i].lower() != "the" or toks[i - 1].lower() not in _MEMBER_PREPS:
        return False
    lead = [w.lower().strip(",") for w in toks[: i - 1]]
    if not lead or len(lead) > 4 or any(w[:1].isupper() for w in toks[: i - 1]):
        return False
    humans = _humans()
    return lead[-1] in humans and any(_is_org_word(w.lower()) for w in run)


def _name_word(w: str, places: Places) -> bool:
    """A word that may be part of a person's name: capitalised, no title, no head noun of a
    body or an outlet, no field of a ministry, no state, no acronym."""
    return (
        w[:1].isupper()
        and any(c.islower() for c in w)
        and not w.endswith((".", ","))
        and not _is_title(w)
        and not _is_org_word(w)
        and not _is_media_word(w)
        and w.lower() not in _FIELD_WORDS
        and w.lower() not in _CONNECTORS
        and places.find(w) is None
    )


# Title words that only qualify an office (`Deputy`, `Foreign`, `National`): no office alone.
_TITLE_MODIFIERS = _FIELD_WORDS | frozenset(
    "deputy vice acting former senior junior national additional managing prime opposition "
    "foreign defence defense interior finance energy transport trade environment commerce sports "
    "culture health justice security communications state executive".split()
)


def _portfolio(aff: str, places: Places) -> bool:
    """`Agriculture`, `Water Resources`, `Transportation Undersecretary for Rails`: capitalised
    words of an office's field, with no body, outlet or state among them."""
    ws = [w for w in _words(aff) if places.find(w) is None]
    return (
        bool(ws)
        and "," not in aff
        and all(
            (w[:1].isupper() or w.lower() in ("and", "for", "of"))
            and not _is_org_word(w)
            and not _is_media_word(w)
            and not (w.isupper() and len(w) > 1)
            and not w.endswith(("'s", "’s"))
            for w in ws
        )
    )


def _office_title(w: str) -> bool:
    return _is_title(w) and w.lower().rstrip(".") not in _TITLE_MODIFIERS


def _titled_name(run: list[str], places: Places) -> int:
    """How many words at the end of a capitalised run are a person's name written after an
    office in capitals: right after a title (`Agriculture Minister Rosa Elena Contreras`), or
    after the body or field the titled office holds (`Undersecretary for Rails Carmelita Dizon`,
    `Minister of Trade of Kazakhstan Arman Zhaksylykov`). 0: none."""
    titled = [i for i, w in enumerate(run) if _office_title(w)]
    if not titled:
        return 0

    def fits(k: int) -> bool:
        return (
            len(run) > k
            and titled[0] < len(run) - k
            and all(_name_word(w, places) for w in run[-k:])
        )

    for k in (4, 3, 2):
        if fits(k) and _is_title(run[-k - 1]):
            return k
    for k in (3, 2):
        if fits(k) and run[-k - 1][:1].isupper() and not _name_word(run[-k - 1], places):
            return k
    if not fits(2):
        return 0
    last_title = max(i for i in titled if i < len(run) - 2)
    between = [w.lower() for w in run[last_title + 1 : -2]]
    if run[-3][:1].isupper() and any(w in ("of", "for") for w in between):
        return 2
    return 0


# abbreviated offices before a name (honorifics.txt reads them as words of address)
_OFFICES = {"sen": "senator", "rep": "representative", "gov": "governor", "amb": "ambassador"}
_ABBREVIATED_OFFICE = re.compile(r"\b(Sen|Rep|Gov|Amb)\.?(?=\s|$)")
_OUR_COUNTRY = re.compile(r"\s+of\s+(?:our|this|my)\s+country$")


# `Head of the Organization Dr.`: an honorific between an office and a name is no office.
@cache
def _honorific_end() -> re.Pattern[str]:
    alt = lexicon.alternation("honorifics.txt")
    return re.compile(rf"(?<=\w)(?:\s+(?=[A-Z])(?i:{alt})\.?)+$")


_HANDLE_ONLY = re.compile(r"@\w{2,}")


_TRADE_AT = re.compile(
    r"^(?P<who>[\w'’ -]+?)\s+(?:in|at|from|based in)\s+(?P<where>[A-Z][\w'’ -]*)$"
)


def _person_by_trade(base: str, places: Places) -> Desc | None:
    """`broker in Mombasa`, `dealer in Dar es Salaam`, `Lagos haulage owner` after `a`: one
    unnamed person known by trade and place (rule 1: a person), not a body or a name."""
    m = _TRADE_AT.match(base)
    who, where = (m.group("who"), m.group("where")) if m else (base, "")
    words = who.split()
    if not words or len(words) > 4 or len(where.split()) > 4:
        return None
    if not words[-1].islower() or words[-1] not in lexicon.words("trade_persons.txt"):
        return None  # `Global Trader` is a firm's name
    # words before the trade: lower-case modifiers (`haulage`), and at most one capitalised
    # word first, where the person is from (`Lagos`, `Kenyan`)
    if any(w[:1].isupper() for w in words[1:-1]):
        return None
    role = " ".join(w for w in words if not w[:1].isupper())
    spot = where or (words[0] if words[0][:1].isupper() else "")
    place = _place_in(spot, places) if spot else None
    # a world city (`in Mombasa`) places the person at the end (whereabouts.city-in-name)
    return Desc("person", base, [], role=role, place=place, named=False)


def _describe(phrase: str, places: Places) -> Desc:
    raw = _LEAD_JUNK.sub("", phrase.strip().strip(",")) or phrase.strip().strip(",")
    raw = _TRAILING_CLAUSE.sub("", raw) or raw
    raw = _GOES_ON_TO.sub("", raw) or raw
    raw = _LEAD_CREDIT.sub("", raw) or raw
    if on("translated-from-source"):
        raw = _FROM_SOURCE.sub("", raw) or raw
        last = raw.rsplit(None, 1)
        if len(last) == 2 and last[1] in lexicon.words("speech_adverbs.txt"):
            raw = last[0]  # `CNAIR categorically [denied]`: the adverb is the verb's
    # `the Ministry of Foreign Affairs of our country` (a translated page): the ministry
    ours = _OUR_COUNTRY.search(raw)
    if ours is not None:
        home = places.home()
        d = _describe(raw[: ours.start()] or raw, places)
        if home is not None and on("our-country-is-home"):
            # the state the page is written in (its dateline's)
            if d.kind in ("organisation", "media") and d.place is None:
                d.place = home
                d.aliases.append(strip_det(raw))
            elif d.kind == "person" and d.aff_phrase and not _OUR_COUNTRY.search(d.aff_phrase):
                d.aff_phrase = f"{d.aff_phrase} of our country"
        return d
    raw = _LEAD_STAMP.sub("", raw) or raw
    if on("photo-and-rank-marks"):
        # `Colonel (Rtd) Cyrus Oguna (pictured)`, `Moon Jae-in (R)`: marks for a photo or a
        # retired rank, no part of the name
        raw = " ".join(_PHOTO_MARKS.sub(" ", raw).split()) or raw
    m = _NAMED_REPORT.match(raw)
    if m and on("owner-of-report"):
        # `the WSJ report based on information from officials`, `The Kyodo News report`: the
        # report speaks for whoever it is named after
        return _describe(m.group("owner"), places)
    m = _NAMED_REPORT_LATE.match(raw)
    if m and on("owner-of-report-epithet"):
        # `The Tribune's original report said`: the report speaks for its owner
        return _describe(m.group("owner"), places)
    before, after = _press_office()
    m = before.match(raw) or after.match(raw)
    if (
        m
        and re.search(r"[A-Z]", strip_det(m.group("owner")))
        and on("press-office-speaks-for-body")
    ):
        # `the press office of the organ said`, `the Iraqi ministry's media office said`: the
        # body speaks through its office (a body named, not `the agency`, which is read as
        # before: a definite description here finds no body by its head noun)
        return _describe(m.group("owner"), places)
    m = _TITLED_NAME_OF.match(strip_det(raw))
    if m and on("titled-name-of-body"):
        # `Group CEO Anders Holm of Vastkust Marin AB`, `Vice Minister X Y of the Z Ministry`:
        # a titled person, then the body he holds the office in
        who = _describe(m.group("who"), places)
        body = m.group("body")
        bwords = [w.lower() for w in _words(body)]
        if (
            who.kind == "person"
            and who.named
            and who.role
            and (not who.aff_phrase or " " not in who.aff_phrase.strip())
            and 2 <= len(who.name.split()) <= 4
            and (
                any(_is_org_word(w) for w in bwords)
                or (bwords[-1:] and bwords[-1] in lexicon.words("legal_forms.txt"))
            )
        ):
            if who.aff_phrase:
                # `Group CEO X of Y`: the word before the title qualifies it
                who.role = f"{who.aff_phrase.lower()} {who.role}"
            who.aff_phrase = body
            who.place = who.place or _place_in(body, places)
            who.aliases.append(strip_det(raw))
            return who
    m = _OWNERS_WORDS.match(raw)
    if m and on("owner-of-words"):
        # `Spokesman Lin Tao's remarks came after ...`, `the minister's reply said`: the words
        # are their speaker's
        return _describe(m.group("owner"), places)
    if _HANDLE_ONLY.fullmatch(raw) and on("handle-is-outlet"):
        # `a post by @Farm_News says`: an account named by its handle alone, no person's name
        # joined to it, publishes as an outlet does
        return Desc("media", raw)
    m = _CAME_AFTER.match(raw)
    if m and m.end() < len(raw) and on("came-after-subject"):
        # `The ministry's response comes after news shared online alleged`: the news alleged
        raw = raw[m.end() :]
    m = _SUBORDINATE_SUBJECT.match(raw)
    if m and on("subordinate-clause-subject"):
        # `The confirmation came two days after the Manila Courant`, `When Uruguay's minister`:
        # the subject of the clause that holds the verb of saying
        raw = raw[m.end() :]
    m = _ADVERBIAL_PRONOUN.match(raw)
    if m and on("adverbial-then-pronoun"):
        # `In a radio interview later on Monday he called ...`: the pronoun is the subject
        raw = m.group(1)
    m = _FROM_BODY.match(raw)
    if m and on("from-body-speaker"):
        # `From CNAIR categorically denied this` (a translated page): the body speaks
        raw = m.group(1)
    low = raw.lower()
    if low in ("he", "she", "it", "they", "we", "i"):
        return Desc("pronoun", low)
    if _BOTH_SIDES.match(low) and on("both-sides-no-actor"):
        # `Both say ...`, `each side says`, `Both governments have promised`: the parties
        # already met, spoken of together (no actor of their own), read as `they`
        return Desc("pronoun", "they")
    m = _KNOWN_AS.match(raw) or _ACRONYM_AFTER.match(raw)
    if m is None and on("known-by-acronym"):
        m = _KNOWN_BY.match(raw)
    if m:
        # `Brazil's foreign ministry, known as Itamaraty`: the body, and its other name
        d = describe(m.group("body"), places)
        if (
            d.kind == "person"
            and not d.named
            and d.aff_phrase
            and m.group("body").endswith(d.aff_phrase)
            and on("member-of-named-body")
        ):
            # `two officials of the Department of Transportation (DOTr)`: the body's short name
            d.aff_phrase = f"{d.aff_phrase} ({m.group('alias')})"
            return d
        d.aliases.append(m.group("alias"))
        return d
    base = strip_det(raw)
    blow = base.lower()
    det = raw[: len(raw) - len(base)].strip().lower()
    ws = _words(base)
    if not ws:
        return Desc("organisation", base)
    if (
        det == "the"
        and 2 <= len(ws) <= 4
        and ws[-1].lower() in lexicon.words("company_nouns.txt")
        and all(w[:1].islower() or places.find(w) is not None for w in ws[:-1])
        and (state := next((p for w in ws[:-1] if (p := places.find(w)) is not None), None))
        and on("state-company-description")
    ):
        # `the Chinese manufacturer`, `the iconic US company`: a company named before, by
        # its state and its trade; no body of its own
        return Desc("definite", base, head="company", place=state, named=False)
    if det not in ("the", "this", "that") and on("person-by-trade"):
        trade = _person_by_trade(re.sub(r"^(?:[Aa]nother|[Oo]ne)\s+", "", base), places)
        if trade is not None:
            return trade
    m = _TOWN_OF.match(base)
    if m and places.find(m.group("name")) is None and on("town-of-name"):
        # `the Swedish border town of Haparanda accused ...`: the town (its council) by name
        return Desc("organisation", m.group("name"), [base], place=_place_in(base, places))
    m = _OFFICE_OF_HOLDER.match(base)
    if m and on("office-of-holder"):
        # `The Office of the Deputy Minister of Health I Datuk Dr Noor Azmi Ghazali`: the
        # office speaks (it, its statement), named by the post without its holder's name
        holder = _describe(m.group("post"), places)
        post = m.group("post")
        if holder.kind == "person" and holder.named and holder.name and holder.name in post:
            post = post[: post.index(holder.name)].strip()
            post = _honorific_end().sub("", post).strip() or post
        if post and post.split()[-1][:1].isupper():
            name = f"Office of {m.group('det') or ''}{post}"
            return Desc("organisation", name, [base], place=holder.place)
    if (
        lexicon.any_pattern("circulating_items.txt").search(base)
        and not re.search(r"\bby\b", base)
        and on("circulating-item-media")
    ):
        # `A voice note and a graphic circulating on WhatsApp`, `a viral post`: an item that
        # spreads speaks as a medium, its author unknown (`a post by an account calling itself
        # X`: the author is named, and speaks)
        return Desc("media", base, [raw] if raw != base else [])
    if _AMPERSAND_NAME.fullmatch(base):
        # `Hadley & Finch`: a firm's name joins its founders' names with `&`
        return Desc("organisation", base, [raw] if raw != base else [])
    q = _QUALIFIED_TEXT.match(blow)
    if q and q.group(2).split()[0] in lexicon.words("issued_texts.txt") and on("qualified-text"):
        # `The so-called report said`, `the alleged memo says`: a text, whatever its epithet
        base, blow = base[q.start(2) :], q.group(2)
        ws = _words(base)
    if (
        blow.split()[0:1]
        and (
            blow.split()[0] in lexicon.words("issued_texts.txt")
            or re.match(r"(?:press|news) release\b", blow)
        )
        and len(ws) <= 3
    ):
        return Desc("statement", base)
    inst = lexicon.institution_index().get(blow)
    if (
        inst is not None
        and inst.country
        and set(blow.split()) <= _GENERIC_OFFICE_WORDS
        and (home := places.home()) is not None
        and home.code != inst.country
        and on("generic-office-at-home")
    ):
        # `Foreign Office spokesperson X` on a page datelined Islamabad: Pakistan's foreign
        # office, not the British one that bears the same common name
        return Desc("organisation", base, [], place=home)
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
    if _ONE_OF_THEM.match(blow) and on("one-of-them"):
        return Desc("definite", base, head="people", named=False)
    m = _SOME_OF.match(blow)
    if m:
        return Desc("definite", base, head=m.group(1).split()[-1], named=False)
    m = _ORDINAL_MEMBER.match(blow) if det == "the" else None
    if m:
        # `The third person said` after `three people familiar with the matter`: one of them
        noun = m.group(1)
        return Desc(
            "definite", base, head="people" if noun == "person" else noun + "s", named=False
        )
    m = _SPOKESPERSON_FOR.match(base)
    if m and det == "the" and places.find(strip_det(m.group("body"))) is None:
        # `The spokesman of the Ministry of Foreign Affairs added`: the one named before
        return Desc("definite", base, head=m.group("role").lower(), named=False)
    if m and det in ("a", "an", "") and places.find(strip_det(m.group("body"))) is None:
        # `A spokesperson for the Office of the Trade Representative`: an unnamed person of
        # that body, not the body itself
        title = m.group("role").lower()
        return Desc(
            "person",
            f"{strip_det(m.group('body'))} {title}",
            [raw],
            role=title,
            place=_place_in(m.group("body"), places),
            aff_phrase=m.group("body"),
            named=False,
            gender=_gender(title),
        )
    if len(ws) == 1 and base.lower() in places.subnational:
        return Desc("organisation", base, [base])
    two = _TWO_STATES.match(base)
    if two:
        pa, pb = places.find(two.group("a")), places.find(two.group("b"))
        if pa is not None and pb is not None and pa is not pb:
            # one joint actor, as the text has them speak with one voice
            name = f"{pa.name} and {pb.name}"
            return Desc("government", name, [base] if base != name else [])
    # The state itself.
    p = places.find(base)
    if p is not None:
        return Desc("government", p.name, [base], place=p)
    if (
        det == "the"
        and len(ws) == 1
        and base.endswith("s")
        and base[:1].isupper()
        and (p := places.find(base[:-1])) is not None
        and p.name != base[:-1]
        and on("plural-demonym-state")
    ):
        # `The Iranians deny both allegations`, `the Iraqis have complained`: a people named
        # by its plural demonym speaks as its state (rule 2), as `Iranian officials` does
        return Desc("government", p.name, [raw], place=p)
    m = (_X_GOVERNMENT.match(base) if " government" in base else None) or _GOVERNMENT_OF.match(base)
    if m:
        p = places.find(m.group(1))
        if p is None and on("state-kind-of-government"):
            # `Mali's transitional government`, `the Malian military government`: the state's
            # government, whatever kind of government it is
            ruled_by = _KIND_OF_GOVERNMENT.sub("", m.group(1)).strip()
            p = places.find(ruled_by) if ruled_by and ruled_by != m.group(1) else None
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
    m = _OFFICIALS_IN.match(base)
    if m and places.find(m.group(1)):
        # `officials in Ulaanbaatar acknowledged`: the state by its capital (rule 2)
        p = places.find(m.group(1))
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
    if len(toks) >= 5:
        split = _title_body_name(toks, places)
        if split is not None:
            return split
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
    # (`title-field-name` is the name the same rule had on the branch that also built it)
    if len(run) >= 3 and on("titled-name-in-run") and on("title-field-name"):
        k = _titled_name(run, places)
        if k:
            # `Deputy Energy Minister Andres Felipe Rubiano`, `Head of the Road Maintenance
            # Organization Dr. Ali Nouri`: the office in capitals, then the person's name
            run = run[-k:]
    if run and on("member-of-named-body") and _member_of_body(toks, run):
        # `an official at the Iraqi Ministry of Transport`, `two officials of the Harbour Board`:
        # unnamed people of the body, not the body (read below as a role and its body)
        run = []
    rl = [w.lower().strip(",") for w in run]
    if len(run) >= 2 and run == toks and all(w in _FIELD_WORDS and w != "of" for w in rl):
        # `Foreign Affairs denies ...` in a headline: the ministry of that field
        return Desc("organisation", base, [])
    if not (any(_is_org_word(w) for w in rl) or any(_is_media_word(w) for w in rl)):
        # A person's run: titles and place words in front of the name are its prefix.
        titled = bool(run) and _is_title(run[0])
        after_title = given_place = False
        while run and (_is_title(run[0]) or (len(run) > 1 and places.find(run[0]) is not None)):
            if (
                after_title
                and len(run) == 2
                and (given := places.find(run[0])) is not None
                and run[0] == given.name
                and run[1][:1].isupper()
                and places.find(run[1]) is None
                and not _is_title(run[1])
                and on("place-given-name")
            ):
                given_place = True
                break  # `Defence Minister Israel Katz`: a state's name as a given name
            after_title = _is_title(run[0])
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
    owner_state = None
    if (
        len(run) >= 2
        and run[0].endswith(("'s", "’s"))
        and run[-1].lower() in lexicon.words("company_ends.txt")
        and (owner_state := places.find(run[0][:-2])) is not None
        and on("state-possessive-body")
    ):
        # `China's Lenovo Group`, `Spain's Repsol SA`: the body by its own name; the state
        # before it is where it stands
        run = run[1:]
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
        if (
            (media_in_run and not org_in_run)
            or (media_in_run and _is_media_word(rwords[-1]))
            or _news_body(run)
        ):
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
        if org_in_run or len(run) > 4 or any(places.find(w) for w in run[int(given_place) :]):
            # `China's Ministry of Agriculture`: the state before the name is its place
            owner = prefix.endswith("'s") and places.find(prefix[:-2].split()[-1])
            return Desc(
                "organisation",
                rname,
                [base] if base != rname else [],
                place=_place_in(rname, places) or (owner or None) or owner_state,
            )
        # A person: role and affiliation come from the words before the name.
        if on("abbreviated-office-role"):
            # `State Sen. Ray Benavidez`: the office the abbreviation stands for is her role
            prefix = _ABBREVIATED_OFFICE.sub(lambda m: _OFFICES[m.group(1).lower()], prefix)
        role, aff = _role_and_aff(_office_prefix(prefix) or prefix, places)
        if (
            aff
            and lexicon.institution_index().get(strip_det(aff).lower()) is not None
            and on("institution-before-title")
        ):
            pass  # `Kremlin spokesman X`, `Pentagon spokesman Y`: a known seat of power's staff
        elif aff and _portfolio(aff, places) and on("capitalised-portfolio-is-role"):
            # `Agriculture Minister X`, `Energy and Petroleum Principal Secretary X`: the field
            # of the office, no body (the ministry of that field is found by its role)
            role, aff = _clean_role(f"{aff} {role or ''}", places), None
        elif (
            aff
            and role
            and role.split()[-1] == "secretary"
            and aff.split()[-1].lower() == "cabinet"
            and on("cabinet-secretary")
        ):
            # `Japanese Chief Cabinet Secretary X`, `Agriculture Cabinet Secretary X`: an office
            # of the government, no body called `Chief Cabinet`
            kept = [w for w in _words(aff) if places.find(w) is None]
            role, aff = _clean_role(f"{' '.join(kept)} {role}", places), None
        aliases = [rname] if len(run) == 1 else [run[-1]]
        if prefix:
            aliases.append(base)
        return Desc(
            "person",
            rname,
            aliases,
            role=role,
            place=_place_in(prefix, places),
            aff_phrase=without_rank_words(aff),
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
    if core and core[-1] in _MEDIA_PLURALS:
        # `certain media outlets reported`: unnamed outlets speak as media
        return Desc("media", base, [raw] if raw != base else [], place=_place_in(base, places))
    if (
        core
        and core[-1] in _PEOPLE_PLURALS
        and not _is_org_word(core[-1])
        and not _STATES_SECTOR.match(base)
    ):
        # a group named by what its people do: no title, no body of its own (but `Ecuador's
        # banana growers` is a state's trade, spoken for as a body)
        name = _LEAD_NUMBER.sub("", base)
        return Desc("person", name, [raw], place=_place_in(base, places), named=False, gender=None)
    if not (core and (core[-1] in humans or core[0] in humans)) or (
        core and _is_org_word(core[-1]) and core[-1] not in humans
    ):
        if (
            (any(_is_media_word(w) for w in lws[-2:]) and not _is_org_word(head))
            or _media_name(base)
            or _news_body(base.split())
        ):
            return Desc("media", base, [raw] if raw != base else [], place=_place_in(base, places))
        return Desc(
            "organisation", base, [raw] if raw != base else [], place=_place_in(base, places)
        )
    # An unnamed person or group: `a spokeswoman for X`, `three South Korean officials`.
    role, aff = _role_and_aff(base, places)
    aff = without_rank_words(aff)
    if aff and on("count-is-no-body"):
        aff = _LEAD_NUMBER.sub("", aff) or aff  # `two administration officials`
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
