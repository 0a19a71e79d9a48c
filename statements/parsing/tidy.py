"""What is no part of a speaker's name nor of the words said, in the registers of posts, live
blogs and quoted documents: a handle beside a name (`The embassy (@JapanEmbPH)`), a document as a
subject (`a letter from the ministry` is the ministry's; `The joint statement` speaks for its
issuer), a thread's part number (`1/3`), a live blog's time stamp (`[15:10]`), and correction
notes in which the article speaks of itself. Called by `registers`.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon
from .attribute import Frame

# `An earlier version of this story said ...`: a correction note, the article about itself.
SELF = re.compile(
    r"^(?:an?|the|this|that)\s+(?:(?:earlier|previous|original|former|initial)\s+)?"
    r"(?:version\s+of\s+this\s+\w+|version|entry|post|update|headline|story|article|page|"
    r"blog|live\s+blog)$",
    re.I,
)
# `The story added that ...`, `The article also said that ...`: a piece named by `the`, after a
# report was told, is that report, not the article about itself (`this story`, `an earlier
# version`).
_TOLD_STORY = re.compile(r"^(?:the|that)\s+(?:story|article|piece)$", re.I)


@cache
def _report_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alternation('report_carriers.txt')})s?\b", re.I)


def told_story(phrase: str, before: list[Frame]) -> bool:
    """`The story` as a speaker after a frame of a report (`the Busan Ilbo reported`, `the
    paper wrote`): the report told before speaks on."""
    if not _TOLD_STORY.match(phrase.strip()):
        return False
    return any(
        b.speaker is not None
        # `Your article claimed`: a letter's own addressee, no report of another outlet
        and not b.speaker.text.lower().startswith("your")
        and (b.verb.lower() in ("reported", "reports") or _report_told().search(b.speaker.text))
        and b.vclass in ("say", "claim")
        for b in before[-8:]
    )


_HANDLE_TAIL = re.compile(r"\s*\(\s*@\w+\s*\)\s*$")


def handles_off(frames: list[Frame]) -> None:
    """`The embassy in Manila (@JapanEmbPH) denied`: the speaker is the embassy, the handle is
    its account, not a part of its name."""
    for f in frames:
        m = f.speaker
        if m is not None and "@" in m.text:
            cut = _HANDLE_TAIL.search(m.text)
            if cut is not None and cut.start() > 0:
                m.text = m.text[: cut.start()]
                m.end = m.start + len(m.text)


# --- a document as the subject of a verb of saying ----------------------------------------

_DOC_MODIFIERS = (
    r"(?:joint|official|written|brief|short|final|formal|new|latest|earlier|later|separate|"
    r"second|first|signed|leaked|two-page|one-page|diplomatic)"
)


def _doc_speaker_pattern() -> re.Pattern[str]:
    nouns = sorted(lexicon.words("document_nouns.txt"), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    return re.compile(
        rf"^(?:the|a|an|its|their|this|that)\s+(?:{_DOC_MODIFIERS}\s+){{0,3}}(?P<noun>{alt})\b"
        r"(?P<rest>.*)$",
        re.I | re.S,
    )


_AUTHOR = re.compile(
    r"^\s*,?\s*(?:(?:issued|signed|sent|written|released|posted|published)\s+)?(?:by|from)\s+"
    r"(?P<x>(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,7}?)\s*,?\s*$",
    re.I,
)


def document_speakers(frames: list[Frame]) -> None:
    """`a letter from the transport ministry` says: the ministry; `The joint statement added`,
    `A communique issued after the meeting said`: the document, which speaks for whoever
    issued it (the speakers pass reads `the statement` so)."""
    pat = _doc_speaker_pattern()
    for f in frames:
        m = f.speaker
        if m is None or m.pronoun:
            continue
        d = pat.match(m.text)
        if d is None:
            continue
        author = _AUTHOR.match(d.group("rest"))
        if author is not None:
            x = author.group("x")
            at = m.text.rfind(x)
            m.text, m.start, m.end = x, m.start + at, m.start + at + len(x)
        elif d.group("rest").strip() == "" or re.match(
            r"^\s*(?:issued|released|published|posted|"
            r"sent|adopted|agreed)\b",
            d.group("rest"),
        ):
            noun = d.group("noun").lower()
            if noun in lexicon.words("issued_texts.txt"):
                m.text = f"the {noun}"
                m.end = m.start + len(m.text)


# `"1/3 Reports that ...`: a thread's part number is no word of the post.
_THREAD_PART = re.compile(r'\s*["“]?\s*(\d{1,2})\s*/\s*(\d{1,2})\s+(?=["“]?[A-Z])')


def thread_parts(text: str, frames: list[Frame]) -> None:
    """Drop a thread's part number (`1/3`) from the start of a post's words."""
    for f in frames:
        m = _THREAD_PART.match(text, f.start, f.end)
        if m is None or not 0 < int(m.group(1)) <= int(m.group(2)):
            continue
        quoted = bool(text[f.start : m.start(1)].strip())
        f.start = m.end()
        f.content_start = max(f.content_start, f.start)
        while quoted and f.end > f.start and text[f.end - 1] in '"”, ':
            f.end -= 1  # the words without their quotation marks, as they now open without


# `[15:10] The army said`, `14:05 GMT — The ministry said`: a live blog's time stamp.
_STAMP = re.compile(
    r"\s*[\[(]?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|gmt|utc|bst|cet|cest|et|local\s+time))*"
    r"[\])]?\s*[:—–-]?\s*(?=[A-Z\"“])",
    re.I,
)


def stamps_off(text: str, frames: list[Frame]) -> None:
    """A live blog's time stamp is no part of a speaker's name nor of the words said."""
    for f in frames:
        m = f.speaker
        if m is not None:
            cut = _STAMP.match(m.text)
            if cut is not None and cut.end() < len(m.text):
                m.text, m.start = m.text[cut.end() :], m.start + cut.end()
        s = _STAMP.match(text, f.start, f.end)
        if s is not None and s.end() < f.end:
            f.start = s.end()
            f.frame_start = max(f.frame_start, f.start)
            f.content_start = max(f.content_start, f.start)


# `The office expressed dismay on Saturday over what it called "false" reports`: the speaker of
# `called` is `it`, the subject of the clause before; the words between are no part of a name.
_WHAT_IT = re.compile(r"\s+what\s+(?:it|he|she|they)$", re.I)
_IRREGULAR_PAST = frozenset(
    "hit struck took made spoke gave sent put set told said threw bit fought led"
    " came went rose".split()
)


def what_it_called(frames: list[Frame]) -> None:
    """Cut a speaker mention that runs over its own verb up to `what it` (`The presidential
    office expressed dismay over what it`) back to the clause's subject (`The presidential
    office`): the subject is the words before the first lower-case verb in the past tense."""
    for f in frames:
        m = f.speaker
        if m is None or "what" not in m.text or not _WHAT_IT.search(m.text):
            continue
        words = list(re.finditer(r"\S+", m.text))
        for i, w in enumerate(words):
            t = w.group().strip(",;")
            if i > 0 and t.islower() and (t.endswith("ed") or t in _IRREGULAR_PAST):
                cut = words[i - 1].end()
                m.text = m.text[:cut]
                m.end = m.start + cut
                break


# `made the remarks when asked to comment on the report`: a verb of saying that someone was
# asked to perform says nothing (its `the remarks` were reported elsewhere).
_ASKED_TO = re.compile(
    r"\b(?:asked|requested|invited|urged|pressed)\s+(?:\w+\s+){0,2}?(?:to|whether\s+\w+\s+would)\s*$",
    re.I,
)


def asked_to_speak_off(text: str, frames: list[Frame]) -> list[Frame]:
    """Drop the speech acts whose verb someone was asked to perform (`when asked to comment on
    the report`, `was invited to respond`)."""
    out = []
    for f in frames:
        vs = f.verb_start
        if vs > 0 and _ASKED_TO.search(text, max(0, vs - 60), vs):
            continue
        out.append(f)
    return out


# `The publication accused ...`, `The story had said ...` after `a publication by Sentinel
# magazine`: the report named by its author before speaks as that author.
_THE_REPORT = re.compile(r"^(?:the|that|this)\s+(?:publication|story|report|article)$", re.I)
_REPORT_BY = re.compile(
    r"\b(?:an?|the)\s+(?:publication|story|report|article)\s+(?:by|in|from)\s+(?:the\s+)?"
    r"(?P<x>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+(?:magazine|newspaper|weekly|daily))?)"
)


def report_by_author(text: str, frames: list[Frame]) -> None:
    """`The publication accused the government of ...` after the government described as false
    `a publication by Sentinel magazine`: the author named there speaks (rule
    `report-named-by-author`)."""
    for f in frames:
        m = f.speaker
        if m is None or m.pronoun or not _THE_REPORT.match(m.text.strip()):
            continue
        hits = list(_REPORT_BY.finditer(text, max(0, m.start - 1500), m.start))
        if hits:
            m.text = hits[-1].group("x")
