"""Generated dossiers on disk: MEDIA_ROOT/dossiers/<story id>/, one file per format, inclusion,
filters and data version, so the stable download URL serves the file while the data is unchanged.

A background build leaves a `.building` marker beside the file it is making and a `.failed`
marker with the reason if it fails; the progress fragment reads them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from django.conf import settings

from statements.export import FORMATS, render_dossier
from statements.export.data import dossier_version
from statements.models import Story
from statements.querysets import Filters, review_statuses

# Dossiers with more statements than this are built by a Celery task, with htmx showing progress:
# every format past LARGE_DOSSIER, PDF (WeasyPrint lays out about 150 statements a second) sooner.
LARGE_DOSSIER = 1000
LARGE_PDF = 250
# A build marker older than this belongs to a worker that died (the task's hard limit is 300 s).
BUILD_TIMEOUT = dt.timedelta(minutes=6)


@dataclass(frozen=True)
class DossierFile:
    path: Path
    fmt: str

    @property
    def building_marker(self) -> Path:
        return self.path.with_name(self.path.name + ".building")

    @property
    def failed_marker(self) -> Path:
        return self.path.with_name(self.path.name + ".failed")

    @property
    def ready(self) -> bool:
        return self.path.exists()

    @property
    def building_since(self) -> float | None:
        """When the build started (epoch seconds), unless none is running or it stalled."""
        try:
            started = self.building_marker.stat().st_mtime
        except FileNotFoundError:
            return None
        if time.time() - started > BUILD_TIMEOUT.total_seconds():
            return None
        return started

    @property
    def stalled(self) -> bool:
        return self.building_marker.exists() and self.building_since is None

    @property
    def failure(self) -> str:
        try:
            return self.failed_marker.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""


def filters_to_dict(filters: Filters) -> dict[str, Any]:
    """Filters as JSON-ready data (for task arguments)."""
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


def dossier_file(story: Story, *, fmt: str, include: str, filters: Filters) -> DossierFile:
    """Where the current version of this dossier lives (one query, for the data version)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    review_statuses(include)  # refuses an unknown inclusion before any path is made
    version = dossier_version(story, include=include, filters=filters)
    name = f"{_prefix(story, include, filters)}{version}.{fmt}"
    return DossierFile(Path(settings.MEDIA_ROOT) / "dossiers" / str(story.pk) / name, fmt)


def _prefix(story: Story, include: str, filters: Filters) -> str:
    narrowed = filters.narrows_statements
    key = hashlib.sha256(repr(filters).encode()).hexdigest()[:8] if narrowed else "all"
    return f"{story.slug[:60]}-{include}-{key}-"


def write_dossier(story: Story, *, fmt: str, include: str, filters: Filters) -> DossierFile:
    """The dossier file, built now unless the current version is already on disk.

    Written to a temporary file and renamed, so a reader never sees half a PDF; older versions
    of the same dossier are removed.
    """
    target = dossier_file(story, fmt=fmt, include=include, filters=filters)
    if target.ready:
        return target
    content = render_dossier(story, fmt=fmt, include=include, filters=filters)
    folder = target.path.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=f".{fmt}")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temporary, target.path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    prefix = _prefix(story, include, filters)
    for old in folder.glob(f"{prefix}*.{fmt}*"):
        if old != target.path and not old.name.startswith(target.path.name):
            old.unlink(missing_ok=True)
    target.failed_marker.unlink(missing_ok=True)
    target.building_marker.unlink(missing_ok=True)
    return target


def mark_building(target: DossierFile) -> None:
    """Record that a background build of this file was queued (clears an earlier failure)."""
    target.path.parent.mkdir(parents=True, exist_ok=True)
    target.failed_marker.unlink(missing_ok=True)
    target.building_marker.write_text(dt.datetime.now(dt.UTC).isoformat(), encoding="utf-8")


def mark_failed(target: DossierFile, reason: str) -> None:
    target.path.parent.mkdir(parents=True, exist_ok=True)
    target.failed_marker.write_text(reason, encoding="utf-8")
    target.building_marker.unlink(missing_ok=True)


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
