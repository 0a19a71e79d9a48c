"""The articles' token: renewed whenever an article is written (a stage of the pipeline, a
reparse, an edit), so that what is read from articles can be cached like the rest.

The pipeline moves articles with conditional UPDATEs (statements.ingest), which bump no version
and send no signal: `ArticleQuerySet.update` renews the token after every UPDATE that changed a
row, and a signal after every save or delete of an article (statements.apps). Two readers use it:

- a story page asks whether an ingest runs on the story (`live_in`) from the cache: the answer
  is kept with the articles' and the content token it was read under (a statement moved to
  another story renews the content token), and a "yes" expires when the newest of the story's
  running articles would stall (`LIVE_WINDOW` after it last moved);
- search caches the articles it finds under the token.

As for the content token (statements.summaries), the token is renewed at once and again after
the commit, and what hangs on it lives `CONTENT_TIMEOUT` at most: a writer whose cache is not the
web's renews nothing.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

ARTICLES_VERSION = "activity:articles-version"
# Written without renewing the token: no page shows them nor decides by them (the broker's
# hand-over time, written for every job the sweeper or a submission enqueues).
UNSEEN_FIELDS = frozenset({"enqueued_at"})


def articles_version() -> str:
    """The current articles' token (made when missing)."""
    token: str | None = cache.get(ARTICLES_VERSION)
    return token if token is not None else _made()


def _made() -> str:
    cache.add(ARTICLES_VERSION, uuid.uuid4().hex, None)
    return cache.get(ARTICLES_VERSION) or ""


def articles_changed() -> None:
    """A new articles' token now and again after the commit: a reader that met the new token
    before the commit and cached what it read from the rows of before is not believed after."""
    cache.set(ARTICLES_VERSION, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(ARTICLES_VERSION, uuid.uuid4().hex, None))


def _article_written(**kwargs: Any) -> None:
    articles_changed()


def connect() -> None:
    """A new token when an article is saved or deleted (its UPDATEs: ArticleQuerySet.update)."""
    from django.db.models.signals import post_delete, post_save

    from statements.models import Article

    post_save.connect(_article_written, sender=Article, dispatch_uid="activity-article-save")
    post_delete.connect(_article_written, sender=Article, dispatch_uid="activity-article-delete")


def live_key(slug: str) -> str:
    return f"activity:live:{slug}"


def tokens_and_live(slug: str) -> tuple[str, bool]:
    """The content token and whether an ingest runs on the story `slug`, in one round trip to
    the cache when both tokens and the story's answer are there (else one query more)."""
    from statements import summaries
    from statements.models import LIVE_WINDOW

    found = cache.get_many([summaries.CONTENT_VERSION, ARTICLES_VERSION, live_key(slug)])
    content = found.get(summaries.CONTENT_VERSION) or summaries.content_version()
    articles = found.get(ARTICLES_VERSION) or _made()
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
    from statements.models import IN_PROGRESS, LIVE_NEWEST_BY_SLUG, LIVE_WINDOW

    recent = timezone.now() - LIVE_WINDOW
    with connection.cursor() as cursor:
        since = connection.ops.adapt_datetimefield_value(recent)
        cursor.execute(LIVE_NEWEST_BY_SLUG, [*IN_PROGRESS, since, slug])
        row = cursor.fetchone()
    return row[0] if row else None
