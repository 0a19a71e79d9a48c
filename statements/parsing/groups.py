"""Disputes among a block's statements: claims grouped by what ties them (the same speaker or
side, an outlet relaying its sources, shared content words, a named party), each answer placed
in the dispute it shares most with, and the lead claims a general answer is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .rules import on

_WORD = re.compile(r"[a-z][a-z'-]+")  # over the lower-cased text
_STOP = frozenset(
    """
    that this with from have were been which would their there they them then than what when
    where will shall could should about also into over under after before while because
    since said says told tell telling added adding wrote reported report reports reporting
    claim claims claimed statement statements denied denies deny denial rejected rejects
    dismissed confirmed confirm confirms according cited citing quoted spokesman spokeswoman
    spokesperson official officials ministry government minister department agency office
    news media newspaper paper weekly daily website outlet story article account version
    events event issue matter comment comments question questions reporters press conference
    interview monday tuesday wednesday thursday friday saturday sunday week weeks month
    months year years today yesterday last next earlier later time just only very more most
    some such other another every each any none nothing anyone anything everyone something
    made make being does done doing into onto upon your yours ours ourselves himself herself
    itself themselves these those here fact facts true false clear says saying asked
    well still even never ever already again very much many several part whole
    """.split()
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "s")


@lru_cache(maxsize=1 << 15)
def _stem(word: str) -> str:
    w = word.lower().replace("'s", "").strip("'-")
    if w.endswith("ies") and len(w) > 5:
        w = w[:-3] + "y"
    else:
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                w = w[: -len(suf)]
                break
    return w[:6]


@lru_cache(maxsize=1 << 12)
def content_stems(text: str, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """Stems of the content words of a text (function words, speech verbs, skip words out).

    Remembered: the same contents are compared many times over within an article."""
    out = set()
    for w in set(_WORD.findall(text.lower())):
        if len(w) < 4 or w in _STOP or w in skip:
            continue
        if w.endswith("'s") and w[:-2] in skip:
            continue
        out.add(_stem(w))
    return frozenset(out)


@dataclass
class Node:
    """A statement as the linker sees it."""

    idx: int
    stance: str
    speaker: int | None
    block: int  # disputes are not linked across blocks (a digest's labelled sections)
    pos: int
    turn: int | None = None
    question_turn: bool = False
    target_actor: int | None = None
    target_kind: str | None = None  # "accusation": the object names a claim (`the allegation`)
    embedded: int | None = None  # index of a claim it carries
    explicit: bool = False
    report: bool = False  # a report by an outlet or a claim citing sources
    side: int | None = None  # the root of the speaker's affiliation chain
    para: int = 0  # paragraph index
    unit: int = -1  # sentence index (-1: unknown)
    stems: frozenset[str] = frozenset()  # content word stems
    keys: tuple[tuple[str, float], ...] = ()  # weighted proposition keys (propositions.py)
    mentions: frozenset[int] = frozenset()  # actors named in the statement (not the speaker)
    relay: int | None = None  # the outlet the words were told to (`told the paper`)
    headline: bool = False
    anaphor: str | None = None  # `the report`, `the accusation`, `such claims`, ...
    optional: bool = False
    said: bool = False  # a verb of saying (`said`, `told`), not of claiming or accusing
    cited: frozenset[int] = frozenset()  # actors cited as its sources (`citing three officials`)
    loose: bool = False  # an answer tied to none of several disputes (only near one)
    account_of: int | None = None  # the side whose account it names (`Rellan's account`)
    leak: bool = False  # a source's words an outlet relays or quotes (a claim of its own)
    whole: bool = False  # it answers a report whole (`stands by every word`, `all of it`)
    claim_verb: str = ""  # a claim's verb of saying, lower-cased (`accused`, `suggested`)
    anaphor_noun: str = ""  # the noun an answer refers back with (`accusation`, `claim`)
    stand_by: bool = False  # a confirmation standing by what was published (`stands by it`)
    kind: str = ""  # the speaker's kind (person, organisation, media, ...), "" when none
    conceded: bool = False  # a conceded negation (`acknowledged that the crew had not been ...`)
    names_denial: bool = False  # a denial naming another's denial (`rejected the company's denial`)
    denial_owner_named: bool = False  # whose denial it names is said (`the company's`, not `the`)
    answer_owners: frozenset[int] = frozenset()  # whose answer it may name (`the firm's version`)
    trusted: int | None = None  # the party it takes at its word (`I don't doubt the ministry`)
    chapter: int = 0  # paragraphs opened by a roundup marker (`Separately,`) up to its own
    apart: bool = False  # its paragraph opens with such a marker
    charges_fabrication: bool = False  # an accusation of making things up (`of inventing ...`)
    grades_claim: bool = False  # a fact-check's grade of `the claim` (`is partly true`)
    own_act: str = (
        ""  # stem of the act a denial says its speaker never did (`denied having objected`)
    )
    defends_own: bool = False  # it speaks of its own side's words (`the minister's remarks were
    # taken out of context`): no answer to them or to what they answered (`own-side-words-defended`)
    routine: bool = False  # a denial calling a measure routine (`should not be over-interpreted`)
    grants: frozenset[int] = frozenset()  # targets a denial confirms (`routine-measure-granted`)
    contrary: bool = False  # its sentence calls it another account (`a very different account`)
    notes: list[str] = field(default_factory=list)  # grouping rules that decided it (trace)
    denies: list[int] = field(default_factory=list)
    confirms: list[int] = field(default_factory=list)
    why: dict[int, str] = field(default_factory=dict)  # target -> the rule that linked it


ANSWERS = ("denial", "confirmation")
THIN_CLAIM = 2  # content words below which a claim states nothing an answer could be about
MAX_WINDOW = 100  # statements linked together at most (articles have a few dozen)


def overlap(a: Node, b: Node) -> int:
    return len(a.stems & b.stems)


@dataclass
class Dispute:
    claims: list[Node] = field(default_factory=list)
    sides: set[int] = field(default_factory=set)
    speakers: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)  # actors the claims name
    stems: set[str] = field(default_factory=set)
    cited: set[int] = field(default_factory=set)  # sources its reports cite
    last_pos: int = 0
    chapter: int = -1  # the roundup chapter of its first claim (-1: none yet)

    def add(self, n: Node) -> None:
        if n.stance == "claim":
            if self.chapter < 0:
                self.chapter = n.chapter
            self.claims.append(n)
            self.named |= n.mentions
            self.stems |= n.stems
            self.cited |= n.cited
        if n.speaker is not None:
            self.speakers.add(n.speaker)
        if n.side is not None:
            self.sides.add(n.side)
        self.last_pos = max(self.last_pos, n.pos)


def _ties(n: Node, d: Dispute) -> float:
    """How much a statement shares with a dispute."""
    score = 0.0
    if n.speaker is not None and n.speaker in d.speakers:
        score += 3
    elif n.side is not None and n.side in d.sides:
        score += 2
    if n.relay is not None and n.relay in d.speakers:
        score += 3
    if n.speaker is not None and n.speaker in d.cited and on("report-sources"):
        score += 3  # `Two of the people said ...`: a source the report cited
    if n.speaker is not None and n.speaker in d.named:
        score += 2
    if n.target_actor is not None and (n.target_actor in d.speakers or n.target_actor in d.named):
        score += 3
    if n.mentions & d.speakers:
        score += 1
    shared = len(n.stems & d.stems)
    score += min(shared, 4) * 0.75
    return score


def disputes(nodes: list[Node]) -> dict[int, Dispute]:
    """Group the statements of one block into disputes, reading in order; idx -> dispute.

    A claim joins the dispute it is tied to (same speaker or side, a source of its outlet,
    shared words, a named party) or opens a new one; an answer joins the dispute it shares
    most with, and an answer that carries its own claim may open one. Answers met before any
    claim (a denial first, the accusation last) are placed once every claim is known.
    """
    out: dict[int, Dispute] = {}
    disputes: list[Dispute] = []
    by_idx = {n.idx: n for n in nodes}
    waiting: list[Node] = []
    awaiting: list[Node] = []  # answers naming a claimant not heard yet (`answer-awaits-claimant`)
    for n in nodes:
        if n.idx in out:
            continue
        if n.stance == "claim":
            best, best_score = None, 0.0
            for k, d in enumerate(disputes):
                s = _ties(n, d)
                if k == 0 and _answered_first(n, waiting):
                    s += 3  # a voice that answered before any claim, now with its own account
                if s > best_score:
                    best, best_score = d, s
            if best is not None and best_score >= 1.5 and _opens_apart(n, disputes):
                n.notes.append("separate-dispute-marker")
                best = None
            if best is None or best_score < 1.5:
                best = Dispute()
                disputes.append(best)
            best.add(n)
            out[n.idx] = best
            for w in [w for w in awaiting if w.target_actor == n.speaker]:
                awaiting.remove(w)
                best.add(w)
                out[w.idx] = best
        elif n.stance in ANSWERS:
            if (
                disputes
                and n.embedded is None
                and n.target_actor is not None
                and n.target_actor != n.speaker
                and not any(
                    n.target_actor in d.speakers or n.target_actor in d.named for d in disputes
                )
                and on("answer-awaits-claimant")
            ):
                # `Zambia's regulator rejected claims by a miners' union that ...`, the union's
                # own words told after it, in a digest whose earlier item is another dispute:
                # the answer joins the dispute the named claimant's claim opens or joins
                awaiting.append(n)
                continue
            if n.embedded is not None and n.embedded in by_idx:
                # the claim it carries decides whether this is a dispute already met
                scored = [(_ties(by_idx[n.embedded], d), d) for d in disputes]
                best = max(scored, key=lambda t: t[0])[1] if scored else None
                if best is not None and _opens_apart(by_idx[n.embedded], disputes, n):
                    by_idx[n.embedded].notes.append("separate-dispute-marker")
                    best = None
                if best is None or max(t[0] for t in scored) < 1.5:
                    best = Dispute()
                    disputes.append(best)
                best.add(n)
                out[n.idx] = best
                emb = by_idx[n.embedded]
                best.add(emb)
                out[emb.idx] = best
            elif disputes:
                d = disputes[0] if len(disputes) == 1 else _best_dispute(n, disputes, nodes)
                n.loose = len(disputes) > 1 and _ties(n, d) == 0
                d.add(n)
                out[n.idx] = d
            else:
                waiting.append(n)
    if not disputes:
        return out
    waiting += awaiting  # the named claimant never spoke: placed as an answer told first
    for n in waiting:
        # an answer before any claim (a denial first, the report after) answers the main
        # dispute unless it is tied more to another one
        d = disputes[0]
        if len(disputes) > 1:
            other = _best_dispute(n, disputes, nodes)
            if _ties(n, other) > _ties(n, d) + 1:
                d = other
        d.add(n)
        out[n.idx] = d
    for n in nodes:
        if n.idx not in out:
            d = disputes[0] if len(disputes) == 1 else _best_dispute(n, disputes, nodes)
            out[n.idx] = d
    return out


def _answered_first(n: Node, waiting: list[Node]) -> bool:
    """A claim by a speaker (or side) whose answers came before any claim: a counter-claim in
    the article's main dispute (`Another fake`, then `planted by those who ...`)."""
    if not on("answered-first-counter-claim"):
        return False
    return any(
        (w.speaker is not None and w.speaker == n.speaker)
        or (w.side is not None and w.side == n.side)
        for w in waiting
    )


def _opens_apart(n: Node, disputes: list[Dispute], answer: Node | None = None) -> bool:
    """`Separately, Slovakia's transport ministry accused Hungary of ...`, `In a separate
    dispute, the newspaper reported ...`: the first claim told in a paragraph a roundup marker
    opens is another matter, a dispute of its own, although its parties and words recur;
    unless its speaker already has a claim in an earlier dispute (the same voice going on)."""
    m = answer or n
    if not (m.apart and disputes and on("separate-dispute-marker")):
        return False
    if any(d.chapter == n.chapter for d in disputes):
        return False  # the chapter's dispute is already open
    return not any(n.speaker is not None and n.speaker in d.speakers for d in disputes)


def _best_dispute(n: Node, disputes: list[Dispute], nodes: list[Node]) -> Dispute:
    if not on("separate-dispute-marker") or all(d.chapter <= 0 for d in disputes):
        return _best_of(n, disputes, chapters=False)
    ties = {id(d): _ties(n, d) for d in disputes}  # weighed once for both readings
    best = _best_of(n, disputes, chapters=False, ties=ties)
    # a headline or answer told before `Separately, ...` is about no dispute opened there
    earlier = [d for d in disputes if d.chapter <= n.chapter]
    apart = _best_of(n, earlier or disputes, chapters=True, ties=ties)
    if apart is not best:
        n.notes.append("separate-dispute-marker")
    return apart


def _best_of(
    n: Node, disputes: list[Dispute], chapters: bool, ties: dict[int, float] | None = None
) -> Dispute:
    scored = []
    nearest = None
    for d in disputes:
        before = [c.pos for c in d.claims if c.pos <= n.pos]
        if before and (nearest is None or max(before) > nearest[0]):
            nearest = (max(before), d)
    for i, d in enumerate(disputes):
        s = ties[id(d)] if ties is not None else _ties(n, d)
        if nearest is not None and nearest[1] is d:
            s += 1.5
        if chapters and n.chapter > 0 and d.chapter == n.chapter:
            s += 1.5  # an answer told after `Separately, ...` answers that chapter's dispute
        scored.append((s, -i if nearest is None else 0, d))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return scored[0][2]


def lead_claims(d: Dispute, nodes: list[Node]) -> list[Node]:
    """The claims a general answer is about: the first claim, and the first claim of each
    further speaker before the first answer to them (not a report's own sources)."""
    claims = sorted((c for c in d.claims if not c.headline and not c.optional), key=pos)
    if not claims:
        return sorted(d.claims, key=pos)[:1]
    if on("thin-claim-no-lead"):
        # `But`, `Lü pointed out that`: a claim with next to no content of its own (a broken
        # clause) is no account an answer is about
        claims = [c for c in claims if len(c.stems) >= THIN_CLAIM]
        if not claims:
            return []
    first = claims[0]
    answer_at = min(
        (m.pos for m in nodes if m.stance in ANSWERS and m.pos > first.pos and not m.headline),
        default=None,
    )
    out = [_told_in_full(first, claims, nodes, answer_at)]
    sides = {first.side if first.side is not None else -1 - (first.speaker or 0)}
    claimants = {c.speaker for c in claims}
    cited = first.cited if on("report-sources") else frozenset()
    denied_first = (
        {
            m.side
            for m in nodes
            if m.stance in ANSWERS and m.pos < first.pos and m.side is not None and not m.headline
        }
        if on("answered-first-counter-claim")
        else set()
    )
    for c in claims[1:]:
        if answer_at is not None and c.pos > answer_at:
            break
        side = c.side if c.side is not None else -1 - (c.speaker or 0)
        if side in sides or (c.relay is not None and c.relay in claimants) or c.speaker in cited:
            continue
        if c.side is not None and c.side in denied_first:
            continue  # the denying side's counter-claim: no account the others answer
        sides.add(side)
        out.append(c)
    return out


def _told_in_full(
    first: Node, claims: list[Node], nodes: list[Node], answer_at: int | None
) -> Node:
    """`X denied ..., contradicting a statement by Y, which said Z`: a claim summed up inside
    an answer's sentence, then told in full in a sentence of its own by the same side before
    anyone answers it: the full telling is the account the answers are about."""
    if first.side is None or first.unit < 0 or not on("summary-then-full-claim"):
        return first
    if not any(
        m.stance in ANSWERS and m.unit == first.unit and m.pos < first.pos and not m.headline
        for m in nodes
    ):
        return first
    for c in claims[1:]:
        if answer_at is not None and c.pos > answer_at:
            break
        if c.side == first.side and c.unit != first.unit:
            return c
    return first


def pos(n: Node) -> int:
    return n.pos
