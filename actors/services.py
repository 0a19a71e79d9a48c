"""Writes on actors: atomic, keyword-only services."""

from __future__ import annotations

from django.db import transaction
from django.db.models import ForeignKey

from actors.models import Actor, Affiliation, Alias
from actors.resolve import add_aliases


def add_alias(*, actor: Actor, name: str) -> None:
    """Give `actor` another name (a spelling variant, a short form)."""
    add_aliases(actor, [name])


@transaction.atomic
def merge_actors(*, keep: Actor, merge: Actor) -> Actor:
    """Fold `merge` into `keep`: its names become aliases and every reference moves to `keep`.

    References are found through Django's model metadata, so apps that point at actors (the
    statements app) are re-pointed without this app importing them.
    """
    if keep.pk == merge.pk:
        raise ValueError("An actor cannot be merged into itself.")
    add_aliases(keep, [merge.name, *merge.aliases.values_list("name", flat=True)])
    for field in ("role", "country", "description"):
        if not getattr(keep, field) and getattr(merge, field):
            setattr(keep, field, getattr(merge, field))
    keep.save()
    # Affiliations: move those keep lacks; drop the ones that would link keep to itself.
    for affiliation in Affiliation.objects.filter(actor=merge):
        if (
            affiliation.organisation_id == keep.pk
            or Affiliation.objects.filter(
                actor=keep, organisation_id=affiliation.organisation_id, role=affiliation.role
            ).exists()
        ):
            affiliation.delete()
        else:
            affiliation.actor = keep
            affiliation.save(update_fields=["actor"])
    for affiliation in Affiliation.objects.filter(organisation=merge):
        if (
            affiliation.actor_id == keep.pk
            or Affiliation.objects.filter(
                actor_id=affiliation.actor_id, organisation=keep, role=affiliation.role
            ).exists()
        ):
            affiliation.delete()
        else:
            affiliation.organisation = keep
            affiliation.save(update_fields=["organisation"])
    for relation in Actor._meta.related_objects:
        model = relation.related_model
        if model in (Alias, Affiliation) or not isinstance(relation.field, ForeignKey):
            continue
        model._default_manager.filter(**{relation.field.name: merge}).update(
            **{relation.field.name: keep}
        )
    merge.delete()
    return keep
