"""Thin Celery task: build one queued dossier (for large stories); the services enqueue it."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from statements.export import builds
from statements.taskguard import GuardedTask


class DossierBuildTask(GuardedTask):
    """A build that keeps killing its worker is failed with the reason, not looped."""

    abstract = True

    def on_poison(self, kwargs: dict[str, Any], reason: str) -> None:
        builds.fail(
            kwargs["build_id"],
            f"The dossier could not be built: {reason}. It was not tried again; try a narrower "
            "filter or another format.",
        )


@shared_task(base=DossierBuildTask)
def build_dossier_file(*, build_id: int) -> str:
    """Build the dossier of one DossierBuild row into the storage (idempotent)."""
    return builds.run_build(build_id)
