"""Accounts of the other side: what one state's voices say the other state did.

`Colombia's ministry said Ecuador had fallen behind on payments ... Ecuador's ministry said it
had "no outstanding debt"`: in a dispute between states, the words of one side that tell what
the denying side did are the account the dispute is about (claims), also when they are worded
with a negation (`the Austrian contractor had "not yet finished"`), and also before any report
of the article is told. The sides pass then reads each side's further words by the side it
takes.
"""

from __future__ import annotations

import itertools
import re

from .model import Row
from .resolve import MActor, Registry
from .rules import on
from .stance import (
    ANAPHOR,
    REPORT_BACK,
    has_decline_cue,
    has_denial_cue,
    has_dismissal_cue,
    has_policy_cue,
)
from .verdicts import ASKS_OR_AWAITS, NONCOMMITTAL, is_bystander

# A capitalised word or two: where a state's name, capital or demonym may stand.
_CAP = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’.-]*")
# Stance rules whose denial is no more than a negation word: the reading an account may undo.
_WEAK_DENIAL = ("denial-cue:", "denier-side:")


# Something to come (`will raise the matter`, `plans to`, `if ...`): a plan, no account.
AHEAD = re.compile(
    r"^\W*(?:that\s+)?(?:if\b|(?:[\w'’,-]+\s+){0,6}?(?:will|would|shall|could|might|may|going to|"
    r"plans? to|intends? to|wants? to|hopes? to)\b(?!\s+have\b))",
    re.I,
)


def place_of(reg: Registry, actor: MActor | None) -> str | None:
    """The state an actor speaks for: the first place up its affiliation chain, else the one
    state its names name (`Austria's motorway operator ASFINAG`)."""
    seen: set[int] = set()
    cur = actor
    while cur is not None and cur.idx not in seen:
        seen.add(cur.idx)
        if cur.place:
            return cur.place
        if cur.country:
            p = reg.places.find(cur.country) or reg.places.places.get(cur.country)
            if p is not None:
                return p.key
        named: set[str] = set()
        for n in (cur.name, *cur.aliases):
            named |= _places_named(reg, n)
        if len(named) == 1:
            return next(iter(named))
        cur = reg.actors[cur.affiliation] if cur.affiliation is not None else None
    return None


def _places_named(reg: Registry, words: str) -> set[str]:
    """The states a piece of text names, by name, capital or demonym."""
    found: set[str] = set()
    caps = [(m.group().rstrip(".'’"), m.start(), m.end()) for m in _CAP.finditer(words)]
    for i, (w, _s, e) in enumerate(caps):
        if i + 1 < len(caps) and caps[i + 1][1] == e + 1:
            p2 = reg.places.find(f"{w} {caps[i + 1][0]}")
            if p2 is not None:
                found.add(p2.key)
                continue
        p = reg.places.find(w) or reg.places.find(f"the {w}")  # `the Maldives`
        if p is not None:
            found.add(p.key)
    return found


def _strong_denial(r: Row) -> bool:
    """A denial by its verb or by words that dismiss an account, not a negation word alone."""
    if r.stance != "denial" or r.embedded_of is not None:
        return False
    if r.frame.vclass == "deny":
        return True
    return has_dismissal_cue(r.content) or bool(
        ANAPHOR.search(r.text) or REPORT_BACK.search(r.text)
    )


def _may_tell(r: Row) -> bool:
    """A remark that may be part of an account: said, read as a comment or as a bare negation,
    no non-answer, no policy, no appeal, nothing to come."""
    f = r.frame
    if f.vclass not in ("say", "turn") or f.headline or f.question_turn or r.embedded_of:
        return False
    if r.stance == "denial":
        if not r.rules or not r.rules[-1].startswith(_WEAK_DENIAL):
            return False
        if has_dismissal_cue(r.content) or ANAPHOR.search(r.text) or REPORT_BACK.search(r.text):
            return False
    elif r.stance != "comment":
        return False
    c = r.content
    if has_decline_cue(r.text) or NONCOMMITTAL.search(c) or has_policy_cue(c):
        return False
    asks = ASKS_OR_AWAITS.search(f"{f.verb} {c}")
    if asks is not None and asks.start() < 40:
        return False  # what the speaker does is ask (`urged Manila to ...`), not tell
    return not is_bystander(r.actor)


def _run_through_accusation(
    r: Row,
    p: str | None,
    run: str | None,
    denier_places: dict[str, int],
    reg: Registry,
    rows: list[Row],
) -> str | None:
    """`... and blamed the delay on the Ostrian section`: the side's accusation in the run of
    its account carries the run on to the side's next words; `X has accused Spain of ...`
    naming the denying state starts one, when X goes on speaking (the run's place, else None)."""
    if p is None or p in denier_places:
        return None
    if r.stance != "claim" or r.frame.vclass != "claim" or r.frame.headline:
        return None
    if p != run:
        if not any(q in denier_places for q in _places_named(reg, r.content) - {p}):
            return None
        k = next((i for i, x in enumerate(rows) if x is r), len(rows))
        if k + 1 >= len(rows) or rows[k + 1].actor is not r.actor:
            return None
    return p if on("account-runs-through-accusation") else None


# A live blog's entry stamp at the start of a line: `16:52 GMT`, `[15:10]`, `09.45`.
_ENTRY_STAMP = re.compile(r"^[ \t]*\[?(\d{1,2})[:.](\d{2})\b", re.M)


def newest_first(text: str) -> bool:
    """A live blog told newest entry first: three entry stamps or more, each earlier than the
    one above it. There, what stands higher in the text was said later."""
    stamps = [int(h) * 60 + int(m) for h, m in _ENTRY_STAMP.findall(text[:200_000])[:40]]
    return len(stamps) >= 3 and all(a > b for a, b in itertools.pairwise(stamps))


def _read_newest_first(reg: Registry) -> bool:
    return on("live-blog-order") and reg.places.newest_first


def other_side_accounts(rows: list[Row], reg: Registry) -> None:
    """A side's words that name the state that denies, before that state answers them or
    when that side denies nothing, are claims; so are the side's further words in the run
    before the answer (`"We have done our part," Kovac said.`).

    Not in a live blog told newest first (`live-blog-order`): there the words above a denial
    were said after it, and are no account it answers."""
    if not on("other-side-account") or _read_newest_first(reg):
        return
    denier_places: dict[str, int] = {}  # place -> where its first body denial stands
    for r in rows:
        if not _strong_denial(r):
            continue
        p = place_of(reg, r.actor)
        if p is not None and not r.frame.headline:
            denier_places.setdefault(p, r.pos)
    if not denier_places:
        return
    first_seen: dict[str, int] = {}  # place -> where its first statement stands
    for r in rows:
        p = place_of(reg, r.actor)
        if p is not None and not r.frame.headline:
            first_seen.setdefault(p, r.pos)
    accusers: dict[str, int] = {}  # accusing place -> where the state it accuses answers
    last: str | None = None  # the accusing place of the statement just before, if any
    for r in rows:
        p = place_of(reg, r.actor)
        if p is None and last is not None and r.actor is not None and r.actor.kind == "person":
            # `Deputy minister Lena Korr told reporters ...` just after her ministry's account:
            # a person of no known state goes on with the account told just before
            p = last
        run, last = last, None
        if p is None or p in denier_places or not _may_tell(r):
            last = _run_through_accusation(r, p, run, denier_places, reg, rows)
            continue
        named = _places_named(reg, r.content) - {p}
        if not named and AHEAD.match(r.content) and on("account-not-a-plan"):
            # what the side itself will do (`Oslo would raise the matter next month`), naming
            # no other side: a plan, no account
            continue
        target = next((q for q in named if r.pos < denier_places.get(q, -1)), None)
        if target is not None:
            accusers.setdefault(p, denier_places[target])
        answered = accusers.get(p)
        if answered is not None and r.pos < answered:
            r.set_stance("claim", "other-side-account")
            last = p
        elif (
            ((r.pos == first_seen.get(p) and any(q in denier_places for q in named)) or run == p)
            and not has_denial_cue(r.content)
            and r.set_stance("claim", "denied-first-account")
        ):
            # a story that opens with the denial, then tells the account it answers: the
            # accusing side's first words about the denying state, and their run
            last = p
