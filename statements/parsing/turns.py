"""Turns of parliamentary records and broadcast interviews: who holds each turn, which turns are
procedure, questions or pleasantries, and what noise stands in them.

Briefings (`Q:` / `A:`, an outlet and a spokesperson) are read in attribute.py; this module adds
the labels and turns of two other registers:

- a parliament's record (Hansard): `Hon GRANT McLEOD (Minister for Trade):`, `TAMATI HURIWAI
  (Labour—Waikato):`, `1. NAME (party) to the Minister for Trade:`; the chair's turns (`Mr
  SPEAKER:`, `The SPEAKER:`) and interjections (`Hon Members: Oh!`) are procedure, no statement;
  members asking questions ask, the minister answers;
- a television or radio interview: a presenter (`PRESENTER:`, `ANCHOR:`, `HOST:`, or the one who
  asks) and a guest; pleasantries (`Good to be here.`) and stage directions (`[crosstalk]`,
  `(Applause)`, `[00:12:31]`) are no statement.
"""

from __future__ import annotations

import re

from . import lexicon
from .names import _FIELD_WORDS, _is_org_word
from .rules import on
from .segment import Unit

# `[00:12:31] ` `(Applause) ` `[inaudible] ` before or inside a turn
NOISE = re.compile(r"\s*(?:\[[^\]\n]{1,40}\]|\((?:[A-Z][a-z]+|[a-z]+)(?:\s[\w-]+){0,3}\))\s*")

_HONORIFIC = r"(?:(?:The\s+)?(?:Rt\.?\s+)?Hon\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Dr\.?|Sir|Dame)"
_CAP_WORD = r"(?:Mc|Mac|O'|D')?[A-Z][A-Za-z'-]*"
# `MARTA KOVAČ`, `DAVOR LUKIĆ`, `ÅSA LINDÉN`: capitals and letters beyond ASCII (rule
# `record-label-letters`); the ASCII form stays for the rule switched off
_CAP_WORD_U = (
    r"(?:Mc|Mac|O'|D')?[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][^\W\d_]*"
    r"(?:['-][^\W\d_]+)*"
)


def _record_turn(cap: str) -> re.Pattern[str]:
    """`1. Hon GRANT McLEOD (Minister for Trade) to the Prime Minister:`: a record's turn
    label, its name made of `cap` words."""
    return re.compile(
        rf"^(?:\[[\d:]{{5,8}}\]\s*)?(?:\d{{1,3}}\.\s+)?(?P<hon>{_HONORIFIC}\s+)?"
        rf"(?P<name>{cap}(?:\s+{cap}){{0,4}})"
        r"\s*(?:\((?P<role>[^()\n]{2,80})\))?(?:\s*\((?P<party>[^()\n]{1,40})\))?"
        r"(?:\s+to\s+the\s+(?P<to>[A-Z][\w ,'-]{2,60}?))?\s*:\s+(?=\S)"
    )


_RECORD_TURN_ASCII = _record_turn(_CAP_WORD)
_RECORD_TURN_U = _record_turn(_CAP_WORD_U)


def _record_turn_match(s: str) -> re.Match[str] | None:
    """The record's turn label opening s, with the letters of `record-label-letters` when it is
    on."""
    return (_RECORD_TURN_U if on("record-label-letters") else _RECORD_TURN_ASCII).match(s)


_CHAIR = frozenset(
    "speaker chair chairperson chairman chairwoman chairman deputy-speaker president".split()
)
_INTERJECTORS = frozenset(
    (
        "hon members",
        "hon member",
        "an hon member",
        "some hon members",
        "members",
        "opposition members",
        "government members",
        "interjection",
        "interjections",
        "voices",
        "audience",
        "crowd",
    )
)
_PRESENTERS = frozenset(
    "presenter anchor host co-host interviewer moderator newsreader announcer narrator "
    "correspondent".split()
)
_PLEASANTRY = re.compile(
    r"^(?:(?:it(?:'s| is)\s+|i'm\s+|i am\s+)?(?:good|great|nice|glad|happy|delighted|pleased|"
    r"a pleasure|my pleasure|a privilege)"
    r"(?:\s+to\s+be\s+(?:here|with you))?|thanks? (?:you )?for (?:having|inviting) me|"
    r"thank you(?: very much)?(?:,? \w+)?|thanks|you're welcome|not at all|pleasure|"
    r"(?:good )?(?:morning|afternoon|evening)(?:,? [A-Z]\w+)?|welcome(?: back)?(?: to [^.]{0,60})?|"
    r"(?:\w+,\s+)?thank you for (?:joining|being with|coming on|talking to) us)[.!]?\s*$",
    re.I,
)
_PROCEDURE = re.compile(
    r"\b(?:question no\.|supplementary question|laid on the table|leave is sought|"
    r"oral questions|questions to ministers|point of order|order paper)\b",
    re.I,
)
# `BROADCAST TRANSCRIPT`, or a short header line `Copperbelt Television, Wednesday ..., 20:30`
_BROADCAST = re.compile(
    r"\b(?i:transcript)\b|^[^\n]{0,60}\b(?:Television|Radio|TV)\b[^\n]{0,60}$", re.M
)


def record_label(par: str) -> tuple[str, str | None, int] | None:
    """(label, role in brackets, length of the label) of a record's turn: `Hon GRANT McLEOD
    (Minister for Trade): ...` is (`GRANT McLEOD`, `Minister for Trade`, ...)."""
    if not on("record-turn-labels"):
        return None
    m = _record_turn_match(par)
    if m is None:
        return None
    name = m.group("name")
    if not (
        m.group("hon") or m.group("role") or any(w.isupper() and len(w) > 1 for w in name.split())
    ):
        return None  # `Trade Minister Smith: ...` in prose is no label; capitals or `Hon` are
    role = m.group("role")
    if (
        role
        and name.isupper()
        and name.lower() in lexicon.words("clip_labels.txt")
        and on("clip-label-speaker")
    ):
        # `SOUNDBITE (Hernán Gutiérrez, Bolivian Chamber of Transport):`: the clip's speaker
        who, _, body = role.partition(",")
        words = who.split()
        honorifics = lexicon.words("honorifics.txt")
        while len(words) > 2 and words[0].lower().rstrip(".") in honorifics:
            # `SOUNDBITE (Datuk Dr. Hisham Yusof, ...)`: the name without its honorifics
            words = words[1:]
        who = " ".join(words)
        if 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in words):
            # the body after the comma is hers: she speaks for it (a role word of its own
            # would be guessed, and the body's last word read as one: `of Transport`)
            office, _, rest = body.strip().partition(",")
            titles = lexicon.words("titles.txt")
            head = re.split(r"[\s-]+", office.strip().lower())[0]
            if head in titles and head not in _FIELD_WORDS and on("clip-label-office"):
                # `SOUNDBITE (Rosnah Ismail, President, Selangor Operators Association)`,
                # `(Hisham Yusof, Director-General of Health)`: her office, then its body
                office = office.strip()
                return (
                    who.strip(),
                    (f"{office} of {rest.strip()}" if rest.strip() else office),
                    m.end(),
                )
            return (
                who.strip(),
                (f"representative of {body.strip()}" if body.strip() else None),
                m.end(),
            )
    if name.split()[0] == "The" and role and _PERSON.fullmatch(role):
        # `The Prime Minister (Sarah Kemp):` - the office, then its holder's name
        return role, name[4:], m.end()
    if name.split()[0].lower() in ("the", "a", "an", "in", "on", "at", "for"):
        return None
    label = (
        (m.group("hon") or "") + name
        if is_chair(name) or _is_interjector((m.group("hon") or "") + name)
        else name
    )
    return label.strip(), m.group("role"), m.end()


_PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][\w'-]+){1,2}")


def _is_interjector(label: str) -> bool:
    return " ".join(label.lower().replace(".", "").split()) in _INTERJECTORS


def office_holders(pars: dict[int, str]) -> dict[str, str]:
    """`The Prime Minister` -> `Sarah Kemp`, from a turn labelled `The Prime Minister (Sarah
    Kemp):`, so that her later turns labelled by office alone are hers."""
    out: dict[str, str] = {}
    for par in pars.values():
        m = _record_turn_match(par)
        r = record_label(par)
        if m is not None and r is not None and r[0] == m.group("role"):
            out.setdefault(m.group("name"), r[0])
    return out


def names_a_body(words: str) -> bool:
    """`Department for Environment, Food and Rural Affairs`, `Bayline Shipbuilding Ltd.`: words
    with a body's head noun, not a portfolio's fields (`Industry and Tourism`)."""
    return any(_is_org_word(w.strip(".,;:'’").lower()) for w in words.split())


def is_chair(label: str) -> bool:
    """The chair's and the floor's turns (`Mr SPEAKER`, `The SPEAKER`, `Hon Members`): procedure
    and interjections, no statement."""
    words = label.lower().replace(".", "").split()
    if not words or not on("chair-turns"):
        return False
    return (words[-1] in _CHAIR and len(words) <= 3) or _is_interjector(label)


def is_presenter(label: str) -> bool:
    """`PRESENTER`, `ANCHOR`, `HOST (Name)`: the one who asks in an interview."""
    words = label.lower().replace("-", " ").split()
    return bool(words) and words[0] in _PRESENTERS and len(words) <= 3 and on("presenter-turns")


def is_pleasantry(sentence: str) -> bool:
    """`Good to be here.`, `Thank you for joining us.`: no statement."""
    return bool(_PLEASANTRY.match(sentence.strip())) and on("pleasantries")


def skip_noise(text: str, start: int, end: int) -> int:
    """The first position after stage directions and time stamps opening a turn's words."""
    while start < end:
        m = NOISE.match(text, start, end)
        if m is None or m.end() == start:
            break
        start = m.end()
    return start


def display(label: str) -> str:
    """A label as a name: `GRANT McLEOD` is `Grant McLeod`, `MINISTER BANDA` `Minister Banda`."""
    out = []
    for w in label.split():
        m = re.fullmatch(r"(Mc|Mac|O'|D')([A-Z][A-Z'-]+)", w)
        if m:
            out.append(m.group(1) + m.group(2).title())
        elif w.isupper() and len(w) > 1:
            out.append(w.title())
        else:
            out.append(w)
    return " ".join(out)


def askers(
    turns: dict[int, tuple[str, int]], ends: dict[int, str], roles: dict[str, str], text: str
) -> frozenset[str]:
    """The labels that ask in a record or an interview: in a parliament's record every member
    who puts a question and holds no ministry; in a broadcast the presenter, or else the one
    whose turns are most often questions (at least half)."""
    if not on("record-askers"):
        return frozenset()
    asks: dict[str, list[bool]] = {}
    for i, (label, _) in turns.items():
        asks.setdefault(label, []).append("?" in ends[i])
    record = bool(_PROCEDURE.search(text[:4000])) or any(is_chair(k) for k in asks)
    if record:
        # the members who ask; where a minister is named by office, every other member
        # (tabling a letter, reading it out) asks too
        ministers = {k for k in asks if "minister" in roles.get(k, "").lower()}
        return frozenset(
            k
            for k, v in asks.items()
            if (any(v) or ministers) and k not in ministers and not is_chair(k)
        )
    presenters = frozenset(
        k
        for k in asks
        if is_presenter(k) or (k in roles and is_presenter(roles[k]) and on("presenter-role-label"))
    )
    if not presenters:
        # `the interview between presenter Claire Holt and ...`: her labels ask
        named = {m.group(1).lower() for m in _NAMED_PRESENTER.finditer(text[:1500])}
        presenters = frozenset(
            k for k in asks if k.lower() in named or any(n.endswith(" " + k.lower()) for n in named)
        )
        if presenters and not on("presenter-named"):
            presenters = frozenset()
    if not presenters and on("host-introduces-guest"):
        presenters = _introducers(turns, ends)
    if presenters or not _BROADCAST.search(text[:600]):
        return _with_surname_labels(presenters, asks)
    share = {k: sum(v) / len(v) for k, v in asks.items() if len(v) >= 2}
    if len(share) < 2:
        return frozenset()
    best = max(share, key=lambda k: share[k])
    if share[best] > 0 and all(v < share[best] for k, v in share.items() if k != best):
        # the one who asks most often; a guest seldom asks
        return _with_surname_labels(frozenset((best,)), asks)
    return frozenset()


# `I am joined by Declan Furlong`, `Joining me from Te Puke is ...`, `My guest this week is ...`
_INTRODUCES = re.compile(
    r"\b(?:joined\s+(?:[\w-]+\s+){0,3}?by|joining\s+(?:me|us)\b|my\s+guests?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:is|are)|with\s+me\s+(?:[\w-]+\s+){0,2}?(?:is|are))\s+",
    re.I,
)


def _introducers(turns: dict[int, tuple[str, int]], pars: dict[int, str]) -> frozenset[str]:
    """The one label whose first turn introduces another label's holder by name (`I am joined
    by Declan Furlong of ...`): the host, who asks (rule `host-introduces-guest`)."""
    first: dict[str, str] = {}
    for i in sorted(turns):
        first.setdefault(turns[i][0], pars[i])
    found = set()
    for label, par in first.items():
        m = _INTRODUCES.search(par)
        if m is None:
            continue
        after = par[m.end() : m.end() + 200].lower()
        for other in first:
            words = other.lower().split()
            if other != label and words and re.search(rf"\b{re.escape(words[-1])}\b", after):
                found.add(label)
    return frozenset(found) if len(found) == 1 else frozenset()


# `presenter Claire Holt`, `host Amira Nasser`: the one who asks, named in a header
_NAMED_PRESENTER = re.compile(
    r"\b(?:[Pp]resenter|[Hh]ost|[Aa]nchor|[Ii]nterviewer|[Mm]oderator)\s+"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)


def _with_surname_labels(found: frozenset[str], labels: dict[str, list[bool]]) -> frozenset[str]:
    """`CLAIRE HOLT:` once, then `HOLT:`: both labels are the one asker (rule
    `asker-full-and-surname`)."""
    if not found:
        return found
    more = set(found)
    for k in labels:
        for f in found:
            a, b = k.lower().split(), f.lower().split()
            if a != b and ((a[-1:] == b and len(a) > 1) or (b[-1:] == a and len(b) > 1)):
                more.add(k)
    if len(more) == len(found) or not on("asker-full-and-surname"):
        return found
    return frozenset(more)


def strip_hon(label: str) -> str:
    """`Hon GRANT McLEOD` is `GRANT McLEOD`; `Hon Members` stays (the floor, not a name)."""
    m = re.match(r"(?:The\s+)?(?:Rt\.?\s+)?Hon\.?\s+(?=\S)", label)
    if m is None or _is_interjector(label) or not on("record-turn-labels"):
        return label
    return label[m.end() :]


def record_roles(pars: dict[int, str]) -> dict[str, str]:
    """label -> the role written in brackets beside it in any of its turns."""
    out: dict[str, str] = {}
    for par in pars.values():
        r = record_label(par)
        if r is not None and r[1]:
            out.setdefault(r[0], r[1])
    return out


def is_record_or_broadcast(labels: list[str], text: str) -> bool:
    """A parliament's record or a broadcast interview: a chair's or a presenter's turn, the
    record's procedure or a broadcast header. Its turns are no digest's sections."""
    if not labels or not on("record-register"):
        return False
    return (
        any(is_chair(k) or is_presenter(k) for k in labels)
        or bool(_PROCEDURE.search(text[:4000]))
        or bool(_BROADCAST.search(text[:600]))
    )


_ASKING = frozenset(
    "is are was were does do did can could will would has have isn't doesn't didn't "
    "wasn't hasn't".split()
)
_QUANTIFIERS = frozenset("some many most several".split())
_OWNERS = frozenset("your the his her their our".split())


def asked_clauses(unit: Unit, body: int) -> list[Unit]:
    """The reported clause a question puts to the guest, as a sentence of its own: `Is he aware
    that [the council told the committee that ...]?`, `Some of your [critics say ...]`."""
    toks = [t for t in unit.tokens if t.start >= body]  # the label is no part of it
    if len(toks) < 4 or not on("asked-clauses"):
        return []
    k = None
    if toks[0].lower in _ASKING:
        k = next((j + 1 for j in range(1, min(len(toks) - 2, 10)) if toks[j].lower == "that"), None)
    elif toks[0].lower in _QUANTIFIERS and toks[1].lower == "of" and toks[2].lower in _OWNERS:
        k = 3  # `Some of your critics say`: the critics say it
    if k is None or k >= len(toks) - 2:
        return []
    sub = toks[k:]
    return [Unit(sub[0].start, unit.end, sub, unit.paragraph, unit.index)]


# `Some of your critics say ...`, `the hauliers claim that ...`: a group named by a plural noun
_GROUP_SAYS = re.compile(
    r"(?:(?:some|many|most|several)\s+of\s+)?(?:(?:your|the|his|her|their|our|some|many)\s+)?"
    r"(?P<sp>(?:[a-z]+\s+)?[a-z]{3,}s)\s+(?:have\s+)?(?:also\s+)?"
    r"(?P<v>say|said|claim|claimed|allege|alleged|argue|argued|insist|insisted|complain|"
    r"complained|maintain|maintained|told\s+(?:us|the\s+\w+))\s+(?:that\s+)?(?=\w)",
    re.I,
)


# `The ministry also says checks take a day`: a body saying a clause with no `that`
_BODY_SAYS = re.compile(
    r"(?P<sp>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:[A-Z][\w'’-]*|ministry|government|"
    r"council|union|company|agency|army|police|embassy|department|authority|board))\s+"
    r"(?:also\s+)?(?P<v>says|said|claims|claimed|insists|insisted|maintains)\s+(?:that\s+)?(?=\w)"
)


def group_claim(text: str, start: int, end: int) -> tuple[int, int, str, int] | None:
    """(speaker start, speaker end, verb, content start) of a sentence of a question turn that
    opens with a group saying something: `Some of your critics say the scanner never worked`."""
    if not on("asked-group-claim"):
        return None
    m = _GROUP_SAYS.match(text, start, end) or _BODY_SAYS.match(text, start, end)
    if m is None or m.group("sp").split()[-1].lower() in ("is", "was", "has", "does", "this"):
        return None
    return m.start("sp"), m.end("sp"), m.group("v").split()[0], m.end()


def without_label(unit: Unit, body: int) -> Unit:
    """A turn's first sentence without its label: `HOST: According to X, ...` reads from
    `According`."""
    if unit.start >= body or not on("turn-unit-without-label"):
        return unit
    toks = [t for t in unit.tokens if t.start >= body]
    if not toks:
        return unit
    return Unit(toks[0].start, unit.end, toks, unit.paragraph, unit.index)


_VOCATIVE_WORDS = frozenset("minister mr mrs ms dr senator secretary sir madam professor".split())


def without_vocative(unit: Unit) -> Unit:
    """`Minister, the union says ...`: the one addressed is no part of who says it."""
    toks = unit.tokens
    k = next((j for j, t in enumerate(toks[:5]) if t.text == ","), None)
    if k is None or k == 0 or k + 2 >= len(toks) or not on("turn-vocative"):
        return unit
    head = toks[:k]
    if head[0].lower not in _VOCATIVE_WORDS or not all(t.text[:1].isupper() for t in head):
        return unit
    if toks[k + 1].lower in ("you", "your", "i", "we"):
        return unit
    rest = toks[k + 1 :]
    return Unit(rest[0].start, unit.end, rest, unit.paragraph, unit.index)


_NAME = r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|de|du))*"
# `did the Health Ministry's own report say that ...`: an inverted question on what X said
_INVERTED = re.compile(
    rf"\b(?:did|does|has|have|hasn't|didn't|doesn't)\s+(?P<sp>{_NAME}|(?:the|your|his|her)\s+"
    r"[a-z]+(?:\s+[a-z]+)?)(?:['’]s?\s+(?:own\s+)?(?:report|survey|letter|statement|study|audit))?"
    r"\s+(?:also\s+)?(?:say|claim|report|state|find|conclude|warn|tell\s+\w+)\s+that\s+(?=\w)"
)
# `the finding of the Auditor-General that ...`, `the warning from X that ...`
_FINDING = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?(?:findings?|conclusions?|warnings?|evidence|assessment|"
    r"testimony|claims?|allegations?|statement|reports?)\s+(?:of|by|from)\s+"
    rf"(?P<sp>{_NAME})\s+that\s+(?=\w)"
)
# `Let me read you a statement from the nurses' union: "..."`
_READ_OUT = re.compile(
    r"\b(?:statement|letter|message|post|e-?mail|note|report)\s+(?:from|by|of)\s+"
    r"(?P<sp>(?:the\s+)?[\w'’ -]{2,60}?)\s*:\s*[\"“](?=\w)"
)


# `The Port Authority's annual report states that ...`: the report's author says it
_DOC_SAYS = re.compile(
    rf"(?P<sp>{_NAME})['’]s?\s+(?:own\s+)?(?:[a-z]+\s+)?(?:report|survey|letter|statement|"
    r"study|audit|figures|data|review)\s+(?:states|stated|says|said|shows|showed|found|finds|"
    r"concluded|concludes|claims|claimed)\s+that\s+(?=\w)"
)


# `the Forum found in its October survey that ...`: what a body's inquiry found, put in a question
_FOUND = re.compile(
    rf"(?P<sp>{_NAME})\s+(?:found|concluded|showed)\s+(?:in\s+(?:its|their|a|the)\s+"
    r"[\w -]{1,30}?\s+)?that\s+(?=\w)"
)


def asked_reports(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(speaker start, speaker end, content start) of what a question reports someone said: `did
    X's report say that ...`, `the finding of X that ...`, `a statement from X: "..."`."""
    if not on("asked-reports"):
        return None
    for pat in (_INVERTED, _FINDING, _READ_OUT, _DOC_SAYS, _FOUND):
        m = pat.search(text, start, end)
        if m is not None and m.end() < end - 8:
            return m.start("sp"), m.end("sp"), m.end()
    return None


_YES = re.compile(
    r"(?:yes|yeah|correct|indeed|that(?: part)?(?:'s|’s| is) (?:correct|right|true)|"
    r"(?:the \w+(?: \w+)?|he|she|they) (?:was|is|were|are) (?:right|correct) (?:that|to)|"
    r"(?:i|we) can (?:confirm|tell you) that)\b",
    re.I,
)
_NO = re.compile(
    r"(?:no|not at all|absolutely not|(?:that|it|this|he|she|they)(?:'s|’s|'re| is| are) "
    r"(?:simply |just |completely |quite )?(?:not (?:true|correct|right|accurate|the case)|untrue|"
    r"false|wrong|mistaken|incorrect|nonsense|rubbish)|"
    r"none of (?:that|this|it) is true|there (?:is|was|has been) no)\b",
    re.I,
)


# `The member has read an old draft.`, `Your figures are out of date.`: the question is wrong
_ASKER_WRONG = re.compile(
    r"(?:the (?:hon(?:ourable)?\.? )?(?:member|gentleman|lady)|the questioner|"
    r"your (?:information|figures?|sources?|numbers?|premise))\b[^.]{0,40}?\b(?:wrong|mistaken|"
    r"misread|misinformed|misleading|confus\w+|old draft|out of date|outdated|incorrect)\b",
    re.I,
)


# `Some of that is correct.`, `Part of what they say is true`, `Partly, yes.`: a partial
# confirmation opening an answer (rule `answer-opening-partial`)
_PARTLY = re.compile(
    r"(?:(?:some|part|much|parts|most) of (?:that|this|it|what (?:\w+ ){1,3}(?:says?|said|reported|"
    r"wrote)) (?:is|are|was|were) (?:correct|right|true|accurate)|partly,? yes|"
    r"(?:that|it)(?:'s|’s| is) (?:partly|partially|half) (?:correct|right|true))\b",
    re.I,
)


def answer_opening(body: str) -> str | None:
    """The stance an answer's first words give to the claim put in the question before it:
    `Yes, I can confirm ...` confirms it, `No, ...` denies it (`opening_rule` names the rule)."""
    if not on("answer-opening"):
        return None
    b = body.lstrip(' "“')
    if _YES.match(b):
        return "confirmation"
    if _partly(b):
        return "confirmation"
    if _ASKER_WRONG.match(b):
        return "denial"
    if _NO.match(b) and not re.match(r"no(?:body|one|thing|t)\b|no\.\s*\d", b, re.I):
        return "denial"
    return None


def _partly(b: str) -> bool:
    return bool(_PARTLY.match(b)) and not _YES.match(b) and on("answer-opening-partial")


def opening_rule(body: str) -> str:
    """The rule that read an answer's opening: `answer-opening-partial` for `Some of that is
    correct`, else `answer-opening`."""
    return "answer-opening-partial" if _partly(body.lstrip(' "“')) else "answer-opening"


def bracketed_askers(
    turns: dict[int, tuple[str, int]], pars: dict[int, str], roles: dict[str, str]
) -> frozenset[str]:
    """`SARI WULANDARI (METRO SULAWESI): ... How do you explain the gap?`: a label with its
    outlet or office in brackets whose every turn, one is enough, ends on a question asks, when
    another label answers in at least two turns that ask nothing (rule `bracketed-asker`)."""
    if not roles or not on("bracketed-asker"):
        return frozenset()
    asks: dict[str, list[bool]] = {}
    for i, (label, _) in turns.items():
        asks.setdefault(label, []).append(pars[i].rstrip().endswith("?"))
    if not any(len(v) >= 2 and not any(v) for v in asks.values()):
        return frozenset()
    return frozenset(k for k, v in asks.items() if k in roles and all(v))
