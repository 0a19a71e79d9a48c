"""What analysts follow, what they were told, and the secret tokens of their feed readers."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from actors.models import Actor
from statements.models import Article, Statement, Story


class WatchKind(models.TextChoices):
    ACTOR = "actor", "An actor"
    COUNTRY = "country", "A country"
    STORY = "story", "A story"
    SEARCH = "search", "A saved search"


class WatchWhen(models.TextChoices):
    FILED = "filed", "When it is filed"
    ACCEPTED = "accepted", "When an editor accepts it"


class Watch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watches"
    )
    kind = models.CharField(max_length=10, choices=WatchKind.choices)
    actor = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    with_members = models.BooleanField(
        default=False, help_text="Also the institutions and people that belong to the actor."
    )
    country = models.CharField(max_length=2, blank=True, default="")
    story = models.ForeignKey(
        Story, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    query = models.CharField(max_length=200, blank=True, default="")
    when = models.CharField(max_length=10, choices=WatchWhen.choices, default=WatchWhen.FILED)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=WatchKind.values), name="watch_kind_valid"),
            models.CheckConstraint(condition=Q(when__in=WatchWhen.values), name="watch_when_valid"),
            models.CheckConstraint(
                condition=(Q(kind="actor") & Q(actor__isnull=False))
                | (Q(kind="country") & Q(country__regex=r"^[A-Z]{2}$"))
                | (Q(kind="story") & Q(story__isnull=False))
                | (Q(kind="search") & ~Q(query="")),
                name="watch_target_given",
            ),
        ]
        indexes = [
            # Matching a filed article: the watches of its stories, speakers and countries.
            models.Index(fields=["story"], name="watch_story_idx", condition=Q(kind="story")),
            models.Index(fields=["actor"], name="watch_actor_idx", condition=Q(kind="actor")),
            models.Index(fields=["country"], name="watch_country_idx", condition=Q(kind="country")),
        ]

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("watch_list")

    @property
    def label(self) -> str:
        """What is followed, in words (reads the actor or story when not selected: one query)."""
        if self.kind == WatchKind.ACTOR:
            return f"{self.actor}{' and its people' if self.with_members else ''}"
        if self.kind == WatchKind.STORY:
            return f"the story “{self.story}”"
        if self.kind == WatchKind.COUNTRY:
            return f"country {self.country}"
        return f"the search “{self.query}”"


class Notification(models.Model):
    """One statement one user was told about: at most once per statement's content.

    Re-parsing an article replaces its unreviewed statements with new rows; the content key
    (article, speaker, stance, evidence offsets) is what stays the same, so it is what the
    unique constraint holds (an editor's change of stance or span is news: told again). The
    notification outlives its row (SET NULL) and the next notification run points it at the
    row that took its place.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    statement = models.ForeignKey(
        Statement, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    content_key = models.CharField(max_length=100)
    watch = models.ForeignKey(
        Watch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content_key"], name="notification_once_per_content"
            ),
        ]
        indexes = [
            # The header's unread count and the notifications page, newest first.
            models.Index(fields=["user", "read_at", "-created_at"], name="notification_user_idx"),
            # The digest: what was not e-mailed yet.
            models.Index(
                fields=["user"],
                name="notification_unsent_idx",
                condition=Q(emailed_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: statement {self.statement_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.content_key and self.statement is not None:
            self.content_key = content_key(
                article_id=self.statement.article_id,
                speaker_id=self.statement.speaker_id,
                stance=self.statement.stance,
                evidence_start=self.statement.evidence_start,
                evidence_end=self.statement.evidence_end,
            )
        super().save(*args, **kwargs)


def content_key(
    *, article_id: int, speaker_id: int, stance: str, evidence_start: int, evidence_end: int
) -> str:
    """What makes two statement rows the same statement to a follower (a re-parse's new row)."""
    return f"{article_id}:{speaker_id}:{stance}:{evidence_start}-{evidence_end}"


class PendingNotice(models.Model):
    """The notifications' outbox: a filing or an acceptance whose followers are not told yet.

    Written in the filing's (or review's) transaction; the notify task deletes it when done;
    beat's sweep publishes the task again for a row the broker refused or lost (watch.outbox).
    """

    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    statement = models.ForeignKey(
        Statement, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Bumped by each filing: a task that started before it leaves the row for the next run.
    requested_at = models.DateTimeField(default=timezone.now)
    # When the broker took the job (None: refused, or not published yet).
    enqueued_at = models.DateTimeField(null=True, blank=True)
    sends = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=False, statement__isnull=True)
                | Q(article__isnull=True, statement__isnull=False),
                name="pendingnotice_one_target",
            ),
            models.UniqueConstraint(fields=["article"], name="pendingnotice_article_once"),
            models.UniqueConstraint(fields=["statement"], name="pendingnotice_statement_once"),
        ]
        indexes = [
            # Beat's sweep (watch.beat.sweep_notifications): the oldest unsent first.
            models.Index(fields=["enqueued_at", "requested_at"], name="pendingnotice_due_idx"),
        ]

    def __str__(self) -> str:
        return (
            f"notify article {self.article_id}"
            if self.article_id
            else f"notify {self.statement_id}"
        )


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """A user's feed-reader token (revocable: a new one replaces it) and digest choice."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriber"
    )
    feed_token = models.CharField(max_length=64, unique=True, default=new_token)
    email_digest = models.BooleanField(
        default=False, help_text="Send me an e-mail digest of new notifications."
    )

    def __str__(self) -> str:
        return f"subscriber {self.user_id}"
