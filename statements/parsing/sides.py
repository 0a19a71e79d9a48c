"""Sides pass: each side's words read by the side it takes in the dispute.

An account that a denial answers is a claim; a side that denies goes on denying when it speaks
of the contested facts; a claimant that speaks again stands by its account; analysts and
policy remarks answer nobody. Each change of stance names its rule.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from . import lexicon
from .accounts import AHEAD as _AHEAD
from .accounts import other_side_accounts
from .attribute import Frame
from .link import content_stems
from .model import Row
from .resolve import Registry
from .rules import on
from .speakers import root
from .stance import (
    ANAPHOR,
    PUBLIC_APPEAL,
    REPORT_BACK,
    concedes,
    has_decline_cue,
    has_denial_cue,
    has_deprivation,
    has_dismissal_cue,
    has_goodwill_cue,
    has_policy_cue,
    media_appeal,
    says_no_decision,
)
from .verdicts import (
    ASKS_OR_AWAITS,
    FUTURE,
    NONCOMMITTAL,
    asked_about_the_report,
    business_as_usual,
    contrasting_details,
    is_bystander,
    named_accounts,
    verdicts_on_the_report,
)

_FIRST_PERSON = re.compile(r"\b(?:we|i|our|us|my)\b", re.I)
# `The ministry said separately that ...`, `In other news, ...`: a remark on another matter.
_ASIDE = re.compile(
    r"\b(?:separately|in a separate (?:statement|message|matter)|in other news)\b", re.I
)
_CONTRAST = re.compile(r"\bbut\b", re.I)
_DENY_VERB = re.compile(r"\b(?:den(?:y|ies|ied)|reject\w*|dismiss\w*)\b", re.I)
_ACCUSED = re.compile(
    r"\baccus\w*\s+(?:neighbou?ring\s+)?(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


# the first readings that name an answer by its verb (`we reject the report`, `denied`)
_EXPLICIT_REJECTIONS = frozenset({"own-rejection", "verb-deny"})


def assign_sides(rows: list[Row], reg: Registry) -> None:
    """Each row's side: the body its speaker answers for (`root`), nothing read further."""
    for r in rows:
        r.side = root(reg, r.actor)


def read_sides(rows: list[Row], reg: Registry) -> None:
    """Find the accounts a dispute is about, then read each side's words by the side it takes."""
    assign_sides(rows, reg)
    blocks: dict[int, list[Row]] = {}
    for r in rows:
        blocks.setdefault(r.block, []).append(r)
    for block in blocks.values():
        _read_block(block, reg)
        _requests_for_clarification(block)
        _deprived_accounts(block)


def _deprived_accounts(rows: list[Row]) -> None:
    """`Trinidadian officials say the vessel has been denied a berth`, `the charge had appeared
    "overnight, with no paper"`: a remark left a plain comment that tells what a side was denied
    or given no paper for is an accusation, a claim, when its own side denies nothing in the
    block (rule `deprivation-claim`)."""
    if not on("deprivation-claim") or not on("deprivation-not-denial"):
        return
    deniers = {r.side for r in rows if r.stance == "denial" and r.side is not None}
    for r in rows:
        f = r.frame
        if (
            r.stance != "comment"
            or r.rules != ["default-comment:comment"]
            or f.headline
            or f.vclass not in ("say", "turn")
            or r.side is None
            or r.side in deniers
            or not has_deprivation(r.content)
        ):
            continue
        r.set_stance("claim", "deprivation-claim")


# A side asking another for an explanation, opening its remark: `said it had asked Tbilisi for
# "clarification"`, `had sought a full explanation through diplomatic channels`, `would ask
# Bratislava for the measurements`, `had asked Santiago for "a technical meeting"`.
_REQUEST = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|sought|seek(?:s|ing)?|request(?:s|ed|ing)?|demand(?:s|ed|ing)?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:for\s+)?[\"“]?(?:an?\s+|the\s+|its\s+)?[\"“]?"
    r"(?:full\s+|official\s+|formal\s+|urgent\s+|technical\s+|further\s+)?"
    r"(?:clarifications?|explanations?|information|details|meeting|measurements|data)\b|"
    r"\bto\s+[\"“]?clarify\b|"
    r"\bsummon(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){0,4}?(?:ambassador|envoy|charg[eé]|diplomat)",
    re.I,
)


@lru_cache(maxsize=1)
def _request_record() -> re.Pattern[str]:
    """A side asking another to hand over a record of the affair, opening its remark: `had
    asked the Georgian embassy in Yerevan for "a full account" of the incident`, `asked Lisbon
    for a copy of the inspection report` (nouns in lexicon `requested_records.txt`)."""
    items = lexicon.alternation("requested_records.txt") or "(?!)"
    return re.compile(
        r"\b(?:ask(?:s|ed|ing)?|sought|seek(?:s|ing)?|request(?:s|ed|ing)?)\s+"
        r"(?:[\w'’.-]+\s+){0,5}?for\s+[\"“]?(?:an?\s+|the\s+|its\s+)?[\"“]?"
        r"(?:full\s+|complete\s+|detailed\s+|official\s+|formal\s+|written\s+)?(?:"
        + items
        + r")\b",
        re.I,
    )


_NO_REPLY = re.compile(
    r"\bno\s+(?:reply|replies|answer|response)\b|\b(?:not|never|n't)\s+(?:yet\s+)?"
    r"(?:replied|answered|responded)\b",
    re.I,
)
# The first readings of a negation as a side's grievance of being left out (`stance.py`).
_GRIEVANCE_READINGS = (["grievance-negation:comment"], ["left-without:comment"])
# `not been informed of any plan`, `not consulted on any such arrangement`: left out of
# something the words say does not exist; a denial of it, not a grievance.
_OF_ANY = re.compile(r"\b(?:any|such)\b", re.I)


def _only_grievance(r: Row) -> bool:
    """The row was first read as a grievance of being left out (`had not been consulted on the
    tariff change`), of something the words do not say is absent."""
    return r.rules[-1:] in _GRIEVANCE_READINGS and not _OF_ANY.search(r.content)


# The rules that read a plain remark as the account a dispute is about.
_ACCOUNT_RULES = (
    "question-claim:",
    "denied-first-account:",
    "other-side-account:",
    "answered-account:",
    "denied-run:",
    "account-before-denial:",
    "claimant-goes-on:",
    "answered-later:",
)


def _requests_for_clarification(rows: list[Row]) -> None:
    """A remark that opens with the speaker's side asking another for an explanation or a
    meeting asserts no fact of the dispute: not the account it is about (rule
    `request-for-clarification`), whatever side the speaker is on."""
    for r in rows:
        if not r.rules:
            continue
        account = r.stance == "claim" and r.rules[-1].startswith(_ACCOUNT_RULES)
        denier = (
            r.stance == "denial"
            and r.rules[-1].startswith("denier-side:")
            and on("denier-request-for-clarification")
        )
        if not (account or denier):
            continue
        head = _HEAD_BREAK.split(r.content.strip(" \"“”'"), maxsplit=1)[0]
        if _NO_REPLY.search(r.content):
            continue  # `asked for the data a week ago and has had no reply`: a grievance
        if _REQUEST.search(head) and on("request-for-clarification"):
            r.set_stance("comment", "request-for-clarification")
        elif _request_record().search(head) and on("request-for-record"):
            # `it had asked the embassy in Yerevan for "a full account" of the incident`: the
            # side asks for the record of the affair; it tells none of it
            r.set_stance("comment", "request-for-record")
        elif (
            denier
            and _side_step().search(head)
            and not has_denial_cue(r.content)
            and not has_dismissal_cue(r.content)
            and on("denier-reports-step")
        ):
            # `Bolivia had sent a diplomatic note to Argentina`, `had "raised the matter through
            # the usual channel"`, `was "examining all legal options"`, `called the call
            # "constructive"`: the denying side reports a step it took, no account of the facts
            r.set_stance("comment", "denier-reports-step")
        elif (
            denier
            and _inquiry_step().search(r.content)
            and not has_denial_cue(r.content)
            and not has_dismissal_cue(r.content)
            and on("denier-inquiry-step")
        ):
            # `We are investigating two individuals`, `has suspended two officers while it looks
            # into the allegations`, `had offered to show the footage`: the denying side says what
            # it is doing about the affair, anywhere in its remark; no counter-account
            r.set_stance("comment", "denier-inquiry-step")


@lru_cache(maxsize=1)
def _inquiry_step() -> re.Pattern[str]:
    """What a side says it is doing about the affair (lexicon `inquiry_steps.txt`)."""
    return re.compile(
        r"\b(?:" + (lexicon.alternation("inquiry_steps.txt") or "(?!)") + r")\b", re.I
    )


@lru_cache(maxsize=1)
def _side_step() -> re.Pattern[str]:
    """A side's own step in a dispute, opening its remark (rule `denier-reports-step`)."""
    docs = lexicon.alternation("step_documents.txt")
    talks = lexicon.alternation("talk_nouns.txt")
    legal = lexicon.alternation("legal_steps.txt")
    qualities = lexicon.alternation("talk_qualities.txt")
    return re.compile(
        r"\b(?:sent|delivered|handed|lodged|filed|submitted)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?:{docs})\b|"
        r"\braised\s+the\s+(?:matter|issue|case|question|concern)\b|"
        # `had written to Dakar to protest`: a letter of protest, named by its aim
        r"\b(?:wrote|written)\s+to\s+(?:[\w'’.-]+\s+){1,4}?to\s+(?:protest|complain|object)\b|"
        r"\b(?:examin|consider|study|studi|weigh|review)\w*\s+(?:all\s+|its\s+|their\s+)*"
        rf"legal\s+(?:{legal})\b|"
        r"\bagreed\s+to\s+(?:set\s+up|establish|create|hold|form)\b|"
        rf"^(?:the|that|this|its|their)\s+(?:{talks})\b\W+(?:[\w-]+\s+)?[\"“]?"
        rf"(?:{qualities})\b",
        re.I,
    )


def _answer_turns(rows: list[Row]) -> None:
    """Answers of an interview read by the turn before them.

    - `answered-turn`: `ANCHOR: Minister, is that true?` `VARGA: No. The inspection found
      marks, not cracks.`: an answer that denies or confirms with no claim put in the question
      just before takes up the other guest's answer before that question, which is the claim.
    - `asked-answer-counter`: `The Forum says one household in five lost power.` `DELL: Our
      records cover every household, and they show fewer than one in a hundred.`: an answer
      that tells its own account of what the question just put to it (two content words or
      more in common), with no cue of its own, contradicts it."""
    turns = [r for r in rows if r.frame.turn is not None]
    if len(turns) < 2:
        return
    for i, r in enumerate(turns):
        f = r.frame
        if f.question_turn or f.vclass != "turn":
            continue
        asked = [
            q
            for q in turns[max(0, i - 8) : i]
            if q.frame.question_turn and q.frame.turn == (f.turn or 0) - 1 and q.stance == "claim"
        ]
        if r.stance in ("denial", "confirmation") and not asked and on("answered-turn"):
            before = [
                o
                for o in turns[max(0, i - 8) : i]
                if not o.frame.question_turn
                and o.frame.vclass == "turn"
                and (o.frame.turn or 0) >= (f.turn or 0) - 2
            ]
            if (
                before
                and before[-1].actor is not r.actor
                and before[-1].stance == "comment"
                and not before[-1].text.rstrip(" \"”’'").endswith("?")
            ):
                # (a member's turn that ends by asking is a question, whatever it tells first)
                before[-1].set_stance("claim", "answered-turn")
            continue
        if (
            r.stance == "comment"
            and asked
            and r.rules == ["default-comment:comment"]
            and not has_decline_cue(r.text)
            and not NONCOMMITTAL.search(r.text)
            and not PUBLIC_APPEAL.search(r.text)
            and not FUTURE.search(r.content)
            and not has_policy_cue(r.content)
            and all(q.actor is not r.actor for q in asked)
            and on("asked-answer-counter")
        ):
            said = content_stems(r.content)
            for q in asked:
                if FUTURE.search(q.content) or _AHEAD.match(q.content):
                    continue  # `said it would send a technical team`: a plan put, no account
                shared = len(said & content_stems(q.content))
                if shared >= 2 or (shared == 1 and _names_speaker(r.content, q)):
                    # one word in common will do when the answer names who said it (`The
                    # Forum's survey asked 600 people`)
                    r.set_stance("denial", "asked-answer-counter")
                    break


def _names_speaker(content: str, q: Row) -> bool:
    """The answer names the speaker of the claim put to it, by a capitalised word of its name."""
    if q.actor is None:
        return False
    words = {w.strip("'’") for w in q.actor.name.split() if w[:1].isupper() and len(w) > 3}
    return any(re.search(rf"\b{re.escape(w)}\b", content) for w in words)


def _claimed_before(r: Row, rows: list[Row]) -> bool:
    """Whether the row's own speaker made a claim before it."""
    return r.actor is not None and any(
        c.stance == "claim" and c.actor is r.actor and c.pos < r.pos for c in rows
    )


def _read_block(rows: list[Row], reg: Registry) -> None:
    index = {id(x): k for k, x in enumerate(rows)}
    _answer_turns(rows)
    _nothing_to_answer(rows)
    verdicts_on_the_report(rows)
    contrasting_details(rows, reg)
    business_as_usual(rows)
    _official_accounts(rows)
    asked_about_the_report(rows, reg)
    _answered_accounts(rows)
    _bystanders(rows)
    _policy_negations(rows)
    other_side_accounts(rows, reg)
    opening = _opening_account(rows)
    rejoinders = _rejoinders(rows, opening)
    deny_rows = [
        r
        for r in rows
        if r.frame.vclass == "deny"
        and r.stance == "denial"
        and r.side is not None
        and id(r) not in rejoinders
    ]
    if not deny_rows and on("denier-by-dismissal"):
        # no verb of denial: the side that dismisses an account (`pure speculation`) denies,
        # rather than whoever first said `not` (`Nobody in Tallinn has given us a reason`)
        deny_rows = [
            r
            for r in rows
            if r.stance == "denial"
            and r.side is not None
            and has_dismissal_cue(r.content)
            and id(r) not in rejoinders
        ]
    if not deny_rows:
        deny_rows = [
            r
            for r in rows
            if r.stance == "denial" and r.side is not None and id(r) not in rejoinders
        ]
        others = [r for r in deny_rows if opening is None or r.side != opening.side]
        if others and on("rejoinder-not-denier"):
            # plain negations only: the side that told the account first negates in it
            # (`had received no reply`); another side's negation answers it
            deny_rows = others
    _denier_according_to(rows)
    accused = _accused_sides(rows, reg)
    if not deny_rows and not accused:
        _answered_later(rows)
        named_accounts(rows)
        return
    body_rows = [r for r in deny_rows if not r.frame.headline] or deny_rows
    deniers: set[int] = {s for s in (body_rows[0].side,) if s is not None} if body_rows else set()
    deniers |= accused
    if not any(r.stance == "claim" for r in rows):
        _denied_run(rows, deniers)
    if any(r.frame.vclass == "deny" for r in deny_rows):
        _accounts_before_denial(rows, deniers)
    _denier_sources(rows, deniers)
    claimants = {r.side for r in rows if r.stance == "claim" and r.side is not None} - accused
    deniers |= {r.side for r in deny_rows if r.side is not None} - claimants
    deniers |= {
        r.side for r in rows if r.stance == "denial" and not r.frame.headline and r.side is not None
    } - claimants
    first_claim = min((r.pos for r in rows if r.stance == "claim"), default=None)
    answered = _first_answers(rows)
    for r in rows:
        f = r.frame
        if (
            f.vclass == "confirm"
            and r.stance == "confirmation"
            and (r.side is None or r.side not in claimants)
            and has_denial_cue(r.content)
            and not any(has_denial_cue(c.content) for c in rows if c.stance == "claim")
            and not _CONTRAST.search(r.content)
            and not _DENY_VERB.search(r.content)
            # `acknowledged that the drivers had not been detained`: a concession grants
            and not (concedes(f.verb) and on("conceded-negation"))
        ):
            # `the customs confirmed that it "did not receive any instruction"`: a voice other
            # than the claimant's confirming a negation denies a claim that negates nothing
            r.set_stance("denial", "confirms-a-negation")
            continue
        if f.vclass not in ("say", "turn") or r.stance not in ("comment", "denial"):
            continue
        sent = r.text
        if has_decline_cue(sent) or NONCOMMITTAL.search(sent) or PUBLIC_APPEAL.search(sent):
            continue
        if _TAKES_NOTE.search(r.content) and on("noted-no-account"):
            continue  # `had "taken note of the position"`: a receipt, no answer
        if _OFFERS.search(r.content) and not has_denial_cue(r.content) and on("offer-no-answer"):
            continue  # `Our flight logs are available to the authorities`: an offer, no answer
        if media_appeal(sent) and on("appeal-to-the-media"):
            continue  # `X called on media outlets to rely on official sources`: no answer
        if _leak(r) and r.pos > (first_claim or 0):
            # `the paper quoted a senior official as saying that ...`: an unnamed official of
            # the denying side telling an outlet what is planned is the outlet's source
            r.set_stance("claim", "leaked-account")
            continue
        if r.side in deniers and r.side not in claimants and not is_bystander(r.actor):
            # the attribution, with the adverbials before the speaker (`Separately, X said`)
            lead = (
                reg.places.text[f.frame_start : r.start]
                + " "
                + sent[: max(0, len(sent) - len(r.content))]
            )
            if (
                not FUTURE.search(sent)
                and not _asks_or_awaits(r)
                and not re.match(r"^(?:separately|also)\b", sent, re.I)
                # `Last month, she had told a briefing that ...`: background told before the
                # story's news answers no report (rule `earlier-remark-no-answer`)
                and not (_earlier_remark(lead) and on("earlier-remark-no-answer"))
                and not _ASIDE.search(lead)
                and not (has_policy_cue(r.content) and not has_denial_cue(r.content))
                # a negated policy line already read as one (`We have no interest in a quarrel`)
                # stays a comment beside the side's denial (rule `policy-stays`)
                and not (r.rules[-1:] == ["policy-negation:comment"] and on("policy-stays"))
                # so does a grievance of being left out (`had not been consulted`, `Nobody has
                # told us`): the side complains, it answers no account (rule `grievance-stays`)
                and not (_only_grievance(r) and on("grievance-stays"))
                # and so does a complaint of no reply in the first person (`We have asked for
                # an audience ... but until now there is no answer yet`): rule `no-reply-stays`
                and not (
                    r.rules[-1:] == ["no-reply-grievance:comment"]
                    and _FIRST_PERSON.search(r.content)
                    and on("no-reply-stays")
                )
                # a remark of goodwill or of talks going on, with no negation, answers nothing
                # (`relations remained "excellent"`, `in close contact with`): rule
                # `goodwill-cues`
                and not (
                    has_goodwill_cue(r.content)
                    and not has_denial_cue(r.content)
                    and on("goodwill-cues")
                )
                and (r.stance == "denial" or _on_the_dispute(r, rows, index))
            ):
                if _observed_evidence(r, rows) and not _FIRST_PERSON.search(r.content):
                    # `its data showed two of the three tankers ... with their transponders
                    # switched off`, `local boats had seen foreign trawlers`: a voice put on the
                    # denying side (often by the root of its actor) telling what it saw or
                    # measured, with no negation, tells the account again; in the first person
                    # (`Our tracking data shows exactly where it was`) the side tells its own
                    # counter-account
                    r.set_stance("confirmation", "observed-evidence")
                elif r.stance == "comment" and _unnamed_before_answer(r, answered):
                    # `A senior Mexican official who asked not to be named said the discount
                    # had become "impossible to justify"`, before the ministry denies: a source
                    # of the account, not the side's answer
                    r.set_stance("claim", "unnamed-before-answer")
                else:
                    r.set_stance("denial", "denier-side")
        elif (
            r.side in claimants
            and r.side not in deniers
            and first_claim is not None
            and r.pos > first_claim
            # an analyst or a lawmaker placed in the claimant's state speaks for no side unless
            # the claim was their own (rule `bystander-no-claimant`): `a trade economist at the
            # University of Dar es Salaam` stands by nobody's account
            and not (
                is_bystander(r.actor)
                and not _claimed_before(r, rows)
                and on("bystander-no-claimant")
            )
        ):
            if has_dismissal_cue(r.content) and r.stance == "denial":
                pass  # `the report had no basis`: no claimant says that of its own account
            elif (
                _carries_on_denial(r, _row_before(rows, r, index))
                and _NEGATION.search(r.content)
                and on("denial-goes-on")
            ):
                # `Chile rejected reports that it had stopped fruit lorries.` `"No fruit lorry
                # has been stopped," a ministry spokeswoman said`: the words of the denial just
                # before, negated again, go on denying whatever side the speaker is put on
                pass
            elif r.stance == "denial" and _negated_restatement(r, rows, index):
                pass  # `the talks "have not been suspended"` after a report that they were
            elif (
                r.rules[-1:] == ["policy-negation:comment"]
                and not _PAST_NEGATION.search(r.content)
                and not _holds_evidence(r.content)
                # an outlet's words stand by its story
                and (r.side is None or reg.actors[r.side].kind != "media")
                and on("policy-stays-claimant")
            ):
                # `Kyiv was "open to discussing" the tariff but would not do so "under pressure"`:
                # the claimant's policy line, read as one, stands by no account (`Nothing in our
                # report has been retracted` does)
                pass
            elif (
                r.stance in ("denial", "comment")
                and r.frame.vclass in ("say", "turn")
                and says_no_decision(r.content)
                and on("no-decision-answers")
            ):
                # `No decision has been taken on the timetable`, `discussed, not decided`, put
                # on the claimant's side: a denial of a report of that decision (a claimant
                # tells what was decided), not the claimant standing by its account
                r.set_stance("denial", "no-decision-answers")
            elif _rejected_just_before(r, rows, index) and on("claimant-rejects-then-tells"):
                # `Kulkarni rejected that account` and then `said the delays were caused by ...`:
                # the claimant's answer to a counter-accusation goes on in plain words
                r.set_stance("denial", "claimant-goes-on-denying")
            elif (
                r.stance == "comment"
                and _holds_evidence(r.content)
                and _answered_before(r, rows)
                and on("claimant-holds-evidence")
            ):
                # `the paper had seen a copy of the memorandum`, `said it was "confident in its
                # source"`, once another side has answered: a claimant saying it holds the proof
                # of its account stands by it (before any answer it is more of the account)
                r.set_stance("confirmation", "claimant-holds-evidence")
            elif _FIRST_PERSON.search(sent) or has_denial_cue(sent):
                before = _previous_by(rows, r, index)
                # a claimant rejecting the other side's account goes on rejecting it
                if before is not None and before.stance == "denial":
                    r.set_stance("denial", "claimant-goes-on-denying")
                elif (
                    not _answered_before(r, rows)
                    and (r.rules == ["default-comment:comment"] or _plain_negation(r))
                    and not _AHEAD.match(r.content)
                    and not has_policy_cue(r.content)
                    and not is_bystander(r.actor)
                    and on("claimant-not-yet-answered")
                ):
                    # nobody has answered the account yet: nothing to stand by, more of it
                    # (`"We found out from a timetable taped to a bus shelter"`)
                    r.set_stance("claim", "claimant-not-yet-answered")
                elif (
                    r.stance == "comment"
                    and (_AHEAD_NO_IF.match(r.content) or _APPEALS.search(r.content))
                    and on("claimant-plans")
                ):
                    # `the federation would wait for the results`, `We urge the other side to
                    # stop`: what the claimant will do or asks for stands by nothing
                    pass
                elif (
                    r.stance == "comment" and _WELCOMES.match(r.content) and on("claimant-welcomes")
                ):
                    # `it welcomed the "clarification from our Jamaican colleagues"`: a claimant
                    # welcoming the other side's words stands by nothing
                    pass
                elif (
                    r.stance == "denial"
                    and r.rules[-1].split(":")[0] in _EXPLICIT_REJECTIONS
                    and on("claimant-rejects-explicitly")
                ):
                    # `But yes, we reject the report, all of it.`: a verb of rejecting says
                    # what the words do, whoever claimed what before
                    pass
                else:
                    r.set_stance("confirmation", "claimant-stands-by")
            elif (
                r.stance == "comment"
                and not FUTURE.search(r.content)
                and not has_policy_cue(r.content)
                and not is_bystander(r.actor)
                and _ACCOUNT_OF_OTHERS.match(r.content)
                and not _holds_evidence(r.content)  # `the website had seen the notices`
                and _answered_in_lede_only(r, rows)
                and on("answered-in-lede-only")
            ):
                # `Hungary accused Ukraine on Tuesday of ..., Kyiv dismissed the charge` and then
                # `Foreign Minister X told reporters that ...`: the lede told the answer in
                # brief; the body tells the account first, so the accuser's side goes on with it
                r.set_stance("claim", "answered-in-lede-only")
            elif _backs_claim(r, rows, index):
                r.set_stance("confirmation", "backs-claim")
            elif (
                r.stance == "comment"
                and not FUTURE.search(r.content)
                and not has_policy_cue(r.content)
                and not is_bystander(r.actor)
            ):
                # the accuser's side telling more of its account before anyone answers it: a
                # claim (after an answer its remarks may be about anything: left as comments)
                if not _answered_before(r, rows):
                    r.set_stance("claim", "claimant-goes-on")
    _partial_confirmations(rows, deniers, first_claim)
    _outlets_answering(rows)
    _answered_later(rows)
    named_accounts(rows)


# A remark whose clause turns on what the speaker will do (`would wait for the results`, `it
# would reconcile the figures`); not a condition (`If the ministry publishes its figures, we
# will compare them` stands by the account).
_AHEAD_NO_IF = re.compile(
    r"^\W*(?:that\s+)?(?:[\w'’,-]+\s+){0,6}?(?:will|would|shall|going to|plans? to|intends? to)\b"
    r"(?!\s+have\b)",
    re.I,
)
# A remark that opens by welcoming or thanking (`it welcomed the clarification`).
_WELCOMES = re.compile(
    r"^\W*(?:that\s+)?(?:it|they|he|she|we|the\s+\w+)\s+(?:welcom|appreciat|thank)\w*\b", re.I
)
# An appeal to another party (`We urge the other side to`, `have called for the release`).
_APPEALS = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|appeal(?:s|ed|ing)?\s+to)\b", re.I
)


def _observed_evidence(r: Row, rows: list[Row]) -> bool:
    """A remark read as nothing else (no negation, no cue) telling what the speaker saw, counted
    or measured itself (lexicon `observed_evidence.txt`), by a speaker that denied nothing with
    a verb of denial: such a fact tells the account again, it does not negate it (rule
    `observed-evidence`, read for voices the sides pass puts on the denying side)."""
    if r.rules != ["default-comment:comment"] or _NEGATION.search(r.content):
        return False
    if not lexicon.any_pattern("observed_evidence.txt").search(r.content):
        return False
    if any(o.actor is r.actor and o.frame.vclass == "deny" for o in rows if o is not r):
        return False
    return on("observed-evidence")


def _earlier_remark(sent: str) -> bool:
    """The sentence opens on a time well before the news (lexicon `earlier_remark_openers.txt`):
    `Last month, ...`, `Earlier this month, ...`, `Two years ago, ...`."""
    head = sent.lstrip(" \"“'")[:40]
    return lexicon.any_pattern("earlier_remark_openers.txt").match(head) is not None


def _holds_evidence(content: str) -> bool:
    """Words of a side holding the proof of its account or trusting it (lexicon
    `evidence_cues.txt`): `had seen a draft`, `has receipts`, `confident in its source`."""
    return lexicon.any_pattern("evidence_cues.txt").search(content) is not None


def _nothing_to_answer(rows: list[Row]) -> None:
    """`Dredging was not carried out on three sectors, according to the commission`, before
    any other side has told or denied anything: a named party's negation told by `according to`
    answers nobody yet; it is the account (a claim), as the verb first read it."""
    if not on("negation-first-account"):
        return
    for k, r in enumerate(rows):
        if r.rules[-1:] != ["according-to-negation:denial"] or r.frame.headline:
            continue
        if not any(
            o.side != r.side and o.stance in ("claim", "denial") and not o.frame.headline
            for o in rows[max(0, k - 30) : k]
        ):
            r.set_stance("claim", "negation-first-account")


def _opening_account(rows: list[Row]) -> Row | None:
    """The first statement of the body when it tells an account (a claim or a plain remark of
    a party, not an answer): the story's opening account."""
    opening = next(
        (
            r
            for r in rows
            if not r.frame.headline and r.embedded_of is None and r.frame.vclass != "decline"
        ),
        None,
    )
    if (
        opening is None
        or opening.side is None
        or (
            opening.stance not in ("claim", "comment")
            and not (
                # `Haparanda's council said Tornio had "not paid its share"`, first in the
                # body: an account told with a negation opens the story as well as any
                _plain_negation(opening)
                and on("opening-negation")
                and not has_dismissal_cue(opening.content)
                and opening.frame.target is None
                and opening.frame.embedded is None
            )
        )
        or opening.frame.vclass not in ("say", "claim")
        or is_bystander(opening.actor)
    ):
        return None
    return opening


def _rejoinders(rows: list[Row], opening: Row | None) -> set[int]:
    """The denials (by id) of the side that told the story's account first, made after another
    side has answered it: `Armenian hauliers say lorries have waited six days ...`, the Revenue
    Service's `eleven hours, not six days`, then `Petrosyan dismissed the official figure`. The
    accuser answering an answer is no denier of the dispute (rule `rejoinder-not-denier`)."""
    if opening is None or not on("rejoinder-not-denier"):
        return set()
    out: set[int] = set()
    answered = False
    for r in rows:
        if r.frame.headline:
            continue
        if r.side != opening.side and r.side is not None and r.stance == "denial":
            answered = True
        elif answered and r.side == opening.side and r.stance == "denial":
            out.add(id(r))
    return out


def _first_answers(rows: list[Row]) -> dict[int, tuple[int, int]]:
    """Each side's first denial: (paragraph, position)."""
    out: dict[int, tuple[int, int]] = {}
    for r in rows:
        if r.stance == "denial" and r.side is not None and r.side not in out:
            out[r.side] = (r.frame.unit.paragraph, r.pos)
    return out


def _unnamed_before_answer(r: Row, answered: dict[int, tuple[int, int]]) -> bool:
    """r is an unnamed person of a side (`a senior official`, `people familiar with`) speaking
    in a paragraph before the one where the side first denies: a source telling the account,
    not the side answering it (rule `unnamed-before-answer`)."""
    a = r.actor
    if a is None or a.kind != "person" or a.named or r.frame.headline:
        return False
    first = answered.get(r.side) if r.side is not None else None
    if first is None or r.pos > first[1] or r.frame.unit.paragraph >= first[0]:
        return False
    name = a.name.lower()
    return "spokes" not in name and on("unnamed-before-answer")


def _answered_before(r: Row, rows: list[Row]) -> bool:
    """Another side denied or confirmed something before r."""
    return any(
        o.stance in ("denial", "confirmation") and o.side != r.side and o.pos < r.pos for o in rows
    )


def _denier_sources(rows: list[Row], deniers: set[int]) -> None:
    """`"There was no damage to civilian property," a command official told Yonhap`, where the
    command denies: an unnamed official of the denying side telling an outlet a negation is
    that side's answer, not a source's report (rule `denier-source-negates`)."""
    if not deniers or not on("denier-source-negates"):
        return
    for r in rows:
        if (
            r.stance == "claim"
            and r.rules
            and r.rules[-1].startswith("source-report:")
            and r.side in deniers
            and r.actor is not None
            and r.actor.kind != "media"
            # one unnamed official (`a command official`), not a group telling the account
            # (`people at the port authority`, `officials with knowledge of the talks`)
            and _ONE_OFFICIAL.search(r.actor.name.lower()) is not None
            and not r.frame.headline
            and has_denial_cue(r.content)
            and not has_policy_cue(r.content)
        ):
            r.set_stance("denial", "denier-source-negates")


# What another party had done, told in the past perfect (`that Ukrainian border officials had
# "singled out" Hungarian tankers`), not the speaker's own step (`it had summoned the envoy`)
_ACCOUNT_OF_OTHERS = re.compile(
    r"^\W*(?:that\s+)?(?!(?:it|we|i|he|she|they|its|our|his|her|their)\b)[^,;.]{0,80}?"
    r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?[\"“']?\w+(?:ed|en|t)\b",
    re.I,
)


def _answered_in_lede_only(r: Row, rows: list[Row]) -> bool:
    """Another side answered before r, but only in the lede: every such answer stands in the
    paragraph of the story's first claim, by r's side, or in the next one, and r comes in a
    later paragraph (a wire lede tells the accusation and the answer in brief; the body then
    tells each at length)."""
    first = next(
        (c for c in rows if c.stance == "claim" and not c.frame.headline and c.pos < r.pos), None
    )
    if first is None or first.side != r.side or first.actor is r.actor:
        return False
    lede = first.frame.unit.paragraph
    answers = [
        o
        for o in rows
        if o.stance in ("denial", "confirmation")
        and o.side != r.side
        and o.pos < r.pos
        and not o.frame.headline
    ]
    last = max((o.frame.unit.paragraph for o in answers), default=None)
    return (
        last is not None
        and last <= lede + 1
        and r.frame.unit.paragraph > last
        # the lede tells the accusation first, then the answer to it
        and all(o.pos > first.pos for o in answers)
    )


def _rejected_just_before(r: Row, rows: list[Row], index: dict[int, int]) -> bool:
    """The same speaker rejected an account with a verb of denial just before r."""
    before = _previous_by(rows, r, index)
    return (
        before is not None
        and before.frame.vclass == "deny"
        and before.stance == "denial"
        and r.stance == "comment"
        and not FUTURE.search(r.content)
        and not has_policy_cue(r.content)
    )


def _outlets_answering(rows: list[Row]) -> None:
    """An outlet speaking again after its report was denied (`said it would update the story
    but did not withdraw it`, `We do not publish documents we have not verified`) stands by
    its report: a confirmation, not a further claim, unless it reports again."""
    for i, r in enumerate(rows):
        a = r.actor
        if a is None or a.kind != "media" or r.stance != "claim" or r.frame.vclass != "say":
            continue
        if r.frame.question_turn and on("asked-report-is-claim"):
            continue  # `The same newspaper says ...` put in a question: what it reports
        if not r.rules or not r.rules[-1].startswith("source-report:"):
            continue
        before = rows[max(0, i - 40) : i]  # bounded look back
        own = [c for c in before if c.actor is a and c.stance == "claim"]
        if own and any(
            o.stance == "denial" and o.side != r.side and o.pos > own[0].pos for o in before
        ):
            r.set_stance("confirmation", "outlet-stands-by")


_ONE_OFFICIAL = re.compile(r"\b(?:official|diplomat|insider|source)\b")


def _official_accounts(rows: list[Row]) -> None:
    """`An official said the agency had planned to close the border`, before any claim: an
    unnamed official telling what happened is the account the dispute is about."""
    for r in rows:
        if r.stance != "comment" and not r.frame.headline:
            return  # the dispute's account is already told, or answered
        a = r.actor
        if a is None or a.kind != "person" or a.named or r.frame.headline:
            continue
        name = a.name.lower()
        if not _ONE_OFFICIAL.search(name) or "spokes" in name or r.frame.vclass != "say":
            continue
        if has_denial_cue(r.content) or has_decline_cue(r.content) or FUTURE.search(r.content):
            continue
        r.set_stance("claim", "unnamed-official-account")


def _leak(r: Row) -> bool:
    """An unnamed official or source whose words an outlet relays, with no word of denial."""
    a = r.actor
    if a is None or a.kind != "person" or a.named or r.relay is None or r.relay.kind != "media":
        return False
    name = a.name.lower()
    if not _ONE_OFFICIAL.search(name) or "spokes" in name or r.frame.headline:
        return False
    return not (
        has_denial_cue(r.content) or has_dismissal_cue(r.content) or has_decline_cue(r.content)
    )


_PLAN = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed)?|intention|prepar(?:ing|ed|es))\b", re.I
)
_NO_PLAN = re.compile(
    r"\b(?:no|not\s+any|never\s+had\s+any)\s+(?:\w+\s+)?(?:plans?|intention|decision)\b|"
    r"\bnot\s+(?:planning|preparing|intending)\b",
    re.I,
)


# A negation of what happened, not of what a side will do: `has not withdrawn any funding`,
# `had never asked`, `nobody had instructed`, `no warning has been conveyed`, `was not a decision`.
_PAST_NEGATION = re.compile(
    r"\b(?:has|have|had|was|were|did)(?:n't|\s+not\b|\s+never\b)|"
    r"\bnever\s+(?:been\s+)?\w+ed\b|"
    r"\b(?:no|nobody|nothing|no one|none)\b(?:\s+[\w'’-]+){0,4}?\s+(?:has|have|had|was|were)\b",
    re.I,
)


def _policy_negations(rows: list[Row]) -> None:
    """`We will never accept pressure on our farmers`, `the ministry has no plans to`: a negated
    remark about what a side will or would do, that neither dismisses, nor points back at, nor
    shares a word with any claim of another side, is a policy remark (a comment)."""
    claims = [(c.side, content_stems(c.content)) for c in rows if c.stance == "claim"]
    planned = [c for c in rows if c.stance == "claim"]
    for i, r in enumerate(rows):
        f = r.frame
        if r.stance != "denial" or f.vclass not in ("say", "turn") or f.embedded or f.target:
            continue
        if not (FUTURE.search(r.content) or has_policy_cue(r.content) or _asks_or_awaits(r)):
            continue
        if has_dismissal_cue(r.content) or ANAPHOR.search(r.text) or REPORT_BACK.search(r.text):
            continue
        if _past_negation_answers(r, rows, i) and on("past-negation-no-policy"):
            continue  # it negates an account of what was done: a policy remark says what will be
        if _past_negation_clause(r.content) and on("past-negation-clause"):
            continue  # `There was no commitment of any kind. The review will run its course.`
        if _PRESENT_ABSENCE.search(r.content) and on("present-absence-no-policy"):
            continue  # `There is no cap and there will be no cap`: what is, then what will be
        stems = content_stems(r.content)
        if any(side != r.side and stems & c for side, c in claims):
            continue
        if (
            _NO_PLAN.search(r.content)
            and any(c.side != r.side and _PLAN.search(c.content) for c in planned)
            and on("denies-a-reported-plan")
        ):
            continue  # `there are no plans to close Kell` answers `planned to shut the mine`
        r.set_stance("comment", "policy-negation")


# A negation of what was done, in the simple past: `there was no commitment`, `it was not a
# decision`, `had never asked`, `did not sign`, `nobody signed`.
_SIMPLE_PAST_NEGATION = re.compile(
    r"\b(?:there\s+)?(?:was|were)\s+(?:not|no|never)\b|\bdid(?:\s+not|n't)\b|"
    r"\bnever\s+\w+ed\b|\b(?:nobody|no one)\s+\w+ed\b",
    re.I,
)
# The clauses of a remark: its sentences, and the parts of a sentence joined by `, and`, `, but`
# or a semicolon.
_CLAUSE_BREAK = re.compile(r"(?<=[.!?;])[\"”’']?\s+|,\s+(?:and|but)\s+")

# The opening clause of a remark ends at its first sentence end, comma, `and`, `but`, `which`.
_HEAD_BREAK = re.compile(r"(?<=[.!?;])[\"”’']?\s+|,?\s+(?:and|but|which|who)\s+|,\s+")


# `There is no cap`, `there are no such orders`: what does not exist now, no plan (`there is
# no plan to`, `no intention`, `no decision` are the side's policy)
_PRESENT_ABSENCE = re.compile(
    r"\bthere\s+(?:is|are)\s+no\s+(?!(?:\w+\s+)?(?:plans?|intention|decision|need|reason|"
    r"room|place|question|alternative)\b)\w+",
    re.I,
)


def _past_negation_clause(content: str) -> bool:
    """A clause of its own negating what was done, with nothing in it of what will or should be
    (`There was no commitment of any kind. The review will run its course.`): the remark answers
    an account, whatever its other clauses say of the future (rule `past-negation-clause`)."""
    for part in _CLAUSE_BREAK.split(content):
        if _SIMPLE_PAST_NEGATION.search(part) and not (
            FUTURE.search(part) or has_policy_cue(part) or ASKS_OR_AWAITS.search(part)
        ):
            return True
    return False


def _past_negation_answers(r: Row, rows: list[Row], i: int) -> bool:
    """r (rows[i]) negates what was done (`has not withdrawn any funding`) in words of a
    statement of another side near it, and its side tells no account there (no claim of r's
    side near it): it answers that side, whatever it says of the future besides."""
    if not _PAST_NEGATION.search(r.content):
        return False
    stems = content_stems(r.content)
    near = rows[max(0, i - 30) : i + 30]  # the statements around it: bounded work
    if any(o.side == r.side and o.stance == "claim" for o in near):
        return False  # the side that tells the account negates in it
    return any(
        o.side != r.side and o.side is not None and stems & content_stems(o.content) for o in near
    )


# What a side expects to come, the verb right before its infinitive or after a copula with a
# time (`the company expected to open a second line`, `a decision was expected within 30
# days`): rule `awaits-expected`, beside `ASKS_OR_AWAITS` (whose `expected the matter to be`
# needs words between); `expected to have` looks back, not ahead.
_EXPECTED_AHEAD = re.compile(
    r"\bexpect(?:s|ed|ing)?\s+to\s+(?!have\b)[a-z]+|"
    r"\b(?:is|was|are|were)\s+(?:now\s+|still\s+)?expected\s+(?:within|by|in|on|next|later|"
    r"before|after|shortly|soon)\b",
    re.I,
)


def _asks_or_awaits(r: Row) -> bool:
    """The statement's verb and words ask another party to act or say what is to come
    (`urged Manila to speed up the process`): a remark that answers no account."""
    if ASKS_OR_AWAITS.search(f"{r.frame.verb} {r.content}"):
        return on("asks-or-awaits")
    return bool(_EXPECTED_AHEAD.search(r.content)) and on("awaits-expected")


def _bystanders(rows: list[Row]) -> None:
    """A plain negation by a voice that takes no side (an analyst, an opposition lawmaker, a
    trader) is a comment: `delays were "not unusual"` answers no one unless it dismisses an
    account or points back at it."""
    for r in rows:
        if r.stance != "denial" or not is_bystander(r.actor):
            continue
        f = r.frame
        if f.vclass not in ("say", "turn") or f.embedded is not None or f.target:
            continue
        if ANAPHOR.search(r.text) or REPORT_BACK.search(r.text) or has_dismissal_cue(r.content):
            continue
        r.set_stance("comment", "bystander-negation")


def _on_the_dispute(r: Row, rows: list[Row], index: dict[int, int]) -> bool:
    """A remark of the denying side that speaks of the contested facts: it shares words with a
    claim of another side, or goes on from the speaker's own denial just before it."""
    if not on("denier-on-topic"):
        return True
    stems = content_stems(r.content)
    if any(
        len(stems & content_stems(c.content)) >= 1
        for c in rows
        if c.stance == "claim" and c.side != r.side
    ):
        return True
    i = index.get(id(r), 0)
    for before in rows[max(0, i - 3) : i]:  # the side's own denial just before: it goes on
        if before.embedded_of is not None:
            before = before.embedded_of  # a claim carried inside that denial
        if (
            before.side == r.side
            and before.stance == "denial"
            and before.frame.unit.paragraph >= r.frame.unit.paragraph - 1
        ):
            return True
    return False


_CONTRADICTING = re.compile(r",\s+(?:contradicting|disputing|refuting|rebutting)\s+\w")


def _denied_run(rows: list[Row], deniers: set[int]) -> None:
    """No claim yet, but a side denies: the first run of another side's words is the account
    it denies."""
    run_side = None
    before: Row | None = None
    going_on: set[int] = set()  # speakers who carry on a denial: no part of the account
    for r in rows:
        before, prev = r, before
        if r.actor is not None and on("denial-goes-on"):
            if r.actor.idx in going_on:
                continue
            if run_side is None and _carries_on_denial(r, prev):
                # `Nepal rejected reports that it had stopped fuel tankers` and then `"No
                # tanker has been stopped," a ministry spokesman said`: the denial goes on in
                # its own words, whoever's side the speaker is found on
                going_on.add(r.actor.idx)
                continue
        if r.side in deniers or r.frame.headline:
            if run_side is not None:
                break
            continue
        if r.stance == "denial" and (
            has_dismissal_cue(r.content)
            or REPORT_BACK.search(r.text)
            # `..., contradicting local fishermen who say ...`: it answers another's account
            or (_CONTRADICTING.search(r.text) and on("contradicting-no-account"))
        ):
            if run_side is not None:
                break
            continue  # a dismissal of the account is no part of it
        if r.stance == "denial" and says_no_decision(r.content) and on("no-decision-answers"):
            # `there is "no decision taken regarding a new fee"`: the words of the side that
            # answers a report of a decision, no part of the account it answers
            r.set_stance("denial", "no-decision-answers")
            if run_side is not None:
                break
            continue
        if run_side is None and r.stance in ("comment", "denial") and r.frame.vclass == "say":
            run_side = r.side
        if run_side is not None:
            if r.side != run_side:
                break
            if r.stance in ("comment", "denial") and r.frame.vclass == "say":
                if _AHEAD.match(r.content) and on("account-not-a-plan"):
                    continue  # `Oslo would raise the matter with the Council`: no account
                r.set_stance("claim", "denied-run")


# A remark about what is to come, its modal near the head of its clause (`Bucharest would
# propose`, `if Sofia refused, Romania could consider`), not one deep inside an account (`money
# that should have gone to`, `I was told the experts would look at it`).
# The rules whose denial is a plain negation of the speaker's own account, no answer to anyone.
_PLAIN_NEGATION_RULES = ("denial-cue:", "denier-side:")


def _denier_according_to(rows: list[Row]) -> None:
    """`ASFINAG rejected the account` and later `excavation was completed in March, according
    to ASFINAG`: what a side that has denied tells by `according to` is its counter-account."""
    if not on("denier-according-to"):
        return
    denied: set[int] = set()
    claimants: set[int] = set()  # sides that told a claim so far
    for r in rows:
        f = r.frame
        if (
            r.stance == "denial"
            and r.side is not None
            and (
                f.vclass == "deny"
                # `The minister said no decision had been taken. According to him, the
                # delays were caused by repairs`: a side that has denied in its own words, and
                # claimed nothing before (a claimant's `no law behind it` is more of its claim)
                or (
                    not f.headline
                    and r.embedded_of is None
                    and r.side not in claimants
                    and on("denier-according-to-any")
                )
            )
        ):
            denied.add(r.side)
        elif r.stance == "claim" and r.side is not None and f.rule != "according-to":
            claimants.add(r.side)
        elif (
            f.rule == "according-to"
            and r.stance == "claim"
            and r.side in denied
            and r.rules[-1:] == ["verb-claim:claim"]
        ):
            r.set_stance("denial", "denier-according-to")


def _plain_negation(r: Row) -> bool:
    """A denial read from a plain negation of the speaker's own words, no more."""
    return r.stance == "denial" and bool(r.rules) and r.rules[-1].startswith(_PLAIN_NEGATION_RULES)


def _accounts_before_denial(rows: list[Row], deniers: set[int]) -> None:
    """`Colombia said Ecuador owed $48 million ... had not received a payment schedule.` and only
    then `Ecuador said it had "no outstanding debt"`: what the other sides said before the
    denying side's first denial in the body is the account it answers, a claim, negations and
    all (not an analyst, an appeal, a plan, a non-answer, or a dismissal of a report)."""
    if not deniers or not on("account-before-denial"):
        return
    first = next(
        (
            k
            for k, r in enumerate(rows)
            if r.side in deniers and r.stance == "denial" and not r.frame.headline
        ),
        None,
    )
    if first is None:
        return
    body = [r for r in rows[:first] if not r.frame.headline and r.embedded_of is None]
    lede_side = body[0].side if body else None
    for r in body:
        f = r.frame
        if r.side is None or r.side in deniers:
            continue
        if f.vclass not in ("say", "turn") or f.question_turn or is_bystander(r.actor):
            continue
        if r.stance == "denial":
            # a negation is the accuser's own words only on the side that opened the story
            # (`had not received a payment schedule`); another voice's may answer it
            if r.side != lede_side or not _plain_negation(r):
                continue
            if f.embedded is not None or f.target:
                continue
        elif r.stance != "comment" or r.rules != ["default-comment:comment"]:
            continue  # (a comment by a rule of its own: a policy remark, a non-answer)
        sent = r.text
        if (
            has_dismissal_cue(r.content)
            or has_decline_cue(sent)
            or REPORT_BACK.search(sent)
            or ANAPHOR.search(sent)
            or NONCOMMITTAL.search(sent)
            or (_TAKES_NOTE.search(r.content) and on("noted-no-account"))
            or PUBLIC_APPEAL.search(sent)
            or _AHEAD.match(r.content)
            or _asks_or_awaits(r)
            or (has_policy_cue(r.content) and r.stance == "comment")
        ):
            continue
        r.set_stance("claim", "account-before-denial")


def _partial_confirmations(rows: list[Row], deniers: set[int], first_claim: int | None) -> None:
    """`X said the ship had been inside the waters but further out than claimed`: a side that
    denies nothing, repeating a claim's facts with a reservation, confirms it in part."""
    if first_claim is None:
        return
    claims: list[tuple[int, int | None, frozenset[str]]] = []  # (pos, side, stems), in order
    for r in rows:
        f = r.frame
        if r.stance == "claim":
            claims.append((r.pos, r.side, content_stems(r.content)))
            continue
        if r.stance != "comment" or f.vclass != "say" or r.pos < first_claim:
            continue
        if r.side in deniers or f.headline or not _CONTRAST.search(r.content):
            continue
        stems = content_stems(r.content)
        if any(
            len(stems & c_stems) >= 2 and side != r.side
            for pos, side, c_stems in claims[-30:]  # the claims just before: bounded work
            if pos < r.pos
        ):
            r.set_stance("confirmation", "partial-confirmation")


def _backs_claim(r: Row, rows: list[Row], index: dict[int, int]) -> bool:
    """Another voice of a claimant's side, after a denial, telling facts of the claim again
    (`Lidovan lorries crossing the bridge that day had paid the old rate`): a confirmation."""
    i = index.get(id(r), 0)
    before = rows[max(0, i - 30) : i]  # the statements just before: bounded work
    claims = [c for c in before if c.stance == "claim" and c.side == r.side]
    if not claims or any(c.actor is r.actor for c in claims):
        return False
    if not any(o.stance == "denial" and o.side != r.side for o in before):
        return False
    stems = content_stems(r.content)
    return any(len(stems & content_stems(c.content)) >= 2 for c in claims)


_NEGATION = re.compile(r"\b(?:not|never|no|nothing|n't)\b|n't\b", re.I)


def _negated_restatement(r: Row, rows: list[Row], index: dict[int, int]) -> bool:
    """`said the talks "have not been suspended"` after another side's report that they were
    suspended: the words of the report said again with a negation deny it, whoever speaks."""
    if not on("negated-restatement") or not _NEGATION.search(r.content):
        return False
    stems = content_stems(r.content)
    i = index.get(id(r), 0)
    for c in rows[max(0, i - 30) : i]:  # the claims just before: bounded work
        if c.stance != "claim" or c.side == r.side or c.actor is r.actor:
            continue
        if _NEGATION.search(c.content):
            continue  # a claim that negates: saying it again with `not` may well back it
        if stems & content_stems(c.content):
            return True
    return False


def _carries_on_denial(r: Row, prev: Row | None) -> bool:
    """r, a denial, says again in its own words what a denial just before it (the same or the
    previous paragraph) denied: two content words or more shared."""
    return (
        prev is not None
        and r.stance == "denial"
        and prev.stance == "denial"
        and prev.frame.unit.paragraph >= r.frame.unit.paragraph - 1
        and len(content_stems(r.content) & content_stems(prev.content)) >= 2
    )


def _row_before(rows: list[Row], r: Row, index: dict[int, int]) -> Row | None:
    """The statement just before r, whoever made it (the denial a claim was carried in, for a
    carried claim)."""
    i = index.get(id(r), 0)
    if i == 0:
        return None
    o = rows[i - 1]
    return o.embedded_of if o.embedded_of is not None else o


def _previous_by(rows: list[Row], r: Row, index: dict[int, int]) -> Row | None:
    """The statement just before r, when the same speaker made it in the same or the
    previous paragraph."""
    i = index.get(id(r), 0)
    if i == 0:
        return None
    o = rows[i - 1]
    if o.actor is not r.actor:
        return None
    if o.frame.unit.paragraph < r.frame.unit.paragraph - 1:
        return None
    return o


# `Our flight logs are available to the authorities if they want them`, `we are ready to share
# the data`: an offer of records or help tells nothing of what happened (rule `offer-no-answer`).
_OFFERS = re.compile(
    r"\b(?:is|are|remain|remains)\s+(?:freely\s+|fully\s+)?available\s+to\b|"
    r"\b(?:ready|willing|prepared)\s+to\s+(?:share|show|provide|hand\s+over|open)\b",
    re.I,
)
# `has taken note of`, `took due note of`: words that receipt another's position, no account.
_TAKES_NOTE = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+(?:due\s+|careful\s+)?note\s+of\b", re.I
)


def _answered_accounts(rows: list[Row]) -> None:
    """`X said it had detained a trawler. Y denied the vessel had left ...`: a denial that
    names no claim answers the account just before it by another side, which is a claim."""
    for i, r in enumerate(rows):
        f = r.frame
        if f.vclass != "deny" or r.stance != "denial" or f.embedded or f.headline or f.target:
            continue
        if ANAPHOR.search(r.text) or (REPORT_BACK.search(r.text) and on("report-named")):
            continue  # `rejected that version of events`, `the report`: read by the linker
        para = f.unit.paragraph
        for j in range(i - 1, max(-1, i - 21), -1):  # a bounded look back
            o = rows[j]
            if o.frame.unit.paragraph < para - 1 or o.stance == "claim":
                break
            if (
                o.side != r.side
                and o.side is not None
                and o.frame.vclass == "say"
                and o.stance == "comment"
                and not o.frame.headline
                and not _denied_before(rows, j, o.side)
                and not (_AHEAD.match(o.content) and on("account-not-a-plan"))
                # `said he had heard "nothing official"`: a remark first read as declining to
                # answer is no account for a denial to answer
                and not (o.rules[:1] == ["decline-cue:comment"] and on("declined-no-account"))
                # `the ministry had "taken note of the position" and was "waiting for it in
                # writing"`: noting another's words receipts them, it tells no account
                and not (_TAKES_NOTE.search(o.content) and on("noted-no-account"))
            ):
                if o.set_stance("claim", "answered-account"):
                    break


# Content words a remark must share with another side's later denial to be what it denies.
_ANSWERED_SHARED = 3


def _answered_later(rows: list[Row]) -> None:
    """`The association said two officers had boarded a boat in its waters, cut a net and
    confiscated the catch`, and later another side's `the crew had inspected a net inside its
    own waters`: a plain remark that a later denial of another side says again in its own
    words (three content words or more) is the account that denial answers, a claim. Not once
    the speaker's side has denied (then it answers back), nor an analyst's remark."""
    if not on("answered-later"):
        return
    denials = [k for k, o in enumerate(rows) if o.stance == "denial" and o.side is not None]
    if not denials:
        return
    answers: dict[int, frozenset[str]] = {}  # the stems of the denials that may answer, by row
    for i, r in enumerate(rows):
        f = r.frame
        if (
            r.stance != "comment"
            or r.side is None
            or f.vclass != "say"
            or f.headline
            or r.rules != ["default-comment:comment"]
        ):
            continue
        first = bisect_right(denials, i)
        later = denials[first : bisect_right(denials, i + 30)]  # the 30 after it: bounded work
        if not later or any(
            rows[k].side == r.side for k in denials[bisect_left(denials, i - 30) : first]
        ):
            continue  # no denial after it, or its side denied just before it
        if is_bystander(r.actor):
            continue
        stems = content_stems(r.content)
        if len(stems) < _ANSWERED_SHARED:
            continue
        for k in later:
            o = rows[k]
            if o.side == r.side:
                continue
            if k not in answers:
                answers[k] = frozenset() if is_bystander(o.actor) else content_stems(o.content)
            if len(stems & answers[k]) >= _ANSWERED_SHARED:
                r.set_stance("claim", "answered-later")
                break


def _denied_before(rows: list[Row], j: int, side: int) -> bool:
    """Row j goes on from its side's denial just before it (`X denied closing the gates.
    "The gates are open," its spokesman said.`): a counter-account, not the disputed account."""
    if not on("denier-no-account"):
        return False
    o = rows[j]
    for x in rows[max(0, j - 2) : j]:
        if x.embedded_of is not None:
            x = x.embedded_of
        if (
            x.side == side
            and x.stance == "denial"
            and x.frame.unit.paragraph >= o.frame.unit.paragraph - 1
        ):
            return True
    return False


def _accused_sides(rows: list[Row], reg: Registry) -> set[int]:
    """Sides a claim accuses by name (`accused neighbouring Lidova of ...`), and the states
    another state's account is told of before anyone answers (`state-told-of`)."""
    out: set[int] = set()
    for r in rows:
        if r.stance != "claim":
            continue
        m = _ACCUSED.search(r.text)
        if not m:
            continue
        side = _state_side(reg, m.group("who"))
        if side is not None and side != r.side:
            out.add(side)
    if on("state-told-of"):
        out |= _states_told_of(rows, reg)
    return out


def _state_side(reg: Registry, words: str) -> int | None:
    """The side of the government of the state a phrase names, if the text has one."""
    place = reg.places.find(words) or reg.places.find(words.split()[0])
    if place is None:
        return None
    gov = reg.gov_of_place.get(place.key)
    return root(reg, gov) if gov is not None else None


# The subject opening a reported clause: `that Spain had released`, `"Madrid is keeping`,
# `Spanish customs had held` (a state's name, capital or adjective, then a word or two).
_CLAUSE_SUBJECT = re.compile(r"^\W*(?:that\s+)?(?:the\s+)?(?P<who>[A-Z][\w'’-]+)(?:'s)?\s")


def _states_told_of(rows: list[Row], reg: Registry) -> set[int]:
    """`Lisbon says Madrid is keeping the river`, `the minister said Spain had released less
    than the minimum`: before any side answers, a government's side telling what another
    state did names the side the dispute accuses."""
    out: set[int] = set()
    for r in rows:
        if r.stance in ("denial", "confirmation") and not r.frame.headline:
            break  # answered: what is told from here on may be a counter-accusation
        if r.side is None or r.frame.vclass not in ("say", "claim", "turn"):
            continue
        speaker_root = reg.actors[r.side]
        if speaker_root.kind != "government":
            continue
        m = _CLAUSE_SUBJECT.match(r.content)
        if m is None:
            continue
        side = _state_side(reg, m.group("who"))
        if side is not None and side != r.side:
            out.add(side)
    return out


_CONCEDING = frozenset("acknowledged admitted conceded confirmed accepted".split())
_BUT_BEFORE = re.compile(r"\bbut\s+(?:(?:also|then|later|still)\s+)?$", re.I)
# `was "being examined as a priority"`, `are being processed`: a process going on answers nothing
_UNDER_WAY = re.compile(
    r"\b(?:is|was|are|were)\s+[\"“]?being\s+[a-z]+ed\b|\bunder\s+(?:review|way)\b"
)


def _conceded_before(prev: Frame, f: Frame, text: str) -> bool:
    """f is `but said ...` coordinated with a concession of the same sentence just before it:
    `X acknowledged that A, but said B`."""
    return (
        prev.unit is f.unit
        and prev.vclass == "confirm"
        and prev.verb.lower() in _CONCEDING
        and bool(_BUT_BEFORE.search(text[prev.verb_start : f.verb_start]))
        and not FUTURE.search(text[f.content_start : f.end])
        and not has_policy_cue(text[f.content_start : f.end])
        and not _UNDER_WAY.search(text[f.content_start : f.end])
        # `had expected the service to resume`: what the speaker awaits answers nothing
        and not ASKS_OR_AWAITS.search(text[f.content_start : f.end])
    )


def concessions(rows: list[Row], text: str) -> None:
    """`acknowledged that the dredger had passed through the reserve, but said its hopper had
    been closed`: what is set against a concession denies the rest (rule `concession-but`).
    Read after the sides, so that it moves no one to the denying side."""
    if not on("concession-but"):
        return
    for k in range(1, len(rows)):
        r, prev = rows[k], rows[k - 1]
        if r.stance != "comment" or r.frame.vclass != "say" or prev.actor is not r.actor:
            continue
        if prev.stance == "confirmation" and _conceded_before(prev.frame, r.frame, text):
            r.set_stance("denial", "concession-but")
