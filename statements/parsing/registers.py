"""Document registers: who speaks where no verb of saying names a speaker.

The kind of document decides it, after the speech-acts pass (one entry, `apply`):

- a press release or an official statement (a letterhead, `PRESS RELEASE`, `-ENDS-`,
  `Issued by ...`): its issuer speaks the body's sentences in the first person, those whose
  subject is the issuer itself and those that judge the reports it answers;
- a fact-check's box (`CLAIM:`, `VERDICT: False`): its labels are no transcript turns, and the
  claim line is the claim of the source it names (optional, as a box restates the article);
- a post quoted as `@handle: text`: the account's owner, named beside the handle elsewhere;
- a document quoted by its noun (`the note verbale states`, `a statement posted on the embassy's
  website read: ...`): the document's author, or the speaker before it;
- a report's participle (`a publication by X, ..., alleging that Y`, `reports published by
  certain media outlets claiming that Y`): the report's author claims Y (rule 4).

Live-blog stamps, `UPDATE:`/`CORRECTION:` notes, bylines, datelines and `Reporting by` lines are
no speech acts: the speech-acts pass finds none there, and nothing here adds one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from . import factcheck, lexicon, quoted, tidy
from .attribute import Frame, Mention
from .rules import on
from .segment import Document, Paragraph, Unit

_LINE = re.compile(r"[^\n]+")
_FIRST_PERSON = frozenset(("we", "our", "us", "ours"))
SMALL_WORDS = frozenset("of and the for in on at to de du la".split())
_SPOKESPERSON = re.compile(
    r"^(?:the\s+)?(?:(?:official|press|deputy|chief)\s+)?"
    r"(?:spokesperson|spokesman|spokeswoman|press\s+secretary|press\s+office|"
    r"information\s+department|press\s+service)\s+(?:of|for)\s+",
    re.I,
)
# `These reports are ...`, `Such claims have no basis`: a release judging what it answers.
_JUDGED = re.compile(
    r"^(?:these|such|this|the|those|that|all\s+such)\s+(?:\w+\s+){0,2}?"
    r"(?:reports?|claims?|allegations?|publications?|stories|story|articles?|assertions?|"
    r"accusations?|rumou?rs?|insinuations?)\s+(?:is|are|was|were|has|have|had|do|does|did|"
    r"lack|lacks|remain|remains|constitute|constitutes)\b",
    re.I,
)


_CONTRARY = re.compile(r"^(?:contrary\s+to|in\s+fact|in\s+reality|the\s+truth\s+is)\b", re.I)
# `2. The payments were transferred in full`: a numbered point of a release's body
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s*$")


def _numbered_point(p: Paragraph, u: Unit, text: str) -> bool:
    """The unit opens a numbered point: the paragraph's first unit is its number only."""
    units = p.units
    return (
        len(units) > 1
        and u is units[1]
        and bool(_NUMBERED.match(text[units[0].start : units[0].end]))
        and len(u.tokens) >= 4
    )


_REPORTS = re.compile(
    r"\b(?:reports?|claims?|allegations?|publications?|articles?|stories|accusations?)\b", re.I
)
_NEGATIONS = frozenset(("not", "no", "never", "n't", "neither", "nor", "none", "nothing"))


@cache
def _dismissal() -> re.Pattern[str]:
    """A word that dismisses an account by itself (`false`, `without foundation`)."""
    cues = sorted(lexicon.words("dismissal_cues.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)


def _negated(u: Unit) -> bool:
    return any(t.lower in _NEGATIONS or t.lower.endswith("n't") for t in u.tokens if not t.quoted)


@dataclass(slots=True)
class Release:
    """A press release or official statement: where its body runs and who issued it."""

    body_start: int
    body_end: int
    issuer: Mention | None


def apply(doc: Document, frames: list[Frame], outlet: str | None = None) -> list[Frame]:
    """The speech acts of the article, with what its register says about who speaks; `outlet`
    (the publishing outlet, when known) speaks a fact-check's own verdicts."""
    if on("register-factcheck-box"):
        frames = factcheck.box(doc, frames)
    if outlet and on("register-factcheck-verdict"):
        frames = factcheck.verdicts(doc, frames, outlet)
    rel = release(doc, frames) if on("register-release") else None
    if rel is not None:
        frames = _release_frames(doc, frames, rel)
    if on("register-handle-post"):
        frames = quoted.handle_posts(doc, frames)
        if on("post-under-handle"):
            frames = quoted.header_posts(doc, frames)
        tidy.handles_off(frames)
    if on("register-self-notes"):
        frames = [
            f
            for k, f in enumerate(frames)
            if f.speaker is None
            or not tidy.SELF.match(f.speaker.text)
            or (tidy.told_story(f.speaker.text, frames[:k]) and on("told-story-speaks"))
        ]
    if on("register-document"):
        frames = quoted.documents(doc, frames)
        tidy.document_speakers(frames)
        if on("report-named-by-author"):
            tidy.report_by_author(doc.text, frames)
    if on("register-stamps"):
        tidy.stamps_off(doc.text, frames)
    if on("register-thread-parts"):
        tidy.thread_parts(doc.text, frames)
    if on("what-it-called"):
        tidy.what_it_called(frames)
    if on("asked-to-comment"):
        frames = tidy.asked_to_speak_off(doc.text, frames)
    if on("register-report-participle") and rel is not None:
        # inside a release's body; in news copy `a publication by X alleging that` is the
        # disputes pass's (publication-alleges), which keeps the noting subject for a later `We`
        frames = quoted.report_participles(doc, frames, (rel.body_start, rel.body_end))
    if on("register-posted-what-it-said"):
        frames = quoted.posted_what_it_said(doc, frames)
    return sorted(frames, key=lambda f: (f.start, f.end))


# --- press releases and official statements ---------------------------------------------


def _marker(line: str, name: str) -> bool:
    s = line.strip()
    return len(s) <= 160 and any(p.match(s) for p in lexicon.patterns(name))


def release(doc: Document, frames: list[Frame]) -> Release | None:
    """The release's body and issuer, when the text is a press release or official statement."""
    text = doc.text
    lines = [(m.start(), m.end(), m.group(0)) for m in _LINE.finditer(text)]
    marks = [(s, e, ln) for s, e, ln in lines if _marker(ln, "release_markers.txt")]
    # `The statement reads in full: PRESS RELEASE`: a release the article gives whole, its
    # heading joined by the cleaner to the line that introduces it
    intro = [
        e
        for s, e, ln in lines
        if ": " in ln
        and len(ln) < 200
        and _marker(ln.rsplit(": ", 1)[1], "release_markers.txt")
        and not _marker(ln.rsplit(": ", 1)[1], "release_end.txt")
        and on("release-introduced-in-full")
    ][:1]
    if not marks and not intro:
        return None
    ends = [s for s, _, ln in lines if _marker(ln, "release_end.txt")]
    # the body begins after the last marker above its first sentence, ends at the colophon
    heads = [(s, e, ln) for s, e, ln in marks if not _marker(ln, "release_end.txt")]
    first_sentence = next(
        (u.start for p in doc.paragraphs if not p.headline for u in p.units if len(u.tokens) > 12),
        len(text),
    )
    top = [e for s, e, _ in heads if s < first_sentence]
    if not top and not ends:
        top = intro
    if not top and not ends:
        return None  # `Statement from the Coast Guard` heading one entry of a live blog
    body_start = max(top, default=0)
    body_end = min((s for s in ends if s >= body_start), default=len(text))
    if body_end - body_start < 40:
        return None
    issuer = _issuer(doc, frames, body_start, body_end, heads)
    if issuer is not None:
        state = _STATE_LINE.search(text, 0, body_start) or _STATE_LINE.search(issuer.text)
        if state is not None:
            # `REPUBLIC OF GHANA` under the letterhead: the state the issuer speaks for
            issuer.extras = [f"which represents {title_case(state.group(1).strip())}"]
    return Release(body_start, body_end, issuer)


# The institution that opens the body's first sentence, after a dateline (`CITY, March 3 —`).
_LEADING_ORG = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[-–—]+\s*)?"
    r"(?P<n>The\s+[A-Z][\w'’.-]*(?:\s+(?:of|the|and|for|in|on|to|[A-Z][\w'’.-]*))*?)"
    r"(?=\s+(?:today|on|has|have|is|was|wishes|would|categorically|strongly|firmly|hereby|"
    r"rejects|denies|refutes|dismisses|notes|informs|clarifies|states|announces|regrets|[a-z]+s)\b)",
    re.M,
)


def title_case(caps: str) -> str:
    """`MINISTRY OF FOREIGN AFFAIRS` as `Ministry of Foreign Affairs` (the small words kept low)."""
    words = caps.split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low if i and low in SMALL_WORDS else low[:1].upper() + low[1:])
    return " ".join(out)


def _org_head(phrase: str) -> bool:
    return lexicon.whole_words("org_heads.txt").search(phrase.lower()) is not None


def _letterhead(text: str, body_start: int) -> tuple[str, int, int] | None:
    """The institution an upper-case letterhead line above the body names (or, in a release an
    article gives whole, one of the body's first lines)."""
    head = _letterhead_in(_LINE.finditer(text, 0, body_start))
    if head is None and on("release-introduced-in-full"):
        first = [m for _, m in zip(range(3), _LINE.finditer(text, body_start), strict=False)]
        head = _letterhead_in(iter(first))
    return head


def _letterhead_in(found: Iterator[re.Match[str]]) -> tuple[str, int, int] | None:
    for m in found:
        ln = m.group(0).strip()
        lead = _STATE_LEAD.match(ln)
        if lead is not None and on("release-letterhead-after-state"):
            # `REPUBLIC OF SLOVENIA MINISTRY OF AGRICULTURE`: two letterhead lines the cleaner
            # joined; the institution follows the state
            ln = ln[lead.end() :]
        if (
            ln.isupper()
            and 2 <= len(ln.split()) <= 14
            and _org_head(ln)
            and not _marker(ln, "release_markers.txt")
            and not ln.lower().startswith("republic")
        ):
            return (title_case(re.sub(r"^THE\s+", "", ln)), m.start(), m.end())
    return None


def _issuer(
    doc: Document,
    frames: list[Frame],
    body_start: int,
    body_end: int,
    heads: list[tuple[int, int, str]],
) -> Mention | None:
    """The institution that issues the release: named by the statement's heading, its
    letterhead, or the first institution that speaks in its body; written as the body writes
    it where it does (`The Ministry of Defence` for `MINISTRY OF DEFENCE OF VALDORIA`)."""
    text = doc.text
    named: list[tuple[str, int, int]] = []
    for s, _, ln in heads:
        m = re.match(
            r"^\s*(?:official\s+|press\s+|joint\s+)?statement\s+(?:by|of|from)\s+", ln, re.I
        )
        if m:
            rest = ln[m.end() :].strip()
            rest = _SPOKESPERSON.sub("", rest)
            rest = re.sub(r"^the\s+", "", rest, flags=re.I)
            if rest and _org_head(rest):
                named.append((title_case(rest) if rest.isupper() else rest, s, s + len(ln)))
    head = _letterhead(text, body_start)
    if head is not None:
        named.append(head)
    body = text[body_start:body_end]
    for name, s, e in named:
        # the body's own wording: the longest head of the name it writes (`The Ministry of
        # Defence` for `MINISTRY OF DEFENCE OF VALDORIA`, for a letterhead that runs on into
        # `REPUBLIC OF KORVALA`)
        words = name.split()
        for k in range(len(words), 1, -1):
            form = " ".join(words[:k])
            if words[k - 1].lower() in SMALL_WORDS or not _org_head(form):
                continue
            at = re.search(rf"\b(?:[Tt]he\s+)?{re.escape(form)}\b", body)
            if at is not None:
                return Mention(at.group(0), body_start + at.start(), body_start + at.end())
        return Mention(name, s, e)
    lead = _LEADING_ORG.search(text, body_start, body_end)
    if lead is not None and _org_head(lead.group("n")):
        return Mention(lead.group("n"), lead.start("n"), lead.end("n"))
    for f in frames:
        sp = f.speaker
        if f.start < body_start or f.start >= body_end or sp is None or sp.pronoun:
            continue
        if f.headline and on("release-issuer-past-headline"):
            continue  # `DA rebuts media report ...`: the body names the issuer in full
        if sp.text[:1].isupper() and _org_head(sp.text) and len(sp.text.split()) <= 12:
            return Mention(sp.text, sp.start, sp.end)
        if (
            sp.text[:1].isupper()
            and len(sp.text.split()) <= 8
            and sp.text.split()[-1].lower() in lexicon.words("legal_forms.txt")
            and on("release-issuer-legal-form")
        ):
            # `Kestrel Lines A/S rejects ...` opening a company's release: a company by its
            # legal form is an issuer as a ministry is by its head noun
            return Mention(sp.text, sp.start, sp.end)
        break
    return None


_STATE_LEAD = re.compile(
    r"^(?:THE\s+)?(?:REPUBLIC|KINGDOM|STATE|SULTANATE|EMIRATE|PRINCIPALITY|COMMONWEALTH|"
    r"FEDERATION|GOVERNMENT)\s+OF\s+(?:THE\s+)?[A-Z'-]+(?:\s+[A-Z'-]+)?\s+"
    r"(?=(?:MINISTRY|DEPARTMENT|EMBASSY|OFFICE|AGENCY|MINISTÈRE|SECRETARIAT)\b)"
)
_STATE_LINE = re.compile(
    r"\b(?:REPUBLIC|KINGDOM|STATE|SULTANATE|EMIRATE|PRINCIPALITY|COMMONWEALTH|FEDERATION|"
    r"GOVERNMENT)\s+OF\s+(?:THE\s+)?([A-Z][A-Z' -]{2,40}?)\s*$",
    re.M,
)


def _copy(m: Mention) -> Mention:
    return Mention(m.text, m.start, m.end, extras=list(m.extras))


def _first_person(u: Unit) -> bool:
    return any(t.lower in _FIRST_PERSON and not t.quoted for t in u.tokens)


def _about_issuer(u: Unit, text: str, issuer: Mention) -> bool:
    """The sentence's subject is the issuer: its name, or `The Ministry` for it."""
    s = text[u.start : u.end].lstrip()
    name = re.sub(r"^[Tt]he\s+", "", issuer.text)
    if re.match(rf"(?:[Tt]he\s+)?{re.escape(name)}\b", s):
        return True
    head = next(
        (w for w in reversed(name.split()) if w.lower() in lexicon.words("org_heads.txt")), None
    )
    if head is None:
        first = name.split()[0] if name.split() else ""
        head = first if first.lower() in lexicon.words("org_heads.txt") else None
    return head is not None and re.match(rf"the\s+{re.escape(head)}\b", s, re.I) is not None


_ISSUER_VERB = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s+|of\s+|and\s+|for\s+|the\s+)*?"
    r"(?:(?:also|likewise|further|again|once\s+again|hereby|therefore|firmly|strongly|categorically)\s+)?"
    r"(?P<verb>[a-z]+)\b"
)


def _issuer_speaks(s: str) -> bool:
    """`The Ministry invites the media to ...`: the issuer's verb is one a release speaks by
    (`lexicon/release_verbs.txt`), not one that describes it (`publishes ... every quarter`)."""
    m = _ISSUER_VERB.match(s)
    return m is not None and m.group("verb") in lexicon.words("release_verbs.txt")


def _release_frames(doc: Document, frames: list[Frame], rel: Release) -> list[Frame]:
    """The issuer speaks the body's sentences that no verb of saying attributes: those in the
    first person, those about the issuer, those judging the reports it answers; a sentence
    after one of them in the same paragraph runs on under it."""
    if rel.issuer is None:
        return frames
    text = doc.text
    for f in frames:
        m = f.speaker
        if (
            m is not None
            and rel.body_start <= f.start < rel.body_end
            and m.text.lower() in _FIRST_PERSON
        ):
            f.speaker = _copy(rel.issuer)
    spans = sorted((f.start, f.end) for f in frames)
    out = list(frames)
    for p in doc.paragraphs:
        if p.end <= rel.body_start or p.start >= rel.body_end or p.headline:
            continue
        last: Frame | None = None
        for u in p.units:
            if u.start < rel.body_start or u.end > rel.body_end:
                continue
            if quoted.overlaps(spans, u.start, u.end):
                last = None
                continue
            s = text[u.start : u.end].lstrip()
            about = _about_issuer(u, text, rel.issuer)
            own = (
                _first_person(u)
                or bool(_JUDGED.match(s) or _CONTRARY.match(s))
                or bool(_dismissal().search(s))
                or (about and (_negated(u) or _REPORTS.search(s)))
                or (about and _issuer_speaks(s) and on("release-issuer-subject"))
                or (_numbered_point(p, u, text) and on("release-numbered-point"))
            )
            if (
                own
                and last is not None
                and last.rule == "release-issuer"
                and last.unit.end <= u.start
                and last.end == last.unit.end
                and len(last.unit.tokens) <= 7
                and (
                    _JUDGED.match(text[last.start : last.end].lstrip())
                    or _dismissal().search(text[last.start : last.end])
                )
                and not re.match(r"(?:we|i)\b", s, re.I)
                and on("release-verdict-runs-on")
            ):
                # `These reports are incorrect. Kestrel has taken no decision ...`: a verdict of a
                # few words and the sentence that bears it out are one statement
                last.end = u.end
                continue
            if not own:
                if last is not None:
                    last.end = u.end
                continue
            m = rel.issuer
            last = Frame(
                unit=u,
                verb="",
                vclass="deny" if _CONTRARY.match(s) else "say",
                speaker=_copy(m),
                start=u.start,
                end=u.end,
                content_start=u.start,
                frame_start=u.start,
                frame_end=u.start,
                rule="release-issuer",
            )
            out.append(last)
    return out
