"""The values a column may hold: statuses, stances, link kinds, and what a page includes.

A module of its own, imported by the models, the reads and the pipeline alike, so none of them
copies a value as a string.
"""

from __future__ import annotations

from django.db import models


class IngestStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    FETCHING = "fetching", "Fetching"
    PARSING = "parsing", "Parsing"
    FILING = "filing", "Filing"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class StoryStatus(models.TextChoices):
    OPEN = "open", "Open"
    SETTLED = "settled", "Settled"
    ARCHIVED = "archived", "Archived"


class Stance(models.TextChoices):
    CLAIM = "claim", "Claim"
    DENIAL = "denial", "Denial"
    CONFIRMATION = "confirmation", "Confirmation"
    COMMENT = "comment", "Comment"


class ReviewStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class LinkKind(models.TextChoices):
    DENIES = "denies", "Denies"
    CONFIRMS = "confirms", "Confirms"


class StoryKeyKind(models.TextChoices):
    PARTY = "party", "Party"  # an actor ("a:12") or a country ("c:BG") with a part in the dispute
    TERM = "term", "Claim term"  # a meaning-bearing word, name or number of its statements
    OUTLET = "outlet", "Outlet"  # an outlet that published one of its articles (references back)


class GroupingOutcome(models.TextChoices):
    JOINED = "joined", "Joined an open story"
    STARTED = "started", "Started a new story"
    UNASSIGNED = "unassigned", "Left outside any story"


# An article in these statuses is still going through the pipeline.
IN_PROGRESS = (
    IngestStatus.QUEUED,
    IngestStatus.FETCHING,
    IngestStatus.PARSING,
    IngestStatus.FILING,
)
# Settled: the pipeline is done with it, successfully or not.
SETTLED = (IngestStatus.DONE, IngestStatus.FAILED)

# Which statements the analysts' pages and the dossier show, by review status. The pages and the
# dossier share the vocabulary (and the URL parameter `include`), so a dossier exported from a
# page holds what the page showed. The default leaves out rejected statements only.
INCLUDE_ACCEPTED, INCLUDE_ALL, INCLUDE_EVERYTHING = "accepted", "all", "everything"
INCLUDES = (INCLUDE_ACCEPTED, INCLUDE_ALL, INCLUDE_EVERYTHING)
INCLUDE_DEFAULT = INCLUDE_ALL
INCLUDE_CHOICES = [
    (INCLUDE_ALL, "Accepted and unreviewed"),
    (INCLUDE_ACCEPTED, "Accepted only"),
    (INCLUDE_EVERYTHING, "All, rejected too"),
]
INCLUDE_LABELS = {
    INCLUDE_ACCEPTED: "Accepted statements only (unreviewed and rejected ones are left out)",
    INCLUDE_ALL: "Accepted and unreviewed statements (rejected ones are left out)",
    INCLUDE_EVERYTHING: "All statements: accepted, unreviewed and rejected",
}
_INCLUDED = {
    INCLUDE_ACCEPTED: [ReviewStatus.ACCEPTED],
    INCLUDE_ALL: [ReviewStatus.ACCEPTED, ReviewStatus.PROPOSED],
    INCLUDE_EVERYTHING: [ReviewStatus.ACCEPTED, ReviewStatus.PROPOSED, ReviewStatus.REJECTED],
}


def review_statuses(include: str) -> list[str]:
    """The review statuses an inclusion shows; an unknown inclusion is refused."""
    if include not in INCLUDES:
        raise ValueError(f"include must be one of {', '.join(INCLUDES)}, not {include!r}")
    return list(_INCLUDED[include])
