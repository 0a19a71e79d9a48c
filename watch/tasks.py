"""Thin Celery tasks: notifications after filing or review, and the e-mail digest."""

from __future__ import annotations

from celery import shared_task

from statements.models import Statement
from watch import digest, notify
from watch.models import WatchWhen


@shared_task(acks_late=True)
def notify_filed(*, article_id: int) -> int:
    """Notify the followers of an article's new statements (a redelivery inserts nothing new)."""
    ids = Statement.objects.filter(article_id=article_id).values_list("pk", flat=True)
    return notify.notify_statements(ids, when=WatchWhen.FILED)


@shared_task(acks_late=True)
def notify_accepted(*, statement_id: int) -> int:
    """Notify the followers who wait for an editor's acceptance."""
    return notify.notify_statements([statement_id], when=WatchWhen.ACCEPTED)


@shared_task(acks_late=False)
def send_digests() -> int:
    """Beat, daily: one e-mail per opted-in user listing what was not e-mailed yet."""
    return digest.send_digests()
