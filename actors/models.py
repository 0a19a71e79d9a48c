"""Actors: the people, organisations, governments and media that make statements."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import Q
from django.urls import reverse

from actors.normalise import normalise_name


class ActorKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation"
    GOVERNMENT = "government", "Government"
    MEDIA = "media", "Media"


class ActorStatus(models.TextChoices):
    # New actors found by the parser wait for an editor; reference data is accepted.
    PROPOSED = "proposed", "Proposed"
    ACCEPTED = "accepted", "Accepted"


class ActorQuerySet(models.QuerySet["Actor"]):
    def governments(self) -> ActorQuerySet:
        return self.filter(kind=ActorKind.GOVERNMENT)

    def named(self, text: str) -> ActorQuerySet:
        """Actors whose name or one of whose aliases contains the text, in any case."""
        text = text.strip()
        by_alias = Alias.objects.filter(name__icontains=text).values("actor_id")
        return self.filter(Q(name__icontains=text) | Q(pk__in=by_alias))

    def rolled_up(self, actor: Actor) -> ActorQuerySet:
        """The actor and, for a government, those who speak for its side (no query until used).

        The same rule as the timeline's lanes: its institutions and people are the actors whose
        affiliations lead to it (two levels: spokeswoman -> ministry -> government) and, when it
        has a country code, the actors of that country other than the media.
        """
        if actor.kind != ActorKind.GOVERNMENT:
            return self.filter(pk=actor.pk)
        members = (
            Q(pk=actor.pk)
            | Q(affiliations__organisation=actor)
            | Q(affiliations__organisation__affiliations__organisation=actor)
        )
        if actor.country:
            members |= Q(country=actor.country) & ~Q(kind=ActorKind.MEDIA)
        return self.filter(members).distinct()

    def members(self, government: Actor, *, shown: int) -> tuple[list[Actor], int]:
        """The first `shown` institutions and people a government rolls up, by name, and how
        many there are (one query: COUNT(*) OVER () counts them before the LIMIT)."""
        rolled_up = self.rolled_up(government).values("pk")
        members = self.filter(pk__in=rolled_up).exclude(pk=government.pk).order_by("name", "pk")
        rows: list[Any] = list(members.annotate(total=models.Window(models.Count("*")))[:shown])
        return rows, rows[0].total if rows else 0

    def with_details(self) -> ActorQuerySet:
        """Actors with their aliases and affiliations prefetched (two extra queries)."""
        return self.prefetch_related(
            "aliases",
            models.Prefetch(
                "affiliations", queryset=Affiliation.objects.select_related("organisation")
            ),
        )


class Actor(models.Model):
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=ActorKind.choices)
    country = models.CharField(
        max_length=2, blank=True, default="", help_text="ISO 3166-1 alpha-2 code, upper case."
    )
    role = models.CharField(max_length=200, blank=True, default="", help_text="Role or title.")
    description = models.TextField(blank=True, default="")
    status = models.CharField(
        max_length=10, choices=ActorStatus.choices, default=ActorStatus.ACCEPTED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=ActorKind.values), name="actor_kind_valid"),
            models.CheckConstraint(
                condition=Q(country="") | Q(country__regex=r"^[A-Z]{2}$"), name="actor_country_iso2"
            ),
        ]
        indexes = [
            # Actor lists filtered by country and kind (stories filter, governments lane).
            models.Index(fields=["country", "kind"], name="actor_country_kind_idx"),
            # Name look-ups when resolving parsed speakers and in the actor list.
            models.Index(fields=["name"], name="actor_name_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("actor_detail", args=[self.pk])


class Alias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalised = models.CharField(max_length=200, editable=False)

    class Meta:
        verbose_name_plural = "aliases"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["actor", "normalised"], name="alias_unique_per_actor"),
        ]
        indexes = [
            # Resolving a parsed name against every actor's aliases.
            models.Index(fields=["normalised"], name="alias_normalised_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.normalised = normalise_name(self.name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Affiliation(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="affiliations")
    organisation = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="members")
    role = models.CharField(max_length=200, blank=True, default="")
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(actor=models.F("organisation")), name="affiliation_not_self"
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="affiliation_dates_ordered",
            ),
            models.UniqueConstraint(
                fields=["actor", "organisation", "role"], name="affiliation_unique"
            ),
        ]

    def __str__(self) -> str:
        role = f" ({self.role})" if self.role else ""
        return f"{self.actor} → {self.organisation}{role}"


__all__ = ["Actor", "ActorKind", "ActorStatus", "Affiliation", "Alias"]
