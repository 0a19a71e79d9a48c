"""Editors' actions: atomic, keyword-only, each recording who did what and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from actors.models import Actor
from actors.services import merge_actors as merge_actor_records
from statements.models import (
    Article,
    AuditEntry,
    LinkKind,
    ReviewStatus,
    Statement,
    StatementLink,
    Story,
)
from statements.stories import touch_stories


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


@transaction.atomic
def merge_stories(*, keep: Story, merge: Story, editor: User) -> Story:
    """Fold `merge` into `keep`: its statements move, it is deleted."""
    if keep.pk == merge.pk:
        raise ValueError("A story cannot be merged into itself.")
    count = Statement.objects.filter(story=merge).update(story=keep, updated_at=timezone.now())
    audit(
        user=editor, action="merge_story", obj=keep, merged=merge.pk, title=merge.title, moved=count
    )
    merge.delete()
    touch_stories([keep])
    return keep


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


ARTICLE_FACTS = ("title", "outlet", "published", "source_url")


@transaction.atomic
def edit_article_facts(*, article: Article, editor: User, changes: dict[str, Any]) -> Article:
    """Correct an article's title, outlet, date or URL; its statements' dates follow its date.

    A new date moves every dated statement of the article by the same number of days (their
    dates were read against the old one: "on Tuesday" stays the Tuesday before publication).
    When the article had no date, its statements could not be dated, so the article is parsed
    again (reviewed statements are kept; undated ones are shown at the article's new date).
    """
    changes = {k: v for k, v in changes.items() if k in ARTICLE_FACTS}
    before = {field: getattr(article, field) for field in changes}
    old_day = article.published
    for field, value in changes.items():
        setattr(article, field, value if field != "source_url" else (value or None))
    article.save()
    new_day = article.published
    if old_day and new_day and old_day != new_day:
        shift = new_day - old_day
        for statement in article.statements.exclude(made_on=None):
            day: dt.date = statement.made_on  # type: ignore[assignment]
            statement.made_on = day + shift
            statement.save(update_fields=["made_on", "updated_at"])
    stories = list(Story.objects.filter(statements__article=article).distinct())
    audit(
        user=editor,
        action="edit_article",
        obj=article,
        before={k: str(v) for k, v in before.items()},
        after={k: str(getattr(article, k)) for k in changes},
    )
    touch_stories(stories)
    if new_day and not old_day:
        from statements.ingest import IN_PROGRESS, reparse_article

        if article.status not in IN_PROGRESS:
            reparse_article(article)
    return article
