"""Source sections and signed texts: who speaks where the layout, not a verb, names a speaker.

After the registers pass (one entry, `apply`):

- a factbox's sections (rule `factbox-source-heading`): an upper-case heading that names a body
  or a state (`TOGO'S MINISTRY OF ECONOMY AND FINANCE`) over bulleted lines; each bullet with no
  verb of saying of its own is the heading's statement;
- a signed text (rule `signed-text-first-person`): a letter to the editor (`Sir,` ... `Yours
  faithfully, NAME, title`) or an opinion piece (a `By NAME` byline and a `The writer is ...`
  line, or only a closing `NAME is ROLE.` under a body in the first person, rule
  `signed-tagline`): its signer speaks the body's sentences in the first person and those that deny
  (negated, dismissing), a sentence after one of them in the same paragraph running on under
  it; a `we`/`I` the speech-acts pass found speaks as the signer;
- `Your report ... stated` in a letter to the editor (rule `letter-your-report`): the outlet the
  letter is written to;
- `X published an article by Y, claiming that Z` (rule `published-piece-by`): Y claims Z;
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon, quoted
from .attribute import Frame, Mention
from .clean import SALUTATION
from .registers import SMALL_WORDS, title_case
from .rules import on
from .segment import Document, Unit
from .turns import display

_FIRST_PERSON = frozenset(("i", "me", "my", "we", "our", "us", "ours"))
_NEGATIONS = frozenset(("not", "no", "never", "neither", "nor", "none", "nothing"))
_SALUTATION = re.compile(SALUTATION, re.M)  # a letter to the editor opens so
_CLOSING = re.compile(
    r"^Yours(?:,?\s+(?:etc\.?|faithfully|sincerely|truly))?[,.]*\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s*(?P<rest>[^\n]*)$"
)
_BYLINE = re.compile(r"^\s*By\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*$", re.M)
_WRITER = re.compile(r"^The\s+(?:writer|author)\s+is\s+(?P<role>[^\n]{3,160}?)\.?$")
_YOUR_REPORT = re.compile(
    r"^[Yy]our\s+(?:\w+\s+)?(?:report|article|story|editorial|leader|correspondent|reporter|"
    r"newspaper|paper|piece|columnist)\b"
)


@dataclass(slots=True)
class Signed:
    """A signed text: where its body runs and who signed it."""

    body_start: int
    body_end: int
    signer: Mention
    letter: bool


def apply(
    doc: Document,
    frames: list[Frame],
    raw: str,
    bullets: frozenset[int],
    outlet: str | None = None,
) -> list[Frame]:
    """The speech acts of the article, with the speakers its sections and signature name."""
    if on("wh-heading-no-speech"):
        frames = [f for f in frames if not _wh_heading(doc.text, f)]
    if bullets and on("factbox-source-heading"):
        frames = _factbox(doc, frames, bullets)
    signed = _signed(doc, raw) if on("signed-text-first-person") else None
    if signed is not None:
        frames = _signed_frames(doc, frames, signed)
        if signed.letter and outlet and on("letter-your-report"):
            for f in frames:
                sp = f.speaker
                if (
                    sp is not None
                    and signed.body_start <= f.start < signed.body_end
                    and _YOUR_REPORT.match(sp.text)
                ):
                    f.speaker = Mention(outlet, sp.start, sp.end)
    if on("published-piece-by"):
        _pieces_by(doc.text, frames)
    return sorted(frames, key=lambda f: (f.start, f.end))


def _frame(u: Unit, speaker: Mention, rule: str, start: int | None = None) -> Frame:
    at = u.start if start is None else start
    return Frame(
        unit=u,
        verb="",
        vclass="say",
        speaker=Mention(speaker.text, speaker.start, speaker.end, role=speaker.role),
        start=at,
        end=u.end,
        content_start=at,
        frame_start=at,
        frame_end=at,
        rule=rule,
    )


# `FACTBOX-What Ghana and Togo have said about ...`, `Explainer: How the two sides tell it`: an
# explainer's heading names what the list below says; it is no speech act of its own.
_WH_HEADING = re.compile(r"^(?:[A-Z]{3,}\s*[-–—:]\s*)?(?:What|How|Why|Who|Where|When)\b")


def _wh_heading(text: str, f: Frame) -> bool:
    return f.headline and _WH_HEADING.match(text[f.unit.start : f.unit.end]) is not None


# `this newspaper published an article by the chairman ..., Mr. Peter Kamau, claiming that ...`:
# the piece's author claims, not the outlet that carried it.
_PIECE_BY = re.compile(
    r"\s*(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:article|column|op-ed|letter|piece|"
    r"commentary|essay|opinion\s+piece)\s+by\s+(?P<by>[^,;]{3,80}?)"
    r"(?:\s*,\s*(?P<name>(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?"
    r"\s*,\s*(?P<verb>claiming|alleging|arguing|saying|suggesting|asserting)\s+(?:that\s+)?"
)
_CARRIED = frozenset(("published", "carried", "ran", "printed"))


def _pieces_by(text: str, frames: list[Frame]) -> None:
    for f in frames:
        if f.verb not in _CARRIED or f.speaker is None or f.verb_start < 0:
            continue
        m = _PIECE_BY.match(text, f.verb_start + len(f.verb), f.end)
        if m is None:
            continue
        who = m.group("name") or m.group("by")
        at = m.start("name") if m.group("name") else m.start("by")
        f.speaker = Mention(who, at, at + len(who), role=m.group("by") if m.group("name") else None)
        f.start = m.start("verb")
        f.content_start = m.end()
        f.verb, f.vclass = m.group("verb"), "claim"
        f.frame_start, f.frame_end = m.start("verb"), m.end("verb")
        f.verb_start = m.start("verb")


# --- factbox sections ---------------------------------------------------------------------


def _names_source(heading: str) -> bool:
    """The heading names a body (`MINISTRY`, `COMMISSION`) or a state or its people."""
    low = heading.lower()
    if lexicon.whole_words("org_heads.txt").search(low):
        return True
    index = lexicon.country_index()
    return any(w in index for w in title_case(heading).replace("'s", "").split())


_WHAT_SAYS = re.compile(
    r"^What\s+(?P<x>(?:the\s+|[A-Z])[^:?]{2,80}?)\s+(?:says|said|say|claims|claimed|argues|argued)$"
)


def _source_heading(line: str) -> str | None:
    """The source a list's heading names: `TOGO'S MINISTRY OF ECONOMY AND FINANCE`, `Togo's
    Ministry of Economy and Finance` (a name: every word capitalised), `What the ministry says`."""
    words = line.split()
    if not 1 <= len(words) <= 10 or line[-1:] in ".:?!":
        return None
    what = _WHAT_SAYS.match(line)
    if what is not None and on("factbox-what-x-says"):
        return what.group("x")
    if line.isupper():
        return title_case(line) if _names_source(line) else None
    named = all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words)
    if named and _names_source(line) and on("factbox-title-heading"):
        return line
    return None


def _factbox(doc: Document, frames: list[Frame], bullets: frozenset[int]) -> list[Frame]:
    """Each bullet under a heading that names a source, with no speech act of its own, is the
    source's statement."""
    text = doc.text
    spans = sorted((f.start, f.end) for f in frames)
    out = list(frames)
    speaker: Mention | None = None
    for p in doc.paragraphs:
        line = text[p.start : p.end].strip()
        if p.headline or p.start not in bullets:
            speaker = None
            name = _source_heading(line)
            if name is not None:
                speaker = Mention(name, p.start, p.end)
            continue
        if speaker is None:
            continue
        for u in p.units:
            if len(u.tokens) >= 4 and not quoted.overlaps(spans, u.start, u.end):
                out.append(_frame(u, speaker, "factbox-source-heading"))
    return out


# --- signed texts -------------------------------------------------------------------------


def _signed(doc: Document, raw: str) -> Signed | None:
    """A letter to the editor or an opinion piece, with its signer."""
    text = doc.text
    paras = [p for p in doc.paragraphs if not p.headline]
    if _SALUTATION.search(raw, 0, min(len(raw), 1500)) is not None and paras:
        opening = paras[0]
        for p in paras:
            m = _CLOSING.match(text[p.start : p.end])
            if m is None or p.start <= opening.start:
                continue
            name = m.group("name")
            rest = [r.strip() for r in m.group("rest").split(",") if r.strip()]
            role = " at ".join(rest[:2]) if rest else None
            start = p.start + m.start("name")
            signer = Mention(
                display(name) if name.isupper() else name, start, start + len(name), role=role
            )
            return Signed(opening.start, p.start, signer, True)
        return None
    byline = _BYLINE.search(raw, 0, min(len(raw), 600))
    if byline is None:
        return _tagline(doc) if paras and on("signed-tagline") else None
    for p in reversed(paras[-3:]):
        m = _WRITER.match(text[p.start : p.end].strip())
        if m is None:
            continue
        name = byline.group("name")
        at = text.find(name)
        first = paras[0].start
        signer = Mention(name, at if at >= 0 else first, (at if at >= 0 else first) + len(name))
        signer.role = m.group("role")
        return Signed(first, p.start, signer, False)
    return None


# `*Joseph Mwakilema is Tanzania's High Commissioner to Kenya.`: an opinion piece's closing line
_TAGLINE = re.compile(
    r"^[*_—–-]*\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+is\s+"
    r"(?P<role>(?:an?\s+|the\s+|[A-Z])[^\n]{3,160}?)[.*_]*$"
)


def _tagline(doc: Document) -> Signed | None:
    """An opinion piece signed only by its closing line (`NAME is ROLE.`), its body written by an
    `I`: a news story's closing background line has no `I` outside quotations above it."""
    paras = [p for p in doc.paragraphs if not p.headline]
    last = paras[-1]
    m = _TAGLINE.match(doc.text[last.start : last.end].strip())
    if m is None or len(paras) < 3:
        return None
    if not any(
        t.text == "I" and not t.quoted for p in paras[:-1] for u in p.units for t in u.tokens
    ):
        return None
    at = last.start + doc.text[last.start : last.end].find(m.group("name"))
    signer = Mention(m.group("name"), at, at + len(m.group("name")), role=m.group("role"))
    return Signed(paras[0].start, last.start, signer, False)


def _first_person(u: Unit) -> bool:
    return any(t.lower in _FIRST_PERSON and not t.quoted for t in u.tokens)


def _denies(u: Unit) -> bool:
    return any(t.lower in _NEGATIONS or t.lower.endswith("n't") for t in u.tokens if not t.quoted)


def _signed_frames(doc: Document, frames: list[Frame], signed: Signed) -> list[Frame]:
    """The signer speaks the body's sentences in the first person and its denials."""
    inside = [f for f in frames if signed.body_start <= f.start < signed.body_end]
    for f in inside:
        sp = f.speaker
        if sp is not None and sp.text.lower() in _FIRST_PERSON:
            f.speaker = Mention(
                signed.signer.text, signed.signer.start, signed.signer.end, role=signed.signer.role
            )
    spans = sorted((f.start, f.end) for f in frames)
    out = list(frames)
    for p in doc.paragraphs:
        if p.headline or p.end <= signed.body_start or p.start >= signed.body_end:
            continue
        last: Frame | None = None
        for u in p.units:
            if quoted.overlaps(spans, u.start, u.end):
                last = None
                continue
            if _first_person(u) or _denies(u):
                start = u.start
                last = _frame(u, signed.signer, "signed-text-first-person", start)
                out.append(last)
            elif last is not None:
                last.end = u.end
    return out
