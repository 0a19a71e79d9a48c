"""Stance, first reading: each statement by its verb, its speaker and its own words.

The dispute pass (`disputes.py`) revises these readings once it knows who claims and who denies.
Every reading names its rule (see `rules.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .caseblind import lower_for_ci
from .link import content_stems
from .model import Row, Stance
from .rules import on

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")


@lru_cache(maxsize=1)
def _cue_res() -> tuple[re.Pattern[str], ...]:
    def alt(name: str) -> re.Pattern[str]:
        items = sorted(lexicon.words(name), key=len, reverse=True)
        body = "|".join(re.escape(i) for i in items) or "(?!)"
        return re.compile(r"(?<![a-z])(?:" + body + r")(?![a-z])")

    return (
        alt("denial_cues.txt"),
        alt("confirm_cues.txt"),
        alt("decline_cues.txt"),
        alt("dismissal_cues.txt"),
        alt("policy_cues.txt"),
        alt("idle_negations.txt"),
        alt("goodwill_cues.txt"),
    )


# A clause of condition: `if it was not resolved before then`, `unless the permits are issued`,
# up to the end of its clause. A negation inside it asserts nothing.
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b[^,.;:!?\"“”]{0,120}")


def _without_idle_negations(low: str) -> str:
    """The lowered text without the negations that deny nothing (rule `idle-negation`): a
    clause of condition (`if the clearances were not issued`) and a quantity or emphasis
    (`on no fewer than nine occasions`, `not only`)."""
    low = _cue_res()[5].sub(" ", low)
    if " not " in low and on("appositive-negation"):
        # `..., a request the ministry had not mentioned`: a negation inside a description set
        # off after the clause, of something else than what the clause says
        low = _APPOSITIVE_NEGATION.sub(" ", low)
    return _CONDITION.sub(" ", low) if ("if" in low or "unless" in low or "whether" in low) else low


# `, a request the ministry had not mentioned`, `, a figure that the port had not disclosed`
_APPOSITIVE_NEGATION = re.compile(
    r",\s+an?\s+[a-z]+\s+(?:(?:that|which)\s+)?(?:the|its|their|his|her)\s+[a-z]+\s+"
    r"(?:had|has|have)\s+not\s+(?:mentioned|disclosed|revealed|announced|published|made\s+public)\b"
)


# A contrast of time set off after the clause it qualifies, and a deadline: `the meeting will
# take place when the text is ready, not before`, `within days, not weeks`, `no later than
# Friday`. The `not` says when, and negates nothing anyone reported (rule `time-contrast`).
_TIME_CONTRAST = re.compile(
    r"(?:[,;]|\s[-–—])\s*not\s+(?:before|after|later|sooner|earlier|(?:in\s+)?(?:hours|days|"
    r"weeks|months|years))\b|\b(?:no|not)\s+later\s+than\b"
)


@lru_cache(maxsize=1)
def _deprivation_re() -> re.Pattern[str]:
    """`had denied entry to`, `has been denied a berth`, `with no paper, no reason`: what a side
    was denied or left without, an act a claim tells, no negation of an account (rule
    `deprivation-not-denial`; the nouns in lexicon `deprivations.txt`)."""
    body = lexicon.alternation("deprivations.txt") or "(?!)"
    return re.compile(
        r"\b(?:denied\s+(?:(?:them|him|her|us|it|the\s+[a-z]+)\s+)?|with\s+no\s+)(?:"
        + body
        + r")(?![a-z])(?:\s*,\s*no\s+(?:"
        + body
        + r")(?![a-z]))*"
    )


def has_deprivation(text: str) -> bool:
    """`had denied entry to`, `with no paper`: a noun of lexicon `deprivations.txt` after
    `denied` or `with no`."""
    low = text.lower()
    return ("denied" in low or "with no" in low) and bool(_deprivation_re().search(low))


def has_denial_cue(text: str) -> bool:
    """Negation or dismissal words in the text."""
    return _denial_cue(text, on("idle-negation"), on("time-contrast"), on("deprivation-not-denial"))


@lru_cache(maxsize=8192)  # asked again of the same words by several stages
def _denial_cue(
    text: str, skip_idle: bool, skip_time: bool = False, skip_deprived: bool = False
) -> bool:
    low = text.lower().replace("’", "'")
    if skip_idle:
        low = _without_idle_negations(low)
    if skip_time and "no" in low:
        low = _TIME_CONTRAST.sub(" ", low)
    if skip_deprived and ("denied" in low or "with no" in low):
        low = _deprivation_re().sub(" ", low)
    return bool(_cue_res()[0].search(low)) or "n't" in low


@lru_cache(maxsize=8192)  # asked again of the same words by several stages
def has_dismissal_cue(text: str) -> bool:
    """Words that dismiss an account by themselves: `a fabrication`, `no basis`, `lies`."""
    return bool(_cue_res()[3].search(text.lower().replace("’", "'")))


# A decision said not to have been taken: `no decision has been taken on the fee`, `there is no
# decision taken regarding`, `the options were "discussed, not decided"`, `has not yet been
# decided`. Said by anyone of a contested step, it answers a report that the step was decided
# (rule `no-decision-answers`); `a decision is expected` or `the decision was taken` says no such.
_NO_DECISION = re.compile(
    r"\bno\s+(?:final\s+|formal\s+|such\s+)?decision\s+(?:(?:has|had|have|was|is|were)\s+)?"
    r"(?:yet\s+)?(?:been\s+)?(?:taken|made|reached)\b|"
    r"\b(?:discussed|considered|proposed|studied|raised),?\s+(?:but\s+)?not\s+(?:decided|agreed|"
    r"approved)\b|"
    r"\b(?:has|had|have)\s+(?:not|n't)\s+(?:yet\s+)?been\s+decided\b",
    re.I,
)


def says_no_decision(text: str) -> bool:
    """`no decision has been taken`, `discussed, not decided`: a step said to be undecided."""
    return "deci" in text.lower() and _NO_DECISION.search(text) is not None


@lru_cache(maxsize=8192)  # asked again of the same words by several stages
def has_policy_cue(text: str) -> bool:
    """Words of a side's policy or goodwill: `looks forward to`, `committed to`, `invited`."""
    return bool(_cue_res()[4].search(text.lower().replace("’", "'")))


@lru_cache(maxsize=8192)  # asked again of the same words by several stages
def has_goodwill_cue(text: str) -> bool:
    """Words of goodwill towards the other side or of talks going on (`relations remained
    "excellent"`, `in close contact with`, `hopeful of`): lexicon `goodwill_cues.txt`."""
    return bool(_cue_res()[6].search(text.lower().replace("’", "'")))


# `We have seen the reports`, `we have seen media reports`: a spokesman's opening before the
# answer, no sign of backing them (`we have seen the documents` is)
_SEEN_REPORTS = re.compile(
    r"\b(?:we|i)\s+(?:have|had)\s+(?:also\s+)?seen\s+(?:the|these|those|such|some|media|press|"
    r"news)\s+(?:[a-z]+\s+)?(?:reports?|stor(?:y|ies)|articles?|claims?|allegations?|"
    r"releases?|statements?)\b",
    re.I,
)


# `Nobody has shown us anything that contradicts our story`: nothing, the speaker says, goes
# against its own report; it stands by it (rule `nothing-against-own-report`)
_NOTHING_AGAINST_OWN = re.compile(
    r"\b(?:nothing|nobody|no\s+one|none)\b[^.;:!?]{0,60}?\b(?:contradict|refute|disprove|"
    r"undermine)(?:s|d|ed)?\s+(?:our|its|their|his|her)\s+(?:stor(?:y|ies)|reports?|reporting|"
    r"articles?|findings|investigation)\b"
)


def has_confirm_cue(text: str) -> bool:
    """Words of an actor standing by or supporting an account."""
    words, own = _confirm_cues(text)
    return words or (own and on("nothing-against-own-report"))


@lru_cache(maxsize=8192)  # asked again of the same words by several stages
def _confirm_cues(text: str) -> tuple[bool, bool]:
    """A confirm cue of the lexicon in the text; words saying nothing goes against one's own
    report (the rule's switch is read outside the cache)."""
    low = text.lower()
    own = ("contradict" in low or "refute" in low or "disprove" in low or "undermine" in low) and (
        _NOTHING_AGAINST_OWN.search(low) is not None
    )
    return _cue_res()[1].search(low) is not None, own


@lru_cache(maxsize=8192)  # asked again of the same words by several stages
def has_decline_cue(text: str) -> bool:
    """Words of a non-answer: declined to comment, nothing to say."""
    return bool(_cue_res()[2].search(text.lower().replace("’", "'")))


@lru_cache(maxsize=1)
def _trusts_word_re() -> re.Pattern[str]:
    """`I don't doubt the department when it says`, `no reason to doubt the word of our
    partners`, `does not doubt the minister's word`: a cue of taking a party at its word
    (lexicon `trusted_word_cues.txt`) and the party it names (`who`)."""
    cues = lexicon.alternation("trusted_word_cues.txt").replace("'", "['’]")
    who = r"[\w'’.-]+(?:\s+[\w'’.-]+){0,3}"
    return re.compile(
        rf"\b(?:{cues})\s+(?:the\s+(?:word|assurances?)\s+of\s+(?P<who>{who})"
        rf"|(?P<who2>{who})(?:'s|’s)\s+(?:word|assurances?)\b"
        rf"|(?P<who3>{who}?)\s+when\s+(?:it|he|she|they)\s+(?:says?|said|tells?|told|insists?)\b)",
        re.I,
    )


def trusted_party(text: str) -> str | None:
    """The words naming the party a statement takes at its word (`the department`, `our
    Italian friends`), or None: what rule `trusts-word` reads."""
    if "doubt" not in text and "question" not in text and "disbelieve" not in text:
        return None  # the pattern's search is slow on the many statements that have none
    m = _trusts_word_re().search(text[:300])
    if m is None:
        return None
    who = m.group("who") or m.group("who2") or m.group("who3") or ""
    return who if who.lower() not in ("it", "that", "this", "them", "him", "her") else None


_NOT_AWARE = re.compile(r"\bnot aware of\b", re.I)
# an appeal to pay no heed to what was reported (`to ignore a laughably puerile report`)
# what was reported, as the object of an appeal to pay it no heed (`the puerile report`)
_REPORTED_OBJECT = (
    r"(?:(?:the|this|that|these|those|such|a|an|any|all)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:reports?|story|stories|news|information|claims?|publications?|messages?|rumou?rs?|"
    r"letters?|videos?|posts?|allegations?|speculations?)\b"
)
_DISREGARD = re.compile(
    rf"\b(?:to|should|must|please)\s+(?:disregard|ignore|discountenance)\s+{_REPORTED_OBJECT}",
    re.I,
)


@lru_cache(maxsize=1)
def _no_credence() -> re.Pattern[str]:
    """`to "not give credence to the rumours"`, `not to believe the posts`: an appeal to pay no
    heed worded as a negation, before what was reported (lexicon `credence_phrases.txt`)."""
    alt = lexicon.alternation("credence_phrases.txt")
    return re.compile(
        rf"\b(?:to\s+[\"“]?|[\"“]?)(?:{alt})\s+{_REPORTED_OBJECT}",
        re.I,
    )


_CITING = re.compile(r"\b(?:citing|quoting|according to)\b", re.I)
# An account defended as a faithful relay of its sources: `the paper had reported what
# recruitment agents had told its reporters`, `We reported what we were told`: whoever says it
# of a report stands by it (rule `reported-what-told`); `had not reported what` does not.
_REPORTED_WHAT_TOLD = re.compile(
    r"(?<!not )(?<!never )\b(?:reported|published|printed|wrote)\s+(?:only\s+|exactly\s+|"
    r"faithfully\s+|accurately\s+|simply\s+)?what\s+(?:[\w'-]+\s+){0,8}?(?:had\s+|has\s+|"
    r"have\s+|was\s+|were\s+)?(?:been\s+)?(?:told|said|shown|saw|seen)\b",
    re.I,
)
# A speaker who says what they do know after a non-answer: `As far as I know, ...`,
# `What I can tell you is that ...`.
ASSERTS_INSTEAD = re.compile(
    r"\b(?:as far as (?:i|we) (?:know|am aware|are aware)|what (?:i|we) can tell you is|"
    r"(?:i|we) can tell you that)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“A-Z])")


def _dismisses_apart(content: str) -> bool:
    """A sentence of the content dismisses an account and declines nothing."""
    parts = _SENTENCE_END.split(content)
    return len(parts) > 1 and any(has_dismissal_cue(p) and not has_decline_cue(p) for p in parts)


# A first-person verb of rejection: `We categorically reject`, `I firmly deny`.
_OWN_REJECTION = re.compile(
    r"\b(?:we|i)\s+(?:\w+ly\s+)?(?:reject|refute|deny|dismiss|repudiate|disavow)\b", re.I
)
# A non-answer worded with the verbs of stance themselves: `neither confirmed nor denied`,
# `would not confirm or deny`, `refused to confirm`.
_NEITHER = re.compile(
    r"\bneither\s+(?:confirm|den[yi])\w*\s+nor\s+(?:confirm|den[yi])\w*|"
    r"\b(?:not|n't|refused to|unable to)\s+(?:confirm|deny)\s+(?:or|nor)\s+(?:confirm|deny)\b|"
    r"\b(?:would|could|will|did|can)\s*(?:not|n't)\s+(?:immediately\s+)?confirm\b",
    re.I,
)
# A verb of rejection aimed at an account: `said it rejected the allegations`, `said it
# "firmly rejects" the accusations`, `refuted the report`.
_REJECTS_ACCOUNT = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|repudiat\w+|denounc\w+)\b[\"”’']?\s+"
    r"(?:(?:the|these|those|such|this|that|all|any|its|their|his|her|our|what)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:allegations?|accusations?|claims?|reports?|stor(?:y|ies)|charges?|"
    r"assertions?|suggestions?|rumou?rs?|insinuations?|version)\b",
    re.I,
)
# What was reported, said to have happened after all: `had indeed met`, `did indeed ask`.
_INDEED = re.compile(r"\b(?:had|has|have|did|does|was|were)\s+indeed\b", re.I)
# A question that answers itself: `Why would we sell ships we need ourselves?`
_RHETORICAL = re.compile(
    r"\b(?:why|who|how)\s+(?:on earth\s+)?(?:would|could|should)\s+[^?\n]{3,120}\?", re.I
)
# What was reported, said to be true: `the report is correct`, `the story was "broadly accurate"`.
_REPORT_TRUE = re.compile(
    r"\b(?:the|that|this|its|our|their|his|her)\s+(?:[\w-]+\s+)?(?:reports?|stor(?:y|ies)|"
    r"articles?|account|information)\s+(?:is|was|are|were|remains?)\s+[\"“]?(?:\w+ly\s+)?"
    r"(?:correct|accurate|true|right)\b",
    re.I,
)
# A speaker's own figures or claims, said to hold: `insisted that his claims about the track were
# true`, `the operator's figures were accurate`, `maintains its figures in their entirety`, `the
# trend was "undeniable"` (rule `account-held-true`).
_HELD_TRUE = re.compile(
    r"\b(?:the|that|this|these|those|its|our|their|his|her|my)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:claims?|figures?|data|numbers|findings?|reporting|trend)\s+(?:about\s+(?:[\w'’-]+\s+)"
    r"{1,5}?)?(?:is|was|are|were|remains?|remained)\s+[\"“]?(?:\w+ly\s+)?(?:correct|accurate|"
    r"true|right|undeniable|sound|reliable)\b|"
    r"\bmaintain(?:s|ed)?\s+(?:its|his|her|their|our)\s+(?:figures|data|numbers|findings|claims?|"
    r"declarations|statements|allegations?|accusations?|assertions|testimony|version)\b",
    re.I,
)
# A clause whose verb is negated within its first words: `that it "did not receive any
# instruction"`, `no decision had been taken`, `it had never asked`.
_NEGATED_CLAUSE = re.compile(
    r"^\W*(?:that\s+)?(?:[\w'’-]+\W+){0,5}?(?:not|no|never|n't|none|nothing)\b", re.I
)


# Words disowned as misquoted: `does not recognise the quotation attributed to it`, `never
# made the remarks attributed to him`.
DISOWNED = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:recogni[sz]e|make|made|say|said|utter\w*)\s+"
    r"(?:the|these|those|such|any)\s+(?:\w+\s+)?(?:quot\w*|remarks?|words|statements?|"
    r"comments?)\b|\b(?:quot\w*|remarks?|words|statements?|comments?)\s+(?:wrongly\s+|falsely\s+)?"
    r"attributed to\b",
    re.I,
)

# Speech-act rules that take the words from before the speaker (`"...," X said`, `X, Y said`).
# (`But according to the paper, ...` gives `But` too, but there the words meant are the clause
# after it: dropping the fragment loses the statement; left to attribution.)
_DETACHED_RULES = frozenset({"tail"})


@lru_cache(maxsize=1)
def _grievance_re() -> re.Pattern[str]:
    parts = "|".join(sorted(lexicon.words("grievance_participles.txt"), key=len, reverse=True))
    return re.compile(
        r"\b(?:(?:had|has|have)\s+(?:still\s+|yet\s+)?(?:not|never)\s+(?:yet\s+)?been|"
        r"(?:was|were|is|are)\s+(?:still\s+|yet\s+)?(?:not|never))\s+"
        r"(?:properly\s+|formally\s+|even\s+)?(?:" + parts + r")\b|"
        r"\bwithout\s+being\s+(?:" + parts + r")\b|"
        # `KVNM had not asked the governor's office for comment before the story aired`
        r"\b(?:had|has|have|did)\s+(?:not|never)\s+(?:asked|contacted|approached|consulted|"
        r"ask|contact|approach|consult)\s+(?:[\w'.-]+\s+){0,5}?for\s+(?:a\s+|any\s+)?"
        r"(?:comment|response|reaction)\b"
    )


def _only_grievance(content: str) -> bool:
    """Every negation of the content is of being left out (`Dhaka had not been warned`,
    `hauliers had not been consulted`): a grievance, not a denial (rule `grievance-negation`);
    the sides pass reads it by who says it."""
    low = content.lower().replace("’", "'")
    if not _grievance_re().search(low) or has_dismissal_cue(content):
        return False
    return not has_denial_cue(_grievance_re().sub(" ", low))


# Being left without word or paper, in the forms that name no participle of not being told:
# `traders had been given no notice`, `were shown no order`, `Nobody has told us why`, `no one
# from the ministry informed them`. The speaker says what it did not get (rule `left-without`).
# `Nobody has told us that a line we printed is wrong` is no such complaint: it stands by.
_LEFT_WITHOUT = re.compile(
    r"\b(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:given|shown|offered|sent|handed)\s+"
    r"(?:no|neither)\b|"
    r"\b(?:nobody|no one|no-one)\s+(?:[a-z'-]+\s+){0,3}?(?:(?:has|had|have|ever|even)\s+)*"
    r"(?:told|informed|warned|consulted|notified|asked|contacted|called|briefed|explained\s+"
    r"(?:anything\s+)?to)\s+(?:us|me|them|him|her|the\s+\w+|our\s+\w+|their\s+\w+)\b"
    r"(?!\s+(?:that|it\s+was|the\s+\w+\s+was)\b)|"
    # `the families said they had not heard from them since Thursday`: no word from someone
    r"\b(?:had|has|have)\s+(?:not|never)\s+(?:yet\s+)?heard\s+(?:anything\s+)?from\b"
)


# `it had sent no letter`, `we have given no instruction`: the speaker (`it`, `we`, `I`) says
# it did not do an act (a denial of its own act), not that it received nothing; `the officers
# had given no reason` stays a grievance of the side left without
_ACTIVE_NONE = re.compile(
    r"\b(?:it|we|i)\s+(?:had|has|have)\s+(?:given|shown|offered|sent|handed)\s+(?:no|neither)\b"
)


def _only_left_without(content: str) -> bool:
    """Every negation of the content is of the speaker's side getting no word or paper."""
    low = content.lower().replace("’", "'")
    if ("no" not in low) or not _LEFT_WITHOUT.search(low) or has_dismissal_cue(content):
        return False
    if on("left-without-passive") and not _LEFT_WITHOUT.search(_ACTIVE_NONE.sub(" ", low)):
        return False  # `it had sent no letter about payments`: only its own act negated
    rest = _grievance_re().sub(" ", _LEFT_WITHOUT.sub(" ", low))
    return not has_denial_cue(rest)


@lru_cache(maxsize=1)
def _no_reply_re() -> re.Pattern[str]:
    """`there had been no reply`, `We have had no answer`, `has not replied`, `had heard nothing
    from the ministry`, `had asked for a copy in March and had not received it`: a side telling
    it got no reply (nouns in lexicon `reply_nouns.txt`)."""
    nouns = lexicon.alternation("reply_nouns.txt") or "(?!)"
    return re.compile(
        r"\bno\s+(?:written\s+|formal\s+|official\s+|further\s+)?(?:" + nouns + r")\b|"
        r"\b(?:not|never|n't)\s+(?:yet\s+)?(?:replied|answered|responded)\b|"
        r"\b(?:received|had)\s+nothing\s+(?:back\s+)?(?:from|since)\b|"
        r"\b(?:had|has|have)\s+(?:still\s+)?(?:not|never|n't)\s+(?:yet\s+)?(?:received|got|"
        r"gotten|had)\s+(?:it|them|(?:a|an|any)\s+(?:" + nouns + r"))\b"
    )


def _only_no_reply(content: str) -> bool:
    """Every negation of the content is of the speaker getting no reply (`there had been no
    reply`, `had asked for the plan and had not received it`): a side waiting on another, no
    negation of any account (rule `no-reply-grievance`)."""
    low = content.lower().replace("’", "'")
    if not _may(low, "no", "n't", "nothing") or has_dismissal_cue(content):
        return False
    # the waiting is the remark's first clause: in `had written to the buyer as usual, and that
    # no reply had been received` the first clause tells the side's own account
    if not _no_reply_re().search(_FIRST_CLAUSE.split(low, 1)[0]):
        return False
    rest = _grievance_re().sub(" ", _LEFT_WITHOUT.sub(" ", _no_reply_re().sub(" ", low)))
    return not has_denial_cue(rest)


def is_fragment(body: str, rule: str, attribution: str) -> bool:
    """Words that are no statement: two words or fewer, unquoted, standing before a speaker
    whose attribution runs on to its own end (`Hours later, the daily published a different
    account`): a time phrase or a subject. An attribution set off by commas with the sentence
    going on after it (`Peru, the minister said, would not sign`) keeps its words."""
    if rule not in _DETACHED_RULES or "," in attribution or not on("fragment-not-speech"):
        return False
    if any(q in body for q in '"“”«»') or len(_WORD.findall(body.lower())) > 2:
        return False
    # `Not so, the minister said`, `No comment, she said`: two words that take a stance
    return not (has_denial_cue(body) or has_confirm_cue(body) or has_decline_cue(body))


_BY_VERB: dict[str, tuple[Stance, str]] = {
    "claim": ("claim", "verb-claim"),
    "deny": ("denial", "verb-deny"),
    "confirm": ("confirmation", "verb-confirm"),
}


def _may(low: str | None, *words: str) -> bool:
    """False when none of the words is in the lowered text: a case-blind regex needing one of
    them cannot match (None: the text has characters that make the test unsafe)."""
    if low is None:
        return True
    for w in words:  # noqa: SIM110 - a loop, not `any` over a generator: asked for every cue
        if w in low:
            return True
    return False


# `acknowledged that the two sides had not yet agreed`, `conceded that no date was set`: what a
# speaker concedes, negated or not, grants a point (rule `conceded-negation`); `confirmed that it
# "did not receive" any order` stays a denial
_CONCEDED = re.compile(r"\b(?:acknowledg\w*|admit\w*|conced\w*)\b", re.I)


def concedes(verb: str) -> bool:
    """`acknowledged`, `admits`, `conceded`: a verb of conceding."""
    return _CONCEDED.match(verb) is not None


def conceded_negation(verb: str, content: str) -> bool:
    """`acknowledged that the crew had not been detained`: a concession of a negation."""
    return concedes(verb) and bool(_NEGATED_CLAUSE.match(content))


def stance_rule(
    vclass: str,
    content: str,
    full: str,
    speaker_kind: str | None,
    unnamed_source: bool,
    cited: bool = False,
) -> tuple[Stance, str]:
    """Stance and the name of the rule that gave it, from the verb class, the speaker and the
    words of the content."""
    low, full_low = lower_for_ci(content), lower_for_ci(full)
    if (
        _may(full_low, "confirm", "den")
        and _NEITHER.search(full)
        and not _dismisses_apart(content)
        and on("neither-confirm-nor-deny")
    ):
        return "comment", "neither-confirm-nor-deny"  # `neither confirmed nor denied the report`
    if (vclass == "decline" or has_decline_cue(content)) and on("decline-cue"):
        if vclass == "decline":
            return "comment", "decline-cue"
        if ASSERTS_INSTEAD.search(content) and on("but-as-far-as"):
            pass
        elif _dismisses_apart(content) and on("dismissal-beside-decline"):
            # `There was no such request. I'd refer you to the other side.`: the non-answer
            # comes after a dismissal in a sentence of its own
            return "denial", "dismissal-beside-decline"
        elif (
            _NOT_AWARE.search(content)
            and has_dismissal_cue(content)
            and on("dismissal-beside-not-aware")
        ):
            # `We are not aware of any such official, and no such review is under way`
            return "denial", "dismissal-beside-not-aware"
        else:
            return "comment", "decline-cue"
        # `I'm not aware of the situation you mentioned. As far as I know, clearance is operating
        # normally`: the non-answer is followed by the speaker's own account, read on
    if (
        vclass == "claim"
        and speaker_kind != "media"
        and has_dismissal_cue(content)
        and REPORT_BACK.search(content)
        and on("claimed-dismissal")
    ):
        return "denial", "claimed-dismissal"  # `the ministry claimed the report was false`
    if vclass == "confirm" and (cited or _CITING.search(full)) and on("confirmed-citing"):
        return "claim", "confirmed-citing"  # `confirmed, citing sources at the crossing, that`
    if (
        vclass == "confirm"
        and _NEGATED_CLAUSE.match(content)
        and not has_confirm_cue(content)
        and not (
            _CONCEDED.search(full[: max(0, len(full) - len(content))]) and on("conceded-negation")
        )
        and on("confirmed-negation")
    ):
        return "denial", "confirmed-negation"  # `confirmed that it "did not receive" any order`
    by_verb = _BY_VERB.get(vclass)
    if by_verb is not None and on(by_verb[1]):
        return by_verb
    if (has_confirm_cue(content) or has_confirm_cue(full)) and on("confirm-cue"):
        bare = _SEEN_REPORTS.sub(" ", full)
        if (
            bare != full
            and not has_confirm_cue(bare)
            and (has_denial_cue(bare) or has_dismissal_cue(bare))
            and on("seen-reports-then-answer")
        ):
            pass  # `We have seen the reports. No drone has crossed ...`: it answers them
        else:
            return "confirmation", "confirm-cue"
    if (
        _may(low, "what")
        and _REPORTED_WHAT_TOLD.search(content)
        and not has_denial_cue(content)
        and on("reported-what-told")
    ):
        # `said the site "reported what drivers were told"`: the report told as a faithful
        # relay of its sources, by its outlet or by anyone, is stood by
        return "confirmation", "reported-what-told"
    if speaker_kind != "media" and trusted_party(content) is not None and on("trusts-word"):
        # `"I don't doubt the department when it says this isn't policy"`: the speaker takes a
        # party at its word, whatever negation the words it quotes of that party hold
        return "confirmation", "trusts-word"
    if speaker_kind != "media" and has_dismissal_cue(content) and on("dismissal-cue"):
        # `an official said the report was a complete fabrication`: a denial, even from a source
        return "denial", "dismissal-cue"
    if (
        speaker_kind != "media"
        and _may(low, "quot", "remark", "word", "statement", "comment")
        and DISOWNED.search(content)
        and on("disowned-words")
    ):
        return "denial", "disowned-words"  # `does not recognise the quotation attributed to it`
    if (
        speaker_kind != "media"
        and "?" in content
        and _RHETORICAL.search(content)
        and on("rhetorical-question")
    ):
        return "denial", "rhetorical-question"  # `"Why would we sell ships we need?" he said`
    if (
        speaker_kind != "media"
        and _may(low, "reject", "refute", "deny", "dismiss", "repudiate", "disavow")
        and _OWN_REJECTION.search(content)
        and on("own-rejection")
    ):
        return "denial", "own-rejection"  # `"We categorically reject these claims," it said`
    if (
        speaker_kind != "media"
        and _may(low, "reject", "refut", "repudiat", "denounc")
        and _REJECTS_ACCOUNT.search(content)
        and on("rejects-account")
    ):
        return "denial", "rejects-account"  # `said it rejected the allegations`
    if (
        _may(low, "correct", "accurate", "true", "right")
        and _REPORT_TRUE.search(content)
        and not has_denial_cue(content)
        and on("report-true")
    ):
        return "confirmation", "report-true"  # `said the report was "broadly accurate"`
    if (
        _may(low, "true", "accura", "correct", "right", "undeniable", "sound", "reliab", "maintain")
        and _HELD_TRUE.search(content)
        and not has_denial_cue(content)
        and on("account-held-true")
    ):
        return "confirmation", "account-held-true"  # `insisted that his claims were true`
    if (
        _may(low, "indeed")
        and _INDEED.search(content)
        and not has_dismissal_cue(content)
        and on("indeed-confirms")
    ):
        return "confirmation", "indeed-confirms"  # `said the delegation had indeed used the word`
    if (speaker_kind == "media" or unnamed_source) and on("source-report"):
        return "claim", "source-report"
    if has_denial_cue(content) and on("denial-cue"):
        if _only_grievance(content) and on("grievance-negation"):
            return "comment", "grievance-negation"
        if _only_left_without(content) and on("left-without"):
            return "comment", "left-without"
        if _only_no_reply(content) and on("no-reply-grievance"):
            # `her office said there had been no reply`: the side waits on another; it
            # negates no account (the sides pass reads it by who says it)
            return "comment", "no-reply-grievance"
        return "denial", "denial-cue"
    if has_deprivation(content) and on("deprivation-not-denial") and on("deprivation-claim"):
        # `had denied entry to 14 members`, `a fee "with no paper"`: a side told it was denied
        # something, or charged with no paper, accuses whoever did it
        return "claim", "deprivation-claim"
    return "comment", "default-comment"


def stance_of(
    vclass: str, content: str, full: str, speaker_kind: str | None, unnamed_source: bool
) -> Stance:
    """Stance from the verb class, the speaker and the words of the content."""
    return stance_rule(vclass, content, full, speaker_kind, unnamed_source)[0]


# A warning or appeal to the public at large names no report: it answers nothing
# (`urged citizens to`, `warned about fake documents`).
_APPEAL_VERBS = r"urg\w*|call\w* on|appeal\w* to|ask\w*"
PUBLIC_APPEAL = re.compile(
    rf"\b(?:warn\w*|{_APPEAL_VERBS})\s+(?:all\s+)?(?:citizens|residents|"
    r"the public|people|the population|voters|users|readers|everyone)\b|"
    r"\bwarn\w*,?\s+(?:[^,.]{1,40},\s+)?(?:\w+ly\s+)?(?:about|against|of|from)\s+"
    r"(?!(?:the|this|these|that|those|such)\b)",
    re.I,
)


@lru_cache(maxsize=1)
def _media_appeal() -> re.Pattern[str]:
    alt = lexicon.alternation("appeal_audiences.txt")
    return re.compile(rf"\b(?:{_APPEAL_VERBS}|call\w* upon)\s+(?:all\s+)?(?:{alt})\b", re.I)


def media_appeal(text: str) -> bool:
    """`called on media outlets and social media users to take information from official
    sources`: an appeal to the press at large, no answer to an account."""
    return _media_appeal().search(text) is not None


# `called the accusations "a provocation"`: a dismissal worded with a verb of naming.
CALLED_CLAIM = re.compile(
    r"\b(?:called|described|termed|branded|labell?ed|characteri[sz]ed)\s+(?:the|these|those|"
    r"such|his|her|their|its)\s+(?:[\w'-]+\s+){0,2}(?:accusations?|allegations?|claims?|reports?|"
    r"story|stories|charges?|assertions?)\b",
    re.I,
)


# `repeated his accusation`, `renewed its claims`: an accusation told again is still a claim.
RESTATED = re.compile(
    r"\b(?:repeat\w*|reiterat\w*|renew\w*|restat\w*|maintain\w*|doubled down on|"
    r"insist\w* on)\s+(?:his|her|its|their|the|that|this|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:accusations?|allegations?|claims?|charges?)\b",
    re.I,
)


# `reiterated on Wednesday that ...`, `said again that ...`: an account told again.
RESTATED_THAT = re.compile(
    r"\b(?:reiterat\w*|repeat(?:ed|s)|restat\w*|said again|again said|says again|again says)"
    r"\b(?:\s+\w+){0,3}?\s+that\b",
    re.I,
)


# A plan said to stand answers a report only when the statement is about it: in a longer
# answer it is one point among others (`we agreed a new date, and our flights continue as
# planned`)
PLAN_WORDS = 20


@lru_cache(maxsize=1)
def _unchanged_plan() -> re.Pattern[str]:
    alt = "|".join(sorted(lexicon.words("unchanged_plan_cues.txt")))
    return re.compile(rf"\b(?:{alt})\b", re.I)


# The vehicle of a statement that is a body's findings: `said in a confidential report`,
# `said in its annual assessment`, `according to the audit`.
_REPORT_VEHICLE = re.compile(
    r"\b(?:in|according\s+to)\s+(?:a|an|its|the|their|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|assessment|findings|study|audit|dossier)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _undecided() -> re.Pattern[str]:
    alt = "|".join(sorted(lexicon.lines_of("undecided_cues.txt")))
    return re.compile(rf"\b(?:{alt})\b", re.I)


# the first clause of a content (`X "remains under discussion" and that Y`): what it is about
_FIRST_CLAUSE = re.compile(r",?\s+and\s+that\s+|,\s+(?:and|but)\s+|;\s+")


# `the report`, `the newspaper's article`, `that story`: a report as the source of `according to`
_REPORT_SOURCE = re.compile(
    r"^(?:the|that|this|its|their|(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}['’]s?)\s+"
    r"(?:(?:original|first|latest|initial|new|same)\s+)?(?:report|article|story|investigation)$",
    re.I,
)

# `is not natural mortality`, `was no accident`, `not a coincidence`: an innocent cause denied
_INNOCENT_CAUSE_DENIED = re.compile(
    r"\b(?:is|was|are|were|be|been|'s)\s+(?:not|no|n't|never)\s+(?:an?\s+|just\s+|simply\s+)?"
    r"(?:natural|accident|accidental|coincidence|coincidental|random|chance|bad\s+luck|"
    r"an?\s+isolated\s+incident)\b",
    re.I,
)

# rules whose stance the fitted model leaves alone (stance_model.revise_stances)
SETTLED = frozenset({"according-to-report"})


def first_reading(
    *,
    vclass: str,
    frame_rule: str,
    question_turn: bool,
    content: str,
    body: str,
    speaker_kind: str | None,
    unnamed_source: bool,
    cited: bool = False,
    speaker_text: str = "",
) -> list[tuple[Stance, str]]:
    """The stance of a statement read alone, as a trace: the first reading, then each rule that
    changed it (the last entry is the stance)."""
    if vclass == "turn":
        vclass = "say"
    trace = [stance_rule(vclass, content, body, speaker_kind, unnamed_source, cited)]
    if (
        trace[-1][0] == "comment"
        and vclass == "say"
        and not question_turn
        and speaker_kind != "media"
        and _unchanged_plan().search(content)
        and len(content.split()) <= PLAN_WORDS
        and on("plan-unchanged")
    ):
        # `"September is still our working date," he said`, `the bid was proceeding as
        # planned`: a plan said to stand answers a report that it changed (an article with no
        # claim keeps it a comment: `no-dispute`)
        trace.append(("denial", "plan-unchanged"))
    elif (
        trace[-1][0] == "comment"
        and vclass == "say"
        and question_turn
        and speaker_kind not in ("media", None)
        and _unchanged_plan().search(content)
        and len(content.split()) <= PLAN_WORDS
        and not body.rstrip(" \"”’'").endswith("?")
        and on("asked-plan-unchanged")
    ):
        # `Q: The fisheries ministry said yesterday that the bid was "proceeding as planned".
        # Does the Foreign Ministry share that assessment?`: the asker cites a party's own
        # answer that the plan stands, which is that party's denial, not the asker's claim
        trace.append(("denial", "asked-plan-unchanged"))
    elif (
        trace[-1][0] == "comment"
        and vclass == "say"
        and not question_turn
        and speaker_kind != "media"
        and _may(lower_for_ci(content), "under", "still")
        and _undecided().search(_FIRST_CLAUSE.split(content, 1)[0])
        and len(_FIRST_CLAUSE.split(content, 1)[0].split()) <= PLAN_WORDS
        and on("still-undecided")
    ):
        # `the idea of a trilateral meeting "remains under discussion at the level of experts"
        # and that ...`: a matter said in the first clause to be still undecided answers a
        # report that it was agreed (an article with no claim keeps it a comment: `no-dispute`)
        trace.append(("denial", "still-undecided"))
    if (
        trace[-1] == ("denial", "denial-cue")
        and _REPORT_VEHICLE.search(body[: max(0, len(body) - len(content))])
        and on("report-vehicle")
    ):
        # `the agency said in a confidential report that Iran had not explained the traces`:
        # a negation told in a report's findings charges someone; it answers nothing
        trace.append(("claim", "report-vehicle"))
    if (
        trace[-1] == ("denial", "denial-cue")
        and _INNOCENT_CAUSE_DENIED.search(content)
        and on("innocent-cause-denied")
    ):
        # `Seventy percent in seven years is not natural mortality. Somebody is taking them`,
        # `this was no accident`: the innocent explanation is what is denied, and the words
        # back the accusation
        trace.append(("confirmation", "innocent-cause-denied"))
    if frame_rule == "turn-own-claim" and on("asker-own-claim"):
        trace.append(("claim", "asker-own-claim"))
    elif (
        frame_rule == "according-to-record"
        and not has_denial_cue(content)
        and on("according-to-record")
    ):
        # `according to figures from the port authority, 1.3 million travelled`: what a
        # body's own figures or statement say, no report of a contested fact
        trace.append(("comment", "according-to-record"))
    elif (
        frame_rule == "according-to"
        and _REPORT_SOURCE.match(speaker_text)
        and on("according-to-report")
    ):
        # `According to the report, the aides told Turkish officials that ...`: what a report
        # says is the report's claim, whatever it is told in
        trace.append(("claim", "according-to-report"))
    elif (
        frame_rule == "according-to"
        and trace[-1] == ("claim", "verb-claim")
        and speaker_kind not in ("media", None)
        and not unnamed_source
        and has_denial_cue(content)
        and on("according-to-negation")
    ):
        # `according to the embassy, "no traces of unauthorized access were found"`: a named
        # party's negation is its answer, not a report
        trace.append(("denial", "according-to-negation"))
    if (
        not question_turn
        and trace[-1][0] != "comment"
        and trace[-1][1] != "rhetorical-question"
        and body.rstrip(" \"”’'").endswith("?")
        and on("asked-question-comment")
    ):
        # `"Now they say he didn't mean it. Who pays for the lorries?" she asked.`: words that
        # end by asking state nothing of their own (a question that answers itself aside)
        trace.append(("comment", "asked-question-comment"))
    body_low = lower_for_ci(body)
    if (
        trace[-1][0] == "comment"
        and _may(body_low, "accusation", "allegation", "claim", "charge")
        and RESTATED.search(body)
        and on("restated-accusation")
    ):
        trace.append(("claim", "restated-accusation"))
    elif (
        trace[-1][0] == "comment"
        and speaker_kind != "media"
        and _may(body_low, "that")
        and RESTATED_THAT.search(body)
        and not has_policy_cue(content)
        and on("restated-that")
    ):
        trace.append(("claim", "restated-that"))  # `reiterated that the government had sold`
    stance = trace[-1][0]
    if (
        vclass == "say"
        and stance == "comment"
        and _may(body_low, "called", "described", "termed", "branded", "label", "characteri")
        and CALLED_CLAIM.search(body)
    ):
        if on("called-claim"):
            trace.append(("denial", "called-claim"))
    elif (
        vclass == "say"
        and stance == "denial"
        and _may(body_low, "warn", "urg", "call", "appeal", "ask")
        and PUBLIC_APPEAL.search(body)
    ):
        if on("public-appeal"):
            trace.append(("comment", "public-appeal"))
    if vclass != "decline" and trace[-1][0] == "comment":
        # `We advise Nigerians to ignore a puerile report`, `urged the public to disregard the
        # message`, `invited citizens "not to give credence to the rumours"`: an appeal to pay
        # no heed to a report dismisses it
        if _DISREGARD.search(body) and on("appeal-to-disregard"):
            trace.append(("denial", "appeal-to-disregard"))
        elif _no_credence().search(body) and on("appeal-no-credence"):
            trace.append(("denial", "appeal-no-credence"))
    stance = trace[-1][0]
    if (
        question_turn
        and stance == "confirmation"
        and trace[-1][1] == "confirm-cue"
        and speaker_kind not in ("media", None)
        and _STANDS_BY.search(content)
        and on("asked-stands-by")
    ):
        # `Why should the House believe the Minister, when the editor said the paper "stands
        # by every line" of its story?`: a party the asker cites as standing by its report
        # confirms it; the question does not make the citation the asker's claim
        trace.append(("confirmation", "asked-stands-by"))
    if (
        question_turn
        and stance != "claim"
        and trace[-1][1] not in ("asked-plan-unchanged", "asked-stands-by")
        and (speaker_kind == "media" or vclass in ("claim", "say"))
        # an asking outlet standing by its own report (`we stand by it`) confirms it
        and not (stance == "confirmation" and speaker_kind == "media")
        # `Singapore's LTA said it "does not comment on ongoing discussions"`, cited in a
        # question: a party's refusal to comment is no account the asker puts forward
        and not (trace[-1][1] == "decline-cue" and on("asked-decline-no-claim"))
    ):
        if on("question-claim"):
            trace.append(("claim", "question-claim"))
    return trace


# Standing by an account (`stands by its story`, `stood behind the report`): the confirm cues
# of a party cited in a question that keep their stance (rule `asked-stands-by`)
_STANDS_BY = re.compile(r"\b(?:stand(?:s|ing)?|stood)\s+(?:by|behind)\b", re.I)


# An answer that names what it answers by a noun for a claim: `rejected the accusation`,
# `that version of events`, `such claims`, `dismissed the figure`.
# The nouns, as a pattern, shared with the answers' `anaphor-cut-at-that`.
ANAPHOR_NOUN = (
    r"accusations?|allegations?|charges?|claims?|assertions?|versions?|"
    r"account|figures?|suggestions?|insinuations?|explanations?|narrative"
)
ANAPHOR = re.compile(
    r"\b(?:the|that|this|these|those|such|their|his|her|its|any|both)\s+(?:[\w-]+(?:'s)?\s+)?"
    rf"(?P<noun>{ANAPHOR_NOUN})\b",
    re.I,
)
_ANAPHOR_NOUNS = (
    "accusation",
    "allegation",
    "charge",
    "claim",
    "assertion",
    "version",
    "account",
    "figure",
    "suggestion",
    "insinuation",
    "explanation",
    "narrative",
)


def anaphor_search(text: str) -> re.Match[str] | None:
    """ANAPHOR.search(text), after a test that one of its nouns is there at all."""
    if not _may(lower_for_ci(text), *_ANAPHOR_NOUNS):
        return None
    return ANAPHOR.search(text)


# Words that dismiss an account by themselves, whatever they are about.
_DISMISSAL = re.compile(
    r"\b(?:false(?:ly|hood)?|fake|untrue|baseless|groundless|unfounded|fabricat\w*|fiction\w*|"
    r"nonsense|lies?|lying|den(?:y|ies|ied|ial)|reject\w*|dismiss\w*|rumou?rs?|speculat\w*|"
    r"misleading|incorrect|inaccurate|wrong|absurd|ridiculous|invent\w*|distort\w*|no such|"
    r"never happened|not true|no truth|no basis|no evidence)\b",
    re.I,
)
# An answer pointing back at what was reported: `the report`, `such talks`, `these stories`.
REPORT_BACK = re.compile(
    r"\b(?:the|that|this|these|those|such|any|both)\s+(?:[\w-]+\s+)?(?:reports?|stor(?:y|ies)|"
    r"articles?|rumou?rs?|claims?|allegations?|accusations?|suggestions?|assertions?)\b",
    re.I,
)
# Words that move a speaker on to another subject: `also said`, `separately`, `meanwhile`.
_NEW_TOPIC = re.compile(
    r"\balso\s+(?:said|says|told|noted|added|stated|announced|remarked)\b|\bseparately\b|"
    r"\bmeanwhile\b|\bin other remarks\b|\bon (?:another|a different|an unrelated) "
    r"(?:subject|topic|matter|issue)\b|\bturning to\b",
    re.I,
)


def unrelated_negations(rows: list[Row], skip: frozenset[str]) -> None:
    """A negation on another subject is a comment, not a denial.

    `He also said the president had no plans to travel abroad` after a denial of talks: the
    `no` answers nothing. Only a statement that moves on (`also said`, `separately`) and shares
    no content word with any claim of the article is demoted; one that dismisses (`false`, `no
    such`), points back at the report (`the report`, `such claims`) or names a target keeps
    its denial.
    """
    claims = [
        content_stems(r.text, skip)
        for r in rows
        if r.stance == "claim"
        # `the recent report run by X` (rule `report-run-by`) tells nothing a negation could
        # be unrelated to: the article's negations are read as if no claim were told
        and r.rules[:1] != ["report-run-by:claim"]
    ]
    if not claims:
        return
    for r in rows:
        f = r.frame
        if r.stance != "denial" or f.vclass not in ("say", "turn") or r.target is not None:
            continue
        if f.embedded is not None or f.target or f.question_turn:
            continue
        text = r.text
        if not _NEW_TOPIC.search(text):
            continue
        if _DISMISSAL.search(text) or REPORT_BACK.search(text) or ANAPHOR.search(text):
            continue
        stems = content_stems(r.content, skip)
        if any(stems & claim for claim in claims):
            continue
        r.set_stance("comment", "unrelated-negation")


@lru_cache(maxsize=1)
def _fault_cause() -> re.Pattern[str]:
    causes = lexicon.alternation("fault_causes.txt")
    return re.compile(
        r"\b(?:because\s+of|due\s+to|owing\s+to|caused\s+by|as\s+a\s+result\s+of|for)\s+"
        r"(?:(?:an?|the|some)\s+)?(?:[\w-]+\s+){0,2}?(?:" + causes + r")\b",
        re.I,
    )


def fault_explained(rows: list[Row]) -> None:
    """`The ministry said the entry of travellers was delayed for three hours "because of a
    temporary technical failure"`: read as a claim of its own, but told after a denial of the
    block by a speaker (not an outlet) whose side claimed nothing before, a fault given as the
    cause of what the report told is a counter-account, a denial (README rule 6). A report's
    own cause, or a claimant's, stays a claim."""
    if not on("fault-explained"):
        return
    first_denial: dict[int, int] = {}  # block -> first denial's position
    claimed: dict[tuple[int, int], int] = {}  # (block, side) -> first claim's position
    for r in rows:
        if r.stance == "denial":
            first_denial.setdefault(r.block, r.pos)
        elif r.stance == "claim" and r.side is not None:
            claimed.setdefault((r.block, r.side), r.pos)
    for r in rows:
        if r.stance != "claim" or r.actor is None or r.actor.kind == "media":
            continue
        if first_denial.get(r.block, r.pos) >= r.pos:
            continue  # no denial before it
        if r.side is not None and claimed.get((r.block, r.side), r.pos) < r.pos:
            continue  # its side claimed before: a claimant's further account
        if _fault_cause().search(r.content) is None:
            continue
        r.set_stance("denial", "fault-explained")


@lru_cache(maxsize=1)
def _compliance() -> re.Pattern[str]:
    rules = lexicon.alternation("compliance_objects.txt")
    return re.compile(
        r"\b(?:(?:fully|entirely|wholly|strictly)\s+)?(?:compliant\s+with|complied\s+with|"
        r"in\s+(?:full\s+|strict\s+)?(?:accordance|compliance)\s+with)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:" + rules + r")\b",
        re.I,
    )


def compliance_asserted(rows: list[Row]) -> None:
    """`Agronord Export said its December contracts had been "fully compliant with internal
    pricing procedures"`: a comment by an actor that a claim told before it (by another
    speaker, of another side) names, saying that what it did kept to the rules, answers that
    claim: a denial of the account of that claim's speaker (README rule 6). An outlet's words,
    and an actor no claim names, stay as they were read."""
    if not on("compliance-asserted"):
        return
    claims = [r for r in rows if r.stance == "claim"]
    for r in rows:
        if r.stance != "comment" or r.actor is None or r.actor.kind == "media":
            continue
        if _compliance().search(r.content) is None:
            continue
        names = [n for n in (r.actor.name, *r.actor.aliases) if len(n) > 3]
        naming = [
            c
            for c in claims
            if c.block == r.block
            and c.pos < r.pos
            and c.actor is not None
            and c.actor is not r.actor
            and (r.side is None or c.side != r.side)
            and any(n in c.content for n in names)
        ]
        if naming and r.set_stance("denial", "compliance-asserted") and r.target is None:
            r.target = naming[-1].actor


def no_dispute(rows: list[Row]) -> None:
    """An article where nobody claims and nobody denies has only comments."""
    if any(r.stance == "claim" for r in rows) or any(r.frame.vclass == "deny" for r in rows):
        return
    if any(r.stance == "denial" and has_dismissal_cue(r.content) for r in rows):
        return  # `the report was a complete fabrication`: a dispute whose claim went unseen
    if not on("no-dispute"):
        return
    for r in rows:
        r.set_stance("comment", "no-dispute")


# The rules whose denial rests on a plain negation of the speaker's own words, nothing else.
_PLAIN_DENIAL_RULES = ("denial-cue:", "denier-side:")
_NEG = r"(?:not|n't|never|no)"
_QUESTION_WORD = r"(?:how|whether|if|what|when|where|who|whom|whose|why|which)"


# Each family of `_non_answer_res` is switchable on its own, in that order.
_NON_ANSWER_FAMILIES = (
    "non-answer-waiting",
    "non-answer-unknowing",
    "non-answer-procedure",
    "non-answer-aim",
    "non-answer-referral",
    "non-answer-until",
)


@lru_cache(maxsize=2)
def _non_answer_res(contracted: bool = True) -> tuple[re.Pattern[str], ...]:
    """The negated constructions that answer no account (lower case, `’` as `'`)."""
    waiting = lexicon.alternation("waiting_verbs.txt")
    unknowing = lexicon.alternation("unknowing_verbs.txt")
    ends = lexicon.alternation("procedure_ends.txt")
    aims = lexicon.alternation("disavowed_aims.txt")
    referral = lexicon.alternation("referral_phrases.txt")
    clause = r"[^.;:!?\"“”]"
    # `n't` follows its verb with no break between words (`don't care whose fault it is`): a
    # `\bn't` never matched it (rule `non-answer-contracted`)
    neg = r"(?:\bnot|n't|\bnever)" if contracted else r"\b(?:not|n't|never)"
    neg_aim = r"(?:\bnot|n't)" if contracted else r"\b(?:not|n't)"
    return (
        # waiting: `had not yet received the note`, `has not yet been scheduled`
        re.compile(rf"{neg_aim}\s+yet\s+(?:been\s+)?(?:{waiting})\b"),
        # not knowing, not minding: `did not know how many`, `don't care whose fault it is`
        re.compile(rf"{neg}\s+(?:yet\s+)?(?:{unknowing})\s+{_QUESTION_WORD}\b"),
        # procedure: `do not announce the content of talks in advance`
        re.compile(rf"{neg}\b{clause}{{0,80}}?\b(?:{ends})\b"),
        # disavowed aims: `We are not asking for money`, `was not taking sides`
        re.compile(rf"{neg_aim}\s+(?:{aims})\b"),
        # a matter handed to another body, and the negation in its clause: `a matter for the
        # experts, not for newspapers`, `should not be addressed to the ministry but to PSE`
        re.compile(
            rf"\b(?:{referral})\b[^.;:!?]{{0,80}}?\bnot\s+(?:for|to|by|with)\b|"
            rf"\b{_NEG}\s+(?:be\s+)?(?:{referral})\b"
        ),
        # a refusal pending an event: `would not lend further pieces abroad until ...`, `would
        # make no further statement until it had received the list`
        re.compile(
            r"\b(?:will|would|shall)\s+(?:not|(?:make|give|issue)\s+no)\b[^.;:!?]{0,80}?\buntil\b"
        ),
    )


def non_answer_negation(content: str) -> bool:
    """Every negation of the content says the speaker waits, does not know or mind, states a
    procedure, disavows an aim, hands the matter to another body or refuses until an event
    (`it had not yet received the note`, `did not know how many`, `We are not asking for
    money`): no negation of any account (rule `non-answer-negation`). A quantity `any` or
    `such` (`had not yet received any letter`) or a dismissal keeps the denial."""
    low = content.lower().replace("’", "'")
    if has_dismissal_cue(content) or re.search(r"\b(?:any|such)\b", low):
        return False
    found = False
    for name, rx in zip(
        _NON_ANSWER_FAMILIES, _non_answer_res(on("non-answer-contracted")), strict=True
    ):
        if rx.search(low) and on(name):
            found = True
            low = rx.sub(" ", low)
    return found and not has_denial_cue(low)


def non_answer_negations(rows: list[Row]) -> None:
    """A denial read from a plain negation that says nothing against any account (waiting,
    not knowing, procedure, a disavowed aim, a referral, a refusal until an event) is a
    comment: a démenti needs a negation that meets a claim (rule `non-answer-negation`)."""
    if not on("non-answer-negation"):
        return
    for r in rows:
        f = r.frame
        if r.stance != "denial" or not r.rules or not r.rules[-1].startswith(_PLAIN_DENIAL_RULES):
            continue
        if f.vclass not in ("say", "turn") or f.embedded is not None or f.target:
            continue
        if non_answer_negation(r.content):
            r.set_stance("comment", "non-answer-negation")


def headline_sums_body(rows: list[Row]) -> None:
    """`Iceland's own coast guard says at least one vessel did stray over the line` as the dek,
    then the coast guard's `confirmed on Tuesday that one trawler had crossed into the zone`:
    a headline or dek sums up what the body tells at length, so a headline's statement read as
    a claim by a speaker whose body statements are all answers (confirmations, or denials) and
    never a claim takes the stance of that speaker's first one (rule `headline-sums-body`)."""
    if not on("headline-sums-body"):
        return
    body_by: dict[int, list[Row]] = {}
    for r in rows:
        if r.actor is not None and not r.frame.headline:
            body_by.setdefault(r.actor.idx, []).append(r)
    for r in rows:
        if not r.frame.headline or r.stance != "claim" or r.actor is None:
            continue
        body = [b for b in body_by.get(r.actor.idx, ()) if b.stance != "comment"]
        if not body or any(b.stance == "claim" for b in body):
            continue
        if body[0].stance in ("confirmation", "denial"):
            r.set_stance(body[0].stance, "headline-sums-body")
