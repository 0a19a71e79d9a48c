"""Articles, stories, the statements found in articles, and the links between statements."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connection, models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Count, F, Min, Prefetch, Q
from django.db.models.functions import Coalesce, Left
from django.db.models.sql.compiler import SQLCompiler
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from actors.models import Actor, ActorKind, Affiliation
from statements import activity

# Re-exported (`X as X`): the choices are importable from the models, as Django code expects.
from statements.choices import (
    IN_PROGRESS as IN_PROGRESS,
)
from statements.choices import (
    SETTLED as SETTLED,
)
from statements.choices import (
    GroupingOutcome as GroupingOutcome,
)
from statements.choices import (
    IngestStatus as IngestStatus,
)
from statements.choices import (
    LinkKind as LinkKind,
)
from statements.choices import (
    ReviewStatus as ReviewStatus,
)
from statements.choices import (
    Stance as Stance,
)
from statements.choices import (
    StoryKeyKind as StoryKeyKind,
)
from statements.choices import (
    StoryStatus as StoryStatus,
)
from statements.choices import (
    review_statuses as review_statuses,
)
from statements.fulltext import CONFIG, all_words, on_postgres, text_query
from statements.querysets import (
    INCLUDE_ALL,
    INCLUDE_DEFAULT,
    POSITION_CLAIMS,
    POSITION_SPEAKERS,
    Contradictors,
    Filters,
    PositionRow,
    Positions,
    StoryCard,
    StoryFigures,
    _status_lookup,
    position_cell,
)
from statements.reasons import Reason, explain
from statements.templatetags.display import country_name
from statements.textinput import is_http_url


def content_hash(text: str) -> str:
    """Hash of the text with whitespace and case folded: re-pasting the same text de-duplicates."""
    folded = " ".join((text or "").split()).lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


# Full-text search reads this much of a text: a tsvector holds at most 1 MB, and 100,000
# characters of the worst text (distinct two-character CJK words, ~4.7 bytes of tsvector per
# character) stay under it. News articles are far shorter.
SEARCHED_CHARACTERS = 100_000
SEARCH_CONFIG = CONFIG


class PostgresOnly(models.Func):
    """An expression PostgreSQL computes; elsewhere (SQLite) NULL, as search falls back to LIKE."""

    template = "%(expressions)s"
    arity = 1
    output_field = SearchVectorField()

    def as_sqlite(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra: Any
    ) -> tuple[str, tuple[Any, ...]]:
        return "NULL", ()


def search_document(*fields: tuple[str, str]) -> PostgresOnly:
    """A stored tsvector of (field, weight) pairs, English stemming, each text bounded."""
    vectors = [
        SearchVector(Left(name, SEARCHED_CHARACTERS), weight=weight, config=SEARCH_CONFIG)
        for name, weight in fields
    ]
    combined: models.Expression = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return PostgresOnly(combined)


# Reads for the analysts' pages: each method carries its own joins and prefetches.

# An ingest that has not moved for this long is stalled, not running: pages stop polling for it.
LIVE_WINDOW = dt.timedelta(minutes=10)


def overdue_after() -> dt.timedelta:
    """How long an article may stay in one stage of the pipeline: the job's hard time limit."""
    return dt.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)


# ArticleQuerySet.live_in by a story's slug (one placeholder per status of IN_PROGRESS).
LIVE_BY_SLUG = (
    "SELECT 1 FROM statements_article a"  # noqa: S608 (placeholders only, no value)
    " JOIN statements_statement s ON s.article_id = a.id"
    " JOIN statements_story t ON t.id = s.story_id"
    f" WHERE a.status IN ({', '.join(['%s'] * len(IN_PROGRESS))})"
    " AND a.updated_at >= %s AND t.slug = %s LIMIT 1"
)
# When the story's most recently moved article in progress last moved (statements.activity).
LIVE_NEWEST_BY_SLUG = (
    "SELECT max(a.updated_at) FROM statements_article a"  # noqa: S608 (placeholders only)
    " JOIN statements_statement s ON s.article_id = a.id"
    " JOIN statements_story t ON t.id = s.story_id"
    f" WHERE a.status IN ({', '.join(['%s'] * len(IN_PROGRESS))})"
    " AND a.updated_at >= %s AND t.slug = %s"
)


class ArticleQuerySet(models.QuerySet["Article"]):
    def update(self, **kwargs: Any) -> int:
        """The UPDATE, and a new articles' token when it changed a row that a page may show
        (statements.activity): the pipeline's stages are conditional UPDATEs, no signal."""
        rows = super().update(**kwargs)
        if rows and not kwargs.keys() <= activity.UNSEEN_FIELDS:
            activity.articles_changed()
        return rows

    def in_progress(self) -> ArticleQuerySet:
        """Articles still going through the pipeline."""
        return self.filter(status__in=IN_PROGRESS)

    def failed(self) -> ArticleQuerySet:
        """Articles whose ingest failed, most recently failed first."""
        return self.filter(status=IngestStatus.FAILED).order_by("-updated_at", "-pk")

    def overdue(self) -> ArticleQuerySet:
        """Articles in progress that have not moved for longer than the job's hard time limit.

        No live job leaves an article in one stage that long (Celery kills it at the limit), so
        its worker died, its job was lost or none has taken it yet: editors see these in the
        review queue, longest waiting first. Served by article_status_added_idx (status).
        """
        cutoff = timezone.now() - overdue_after()
        return self.in_progress().filter(updated_at__lt=cutoff).order_by("updated_at", "pk")

    def live_in(self, story: Story | str) -> bool:
        """Whether one of this story's own articles is being (re)processed now (one query); the
        story or its slug.

        New articles of other stories, and stalled ones (not moved for LIVE_WINDOW), do not make
        every story page poll.
        """
        recent = timezone.now() - LIVE_WINDOW
        if not isinstance(story, str):
            mine = self.in_progress().filter(updated_at__gte=recent, statements__story=story)
            return mine.exists()
        # By slug on every warm story page (statements.pagecache): the same query in plain SQL,
        # 0.21 ms of CPU per call against 0.66 through the ORM (in-process, 300 calls at 100k).
        with connection.cursor() as cursor:
            since = connection.ops.adapt_datetimefield_value(recent)
            cursor.execute(LIVE_BY_SLUG, [*IN_PROGRESS, since, story])
            return cursor.fetchone() is not None


# Newest activity first, stories never active last: the order story_activity_order_idx holds.
ACTIVITY_ORDER = (F("last_activity").desc(nulls_last=True), "-pk")


class StoryQuerySet(models.QuerySet["Story"]):
    def matching(self, filters: Filters | None = None) -> StoryQuerySet:
        """The disputed stories the filters keep, newest activity first (no figures).

        Filters keep the stories having a matching statement; only disputed stories are
        listed: something shown is more than a claim (a lone claim nobody answered is a report,
        not a dispute; it keeps its page and is found by search). The dispute test reads the
        story's stored summary (statements.summaries keeps it current): a join on its key.
        """
        filters = filters or Filters()
        qs = self
        if filters.narrows_statements or filters.include != INCLUDE_DEFAULT:
            matching = Statement.objects.filter(filters.statement_q()).values("story_id")
            qs = qs.filter(pk__in=matching)
        if filters.q:
            # One IN over a UNION ALL, not an OR of two INs: under an OR PostgreSQL rescans the
            # matching statements for every story (its plan cost 837 million for "report" at
            # 1,000,000 statements); the UNION is read once and semi-joined.
            titled = self.model.objects.filter(title__icontains=filters.q).order_by()
            found = Statement.objects.matching_text(filters.q).order_by().values("story_id")
            qs = qs.filter(pk__in=titled.values("pk").union(found, all=True))
        # The story's stored summary says whether it is disputed for this inclusion.
        qs = qs.filter(**{f"stored_summary__disputed_{filters.include}": True})
        return qs.order_by(*ACTIVITY_ORDER)

    def move_targets(self, own: set[int], *, recent: int = 30) -> list[Story]:
        """These stories, then the most recently active others, for a move menu (two queries)."""
        others = self.exclude(pk__in=own).order_by(*ACTIVITY_ORDER)
        return [*self.filter(pk__in=own), *others[:recent]]

    def cards(self, ids: list[int], include: str = INCLUDE_DEFAULT) -> list[StoryCard]:
        """These stories with their stored figures and names, in the order of the ids.

        Two queries: the stories with their summaries, and the names of the actors and
        governments the figures hold by id or code (a renamed actor shows its new name).
        """
        found = {
            story.pk: story for story in self.filter(pk__in=ids).select_related("stored_summary")
        }
        stories = [found[pk] for pk in ids if pk in found]
        figures = {
            story.pk: (
                story.stored_summary.figures(include)
                if hasattr(story, "stored_summary")
                else StoryFigures()  # not summed up yet: rebuild_summaries fills it
            )
            for story in stories
        }
        actor_ids = set().union(*(f.actor_ids() for f in figures.values()))
        codes = set().union(*(f.countries for f in figures.values()))
        by_pk: dict[int, str] = {}
        by_code: dict[str, str] = {}
        if actor_ids or codes:
            named = Actor.objects.filter(
                Q(pk__in=actor_ids) | Q(kind=ActorKind.GOVERNMENT, country__in=codes)
            ).values_list("pk", "kind", "country", "name")
            for pk, kind, country, name in named:
                by_pk[pk] = name
                if kind == ActorKind.GOVERNMENT and country in codes:
                    by_code.setdefault(country, name)
        cards = []
        for story in stories:
            f = figures[story.pk]
            governments = {by_code.get(c) or country_name(c) for c in f.countries}
            governments |= {by_pk[pk] for pk in f.government_ids if pk in by_pk}
            outlets = set(f.outlets) | {by_pk[pk] for pk in f.media_ids if pk in by_pk}
            speaker = by_pk.get(f.claim_speaker_id, "") if f.claim_speaker_id else ""
            cards.append(StoryCard(story, f, speaker, sorted(governments), sorted(outlets)))
        return cards


class StatementQuerySet(models.QuerySet["Statement"]):
    def with_context(self) -> StatementQuerySet:
        """Speaker with two levels of affiliation, article, story, links both ways (6 queries)."""
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

    def matching_text(self, q: str, include: str | None = None) -> StatementQuerySet:
        """Statements matching the words, unordered: for filtering by (one subquery).

        With `include` (accepted / all / everything, as on the timeline), only statements of those
        review statuses; without it, every status (the story list filters by status itself). On
        PostgreSQL the stored, GIN-indexed search_vector (migration 0006); elsewhere LIKE.
        """
        found = self
        if include == INCLUDE_ALL:
            # The same rows as `review_status IN (accepted, proposed)` (a check constraint names
            # the three statuses), written as an exclusion so that no btree index on the status
            # competes with the text index: the match stays a GIN index scan (test_search).
            found = found.exclude(review_status=ReviewStatus.REJECTED)
        elif include is not None:
            found = found.filter(Filters(include=include).statement_q())
        if on_postgres():
            return found.filter(search_vector=text_query(q))
        return found.filter(all_words(("text",), q))

    def of_article(self, article: Article) -> StatementQuerySet:
        """The article's statements in text order, with speaker, story and links (two queries)."""
        return (
            self.filter(article=article)
            .select_related("speaker", "story")
            .prefetch_related("links_out__target__speaker")
            .order_by("evidence_start", "pk")
        )

    def review_queue(self) -> StatementQuerySet:
        """Statements still proposed, least certain first, with speaker and article (one query)."""
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
        statuses = _status_lookup(include)
        of_story = self.filter(story=story, stance=Stance.CLAIM, **statuses)
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


class Article(models.Model):
    # NULL, not "", for "no URL" / "no text yet": unique constraints ignore NULLs.
    source_url = models.URLField(max_length=2000, null=True, blank=True)  # noqa: DJ001
    outlet = models.CharField(max_length=200, blank=True, default="")
    title = models.CharField(max_length=500, blank=True, default="")
    published = models.DateField(null=True, blank=True)
    raw_text = models.TextField(blank=True, default="", help_text="The text as received.")
    text = models.TextField(
        blank=True, default="", help_text="The cleaned text offsets point into."
    )
    content_hash = models.CharField(max_length=64, null=True, blank=True, editable=False)  # noqa: DJ001
    language = models.CharField(max_length=12, blank=True, default="en")
    status = models.CharField(
        max_length=10, choices=IngestStatus.choices, default=IngestStatus.QUEUED
    )
    error = models.TextField(blank=True, default="")
    # The outbox: when the ingest job was last handed to the broker (NULL: not yet, or the
    # broker refused it). The sweeper enqueues queued articles without it and re-enqueues
    # in-progress ones whose job was handed over long ago (see services.sweep_articles).
    enqueued_at = models.DateTimeField(null=True, blank=True)
    # Runs of the pipeline started since the article was last (re)queued by a person: bounds
    # retries, redeliveries after a lost worker and sweeps (ingest.MAX_ATTEMPTS).
    attempts = models.PositiveSmallIntegerField(default=0, db_default=0)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Search page: computed and stored by PostgreSQL on every write, GIN-indexed (migration
    # 0006, article_vector_search_idx), so a search reads the index instead of parsing texts.
    search_vector = models.GeneratedField(
        expression=search_document(("title", "A"), ("outlet", "B"), ("text", "C")),
        output_field=SearchVectorField(null=True),
        db_persist=True,
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-added_at"]
        constraints = [
            models.UniqueConstraint(fields=["source_url"], name="article_unique_source_url"),
            models.UniqueConstraint(fields=["content_hash"], name="article_unique_content_hash"),
            models.CheckConstraint(
                condition=Q(status__in=IngestStatus.values), name="article_status_valid"
            ),
            # Only web addresses are kept as sources: a javascript: or ftp: one is refused.
            models.CheckConstraint(
                condition=Q(source_url__isnull=True)
                | Q(source_url__istartswith="http://")
                | Q(source_url__istartswith="https://"),
                name="article_source_url_http",
            ),
        ]
        indexes = [
            # Review queue and stalled-job sweeper filter by status, newest first.
            models.Index(fields=["status", "-added_at"], name="article_status_added_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.source_url or f"Article {self.pk}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.raw_text and not self.content_hash:
            self.content_hash = content_hash(self.raw_text)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def get_absolute_url(self) -> str:
        return reverse("article_detail", args=[self.pk])

    @property
    def is_settled(self) -> bool:
        """Whether the pipeline is done with the article, successfully or not."""
        return self.status in SETTLED

    @property
    def is_done(self) -> bool:
        return self.status == IngestStatus.DONE

    @property
    def in_progress(self) -> bool:
        return self.status in IN_PROGRESS

    @property
    def is_overdue(self) -> bool:
        """In progress but not moved for longer than the job's time limit (see `overdue()`)."""
        return self.in_progress and self.updated_at < timezone.now() - overdue_after()

    @property
    def source_link(self) -> str:
        """The source URL if pages may link to it (a well-formed http or https one), else ""."""
        return self.source_url if self.source_url and is_http_url(self.source_url) else ""


class Story(models.Model):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.TextField(blank=True, default="")
    status = models.CharField(max_length=10, choices=StoryStatus.choices, default=StoryStatus.OPEN)
    # Denormalised on each filing so the story list sorts without aggregating statements.
    last_activity = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "stories"
        permissions = [("export_story", "Can export a story dossier")]
        ordering = [F("last_activity").desc(nulls_last=True), "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=StoryStatus.values), name="story_status_valid"
            ),
        ]
        indexes = [
            # The story list (page and API) and the move menus: newest activity first, in the
            # exact order they ask for (`last_activity DESC NULLS LAST, id DESC`). A plain
            # `-last_activity` index is NULLS FIRST and cannot serve that order: PostgreSQL
            # joined and sorted every disputed story for each page.
            models.Index(
                F("last_activity").desc(nulls_last=True),
                F("id").desc(),
                name="story_activity_order_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        if not self.slug:
            self.slug = unique_slug(self.title)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def get_absolute_url(self) -> str:
        return reverse("story_detail", args=[self.slug])

    @property
    def version(self) -> int:
        """The version of what the story's pages show (0 before it is summed up; no query when
        the summary was fetched with it)."""
        summary = getattr(self, "stored_summary", None)
        return summary.version if summary is not None else 0

    @property
    def changed_at(self) -> dt.datetime | None:
        """When the story's statements last changed (its summary's time)."""
        summary = getattr(self, "stored_summary", None)
        return summary.changed_at if summary is not None else None


def unique_slug(title: str) -> str:
    """A slug from the title, suffixed with a number when taken (one query per attempt)."""
    base = (slugify(title)[:100] or "story").strip("-")
    candidate, n = base, 1
    while Story.objects.filter(slug=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class Statement(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    speaker = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="statements")
    stance = models.CharField(max_length=12, choices=Stance.choices)
    text = models.TextField()
    evidence_start = models.PositiveIntegerField()
    evidence_end = models.PositiveIntegerField()
    made_on = models.DateField(null=True, blank=True, help_text="The day the statement was made.")
    confidence = models.FloatField(default=0.5)
    rule = models.CharField(
        max_length=60, blank=True, default="", help_text="The parser rule that found it."
    )
    reasons = models.JSONField(
        default=list,
        # Bulk writers that name their columns (make_synthetic's COPY) get the empty list too.
        db_default=models.Value([], output_field=models.JSONField()),
        blank=True,
        help_text="The parser's strongest reasons for its confidence: [signal, weight] pairs.",
    )
    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PROPOSED
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Search page and the story list's words filter: stored, GIN-indexed (migration 0006,
    # statement_vector_search_idx).
    search_vector = models.GeneratedField(
        expression=search_document(("text", "A")),
        output_field=SearchVectorField(null=True),
        db_persist=True,
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["made_on", "evidence_start", "pk"]
        permissions = [("review_statement", "Can accept, reject and edit statements")]
        constraints = [
            models.CheckConstraint(
                condition=Q(stance__in=Stance.values), name="statement_stance_valid"
            ),
            models.CheckConstraint(
                condition=Q(review_status__in=ReviewStatus.values),
                name="statement_review_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(evidence_end__gt=models.F("evidence_start")),
                name="statement_evidence_ordered",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="statement_confidence_range",
            ),
        ]
        indexes = [
            # Story timeline: a story's statements in day order.
            models.Index(fields=["story", "made_on"], name="statement_story_day_idx"),
            # Actor page: a speaker's statements over time.
            models.Index(fields=["speaker", "made_on"], name="statement_speaker_day_idx"),
            # Review queue and re-parsing: an article's statements by review status.
            models.Index(fields=["article", "review_status"], name="statement_article_review_idx"),
            # Review queue: statements still proposed, least certain first.
            models.Index(
                fields=["confidence", "id"],
                condition=Q(review_status="proposed"),
                name="statement_proposed_conf_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.speaker} ({self.stance}): {self.text[:60]}"

    def get_absolute_url(self) -> str:
        return f"{self.article.get_absolute_url()}#statement-{self.pk}"

    @property
    def is_accepted(self) -> bool:
        return self.review_status == ReviewStatus.ACCEPTED

    @property
    def is_rejected(self) -> bool:
        return self.review_status == ReviewStatus.REJECTED

    @property
    def explained_reasons(self) -> list[Reason]:
        """The parser's reasons for its confidence, in plain words (no query)."""
        return explain(self.reasons)


class StatementLink(models.Model):
    source = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="links_out")
    target = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="links_in")
    kind = models.CharField(max_length=10, choices=LinkKind.choices)
    confidence = models.FloatField(
        null=True, blank=True, help_text="The parser's confidence in the link (none: an editor's)."
    )
    rule = models.CharField(
        max_length=60,
        blank=True,
        default="",
        db_default="",
        help_text="The parser rule that made the link.",
    )

    class Meta:
        constraints = [
            models.CheckConstraint(condition=~Q(source=models.F("target")), name="link_not_self"),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True)
                | (Q(confidence__gte=0) & Q(confidence__lte=1)),
                name="link_confidence_range",
            ),
            models.UniqueConstraint(fields=["source", "target"], name="link_unique_pair"),
            models.CheckConstraint(condition=Q(kind__in=LinkKind.values), name="link_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.source_id} {self.kind} {self.target_id}"


class AuditQuerySet(models.QuerySet["AuditEntry"]):
    def history(
        self, statements: Iterable[Statement], *, each: int
    ) -> list[tuple[Statement, list[AuditEntry]]]:
        """Each statement with its editors' changes, newest first, at most `each` (one query)."""
        by_pk: dict[int, list[AuditEntry]] = {statement.pk: [] for statement in statements}
        entries = (
            self.filter(object_type="statement", object_id__in=by_pk)
            .select_related("user")
            .order_by("-at", "-pk")
        )
        for entry in entries[: each * max(1, len(by_pk))]:
            history = by_pk[entry.object_id]
            if len(history) < each:
                history.append(entry)
        return [(statement, by_pk[statement.pk]) for statement in statements]


class AuditEntry(models.Model):
    """Who changed what and when: every editor action writes one."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=60)
    object_type = models.CharField(max_length=60)
    object_id = models.BigIntegerField()
    details = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-at"]
        verbose_name_plural = "audit entries"
        indexes = [
            # History panel of one object.
            models.Index(fields=["object_type", "object_id", "-at"], name="audit_object_idx"),
        ]

    def __str__(self) -> str:
        target = f"{self.object_type}#{self.object_id}"
        return f"{self.at:%Y-%m-%d %H:%M} {self.user} {self.action} {target}"


class StoryKey(models.Model):
    """One stored key of a story: how grouping finds candidate stories without scanning them."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="keys")
    kind = models.CharField(max_length=6, choices=StoryKeyKind.choices)
    value = models.CharField(max_length=100)
    # A term's rarity weight; for parties and outlets how many of the story's disputes had it.
    weight = models.FloatField(default=0.0)
    count = models.PositiveIntegerField(default=1)
    # The story's latest article day, copied here so a look-up reads the recent stories first.
    active_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["story", "kind", "value"], name="storykey_unique"),
            models.CheckConstraint(
                condition=Q(kind__in=StoryKeyKind.values), name="storykey_kind_valid"
            ),
            models.CheckConstraint(condition=Q(weight__gte=0), name="storykey_weight_positive"),
        ]
        indexes = [
            # Grouping (statements.stories.candidates): stories with this key, most recent first.
            models.Index(fields=["kind", "value", "-active_on"], name="storykey_lookup_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.story_id} {self.kind}:{self.value}"


class GroupingDecision(models.Model):
    """Why a dispute of an article went to its story: the best score, its parts, the runner-up."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="grouping_decisions"
    )
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=10, choices=GroupingOutcome.choices)
    statements = models.JSONField(default=list, blank=True, help_text="The dispute's statements.")
    score = models.FloatField(default=0.0)
    threshold = models.FloatField(default=0.0)
    parts = models.JSONField(default=dict, blank=True)
    runner_up = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=GroupingOutcome.values), name="grouping_outcome_valid"
            ),
        ]
        indexes = [
            # Article page: the grouping decisions of one article.
            models.Index(fields=["article", "created_at"], name="grouping_article_idx"),
            # Grouping (stories.adopt_unassigned): the recent articles no story took, looked at
            # again when a story starts.
            models.Index(
                fields=["-created_at"],
                condition=Q(outcome="unassigned"),
                name="grouping_unassigned_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article_id} {self.outcome} {self.story_id} ({self.score:.2f})"


class TaskDelivery(models.Model):
    """One delivery of a late-acknowledged Celery task that has started and not yet finished.

    A row left behind means the worker died mid-task (killed, out of memory); the poison guard
    (statements.taskguard) counts such deliveries and stops redelivering the message.
    """

    key = models.CharField(max_length=200, help_text="Task id and retry number.")
    task = models.CharField(max_length=200)
    count = models.PositiveSmallIntegerField(default=1)
    first_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key"], name="task_delivery_unique_key")]
        indexes = [
            # The sweeper deletes rows of messages that were never delivered again.
            models.Index(fields=["first_at"], name="task_delivery_first_at_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.task} {self.key} x{self.count}"


class DossierBuildStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    BUILDING = "building", "Building"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"


class DossierBuild(models.Model):
    """One version of a story's dossier in one format: its build state and, once built, its file.

    The row is the background build's outbox and lock (as Article is for ingest): a conditional
    UPDATE on `status` decides which worker builds it, and the file lives in Django's default
    storage (MEDIA_ROOT, or an S3-compatible bucket by setting), shared by web and worker.
    """

    # A build still queued or building this long after it was asked for lost its worker: past
    # the task's hard limit (300 s); shown as stopped, and failed by the sweep.
    STALL_AFTER = dt.timedelta(minutes=6)

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="dossier_builds")
    fmt = models.CharField(max_length=4)
    include = models.CharField(max_length=10)
    variant = models.CharField(
        max_length=24, help_text="Inclusion and filters: older versions of a variant are dropped."
    )
    filters = models.JSONField(default=dict, blank=True)
    version = models.CharField(max_length=64, help_text="Hash of the data the dossier shows.")
    status = models.CharField(
        max_length=10, choices=DossierBuildStatus.choices, default=DossierBuildStatus.QUEUED
    )
    file = models.FileField(max_length=300, blank=True, default="")
    error = models.TextField(blank=True, default="")
    attempts = models.PositiveSmallIntegerField(default=0)
    requested_at = models.DateTimeField(default=timezone.now)
    # When the broker accepted the job; empty while it has not (the sweep publishes it then).
    enqueued_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["story", "fmt", "version"], name="dossier_build_unique_version"
            ),
            models.CheckConstraint(
                condition=Q(status__in=DossierBuildStatus.values), name="dossier_build_status_valid"
            ),
        ]
        indexes = [
            # The beat's sweep: builds still queued or building.
            models.Index(fields=["status", "requested_at"], name="dossier_build_status_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.story_id} {self.fmt} {self.version} {self.status}"

    @property
    def is_ready(self) -> bool:
        return self.status == DossierBuildStatus.READY and bool(self.file)

    @property
    def is_stalled(self) -> bool:
        """Queued or building for longer than any build may take (its worker is gone)."""
        waiting = self.status in (DossierBuildStatus.QUEUED, DossierBuildStatus.BUILDING)
        return waiting and timezone.now() - self.requested_at > self.STALL_AFTER

    @property
    def is_building(self) -> bool:
        waiting = self.status in (DossierBuildStatus.QUEUED, DossierBuildStatus.BUILDING)
        return waiting and not self.is_stalled


class StorySummary(models.Model):
    """A story's figures kept current by every write (statements.summaries), and its version.

    `by_status` holds, per review status, the counts by stance, the first and last day, the first
    claim, the countries, the governments without a country code, the outlets and the media that
    spoke: each inclusion of the pages is the union of its statuses (querysets.StoryFigures).
    `version` grows with every change to the story; cached fragments are keyed by it.
    """

    story = models.OneToOneField(
        # Not "summary": a story's summary is its text.
        Story,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="stored_summary",
    )
    version = models.PositiveIntegerField(default=1)
    changed_at = models.DateTimeField()
    by_status = models.JSONField(default=dict, blank=True)
    # The story list shows disputed stories only: something shown is more than a claim.
    disputed_accepted = models.BooleanField(default=False)
    disputed_all = models.BooleanField(default=False)
    disputed_everything = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "story summaries"

    def __str__(self) -> str:
        return f"{self.story_id} v{self.version}"

    def figures(self, include: str = INCLUDE_DEFAULT) -> StoryFigures:
        """The figures of the statements an inclusion shows (no query)."""
        return StoryFigures.of(self.by_status, review_statuses(include))


class ActorSummaryQuerySet(models.QuerySet["ActorSummary"]):
    def record(self, speakers: Any, *, include: str = INCLUDE_DEFAULT) -> tuple[int, int]:
        """These speakers' statements that the inclusion shows, and the sum of their versions
        (it grows with any change to any of them: the key of their cached pages). One query."""
        fields = [models.F(status) for status in review_statuses(include)]
        found = self.filter(actor__in=speakers).aggregate(
            n=models.Sum(sum(fields[1:], start=fields[0])), version=models.Sum("version")
        )
        return found["n"] or 0, found["version"] or 0

    def statements(self, speakers: Any, *, include: str = INCLUDE_DEFAULT) -> int:
        """How many statements these speakers made that the inclusion shows (one query)."""
        fields = [models.F(status) for status in review_statuses(include)]
        total = sum(fields[1:], start=fields[0])
        return self.filter(actor__in=speakers).aggregate(n=models.Sum(total))["n"] or 0


class ActorSummary(models.Model):
    """An actor's statement counts by review status, kept current by every write, and its
    version (cached fragments of the actor page are keyed by it)."""

    actor = models.OneToOneField(
        Actor, primary_key=True, on_delete=models.CASCADE, related_name="stored_summary"
    )
    version = models.PositiveIntegerField(default=1)
    changed_at = models.DateTimeField()
    accepted = models.PositiveIntegerField(default=0)
    proposed = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)

    objects = ActorSummaryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "actor summaries"

    def __str__(self) -> str:
        return f"{self.actor_id} v{self.version}"


class ContradictionQuerySet(models.QuerySet["Contradiction"]):
    def top(self, *, shown: int) -> tuple[list[Contradiction], int]:
        """The first `shown` pairs, most denials first, and how many pairs there are (one query)."""
        # COUNT(*) OVER () counts the rows before the LIMIT: no second pass.
        rows: list[Any] = list(
            self.annotate(total=models.Window(Count("*"))).order_by("-count", "pk")[:shown]
        )
        return rows, rows[0].total if rows else 0

    def of(self, actor: Actor, *, shown: int) -> tuple[Contradictors, Contradictors]:
        """Who denied this actor's statements, and whom this actor denied, most often first.

        Two queries on the stored pairs (statements.summaries keeps them current).
        """
        by = self.filter(denied=actor).select_related("denier")
        of = self.filter(denier=actor).select_related("denied")
        (by_rows, by_total), (of_rows, of_total) = by.top(shown=shown), of.top(shown=shown)
        return (
            Contradictors([(row.denier, row.count) for row in by_rows], by_total),
            Contradictors([(row.denied, row.count) for row in of_rows], of_total),
        )


class Contradiction(models.Model):
    """How many times one actor's statements denied another's (a pair, kept current)."""

    denier = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="+")
    denied = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="+")
    count = models.PositiveIntegerField()

    objects = ContradictionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["denier", "denied"], name="contradiction_unique_pair"),
            models.CheckConstraint(
                condition=~Q(denier=models.F("denied")), name="contradiction_not_self"
            ),
        ]
        indexes = [
            # Actor page: who denied this actor, most often first (the pair constraint serves
            # the other direction).
            models.Index(fields=["denied", "-count"], name="contradiction_denied_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.denier_id} denied {self.denied_id} x{self.count}"
