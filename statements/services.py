"""Editors' actions: atomic, keyword-only, each recording who did what and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from actors.models import Actor, ActorStatus, Affiliation, Alias
from actors.resolve import add_aliases
from actors.services import merge_actors as merge_actor_records
from statements import summaries
from statements.models import (
    Article,
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
    summaries.changed(stories=[statement.story_id], actors=[statement.speaker_id])
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
    old_story, old_speaker = statement.story, statement.speaker_id
    denies = list(denies) if denies is not None else None
    confirms = list(confirms) if confirms is not None else None
    # The speakers it answered and will answer: their pages say who denied or confirmed them.
    answered = set(statement.links_out.values_list("target__speaker_id", flat=True))
    answered |= {target.speaker_id for target in [*(denies or []), *(confirms or [])]}
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
    summaries.changed(actors=[old_speaker, statement.speaker_id, *answered])
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
    # Their actors' pages name the story each statement is on.
    summaries.changed(actors=[s.speaker_id for s in moved])
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
    speakers = list(Statement.objects.filter(story=merge).values_list("speaker_id", flat=True))
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
    summaries.changed(actors=speakers)
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
    summaries.changed(actors=[s.speaker_id for s in moved])
    return new


@transaction.atomic
def merge_actors(*, keep: Actor, merge: Actor, editor: User) -> Actor:
    """Make `merge` an alias of `keep`, moving its statements and affiliations.

    The audit entry keeps what the merge changed, so that `undo_merge` can bring it back.
    """
    name = merge.name
    merged_pk = merge.pk
    undo = {
        "actor": {field: getattr(merge, field) for field in ACTOR_FIELDS},
        "aliases": list(merge.aliases.values_list("name", flat=True)),
        "affiliations": list(
            Affiliation.objects.filter(actor=merge).values("organisation_id", "role")
        ),
        "members": list(Affiliation.objects.filter(organisation=merge).values("actor_id", "role")),
        "statements": list(Statement.objects.filter(speaker=merge).values_list("pk", flat=True)),
        "keep": {field: getattr(keep, field) for field in ("role", "country", "description")},
        "keep_aliases": list(keep.aliases.values_list("pk", flat=True)),
    }
    # The merged actor's stored figures go with it (merge_actor_records would move them to `keep`).
    summaries.forget_actor(merge.pk)
    result = merge_actor_records(keep=keep, merge=merge)
    summaries.actors_changed([keep.pk])
    AuditEntry.objects.create(
        user=editor,
        action="merge_actor",
        object_type="actor",
        object_id=keep.pk,
        details={"merged": merged_pk, "name": name, "undo": undo},
    )
    return result


class UndoError(Exception):
    """The change cannot be undone (not a merge, undone already); the message says why."""


@transaction.atomic
def undo_merge(*, entry: AuditEntry, editor: User) -> Actor:
    """Bring back the actor a merge folded away: its names, affiliations and statements.

    Statements that an editor has since given to yet another speaker stay where they are.
    Returns the restored actor (a new record: the old id is gone).
    """
    entry = AuditEntry.objects.select_for_update().get(pk=entry.pk)
    undo = entry.details.get("undo")
    if entry.action != "merge_actor" or not undo:
        raise UndoError("Only a merge recorded with what it changed can be undone.")
    if entry.details.get("undone_by"):
        raise UndoError("This merge was undone already.")
    keep = Actor.objects.filter(pk=entry.object_id).first()
    if keep is None:
        raise UndoError("The actor it was merged into no longer exists.")
    restored = Actor.objects.create(**undo["actor"])
    add_aliases(restored, undo["aliases"])
    # The names the merge gave `keep` go back with the restored actor.
    keep.aliases.exclude(pk__in=undo["keep_aliases"]).delete()
    for field, value in undo["keep"].items():
        setattr(keep, field, value)
    keep.save()
    for row in undo["affiliations"]:
        if Actor.objects.filter(pk=row["organisation_id"]).exclude(pk=restored.pk).exists():
            Affiliation.objects.filter(actor=keep, **row).delete()
            Affiliation.objects.get_or_create(actor=restored, **row)
    for row in undo["members"]:
        if Actor.objects.filter(pk=row["actor_id"]).exclude(pk=restored.pk).exists():
            Affiliation.objects.filter(organisation=keep, **row).delete()
            Affiliation.objects.get_or_create(organisation=restored, **row)
    moved = list(Statement.objects.filter(pk__in=undo["statements"], speaker=keep))
    Statement.objects.filter(pk__in=[s.pk for s in moved]).update(
        speaker=restored, updated_at=timezone.now()
    )
    entry.details = {**entry.details, "undone_by": editor.pk, "restored": restored.pk}
    entry.save(update_fields=["details"])
    audit(
        user=editor,
        action="undo_merge",
        obj=keep,
        restored=restored.pk,
        name=restored.name,
        statements=len(moved),
    )
    audit(user=editor, action="restored", obj=restored, merged_into=keep.pk)
    touch_stories(list(Story.objects.filter(statements__in=moved).distinct()))
    summaries.actors_changed([keep.pk, restored.pk])
    return restored


ACTOR_FIELDS = ("name", "kind", "country", "role", "description", "status")


@transaction.atomic
def edit_actor(*, actor: Actor, editor: User, changes: dict[str, Any]) -> Actor:
    """Rename an actor or correct its kind, role, country and description.

    A new name keeps the old one as an alias, so the parser still finds the actor by it.
    """
    changes = {k: v for k, v in changes.items() if k in ACTOR_FIELDS}
    before = {field: getattr(actor, field) for field in changes}
    old_name = actor.name
    for field, value in changes.items():
        setattr(actor, field, value)
    actor.save()
    if actor.name != old_name:
        add_aliases(actor, [old_name])
    after = {field: getattr(actor, field) for field in changes}
    changed = {k: [before[k], after[k]] for k in changes if before[k] != after[k]}
    if changed:
        audit(user=editor, action="edit_actor", obj=actor, changed=changed)
        touch_stories(list(Story.objects.filter(statements__speaker=actor).distinct()[:500]))
        summaries.actors_changed([actor.pk])
    return actor


@transaction.atomic
def create_actor(*, editor: User, **fields: Any) -> Actor:
    """A new actor made by an editor (accepted: an editor vouches for it)."""
    actor = Actor.objects.create(
        status=ActorStatus.ACCEPTED, **{k: v for k, v in fields.items() if k in ACTOR_FIELDS}
    )
    audit(user=editor, action="create_actor", obj=actor, name=actor.name)
    return actor


@transaction.atomic
def add_affiliation(*, actor: Actor, organisation: Actor, role: str, editor: User) -> Affiliation:
    """Attach an actor to an organisation or government (the side its lane follows)."""
    if organisation.pk == actor.pk:
        raise ValueError("An actor cannot belong to itself.")
    affiliation, _ = Affiliation.objects.get_or_create(
        actor=actor, organisation=organisation, role=role
    )
    audit(
        user=editor,
        action="add_affiliation",
        obj=actor,
        organisation=organisation.pk,
        name=organisation.name,
        role=role,
    )
    summaries.actors_changed([actor.pk])
    return affiliation


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
        setattr(article, field, value)
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
    # Their speakers' pages show the article's title, outlet and date.
    summaries.changed(actors=article.statements.values_list("speaker_id", flat=True))
    if new_day and not old_day:
        from statements.ingest import reparse_article

        if not article.in_progress:
            reparse_article(article)
    return article


@transaction.atomic
def split_actor(
    *,
    actor: Actor,
    editor: User,
    statements: Iterable[Statement] = (),
    aliases: Iterable[Alias] = (),
    into: Actor | None = None,
    name: str = "",
) -> Actor:
    """Move some of an actor's statements and aliases to another actor, new or existing.

    For an actor that the parser made of two people (or an editor merged wrongly, long ago): the
    chosen statements get the other speaker and the chosen names go with them. A new actor is
    created (accepted, of the same kind and country) when `into` is not given. Both actors'
    histories record what moved. Returns the actor that received them.
    """
    moved = list(
        Statement.objects.filter(speaker=actor, pk__in=[s.pk for s in statements]).order_by("pk")
    )
    names = list(
        Alias.objects.filter(actor=actor, pk__in=[a.pk for a in aliases]).order_by("name", "pk")
    )
    if not moved and not names:
        raise ValueError("Choose statements or names of this actor to split off.")
    if into is not None and into.pk == actor.pk:
        raise ValueError("Choose another actor to move them to.")
    name = " ".join(name.split())
    if into is None:
        if not name:
            raise ValueError("Give the new actor a name, or choose an existing actor.")
        into = Actor.objects.create(
            name=name, kind=actor.kind, country=actor.country, status=ActorStatus.ACCEPTED
        )
        audit(user=editor, action="create_actor", obj=into, name=into.name)
    Alias.objects.filter(pk__in=[a.pk for a in names]).delete()
    add_aliases(into, [a.name for a in names])
    Statement.objects.filter(pk__in=[s.pk for s in moved]).update(
        speaker=into, updated_at=timezone.now()
    )
    details = {
        "statements": [s.pk for s in moved],
        "aliases": [a.name for a in names],
    }
    audit(user=editor, action="split_actor", obj=actor, into=into.pk, name=into.name, **details)
    audit(user=editor, action="split_from", obj=into, source=actor.pk, name=actor.name, **details)
    # Each moved statement's own history (shown under it on the article page) says who spoke.
    AuditEntry.objects.bulk_create(
        AuditEntry(
            user=editor,
            action="split_actor",
            object_type="statement",
            object_id=statement.pk,
            details={"source": actor.name, "into": into.name},
        )
        for statement in moved
    )
    touch_stories(list(Story.objects.filter(statements__in=moved).distinct()))
    summaries.actors_changed([actor.pk, into.pk])
    return into
