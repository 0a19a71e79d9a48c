"""Sources a news text quotes by what they are, not by a verb's subject: a post quoted by its
account's handle, a document quoted by its noun (`the note verbale states`), a report's participle
(`a publication by X alleging that`) and a post of `what it said was` a document. Called by
`registers`.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from . import lexicon
from .attribute import Frame, Mention
from .caseblind import lower_for_ci
from .rules import on
from .segment import Document


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of the sorted (start, end) list overlaps [start, end)."""
    k = bisect.bisect_left(spans, (end, end))
    # spans are short beside the text: the few that start before `end` are enough to look at
    return any(e > start for _, e in spans[max(0, k - 64) : k])


# --- posts quoted by their handle ----------------------------------------------------------

_HANDLE_LINE = re.compile(r"^\s*(@\w{2,30})\s*:\s*(\S.*)$", re.S)


def _owner(text: str, handle: str) -> Mention | None:
    """The account's owner, as the text names it beside the handle: `the embassy
    (@JapanEmbPH)`, `@JapanEmbPH, the embassy's account`, `the embassy's account @JapanEmbPH`."""
    h = re.escape(handle)
    heads = "|".join(
        sorted((re.escape(w) for w in lexicon.words("org_heads.txt")), key=len, reverse=True)
    )
    chain = (
        rf"(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+(?:of|in|for|and|the|{heads}|[A-Z][\w.'’-]*)){{0,8}}"
    )
    pats = (
        rf"(?P<n>{chain})\s*\(\s*{h}\s*\)",
        rf"(?P<n>{chain}|the\s+[a-z]+)['’]s?\s+(?:official\s+)?(?:\w+\s+)?(?:account|handle|channel)"
        rf"\s*,?\s*{h}\b",
        rf"{h}\s*,\s*(?:the\s+)?(?:official\s+)?(?:\w+\s+)?(?:account|handle|channel)\s+of\s+"
        rf"(?P<n>{chain.replace('[Tt]he', 'the')})",
    )
    for pat in pats:
        m = re.search(pat, text)
        if m is not None:
            return Mention(m.group("n"), m.start("n"), m.end("n"))
    return None


def handle_posts(doc: Document, frames: list[Frame]) -> list[Frame]:
    """`@handle: text` is a post by the account's owner, when the text names the owner."""
    text = doc.text
    out = list(frames)
    for p in doc.paragraphs:
        m = _HANDLE_LINE.match(text[p.start : p.end])
        if m is None or not p.units:
            continue
        owner = _owner(text, m.group(1))
        if owner is None:
            continue
        qs = p.start + m.start(2)
        out = [f for f in out if f.unit.paragraph != p.index]
        out.append(
            Frame(
                unit=p.units[0],
                verb="posted",
                vclass="say",
                speaker=Mention(owner.text, owner.start, owner.end, verb="posted"),
                start=qs,
                end=p.end,
                content_start=qs,
                frame_start=p.start,
                frame_end=qs,
                rule="post-handle",
            )
        )
    return out


# `Radek Hruby (@RadekHruby_MD) 1/ Since 1 October ... 2/ Our ministry ...`, the date on the
# line after it: a post pasted as the site shows it, the author's name and handle above the words.
_HEADER_POST = re.compile(
    r"\s*(?P<name>[A-Z][^\n()@\"“”:]{1,79}?)\s*\(\s*@\w{2,30}\s*\)\s+(?=[\"“]?\w)"
)
_PART_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\s*/(?:\d{1,2})?\s+(?=[\"“]?[A-Z])")
_DATE_LINE = re.compile(
    r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r"[^\n]{0,20}$"
)


def header_posts(doc: Document, frames: list[Frame]) -> list[Frame]:
    """A post under its author's name and handle is the author's statement; a thread's
    numbered parts (`1/ ...`, `2/ ...`) are one statement each."""
    text = doc.text
    out = list(frames)
    paras = doc.paragraphs
    for k, p in enumerate(paras):
        m = _HEADER_POST.match(text, p.start, p.end)
        if m is None or not p.units or p.headline:
            continue
        ns, ne = m.start("name"), m.end("name")
        nums = list(_PART_NUMBER.finditer(text, m.end(), p.end))
        if len(nums) > 1 and [int(x.group(1)) for x in nums] == list(range(1, len(nums) + 1)):
            cuts = [x.start() for x in nums[1:]] + [p.end]
            parts = [(x.end(), c) for x, c in zip(nums, cuts, strict=True)]
        else:
            parts = [(m.end(), p.end)]
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        date = None
        if nxt is not None and _DATE_LINE.match(text, nxt.start, nxt.end):
            date = text[nxt.start : nxt.end].strip()
        out = [f for f in out if f.unit.paragraph != p.index]
        for s, e in parts:
            while e > s and text[e - 1].isspace():
                e -= 1
            unit = next((u for u in p.units if u.start <= s < u.end), p.units[0])
            f = Frame(
                unit=unit,
                verb="posted",
                vclass="say",
                speaker=Mention(text[ns:ne], ns, ne, verb="posted"),
                start=s,
                end=e,
                content_start=s,
                frame_start=p.start,
                frame_end=ne,
                rule="post-under-handle",
            )
            f.fixed_date = date
            out.append(f)
    return out


# --- documents quoted by their noun -------------------------------------------------------

_DOC_VERBS = r"(?:reads?|read|states?|stated|says|said|notes?|noted|adds?|added|declares?|declared)"


def _document_pattern(thus: bool = False) -> re.Pattern[str]:
    nouns = sorted(lexicon.words("document_nouns.txt"), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    # `read thus:`, `read in part:`, `reads as follows:` (rule `document-reads-thus`)
    how = r"(?:\s+(?:thus|in\s+part|as\s+follows|partly))?" if thus else ""
    return re.compile(
        r"(?P<doc>(?:the|a|an|its|their|his|her|this|that|"
        r"(?:the\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}['’]s?)\s+(?:[\w-]+\s+){0,3}?"
        rf"(?:{alt}))\b(?P<mid>[^.:;\"“]{{0,140}}?)\s+(?P<verb>{_DOC_VERBS}){how}"
        r"\s*(?::|,|\bthat\b)\s*",
        re.I,
    )


# `by Senior Special Assistant to the President on Media, Musa Bello,`: the name after its title
_OWNER_TITLED = re.compile(
    r"\bby\s+(?P<t>[^,]{3,120}?),\s+(?P<n>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*,?\s*$"
)


_OWNER_IN = re.compile(
    r"(?:\bby|\bfrom|\bon|\bof)\s+(?P<n>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,5}?)"
    r"(?:['’]s?\s+(?:official\s+)?(?:website|site|account|channel|page|feed))?\s*,?\s*$",
    re.I,
)


# `a post by the X account @Farm_News, shared 9,000 times on Facebook, says`: the account's
# handle is the author, whatever platforms the post was shared on after it
_HANDLE_OWNER = re.compile(
    r"^\s*(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:account|channel|page|user)?\s*(?P<h>@\w+)"
)


def documents(doc: Document, frames: list[Frame]) -> list[Frame]:
    """`The note verbale states that ...`, `A statement posted on the embassy's website read:
    "..."`: the document's author speaks (its owner, or whoever spoke before it)."""
    text = doc.text
    pat = _document_pattern(on("document-reads-thus"))
    spans = sorted((f.start, f.end) for f in frames)
    out = list(frames)
    for p in doc.paragraphs:
        if p.headline:
            continue
        for u in p.units:
            lead = len(text[u.start : u.end]) - len(text[u.start : u.end].lstrip())
            m = pat.match(text, u.start + lead, u.end)
            if m is None or overlaps(spans, u.start, u.end):
                continue
            cs = m.end()
            speaker = _document_owner(text, *m.span("doc"), m.group("mid"), m.start("mid"))
            out.append(
                Frame(
                    unit=u,
                    verb=m.group("verb"),
                    vclass="say",
                    speaker=speaker,
                    start=u.start,
                    end=u.end,
                    content_start=cs,
                    frame_start=u.start,
                    frame_end=cs,
                    rule="document-author",
                )
            )
    return out


def _document_owner(text: str, ds: int, de: int, mid: str, ms: int) -> Mention | None:
    """`the embassy's statement`, `a letter from the ministry`, `a statement posted on the
    embassy's website`: the owner named; else None (the speaker before it)."""
    phrase = text[ds:de]
    poss = re.match(
        r"^(?P<n>(?:the\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})['’]s?\s", phrase, re.I
    )
    if poss is not None and poss.group("n").split()[-1].lower() not in ("its", "their"):
        return Mention(poss.group("n"), ds, ds + poss.end("n"))
    h = _HANDLE_OWNER.search(mid)
    if h is not None and on("post-by-handle"):
        return Mention(h.group("h"), ms + h.start("h"), ms + h.end("h"))
    t = _OWNER_TITLED.search(mid)
    if t is not None and on("document-by-titled-name"):
        return Mention(t.group("n"), ms + t.start("n"), ms + t.end("n"), role=t.group("t"))
    m = _OWNER_IN.search(mid)
    if m is not None and not re.match(
        r"(?:the\s+)?(?:website|site|x|twitter|telegram|facebook)\b", m.group("n"), re.I
    ):
        return Mention(m.group("n"), ms + m.start("n"), ms + m.end("n"))
    return None


# --- a report's participle -----------------------------------------------------------------

_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning evening afternoon night "
    "day week month year january february march april may june july august september october "
    "november december".split()
)
_MEDIA_PLURALS = frozenset(("outlets", "media", "newspapers", "websites", "channels", "sites"))
_NOTED = re.compile(r"^(?:noted|notes|note|noting|seen|aware)$", re.I)
_PARTICIPLES = r"(?:alleging|claiming|suggesting|asserting|saying|stating|reporting)"


@cache
def _participle_pattern() -> re.Pattern[str]:
    words = sorted(lexicon.words("report_nouns.txt"), key=len, reverse=True)
    nouns = "|".join(words)
    # (the lookahead of the nouns' first letters lets the engine pass over every other word
    # at once: the same matches, in half the time)
    first = re.escape("".join(sorted({w[:1] for w in words if w})))
    return re.compile(
        rf"\b(?=[{first}])(?:{nouns})\s+(?:(?:published|carried|aired|posted|circulated|run)\s+)?"
        r"(?:by|in|from)\s+(?P<src>[^;:.\"“]{2,160}?)\s*,?\s*"
        rf"(?:(?P<part>{_PARTICIPLES})\s+)?that\s+",
        re.I,
    )


def _source(src: str, at: int) -> tuple[str, int, int] | None:
    """The report's author in `the Lagos-based online newspaper, The Marina Chronicle, in its
    edition of Monday`: a capitalised name in apposition, else the first phrase."""
    parts = []
    pos = 0
    for seg in src.split(","):
        s = seg.strip()
        if s:
            parts.append((s, at + pos + seg.index(s)))
        pos += len(seg) + 1
    if not parts:
        return None
    named = [
        (s, a)
        for s, a in parts[1:]
        if re.match(r"^(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+$", s)
    ]
    s, a = named[0] if named else parts[0]
    words = {w.lower() for w in re.findall(r"[\w-]+", s)}
    if re.match(r"^(?:in|on|at|of|during|last|this|earlier)\b", s, re.I) or words & _TIME_WORDS:
        return None
    if not named and not words & (lexicon.words("media_cues.txt") | _MEDIA_PLURALS):
        return None  # `a post by a user`: no author the article names as an actor
    return s, a, a + len(s)


def report_participles(
    doc: Document, frames: list[Frame], bare: tuple[int, int] | None = None
) -> list[Frame]:
    """`a publication by X alleging that Y`: Y is X's claim, not the claim of the sentence's
    subject (who only took note of it or rejects it). Without a participle (`reports in the
    Herald that Y`) only inside `bare`, a release's body: a news story states such a report in
    a clause of its own, where the report answered is found already (rule 4)."""
    text = doc.text
    pat = _participle_pattern()
    out = list(frames)
    by_unit: dict[int, list[Frame]] = {}
    for f in frames:
        by_unit.setdefault(f.unit.index, []).append(f)
    # every match ends in `that`: a sentence without the word is not searched (same matches)
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None  # (offsets kept)
    for p in doc.paragraphs:
        for u in p.units:
            if low is not None and low.find("that", u.start, u.end) < 0:
                continue
            for m in pat.finditer(text, u.start, u.end):
                if not m.group("part") and (bare is None or not bare[0] <= m.start() < bare[1]):
                    continue
                found = _source(m.group("src"), m.start("src"))
                if found is None:
                    continue
                name, ns, ne = found
                cs = m.end()
                ce = u.end
                while ce > cs and text[ce - 1] in " .\n":
                    ce -= 1
                here = by_unit.get(u.index, [])
                same = [f for f in here if cs - 40 <= f.start <= cs + 5]
                verb = m.group("part") or "reported"
                speaker = Mention(name, ns, ne, verb=verb)
                if same:
                    for f in same:
                        if f.rule.startswith("syntax") or f.verb.lower() == verb.lower():
                            f.speaker = speaker
                            f.vclass = "claim"
                    continue
                around = [f for f in here if f.start <= cs < f.end]
                if any(f.vclass not in ("deny", "confirm", "say") for f in around):
                    continue
                # `has taken note of a publication by X alleging that`: only X's claim is said
                noted = [f for f in around if _NOTED.search(f.verb or "")]
                if noted:
                    out = [f for f in out if not any(f is n for n in noted)]
                    by_unit[u.index] = [f for f in here if not any(f is n for n in noted)]
                out.append(
                    Frame(
                        unit=u,
                        verb=verb,
                        vclass="claim",
                        speaker=speaker,
                        start=m.start("part") if m.group("part") else cs,
                        end=ce,
                        content_start=cs,
                        frame_start=m.start(),
                        frame_end=cs,
                        rule="report-participle",
                    )
                )
    return out


# --- a post of `what it said was` a document ------------------------------------------------

_POSTED_WHAT = re.compile(
    r"\b(?P<verb>posted|published|shared|released|circulated|aired|broadcast|uploaded|tweeted)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:of|showing|purporting\s+to\s+show)\s+what\s+(?:it|he|she|they)"
    r"\s+(?:said|says|claimed|claims|described\s+as|called)\b",
    re.I,
)
# `published a scan of the letter, in which the embassy supposedly asks ...`
_PUBLISHED_IN_WHICH = re.compile(
    r"\b(?P<verb>posted|published|shared|released|circulated|aired|broadcast|uploaded|tweeted)"
    r"\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*,?\s+in\s+which\s+(?=[^.;]*?\b(?:supposedly|allegedly|"
    r"reportedly|purportedly|ostensibly)\b)",
    re.I,
)
_TIME_LEAD = re.compile(
    r"^(?:(?:on|late\s+on|early\s+on|last|this|earlier\s+on)\s+\w+\s+(?:\w+\s+)?(?=the\s|an?\s|[A-Z]))",
    re.I,
)
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b.*,\s*$", re.I | re.S)
_CLAUSE_OPEN = re.compile(r"(?:\b(?:when|after|as|before|while|since|and|then)\s+|,\s*)", re.I)


def _may_post(low: str, start: int, end: int) -> bool:
    """False when neither _POSTED_WHAT (`what`) nor _PUBLISHED_IN_WHICH (`which`, then an
    `-edly` word or `ostensibly`) can match in low[start:end] (the lowered text)."""
    if low.find("what", start, end) >= 0:
        return True
    return low.find("which", start, end) >= 0 and (
        low.find("edly", start, end) >= 0 or low.find("ostensibly", start, end) >= 0
    )


def posted_what_it_said(doc: Document, frames: list[Frame]) -> list[Frame]:
    """`the channel X posted a photograph of what it said was a letter from Y`: X claims the
    document is what it says it is (the post is X's claim, its subject the speaker)."""
    text = doc.text
    spans = sorted((f.start, f.end) for f in frames)
    out = list(frames)
    low = lower_for_ci(text)
    for p in doc.paragraphs:
        for u in p.units:
            if low is not None and not _may_post(low, u.start, u.end):
                continue  # neither pattern's words are there: spare the two scans
            m = _POSTED_WHAT.search(text, u.start, u.end) or _PUBLISHED_IN_WHICH.search(
                text, u.start, u.end
            )
            if m is None or overlaps(spans, m.start(), m.start() + 1):
                continue
            lead = _RELATIVE.sub("", text[u.start : m.start()])  # `X, which has ..., posted`
            cuts = list(_CLAUSE_OPEN.finditer(lead))
            at = cuts[-1].end() if cuts else 0
            tl = _TIME_LEAD.match(lead[at:].lstrip())
            if tl is not None:
                at += len(lead[at:]) - len(lead[at:].lstrip()) + tl.end()
            subj = lead[at:].strip()
            if (
                not subj
                or len(subj.split()) > 8
                or not re.match(r"(?:[Tt]he\s|[Aa]n?\s|[A-Z])", subj)
            ):
                continue
            ss = u.start + at + (len(lead[at:]) - len(lead[at:].lstrip()))
            # `the Telegram-channel "X"` (a translation's hyphen): a channel, an outlet
            subj = re.sub(
                r"(?i)\b(telegram|youtube|tiktok|whatsapp)-(channel|account)", r"\1 \2", subj
            )
            end = u.end
            while end > m.end() and text[end - 1] in " .\n":
                end -= 1
            out.append(
                Frame(
                    unit=u,
                    verb=m.group("verb"),
                    vclass="claim",
                    speaker=Mention(subj, ss, ss + len(subj), verb=m.group("verb")),
                    start=m.start(),
                    end=end,
                    content_start=m.end() if "which" in m.group(0) else m.end("verb"),
                    frame_start=u.start,
                    frame_end=m.end("verb"),
                    rule="post-what-it-said",
                    verb_start=m.start(),
                )
            )
    return out
