"""Editors' actions: atomic, keyword-only, each recording who did what and when."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from actors.models import Actor
from actors.services import merge_actors as merge_actor_records
from statements.models import (
    AuditEntry,
    LinkKind,
    ReviewStatus,
    Stance,
    Statement,
    StatementLink,
    Story,
)
from statements.stories import reindex_story, story_title, touch_stories


def audit(*, user: User, action: str, obj: Any, **details: Any) -> AuditEntry:
    """Record an editor's change."""
    return AuditEntry.objects.create(
        user=user,
        action=action,
        object_type=obj._meta.model_name,
        object_id=obj.pk,
        details=details,
    )


@transaction.atomic
def review_statement(*, statement: Statement, decision: str, editor: User) -> Statement:
    """Accept or reject a statement (or send it back to proposed)."""
    if decision not in ReviewStatus.values:
        raise ValueError(f"Unknown review decision {decision!r}.")
    previous = statement.review_status
    statement.review_status = decision
    statement.reviewed_by = editor
    statement.reviewed_at = timezone.now()
    statement.save(update_fields=["review_status", "reviewed_by", "reviewed_at", "updated_at"])
    audit(user=editor, action="review", obj=statement, previous=previous, decision=decision)
    return statement


@transaction.atomic
def edit_statement(
    *,
    statement: Statement,
    editor: User,
    changes: dict[str, Any],
    denies: Iterable[Statement] | None = None,
    confirms: Iterable[Statement] | None = None,
) -> Statement:
    """Apply an editor's corrections; an edited statement counts as accepted."""
    before = {field: str(getattr(statement, field)) for field in changes}
    old_story = statement.story
    for field, value in changes.items():
        setattr(statement, field, value)
    statement.review_status = ReviewStatus.ACCEPTED
    statement.reviewed_by = editor
    statement.reviewed_at = timezone.now()
    statement.save()
    if denies is not None or confirms is not None:
        statement.links_out.all().delete()
        StatementLink.objects.bulk_create(
            [
                StatementLink(source=statement, target=target, kind=kind)
                for kind, targets in (
                    (LinkKind.DENIES, denies or []),
                    (LinkKind.CONFIRMS, confirms or []),
                )
                for target in targets
                if target.pk != statement.pk
            ],
            ignore_conflicts=True,
        )
    after = {field: str(getattr(statement, field)) for field in changes}
    audit(user=editor, action="edit", obj=statement, before=before, after=after)
    touch_stories([s for s in (old_story, statement.story) if s is not None])
    return statement


@transaction.atomic
def move_statements(*, statements: Iterable[Statement], story: Story, editor: User) -> int:
    """Put statements on another story."""
    moved = list(statements)
    old = {s.story for s in moved if s.story is not None}
    Statement.objects.filter(pk__in=[s.pk for s in moved]).update(
        story=story, updated_at=timezone.now()
    )
    audit(user=editor, action="move", obj=story, statements=[s.pk for s in moved])
    touch_stories([story, *old])
    return len(moved)


def statement_ref(statement: Statement) -> dict[str, Any]:
    """A statement named so that another database holding the same article finds it again."""
    return {
        "article": statement.article.content_hash,
        "start": statement.evidence_start,
        "end": statement.evidence_end,
    }


def _first(story: Story) -> Statement | None:
    return story.statements.select_related("article").order_by("pk").first()


@transaction.atomic
def merge_stories(*, keep: Story, merge: Story, editor: User | None) -> Story:
    """Fold `merge` into `keep`: its statements move, it is deleted, the decision recorded."""
    if keep.pk == merge.pk:
        raise ValueError("A story cannot be merged into itself.")
    keep_first, merge_first = _first(keep), _first(merge)
    count = Statement.objects.filter(story=merge).update(story=keep, updated_at=timezone.now())
    AuditEntry.objects.create(
        user=editor,
        action="merge_story",
        object_type="story",
        object_id=keep.pk,
        details={
            "merged": merge.pk,
            "title": merge.title,
            "moved": count,
            # Replayable elsewhere: one statement of each story, by article text and span.
            "keep_ref": statement_ref(keep_first) if keep_first else None,
            "merge_ref": statement_ref(merge_first) if merge_first else None,
        },
    )
    merge.delete()
    reindex_story(keep)
    touch_stories([keep])
    return keep


@transaction.atomic
def split_story(
    *, story: Story, statements: Iterable[Statement], editor: User | None, title: str = ""
) -> Story:
    """Move some of a story's statements out to a new story of their own; record the decision."""
    moved = list(
        Statement.objects.filter(story=story, pk__in=[s.pk for s in statements])
        .select_related("article", "speaker")
        .order_by("evidence_start", "pk")
    )
    if not moved:
        raise ValueError("Choose statements of this story to split off.")
    if len(moved) == story.statements.count():
        raise ValueError("Splitting off every statement would leave the story empty.")
    claim = next((s for s in moved if s.stance == Stance.CLAIM), moved[0])
    new = Story.objects.create(
        title=(title.strip() or story_title(claim))[:300], summary=claim.text[:1000]
    )
    Statement.objects.filter(pk__in=[s.pk for s in moved]).update(
        story=new, updated_at=timezone.now()
    )
    AuditEntry.objects.create(
        user=editor,
        action="split_story",
        object_type="story",
        object_id=new.pk,
        details={
            "source": story.pk,
            "statements": [s.pk for s in moved],
            "refs": [statement_ref(s) for s in moved],
        },
    )
    reindex_story(story)
    reindex_story(new)
    touch_stories([story, new])
    return new


@transaction.atomic
def merge_actors(*, keep: Actor, merge: Actor, editor: User) -> Actor:
    """Make `merge` an alias of `keep`, moving its statements and affiliations."""
    name = merge.name
    merged_pk = merge.pk
    result = merge_actor_records(keep=keep, merge=merge)
    AuditEntry.objects.create(
        user=editor,
        action="merge_actor",
        object_type="actor",
        object_id=keep.pk,
        details={"merged": merged_pk, "name": name},
    )
    return result
