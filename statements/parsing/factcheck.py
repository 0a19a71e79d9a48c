"""Fact-checks: the box's labels (`CLAIM:`, `RATING: False`, `THE FACTS:`) are no turns of a
transcript, and the outlet that checks speaks its own verdicts (`We found no record of ...`,
`VERDICT: False`): the outlet is named by the article's metadata, not by its text."""

from __future__ import annotations

import re

from . import lexicon
from .attribute import Frame, Mention, frames_for_unit
from .rules import on
from .segment import Document, Paragraph, Unit


def _box_label(p: Paragraph, text: str) -> int | None:
    """Where a fact-check box line's body begins (`CLAIM: ...`), or None."""
    m = re.match(r"\s*([A-Za-z][A-Za-z' -]{0,24}?)\s*:\s*", text[p.start : p.end])
    if m is None or m.group(1).lower() not in lexicon.words("factcheck_labels.txt"):
        return None
    return p.start + m.end()


def box(doc: Document, frames: list[Frame]) -> list[Frame]:
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


_NONE_FOUND = re.compile(
    r"\b(?:no\s+(?:record|evidence|trace|sign|proof)|could\s+not\s+(?:find|verify|confirm)|"
    r"did\s+not\s+find|found\s+nothing)\b",
    re.I,
)
_FALSE = re.compile(
    r"\b(?:false|fake|misleading|incorrect|wrong|untrue|fabricated|baseless|unfounded|"
    r"unsupported|unproven|no evidence|pants on fire|distorted|missing context|altered)\b",
    re.I,
)
_FIRST_PERSON = frozenset(("we", "our", "us"))
# `We found no record`, `we rate this claim False`, `our analysis shows`: a verdict, not a
# step of the checking (`We contacted the ministry` is none).
_FINDING = re.compile(
    r"\b(?:found|find|finds|rate|rated|rates|conclude|concluded|verdict|shows?|showed|"
    r"could\s+not\s+(?:find|verify|confirm)|no\s+(?:record|evidence|trace))\b",
    re.I,
)
_CHECK_WORDS = re.compile(r"\bfact[- ]?check|\bverdict\b|\bwe\s+rated?\b|\brating\s*:", re.I)


def verdicts(doc: Document, frames: list[Frame], outlet: str) -> list[Frame]:
    """The outlet's verdicts in a fact-check: its first-person findings that no verb of saying
    attributes (`We found no record of ...` denies what it checked). The box's rating line is
    left alone: it restates the verdict the article gives in words."""
    text = doc.text
    if not _CHECK_WORDS.search(text):
        return frames
    at = text.find(outlet)
    who = (at, at + len(outlet)) if at >= 0 else (0, 0)
    extras = ["a news outlet", *_home(text, outlet)]
    covered = {f.unit.index for f in frames}
    out = list(frames)
    # the checker grades the claim in the third person only where it also speaks as `we`
    # (read once, at the first grade: most pages have none)
    voiced: bool | None = None
    for p in doc.paragraphs:
        if p.headline or _box_label(p, text) is not None:
            continue
        for k, u in enumerate(p.units):
            s = text[u.start : u.end]
            if u.index in covered:
                continue
            if not _first_person_finding(u, s):
                graded = _claim_graded(s)
                if graded is not None and voiced is None:
                    voiced = any(
                        _first_person_finding(w, text[w.start : w.end])
                        for q in doc.paragraphs
                        if not q.headline
                        for w in q.units
                    )
                if not voiced:
                    graded = None
                if graded is not None:
                    checker = Mention(outlet, *who, extras=extras)
                    f = _frame(u, u.start, u.end, checker, graded)
                    f.rule = GRADED
                    nxt = p.units[k + 1] if k + 1 < len(p.units) else None
                    if (
                        nxt is not None
                        and len(u.tokens) <= 7
                        and nxt.index not in covered
                        and not _first_person_finding(nxt, text[nxt.start : nxt.end])
                        and on("checker-grade-runs-on")
                    ):
                        # `The claim is FALSE. Two shipments were held over labels ...`: a
                        # grade of a few words and the sentence that bears it out are one
                        f.end = nxt.end
                        covered.add(nxt.index)
                    out.append(f)
                continue
            vclass = "deny" if _FALSE.search(s) or _NONE_FOUND.search(s) else "say"
            out.append(_frame(u, u.start, u.end, Mention(outlet, *who, extras=extras), vclass))
    return out


# `The claim that farmers "will be paid in flour", however, has no basis at all`, `That part
# of the claim is therefore partly true`: the checker grades the claim with no verb of saying
# and no `we` (rule `factcheck-claim-graded`); the claim noun is the sentence's subject.
_GRADED_SUBJECT = re.compile(
    r"(?:the|this|that|its)\s+(?:(?:first|second|third|last|other|rest|part)\s+(?:part\s+)?"
    r"(?:of\s+the\s+)?)?(?:claim|post|assertion)\b",
    re.I,
)
_GRADE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:therefore|thus|so|also|however|only|still)\s+)?"
    r"(?P<neg>not\s+)?(?:(?:partly|partially|half|largely|mostly|broadly|entirely|"
    r"completely|simply)\s+)?(?P<grade>true|accurate|correct|false|untrue|misleading|"
    r"wrong|incorrect|baseless|unfounded|fabricated)\b"
    r"|\b(?P<none>has|have|had)\s+no\s+(?:basis|foundation)\b",
    re.I,
)
_TRUE = frozenset(("true", "accurate", "correct"))
GRADED = "factcheck-claim-graded"


def _claim_graded(s: str) -> str | None:
    """The verb class of a fact-check's sentence that grades the claim in the third person
    (`deny` or `confirm`), or None when the sentence is no such grade."""
    if not on(GRADED):
        return None
    head = _GRADED_SUBJECT.match(s.lstrip())
    if head is None:
        return None
    grade = _GRADE.search(s, head.end())
    if grade is None or s[head.end() : grade.start()].count(",") > 2:
        return None
    if grade.group("none") or grade.group("neg"):
        return "deny"
    return "confirm" if grade.group("grade").lower() in _TRUE else "deny"


def _first_person_finding(u: Unit, s: str) -> bool:
    words = [t for t in u.tokens if not t.quoted]
    return bool(words) and words[0].lower in _FIRST_PERSON and bool(_FINDING.search(s))


def _home(text: str, outlet: str) -> list[str]:
    """Where the outlet is based, as the text describes it beside its name: `Kenya's X`,
    `the Nairobi-based X`, `X, a Kenyan fact-checking site`, `X is a project based in Y`."""
    for m in re.finditer(re.escape(outlet), text):
        near = _BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        before = near.group(0).strip() if near else ""
        after = re.match(
            r"(?:,\s*|\s+is\s+)(?:an?|the)\s+([^.;()\n]{3,120})", text[m.end() : m.end() + 130]
        )
        where = " ".join(x for x in (before, after.group(1) if after else "") if x)
        where = re.sub(r"([\w’]+)-based\b", r"\1", where)  # `Bangkok-based`: Bangkok
        if where:
            return [f"which is based in {where}"]
    return []


# `Kenya's Msingi Desk`, `the Nairobi-based fact-checking site X` right before the name
_BEFORE = re.compile(r"(?:\b[A-Z][\w’-]+['’]s|\b[A-Z][\w-]+-based(?:\s+[\w-]+){0,3})\s+$")


def _frame(u: Unit, start: int, end: int, who: Mention, vclass: str) -> Frame:
    who.verb = "reported"
    return Frame(
        unit=u,
        verb="",
        vclass=vclass,
        speaker=who,
        start=start,
        end=end,
        content_start=start,
        frame_start=start,
        frame_end=start,
        rule="factcheck-verdict",
    )
