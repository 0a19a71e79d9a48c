"""Articles, stories, the statements found in articles, and the links between statements."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import Q
from django.db.models.functions import Left
from django.db.models.sql.compiler import SQLCompiler
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from actors.models import Actor
from statements.querysets import StatementQuerySet, StoryQuerySet
from statements.reasons import Reason, explain
from statements.textinput import is_http_url


def content_hash(text: str) -> str:
    """Hash of the text with whitespace and case folded: re-pasting the same text de-duplicates."""
    folded = " ".join((text or "").split()).lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


# Full-text search reads this much of a text: a tsvector holds at most 1 MB, and 100,000
# characters of the worst text (distinct two-character CJK words, ~4.7 bytes of tsvector per
# character) stay under it. News articles are far shorter.
SEARCHED_CHARACTERS = 100_000
SEARCH_CONFIG = "english"


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


class IngestStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    FETCHING = "fetching", "Fetching"
    PARSING = "parsing", "Parsing"
    FILING = "filing", "Filing"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


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
    def source_link(self) -> str:
        """The source URL if pages may link to it (a well-formed http or https one), else ""."""
        return self.source_url if self.source_url and is_http_url(self.source_url) else ""


class StoryStatus(models.TextChoices):
    OPEN = "open", "Open"
    SETTLED = "settled", "Settled"
    ARCHIVED = "archived", "Archived"


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
        ordering = ["-last_activity", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=StoryStatus.values), name="story_status_valid"
            ),
        ]
        indexes = [
            # The story list: newest activity first.
            models.Index(fields=["-last_activity", "-id"], name="story_activity_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        if not self.slug:
            self.slug = unique_slug(self.title)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def get_absolute_url(self) -> str:
        return reverse("story_detail", args=[self.slug])


def unique_slug(title: str) -> str:
    """A slug from the title, suffixed with a number when taken (one query per attempt)."""
    base = (slugify(title)[:100] or "story").strip("-")
    candidate, n = base, 1
    while Story.objects.filter(slug=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class Stance(models.TextChoices):
    CLAIM = "claim", "Claim"
    DENIAL = "denial", "Denial"
    CONFIRMATION = "confirmation", "Confirmation"
    COMMENT = "comment", "Comment"


class ReviewStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


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
    def explained_reasons(self) -> list[Reason]:
        """The parser's reasons for its confidence, in plain words (no query)."""
        return explain(self.reasons)


class LinkKind(models.TextChoices):
    DENIES = "denies", "Denies"
    CONFIRMS = "confirms", "Confirms"


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


class StoryKeyKind(models.TextChoices):
    PARTY = "party", "Party"  # an actor ("a:12") or a country ("c:BG") with a part in the dispute
    TERM = "term", "Claim term"  # a meaning-bearing word, name or number of its statements
    OUTLET = "outlet", "Outlet"  # an outlet that published one of its articles (references back)


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


class GroupingOutcome(models.TextChoices):
    JOINED = "joined", "Joined an open story"
    STARTED = "started", "Started a new story"
    UNASSIGNED = "unassigned", "Left outside any story"


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
