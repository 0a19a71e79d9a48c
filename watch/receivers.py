"""Filing and reviewing start the notification task once their transaction commits."""

from typing import Any

from django.db import transaction
from django.dispatch import receiver

from statements.models import ReviewStatus
from statements.signals import article_filed, statement_reviewed


@receiver(article_filed)
def notify_on_filing(sender: Any, *, article_id: int, **kwargs: Any) -> None:
    from watch.tasks import notify_filed

    transaction.on_commit(lambda: _send(notify_filed, article_id=article_id))


@receiver(statement_reviewed)
def notify_on_review(sender: Any, *, statement_id: int, decision: str, **kwargs: Any) -> None:
    from watch.tasks import notify_accepted

    if decision == ReviewStatus.ACCEPTED:
        transaction.on_commit(lambda: _send(notify_accepted, statement_id=statement_id))


def _send(task: Any, **kwargs: int) -> None:
    """Hand the job to the broker; a broker outage loses a notification, never the filing."""
    try:
        task.delay(**kwargs)
    except Exception:  # connection refused, timeout: the filing stands
        import logging

        logging.getLogger(__name__).warning("could not queue %s %s", task.name, kwargs)
