"""Thin Celery tasks: ids in, one call into statements.ingest, retries for network trouble only.

The services enqueue these (statements.services); the periodic sweeps are in statements.beat.
"""

from __future__ import annotations

from typing import Any

from celery import shared_task

from statements import ingest
from statements.taskguard import GuardedTask


class IngestTask(GuardedTask):
    """Ingest jobs that keep killing their worker fail their article with the reason."""

    abstract = True

    def on_poison(self, kwargs: dict[str, Any], reason: str) -> None:
        ingest.give_up(kwargs["article_id"])


@shared_task(base=IngestTask, bind=True, max_retries=None)
def ingest_article(self: IngestTask, *, article_id: int) -> str:
    """Run the pipeline for one article (idempotent: a done or failed article is left alone).

    Retries are counted in the article row (`attempts`), not in the message, so that they stay
    bounded across redeliveries, sweeps and broker restarts; the pipeline fails the article with
    its reason when none is left.
    """
    while True:
        try:
            return ingest.run_pipeline(article_id)
        except ingest.RetryLater as exc:
            if not self.request.is_eager:
                raise self.retry(countdown=exc.countdown) from exc
            # In-process (no broker, development): again at once; the row bounds the attempts.
