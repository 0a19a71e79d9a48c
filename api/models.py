"""Per-user API tokens, stored as SHA-256 digests: the token itself is shown once and never kept."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

# "dmt_" marks a Dementi token (secret scanners and people recognise it); the rest is 32 random
# bytes. A random secret of that length needs no slow password hash: a fast digest is enough.
TOKEN_PREFIX = "dmt_"  # noqa: S105 (a marker, not a secret)
SHOWN_CHARACTERS = 8  # the start of a token kept in clear, so its owner can tell tokens apart


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True, user__is_active=True)

    def find(self, token: str) -> ApiToken | None:
        """The active token with this value, with its user (one query)."""
        return self.active().select_related("user").filter(digest=digest(token)).first()


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, blank=True, default="")
    digest = models.CharField(max_length=64, editable=False)
    start = models.CharField(max_length=SHOWN_CHARACTERS + len(TOKEN_PREFIX), editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Every request looks its token up by digest (this constraint's index).
            models.UniqueConstraint(fields=["digest"], name="apitoken_unique_digest"),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | Q(revoked_at__gte=models.F("created_at")),
                name="apitoken_revoked_after_created",
            ),
        ]
        indexes = [
            # The tokens page: one user's tokens, newest first.
            models.Index(fields=["user", "-created_at"], name="apitoken_user_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.start}… ({self.name or 'unnamed'})"

    @classmethod
    def issue(cls, *, user: object, name: str = "") -> tuple[ApiToken, str]:
        """A new token for the user: the record and the token, which only this caller sees."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        record = cls.objects.create(
            user=user,
            name=name.strip()[:100],
            digest=digest(token),
            start=token[: len(TOKEN_PREFIX) + SHOWN_CHARACTERS],
        )
        return record, token

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def revoke(self) -> None:
        """Revoke the token (idempotent: a revoked token keeps its first revocation time)."""
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
