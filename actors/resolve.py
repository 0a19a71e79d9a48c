"""Names to actors: exact aliases first, then spelling variants with rapidfuzz, else a new actor."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from actors.models import Actor, ActorKind, ActorStatus, Affiliation, Alias
from actors.normalise import normalise_name

# Organisations and outlets: whole names this close (rapidfuzz ratio) are one spelling apart.
FUZZY_CUTOFF = 92.0
# People: surnames this close (Jaro-Winkler) with the same first name are one person.
SURNAME_CUTOFF = 0.9
# Bounds the fuzzy candidates read per name, whatever the registry size.
FUZZY_CANDIDATES = 2000


@dataclass(frozen=True)
class ParsedActor:
    """An actor as the parser reports it, ready to resolve (statements.ingest.parsed_actor)."""

    key: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    country: str = ""
    affiliation: str | None = None

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Resolution:
    actors: dict[str, Actor] = field(default_factory=dict)
    created: list[Actor] = field(default_factory=list)


def _exact(names: Sequence[str], kind: str) -> Actor | None:
    # A person's lone surname or role word ("Ortiz", "the spokeswoman") names too many people
    # across articles; only full names match. Places and institutions match on any alias.
    keys = {
        key
        for i, name in enumerate(names)
        if (key := normalise_name(name))
        and (kind != ActorKind.PERSON or i == 0 or len(key.split()) >= 2)
    }
    if not keys:
        return None
    # One query: actors of this kind whose name or an alias matches any of the names.
    by_alias = Actor.objects.filter(kind=kind, aliases__normalised__in=keys).order_by("pk").first()
    if by_alias is not None:
        return by_alias
    for actor in Actor.objects.filter(kind=kind).filter(name__in=list(names)).order_by("pk")[:1]:
        return actor
    return None


def _fuzzy(parsed: ParsedActor) -> Actor | None:
    """A spelling variant of a multi-word name, within the same kind.

    People: the same first name and a surname a transliteration away (Jaro-Winkler >= 0.9:
    Zakharova/Zaharova, Haddou/Hadou, but not Brown/Bowen). Others: the whole name nearly equal.
    """
    key = normalise_name(parsed.name)
    words = key.split()
    if len(words) < 2:
        return None  # single words ("Moura") are too ambiguous to match fuzzily
    prefix = f"{words[0]} " if parsed.kind == ActorKind.PERSON else key[:1]
    rows = list(
        Alias.objects.filter(actor__kind=parsed.kind, normalised__startswith=prefix).values_list(
            "normalised", "actor_id"
        )[:FUZZY_CANDIDATES]
    )
    rows += [
        (normalise_name(name), pk)
        for name, pk in Actor.objects.filter(
            kind=parsed.kind, name__istartswith=prefix.strip()
        ).values_list("name", "pk")[:FUZZY_CANDIDATES]
    ]
    best_pk, best = None, 0.0
    for name, pk in rows:
        other = name.split()
        if parsed.kind == ActorKind.PERSON:
            if len(other) < 2 or other[0] != words[0] or other[-1][:1] != words[-1][:1]:
                continue
            score = JaroWinkler.similarity(words[-1], other[-1])
            if score >= SURNAME_CUTOFF and score > best:
                best_pk, best = pk, score
        else:
            score = fuzz.ratio(key, name)
            if score >= FUZZY_CUTOFF and score > best:
                best_pk, best = pk, score
    return Actor.objects.filter(pk=best_pk).first() if best_pk else None


def add_aliases(actor: Actor, names: Iterable[str]) -> None:
    """Add names the actor does not have yet (by normalised form)."""
    have = set(actor.aliases.values_list("normalised", flat=True)) | {normalise_name(actor.name)}
    for name in names:
        key = normalise_name(name)
        if key and key not in have:
            have.add(key)
            Alias.objects.create(actor=actor, name=name)


@transaction.atomic
def resolve_actors(parsed: Sequence[ParsedActor]) -> Resolution:
    """Match each parsed actor to the registry (creating proposed actors), then affiliations."""
    result = Resolution()
    for item in parsed:
        actor = _exact(item.names(), item.kind) or _fuzzy(item)
        if actor is None:
            actor = Actor.objects.create(
                name=item.name,
                kind=item.kind,
                role=item.role,
                country=item.country,
                status=ActorStatus.PROPOSED,
            )
            result.created.append(actor)
        else:
            changed = []
            if item.role and not actor.role:
                actor.role = item.role
                changed.append("role")
            if item.country and not actor.country:
                actor.country = item.country
                changed.append("country")
            if changed:
                actor.save(update_fields=[*changed, "updated_at"])
        add_aliases(actor, item.names())
        result.actors[item.key] = actor
    for item in parsed:
        parent = result.actors.get(item.affiliation or "")
        actor = result.actors[item.key]
        if parent is not None and parent.pk != actor.pk:
            Affiliation.objects.get_or_create(
                actor=actor, organisation=parent, role=item.role, defaults={}
            )
    return result
