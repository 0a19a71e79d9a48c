"""Reads for the analysts' pages: each method carries its own joins and prefetches.

Imported by statements.models, so the models are looked up through `self.model` or imported
inside the methods.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Count, F, Func, Min, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce

if TYPE_CHECKING:
    from actors.models import Actor
    from statements.models import Statement, Story

CLAIM, DENIAL, CONFIRMATION = "claim", "denial", "confirmation"
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

    def statement_q(self, prefix: str = "") -> Q:
        """The filters as a Q on Statement (or on a relation to it, given its prefix)."""
        q = Q()
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
        return bool(
            self.actor or self.who or self.country or self.stance or self.since or self.until
        )


class StoryQuerySet(models.QuerySet["Story"]):
    def listing(self, filters: Filters | None = None) -> StoryQuerySet:
        """Stories newest activity first, with their counts, date range and first claim.

        One query; the counts, dates and claim are correlated subqueries, so PostgreSQL
        computes them only for the page's stories (after the sort and LIMIT, through the
        statement_story_day_idx index) and a paginator's COUNT(*) counts stories alone. A join
        on statements with GROUP BY would aggregate every statement of every story on each
        request (over a second at 1,000,000 statements; see docs/PERFORMANCE.md). Filters keep
        the stories having a matching statement but count all of a story's statements.
        """
        from statements.models import Statement

        filters = filters or Filters()
        qs = self
        if filters.narrows_statements:
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
        first_claim = Statement.objects.filter(story=OuterRef("pk"), stance=CLAIM).order_by(
            F("made_on").asc(nulls_last=True), "evidence_start", "pk"
        )
        of_story = Statement.objects.filter(story=OuterRef("pk")).order_by()

        def over_story(
            function: str, column: str, output: models.Field[Any, Any], **where: Any
        ) -> Any:
            # A plain SQL function, not a Django aggregate: no GROUP BY, one row per story.
            value = Func(F(column), function=function, output_field=output)
            return Subquery(of_story.filter(**where).annotate(v=value).values("v"))

        def count(**where: Any) -> Any:
            return Coalesce(over_story("COUNT", "pk", models.IntegerField(), **where), 0)

        return qs.annotate(
            claims=count(stance=CLAIM),
            denials=count(stance=DENIAL),
            confirmations=count(stance=CONFIRMATION),
            statement_count=count(),
            first_day=over_story("MIN", "made_on", models.DateField()),
            last_day=over_story("MAX", "made_on", models.DateField()),
            claim_text=Subquery(first_claim.values("text")[:1]),
            claim_speaker=Subquery(first_claim.values("speaker__name")[:1]),
        ).order_by(F("last_activity").desc(nulls_last=True), "-pk")


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
            Prefetch("links_out", queryset=linked("target__speaker").order_by("pk")),
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

    def by_speaker(self, actor_id: int) -> models.QuerySet[Statement, int]:
        """The ids of one actor's statements, newest first (undated ones at their article's date).

        Ids only, for a paginator: the busiest actor at 1,000,000 statements has 20,127, and
        sorting them as narrow rows takes about 120 ms where sorting them joined to their
        article, story and speaker took 300-390 ms. Fetch a page of them with `in_order`.
        """
        return (
            self.filter(speaker_id=actor_id)
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
    ) -> Positions:
        """Speakers against the story's most answered claims: claims, denies, confirms or nothing.

        Three queries: the count of claims, the `claims` with most answers, the links to them.
        Rows are the `speakers` taking a position on most of those claims, by name.
        """
        from statements.models import StatementLink

        of_story = self.filter(story=story, stance=CLAIM)
        claims_total = of_story.count()
        shown = list(
            of_story.select_related("speaker")
            .annotate(answers=Count("links_in"))
            .order_by("-answers", F("made_on").asc(nulls_last=True), "evidence_start", "pk")[
                :claims
            ]
        )
        # Shown in the order they were made, as the timeline shows them.
        shown.sort(
            key=lambda c: (c.made_on is None, c.made_on or dt.date.min, c.evidence_start, c.pk)
        )
        claim_ids = [c.pk for c in shown]
        links = StatementLink.objects.filter(target_id__in=claim_ids).values_list(
            "source__speaker_id", "source__speaker__name", "target_id", "kind"
        )
        said: dict[int, dict[int, str]] = {}
        names: dict[int, str] = {}
        for claim in shown:
            names[claim.speaker_id] = claim.speaker.name
            said.setdefault(claim.speaker_id, {})[claim.pk] = "claims"
        for speaker_id, name, target_id, kind in links:
            names[speaker_id] = name
            cell = said.setdefault(speaker_id, {})
            # One speaker both confirming and denying a claim is shown as both.
            previous = cell.get(target_id)
            cell[target_id] = kind if previous in (None, kind) else f"{previous}+{kind}"
        busiest = sorted(said, key=lambda pk: (-len(said[pk]), names[pk].lower()))[:speakers]
        order = sorted(busiest, key=lambda pk: names[pk].lower())
        rows = [PositionRow(pk, names[pk], [said[pk].get(c.pk, "") for c in shown]) for pk in order]
        return Positions(claims=shown, rows=rows, claims_total=claims_total, actors_total=len(said))
