"""Whether an ingest runs on a story, from the cache (statements.activity's articles' token).

A story page asks whether one of its articles is being processed (`tokens_and_live`): the answer
is kept with the articles' and the content token it was read under (a statement moved to another
story renews the content token), and a "yes" expires when the newest of the story's running
articles would stall (`LIVE_WINDOW` after it last moved). Kept apart from statements.activity,
which statements.models imports, so that no import goes round in a circle.
"""

from __future__ import annotations

import math
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from statements import summaries
from statements.activity import ARTICLES_VERSION, articles_changed, articles_version
from statements.models import IN_PROGRESS, LIVE_NEWEST_BY_SLUG, LIVE_WINDOW, Article


def _article_written(**kwargs: Any) -> None:
    articles_changed()


def connect() -> None:
    """A new articles' token when an article is saved or deleted (its UPDATEs renew it in
    ArticleQuerySet.update)."""
    post_save.connect(_article_written, sender=Article, dispatch_uid="activity-article-save")
    post_delete.connect(_article_written, sender=Article, dispatch_uid="activity-article-delete")


def live_key(slug: str) -> str:
    return f"activity:live:{slug}"


def tokens_and_live(slug: str) -> tuple[str, bool]:
    """The content token and whether an ingest runs on the story `slug`, in one round trip to
    the cache when both tokens and the story's answer are there (else one query more)."""
    found = cache.get_many([summaries.CONTENT_VERSION, ARTICLES_VERSION, live_key(slug)])
    content = found.get(summaries.CONTENT_VERSION) or summaries.content_version()
    articles = found.get(ARTICLES_VERSION) or articles_version()
    known = found.get(live_key(slug))
    if known is not None and known[:2] == (content, articles):
        return content, bool(known[2])
    newest = newest_running(slug)
    now = timezone.now()
    if newest is not None and newest + LIVE_WINDOW > now:
        # Believed until the newest running article would stall: then asked again.
        timeout = max(1, math.ceil((newest + LIVE_WINDOW - now).total_seconds()))
        live = True
    else:
        timeout = summaries.CONTENT_TIMEOUT
        live = False
    cache.set(live_key(slug), (content, articles, live), min(timeout, summaries.CONTENT_TIMEOUT))
    return content, live


def newest_running(slug: str) -> Any:
    """When the story's most recently moved article in progress last moved (within LIVE_WINDOW),
    or None (one query; statements.models.LIVE_BY_SLUG)."""
    recent = timezone.now() - LIVE_WINDOW
    with connection.cursor() as cursor:
        since = connection.ops.adapt_datetimefield_value(recent)
        cursor.execute(LIVE_NEWEST_BY_SLUG, [*IN_PROGRESS, since, slug])
        row = cursor.fetchone()
    return row[0] if row else None
