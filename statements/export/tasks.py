"""Thin Celery task: build one dossier file in the background (for large stories)."""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded

from statements.export import files
from statements.models import Story
from statements.taskguard import GuardedTask

logger = logging.getLogger(__name__)


class DossierBuildTask(GuardedTask):
    """A build that keeps killing its worker is marked failed with the reason, not looped."""

    abstract = True

    def on_poison(self, kwargs: dict[str, Any], reason: str) -> None:
        story = Story.objects.filter(pk=kwargs["story_id"]).first()
        if story is None:
            return
        chosen = files.filters_from_dict(kwargs.get("filters"))
        target = files.dossier_file(
            story, fmt=kwargs["fmt"], include=kwargs["include"], filters=chosen
        )
        files.mark_failed(
            target,
            f"The dossier could not be built: {reason}. It was not tried again; try a narrower "
            "filter or another format.",
        )


@shared_task(base=DossierBuildTask)
def build_dossier_file(
    *, story_id: int, fmt: str, include: str, filters: dict[str, Any] | None = None
) -> str:
    """Write the story's dossier to MEDIA_ROOT/dossiers (a fresh file is left alone)."""
    story = Story.objects.filter(pk=story_id).first()
    if story is None:
        return "missing"
    chosen = files.filters_from_dict(filters)
    try:
        target = files.write_dossier(story, fmt=fmt, include=include, filters=chosen)
    except SoftTimeLimitExceeded:
        target = files.dossier_file(story, fmt=fmt, include=include, filters=chosen)
        files.mark_failed(
            target,
            "The dossier took longer than the time limit to build. Building it again will not "
            "help; choose another format (Markdown, JSON, CSV) or narrow the filters.",
        )
        return "too long"
    except Exception as exc:
        logger.exception("dossier %s.%s failed", story_id, fmt)
        target = files.dossier_file(story, fmt=fmt, include=include, filters=chosen)
        files.mark_failed(target, f"The dossier could not be built ({type(exc).__name__}).")
        raise
    return str(target.path)
