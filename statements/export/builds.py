"""Dossier builds: one DossierBuild row per story, format and data version; the file in Django's
default storage (MEDIA_ROOT, or an S3-compatible bucket by setting) under dossiers/<story id>/.

A small dossier is built within the request; a large one by the `build_dossier_file` task
(statements.export.tasks), which the services enqueue. The row records the build's state
(queued → building → ready | failed, with the reason) and is its outbox: a conditional UPDATE on
the status decides which worker builds it, and the beat's sweep publishes builds the broker
never accepted and fails those whose worker vanished. Nothing here talks to the broker.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, replace
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from statements.export import FORMATS, render_dossier
from statements.export.data import dossier_version
from statements.models import DossierBuild, DossierBuildStatus, Story
from statements.querysets import Filters, review_statuses

logger = logging.getLogger(__name__)

# Dossiers with more statements than this are built by a Celery task, with htmx showing progress:
# every format past LARGE_DOSSIER, PDF (WeasyPrint lays out about 150 statements a second) sooner.
LARGE_DOSSIER = 1000
LARGE_PDF = 250
# A build found mid-way by a new delivery had its worker die; the second such stop fails it
# (with the poison guard of statements.taskguard, which counts the deliveries themselves).
MAX_STOPPED_RUNS = 2
# A queued build the broker never accepted is published by the sweep after this grace.
ENQUEUE_GRACE = dt.timedelta(seconds=30)
WAITING = (DossierBuildStatus.QUEUED, DossierBuildStatus.BUILDING)

TOO_LONG = (
    "The dossier took longer than the time limit to build. Building it again will not help; "
    "choose another format (Markdown, JSON, CSV) or narrow the filters."
)
STOPPED = "The build stopped without finishing; try again."
QUEUE_DOWN = "The build could not be queued: the task queue is unavailable. Try again in a minute."


@dataclass(frozen=True)
class Wanted:
    """One dossier as asked for: story, format, inclusion, filters and the data's version."""

    story: Story
    fmt: str
    include: str
    filters: Filters
    version: str

    @property
    def variant(self) -> str:
        """The inclusion and filters in a short key: one file per variant is kept."""
        narrowed = self.filters.narrows_statements
        key = hashlib.sha256(repr(self.filters).encode()).hexdigest()[:8] if narrowed else "all"
        return f"{self.include}-{key}"


def filters_to_dict(filters: Filters) -> dict[str, Any]:
    """Filters as JSON-ready data (for the build row and query strings)."""
    return {
        "actor": filters.actor,
        "who": filters.who,
        "country": filters.country,
        "stance": filters.stance,
        "since": filters.since.isoformat() if filters.since else None,
        "until": filters.until.isoformat() if filters.until else None,
    }


def filters_from_dict(data: dict[str, Any] | None) -> Filters:
    data = data or {}
    return Filters(
        actor=data.get("actor"),
        who=data.get("who") or "",
        country=data.get("country") or "",
        stance=data.get("stance") or "",
        since=dt.date.fromisoformat(data["since"]) if data.get("since") else None,
        until=dt.date.fromisoformat(data["until"]) if data.get("until") else None,
    )


def wanted(story: Story, *, fmt: str, include: str, filters: Filters) -> Wanted:
    """The dossier asked for, with its current data version (one query)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    review_statuses(include)  # refuses an unknown inclusion before anything is named
    version = dossier_version(story, include=include, filters=filters)
    return Wanted(story, fmt, include, filters, version)


def find_build(want: Wanted) -> DossierBuild | None:
    """The build of this version, if one was asked for (one query)."""
    return DossierBuild.objects.filter(story=want.story, fmt=want.fmt, version=want.version).first()


def statement_count(story: Story, *, include: str, filters: Filters) -> int:
    """How many statements the dossier will hold (one query): decides sync or background."""
    review_statuses(include)  # refuses an unknown inclusion
    return (
        story.statements.filter(replace(filters, include=include).statement_q()).order_by().count()
    )


def builds_in_background(
    story: Story, *, fmt: str, include: str, filters: Filters, count: int | None = None
) -> bool:
    """Whether this dossier is too large to build within a request (one query unless counted)."""
    limit = LARGE_PDF if fmt == "pdf" else LARGE_DOSSIER
    if count is None:
        count = statement_count(story, include=include, filters=filters)
    return count > limit


# ------------------------------------------------------------------------------ build now
def build_now(want: Wanted) -> DossierBuild:
    """Render the dossier within the request, store it and record it ready (one upsert)."""
    content = render_dossier(want.story, fmt=want.fmt, include=want.include, filters=want.filters)
    stored = dossier_storage().save(
        _file_name(want.story, want.variant, want.version, want.fmt), ContentFile(content)
    )
    (build,) = DossierBuild.objects.bulk_create(
        [
            DossierBuild(
                story=want.story,
                fmt=want.fmt,
                include=want.include,
                variant=want.variant,
                filters=filters_to_dict(want.filters),
                version=want.version,
                status=DossierBuildStatus.READY,
                file=stored,
            )
        ],
        # A row queued for this version earlier (a threshold changed, a build failed) is
        # simply ready now; a worker that claims it later finds it ready and stops.
        update_conflicts=True,
        unique_fields=["story", "fmt", "version"],
        update_fields=["status", "file", "error", "updated_at"],
    )
    _drop_older(build)
    return build


def _file_name(story: Story, variant: str, version: str, fmt: str) -> str:
    return f"dossiers/{story.pk}/{story.slug[:60]}-{variant}-{version}.{fmt}"


def dossier_storage() -> Storage:
    """The storage dossier files live in (the file field's: STORAGES["default"])."""
    return DossierBuild._meta.get_field("file").storage


def _row(want: Wanted) -> tuple[DossierBuild, bool]:
    """The version's row, made if missing; True when this call made it (the unique constraint
    decides between two requests racing)."""
    fields = {
        "include": want.include,
        "variant": want.variant,
        "filters": filters_to_dict(want.filters),
    }
    try:
        with transaction.atomic():
            return DossierBuild.objects.get_or_create(
                story=want.story, fmt=want.fmt, version=want.version, defaults=fields
            )
    except IntegrityError:
        return DossierBuild.objects.get(story=want.story, fmt=want.fmt, version=want.version), False


def _store(build: DossierBuild, content: bytes) -> None:
    """Save the worker's file, then mark the row ready in one conditional UPDATE.

    The storage holds the whole file before the row says ready, so a reader never gets half a
    PDF. When another run finished first, this run's file is deleted and the row left alone.
    """
    storage = dossier_storage()
    name = _file_name(build.story, build.variant, build.version, build.fmt)
    stored = storage.save(name, ContentFile(content))
    updated = (
        DossierBuild.objects.filter(pk=build.pk)
        .exclude(status=DossierBuildStatus.READY)
        .update(status=DossierBuildStatus.READY, file=stored, error="", updated_at=timezone.now())
    )
    if not updated:
        # Another run finished first. Its file may have the same name (a storage that overwrites,
        # as S3 does by default): delete this run's copy only when it is another file.
        winner = DossierBuild.objects.filter(pk=build.pk).values_list("file", flat=True).first()
        if stored != winner:
            storage.delete(stored)
        return
    _drop_older(build)


def _drop_older(build: DossierBuild) -> None:
    """Delete the finished rows of older versions of the same variant, and their files."""
    older = list(
        DossierBuild.objects.filter(story_id=build.story_id, fmt=build.fmt, variant=build.variant)
        .exclude(Q(pk=build.pk) | Q(status__in=WAITING))
        .values_list("pk", "file")
    )
    if not older:
        return
    storage = dossier_storage()
    for _, name in older:
        if name:
            storage.delete(name)
    DossierBuild.objects.filter(pk__in=[pk for pk, _ in older]).delete()


# ------------------------------------------------------------------------------ background
def queue(want: Wanted, found: DossierBuild | None = None) -> tuple[DossierBuild, bool]:
    """The build row, queued; True when this call claimed it and must publish the job.

    A new row belongs to the request that made it; a build already waiting is left alone (at
    most one job per version); a failed or stalled one is claimed again with one conditional
    UPDATE, so that two requests never publish it twice.
    """
    if found is None:
        build, created = _row(want)
        if created:
            return build, True
    else:
        build = found
    now = timezone.now()
    stalled = Q(status__in=WAITING, requested_at__lt=now - DossierBuild.STALL_AFTER)
    claimed = DossierBuild.objects.filter(
        Q(status=DossierBuildStatus.FAILED) | stalled, pk=build.pk
    ).update(
        status=DossierBuildStatus.QUEUED,
        error="",
        attempts=0,
        enqueued_at=None,
        requested_at=now,
        updated_at=now,
    )
    if claimed:
        build.refresh_from_db()
    return build, bool(claimed)


def record_enqueued(build: DossierBuild, *, accepted: bool) -> None:
    """Record whether the broker took the job; a refused one fails at once with the reason.

    Unlike an article, a refused build is not left for the sweep: the analyst is waiting for
    it, so the progress fragment says the queue is down and asking again queues it again.
    """
    if accepted:
        DossierBuild.objects.filter(pk=build.pk, enqueued_at=None).update(
            enqueued_at=timezone.now()
        )
    else:
        fail(build.pk, QUEUE_DOWN)
    build.refresh_from_db()


def fail(build_id: int, reason: str) -> None:
    """The build failed (until someone asks again): the reason is shown in the fragment."""
    DossierBuild.objects.filter(pk=build_id).exclude(status=DossierBuildStatus.READY).update(
        status=DossierBuildStatus.FAILED, error=reason, updated_at=timezone.now()
    )


def run_build(build_id: int) -> str:
    """Build one queued dossier (the task's body); returns the build's final status.

    Idempotent: one conditional UPDATE claims the row, so a build already ready, failed or being
    built by a live worker is left alone. A build found mid-way (its last worker died) is run
    again once; the time limit and any error fail it with the reason.
    """
    claimable = Q(status=DossierBuildStatus.QUEUED) | Q(
        status=DossierBuildStatus.BUILDING, attempts__lt=MAX_STOPPED_RUNS
    )
    started = DossierBuild.objects.filter(claimable, pk=build_id).update(
        status=DossierBuildStatus.BUILDING, attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    build = DossierBuild.objects.select_related("story").filter(pk=build_id).first()
    if build is None:
        return "missing"
    if not started:
        if build.status == DossierBuildStatus.BUILDING:
            fail(build_id, f"{STOPPED} (The worker stopped {build.attempts} times while building.)")
            return DossierBuildStatus.FAILED
        return build.status
    try:
        content = render_dossier(
            build.story,
            fmt=build.fmt,
            include=build.include,
            filters=filters_from_dict(build.filters),
        )
        _store(build, content)
    except (SoftTimeLimitExceeded, TimeLimitExceeded):
        fail(build_id, TOO_LONG)
        return DossierBuildStatus.FAILED
    except Exception as exc:
        logger.exception("dossier build %s failed", build_id)
        fail(build_id, f"The dossier could not be built ({type(exc).__name__}).")
        raise
    return DossierBuildStatus.READY


# ------------------------------------------------------------------------------ the sweep
def fail_stalled() -> int:
    """Fail the builds whose worker vanished (waiting past STALL_AFTER); returns how many."""
    cutoff = timezone.now() - DossierBuild.STALL_AFTER
    return DossierBuild.objects.filter(status__in=WAITING, requested_at__lt=cutoff).update(
        status=DossierBuildStatus.FAILED, error=STOPPED, updated_at=timezone.now()
    )


def claim_unsent(limit: int = 100) -> list[DossierBuild]:
    """Queued builds the broker never accepted, each claimed (enqueued_at set) by one sweeper."""
    now = timezone.now()
    due = Q(
        status=DossierBuildStatus.QUEUED, enqueued_at=None, requested_at__lt=now - ENQUEUE_GRACE
    )
    claimed = []
    for build in DossierBuild.objects.filter(due).order_by("requested_at")[:limit]:
        if DossierBuild.objects.filter(due, pk=build.pk).update(enqueued_at=now):
            claimed.append(build)
    return claimed
