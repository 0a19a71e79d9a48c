"""Actors the speakers pass finds beside the speakers: the outlets that ask a transcript's
questions, people a statement names by title and full name, and the state of a ministry that
a briefing names without one."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .attribute import Frame, Mention, is_question_label, transcript_turns
from .caseblind import lower_for_ci
from .names import _FIELD_WORDS, _is_org_word, _is_title
from .resolve import MActor, Places, Registry, describe, norm
from .roles import _GOV_HEADS
from .rules import on
from .segment import Document


def state_of_stateless_bodies(
    reg: Registry, frames: list[Frame], speakers: list[MActor | None]
) -> None:
    """`Foreign Ministry Spokesperson X's Regular Press Conference` names no state: the ministry
    is that of the state its own spokespeople speak of most (`China's position`, `the Chinese
    side`), when one state clearly leads."""
    bodies = [
        b
        for b in reg.actors
        if b.kind == "organisation"
        and b.affiliation is None
        and b.country is None
        and b.place is None
        and _GOV_HEADS.intersection(norm(b.name).split())
    ]
    if not bodies:
        return
    # what each body and its members said, in one pass over the speech acts
    said_by: dict[int, list[str]] = {b.idx: [] for b in bodies}
    members: dict[int, list[MActor]] = {}
    for a in reg.actors:
        if a.affiliation in said_by:
            members.setdefault(a.affiliation, []).append(a)
    for f, who in zip(frames, speakers, strict=True):
        if who is None:
            continue
        key = who.idx if who.idx in said_by else who.affiliation
        if key is not None and key in said_by:
            said_by[key].append(reg.places.text[f.content_start : f.end])
    for body in bodies:
        said = " ".join(said_by[body.idx])
        if not said:
            continue
        counts: dict[str, int] = {}
        low = lower_for_ci(said)
        for form, place in reg.places.by_form.items():
            if not form[:1].isalpha():
                continue
            if low is not None and form.isascii() and form.lower() not in low:
                continue  # cannot match: a substring test first, the case-blind regex after
            n = len(re.findall(rf"\b{re.escape(form)}\b", said, re.I))
            if n:
                counts[place.key] = counts.get(place.key, 0) + n
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top, second = ranked[0][1] if ranked else 0, ranked[1][1] if len(ranked) > 1 else 0
        if top < 3 or 2 * top < 3 * second:
            continue  # no state clearly leads
        state = reg.places.places.get(ranked[0][0])
        if state is None:
            continue
        gov = reg.government(state)
        body.affiliation, body.place, body.country = gov.idx, state.key, state.code
        for member in members.get(body.idx, ()):
            if member.country is None:
                member.country = state.code


_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr")  # each may take a full stop
_NAME_WORD = r"[A-Z][a-z][\w'’-]*"


@lru_cache(maxsize=2)
def _titled_name_re(initials: bool = False) -> re.Pattern[str]:
    """`\\b(?:Title|...|(?:Mr|Mrs|Ms|Dr)\\.?)\\s+Name Name`, written to start with the
    capital (the engine then skips to capitals instead of trying every title everywhere)."""
    titles = sorted(
        (t.capitalize() for t in lexicon.words("titles.txt") if re.fullmatch(r"[a-z-]+", t)),
        key=len,
        reverse=True,
    )
    honorifics = [rf"{h}\.?" for h in _HONORIFICS]
    # `Foreign Secretary S Jaishankar`, `Minister M. K. Rao`: initials, then the surname
    # (rule `initials-in-titled-name`)
    lead = rf"(?:[A-Z]\.?\s+){{1,2}}{_NAME_WORD}(?:\s+{_NAME_WORD})?|" if initials else ""
    return re.compile(
        rf"{_capital_first([*map(re.escape, titles), *honorifics])}\s+"
        rf"(?P<name>{lead}{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    )


def _capital_first(alternatives: list[str]) -> str:
    """`\\b(?:A|B|...)` for alternatives that each open with a capital letter written plainly,
    as `[A-Z](?<!\\w[A-Z])(?:(?<=A)(?:...)|...)`: a pattern that opens with a character set
    lets the engine skip to the capitals. Alternatives keep their order within each letter
    (those of other letters cannot match where these do), so the matches are the same."""
    if not all("A" <= alt[:1] <= "Z" for alt in alternatives):
        return rf"\b(?:{'|'.join(alternatives)})"
    by_letter: dict[str, list[str]] = {}
    for alt in alternatives:
        by_letter.setdefault(alt[0], []).append(alt[1:])
    body = "|".join(f"(?<={c})(?:{'|'.join(rest)})" for c, rest in by_letter.items())
    return rf"[A-Z](?<!\w[A-Z])(?:{body})"


def titled_people(text: str, start: int, end: int) -> list[Mention]:
    """People a statement names by title and full name (`Russian Foreign Minister Sergei
    Lavrov's meetings`, `Mr Chukwuemeka Obiora`): actors with a part in the dispute (rule 1)."""
    out = []
    for m in _titled_name_re(on("initials-in-titled-name")).finditer(text, start, end):
        name = re.sub(r"['’]s$", "", m.group("name"))
        n0 = m.start("name")
        words = name.split()
        while len(words) > 2 and _is_title(words[0]) and on("titled-run-name"):
            # `Transport Minister Antti Rautio`: the match began at the field, `Minister` is
            # the title and the name follows it
            n0 = text.index(words[1], n0 + len(words[0]))
            words = words[1:]
            name = " ".join(words)
        if any(_is_title(w) or _is_org_word(w) for w in name.split()):
            continue  # `Minister Foreign Affairs`, `President Office`: no person's name
        # the run of capitalised words before the title belongs to it (`Agriculture Minister`)
        lead = _CAPS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        s0 = lead.start() if lead else m.start()
        # `Mining Minister`: an office in a field (`mining minister`), `Russian` stays a state
        role = " ".join(
            w.lower() if w.lower() in _FIELD_WORDS or _is_title(w) else w
            for w in text[s0:n0].split()
        )
        out.append(Mention(name, n0, n0 + len(name), role=role))
    return out


_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}$")


def asking_outlets(doc: Document, places: Places) -> list[Mention]:
    """The outlets named as the askers of a transcript's questions (`Global Times: ...`), last
    first; `Q:` and `Reporter:` name nobody."""
    out = []
    for index, (label, _) in transcript_turns(doc).items():
        p = doc.paragraphs[index]
        if is_question_label(label) and describe(label, places).kind == "media":
            out.append(Mention(label, p.start, p.start + len(label)))
    return sorted(out, key=lambda m: -m.start)
