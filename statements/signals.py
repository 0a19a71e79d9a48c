"""Signals other apps listen to, so that statements never imports them (watchlists)."""

from django.dispatch import Signal

# Sent inside the filing transaction of an article (kwarg: article_id); receivers that start
# work elsewhere do it on commit.
article_filed = Signal()
# Sent inside the transaction of an editor's review (kwargs: statement_id, decision).
statement_reviewed = Signal()
