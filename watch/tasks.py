"""Thin Celery tasks: notifications after filing or review, and the e-mail digest."""

from __future__ import annotations

from celery import shared_task

from statements.models import Statement
from watch import digest, notify, outbox
from watch.models import WatchWhen


@shared_task(acks_late=True)
def notify_filed(*, article_id: int) -> int:
    """Notify the followers of an article's new statements (a redelivery inserts nothing new)."""
    requested_at = outbox.seen(article_id=article_id)
    ids = Statement.objects.filter(article_id=article_id).values_list("pk", flat=True)
    told = notify.notify_statements(ids, when=WatchWhen.FILED)
    outbox.done(requested_at, article_id=article_id)
    return told


@shared_task(acks_late=True)
def notify_accepted(*, statement_id: int) -> int:
    """Notify the followers who wait for an editor's acceptance."""
    requested_at = outbox.seen(statement_id=statement_id)
    told = notify.notify_statements([statement_id], when=WatchWhen.ACCEPTED)
    outbox.done(requested_at, statement_id=statement_id)
    return told


@shared_task(acks_late=False)
def send_digests() -> int:
    """Beat, daily: one e-mail per opted-in user listing what was not e-mailed yet."""
    return digest.send_digests()
