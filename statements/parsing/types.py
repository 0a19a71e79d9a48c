"""Frozen result types of the parser: what parse_article returns."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("person", "organisation", "government", "media")
STANCES = ("claim", "denial", "confirmation", "comment")


@dataclass(frozen=True)
class Actor:
    """A person, organisation, government or media outlet named in an article."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Link:
    """A statement's answer to another: the target's id, how, by which rule, how surely."""

    target: str
    relation: str  # "denies" or "confirms"
    rule: str
    confidence: float


@dataclass(frozen=True)
class Statement:
    """One attributed speech act; start/end index the original text."""

    id: str
    speaker: str | None
    stance: str
    text: str
    start: int
    end: int
    date: str | None = None
    denies: tuple[str, ...] = ()
    confirms: tuple[str, ...] = ()
    confidence: float = 0.5
    rule: str = ""  # the speech-act rule that found it
    rules: tuple[str, ...] = ()  # the stance trace: `rule:stance`, first reading first
    links: tuple[Link, ...] = ()  # denies and confirms with the rule that made each
    trace: tuple[str, ...] = ()  # what the parser knew when it made it (confidence.py)
    reasons: tuple[tuple[str, float], ...] = ()  # the trace's strongest weights, strongest first


@dataclass(frozen=True)
class ParseResult:
    """Actors and statements of one article."""

    actors: tuple[Actor, ...] = field(default_factory=tuple)
    statements: tuple[Statement, ...] = field(default_factory=tuple)
