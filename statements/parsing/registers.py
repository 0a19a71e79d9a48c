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
from dataclasses import dataclass

from . import lexicon, quoted
from .attribute import Frame, Mention, frames_for_unit
from .rules import on
from .segment import Document, Paragraph, Unit

_LINE = re.compile(r"[^\n]+")
_FIRST_PERSON = frozenset(("we", "our", "us", "ours"))
_SMALL = frozenset("of and the for in on at to de du la".split())
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


@dataclass(slots=True)
class Release:
    """A press release or official statement: where its body runs and who issued it."""

    body_start: int
    body_end: int
    issuer: Mention | None


def apply(doc: Document, frames: list[Frame]) -> list[Frame]:
    """The speech acts of the article, with what its register says about who speaks."""
    if on("register-factcheck-box"):
        frames = _factcheck_box(doc, frames)
    if on("register-release"):
        rel = release(doc, frames)
        if rel is not None:
            frames = _release_frames(doc, frames, rel)
    if on("register-handle-post"):
        frames = quoted.handle_posts(doc, frames)
        quoted.handles_off(frames)
    if on("register-self-notes"):
        frames = [f for f in frames if f.speaker is None or not quoted.SELF.match(f.speaker.text)]
    if on("register-document"):
        frames = quoted.documents(doc, frames)
    if on("register-report-participle"):
        frames = quoted.report_participles(doc, frames)
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
    if not marks:
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
        return None  # `Statement from the Coast Guard` heading one entry of a live blog
    body_start = max(top, default=0)
    body_end = min((s for s in ends if s >= body_start), default=len(text))
    if body_end - body_start < 40:
        return None
    return Release(body_start, body_end, _issuer(doc, frames, body_start, body_end, heads))


def _title(caps: str) -> str:
    words = caps.split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low if i and low in _SMALL else low[:1].upper() + low[1:])
    return " ".join(out)


def _org_head(phrase: str) -> bool:
    heads = lexicon.words("org_heads.txt")
    low = phrase.lower()
    return any(re.search(rf"\b{re.escape(h)}\b", low) for h in heads)


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
                named.append((_title(rest) if rest.isupper() else rest, s, s + len(ln)))
    for m in _LINE.finditer(text, 0, body_start):
        ln = m.group(0).strip()
        if ln.isupper() and 2 <= len(ln.split()) <= 14 and _org_head(ln):
            if not _marker(ln, "release_markers.txt") and not ln.lower().startswith("republic"):
                named.append((_title(re.sub(r"^THE\s+", "", ln)), m.start(), m.end()))
                break
    body = text[body_start:body_end]
    for name, s, e in named:
        # the body's own wording: the longest head of the name it writes (`The Ministry of
        # Defence` for `MINISTRY OF DEFENCE OF VALDORIA`, for a letterhead that runs on into
        # `REPUBLIC OF KORVALA`)
        words = name.split()
        for k in range(len(words), 1, -1):
            form = " ".join(words[:k])
            if words[k - 1].lower() in _SMALL or not _org_head(form):
                continue
            at = re.search(rf"\b(?:[Tt]he\s+)?{re.escape(form)}\b", body)
            if at is not None:
                return Mention(at.group(0), body_start + at.start(), body_start + at.end())
        return Mention(name, s, e)
    for f in frames:
        m = f.speaker
        if f.start < body_start or f.start >= body_end or m is None or m.pronoun:
            continue
        if m.text[:1].isupper() and _org_head(m.text) and len(m.text.split()) <= 12:
            return Mention(m.text, m.start, m.end)
        break
    return None


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


def _release_frames(doc: Document, frames: list[Frame], rel: Release) -> list[Frame]:
    """The issuer speaks the body's sentences that no verb of saying attributes: those in the
    first person, those about the issuer, those judging the reports it answers; a sentence
    after one of them in the same paragraph runs on under it."""
    if rel.issuer is None:
        return frames
    text = doc.text
    for f in frames:
        m = f.speaker
        if m is not None and rel.body_start <= f.start < rel.body_end:
            if m.text.lower() in _FIRST_PERSON:
                f.speaker = Mention(rel.issuer.text, rel.issuer.start, rel.issuer.end)
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
            own = _first_person(u) or _about_issuer(u, text, rel.issuer) or bool(_JUDGED.match(s))
            if not own:
                if last is not None:
                    last.end = u.end
                continue
            m = rel.issuer
            last = Frame(
                unit=u,
                verb="",
                vclass="say",
                speaker=Mention(m.text, m.start, m.end),
                start=u.start,
                end=u.end,
                content_start=u.start,
                frame_start=u.start,
                frame_end=u.start,
                rule="release-issuer",
            )
            out.append(last)
    return out


# --- fact-check boxes ------------------------------------------------------------------------


def _box_label(p: Paragraph, text: str) -> int | None:
    """Where a fact-check box line's body begins (`CLAIM: ...`), or None."""
    m = re.match(r"\s*([A-Za-z][A-Za-z' -]{0,24}?)\s*:\s*", text[p.start : p.end])
    if m is None or m.group(1).lower() not in lexicon.words("factcheck_labels.txt"):
        return None
    return p.start + m.end()


def _factcheck_box(doc: Document, frames: list[Frame]) -> list[Frame]:
    """A box's labels are no turns of a transcript: each line is read as a sentence, without
    its label; the claim line is optional (the box restates the article)."""
    text = doc.text
    labelled = {}
    for p in doc.paragraphs:
        at = _box_label(p, text)
        if at is not None:
            labelled[p.index] = (p, at)
    if not labelled:
        return frames
    out = [f for f in frames if f.unit.paragraph not in labelled]
    for p, at in labelled.values():
        is_claim = text[p.start : at].strip().lower().startswith(("claim", "the claim"))
        for u in p.units:
            toks = [t for t in u.tokens if t.start >= at]
            if not toks:
                continue
            trimmed = Unit(toks[0].start, u.end, toks, u.paragraph, u.index)
            for f in frames_for_unit(trimmed, text, False):
                f.optional = f.optional or is_claim
                if is_claim and f.vclass in ("say", "according"):
                    f.vclass = "claim"
                out.append(f)
    return out
