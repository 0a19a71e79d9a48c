"""The typed document the passes after the speech acts work on: one Row per statement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from .attribute import Frame
from .resolve import MActor
from .rules import on

Stance = Literal["claim", "denial", "confirmation", "comment"]
Relation = Literal["denies", "confirms"]


@dataclass(slots=True, eq=False)
class LinkOut:
    """One answer link of a statement with the rule that made it."""

    target: int  # index of the answered row
    relation: Relation
    rule: str
    confidence: float


@dataclass(slots=True, eq=False)
class Row:
    """A statement while the article is being read (mutable, in text order once sorted)."""

    frame: Frame
    actor: MActor | None
    start: int  # span in the cleaned text
    end: int
    text: str  # the statement's words (the whole span)
    content: str  # what was said, without the attribution
    shown: str  # the words shown for it (`text`, or `content` after a long attribution)
    stance: Stance
    block: int  # disputes are never linked across blocks (a digest's labelled sections)
    rules: list[str] = field(default_factory=list)  # the stance trace, first reading first
    date: dt.date | None = None
    target: MActor | None = None  # whose account it names (`the navy's account`)
    emb: MActor | None = None  # speaker of a claim carried inside it (`a report by X that`)
    relay: MActor | None = None  # the outlet it was told to
    cited: frozenset[int] = frozenset()  # actors cited as its sources
    embedded_of: Row | None = None  # the denial this claim was carried in
    emb_new: Row | None = None  # the claim created from what this one carries
    side: int | None = None  # the root of the speaker's affiliation chain
    links: list[LinkOut] = field(default_factory=list)

    @property
    def pos(self) -> int:
        """Where the statement begins: the reading order."""
        return self.start

    def restated(self) -> bool:
        """An accusation told again (`repeated his claim`): it states no new proposition."""
        return any(r.startswith("restated-accusation:") for r in self.rules)

    def set_stance(self, stance: Stance, rule: str) -> bool:
        """Change the stance under a named rule (unless it is switched off); True if applied."""
        if not on(rule):
            return False
        if stance != self.stance or not self.rules:
            self.rules.append(f"{rule}:{stance}")
        self.stance = stance
        return True
