"""Reads for the analysts' pages: each method carries its own joins and prefetches.

Imported by statements.models, so the models are looked up through `self.model` or imported
inside the methods.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Count, Exists, F, Func, Min, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Greatest, Least

if TYPE_CHECKING:
    from actors.models import Actor
    from statements.models import Statement, Story

CLAIM, DENIAL, CONFIRMATION = "claim", "denial", "confirmation"
# Who says what is speakers x claims: the largest story at 1,000,000 statements has hundreds of
# each (237 x 248 = 58,776 cells for an 805-statement story), so the grid shows this many.
POSITION_CLAIMS = 10
POSITION_SPEAKERS = 30

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


def review_statuses(include: str) -> list[str]:
    """The review statuses an inclusion shows; an unknown inclusion is refused."""
    if include not in INCLUDES:
        raise ValueError(f"include must be one of {', '.join(INCLUDES)}, not {include!r}")
    statuses = {
        INCLUDE_ACCEPTED: ["accepted"],
        INCLUDE_ALL: ["accepted", "proposed"],
        INCLUDE_EVERYTHING: ["accepted", "proposed", "rejected"],
    }
    return statuses[include]


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
            from actors.models import Actor

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


class StoryQuerySet(models.QuerySet["Story"]):
    def listing(self, filters: Filters | None = None) -> StoryQuerySet:
        """Stories newest activity first, with their counts, date range and first claim.

        `matching` and `with_figures` in one query. The story list pages through
        `matching(filters)` alone and adds the figures to the page's 20 stories: PostgreSQL
        computes the SELECT list's subqueries for every row an OFFSET skips, so page 50 of the
        listing with its figures took 5.1 s at 100,000 statements, against 0.4 s for page 1.
        """
        filters = filters or Filters()
        return self.matching(filters).with_figures(filters)

    def matching(self, filters: Filters | None = None) -> StoryQuerySet:
        """The disputed stories the filters keep, newest activity first (no figures).

        Filters keep the stories having a matching statement; only disputed stories are
        listed: something shown is more than a claim (a lone claim nobody answered is a report,
        not a dispute; it keeps its page and is found by search). The dispute test is one
        EXISTS probe per story through the statements' story index: no join, no GROUP BY.
        """
        from statements.models import Statement

        filters = filters or Filters()
        qs = self
        if filters.narrows_statements or filters.include != INCLUDE_DEFAULT:
            matching = Statement.objects.filter(filters.statement_q()).values("story_id")
            qs = qs.filter(pk__in=matching)
        if filters.q:
            from statements.search import matching_statements

            # One IN over a UNION ALL, not an OR of two INs: under an OR PostgreSQL rescans the
            # matching statements for every story (its plan cost 837 million for "report" at
            # 1,000,000 statements); the UNION is read once and semi-joined.
            titled = self.model.objects.filter(title__icontains=filters.q).order_by()
            found = matching_statements(filters.q).order_by().values("story_id")
            qs = qs.filter(pk__in=titled.values("pk").union(found, all=True))
        shown = Q(review_status__in=review_statuses(filters.include))
        qs = qs.filter(
            Exists(Statement.objects.filter(shown, ~Q(stance=CLAIM), story=OuterRef("pk")))
        )
        return qs.order_by(F("last_activity").desc(nulls_last=True), "-pk")

    def with_figures(self, filters: Filters | None = None) -> StoryQuerySet:
        """Each story's counts, date range and first claim, of its shown statements.

        Correlated subqueries through the statement_story_day_idx index, one row per story: a
        join on statements with GROUP BY would aggregate every statement of every story on each
        request (over a second at 1,000,000 statements; see docs/PERFORMANCE.md). The counts
        are of all the story's shown statements (rejected ones are left out by default), not
        only of those the filters matched.
        """
        from statements.models import Statement

        filters = filters or Filters()
        shown = Q(review_status__in=review_statuses(filters.include))
        first_claim = Statement.objects.filter(shown, story=OuterRef("pk"), stance=CLAIM).order_by(
            F("made_on").asc(nulls_last=True), "evidence_start", "pk"
        )
        of_story = Statement.objects.filter(shown, story=OuterRef("pk")).order_by()

        def over_story(
            function: str, column: Any, output: models.Field[Any, Any], **where: Any
        ) -> Any:
            # A plain SQL function, not a Django aggregate: no GROUP BY, one row per story.
            value = Func(column, function=function, output_field=output)
            return Subquery(of_story.filter(**where).annotate(v=value).values("v"))

        def count(**where: Any) -> Any:
            return Coalesce(over_story("COUNT", F("pk"), models.IntegerField(), **where), 0)

        def dated(function: str, pick: type[Func]) -> Any:
            # A statement without its own date was made on its article's day (as the timeline
            # places it), so the range counts it there. Only the undated ones are joined to
            # their article; the dated ones are read from the (story, made_on) index. Each side
            # may be NULL: the Coalesce pairs make Least/Greatest ignore it on every database.
            own = over_story(function, F("made_on"), models.DateField())
            theirs = over_story(
                function, F("article__published"), models.DateField(), made_on__isnull=True
            )
            return pick(Coalesce(own, theirs), Coalesce(theirs, own))

        return self.annotate(
            claims=count(stance=CLAIM),
            denials=count(stance=DENIAL),
            confirmations=count(stance=CONFIRMATION),
            statement_count=count(),
            first_day=dated("MIN", Least),
            last_day=dated("MAX", Greatest),
            claim_text=Subquery(first_claim.values("text")[:1]),
            claim_speaker=Subquery(first_claim.values("speaker__name")[:1]),
        )

    def page_with_figures(self, ids: list[int], filters: Filters | None = None) -> list[Story]:
        """These stories with their figures, in the order of the ids (one query)."""
        found = {story.pk: story for story in self.filter(pk__in=ids).with_figures(filters)}
        return [found[pk] for pk in ids if pk in found]


def _status_lookup(include: str) -> dict[str, Any]:
    """The review-status condition of an inclusion as lookups (none for everything)."""
    if include == INCLUDE_EVERYTHING:
        return {}
    return {"review_status__in": review_statuses(include)}


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


class StatementQuerySet(models.QuerySet["Statement"]):
    def with_context(self) -> StatementQuerySet:
        """Speaker with two levels of affiliation, article, story, links both ways (6 queries)."""
        from actors.models import Affiliation
        from statements.models import StatementLink

        linked = StatementLink.objects.select_related
        return self.select_related("speaker", "article", "story").prefetch_related(
            # Two levels of affiliation: spokeswoman -> ministry -> government (the lane).
            Prefetch(
                "speaker__affiliations",
                queryset=Affiliation.objects.select_related("organisation").prefetch_related(
                    Prefetch(
                        "organisation__affiliations",
                        queryset=Affiliation.objects.select_related("organisation"),
                    )
                ),
            ),
            Prefetch(
                "links_out", queryset=linked("target__speaker", "target__article").order_by("pk")
            ),
            Prefetch("links_in", queryset=linked("source__speaker").order_by("pk")),
        )

    def review_queue(self) -> StatementQuerySet:
        """Statements still proposed, least certain first, with speaker and article (one query)."""
        from statements.models import ReviewStatus

        return (
            self.filter(review_status=ReviewStatus.PROPOSED)
            .select_related("speaker", "article")
            .order_by("confidence", "pk")
        )

    def by_day(self) -> StatementQuerySet:
        """In the order the statements were made; undated ones take their article's date."""
        return self.annotate(day=Coalesce("made_on", "article__published")).order_by(
            F("day").asc(nulls_last=True), "evidence_start", "pk"
        )

    def timeline(self, story: Story, filters: Filters | None = None) -> StatementQuerySet:
        """The story's statements, filtered, in day order, with what the timeline shows."""
        filters = filters or Filters()
        return self.filter(Q(story=story) & filters.statement_q()).with_context().by_day()

    def by_speaker(
        self, actor_id: int, *, include: str = INCLUDE_DEFAULT, speakers: Any = None
    ) -> models.QuerySet[Statement, int]:
        """The ids of one actor's statements, newest first (undated ones at their article's date).

        Ids only, for a paginator: the busiest actor at 1,000,000 statements has 20,127, and
        sorting them as narrow rows takes about 120 ms where sorting them joined to their
        article, story and speaker took 300-390 ms. Fetch a page of them with `in_order`.
        `speakers` (a query of actor ids) widens it to a government's people and institutions.
        """
        who = Q(speaker_id__in=speakers) if speakers is not None else Q(speaker_id=actor_id)
        return (
            self.filter(who, Filters(include=include).statement_q())
            .annotate(day=Coalesce("made_on", "article__published"))
            .order_by(F("day").desc(nulls_last=True), "-pk")
            .values_list("pk", flat=True)
        )

    def in_order(self, ids: list[int]) -> list[Statement]:
        """These statements with their context and day, in the order of the ids (6 queries)."""
        found = (
            self.filter(pk__in=ids)
            .with_context()
            .annotate(day=Coalesce("made_on", "article__published"))
        )
        by_pk = {statement.pk: statement for statement in found}
        return [by_pk[pk] for pk in ids if pk in by_pk]

    def lane_speakers(self, story: Story, filters: Filters | None = None) -> list[Actor]:
        """The speakers of the story's (filtered) statements, first to speak first (3 queries).

        One row per speaker, not per statement, with the two levels of affiliation that place
        a speaker without a country on a side: lanes stay the same on every page of a timeline.
        """
        from actors.models import Actor, Affiliation

        filters = filters or Filters()
        day = Coalesce("statements__made_on", "statements__article__published")
        return list(
            Actor.objects.filter(Q(statements__story=story) & filters.statement_q("statements__"))
            .annotate(first_day=Min(day), first_pk=Min("statements__pk"))
            .order_by(F("first_day").asc(nulls_last=True), "first_pk")
            .prefetch_related(
                Prefetch(
                    "affiliations",
                    queryset=Affiliation.objects.select_related("organisation").prefetch_related(
                        Prefetch(
                            "organisation__affiliations",
                            queryset=Affiliation.objects.select_related("organisation"),
                        )
                    ),
                )
            )
        )

    def positions(
        self,
        story: Story,
        *,
        claims: int = POSITION_CLAIMS,
        speakers: int = POSITION_SPEAKERS,
        include: str = INCLUDE_DEFAULT,
    ) -> Positions:
        """Speakers against the story's most answered claims: claims, denies, confirms or nothing.

        Three queries: the count of claims, the `claims` with most answers, the links to them.
        Rows are the `speakers` taking a position on most of those claims, by name. Only
        statements the inclusion shows count (rejected ones are left out by default).
        """
        from statements.models import StatementLink

        statuses = _status_lookup(include)
        of_story = self.filter(story=story, stance=CLAIM, **statuses)
        claims_total = of_story.count()
        answers = Q(**{f"links_in__source__{k}": v for k, v in statuses.items()})
        shown = list(
            of_story.select_related("speaker")
            .annotate(answers=Count("links_in", filter=answers))
            .order_by("-answers", F("made_on").asc(nulls_last=True), "evidence_start", "pk")[
                :claims
            ]
        )
        # Shown in the order they were made, as the timeline shows them.
        shown.sort(
            key=lambda c: (c.made_on is None, c.made_on or dt.date.min, c.evidence_start, c.pk)
        )
        # The same claim reported by two articles is one column: answers to either count for it.
        same: dict[tuple[int, str], Any] = {}
        folded: dict[int, int] = {}
        for claim in shown:
            key = (claim.speaker_id, " ".join(claim.text.strip("\"'“”‘’ ").lower().split()))
            folded[claim.pk] = same.setdefault(key, claim).pk
        claim_ids = list(folded)
        repeats = [claim for claim in shown if folded[claim.pk] != claim.pk]
        shown = [claim for claim in shown if folded[claim.pk] == claim.pk]
        claims_total -= len(repeats)
        links = StatementLink.objects.filter(
            target_id__in=claim_ids, **{f"source__{k}": v for k, v in statuses.items()}
        ).values_list("source__speaker_id", "source__speaker__name", "target_id", "kind")
        said: dict[int, dict[int, set[str]]] = {}
        names: dict[int, str] = {}
        for claim in shown:
            names[claim.speaker_id] = claim.speaker.name
            said.setdefault(claim.speaker_id, {}).setdefault(claim.pk, set()).add("claims")
        for speaker_id, name, target_id, kind in links:
            names[speaker_id] = name
            said.setdefault(speaker_id, {}).setdefault(folded[target_id], set()).add(kind)
        busiest = sorted(said, key=lambda pk: (-len(said[pk]), names[pk].lower()))[:speakers]
        order = sorted(busiest, key=lambda pk: names[pk].lower())
        rows = [
            PositionRow(pk, names[pk], [position_cell(said[pk].get(c.pk, set())) for c in shown])
            for pk in order
        ]
        return Positions(claims=shown, rows=rows, claims_total=claims_total, actors_total=len(said))


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
