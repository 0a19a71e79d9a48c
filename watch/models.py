"""What analysts follow, what they were told, and the secret tokens of their feed readers."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from actors.models import Actor
from statements.models import Statement, Story


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
    """One statement one user was told about: at most once (a named unique constraint)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    watch = models.ForeignKey(
        Watch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "statement"], name="notification_once"),
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
