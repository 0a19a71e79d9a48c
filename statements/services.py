"""Editors' actions: atomic, keyword-only, each recording who did what and when; and the
services that submit work to the queue (articles to ingest), enqueueing on commit."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.db.models import ForeignObjectRel, Q
from django.utils import timezone

from actors.models import Actor, ActorStatus, Affiliation, Alias
from actors.resolve import add_aliases
from actors.services import merge_actors as merge_actor_records
from statements import ingest, summaries
from statements.export import builds
from statements.export.tasks import build_dossier_file
from statements.extract import ExtractError, decode_text
from statements.models import (
    ActorSummary,
    Article,
    AuditEntry,
    Contradiction,
    DossierBuild,
    IngestStatus,
    LinkKind,
    ReviewStatus,
    Stance,
    Statement,
    StatementLink,
    Story,
    content_hash,
)
from statements.querysets import Filters
from statements.signals import statement_reviewed
from statements.stories import reindex_story, story_title, touch_stories
from statements.taskguard import publish, waiting_messages
from statements.tasks import ingest_article


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
    statement_reviewed.send(sender=Statement, statement_id=statement.pk, decision=decision)
    # The statements it answers and that answer it show its review status beside their links
    # ("Denied by Russia Unreviewed"): their speakers' and stories' pages change too (one query).
    linked = list(
        Statement.objects.filter(Q(links_in__source=statement) | Q(links_out__target=statement))
        .values_list("speaker_id", "story_id")
        .distinct()
    )
    summaries.changed(
        stories=[statement.story_id, *(story for _, story in linked)],
        actors=[statement.speaker_id, *(speaker for speaker, _ in linked)],
    )
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
    statement_reviewed.send(
        sender=Statement, statement_id=statement.pk, decision=ReviewStatus.ACCEPTED
    )
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
    if new_day and not old_day and not article.in_progress:
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
    created = into is None
    if into is None:
        if not name:
            raise ValueError("Give the new actor a name, or choose an existing actor.")
        into = Actor.objects.create(
            name=name, kind=actor.kind, country=actor.country, status=ActorStatus.ACCEPTED
        )
        audit(user=editor, action="create_actor", obj=into, name=into.name)
    Alias.objects.filter(pk__in=[a.pk for a in names]).delete()
    had = set(into.aliases.values_list("pk", flat=True))
    add_aliases(into, [a.name for a in names])
    Statement.objects.filter(pk__in=[s.pk for s in moved]).update(
        speaker=into, updated_at=timezone.now()
    )
    details = {
        "statements": [s.pk for s in moved],
        "aliases": [a.name for a in names],
    }
    # What `undo_split` needs: whether the receiving actor was made by this split, and which of
    # its names the split gave it (not those it had before).
    undo = {
        "created": created,
        "added_aliases": sorted(set(into.aliases.values_list("pk", flat=True)) - had),
    }
    audit(
        user=editor,
        action="split_actor",
        obj=actor,
        into=into.pk,
        name=into.name,
        undo=undo,
        **details,
    )
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


def _unreferenced(actor: Actor) -> bool:
    """Whether nothing but its own names and stored figures refers to the actor (statements,
    affiliations either way, watches: one query each until one is found)."""
    own = {Alias, ActorSummary, Contradiction}
    # Hidden reverse relations too (related_name="+"): a watch on the actor is one of them.
    relations = [
        field
        for field in Actor._meta.get_fields(include_hidden=True)
        if isinstance(field, ForeignObjectRel) and field.related_model not in own
    ]
    return not any(
        relation.related_model._default_manager.filter(**{relation.field.name: actor}).exists()
        for relation in relations
    )


@transaction.atomic
def undo_split(*, entry: AuditEntry, editor: User) -> Actor:
    """Give an actor back what a split moved off it: the statements and names, recorded.

    Statements an editor has since given to a third speaker stay where they are. An actor that
    the split created and that is left with nothing (no statement, affiliation or follower) is
    removed. Returns the actor the split was taken from.
    """
    entry = AuditEntry.objects.select_for_update().get(pk=entry.pk)
    if entry.action != "split_actor" or entry.object_type != "actor":
        raise UndoError("Only a split of an actor can be undone here.")
    if entry.details.get("undone_by"):
        raise UndoError("This split was undone already.")
    source = Actor.objects.filter(pk=entry.object_id).first()
    into = Actor.objects.filter(pk=entry.details.get("into")).first()
    if source is None:
        raise UndoError("The actor that was split no longer exists (merged into another?).")
    if into is None:
        raise UndoError("The actor the split went to no longer exists (merged into another?).")
    undo = entry.details.get("undo") or {}
    back = list(
        Statement.objects.filter(pk__in=entry.details.get("statements", []), speaker=into)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    Statement.objects.filter(pk__in=back).update(speaker=source, updated_at=timezone.now())
    into.aliases.filter(pk__in=undo.get("added_aliases", [])).delete()
    add_aliases(source, entry.details.get("aliases", []))
    removed = bool(undo.get("created")) and _unreferenced(into)
    entry.details = {**entry.details, "undone_by": editor.pk, "removed": removed}
    entry.save(update_fields=["details"])
    audit(
        user=editor,
        action="undo_split",
        obj=source,
        split=entry.pk,
        into=into.pk,
        name=into.name,
        statements=back,
        aliases=entry.details.get("aliases", []),
        removed=removed,
    )
    AuditEntry.objects.bulk_create(
        AuditEntry(
            user=editor,
            action="undo_split",
            object_type="statement",
            object_id=statement_id,
            details={"source": into.name, "into": source.name},
        )
        for statement_id in back
    )
    touch_stories(list(Story.objects.filter(statements__pk__in=back).distinct()))
    if removed:
        summaries.forget_actor(into.pk)
        into.delete()
        summaries.actors_changed([source.pk])
    else:
        audit(user=editor, action="split_undone", obj=into, source=source.pk, name=source.name)
        summaries.actors_changed([source.pk, into.pk])
    return source


# ------------------------------------------------------------------------- story decisions
# An editor's merges and splits, exported by `manage.py export_story_decisions` with statements
# named by statement_ref(), replayed in another database (`manage.py group_articles`).


def _find(ref: object) -> Statement | None:
    if not isinstance(ref, dict):
        return None
    start, end = ref.get("start"), ref.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return (
        Statement.objects.filter(
            article__content_hash=ref.get("article"), evidence_start=start, evidence_end=end
        )
        .select_related("story")
        .first()
    )


def _arrived(refs: list[object]) -> bool:
    """Whether every article the refs name is in this database (one query)."""
    hashes = {ref.get("article") for ref in refs if isinstance(ref, dict)}
    return bool(hashes) and Article.objects.filter(content_hash__in=hashes).count() == len(hashes)


def replay_decisions(decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply recorded merges and splits whose articles are all in; return those still waiting.

    Decisions come from `manage.py export_story_decisions` (one JSON object per line); each names
    statements by article text hash and evidence span, so they replay in any database. Once its
    articles are in, a decision is applied to the statements found there (another parse may
    have dropped some) and is not kept waiting.
    """
    waiting: list[dict[str, Any]] = []
    for decision in decisions:
        action = decision.get("action")
        if action == "merge_story":
            refs = [decision.get("keep_ref"), decision.get("merge_ref")]
            if not _arrived(refs):
                waiting.append(decision)
                continue
            keep, merge = _find(refs[0]), _find(refs[1])
            if keep and merge and keep.story and merge.story and keep.story_id != merge.story_id:
                merge_stories(keep=keep.story, merge=merge.story, editor=None)
        elif action == "split_story":
            refs = list(decision.get("refs") or [])
            if not _arrived(refs):
                waiting.append(decision)
                continue
            moved = [s for s in map(_find, refs) if s is not None]
            source = moved[0].story if moved else None
            # ValueError: already apart, or nothing would be left; nothing to do.
            if source is not None:
                with contextlib.suppress(ValueError):
                    split_story(
                        story=source,
                        statements=[s for s in moved if s.story_id == source.pk],
                        editor=None,
                    )
    return waiting


# ------------------------------------------------------------------------- article submission
# The article row is the outbox: it is committed first, its job is handed to the broker on
# commit, and the beat's sweeper (statements.beat) enqueues what the broker never accepted.


@dataclass(frozen=True)
class Submission:
    article: Article
    created: bool


class UploadRefused(Exception):
    """An uploaded file that is not readable text; the refusal was recorded as a failed article."""


def normalise_url(url: str) -> str:
    """Drop the fragment and surrounding spaces: the same page is the same article."""
    return url.strip().split("#", 1)[0]


def submit_article(
    *,
    user: User | AnonymousUser | None,
    text: str = "",
    url: str = "",
    title: str = "",
    outlet: str = "",
    published: dt.date | None = None,
    html: str = "",
) -> Submission:
    """Record an article (or find the one already recorded) and queue its ingest on commit.

    Never fails once the article is committed: an article the broker did not accept is enqueued
    later by the sweeper. Submitting a stuck or failed article again puts it back in the queue.
    """
    url = normalise_url(url)
    received = html or text
    added_by = user if user is not None and user.is_authenticated else None
    existing = _existing(url=url, received=received)
    if existing is not None:
        return _resubmitted(existing)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                source_url=url or None,
                title=title.strip()[:500],
                outlet=outlet.strip()[:200],
                published=published,
                raw_text=received,
                text=text if not html else "",
                content_hash=content_hash(received) if received.strip() else None,
                status=IngestStatus.QUEUED,
                added_by=added_by,
            )
    except IntegrityError:
        # Another request recorded the same URL or text a moment ago.
        existing = _existing(url=url, received=received)
        if existing is None:
            raise
        return _resubmitted(existing)
    enqueue_article_on_commit(article.pk)
    return Submission(article, created=True)


def submit_upload(
    *,
    user: User | AnonymousUser | None,
    content: bytes,
    name: str,
    url: str = "",
    title: str = "",
    outlet: str = "",
    published: dt.date | None = None,
) -> Submission:
    """Submit an uploaded file: HTML by its name, text otherwise.

    A file that is not text (not UTF-8, binary) is refused with UploadRefused, and the refusal is
    kept as a failed article so that editors see it in the review queue.
    """
    try:
        decoded = decode_text(content)
    except ExtractError as exc:
        record_failure(user=user, error=f"{name}: {exc}", title=title)
        raise UploadRefused(str(exc)) from exc
    is_html = name.lower().endswith((".html", ".htm"))
    return submit_article(
        user=user,
        text="" if is_html else decoded,
        html=decoded if is_html else "",
        url=url,
        title=title,
        outlet=outlet,
        published=published,
    )


def submit_article_form(
    *, user: User | AnonymousUser | None, data: Mapping[str, Any]
) -> Submission:
    """Submit the cleaned data of an ArticleForm: pasted text, a URL or an uploaded file.

    The add-article page and the API's submit endpoint both come here, so both validate and
    record the same way. A file that is not text raises UploadRefused (kept as a failed article).
    """
    fields = {k: data.get(k) or "" for k in ("url", "title", "outlet")}
    upload = data.get("upload")
    if upload is not None:
        return submit_upload(
            user=user,
            content=upload.read(),
            name=upload.name,
            published=data.get("published"),
            **fields,
        )
    return submit_article(
        user=user, text=data.get("text") or "", published=data.get("published"), **fields
    )


def record_failure(*, user: User | AnonymousUser | None, error: str, title: str = "") -> Article:
    """Keep a trace of input refused before it could be stored (e.g. a file that is not UTF-8)."""
    return Article.objects.create(
        title=title.strip()[:500],
        status=IngestStatus.FAILED,
        error=error,
        added_by=user if user is not None and user.is_authenticated else None,
    )


def _resubmitted(article: Article) -> Submission:
    """The same article submitted again: a stuck or failed one is put back in the queue."""
    if article.status == IngestStatus.FAILED or ingest.is_stuck(article):
        reparse_article(article)
        article.refresh_from_db()
    return Submission(article, created=False)


def _existing(*, url: str, received: str) -> Article | None:
    if url:
        found = Article.objects.filter(source_url=url).first()
        if found is not None:
            return found
    if received.strip():
        return Article.objects.filter(content_hash=content_hash(received)).first()
    return None


@transaction.atomic
def reparse_article(article: Article) -> None:
    """Queue the article again with fresh attempts: proposed statements replaced, reviewed kept."""
    # Deliberately unconditional: the editor asks for a done article to be parsed again, or for
    # a stuck one to be enqueued again.
    Article.objects.filter(pk=article.pk).update(
        status=IngestStatus.QUEUED,
        error="",
        attempts=0,
        enqueued_at=None,
        updated_at=timezone.now(),
    )
    enqueue_article_on_commit(article.pk)


def enqueue_article(article_id: int) -> bool:
    """Hand the article's job to the broker and record when; False if the broker refused it."""
    accepted = publish(ingest_article, article_id=article_id)
    ingest.record_enqueued(article_id, accepted=accepted)
    return accepted


def enqueue_article_on_commit(article_id: int) -> None:
    """Enqueue once the article is committed (the worker must find it), never raising."""
    transaction.on_commit(functools.partial(enqueue_article, article_id))


def sweep_articles(limit: int = 500) -> dict[str, int]:
    """Enqueue stuck articles again and fail those that used up their attempts (beat, 1 min).

    An article the broker still refuses gets `enqueued_at` cleared again and is tried at the
    next sweep. A queued article whose job the broker accepted is not sent again while the
    broker's queue still holds messages (its job is in line, see ingest.claim_stuck_articles).
    """
    claimed, failed = ingest.claim_stuck_articles(limit, waiting=waiting_messages(ingest_article))
    enqueued = sum(enqueue_article(article_id) for article_id in claimed)
    return {"enqueued": enqueued, "refused": len(claimed) - enqueued, "failed": failed}


# ------------------------------------------------------------------------------ dossiers
class EmptyDossier(Exception):
    """No statement matches: the dossier is not made (an empty one is never produced silently)."""


def request_dossier(*, story: Story, fmt: str, include: str, filters: Filters) -> DossierBuild:
    """The dossier's build: ready already, built now when small, else queued (at most once).

    Two queries when the current version is ready (its data version and its row); a large one
    is queued as a row and its job published on commit (builds.queue decides who publishes).
    """
    want = builds.wanted(story, fmt=fmt, include=include, filters=filters)
    found = builds.find_build(want)
    if found is not None and found.is_ready:
        if found.file.name and found.file.storage.exists(found.file.name):
            return found
        found.delete()  # its file was removed from the storage (a volume wiped): build it again
        found = None
    count = builds.statement_count(story, include=include, filters=filters)
    if not count:
        raise EmptyDossier
    if not builds.builds_in_background(
        story, fmt=fmt, include=include, filters=filters, count=count
    ):
        return builds.build_now(want)
    build, claimed = builds.queue(want, found)
    if claimed:
        transaction.on_commit(functools.partial(enqueue_dossier_build, build))
    return build


def enqueue_dossier_build(build: DossierBuild) -> None:
    """Publish the build's job; with the broker down the build fails saying so (never raises)."""
    builds.record_enqueued(build, accepted=publish(build_dossier_file, build_id=build.pk))


def sweep_dossier_builds() -> dict[str, int]:
    """Fail builds whose worker vanished; publish those the broker never accepted (beat)."""
    failed = builds.fail_stalled()
    claimed = builds.claim_unsent()
    for build in claimed:
        enqueue_dossier_build(build)
    return {"published": len(claimed), "failed": failed}
