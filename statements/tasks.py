"""Thin Celery tasks: ids in, one call into statements.ingest, retries for network trouble only."""

from __future__ import annotations

from celery import Task, shared_task

from statements import ingest


@shared_task(bind=True, acks_late=True, max_retries=None)
def ingest_article(self: Task, *, article_id: int) -> str:
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


# Not acks_late: a sweep lost with its worker is simply the next minute's sweep.
@shared_task(acks_late=False)
def sweep_articles() -> dict[str, int]:
    """Beat, every minute: enqueue articles the broker does not hold; fail exhausted ones."""
    return ingest.sweep_articles()
