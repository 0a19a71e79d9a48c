"""Which side a speaker stands on, and the timeline's entries: pure functions over loaded rows.

A side is a government: the speaker's own country, or the government its affiliations lead to
(spokeswoman -> ministry -> government, two levels). Nothing here queries: the callers load the
speakers with their affiliations (`Statement.objects.lane_speakers`, `with_context`).
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from actors.models import Actor, ActorKind
from statements.templatetags.display import country_name, unquoted

if TYPE_CHECKING:  # the models import this module (place) to sum up who is involved
    from statements.models import Statement, StatementLink

# Colours for the sides' lanes (side-1 … side-N in site.css). A side's colour comes from its key
# (the country code), so the United States has the same colour in every story; two sides of one
# story that would share a colour take the next free one, in the order of their keys.
SIDE_COLOURS = 10
# What places an actor on a side: its country, or itself when it is a government (by id: the
# stored summaries resolve names when shown).
PLACE_IDS = ("country", "kind", "pk")


@dataclass(frozen=True)
class Side:
    key: str
    label: str
    css: str
    lane: int


def place(chain: Sequence[Any]) -> tuple[str, Any]:
    """The government a row of PLACE_IDS values gives: the speaker's, then two levels
    of affiliation. ("XX", None) for a country code, ("", id) for a government without
    one, ("", None) when nothing places it."""
    for country, kind, name in (chain[0:3], chain[3:6], chain[6:9]):
        if country:
            return country, None
        if kind == ActorKind.GOVERNMENT:
            return "", name
    return "", None


def _placed(actor: Actor) -> tuple[str, str] | None:
    """The side an actor gives by itself: its country, or itself when it is a government."""
    if actor.country:
        return actor.country, ""
    if actor.kind == ActorKind.GOVERNMENT:
        return f"actor-{actor.pk}", actor.name
    return None


def side_key(speaker: Actor) -> tuple[str, str]:
    """The side a speaker stands on: its country, else the government its affiliations lead to.

    Invented or unrecognised states have no ISO code; their government actor (the speaker itself,
    or the top of spokeswoman -> ministry -> government, two levels prefetched) still gives them
    a lane of their own. Returns (key, label); ("", "") when nothing places the speaker.
    """
    for actor in _chain(speaker):
        side = _placed(actor)
        if side is not None:
            return side
    return "", ""


def _chain(speaker: Actor) -> Iterable[Actor]:
    """The speaker, then each organisation it belongs to, each followed by its own (depth 2)."""
    yield speaker
    for affiliation in speaker.affiliations.all():
        yield affiliation.organisation
        for upper in affiliation.organisation.affiliations.all():
            yield upper.organisation


def side_colour(key: str) -> int:
    """The colour a side prefers: the same for a country in every story (1 … SIDE_COLOURS)."""
    return zlib.crc32(key.encode("utf-8")) % SIDE_COLOURS + 1


def _colours(keys: Iterable[str]) -> dict[str, int]:
    """Each side its preferred colour, the next free one on a clash (stable for a given set)."""
    taken: dict[str, int] = {}
    used: set[int] = set()
    for key in sorted(keys):
        colour = side_colour(key)
        for step in range(SIDE_COLOURS):
            candidate = (colour - 1 + step) % SIDE_COLOURS + 1
            if candidate not in used or len(used) >= SIDE_COLOURS:
                colour = candidate
                break
        used.add(colour)
        taken[key] = colour
    return taken


def sides_of(speakers: Iterable[Actor], names: dict[str, str]) -> dict[int, Side]:
    """Each speaker's side: a lane per government (by country or affiliation chain) in the order
    the speakers come, then others, then the media; each government in its country's colour."""
    keys: dict[str, str] = {}
    of_speaker: dict[int, str] = {}
    for speaker in speakers:
        if speaker.kind == ActorKind.MEDIA:
            of_speaker[speaker.pk] = "media"
            continue
        key, label = side_key(speaker)
        of_speaker[speaker.pk] = key
        if key and key not in keys:
            keys[key] = label or names.get(key) or country_name(key)
    colours = _colours(keys)
    sides = {
        key: Side(key, label, f"side-{colours[key]}", i)
        for i, (key, label) in enumerate(keys.items(), start=1)
    }
    if "" in of_speaker.values():
        sides[""] = Side("", "Others", "side-other", len(sides) + 1)
    if "media" in of_speaker.values():
        sides["media"] = Side("media", "Media", "side-media", len(sides) + 1)
    return {pk: sides[key] for pk, key in of_speaker.items()}


@dataclass(frozen=True)
class Answer:
    """A denial's or confirmation's link to the claim it answers, and whether it came first."""

    link: StatementLink
    claim_day: dt.date | None
    before_claim: bool


@dataclass
class Entry:
    """One statement on the timeline: its side, the repeats folded into it, its answers."""

    statement: Statement
    side: Side
    day: dt.date | None
    answers: list[Answer]
    repeats: list[Statement] = field(default_factory=list)


def _same_statement(statement: Statement) -> tuple[int, str, str]:
    """What makes two statements the same: speaker, stance and words (quotes, case, spacing)."""
    words = " ".join(unquoted(statement.text).lower().split())
    return statement.speaker_id, statement.stance, words


def _answers(statement: Statement, day: dt.date | None) -> list[Answer]:
    """The statement's links out, each marked when it is dated before the claim it answers."""
    answers = []
    for link in statement.links_out.all():
        target = link.target
        target_day = target.made_on or target.article.published
        answers.append(Answer(link, target_day, bool(day and target_day and day < target_day)))
    return answers


def timeline_entries(statements: Iterable[Statement], sides: dict[int, Side]) -> list[Entry]:
    """The page's statements as entries, repeats of one (the same claim reported by two
    articles) folded into the first, which lists the others' sources, so it shows once.

    The statements come from `Statement.objects.timeline` (with context and `day`).
    """
    kept: dict[tuple[int, str, str], Entry] = {}
    out: list[Entry] = []
    for statement in statements:
        same = kept.get(_same_statement(statement))
        if same is not None:
            same.repeats.append(statement)
            continue
        day: dt.date | None = getattr(statement, "day", None)
        entry = Entry(statement, sides[statement.speaker_id], day, _answers(statement, day))
        kept[_same_statement(statement)] = entry
        out.append(entry)
    return out
