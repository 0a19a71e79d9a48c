"""Periodic tasks run by Celery beat (autodiscovered as `<app>.beat`, see config/celery.py).

They sit apart from statements/tasks.py because they submit work: the sweep calls the services,
which enqueue the worker tasks. Keeping them here keeps the import direction one way
(beat → services → tasks → ingest).
"""

from __future__ import annotations

from celery import shared_task

from statements import services
from statements.taskguard import forget_stale_deliveries


# Not acks_late: a sweep lost with its worker is simply the next minute's sweep.
@shared_task(acks_late=False)
def sweep_articles() -> dict[str, int]:
    """Every minute: enqueue articles the broker does not hold; fail exhausted ones."""
    swept = services.sweep_articles()
    swept["forgotten_deliveries"] = forget_stale_deliveries()
    return swept


@shared_task(acks_late=False)
def sweep_dossier_builds() -> dict[str, int]:
    """Every minute: fail builds whose worker vanished; publish those never accepted."""
    return services.sweep_dossier_builds()
