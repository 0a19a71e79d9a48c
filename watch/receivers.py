"""Filing and reviewing write a notice in the notifications' outbox (watch.outbox) in their own
transaction, and publish the notify task once it commits; a broker outage leaves the notice for
beat's sweep (watch.beat), never loses the notifications, never fails the filing."""

from typing import Any

from django.db import transaction
from django.dispatch import receiver

from statements.models import ReviewStatus
from statements.signals import article_filed, statement_reviewed
from watch import outbox


@receiver(article_filed)
def notify_on_filing(sender: Any, *, article_id: int, **kwargs: Any) -> None:
    from watch.beat import send

    notice = outbox.note_filing(article_id)
    transaction.on_commit(lambda: send(notice))


@receiver(statement_reviewed)
def notify_on_review(sender: Any, *, statement_id: int, decision: str, **kwargs: Any) -> None:
    from watch.beat import send

    if decision == ReviewStatus.ACCEPTED:
        notice = outbox.note_acceptance(statement_id)
        transaction.on_commit(lambda: send(notice))
