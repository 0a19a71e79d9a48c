"""Stage 6: link denials and confirmations to the statements they answer.

An article may hold several disputes. Claims are grouped into disputes by what ties them
together (the same speaker or side, an outlet relaying its sources, shared content words,
a speaker named in another claim); each answer then joins the dispute it shares most with
and links to the claim it names (an embedded claim, `X's account`, `the accusation`,
`such claims`), or else to the lead claims of its dispute, plus any further claim of the
dispute it repeats the words of. An answer may also aim at another answer: a denial of a
confirmation, a confirmation of a denial, a counter-claim against the denials.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

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
    stems: frozenset[str] = frozenset()  # content word stems
    mentions: frozenset[int] = frozenset()  # actors named in the statement (not the speaker)
    relay: int | None = None  # the outlet the words were told to (`told the paper`)
    headline: bool = False
    anaphor: str | None = None  # `the report`, `the accusation`, `such claims`, ...
    optional: bool = False
    said: bool = False  # a verb of saying (`said`, `told`), not of claiming or accusing
    cited: frozenset[int] = frozenset()  # actors cited as its sources (`citing three officials`)
    loose: bool = False  # an answer tied to none of several disputes (only near one)
    denies: list[int] = field(default_factory=list)
    confirms: list[int] = field(default_factory=list)


_ANSWERS = ("denial", "confirmation")
MAX_WINDOW = 100  # statements linked together at most (articles have a few dozen)


def _ov(a: Node, b: Node) -> int:
    return len(a.stems & b.stems)


@dataclass
class _Dispute:
    claims: list[Node] = field(default_factory=list)
    sides: set[int] = field(default_factory=set)
    speakers: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)  # actors the claims name
    stems: set[str] = field(default_factory=set)
    last_pos: int = 0

    def add(self, n: Node) -> None:
        if n.stance == "claim":
            self.claims.append(n)
            self.named |= n.mentions
            self.stems |= n.stems
        if n.speaker is not None:
            self.speakers.add(n.speaker)
        if n.side is not None:
            self.sides.add(n.side)
        self.last_pos = max(self.last_pos, n.pos)


def _ties(n: Node, d: _Dispute) -> float:
    """How much a statement shares with a dispute."""
    score = 0.0
    if n.speaker is not None and n.speaker in d.speakers:
        score += 3
    elif n.side is not None and n.side in d.sides:
        score += 2
    if n.relay is not None and n.relay in d.speakers:
        score += 3
    if n.speaker is not None and n.speaker in d.named:
        score += 2
    if n.target_actor is not None and (n.target_actor in d.speakers or n.target_actor in d.named):
        score += 3
    if n.mentions & d.speakers:
        score += 1
    shared = len(n.stems & d.stems)
    score += min(shared, 4) * 0.75
    return score


def _disputes(nodes: list[Node]) -> dict[int, _Dispute]:
    """Group the statements of one block into disputes, reading in order; idx -> dispute.

    A claim joins the dispute it is tied to (same speaker or side, a source of its outlet,
    shared words, a named party) or opens a new one; an answer joins the dispute it shares
    most with, and an answer that carries its own claim may open one. Answers met before any
    claim (a denial first, the accusation last) are placed once every claim is known.
    """
    out: dict[int, _Dispute] = {}
    disputes: list[_Dispute] = []
    by_idx = {n.idx: n for n in nodes}
    waiting: list[Node] = []
    for n in nodes:
        if n.idx in out:
            continue
        if n.stance == "claim":
            best, best_score = None, 0.0
            for d in disputes:
                s = _ties(n, d)
                if s > best_score:
                    best, best_score = d, s
            if best is None or best_score < 1.5:
                best = _Dispute()
                disputes.append(best)
            best.add(n)
            out[n.idx] = best
        elif n.stance in _ANSWERS:
            if n.embedded is not None and n.embedded in by_idx:
                # the claim it carries decides whether this is a dispute already met
                scored = [(_ties(by_idx[n.embedded], d), d) for d in disputes]
                best = max(scored, key=lambda t: t[0])[1] if scored else None
                if best is None or max(t[0] for t in scored) < 1.5:
                    best = _Dispute()
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


def _best_dispute(n: Node, disputes: list[_Dispute], nodes: list[Node]) -> _Dispute:
    scored = []
    nearest = None
    for d in disputes:
        before = [c.pos for c in d.claims if c.pos <= n.pos]
        if before and (nearest is None or max(before) > nearest[0]):
            nearest = (max(before), d)
    for i, d in enumerate(disputes):
        s = _ties(n, d)
        if nearest is not None and nearest[1] is d:
            s += 1.5
        scored.append((s, -i if nearest is None else 0, d))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return scored[0][2]


def _leads(d: _Dispute, nodes: list[Node]) -> list[Node]:
    """The claims a general answer is about: the first claim, and the first claim of each
    further speaker before the first answer to them (not a report's own sources)."""
    claims = sorted((c for c in d.claims if not c.headline and not c.optional), key=_pos)
    if not claims:
        return sorted(d.claims, key=_pos)[:1]
    first = claims[0]
    answer_at = min(
        (m.pos for m in nodes if m.stance in _ANSWERS and m.pos > first.pos and not m.headline),
        default=None,
    )
    out = [first]
    sides = {first.side if first.side is not None else -1 - (first.speaker or 0)}
    claimants = {c.speaker for c in claims}
    for c in claims[1:]:
        if answer_at is not None and c.pos > answer_at:
            break
        side = c.side if c.side is not None else -1 - (c.speaker or 0)
        if side in sides or (c.relay is not None and c.relay in claimants):
            continue
        sides.add(side)
        out.append(c)
    return out


def _pos(n: Node) -> int:
    return n.pos


def link(nodes: list[Node]) -> None:
    """Fill denies/confirms of each node in place."""
    by_block: dict[int, list[Node]] = {}
    for n in nodes:
        by_block.setdefault(n.block, []).append(n)
    for block_nodes in by_block.values():
        block_nodes.sort(key=_pos)
        # No article has hundreds of statements in one dispute: a very long block is read in
        # windows, so that the work stays linear in the length of the text.
        for w in range(0, len(block_nodes), MAX_WINDOW):
            _link_window(block_nodes[w : w + MAX_WINDOW])


def _link_window(block_nodes: list[Node]) -> None:
    if not any(n.stance == "claim" for n in block_nodes):
        return
    dispute_of = _disputes(block_nodes)
    leads: dict[int, list[Node]] = {}
    for d in {id(d): d for d in dispute_of.values()}.values():
        leads[id(d)] = _leads(d, block_nodes)
    prev: Node | None = None
    answered: dict[int, list[int]] = {}
    for n in block_nodes:
        if n.stance in _ANSWERS:
            targets = _targets(n, block_nodes, dispute_of, prev, answered, leads)
            targets = [t for t in dict.fromkeys(targets) if t != n.idx]
            answered[n.idx] = targets
            if n.stance == "denial":
                n.denies = targets
            else:
                n.confirms = targets
        elif n.stance == "claim":
            n.denies = _counter_claim(n, block_nodes, dispute_of, leads)
            if not n.denies:
                n.confirms = _backing_claim(n, block_nodes, dispute_of, leads)
        prev = n


def _claims_of(actor: int, nodes: list[Node], before: int) -> list[Node]:
    own = [m for m in nodes if m.speaker == actor and m.stance == "claim"]
    prior = [m for m in own if m.pos < before]
    return prior or own


def _targets(
    n: Node,
    nodes: list[Node],
    dispute_of: dict[int, _Dispute],
    prev: Node | None,
    answered: dict[int, list[int]],
    lead_of: dict[int, list[Node]],
) -> list[int]:
    d = dispute_of.get(n.idx)
    claims = [c for c in nodes if c.stance == "claim" and c is not n]
    if n.embedded is not None:
        return [n.embedded]
    # `X's account`, `a claim by X`: what X said.
    if n.target_actor is not None and n.target_actor != n.speaker:
        own = _claims_of(n.target_actor, nodes, n.pos)
        if own:
            if n.target_kind == "accusation":
                return [own[-1].idx] if own[-1].pos < n.pos else [own[0].idx]
            return [own[0].idx]
        said = [
            m
            for m in nodes
            if m.speaker == n.target_actor and m.stance in _ANSWERS and m.pos < n.pos
        ]
        if said:
            close = [m for m in said if _ov(n, m) >= 2]
            return [m.idx for m in (close or said[:2])]
    # `the accusation`, `that version of events`, `such claims`: the nearest claim before it
    # by another side, the one it shares most words with among the close ones.
    if n.anaphor is not None:
        prior = [
            c
            for c in claims
            if c.pos < n.pos and c.side != n.side and not c.headline and not c.optional
        ]
        if not prior and n.anaphor == "version" and n.stance == "denial":
            # `rejected that version of events`: another side's counter-account (a denial)
            prior = [
                c
                for c in nodes
                if c.stance == "denial"
                and c.pos < n.pos
                and c.side != n.side
                and c.side is not None
                and not c.headline
            ]
        if prior and prior[-1].stance == "denial":
            # the account begins where its speaker began: the first of their run of statements
            k = nodes.index(prior[-1])
            while k > 0 and nodes[k - 1].speaker == prior[-1].speaker:
                k -= 1
            return [nodes[k].idx]
        if prior:
            near = prior[-3:]
            return [max(near, key=lambda c: (_ov(n, c), c.pos)).idx]
    # A quotation or a further sentence of the same speaker answers what it answered.
    if (
        prev is not None
        and prev.speaker == n.speaker
        and prev.stance == n.stance
        and abs(prev.para - n.para) <= 1
        and prev.idx in answered
        and (prev.anaphor is not None or prev.target_actor is not None)
        and answered[prev.idx]
    ):
        return answered[prev.idx][:1]
    # A transcript answer: the claims put in the question just before it.
    if n.turn is not None and not n.question_turn:
        asked = [
            c
            for c in claims
            if c.question_turn and c.pos < n.pos and (c.turn or 0) >= (n.turn or 0) - 1
        ]
        if asked:
            return [c.idx for c in asked]
    if d is None or not d.claims or n.loose:
        return []  # an answer sharing nothing with any dispute of a digest answers none
    leads = lead_of[id(d)]
    claimant_sides = {c.side for c in d.claims if c.side is not None}
    # A denial by a side that made or backed a claim of the dispute answers the other side:
    # the answer of theirs it repeats the words of (a denial of a confirmation or a denial).
    if n.stance == "denial" and n.side is not None and n.side in _backers(n, d, nodes, dispute_of):
        others = [
            m
            for m in nodes
            if m.stance in _ANSWERS
            and m.pos < n.pos
            and m.side != n.side
            and m.side not in claimant_sides
            and not m.headline
        ]
        best = max(others, key=lambda m: (_ov(n, m), m.pos), default=None)
        if best is not None and _ov(n, best) >= 2:
            return [best.idx]
    # An answer that repeats the words of an earlier answer by another side far more than
    # those of the claim: it answers that answer (a denial of a confirmation, or the reverse).
    opposite = "confirmation" if n.stance == "denial" else "denial"
    lead_ov = max((_ov(n, c) for c in leads), default=0)
    echo = [
        m
        for m in nodes
        if m.stance == opposite
        and m.pos < n.pos
        and m.side != n.side
        and not m.headline
        and dispute_of.get(m.idx) is d
    ]
    best = max(echo, key=lambda m: (_ov(n, m), m.pos), default=None)
    if best is not None and _ov(n, best) >= 3 and _ov(n, best) > lead_ov + 1:
        return [best.idx]
    # A confirmation by the claimant: its own claim.
    if n.stance == "confirmation" and n.side is not None and n.side in claimant_sides:
        own = [c for c in leads if c.side == n.side] or [
            c for c in d.claims if c.speaker == n.speaker and c.speaker is not None
        ]
        if own:
            return [own[0].idx]
    pool = [c for c in leads if c.side != n.side or n.side is None]
    earlier = [c for c in pool if c.pos < n.pos]
    picked = earlier or pool[:1]
    if not picked:
        return []
    # Any further claim of the dispute whose words it repeats.
    out = [c.idx for c in picked]
    lead_ov = max(_ov(n, c) for c in picked)
    extra = []
    for c in d.claims:
        if c.idx in out or c.headline or c.optional or (c.side == n.side and n.side is not None):
            continue
        if c.pos > n.pos and earlier:
            continue
        if not earlier and c.speaker not in {p.speaker for p in picked}:
            continue  # an answer before the report: only the report's own further claims
        ov = _ov(n, c)
        if ov >= 2 and ov >= lead_ov - 1:
            extra.append((ov, c.idx))
    if extra and lead_ov <= 1 and max(extra)[0] > lead_ov:
        # it speaks of one detail only, told in a further claim: that claim alone
        top = max(extra)[0]
        return [i for ov, i in extra if ov == top]
    return out + [i for _, i in extra]


def _backers(n: Node, d: _Dispute, nodes: list[Node], dispute_of: dict[int, _Dispute]) -> set[int]:
    """Sides that made or confirmed a claim of the dispute and denied none of it before n."""
    out = {c.side for c in d.claims if c.side is not None}
    deniers = set()
    for m in nodes:
        if dispute_of.get(m.idx) is not d or m.side is None or m.pos >= n.pos:
            continue
        if m.stance == "confirmation":
            out.add(m.side)
        elif m.stance == "denial":
            deniers.add(m.side)
    return out - (deniers - {c.side for c in d.claims})


def _counter_claim(
    n: Node, nodes: list[Node], dispute_of: dict[int, _Dispute], lead_of: dict[int, list[Node]]
) -> list[int]:
    """A claim made against the answers already given: it denies them."""
    d = dispute_of.get(n.idx)
    if d is None or n.headline or n.optional:
        return []
    leads = lead_of[id(d)]
    if not leads or n in leads:
        return []
    first = leads[0]
    if n.pos < first.pos:
        return []
    between = [
        m
        for m in nodes
        if m.stance == "denial" and first.pos < m.pos < n.pos and not m.headline
        if dispute_of.get(m.idx) is d
    ]
    if not between:
        return []
    denials = [
        m
        for m in nodes
        if m.stance == "denial"
        and m.pos < n.pos
        and not m.headline
        and dispute_of.get(m.idx) is d
        and (m.pos > first.pos or first.idx in m.denies)
    ]
    if n.side is not None and any(m.side == n.side for m in denials):
        # the denying side's own account of what happened: it contradicts the lead claim
        return [first.idx] if first.side != n.side else []
    if n.speaker != first.speaker and n.relay is not None and n.relay == first.speaker:
        # a source of the report, speaking again after the denials: it answers them
        if max(_ov(n, m) for m in denials) >= 2:
            return [m.idx for m in denials if _ov(n, m) >= 1]
    return []


def _backing_claim(
    n: Node, nodes: list[Node], dispute_of: dict[int, _Dispute], lead_of: dict[int, list[Node]]
) -> list[int]:
    """A further source saying what a denied report said (`A Brisan official told reporters
    that ...`): neither the report's own speaker nor the sources it cited, nor a side that
    denied it. Its claim supports the report."""
    d = dispute_of.get(n.idx)
    if d is None or not n.said or n.headline or n.optional:
        return []
    leads = lead_of[id(d)]
    if not leads or n in leads or n.pos < leads[0].pos:
        return []
    lead = leads[0]
    if n.speaker is None or n.speaker == lead.speaker or n.speaker in lead.cited:
        return []
    if n.side is not None and n.side == lead.side:
        return []
    deniers = {
        m.side
        for m in nodes
        if m.stance == "denial" and m.pos < n.pos and not m.headline and dispute_of.get(m.idx) is d
    }
    if not deniers or n.side in deniers:
        return []
    if not any(_ov(n, c) >= 1 for c in d.claims if c is not n):
        return []
    return [lead.idx]
