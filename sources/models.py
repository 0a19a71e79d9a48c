"""Feeds followed automatically, the entries read from them, and the hosts they live on."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from statements.models import Article


class SourceQuerySet(models.QuerySet["Source"]):
    def due(self, now: object) -> SourceQuerySet:
        """Enabled sources whose next poll is due and that no worker is polling."""
        return self.filter(enabled=True, polling_since__isnull=True).filter(
            Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
        )


# The outcome of a source's last poll, in words for the sources page.
POLL_STATES = {
    "ok": "Read",
    "warning": "Read, with problems",
    "not_modified": "Unchanged since the last poll",
    "failed": "Failed",
    "unreachable": "Could not reach the site",
    "not_a_feed": "Not a feed",
    "robots": "Refused by robots.txt",
    "error": "Internal error",
}


class Source(models.Model):
    """An RSS or Atom feed polled on a schedule; its health is what the sources page shows."""

    url = models.URLField(max_length=2000, unique=True)
    name = models.CharField(max_length=200)
    outlet = models.CharField(
        max_length=200, blank=True, default="", help_text="Empty: the feed's own title."
    )
    country = models.CharField(
        max_length=2, blank=True, default="", help_text="Two-letter code (ISO 3166), optional."
    )
    interval_minutes = models.PositiveIntegerField(default=30)
    enabled = models.BooleanField(default=True)
    # Conditional GET: the validators the server gave with the last full answer.
    etag = models.CharField(max_length=500, blank=True, default="")
    last_modified = models.CharField(max_length=100, blank=True, default="")
    # The claim: set by the one conditional UPDATE that lets a poll start, cleared when it ends.
    # A claim older than POLL_LEASE (a killed worker) may be taken again.
    polling_since = models.DateTimeField(null=True, blank=True)
    next_poll_at = models.DateTimeField(null=True, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(max_length=20, blank=True, default="")
    last_error = models.TextField(blank=True, default="")
    failures = models.PositiveIntegerField(default=0, help_text="Failed polls in a row.")
    flagged = models.BooleanField(
        default=False, help_text="Failed too often in a row: polled with exponential back-off."
    )
    entries_found = models.PositiveIntegerField(default=0)
    articles_made = models.PositiveIntegerField(default=0)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(url__istartswith="http://") | Q(url__istartswith="https://"),
                name="source_url_http",
            ),
            models.CheckConstraint(
                condition=Q(interval_minutes__gte=1), name="source_interval_positive"
            ),
        ]
        indexes = [
            # Beat's round (poll_due_sources): enabled sources by next due time.
            models.Index(fields=["enabled", "next_poll_at"], name="source_due_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("source_detail", args=[self.pk])

    @property
    def state_label(self) -> str:
        """The last poll's outcome in words ("" before the first poll)."""
        return POLL_STATES.get(self.last_status, self.last_status)

    @property
    def healthy(self) -> bool:
        return self.last_status in ("ok", "not_modified")


class Host(models.Model):
    """One web host polled: its politeness slot and its robots.txt, cached."""

    name = models.CharField(max_length=300, unique=True, help_text="host:port")
    next_request_at = models.DateTimeField(null=True, blank=True)
    robots_txt = models.TextField(blank=True, default="")
    # "" = allow all (no robots.txt); "deny" = robots.txt unreachable, try again later.
    robots_state = models.CharField(max_length=10, blank=True, default="")
    robots_fetched_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name


class EntryState(models.TextChoices):
    PENDING = "pending", "Waiting to be read"
    SUBMITTED = "submitted", "New article"
    DUPLICATE = "duplicate", "Same as an article already here"
    SKIPPED = "skipped", "Skipped"
    FAILED = "failed", "Failed"


class FeedEntry(models.Model):
    """One item of a feed; the article it became (or matched), or why it became none."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="entries")
    guid = models.CharField(max_length=2000, help_text="The entry's id, else its link.")
    url = models.URLField(max_length=2000, blank=True, default="")
    title = models.CharField(max_length=500, blank=True, default="")
    published = models.DateField(null=True, blank=True)
    state = models.CharField(max_length=10, choices=EntryState.choices, default=EntryState.PENDING)
    note = models.TextField(blank=True, default="")
    # Reads of its page that failed for a reason worth retrying (a 5xx, a timeout); after
    # SOURCES_ENTRY_MAX_ATTEMPTS the entry fails with the last reason.
    attempts = models.PositiveSmallIntegerField(default=0)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="feed_entries"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "feed entries"
        constraints = [
            models.UniqueConstraint(fields=["source", "guid"], name="feedentry_unique_guid"),
            models.CheckConstraint(
                condition=Q(state__in=EntryState.values), name="feedentry_state_valid"
            ),
        ]
        indexes = [
            # A poll reads its source's pending entries, oldest first.
            models.Index(fields=["source", "state", "id"], name="feedentry_pending_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or self.guid
