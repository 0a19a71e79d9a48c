"""Which watches a statement matches, the notifications that follows, and their words.

Idempotent by construction: a notification is one row per (user, statement content), inserted
with ON CONFLICT DO NOTHING, so a task delivered twice, a statement filed and then accepted, or
an article parsed again (new rows, same statements) tells each user once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Q, QuerySet

from actors.models import Affiliation
from statements.models import SEARCH_CONFIG, ReviewStatus, Stance, Statement
from watch.models import Notification, Watch, WatchKind, WatchWhen, content_key

VERBS = {
    Stance.CLAIM: "claimed",
    Stance.DENIAL: "denied",
    Stance.CONFIRMATION: "confirmed",
    Stance.COMMENT: "commented",
}


def notify_statements(statement_ids: Iterable[int], *, when: str) -> int:
    """Notify every user whose watch matches one of the statements; returns rows inserted."""
    statements = list(
        Statement.objects.filter(pk__in=list(statement_ids))
        .exclude(review_status=ReviewStatus.REJECTED)
        .select_related("speaker")
    )
    if when == WatchWhen.ACCEPTED:
        statements = [s for s in statements if s.review_status == ReviewStatus.ACCEPTED]
    if not statements:
        return 0
    speakers = {s.speaker_id for s in statements}
    # An actor followed "with its people" matches the statements of its members too.
    organisations: dict[int, set[int]] = defaultdict(set)
    for actor_id, organisation_id in Affiliation.objects.filter(actor_id__in=speakers).values_list(
        "actor_id", "organisation_id"
    ):
        organisations[actor_id].add(organisation_id)
    countries = {s.speaker.country for s in statements if s.speaker.country}
    watches = Watch.objects.filter(user__is_active=True, when=when).filter(
        Q(kind=WatchKind.STORY, story_id__in={s.story_id for s in statements if s.story_id})
        | Q(kind=WatchKind.ACTOR, actor_id__in=speakers.union(*organisations.values()))
        | Q(kind=WatchKind.COUNTRY, country__in=countries)
        | Q(kind=WatchKind.SEARCH)
    )
    rows: dict[tuple[int, str], Notification] = {}
    keys = {s.pk: key_of(s) for s in statements}
    searches: dict[str, set[int]] = {}
    for watch in watches.order_by("pk"):
        if watch.kind == WatchKind.SEARCH:
            if watch.query not in searches:
                searches[watch.query] = set(
                    search_statements(
                        Statement.objects.filter(pk__in=[s.pk for s in statements]), watch.query
                    ).values_list("pk", flat=True)
                )
            matched = [s for s in statements if s.pk in searches[watch.query]]
        else:
            matched = [s for s in statements if _matches(watch, s, organisations)]
        for statement in matched:
            rows.setdefault(
                (watch.user_id, keys[statement.pk]),
                Notification(
                    user_id=watch.user_id,
                    statement=statement,
                    content_key=keys[statement.pk],
                    watch=watch,
                ),
            )
    if not rows:
        return 0
    # Pairs told already are left out (the count returned is then exact); a concurrent run
    # inserting the same pair meanwhile is absorbed by the unique constraints.
    told: dict[tuple[int, str], tuple[int, int | None]] = {}
    for pk, user_id, key, statement_id in Notification.objects.filter(
        user_id__in={user for user, _ in rows}, content_key__in={k for _, k in rows}
    ).values_list("pk", "user_id", "content_key", "statement_id"):
        told[(user_id, key)] = (pk, statement_id)
    fresh = [row for key, row in rows.items() if key not in told]
    Notification.objects.bulk_create(fresh, ignore_conflicts=True)
    # A notification whose statement a re-parse replaced points at the row that took its place
    # (one UPDATE per replaced statement, not per user).
    moved: dict[int, list[int]] = defaultdict(list)
    for pair, row in rows.items():
        if pair in told and told[pair][1] is None and row.statement_id is not None:
            moved[row.statement_id].append(told[pair][0])
    for statement_id, pks in moved.items():
        Notification.objects.filter(pk__in=pks, statement=None).update(statement_id=statement_id)
    return len(fresh)


def key_of(statement: Statement) -> str:
    """The statement's content key (what a re-parse keeps: see Notification)."""
    return content_key(
        article_id=statement.article_id,
        speaker_id=statement.speaker_id,
        stance=statement.stance,
        evidence_start=statement.evidence_start,
        evidence_end=statement.evidence_end,
    )


def _matches(watch: Watch, statement: Statement, organisations: dict[int, set[int]]) -> bool:
    if watch.kind == WatchKind.STORY:
        return statement.story_id == watch.story_id
    if watch.kind == WatchKind.COUNTRY:
        return statement.speaker.country == watch.country
    if statement.speaker_id == watch.actor_id:
        return True
    return watch.with_members and watch.actor_id in organisations.get(statement.speaker_id, set())


def search_statements(queryset: QuerySet[Statement], query: str) -> QuerySet[Statement]:
    """Statements whose text matches a saved search (PostgreSQL full text; words elsewhere)."""
    if connection.vendor == "postgresql":
        return queryset.filter(
            search_vector=SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
        )
    condition = Q()
    for word in query.split()[:10]:
        condition &= Q(text__icontains=word.strip("\"'"))
    return queryset.filter(condition)


def watch_statements(watch: Watch) -> QuerySet[Statement]:
    """Every statement a watch follows (its Atom feed), any age, rejected ones left out."""
    base = Statement.objects.exclude(review_status=ReviewStatus.REJECTED)
    if watch.when == WatchWhen.ACCEPTED:
        base = base.filter(review_status=ReviewStatus.ACCEPTED)
    if watch.kind == WatchKind.STORY:
        return base.filter(story=watch.story)
    if watch.kind == WatchKind.COUNTRY:
        return base.filter(speaker__country=watch.country)
    if watch.kind == WatchKind.SEARCH:
        return search_statements(base, watch.query)
    who = Q(speaker_id=watch.actor_id)
    if watch.with_members:
        who |= Q(speaker__affiliations__organisation_id=watch.actor_id)
    return base.filter(who).distinct()


def describe(statement: Statement, watch: Watch | None = None) -> str:
    """ "Russia denied a claim in a story you follow": the line a notification shows.

    Needs the statement's speaker, its links out with their targets' speakers, and the watch's
    story or actor selected or prefetched (no query of its own).
    """
    line = f"{statement.speaker} {VERBS.get(statement.stance, 'said')}"  # type: ignore[call-overload]
    answered = [link.target for link in statement.links_out.all()]
    if answered and statement.stance in (Stance.DENIAL, Stance.CONFIRMATION):
        line += f" a claim by {answered[0].speaker}"
    elif statement.stance == Stance.CLAIM:
        line += " something"
    if watch is None:
        return line
    if watch.kind == WatchKind.STORY:
        return f"{line} in a story you follow ({watch.story})"
    if watch.kind == WatchKind.SEARCH:
        return f"{line}, matching your search “{watch.query}”"
    return f"{line} (you follow {watch.label})"


# How a line outside the pages (feed entry, digest, notification) says where a statement stands
# with the editors; accepted statements need no mark.
REVIEW_NOTES: dict[str, str] = {
    ReviewStatus.PROPOSED.value: "unreviewed: not yet checked by an editor",
    ReviewStatus.REJECTED.value: "rejected by an editor",
}


def review_note(statement: Statement) -> str:
    """'unreviewed: not yet checked by an editor', 'rejected by an editor', or '' (accepted)."""
    return REVIEW_NOTES.get(str(statement.review_status), "")


def describe_marked(statement: Statement, watch: Watch | None = None) -> str:
    """The notification line with the statement's review status when it is not accepted."""
    line = describe(statement, watch)
    if statement.review_status == ReviewStatus.ACCEPTED:
        return line
    label = "unreviewed" if statement.review_status == ReviewStatus.PROPOSED else "rejected"
    return f"{line} [{label}]"
