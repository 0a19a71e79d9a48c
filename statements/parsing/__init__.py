"""Dementi's article parser, as small passes over one typed document, in file order:

clean -> segment -> attribute (speech acts) -> registers (who speaks where the kind of
document decides it: releases, fact-checks, posts, quoted documents) -> speakers -> stance
(first reading) -> disputes (what is contested, each side's words read by its side) -> stance
model (a fitted model revises the rules' stance where it is confident) -> answers (links) ->
dates -> contract.

Every stance or link decision names its rule (`rules.py`); `DEMENTI_PARSER_DISABLE` switches
rules off. Pure Python; nothing here imports Django or the rest of the project.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import re

from . import disputes, lexicon, registers, rules, sections, sides, stance_model, whereabouts
from . import turns as turns_mod
from .accounts import newest_first
from .answers import link_rows
from .attribute import Frame, attribute, is_briefing_label, transcript_turns
from .clean import Cleaned, clean
from .contract import result, to_contract
from .dates import day_in, header_date, statement_date, timeline_days
from .model import Row
from .resolve import MActor, Places, Registry
from .rules import on
from .segment import Document, segment
from .spans import answer_span
from .speakers import Voices, voices
from .stance import (
    compliance_asserted,
    fault_explained,
    first_reading,
    has_denial_cue,
    has_dismissal_cue,
    headline_sums_body,
    is_fragment,
    no_dispute,
    non_answer_negations,
    unrelated_negations,
)
from .types import Actor, Link, ParseResult, Statement

__all__ = [
    "STRICT_ENV",
    "Actor",
    "Link",
    "ParseResult",
    "Statement",
    "parse_article",
    "to_contract",
]

MAX_CHARS = 3_000_000  # beyond this an input is cut: the parser stays linear and bounded
# Above this many characters the cyclic garbage collector pauses while the text is parsed: the
# parse makes hundreds of thousands of small objects that live until its end, and the collector
# would scan them again and again (a 2 MB page: about 1 s of 5). Nothing else changes.
GC_PAUSE_CHARS = 200_000
# long-page-budget: above this many characters (a news article runs to 100,000 at most; this is a
# page of many, or a dump) the two passes that only refine stances after the first reading, the
# sides' accounts (`sides.read_sides`) and the learned stance model, are left out, as the
# dependency parse is limited to syntax.MAX_UNITS sentences: the page is parsed in bounded time
# (a 2 MB page: about 5 s -> 4 s of CPU, docs/PERFORMANCE.md), its stances as first read.
LONG_PAGE_CHARS = 500_000
STRICT_ENV = "DEMENTI_PARSER_STRICT"  # "1"/"true": parse_article re-raises instead of logging

logger = logging.getLogger(__name__)
# A sentence that opens by setting itself against a denial: `Despite the army's denial, ...`.
_DESPITE_DENIAL = re.compile(
    r"\s*(?:But\s+|However,?\s+)?(?:[Dd]espite|[Ii]n spite of)\s+(?:the|his|her|its|their|this|"
    r"that|these|those|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s?)\s+(?:[\w'’-]+\s+)?"
    r"(?:denials?|rejections?|dismissals?|assurances?)\b"
)
_SECTION = re.compile(r"^[A-Z][A-Z &'-]{2,40}(?::|\s[-–—])\s")
# `2. Kava contract: cancelled or just late?`: a numbered heading of a digest's section.
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+\S")
_WORD_CHAR = re.compile(r"\w")
_WORDS_RE = re.compile(r"\w+")
_SOURCE_WORDS = re.compile(r"\b(?:source|sources|officials|people|importers|insiders)\b")
_TOLD_PAPER = re.compile(
    r"\btold (?:the|a) (?:paper|newspaper|weekly|journal|gazette|daily)|\btold\s+[A-Z]"
)


def _strict_default() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def parse_article(
    text: str,
    *,
    published: dt.date | None = None,
    strict: bool | None = None,
    outlet: str | None = None,
) -> ParseResult:
    """Parse one article into actors and attributed statements.

    Never raises by default: an internal error is logged (with the article's length, not its
    text) and gives an empty result. ``strict=True``, or the environment variable
    ``DEMENTI_PARSER_STRICT=1`` when ``strict`` is None, re-raises instead (tests, debugging).
    ``outlet``, the publishing outlet's name when known, speaks a fact-check's own verdicts.
    """
    if strict is None:
        strict = _strict_default()
    if not isinstance(text, str):
        text = text.decode("utf-8", "replace") if isinstance(text, bytes | bytearray) else ""
    if isinstance(published, dt.datetime):
        published = published.date()
    elif published is not None and not isinstance(published, dt.date):
        published = None
    paused = len(text) > GC_PAUSE_CHARS and gc.isenabled()
    if paused:
        gc.disable()
    try:
        outlet = outlet.strip() or None if isinstance(outlet, str) else None
        with rules.read_once():
            return _parse(text[:MAX_CHARS], published, outlet)
    except Exception:
        if strict:
            raise
        logger.exception("article parser failed on a text of %d characters", len(text))
        return ParseResult()
    finally:
        if paused:
            gc.enable()


def _parse(text: str, published: dt.date | None, outlet: str | None = None) -> ParseResult:
    cleaned: Cleaned = clean(text)
    doc = segment(cleaned.text, cleaned.slugged)
    frames = registers.apply(doc, attribute(doc), outlet)
    frames = sections.apply(doc, frames, text, cleaned.bullets, outlet)
    reg = Registry(Places(cleaned.text))
    reg.places.newest_first = newest_first(text)
    heard = voices(frames, doc, reg, cleaned.text, published, outlet)
    skip = frozenset(reg.places.by_form)
    rows = _rows(frames, heard, doc, cleaned.text)
    disputes.reports_told_on(rows)
    disputes.publications_allege(rows, reg)
    disputes.report_relays_source(rows)
    disputes.accusations(rows)
    disputes.claimant_named(rows, reg)
    disputes.cited_reports(rows)
    rows.extend(disputes.embedded_claims(rows, reg, skip))
    rows.extend(disputes.anonymous_reports(rows, reg))
    rows.extend(disputes.subject_reports(rows, reg))
    rows.extend(disputes.participle_rejects(rows, reg))
    rows.extend(disputes.run_by_reports(rows, reg))
    disputes.asked_reports(rows)
    rows.sort(key=lambda r: (r.pos, r.end))
    disputes.contradicted_accounts(rows, reg)
    long_page = len(cleaned.text) > LONG_PAGE_CHARS and on("long-page-budget")
    if long_page:
        logger.info("long page (%d characters): stances as first read", len(cleaned.text))
        sides.assign_sides(rows, reg)
    else:
        sides.read_sides(rows, reg)
    sides.concessions(rows, cleaned.text)
    unrelated_negations(rows, skip)
    non_answer_negations(rows)
    no_dispute(rows)
    if not long_page:
        stance_model.revise_stances(rows, skip)
    fault_explained(rows)
    headline_sums_body(rows)
    compliance_asserted(rows)
    link_rows(rows, reg, doc, skip)
    _date_rows(rows, frames, heard, doc, cleaned.text, published)
    guessed = whereabouts.place_actors(reg.actors, reg.places)
    whereabouts.outlets_of_placed_sources(reg, guessed)
    whereabouts.affiliate_placed(reg, guessed)
    whereabouts.acronyms_are_bodies(reg.actors)
    return result(rows, reg, cleaned, len(text))


def _blocks(doc: Document) -> dict[int, int]:
    """Paragraph -> dispute block: a digest's labelled sections are separate disputes."""
    turns = transcript_turns(doc)
    spoken = turns_mod.is_record_or_broadcast([t[0] for t in turns.values()], doc.text)
    labelled = [
        p.index
        for p in doc.paragraphs
        if (
            _SECTION.match(doc.text[p.start : p.end])
            # `QUESTION:`, `SPOKESPERSON:`: a briefing's turns, not a digest's sections
            and not (p.index in turns and (spoken or is_briefing_label(turns[p.index][0])))
        )
        or (_heading(doc.text[p.start : p.end]) and on("numbered-sections"))
    ]
    if len(labelled) < 2 and on("dateline-no-section"):
        labelled = []  # one label is a dateline (`RIGA — `), not a digest's sections
    starts = set(labelled)  # (a set: a page of many digests labels thousands of paragraphs)
    out = {}
    block = 0
    for p in doc.paragraphs:
        if p.index in starts:
            block += 1
        out[p.index] = block
    return out


def _heading(par: str) -> bool:
    """`2. Kava contract: cancelled or just late?`: a short numbered heading, no sentence."""
    return bool(_NUMBERED.match(par)) and len(par.split()) <= 12 and not par.rstrip().endswith(".")


# Where a headline of two sides turns to the second: `...; Colombo denies`, `... - Sofia says`.
_HEADLINE_TURN = re.compile(r";\s+|\s+[-–—]\s+(?=[A-Z])")


_ANSWER_WORD = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject\w*|dismiss\w*|refut\w*|disput\w*|calls? it|hits? back)\b", re.I
)


def _first_clause(words: str) -> str:
    """A headline's words up to where it turns to another side (all of it if it does not)."""
    m = _HEADLINE_TURN.search(words)
    return words[: m.start()] if m is not None and m.start() > 0 else words


def _answered_after(whole: str, first: str) -> bool:
    """The rest of a headline, after its first clause, denies or dismisses (`; Colombo
    denies`, `; Sofia calls it 'a misreading'`, `; Helsinki says it was not`)."""
    rest = whole[len(first) :]
    return len(rest) > 3 and (
        has_denial_cue(rest) or has_dismissal_cue(rest) or _ANSWER_WORD.search(rest) is not None
    )


_FIRST_SENTENCE = re.compile(r"[^.!?]*[.!?]?")


def _first_sentence(body: str) -> str:
    m = _FIRST_SENTENCE.match(body)
    return m.group() if m else body


_ASKED_FOR = re.compile(
    r"\b(?:asked|requested|sought|demanded)\b[^.;]{0,60}?\b(?:explanation|clarification)s?\b"
)


def _unnamed_source(actor: MActor | None, f: Frame, unit_text: str) -> bool:
    """An unnamed source or an unnamed person telling a paper: what they say is reported."""
    if (
        f.speaker is not None
        and lexicon.any_pattern("circulating_items.txt").search(f.speaker.text)
        and on("circulating-item-source")
    ):
        # `A voice note circulating on WhatsApp says ...`, `A viral post claims ...`: an
        # account whose author is unknown, told because it spreads
        return True
    if actor is None or actor.kind != "person" or actor.named:
        return False
    name = actor.name.lower()
    if _SOURCE_WORDS.search(name) and "spokes" not in name:
        return True
    if (
        f.rule == "quoted-as-saying"
        and f.relay
        and not _ASKED_FOR.search(unit_text)
        and on("quoted-unnamed-source")
    ):
        # `the daily quoted a customs broker as saying ...`: a paper's source (`had asked
        # Zagreb for an explanation` tells of a request, no account)
        return True
    return f.vclass == "say" and bool(_TOLD_PAPER.search(unit_text))


def _rows(frames: list[Frame], heard: Voices, doc: Document, text: str) -> list[Row]:
    """One row per speech act with words in it, read alone for its first stance."""
    blocks = _blocks(doc)
    rows: list[Row] = []
    for i, f in enumerate(frames):
        actor = heard.speakers[i]
        body = text[f.start : f.end].strip().strip(",;:").strip()
        if not body or not _WORD_CHAR.search(body):
            continue
        if is_fragment(body, f.rule, text[f.frame_start : f.frame_end]):
            continue
        content = text[f.content_start : f.end] if f.content_start < f.end else body
        answered_in_headline = False
        if f.headline and on("headline-first-clause"):
            # `Male says trawler was fishing illegally; Colombo denies`: the speaker's own
            # words end where the headline turns to the other side
            whole = body
            if on("headline-second-clause"):
                # a headline split in two frames: the first one's rest is the second's words
                whole = text[f.start : doc.paragraphs[f.unit.paragraph].end].strip()
            content, body = _first_clause(content), _first_clause(body)
            answered_in_headline = _answered_after(whole, body)
        trace = first_reading(
            vclass=f.vclass,
            frame_rule=f.rule,
            question_turn=f.question_turn,
            content=content,
            body=body,
            speaker_kind=actor.kind if actor else None,
            unnamed_source=_unnamed_source(actor, f, text[f.unit.start : f.unit.end]),
            cited=bool(f.cited),
            speaker_text=f.speaker.text if f.speaker is not None else "",
        )
        if answered_in_headline and trace[-1][0] == "comment" and on("headline-answered"):
            trace.append(("claim", "headline-answered"))  # `X says Y; Z denies`: Y is a claim
        if (
            f.rule == "headline-second-clause"
            and trace[-1][0] == "comment"
            and on("headline-second-answers")
        ):
            # `Riga says trucks were held; Tallinn says controls are routine`: the headline's
            # second speaker answers the first
            trace.append(("denial", "headline-second-answers"))
        if (
            trace[-1][0] == "comment"
            and f.vclass in ("say", "claim")
            and _DESPITE_DENIAL.match(text, f.unit.start, f.verb_start)
            and on("despite-denial")
        ):
            # `Despite his denial, community leaders said the bombs hit villages`: what is told
            # against a denial just reported is a counter-claim
            trace.append(("claim", "despite-denial"))
        opening = turns_mod.answer_opening(body) if f.vclass == "turn" else None
        if opening and trace[-1][0] in ("comment", "claim") and _asked_claim(frames, i):
            trace.append((opening, turns_mod.opening_rule(body)))  # type: ignore[arg-type]
        elif (
            opening == "confirmation"
            and trace[-1] == ("denial", "denial-cue")
            and not has_denial_cue(_first_sentence(body))
            and _asked_report(frames, i)
            and on("yes-answer-first")
        ):
            # `Yes, I met Minister Moyle in Canberra. ... That's no secret.`: the answer's first
            # word grants what was asked; a negation further on is no denial of it
            trace.append(("confirmation", "yes-answer-first"))
        start, end, shown = f.start, f.end, _shown(text, f, body, content)
        if f.vclass == "turn" and not f.question_turn:
            # a long answer: its span is the sentence that carries the stance (spans.py)
            par = doc.paragraphs[f.unit.paragraph].units
            narrow = answer_span(text, par, f.start, f.end, trace[-1][0])
            if narrow is not None:
                start, end = narrow
                body = shown = text[start:end].strip().strip(",;:").strip()
        rows.append(
            Row(
                frame=f,
                actor=actor,
                start=start,
                end=end,
                text=body,
                content=content,
                shown=shown,
                stance=trace[-1][0],
                block=blocks.get(f.unit.paragraph, 0),
                rules=[f"{rule}:{stance}" for stance, rule in trace],
                target=heard.targets[i],
                emb=heard.embedded[i],
                relay=heard.relays[i],
                cited=heard.cited[i],
            )
        )
    return rows


def _asked_claim(frames: list[Frame], i: int) -> bool:
    """True when the question turn just before an answer put a claim to the speaker."""
    f = frames[i]
    return any(g.question_turn and g.turn == (f.turn or 0) - 1 for g in frames[max(0, i - 8) : i])


_REPORTING = frozenset(
    "reported reports claimed claims alleged alleges wrote writes revealed reveals".split()
)


def _asked_report(frames: list[Frame], i: int) -> bool:
    """True when the question turn just before an answer put a report to the speaker (`The
    Herald reported this morning that you agreed ... Did you meet her?`)."""
    f = frames[i]
    return any(
        g.question_turn and g.turn == (f.turn or 0) - 1 and (g.verb or "").lower() in _REPORTING
        for g in frames[max(0, i - 8) : i]
    )


def _date_rows(
    rows: list[Row],
    frames: list[Frame],
    heard: Voices,
    doc: Document,
    text: str,
    published: dt.date | None,
) -> None:
    """The day each statement was made, where the text and `published` fix it (rule 8)."""
    if published is None:
        return
    index = {id(f): i for i, f in enumerate(frames)}
    heard_on: dt.date | None = published
    turns = transcript_turns(doc) if on("transcript-header-date") else {}
    if turns:
        # `Tuesday 19 May 2026` over the first turn: the hearing's day, not the paper's
        first = doc.paragraphs[min(turns)].start
        heard_on = header_date(text[:first], published) or published
        if any(t[0] == "Q" and t[1] == doc.paragraphs[i].start for i, t in turns.items()):
            heard_on = None  # a magazine's interview without labels: no day of its own
    entry_day = (
        timeline_days([(p.index, text[p.start : p.end]) for p in doc.paragraphs], published)
        if on("timeline-entry-date")
        else {}
    )
    for r in rows:
        if r.embedded_of is not None:
            continue
        f = r.frame
        i = index[id(f)]
        if i in heard.post_dates:
            r.date = heard.post_dates[i]
        elif f.turn is not None and not f.question_turn and heard_on is not None:
            r.date = heard_on
        elif (entry := entry_day.get(f.unit.paragraph)) is not None:
            # a timeline's entry: a day in the attribution, else the entry's date line (not a
            # day elsewhere in the sentence: `will respond if it is not withdrawn by December 1`)
            r.date = day_in(text[f.frame_start : f.frame_end], published) or entry
        else:
            r.date = statement_date(
                text[f.frame_start : f.frame_end], text[f.unit.start : f.unit.end], published
            )


def _shown(text: str, f: Frame, body: str, content: str) -> str:
    """The statement's words: without a long attribution in front of a reported clause
    (`X's army said in a statement that ...` shows what was said)."""
    if f.vclass not in ("say", "claim") or not (f.start < f.content_start < f.end):
        return body
    lead = text[f.start : f.content_start]
    shown = content.strip().strip(",;:").strip()
    # a lead of up to seven words (`One of the customs officials said`) stays with what was
    # said: the annotated span takes in a short attribution (rule `short-lead-kept`)
    long_lead = 8 if on("short-lead-kept") else 6
    if len(_WORDS_RE.findall(lead)) >= long_lead and len(_WORDS_RE.findall(shown)) >= 6:
        if f.start < f.verb_start < f.content_start:
            # from the verb: `told reporters on Monday that ...` names the act and its content
            return text[f.verb_start : f.end].strip().strip(",;:").strip()
        return shown
    return body
