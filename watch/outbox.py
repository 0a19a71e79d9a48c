"""The notifications' outbox: a PendingNotice row per filing or acceptance not yet notified.

The row is written in the filing's transaction, so the filing and the duty to notify commit
together; the task deletes it once the followers are told. A broker that refuses the job (or
loses it) leaves the row, and beat's sweep publishes the job again. Notifying is idempotent
(watch.notify), so a job sent twice tells nobody twice.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from watch.models import PendingNotice

logger = logging.getLogger(__name__)

# A notice the broker never took is published by the sweep after this grace (the publish on
# commit normally lands within milliseconds).
SEND_GRACE = dt.timedelta(seconds=30)
# A notice the broker took but no task finished by then was lost (a broker without persistence,
# a purged queue): sent again.
LOST_AFTER = dt.timedelta(minutes=15)
# Sends of one notice before it is dropped with an error in the log (a task that keeps failing
# is a bug to fix, not a reason to loop).
MAX_SENDS = 5


def note_filing(article_id: int) -> PendingNotice:
    """In the filing's transaction: the article's followers are to be told (one row per article)."""
    notice, _ = PendingNotice.objects.update_or_create(
        article_id=article_id,
        defaults={"requested_at": timezone.now(), "enqueued_at": None, "sends": 0},
    )
    return notice


def note_acceptance(statement_id: int) -> PendingNotice:
    """In the review's transaction: the followers waiting for acceptance are to be told."""
    notice, _ = PendingNotice.objects.update_or_create(
        statement_id=statement_id,
        defaults={"requested_at": timezone.now(), "enqueued_at": None, "sends": 0},
    )
    return notice


def record_sent(notice_id: int, *, accepted: bool) -> None:
    """Whether the broker took the job: a refused one waits for the sweep (enqueued_at None).

    Only sends the broker took count towards MAX_SENDS: an outage of any length drops nothing.
    """
    PendingNotice.objects.filter(pk=notice_id).update(
        enqueued_at=timezone.now() if accepted else None, sends=F("sends") + int(accepted)
    )


def seen(*, article_id: int | None = None, statement_id: int | None = None) -> dt.datetime | None:
    """When the notice a task is about to serve was requested (read before the statements)."""
    found = _of(article_id, statement_id)
    return found.values_list("requested_at", flat=True).first()


def done(
    requested_at: dt.datetime | None,
    *,
    article_id: int | None = None,
    statement_id: int | None = None,
) -> None:
    """The followers are told: delete the notice, unless a later filing asked again meanwhile."""
    if requested_at is None:
        return
    found = _of(article_id, statement_id)
    found.filter(requested_at__lte=requested_at).delete()


def _of(article_id: int | None, statement_id: int | None) -> QuerySet[PendingNotice]:
    if article_id is not None:
        return PendingNotice.objects.filter(article_id=article_id)
    assert statement_id is not None, "a notice is of an article or of a statement"
    return PendingNotice.objects.filter(statement_id=statement_id)


def _due_q(now: dt.datetime) -> Q:
    return Q(enqueued_at__isnull=True, requested_at__lt=now - SEND_GRACE) | Q(
        enqueued_at__lt=now - LOST_AFTER
    )


def claim_due(limit: int = 500) -> list[PendingNotice]:
    """Notices to send again, each claimed by a conditional UPDATE (two sweeps send it once);
    those sent MAX_SENDS times are dropped, logged."""
    now = timezone.now()
    due = _due_q(now)
    exhausted = list(PendingNotice.objects.filter(due, sends__gte=MAX_SENDS)[:limit])
    for notice in exhausted:
        logger.error("notifications of %s given up after %s sends", notice, notice.sends)
    PendingNotice.objects.filter(pk__in=[n.pk for n in exhausted]).delete()
    return [
        notice
        for notice in PendingNotice.objects.filter(due, sends__lt=MAX_SENDS).order_by("pk")[:limit]
        # Zero rows: another sweep, or the task itself, got there first.
        if PendingNotice.objects.filter(due, pk=notice.pk).update(enqueued_at=now)
    ]
