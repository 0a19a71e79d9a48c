"""Disputes pass: what is contested in an article.

Claims carried inside denials become claims of their own (annotation rule 4) unless their
speaker states them elsewhere; a report a denial names (`reports by X about Y`, `what was
circulated by X about Y`) is X's claim when no claim of the article states it; `The report
also claimed` and `The complaint also says` are the reporter's (the complainant's) claims; a
report a question names (`Asked about a report by X that Y, ...`) is answered by the answer
next to it. How each side's words read is `sides.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon
from .attribute import Frame
from .link import content_stems
from .model import Row
from .resolve import MActor, Registry
from .rules import on
from .segment import Unit
from .speakers import root
from .stance import REPORT_BACK, has_decline_cue, has_denial_cue, has_dismissal_cue

_STOP = frozenset("that this with from have were been which would their there".split())


# `The report also claimed ...`, `according to the report`: the words of whoever reported.
_REPORT_SPEAKER = re.compile(
    r"^(?:the|that|this|its|their)\s+(?:(?:original|same|first|latest|new)\s+)?"
    r"(?:report|article|story|investigation|piece|dispatch|publication|broadcast)$",
    re.I,
)


# `The letter also alleged`, `the complaint says`: a document the claimant's words were told
# in, named as the speaker of more of them.
_DOCUMENT_SPEAKER = re.compile(
    r"^(?:the|that|this|its|their)\s+(letter|complaint|lawsuit|suit|filing|petition|memo|"
    r"memorandum|submission|appeal|motion|indictment|dossier|note)$",
    re.I,
)


# `Ljósvaki's report`, `the paper's investigation`: a report named by its outlet as a speaker.
_OWN_REPORT_SPEAKER = re.compile(
    r"(?:'s|’s)\s+(?:(?:original|first|latest|new|own)\s+)?"
    r"(?:report|article|story|investigation|dispatch|broadcast)$",
    re.I,
)


def reports_told_on(rows: list[Row]) -> None:
    """`The report also claimed that ...`: a report named as the speaker is the outlet (or
    source) whose report was told just before; its words are that speaker's claim."""
    if not on("report-speaks"):
        return
    last_report: MActor | None = None  # whose report was told last
    last_unit = ""  # the words of the sentence that told it
    for r in rows:
        f = r.frame
        phrase = f.speaker.text.strip() if f.speaker is not None else ""
        doc = _DOCUMENT_SPEAKER.match(phrase) if on("document-speaks") else None
        if last_report is not None and (
            _REPORT_SPEAKER.match(phrase)
            # `In a letter ..., X said A. The letter also alleged B`: the document the claim
            # was told in, named again as the speaker, is its author's
            or (doc is not None and re.search(rf"\b{doc.group(1)}\b", last_unit, re.I))
        ):
            if r.actor is not last_report:
                r.actor = last_report
                r.rules.append("report-speaks:" + r.stance)
            if (
                r.stance == "comment"
                and not f.headline
                and not has_dismissal_cue(r.content)
                and not has_denial_cue(r.content)
                and not has_decline_cue(r.content)
                and on("report-speaks-claims")
            ):
                # `The complaint also says ...`: more of the claimant's account
                r.set_stance("claim", "report-speaks-claims")
            continue
        if (
            r.stance == "comment"
            and f.vclass == "say"
            and _OWN_REPORT_SPEAKER.search(phrase)
            and not f.headline
            and not has_dismissal_cue(r.content)
            and not has_denial_cue(r.content)
            and on("report-says")
        ):
            # `The Herald's report, first aired on Monday, said ...`: what a report says is the
            # outlet's claim, however plainly it is worded
            r.set_stance("claim", "report-says")
        a = r.actor
        if r.stance == "claim" and a is not None and (a.kind == "media" or f.vclass == "claim"):
            words = _unit_words(f.unit)
            last_unit = words if a is not last_report else last_unit + " " + words
            last_report = a
        elif a is not None and a is last_report:
            # `In a letter ..., X said ...`: still the claimant's
            last_unit += " " + _unit_words(f.unit)
        elif f.embedded is not None and r.emb is not None and on("report-carried-speaks"):
            # `rejected a report in the Post that ... The report also claimed ...`: the report
            # a denial carries is the one told last
            last_report = r.emb


def _unit_words(unit: Unit) -> str:
    """A sentence's words, lowered, one space between them."""
    return " ".join(t.lower for t in unit.tokens)


def report_relays_source(rows: list[Row]) -> None:
    """`The same publication quoted "a senior official" as saying ...`: the report named as
    the relay is the outlet (or source) whose report was told just before; it relays a
    source of that report (`quoted-in-report` then reads the source's words as a claim)."""
    if not on("report-relays-source"):
        return
    last_report: Row | None = None
    for r in rows:
        f = r.frame
        relayed = (f.relay or "").strip() if f.rule == "quoted-as-saying" else ""
        if (
            _REPORT_SPEAKER.match(relayed)
            and last_report is not None
            and last_report.actor is not None
            and r.actor is not last_report.actor
        ):
            r.relay = last_report.actor
            continue
        a = r.actor
        if r.stance == "claim" and a is not None and (a.kind == "media" or f.vclass == "claim"):
            last_report = r


# `has taken note of a publication by the Lagos-based newspaper, The X Chronicle, in its
# edition of Monday, alleging that ...`: the participle tells what the publication says.
_PUBLICATION_BY = re.compile(
    r"\b(?:publication|report|article|story|post|piece|broadcast|dispatch|investigation|"
    r"editorial|item|column|bulletin)\s+(?:by|in|from)\s+(?P<by>[^,;]+?)"
    r"(?:\s*,\s*(?P<name>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|do|al))*)"
    r"\s*(?=,))?\s*(?=[,;]|$)"
)
_WHEN_WORDS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|evening|night|week|month|year|"
    r"edition|issue|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b",
    re.I,
)
_CARRIER_PARTICIPLES = frozenset(
    "alleging claiming saying suggesting reporting stating asserting accusing charging "
    "insisting".split()
)


def publications_allege(rows: list[Row], reg: Registry) -> None:
    """`X noted a report by Y, alleging that Z`: the participle is Y's claim, not X's."""
    if not on("publication-alleges"):
        return
    text = reg.places.text
    for r in rows:
        f = r.frame
        if f.verb not in _CARRIER_PARTICIPLES:
            continue
        lead = text[max(f.unit.start, r.start - 240) : r.start]
        found = list(_PUBLICATION_BY.finditer(lead))
        m = found[-1] if found else None
        if m is None or len(lead) - m.end() > 80:
            continue
        phrase = m.group("name") or m.group("by")
        if _WHEN_WORDS.search(m.group("by")) or not (
            _OUTLET_WORDS.search(m.group("by")) or re.search(r"\b[A-Z]", phrase)
        ):
            continue  # `in a second post on Thursday`: a time, not a publisher
        actor = reg.resolve(phrase.strip(), speaking=True)
        if actor is None or actor is r.actor:
            continue
        if actor.kind == "organisation" and _OUTLET_WORDS.search(m.group("by")):
            actor.kind = "media"
        r.actor = actor
        r.set_stance("claim", "publication-alleges")


# `..., accusing him of "lying to parliament"`: what the accused is said to have done.
_ACCUSING = re.compile(r"\baccus(?:ed|ing|es)\s+(?:[\w'’-]+\s+){1,6}?of\b", re.I)


def accusations(rows: list[Row]) -> None:
    """An accusation is a claim, also when what it accuses someone of is a lie or a fake
    (`accusing the minister of lying`): the word of dismissal is its content, no denial."""
    if not on("accusation-is-claim"):
        return
    for r in rows:
        if r.stance != "denial" or r.frame.vclass == "deny" or r.embedded_of is not None:
            continue
        m = _ACCUSING.search(r.content)
        if m is None or has_dismissal_cue(r.content[: m.start()]):
            continue
        if has_denial_cue(r.content[: m.start()]):
            continue
        before = r.content[: m.start()].split()[-3:]
        if (
            any(w.lower().strip(",") in lexicon.words("report_nouns.txt") for w in before)
            and has_dismissal_cue(r.content[m.end() :])
            and on("report-accusing-dismissed")
        ):
            # `said that a U.S. report accusing Chinese vessels of illegal fishing is
            # "groundless"`: the accusation is the report's, and the speaker dismisses it
            continue
        r.set_stance("claim", "accusation-is-claim")


# `The allegations were first made by opposition lawmaker X, who told parliament that ...`:
# the sentence names whose account the dispute is about.
_MADE_BY = re.compile(
    r"\b(?:the|these|those|such|that|this)\s+(?:\w+\s+)?(?:allegations?|claims?|accusations?|"
    r"reports?|charges?|stor(?:y|ies)|rumou?rs?)\s+(?:were|was|had\s+been|have\s+been|has\s+been)"
    r"\s+(?:\w+ly\s+)?(?:first\s+)?(?:made|raised|published|aired|levell?ed|reported|"
    r"circulated|voiced|spread|posted|broadcast|put\s+forward)\s+(?:\w+\s+)?by\b",
    re.I,
)


def claimant_named(rows: list[Row], reg: Registry) -> None:
    """`The allegations were first made by X, who said ...`: X's words are the claim."""
    if not on("claimant-named"):
        return
    text = reg.places.text
    for r in rows:
        f = r.frame
        if r.stance == "claim" or f.vclass not in ("say", "claim") or f.headline:
            continue
        if _MADE_BY.search(text[f.unit.start : r.start]) is None:
            continue
        if has_dismissal_cue(r.content) or has_denial_cue(r.content):
            continue
        r.set_stance("claim", "claimant-named")


_TOLD_OUTLET = re.compile(
    r"\btold\s+(?:the|a|an|this)\s+(?:\w+\s+)?(?:paper|newspaper|weekly|daily|website|site|"
    r"channel|agency|broadcaster|outlet|magazine|journal|station)\b",
    re.I,
)


def cited_reports(rows: list[Row]) -> None:
    """A report that cites its sources is a claim (`The Sentinel, citing two civil servants,
    said ...`), negation words and all; so is what one of those sources tells the outlet
    (`One of the civil servants told the paper ...`)."""
    if not on("cites-sources"):
        return
    cited_by: set[int] = set()
    reporters: list[MActor] = []  # who made a claim so far
    for r in rows:
        f = r.frame
        if f.headline or f.vclass not in ("say", "claim") or r.stance == "claim":
            if r.stance == "claim":
                cited_by |= r.cited
                if r.actor is not None:
                    reporters.append(r.actor)
            continue
        if has_dismissal_cue(r.content) or REPORT_BACK.search(r.content):
            continue
        a = r.actor
        sourced = bool(r.cited) or bool(f.cited)
        told = (
            a is not None
            and a.idx in cited_by
            and (
                (r.relay is not None and r.relay.kind == "media")
                or _TOLD_OUTLET.search(r.text[: len(r.text) - len(r.content) + 40]) is not None
            )
        )
        if told and not sourced and has_decline_cue(r.content) and on("no-claim-in-non-answer"):
            # `X said in an e-mail to Andes Wire that it did not comment on ...`: a non-answer
            # told to an outlet is no source's claim
            told = False
        if (sourced or told) and r.stance in ("comment", "denial"):
            r.set_stance("claim", "cites-sources" if sourced else "source-tells-outlet")
        elif (
            f.rule == "quoted-as-saying"
            and r.stance == "comment"
            and r.relay is not None
            and r.relay in reporters
            and on("quoted-in-report")
        ):
            # `The paper quoted a harbour pilot as saying ...`: a source of the report
            r.set_stance("claim", "quoted-in-report")
        if str(r.stance) == "claim":  # (set_stance may have changed it just above)
            cited_by |= r.cited
            if a is not None:
                reporters.append(a)


# `..., contradicting an announcement by the Kyrgyz presidency`, `contradicting Bishkek`: the
# answer names whose account it contradicts.
_CONTRADICTING = re.compile(
    r"\bcontradict(?:ing|ed|s)\s+(?:(?:an?|the|its|their|earlier|recent)\s+)*"
    r"(?:(?:announcement|statement|account|claim|remarks|report|assertion|version)s?\s+"
    r"(?:by|of|from|made\s+by)\s+)?(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
)


def contradicted_accounts(rows: list[Row], reg: Registry) -> None:
    """`X denied ..., contradicting an announcement by Y`: the first run of Y's side's words
    in the article (said, not yet claims) is the account X contradicts: claims."""
    if not on("contradicted-account"):
        return
    text = reg.places.text
    for r in rows:
        if r.stance != "denial" or r.embedded_of is not None:
            continue
        m = _CONTRADICTING.search(text, r.frame.unit.start, r.frame.unit.end)
        if m is None:
            continue
        who = reg.resolve(m.group("who"), speaking=False)
        side = root(reg, who)
        if side is None or side == root(reg, r.actor):
            continue
        _side_run_claims(rows, reg, side, r.block)
        return


def _side_run_claims(rows: list[Row], reg: Registry, side: int, block: int) -> None:
    last_para: int | None = None
    for x in rows:
        if x.block != block or x.frame.headline or x.embedded_of is not None:
            continue
        mine = root(reg, x.actor) == side
        if last_para is not None and (not mine or x.frame.unit.paragraph > last_para + 1):
            return  # the run is over: another voice, or the side speaks again later
        if not mine:
            continue
        if x.stance == "claim":
            last_para = x.frame.unit.paragraph
            continue
        if x.stance != "comment" or x.frame.vclass != "say":
            continue
        if has_denial_cue(x.content) or has_dismissal_cue(x.content) or has_decline_cue(x.text):
            return
        x.set_stance("claim", "contradicted-account")
        last_para = x.frame.unit.paragraph


def asked_reports(rows: list[Row]) -> None:
    """`Asked about a report by X that Y, the spokesman said Z`: Z answers Y, the report the
    question put to the speaker (in the same sentence or the next one of its paragraph)."""
    if not on("asked-report-answered"):
        return
    for k, c in enumerate(rows):
        if c.frame.rule != "asked-about-report" or c.embedded_of is not None:
            continue
        for x in rows[k + 1 : k + 3]:
            u, cu = x.frame.unit, c.frame.unit
            if u.paragraph != cu.paragraph or u.index > cu.index + 1 or x.frame.headline:
                break
            if x.stance != "claim" and x.emb_new is None and x.frame.embedded is None:
                x.emb_new = c
                break


_REPORT_WORDS = frozenset(
    "report reports story stories news article articles claim claims allegation allegations "
    "rumour rumours rumor rumors post posts".split()
)


def _unnamed_report(a: MActor) -> bool:
    """`reports`, `two news reports`, `media reports and social media posts`: a report named
    by no outlet."""
    words = a.name.split()
    return bool(words) and words[-1].lower() in _REPORT_WORDS and a.name == a.name.lower()


def _aimed_at_state_member(
    r: Row, emb: MActor, ctext: str, rows: list[Row], skip: frozenset[str]
) -> bool:
    """`Ethiopia dismissed Sudan's accusation that its troops crossed ...` and `Sudan's army
    said in a statement that Ethiopian forces had attacked ...`: the state's accusation is its
    body's or official's claim, stated elsewhere (no claim of its own; rule
    `embedded-state-member`): the denial aims at that member, whose words are a claim."""
    if emb.kind != "government" or not emb.place or not on("embedded-state-member"):
        return False
    stems = content_stems(ctext, skip)
    member = next(
        (
            x
            for x in rows
            if x.stance in ("claim", "comment")
            and x.actor is not None
            and x.actor is not emb
            and x.actor is not r.actor
            and x.actor.kind != "media"
            and x.actor.place == emb.place
            and x.embedded_of is None
            and (_overlap(ctext, x.text) or stems & content_stems(x.content, skip))
        ),
        None,
    )
    if member is None:
        return False
    if member.stance == "comment":
        member.set_stance("claim", "embedded-state-member")
    r.target = member.actor
    return True


def embedded_claims(rows: list[Row], reg: Registry, skip: frozenset[str]) -> list[Row]:
    """Claims carried inside denials (`rejected a claim by X that Y`) when X says Y nowhere
    else: new rows (rule 4). Where X does say it, the denial names X as its target."""
    text = reg.places.text
    extra: list[Row] = []
    # each actor's rows in order, found once (no row's actor changes here): a scan of every
    # row per denial grew with the square of a long page's statements
    by_actor: dict[int, list[Row]] = {}
    for x in rows:
        if x.actor is not None:
            by_actor.setdefault(id(x.actor), []).append(x)
    for r in rows:
        f = r.frame
        emb = r.emb
        if f.embedded is None or emb is None:
            continue
        _, es, ee = f.embedded
        ctext = text[es:ee]
        own = [x for x in by_actor.get(id(emb), ()) if x is not r]
        if on("embedded-later-claim"):
            # `rejected a claim by X that Y ... X also accused Z`: what X `also` tells after
            # the denial is another claim, unless it shares the carried one's words (one stem
            # in common is chance); X's later telling without `also` is the same account
            stems = content_stems(ctext, skip)
            own = [
                x
                for x in own
                if x.pos < r.pos
                or not _also_before_verb(text, x.frame)
                or len(stems & content_stems(x.content, skip)) >= 2
            ]
        hit = next((x for x in own if _overlap(ctext, x.text)), None) or next(
            (x for x in own if content_stems(ctext, skip) & content_stems(x.content, skip)),
            None,
        )
        if not own and _generic_outlet(emb, reg) and on("outlet-described"):
            # `a Nigerian newspaper's report that ...` and, in its own clause, `The Lagos-based
            # Herald reported ...`: the report stated elsewhere, by the outlet it describes
            named = [
                x
                for x in rows
                if x.stance == "claim"
                and x.actor is not None
                and x.actor.kind == "media"
                and x.block == r.block
            ]
            if named:
                r.target = named[0].actor
                continue
        if not own and _aimed_at_state_member(r, emb, ctext, rows, skip):
            continue
        if hit is not None and hit.stance == "comment":
            hit.set_stance("claim", "embedded-said-elsewhere")
        if hit is not None or any(
            x.stance == "claim"
            and (x.frame.vclass == "claim" or on("report-stated-elsewhere"))
            and not x.restated()
            # `rejected a report in X that Y. The report also claimed Z`: Z told after the
            # denial is more of the report, not Y told again
            and not (x.pos > r.pos and "report-speaks:claim" in x.rules and on("report-told-after"))
            for x in own
        ):
            if own:
                r.target = emb
            continue
        if not on("embedded-claim"):
            continue
        if _unnamed_report(emb) and on("report-that-said"):
            # `denied reports alleging that Y` with no outlet named: when another's claim
            # tells Y, the reports are that claim (rule 4), no claim of their own
            stems = content_stems(ctext, skip)
            told = next(
                (
                    x
                    for x in rows
                    if x is not r
                    and x.stance == "claim"
                    and x.actor is not emb
                    and x.actor is not r.actor
                    and len(stems & content_stems(x.content, skip)) >= 2
                ),
                None,
            )
            if told is not None:
                r.target = told.actor
                continue
        new = _carried_claim(r, emb, es, ee, ctext, "embedded-claim")
        extra.append(new)
        r.emb_new = new
    return extra


# The object of a denial that names a report without a `that` clause of its own speaker:
# `denied media reports about a planned visit`, `denied what was circulated by X about Y`.
_LEAD_ADVERBIAL = r"^[,\s]*(?:(?:on|late on|early on|last|earlier on)\s+\w+(?:\s+\w+)?\s*,\s*)?"
_REPORT_ABOUT = re.compile(
    _LEAD_ADVERBIAL
    # `rejects as entirely unfounded the statements attributed to ...`
    + r"(?:as\s+(?:\w+\s+){0,2}?(?:unfounded|false|baseless|groundless|untrue|fabricated|"
    r"misleading|inaccurate|incorrect|malicious)\s+)?"
    r"(?:(?:(?:the|some|recent|several|media|press|news|local|foreign|online|such)\s+)*"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story|articles?|news|"
    r"information|statements|remarks|comments)"
    r"(?:\s+(?:by|in|from|of|attributed\s+to|made\s+by)\s+(?P<by>[^,;]+?))?\s+"
    r"(?:about|on|regarding|concerning|that)\s+(?P<what>.+)$|"
    r"what\s+(?:was|had been|has been)\s+(?:circulated|published|reported|posted|shared|"
    r"written|said)(?:\s+by\s+(?P<by2>.+?))?\s+(?:about|on|regarding|concerning)\s+"
    r"(?P<what2>.+)$)",
    re.I | re.S,
)
_REPORT_HEAD = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stor(?:y|ies)|articles?)\b", re.I
)
_BY = re.compile(r"\bby\s+(?P<by>.+)$", re.I)
_OUTLET_WORDS = re.compile(
    r"\b(?:outlets?|media|websites?|sites?|newspapers?|papers?|press|channels?|pages|"
    r"broadcasters?|agenc(?:y|ies)|portals?|blogs?|accounts?)\b",
    re.I,
)
# Where a carried claim ends: `..., calling it "mischievous"`, `..., saying ...`, `and said`.
_CLAIM_END = re.compile(r",\s+(?:\w+ing|and|which|who|adding|as)\b|\s+and\s+(?:said|added)\b")


def anonymous_reports(rows: list[Row], reg: Registry) -> list[Row]:
    """Reports a denial names and answers when no claim of the article states them (rule 4,
    `stated nowhere else`): `rejected reports that Y`, `denied media reports about Y`, `denied
    what was circulated by X about Y` carry the claim Y, by X when the text names X."""
    text = reg.places.text
    out: list[Row] = []
    by_block: dict[int, list[Row]] = {}
    for r in rows:
        by_block.setdefault(r.block, []).append(r)
    for brows in by_block.values():
        claims = [r for r in brows if r.stance == "claim" and not r.frame.headline]
        if claims and not on("carried-report-other-source"):
            continue
        for r in brows:
            f = r.frame
            if f.embedded is not None or f.headline or r.emb_new:
                continue
            if f.vclass != "deny":
                continue
            found = _carried_report(f.target, text, f.content_start, f.end)
            if found is None:
                continue
            by, start, end = found
            if by is None:
                continue  # a report nobody is named for: no speaker, no statement
            by = by.strip().strip("\"“”'")
            if claims and not _untold(text[start:end], claims):
                continue
            actor = reg.resolve(by, speaking=False)
            if actor is None or any(c.actor is actor for c in claims):
                continue
            if actor.kind == "organisation" and _OUTLET_WORDS.search(by):
                actor.kind = "media"
            new = _carried_claim(r, actor, start, end, text[start:end], "carried-report")
            r.emb_new = new
            out.append(new)
            if not claims:
                break  # the first denial names the report; the others answer it
    return out


# A report named as the subject of its own dismissal: `Reports by some outlets that Y were "a
# product of imagination", the statement added`, `Claims in the local press about Y are false`.
_SUBJECT_REPORT = re.compile(
    r"[\s\"“']*(?:(?:the|recent|some|media|press|earlier|these|those|such)\s+)*"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|suggestions?|articles?)\s+"
    r"(?:by|in|from)\s+(?P<by>[^,;:\"“”]+?)\s+(?:that|about|of)\s+(?P<what>.+)\s+"
    r"(?:were|was|are|is)\s+(?P<rest>.+)$",
    re.I | re.S,
)


def _may_carry(rows: list[Row]) -> Iterator[tuple[Row, Frame]]:
    """The statements (and their frames) that may carry a claim of their own: told in the text
    (no headline), not themselves carried by another, carrying none yet. Asked as each one comes,
    so a statement given a carried claim earlier in the loop is passed over."""
    for r in rows:
        f = r.frame
        if f.embedded is None and not f.headline and not r.emb_new and r.embedded_of is None:
            yield r, f


def subject_reports(rows: list[Row], reg: Registry) -> list[Row]:
    """Reports that stand as the subject of the words that dismiss them (rule 4, a claim carried
    inside its denial): `Reports by some Dutch outlets about a planned block were "pure fiction",
    the developer said` carries the outlets' claim, a statement of its own when no claim of the
    article tells it."""
    if not on("report-subject-dismissed"):
        return []
    text = reg.places.text
    out: list[Row] = []
    for r, f in _may_carry(rows):
        cs = f.content_start
        if cs < 0 or cs >= f.end:
            continue
        m = _SUBJECT_REPORT.match(text, cs, f.end)
        if m is None:
            continue
        rest = m.group("rest")
        if not (has_dismissal_cue(rest) or has_denial_cue(rest)):
            continue
        start, end = m.start("what"), m.end("what")
        words = text[start:end].strip()
        if len(words.split()) < 3:
            continue
        claims = [x for x in rows if x.stance == "claim" and x.block == r.block and x is not r]
        if claims and not _untold(words, claims):
            continue
        actor = reg.resolve(m.group("by").strip(), speaking=False)
        if actor is None or actor is r.actor or any(c.actor is actor for c in claims):
            continue
        if actor.kind == "organisation" and _OUTLET_WORDS.search(m.group("by")):
            actor.kind = "media"
        new = _carried_claim(r, actor, start, end, words, "report-subject-dismissed")
        r.emb_new = new
        out.append(new)
    return out


# A participle that rejects a claim named with its speaker, after the main statement: `..., its
# deputy head told the weekly, rejecting a claim by the hauliers' union that a fee would ...`.
_PARTICIPLE_REJECTS = re.compile(
    r",\s+(?:rejecting|denying|dismissing|refuting|disputing|contradicting)\s+"
    r"(?:as\s+[^,;]{1,40}?\s+)?(?:an?|the|recent|earlier)\s+(?:\w+\s+){0,2}?"
    r"(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?)\s+"
    r"(?:by|from|in)\s+(?P<by>[^,;:\"“”]+?)\s+that\s+(?P<what>[^;]+)",
    re.I,
)


def participle_rejects(rows: list[Row], reg: Registry) -> list[Row]:
    """`X told the weekly there was no plan, rejecting a claim by Y that Z`: the participle carries
    Y's claim Z (rule 4) when Y tells it nowhere else, and makes the statement a denial."""
    if not on("participle-rejects-claim"):
        return []
    text = reg.places.text
    out: list[Row] = []
    for r, f in _may_carry(rows):
        if f.vclass == "deny" or "ing " not in text[r.start : f.unit.end]:
            continue  # (a verb of denial carries its claim by `embedded_claims`)
        m = _PARTICIPLE_REJECTS.search(text, max(f.unit.start, r.start), f.unit.end)
        if m is None:
            continue
        start, end = m.start("what"), m.end("what")
        cut = _CLAIM_END.search(text, start, end)
        if cut is not None:
            end = cut.start()
        while end > start and text[end - 1] in " .,;:\"'”":
            end -= 1
        words = text[start:end]
        if len(words.split()) < 3:
            continue
        by = m.group("by").strip()
        if by.split()[0].lower() in ("a", "an"):
            continue  # `a claim by a Lima daily that`: the outlet named elsewhere, if at all
        claims = [x for x in rows if x.stance == "claim" and x.block == r.block and x is not r]
        actor = reg.resolve(by, speaking=False)
        if actor is None or actor is r.actor or any(c.actor is actor for c in claims):
            continue
        if r.stance != "denial":
            r.set_stance("denial", "participle-rejects-claim")
        new = _carried_claim(r, actor, start, end, words, "participle-rejects-claim")
        r.emb_new = new
        out.append(new)
    return out


_ALSO = re.compile(r"\balso\s+(?:\w+\s+)?$", re.I)


def _also_before_verb(text: str, f: Frame) -> bool:
    """`X also accused ...`, `The report also claimed`: the act adds to what X said before."""
    if f.verb_start < 0:
        return False
    return bool(_ALSO.search(text, max(0, f.verb_start - 20), f.verb_start))


def _untold(words: str, claims: list[Row]) -> bool:
    """`rejects the statements attributed to "diplomatic sources" concerning a meeting`, in an
    article whose claims are someone else's: a further report, about something no claim of the
    article tells (its speaker must be no claimant either)."""
    stems = content_stems(words)
    return all(len(stems & content_stems(c.content)) <= 1 for c in claims)


def _carried_claim(answer: Row, actor: MActor, start: int, end: int, words: str, rule: str) -> Row:
    """The claim a denial carries inside it (rule 4), a statement of its own."""
    return Row(
        frame=answer.frame,
        actor=actor,
        start=start,
        end=end,
        text=words,
        content=words,
        shown=words,
        stance="claim",
        block=answer.block,
        rules=[f"{rule}:claim"],
        embedded_of=answer,
    )


def _carried_report(
    target: str | None, text: str, cs: int, ce: int
) -> tuple[str | None, int, int] | None:
    """(outlet phrase, start, end) of the claim a denial's object carries, if any."""
    if not on("carried-report") or cs >= ce:
        return None
    if target and _REPORT_HEAD.search(target):
        # `rejected reports (by X) that Y`: the content is Y
        between = text[cs - 6 : cs].lower()
        if "that" not in between:
            return None
        m = _BY.search(target)
        start = cs
        by = m.group("by") if m else None
    elif not target:
        m2 = _REPORT_ABOUT.match(text[cs:ce])
        if m2 is None:
            return None
        what = "what" if m2.group("what") is not None else "what2"
        by = m2.group("by") or m2.group("by2")
        start = cs + m2.start(what)
    else:
        return None
    end = ce
    cut = _CLAIM_END.search(text, start, end)
    if cut is not None:
        end = cut.start()
    while end > start and text[end - 1] in " .,;:\"'”":
        end -= 1
    if len(text[start:end].split()) < 3:
        return None
    return by, start, end


def _generic_outlet(actor: MActor, reg: Registry) -> bool:
    """An outlet described, not named: `a Nigerian newspaper`, `a local news site`."""
    if actor.kind != "media":
        return False
    words = re.findall(r"[\w'-]+", actor.name)
    return not any(w[:1].isupper() and reg.places.find(w) is None for w in words)


def _overlap(a: str, b: str) -> bool:
    wa = set(re.findall(r"[a-z]{4,}", a.lower()))
    wb = set(re.findall(r"[a-z]{4,}", b.lower()))
    return bool((wa & wb) - _STOP)


# `has termed the recent report run by the Coastal Ledger 'completely false'`, `dismissed the story
# carried by the Daily X`: a denial names a report by its outlet and tells nothing of what it
# said; the report itself is the outlet's claim the denial answers.
_REPORT_RUN_BY = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:(?:recent|latest|earlier|new|news|front-page|lead)\s+)*"
    r"(?:report|story|article|news\s+item|news\s+report|piece|write-up|publication)\s+"
    r"(?:run|published|carried|aired|broadcast|printed|posted)\s+(?:on\s+\w+\s+)?by\s+"
    r"(?P<by>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of))*[\w'’.&-])"
)


def run_by_reports(rows: list[Row], reg: Registry) -> list[Row]:
    """A denial whose object is a report named only by its outlet (`the recent report run by X`,
    `the story carried by X`), in a block where no claim is told: that report is X's claim, a
    statement of its own carried inside the denial (rule 4, `stated nowhere else`); the first
    such denial carries it, the later ones answer it."""
    if not on("report-run-by"):
        return []
    text = reg.places.text
    out: list[Row] = []
    told: set[int] = set()  # blocks whose report is carried already
    claimed = {x.block for x in rows if x.stance == "claim"}  # once: a long page has thousands
    for r, _f in _may_carry(rows):
        if r.stance != "denial" or r.block in told or r.block in claimed:
            continue
        m = _REPORT_RUN_BY.search(text, r.start, r.end)
        if m is None:
            continue
        actor = reg.resolve(m.group("by").strip(), speaking=False)
        if actor is None or actor is r.actor:
            continue
        if actor.kind == "organisation":
            actor.kind = "media"
        new = _carried_claim(r, actor, m.start(), m.end(), m.group(0), "report-run-by")
        r.emb_new = new
        out.append(new)
        told.add(r.block)
    return out
