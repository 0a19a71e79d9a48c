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

# Re-exported (`X as X`): the pages' vocabulary.
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
class Involved:
    """The governments and outlets involved in a story, by name."""

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
