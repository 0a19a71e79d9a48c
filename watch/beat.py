"""Periodic task run by Celery beat (autodiscovered as `<app>.beat`): the notifications' outbox.

It publishes the notify jobs, so it sits apart from watch/tasks.py and keeps the import
direction one way (receivers, beat → tasks → outbox); `send` is also what a filing's on-commit
callback calls (watch.receivers).
"""

from __future__ import annotations

from celery import shared_task

from statements.taskguard import publish
from watch import outbox
from watch.models import PendingNotice
from watch.tasks import notify_accepted, notify_filed


def send(notice: PendingNotice) -> bool:
    """Publish the notice's job and record whether the broker took it (never raises)."""
    if notice.article_id is not None:
        accepted = publish(notify_filed, article_id=notice.article_id)
    else:
        accepted = publish(notify_accepted, statement_id=notice.statement_id)
    outbox.record_sent(notice.pk, accepted=accepted)
    return accepted


# Not acks_late: a sweep lost with its worker is simply the next minute's sweep.
@shared_task(acks_late=False)
def sweep_notifications() -> dict[str, int]:
    """Every minute: publish the notify jobs the broker refused or lost."""
    claimed = outbox.claim_due()
    sent = sum(send(notice) for notice in claimed)
    return {"sent": sent, "refused": len(claimed) - sent}
