"""Thin Celery tasks: ids in, one call into statements.ingest, retries for network trouble only."""

from __future__ import annotations

from celery import shared_task

from statements import ingest


@shared_task(
    autoretry_for=(ingest.TransientIngestError,),
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=6,
    acks_late=True,
)
def ingest_article(*, article_id: int) -> str:
    """Run the pipeline for one article (idempotent: a done article is left alone)."""
    return ingest.run_pipeline(article_id)


@shared_task(acks_late=True)
def requeue_stalled_articles() -> int:
    """Beat: put back in the queue articles whose worker died mid-job."""
    ids = ingest.stalled_articles()
    for article_id in ids:
        ingest_article.delay(article_id=article_id)
    return len(ids)
