"""Stored summaries of stories and actors, refreshed in the writer's transaction.

Every write that changes statements (filing, review, edits, moves, merges, splits) names the
stories and actors it changed; their summaries are recomputed from their own statements (a few
indexed aggregates per call, bounded by the size of one story or one actor, not by the data
set) and their versions grow by one. Pages read the figures from the summaries instead of
aggregating per request, and key their cached fragments by the versions (statements.fragments),
so a reader after the commit never meets a fragment of before it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, F, Max, Min, Q
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from actors.models import ActorKind
from statements.choices import (
    INCLUDE_ACCEPTED,
    INCLUDE_ALL,
    INCLUDE_EVERYTHING,
    LinkKind,
    ReviewStatus,
    Stance,
    review_statuses,
)
from statements.lanes import PLACE_IDS, place
from statements.models import (
    ActorSummary,
    Contradiction,
    Statement,
    StatementLink,
    Story,
    StorySummary,
)
from statements.querysets import StoryFigures

# The advisory lock that serialises rewrites of the denial pairs (an arbitrary constant).
PAIRS_LOCK = 18_0011
# Stories or actors recomputed per round of queries by the rebuild command.
BATCH = 500
_DISPUTED = {
    INCLUDE_ACCEPTED: "disputed_accepted",
    INCLUDE_ALL: "disputed_all",
    INCLUDE_EVERYTHING: "disputed_everything",
}


# A token for the whole content, made new whenever any story's or actor's version grows: what
# depends on every story at once (the story list's page of ids and count, the countries of its
# filter) is cached under it. A random token, not a counter, so that one lost from the cache and
# made again never matches an entry of before.
CONTENT_VERSION = "summaries:content-version"
# What is cached under the token lives this long at most (seconds): a writer whose cache is not
# the web's (a worker started without CACHE_URL) renews no token, and a stale list then lasts a
# minute, not a day. Every process that writes must share CACHE_URL (compose gives it to all).
CONTENT_TIMEOUT = 60


def content_version() -> str:
    """The current content token (made when missing)."""
    token: str | None = cache.get(CONTENT_VERSION)
    if token is None:
        cache.add(CONTENT_VERSION, uuid.uuid4().hex, None)
        token = cache.get(CONTENT_VERSION) or ""
    return token


def content_changed() -> None:
    """A new content token now and again after the commit: a reader that met the new token
    before the commit and cached what it read from the rows of before is not believed after."""
    cache.set(CONTENT_VERSION, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(CONTENT_VERSION, uuid.uuid4().hex, None))


def _renamed(**kwargs: Any) -> None:
    content_changed()


def connect() -> None:
    """A new content token when an actor, an alias, an affiliation or a story is saved or deleted
    outside the services (the admin: a rename bumps no version): the search's cached results
    and the whole story and actor pages (statements.pagecache) are keyed by the token."""
    from actors.models import Actor, Affiliation, Alias

    for model in (Actor, Alias, Affiliation, Story):
        uid = f"summaries-content-{model.__name__}"
        post_save.connect(_renamed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_renamed, sender=model, dispatch_uid=f"{uid}-delete")


def changed(*, stories: Iterable[int | None] = (), actors: Iterable[int | None] = ()) -> None:
    """Refresh the summaries (and bump the versions) of these stories and actors."""
    refresh_stories(stories)
    refresh_actors(actors)


def actors_changed(actor_ids: Iterable[int | None]) -> None:
    """After an edit of actors themselves (a name, a kind, a country, an affiliation, a merge):
    their figures and the stories they speak in are recomputed (a side may have changed), and
    every other page gets a new version too, since any page may show their names."""
    ids = _ids(actor_ids)
    stories = Statement.objects.filter(speaker_id__in=ids, story__isnull=False).order_by()
    for chunk in _batched(sorted(set(stories.values_list("story_id", flat=True))), BATCH):
        refresh_stories(chunk)
    refresh_actors(ids)
    bump_everything()


def _batched(ids: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _ids(values: Iterable[int | None]) -> list[int]:
    return sorted({value for value in values if value})


def _empty() -> dict[str, Any]:
    return {
        "n": {},
        "first": None,
        "last": None,
        "claim": None,
        "countries": set(),
        "governments": set(),
        "outlets": set(),
        "media": set(),
    }


def story_data(ids: list[int]) -> dict[int, dict[str, dict[str, Any]]]:
    """Each story's by_status, computed from its statements (three queries)."""
    data: dict[int, dict[str, dict[str, Any]]] = {pk: {} for pk in ids}

    def part(story_id: int, status: str) -> dict[str, Any]:
        return data[story_id].setdefault(status, _empty())

    of_stories = Statement.objects.filter(story_id__in=ids).order_by()
    counts = (
        of_stories.annotate(day=Coalesce("made_on", "article__published"))
        .values("story_id", "review_status", "stance")
        .annotate(n=Count("pk"), first=Min("day"), last=Max("day"))
    )
    for row in counts:
        entry = part(row["story_id"], row["review_status"])
        entry["n"][row["stance"]] = row["n"]
        if row["first"] is not None:
            day = row["first"].isoformat()
            entry["first"] = min(entry["first"], day) if entry["first"] else day
        if row["last"] is not None:
            day = row["last"].isoformat()
            entry["last"] = max(entry["last"], day) if entry["last"] else day
    # The first claim of each status, in the story list's order: made earliest (undated last),
    # then by its place in the article's text.
    claims = of_stories.filter(stance=Stance.CLAIM).values_list(
        "story_id", "review_status", "made_on", "evidence_start", "pk", "text", "speaker_id"
    )
    for story_id, status, made_on, start, pk, text, speaker_id in claims.iterator():
        entry = part(story_id, status)
        claim = [made_on.isoformat() if made_on else None, start, pk, text, speaker_id]
        held = entry["claim"]
        if held is None or (claim[0] is None, claim[0] or "", start, pk) < (
            held[0] is None,
            held[0] or "",
            held[1],
            held[2],
        ):
            entry["claim"] = claim
    first, second = (
        "speaker__affiliations__organisation",
        "speaker__affiliations__organisation__affiliations__organisation",
    )
    places = of_stories.values_list(
        "story_id",
        "review_status",
        "article__outlet",
        *(f"{level}__{column}" for level in ("speaker", first, second) for column in PLACE_IDS),
    ).distinct()
    for story_id, status, outlet, *chain in places.iterator():
        entry = part(story_id, status)
        if outlet:
            entry["outlets"].add(outlet)
        if chain[1] == ActorKind.MEDIA:
            entry["media"].add(chain[2])
            continue
        code, government = place(chain)
        if code:
            entry["countries"].add(code)
        elif government:
            entry["governments"].add(government)
    for by_status in data.values():
        for entry in by_status.values():
            for key in ("countries", "governments", "outlets", "media"):
                entry[key] = sorted(entry[key])
    return data


def refresh_stories(story_ids: Iterable[int | None]) -> None:
    """Recompute these stories' summaries and bump their versions (four queries and a write)."""
    ids = _ids(story_ids)
    if not ids:
        return
    content_changed()
    with transaction.atomic():
        ids = list(Story.objects.filter(pk__in=ids).values_list("pk", flat=True))
        now = timezone.now()
        # Rows first (a concurrent writer of a new story waits here), then locked: two writers of
        # one story give it two versions, never the same one twice.
        StorySummary.objects.bulk_create(
            [StorySummary(story_id=pk, version=0, changed_at=now) for pk in ids],
            ignore_conflicts=True,
        )
        versions = dict(
            StorySummary.objects.select_for_update()
            .filter(story_id__in=ids)
            .order_by("story_id")  # one lock order for every writer: no deadlock between two
            .values_list("story_id", "version")
        )
        rows = []
        for pk, by_status in story_data(ids).items():
            flags = {
                field: StoryFigures.of(by_status, review_statuses(include)).disputed
                for include, field in _DISPUTED.items()
            }
            rows.append(
                StorySummary(
                    story_id=pk,
                    version=versions[pk] + 1,
                    changed_at=now,
                    by_status=by_status,
                    **flags,
                )
            )
        StorySummary.objects.bulk_update(
            rows, ["version", "changed_at", "by_status", *_DISPUTED.values()]
        )


def refresh_actors(actor_ids: Iterable[int | None]) -> None:
    """Recompute these actors' counts and denial pairs, bump their versions (five queries)."""
    ids = _ids(actor_ids)
    if ids:
        _write_actors(ids, _counts(Q(speaker_id__in=ids)), _pairs(ids))


def _counts(which: Q) -> dict[int, dict[str, int]]:
    """Statements per speaker and review status (one query)."""
    counts: dict[int, dict[str, int]] = {}
    rows = (
        Statement.objects.filter(which)
        .order_by()
        .values_list("speaker_id", "review_status")
        .annotate(n=Count("pk"))
    )
    for speaker_id, status, n in rows:
        counts.setdefault(speaker_id, {})[status] = n
    return counts


def _write_actors(
    ids: list[int], counts: dict[int, dict[str, int]], pairs: list[Contradiction]
) -> None:
    """Store the actors' counts with new versions and replace every pair involving them."""
    content_changed()
    from actors.models import Actor

    with transaction.atomic():
        ids = list(Actor.objects.filter(pk__in=ids).values_list("pk", flat=True))
        now = timezone.now()
        ActorSummary.objects.bulk_create(
            [ActorSummary(actor_id=pk, version=0, changed_at=now) for pk in ids],
            ignore_conflicts=True,
        )
        versions = dict(
            ActorSummary.objects.select_for_update()
            .filter(actor_id__in=ids)
            .order_by("actor_id")
            .values_list("actor_id", "version")
        )
        ActorSummary.objects.bulk_update(
            [
                ActorSummary(
                    actor_id=pk,
                    version=versions[pk] + 1,
                    changed_at=now,
                    accepted=counts.get(pk, {}).get(ReviewStatus.ACCEPTED, 0),
                    proposed=counts.get(pk, {}).get(ReviewStatus.PROPOSED, 0),
                    rejected=counts.get(pk, {}).get(ReviewStatus.REJECTED, 0),
                )
                for pk in ids
            ],
            ["version", "changed_at", "accepted", "proposed", "rejected"],
            batch_size=BATCH,
        )
        # A pair belongs to two actors, which two writers may refresh at once: one at a time.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [PAIRS_LOCK])
        Contradiction.objects.filter(Q(denier_id__in=ids) | Q(denied_id__in=ids)).delete()
        Contradiction.objects.bulk_create(pairs, batch_size=5000)


def _pairs(ids: list[int] | None) -> list[Contradiction]:
    """Every pair of actors with its count of denials, of these actors (all when None)."""
    links = StatementLink.objects.filter(kind=LinkKind.DENIES)
    if ids is not None:
        # Two index probes (by source, by target) rather than an OR across the joins.
        by_source = StatementLink.objects.filter(source__speaker_id__in=ids).values("pk")
        by_target = StatementLink.objects.filter(target__speaker_id__in=ids).values("pk")
        links = links.filter(pk__in=by_source.union(by_target))
    rows = (
        links.exclude(source__speaker_id=F("target__speaker_id"))
        .order_by()
        .values_list("source__speaker_id", "target__speaker_id")
        .annotate(n=Count("pk"))
    )
    return [Contradiction(denier_id=a, denied_id=b, count=n) for a, b, n in rows]


def forget_actor(actor_id: int) -> None:
    """Drop an actor's stored figures and pairs (before it is merged away: two queries)."""
    content_changed()
    ActorSummary.objects.filter(actor_id=actor_id).delete()
    Contradiction.objects.filter(Q(denier_id=actor_id) | Q(denied_id=actor_id)).delete()


def bump_everything() -> None:
    """A new version for every story and actor: after an actor's edit (a name, a place) that
    pages other than its own show (two UPDATEs; editors' actions on actors are rare)."""
    content_changed()
    now = timezone.now()
    StorySummary.objects.update(version=F("version") + 1, changed_at=now)
    ActorSummary.objects.update(version=F("version") + 1, changed_at=now)


def rebuild(*, batch: int = BATCH) -> tuple[int, int]:
    """Recompute every summary from the statements (the rebuild command): (stories, actors).

    Stories in batches of `batch`; actors in one pass (one GROUP BY for the counts, one for the
    denial pairs) rather than per batch.
    """
    from actors.models import Actor

    stories = list(Story.objects.order_by("pk").values_list("pk", flat=True))
    for chunk in _batched(stories, batch):
        refresh_stories(chunk)
    actors = list(Actor.objects.order_by("pk").values_list("pk", flat=True))
    _write_actors(actors, _counts(Q()), _pairs(None))
    return len(stories), len(actors)
