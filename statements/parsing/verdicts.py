"""Verdicts on a report or an account: a remark that says what it does to an account
(`supported the Courier's report`, `the Morning Star's account was accurate`), the earlier words
such a remark names as the account, and an account given when asked about another side's report.
Also the tests the sides pass shares for a remark that answers nothing (future, non-committal,
a bystander's).
"""

from __future__ import annotations

import re

from . import lexicon
from .link import content_stems
from .model import Row
from .resolve import MActor, Registry
from .rules import on
from .stance import (
    ANAPHOR,
    REPORT_BACK,
    has_confirm_cue,
    has_decline_cue,
    has_denial_cue,
    has_goodwill_cue,
    has_policy_cue,
)

# A remark about what will, should or could be is no account of what happened.
FUTURE = re.compile(
    r"\b(?:would|will|shall|should|could|might|next (?:week|month|year|spring|round))\b", re.I
)
# A remark that asks another party to act, or says what is to come: `urged Manila to speed up
# the process`, `asks all upstream countries to share data`, `expected the matter to be resolved
# in the coming weeks`, `we are not going to negotiate through the media`. It answers no account.
ASKS_OR_AWAITS = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|appeal(?:s|ed|ing)? to|invit(?:e|es|ed|ing)|"
    r"encourag(?:e|es|ed|ing)|ask(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){1,4}?to\s+[\"“]?"
    r"(?!(?:the|a|an|its|their|his|her|our|this|that)\b)[a-z]+|"
    r"\bexpect(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:be\s+)?[a-z]+|"
    r"\bin the (?:coming|next few) (?:days|weeks|months)\b|\bgoing to\b",
    re.I,
)
# Words of a speaker who neither confirms nor denies: `aware of the reports`, `in contact with`.
NONCOMMITTAL = re.compile(
    r"\b(?:aware of the (?:reports?|claims?|allegations?)|in (?:close )?contact with|"
    r"monitoring the situation|looking into (?:the|it|this)|"
    r"following the (?:case|matter|situation))",
    re.I,
)


def is_bystander(actor: MActor | None) -> bool:
    """A voice that comments on a dispute without a side in it: an analyst, a lawmaker."""
    if actor is None or actor.kind != "person" or not actor.role:
        return False
    roles = lexicon.words("bystander_roles.txt")
    return any(w in roles for w in re.findall(r"[a-z]+", actor.role.lower()))


_ASKED = re.compile(r"\basked\s+(?:about|on|over|to comment on|whether|if)\b", re.I)
_NAMED_REPORT = re.compile(
    r"['’]s?\s+(?:reports?|story|stories|articles?|account|claims?|allegations?|accusations?)\b",
    re.I,
)


def asked_about_the_report(rows: list[Row], reg: Registry) -> None:
    """`Asked about the Ledger's story, the spokesman said: "The ships were in port."`: an
    account given in answer to a question about another side's report contradicts it."""
    if not on("answer-when-asked"):
        return
    text = reg.places.text
    claims = [r for r in rows if r.stance == "claim"]
    for r in rows:
        f = r.frame
        if r.stance != "comment" or f.vclass not in ("say", "turn") or f.headline:
            continue
        lead = text[f.unit.start : r.start]
        m = _ASKED.search(lead)
        if m is None:
            continue
        asked = lead[m.end() : m.end() + 80]
        if not (REPORT_BACK.search(asked) or ANAPHOR.search(asked) or _NAMED_REPORT.search(asked)):
            continue
        earlier = [c for c in claims if c.pos < r.pos]
        if not earlier or any(c.actor is r.actor or c.side == r.side for c in earlier):
            continue  # no report yet, or the claimant's own side
        words = r.content
        if (
            has_decline_cue(words)
            or NONCOMMITTAL.search(words)
            or FUTURE.search(words)
            or has_policy_cue(words)
            or has_confirm_cue(words)
            or is_bystander(r.actor)
            # `adding that the two countries enjoyed "close and friendly" relations`
            or (has_goodwill_cue(words) and not has_denial_cue(words) and on("goodwill-cues"))
        ):
            continue
        r.set_stance("denial", "answer-when-asked")


_ON_THE_REPORT = (
    r"\s+(?:the|its|their|his|her|this|that|these|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s?)\s+"
    r"(?:[\w'’-]+\s+)?(?:reports?|account|claims?|story|version|allegations?|accusations?|"
    r"findings?)\b"
)
_SUPPORTS = re.compile(
    r"\b(?:supports?|supported|backs?|backed|corroborat\w+|bears?\s+out|bore\s+out|"
    r"vindicat\w+|is\s+consistent\s+with|was\s+consistent\s+with)" + _ON_THE_REPORT
)
_CONTRADICTS = re.compile(
    r"\b(?:contradict\w*|refut\w+|debunk\w*|disprov\w+|is\s+at\s+odds\s+with|"
    r"was\s+at\s+odds\s+with)" + _ON_THE_REPORT
)


_ACCURATE = re.compile(
    r"\b(?:reports?|account|story|version|claims?|article|findings?)\s+(?:is|was|were|are|had\s+been)"
    r"\s+(?:\w+ly\s+)?(?:accurate|correct|true|right|well-founded|factual|reliable)\b"
)

# `the customs figures were wrong`, `the report is simply false`: the verdict that denies.
_WRONG = re.compile(
    r"\b(?:reports?|account|story|version|claims?|article|findings?|figures?|numbers|data)"
    r"\s+(?:is|was|were|are|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:wrong|false|inaccurate|incorrect|untrue|mistaken|baseless|groundless)\b"
)


def verdicts_on_the_report(rows: list[Row]) -> None:
    """`..., which it said supported the Courier's report`: a remark that says what it does to
    a report or account is a confirmation (or a denial: `contradicts the ministry's account`)."""
    if not on("verdict-on-report") or not any(r.stance == "claim" for r in rows):
        return
    for r in rows:
        if r.stance != "comment" or r.frame.vclass not in ("say", "turn"):
            continue
        if (_SUPPORTS.search(r.text) or _ACCURATE.search(r.content)) and not has_denial_cue(r.text):
            r.set_stance("confirmation", "verdict-on-report")
        elif _CONTRADICTS.search(r.text) or (_WRONG.search(r.content) and on("verdict-wrong")):
            r.set_stance("denial", "verdict-on-report")


def named_accounts(rows: list[Row]) -> None:
    """`said the Morning Star's account was accurate`: what the named actor said before, not
    yet read as a claim, is the account being judged (a claim)."""
    if not on("account-named"):
        return
    for r in rows:
        a = r.target
        if r.stance not in ("denial", "confirmation") or a is None or a is r.actor:
            continue
        if not _NAMED_REPORT.search(r.text):
            continue  # only `X's account`, `X's story` name what X told as an account
        own = [x for x in rows if x.actor is a and x.pos < r.pos and not x.frame.headline]
        if not own or any(x.stance == "claim" for x in own):
            continue
        told = [x for x in own if x.stance == "comment" and x.frame.vclass in ("say", "claim")]
        if told:
            told[0].set_stance("claim", "account-named")


_BUT_BEFORE = re.compile(r"\bbut\s+(?:\w+ly\s+)?$", re.I)


def contrasting_details(rows: list[Row], reg: Registry) -> None:
    """`The navy confirmed the purchase but said the price was 60 million crowns`: after a
    confirmation, the same speaker's `but said` about a fact of another side's claim contradicts
    that detail (a denial)."""
    if not on("but-contradicts"):
        return
    text = reg.places.text
    for i, r in enumerate(rows):
        f = r.frame
        if r.stance != "comment" or f.rule != "coordinated" or i == 0:
            continue
        prev = rows[i - 1]
        if prev.actor is not r.actor or prev.stance != "confirmation":
            continue
        if not _BUT_BEFORE.search(text[max(f.unit.start, r.start - 40) : r.start]):
            continue
        if FUTURE.search(r.content) or has_policy_cue(r.content) or has_confirm_cue(r.content):
            continue
        stems = content_stems(r.content)
        if any(
            c.stance == "claim" and c.side != r.side and stems & content_stems(c.content)
            for c in rows[max(0, i - 30) : i]
        ):
            r.set_stance("denial", "but-contradicts")


_AS_USUAL = re.compile(
    r"\b(?:as usual|as normal|normally|as scheduled|as planned|on schedule|as before|"
    r"in full and on time|without (?:any )?interruption|uninterrupted)\b",
    re.I,
)


def business_as_usual(rows: list[Row]) -> None:
    """`The rail company said the night trains would run as usual`: the party a claim is about,
    saying that what it reported stopped goes on as usual, contradicts it (a denial)."""
    if not on("as-usual"):
        return
    for i, r in enumerate(rows):
        a = r.actor
        if r.stance != "comment" or a is None or r.frame.vclass not in ("say", "turn"):
            continue
        if not _AS_USUAL.search(r.content) or has_decline_cue(r.content) or is_bystander(a):
            continue
        head = a.name.lower().split()[-1]
        if len(head) < 4:
            continue
        if any(
            c.stance == "claim"
            and c.actor is not a
            and re.search(rf"\b{re.escape(head)}\b", c.content.lower())
            for c in rows[max(0, i - 30) : i]
        ):
            r.set_stance("denial", "as-usual")
