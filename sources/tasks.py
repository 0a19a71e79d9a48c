"""Thin Celery tasks: beat's polling round, and one task per source poll."""

from __future__ import annotations

from celery import shared_task

from sources import polling


# Not acks_late: a round lost with its worker is simply the next minute's round.
@shared_task(acks_late=False)
def poll_due_sources() -> int:
    """Beat, every minute: one poll task per due source (each claims its source before polling)."""
    ids = polling.due_source_ids()
    for source_id in ids:
        poll_source.delay(source_id=source_id)
    return len(ids)


@shared_task(acks_late=True)
def poll_source(*, source_id: int, force: bool = False) -> str:
    """Poll one source; a second delivery of the same job finds it claimed or not due."""
    return polling.poll_source(source_id, force=force).state
