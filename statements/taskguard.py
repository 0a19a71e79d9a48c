"""Sending tasks without failing on a broker outage (`publish`), and the poison-message guard
for late-acknowledged tasks (`GuardedTask`).

With `acks_late` and `reject_on_worker_lost`, a task whose worker dies (killed at the hard time
limit, out of memory, host lost) goes back to the queue at once. A task that kills its worker
every time would loop forever. `GuardedTask` records each delivery in the database before the
task body runs and forgets it once the body returns or raises; a record still there on the next
delivery means the worker died. After `max_deliveries` such deliveries the task is not run
again: `on_poison` records the failure with its reason and the message is acknowledged.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from celery.contrib.django.task import DjangoTask
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from kombu.exceptions import ChannelError

from statements.models import TaskDelivery

logger = logging.getLogger(__name__)

# Rows older than this belong to messages that were never delivered again (lost with a broker
# without persistence): the sweeper deletes them.
FORGET_AFTER = dt.timedelta(days=1)


def publish(task: Any, **kwargs: Any) -> bool:
    """Send the task's message; False when the broker refused it (never raises).

    A refusal (connection refused, timeout, auth) is not an error: the caller's row stays
    unsent and the sweeper publishes it later. Without a broker (eager mode) the job ran
    in-process and recorded its outcome in its own row: what it raised is logged only.
    """
    try:
        task.delay(**kwargs)
    except Exception:
        if task.app.conf.task_always_eager:
            logger.exception("%s%r raised", task.name, kwargs)
            return True
        logger.warning("%s%r not enqueued; the sweeper retries", task.name, kwargs, exc_info=True)
        return False
    return True


def waiting_messages(task: Any) -> int | None:
    """How many messages wait in the broker's queue of `task` (None: eager, or no broker answer).

    One passive declare on a short-lived connection: with Redis, the length of the queue's lists.
    A queue the broker does not know holds nothing. Never raises.
    """
    app = task.app
    if app.conf.task_always_eager:
        return None
    queue = app.amqp.router.route({}, task.name)["queue"].name
    try:
        with app.connection_for_read() as connection:
            connection.ensure_connection(max_retries=1, interval_start=0, interval_step=0)
            with connection.channel() as channel:
                try:
                    return int(channel.queue_declare(queue=queue, passive=True).message_count)
                except ChannelError:
                    return 0
    except Exception:
        logger.warning("could not count the messages waiting in %s", queue, exc_info=True)
        return None


def record_delivery(*, key: str, task: str) -> int:
    """Count one more delivery of the message; returns how many started (one or two queries)."""
    try:
        with transaction.atomic():
            TaskDelivery.objects.create(key=key, task=task[:200])
        return 1
    except IntegrityError:
        TaskDelivery.objects.filter(key=key).update(count=F("count") + 1)
        return TaskDelivery.objects.filter(key=key).values_list("count", flat=True).first() or 1


def forget_delivery(*, key: str) -> None:
    TaskDelivery.objects.filter(key=key).delete()


def forget_stale_deliveries() -> int:
    """Delete the records of messages that never came back (called by the sweeper)."""
    deleted, _ = TaskDelivery.objects.filter(first_at__lt=timezone.now() - FORGET_AFTER).delete()
    return deleted


class GuardedTask(DjangoTask):  # type: ignore[misc]
    """A late-acknowledged task that stops after its worker died `max_deliveries` times."""

    abstract = True
    acks_late = True
    max_deliveries = 2

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        request = self.request
        if request.is_eager or request.called_directly or not request.id:
            return super().__call__(*args, **kwargs)
        key = f"{request.id}:{request.retries}"
        started = record_delivery(key=key, task=self.name)
        if started > self.max_deliveries:
            stops = started - 1
            self.on_poison(
                kwargs,
                f"the worker stopped {stops} times while running it (killed at the time limit "
                "or out of memory)",
            )
            forget_delivery(key=key)
            return "poison"
        try:
            return super().__call__(*args, **kwargs)
        finally:
            forget_delivery(key=key)

    def on_poison(self, kwargs: dict[str, Any], reason: str) -> None:
        """Record that the task was given up, with the reason (tasks override this)."""
        raise NotImplementedError
