"""What the reads take and give: the analyst's filters and who-says-what rows (no queries).

The QuerySets themselves live with their models (statements/models.py); this module imports no
model of this app, so models, reads and search do not double back on each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from actors.models import Actor
from statements.choices import (
    INCLUDE_ACCEPTED as INCLUDE_ACCEPTED,
)
from statements.choices import (
    INCLUDE_ALL as INCLUDE_ALL,
)
from statements.choices import (
    INCLUDE_CHOICES as INCLUDE_CHOICES,
)
from statements.choices import (
    INCLUDE_DEFAULT as INCLUDE_DEFAULT,
)
from statements.choices import (
    INCLUDE_EVERYTHING as INCLUDE_EVERYTHING,
)
from statements.choices import (
    INCLUDE_LABELS as INCLUDE_LABELS,
)
from statements.choices import (
    INCLUDES as INCLUDES,
)

# Re-exported (`X as X`): the pages' vocabulary.
from statements.choices import Stance
from statements.choices import (
    review_statuses as review_statuses,
)

# Who says what is speakers x claims: the largest story at 1,000,000 statements has hundreds of
# each (237 x 248 = 58,776 cells for an 805-statement story), so the grid shows this many.
POSITION_CLAIMS = 10
POSITION_SPEAKERS = 30


@dataclass(frozen=True)
class Filters:
    """What the analyst narrowed a list to; every field optional."""

    actor: int | None = None
    who: str = ""  # part of a speaker's name or alias
    country: str = ""
    stance: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    q: str = ""
    include: str = INCLUDE_DEFAULT

    def statement_q(self, prefix: str = "") -> Q:
        """The filters as a Q on Statement (or on a relation to it, given its prefix)."""
        q = Q()
        if self.include != INCLUDE_EVERYTHING:
            q &= Q(**{f"{prefix}review_status__in": review_statuses(self.include)})
        if self.actor:
            q &= Q(**{f"{prefix}speaker_id": self.actor})
        if self.who:
            q &= Q(**{f"{prefix}speaker_id__in": Actor.objects.named(self.who).values("pk")})
        if self.country:
            q &= Q(**{f"{prefix}speaker__country": self.country})
        if self.stance:
            q &= Q(**{f"{prefix}stance": self.stance})
        if self.since:
            q &= Q(**{f"{prefix}made_on__gte": self.since})
        if self.until:
            q &= Q(**{f"{prefix}made_on__lte": self.until})
        return q

    @property
    def narrows_statements(self) -> bool:
        """Whether a statement is left out for more than its review status."""
        return bool(
            self.actor or self.who or self.country or self.stance or self.since or self.until
        )


def _status_lookup(include: str) -> dict[str, Any]:
    """The review-status condition of an inclusion as lookups (none for everything)."""
    if include == INCLUDE_EVERYTHING:
        return {}
    return {"review_status__in": review_statuses(include)}


@dataclass(frozen=True)
class Contradictors:
    """Actors on one side of the denials with one actor, most denials first, and how many."""

    rows: list[tuple[Actor, int]]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class StoryFigures:
    """What the story list shows of a story, for the statements one inclusion shows.

    Built from a StorySummary's `by_status` (statements.summaries writes it): counts add up,
    days and the first claim are the least (greatest) of the statuses', sets are unions. Names
    are ids here (countries as codes, governments, media and the claim's speaker as actor ids)
    so a renamed actor is shown by its new name: `names` resolves them (one query per page).
    """

    claims: int = 0
    denials: int = 0
    confirmations: int = 0
    comments: int = 0
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    claim_text: str = ""
    claim_speaker_id: int | None = None
    # The first claim's review status: the list says when no editor has accepted it yet.
    claim_status: str = ""
    countries: frozenset[str] = frozenset()
    government_ids: frozenset[int] = frozenset()
    outlets: frozenset[str] = frozenset()
    media_ids: frozenset[int] = frozenset()

    @property
    def statements(self) -> int:
        return self.claims + self.denials + self.confirmations + self.comments

    @property
    def disputed(self) -> bool:
        """Whether something shown is more than a claim (the story list's rule)."""
        return self.statements > self.claims

    @classmethod
    def of(cls, by_status: dict[str, Any], statuses: list[str]) -> StoryFigures:
        """The figures of these review statuses' statements (no query)."""
        parts = [by_status[status] for status in statuses if status in by_status]
        counts: dict[str, int] = {}
        for part in parts:
            for stance, n in part["n"].items():
                counts[stance] = counts.get(stance, 0) + n
        firsts = [_day(part["first"]) for part in parts if part["first"]]
        lasts = [_day(part["last"]) for part in parts if part["last"]]
        claims = [
            (*by_status[status]["claim"], status)
            for status in statuses
            if status in by_status and by_status[status]["claim"]
        ]
        # The first claim: made earliest (undated last), then by its place in the text, then id.
        claim = min(claims, key=lambda c: (c[0] is None, c[0] or "", c[1], c[2]), default=None)
        return cls(
            claims=counts.get(Stance.CLAIM, 0),
            denials=counts.get(Stance.DENIAL, 0),
            confirmations=counts.get(Stance.CONFIRMATION, 0),
            comments=counts.get(Stance.COMMENT, 0),
            first_day=min(firsts, default=None),  # type: ignore[type-var]
            last_day=max(lasts, default=None),  # type: ignore[type-var]
            claim_text=claim[3] if claim else "",
            claim_speaker_id=claim[4] if claim else None,
            claim_status=claim[5] if claim else "",
            countries=frozenset(c for part in parts for c in part["countries"]),
            government_ids=frozenset(g for part in parts for g in part["governments"]),
            outlets=frozenset(o for part in parts for o in part["outlets"]),
            media_ids=frozenset(m for part in parts for m in part["media"]),
        )

    def actor_ids(self) -> set[int]:
        """The actors whose names the list shows for this story."""
        ids = set(self.government_ids) | set(self.media_ids)
        return ids | {self.claim_speaker_id} if self.claim_speaker_id else ids


@dataclass(frozen=True)
class StoryCard:
    """A story of the list with its figures and names resolved."""

    story: Any  # statements.models.Story (this module imports no model of the app)
    figures: StoryFigures
    claim_speaker: str
    governments: list[str]
    outlets: list[str]


@dataclass(frozen=True)
class PositionRow:
    actor_id: int
    name: str
    cells: list[str]


@dataclass
class Positions:
    """Who says what: the story's speakers against its claims."""

    claims: list[Any] = field(default_factory=list)
    rows: list[PositionRow] = field(default_factory=list)
    claims_total: int = 0  # the story's claims, shown or not
    actors_total: int = 0  # the actors with a position on the claims shown

    @property
    def claims_left_out(self) -> int:
        return self.claims_total - len(self.claims)

    @property
    def actors_left_out(self) -> int:
        return self.actors_total - len(self.rows)


# A speaker's position on a claim, in this order: "denies+confirms" when they did both.
POSITION_ORDER = ("claims", "denies", "confirms")
POSITION_WORDS = {
    "": "says nothing",
    "claims": "claims",
    "denies": "denies",
    "confirms": "confirms",
    "claims+denies": "claims, then denies",
    "claims+confirms": "claims and confirms",
    "denies+confirms": "both denies and confirms",
    "claims+denies+confirms": "claims, denies and confirms",
}


def position_cell(kinds: set[str] | frozenset[str]) -> str:
    """One cell of who says what: each kind once, in a fixed order ("" for nothing)."""
    return "+".join(kind for kind in POSITION_ORDER if kind in kinds)


def position_words(cell: str) -> str:
    """A cell in words for readers ("both denies and confirms", not "denies+confirms")."""
    return POSITION_WORDS.get(cell, cell.replace("+", " and "))
