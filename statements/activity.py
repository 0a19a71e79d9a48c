"""The articles' token: renewed whenever an article is written (a stage of the pipeline, a
reparse, an edit), so that what is read from articles can be cached like the rest.

The pipeline moves articles with conditional UPDATEs (statements.ingest), which bump no version
and send no signal: `ArticleQuerySet.update` renews the token after every UPDATE that changed a
row, and a signal after every save or delete of an article (statements.apps). Two readers use it:

- a story page asks whether an ingest runs on the story from the cache (statements.liveness):
  the answer is kept with the articles' and the content token it was read under (a statement
  moved to another story renews the content token), and a "yes" expires when the newest of the
  story's running articles would stall (`LIVE_WINDOW` after it last moved);
- search caches the articles it finds under the token.

As for the content token (statements.summaries), the token is renewed at once and again after
the commit, and what hangs on it lives `CONTENT_TIMEOUT` at most: a writer whose cache is not the
web's renews nothing.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db import transaction

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
