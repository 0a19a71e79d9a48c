"""Stage 6: link denials and confirmations to the statements they answer."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Node:
    """A statement as the linker sees it."""

    idx: int
    stance: str
    speaker: int | None
    block: int  # disputes are not linked across blocks
    pos: int
    turn: int | None = None
    question_turn: bool = False
    target_actor: int | None = None
    target_kind: str | None = None  # "accusation" / "account" words of the object
    embedded: int | None = None  # index of a claim it carries
    explicit: bool = False
    report: bool = False  # a report by an outlet or a claim citing sources
    denies: list[int] = field(default_factory=list)
    confirms: list[int] = field(default_factory=list)


def link(nodes: list[Node]) -> None:
    """Fill denies/confirms of each node in place."""
    by_block: dict[int, list[Node]] = {}
    for n in nodes:
        by_block.setdefault(n.block, []).append(n)
    for block_nodes in by_block.values():
        claims = [n for n in block_nodes if n.stance == "claim"]
        if not claims:
            continue
        reports = [c for c in claims if c.report] or claims
        primary = min(reports, key=lambda c: c.pos)
        for n in block_nodes:
            if n.stance not in ("denial", "confirmation"):
                continue
            targets: list[int] = []
            if n.embedded is not None:
                targets.append(n.embedded)
            elif n.target_actor is not None:
                own = [m for m in block_nodes if m.speaker == n.target_actor and m is not n]
                if n.target_kind == "accusation":
                    acc = [m for m in own if m.stance == "claim"]
                    own = acc or own
                cl = [m for m in own if m.stance == "claim"]
                pick = (
                    cl[:1] if cl else [m for m in own if m.stance in ("denial", "confirmation")][:2]
                )
                targets.extend(m.idx for m in pick)
            elif n.target_kind == "accusation":
                prior = [c for c in claims if c.pos < n.pos and c.speaker != n.speaker]
                if prior:
                    targets.append(prior[-1].idx)
            if not targets and n.turn is not None and not n.question_turn:
                asked = [
                    c
                    for c in claims
                    if c.question_turn and c.pos < n.pos and (c.turn or 0) >= (n.turn or 0) - 1
                ]
                targets.extend(c.idx for c in asked)
            if not targets:
                if primary.idx != n.idx:
                    targets.append(primary.idx)
            targets = [t for t in dict.fromkeys(targets) if t != n.idx]
            if n.stance == "denial":
                n.denies = targets
            else:
                n.confirms = targets
