"""Full-text query building shared by the models' search methods and the search page.

On PostgreSQL `websearch_to_tsquery` (stemming; "quoted phrases", `or`, `-word`) against stored
tsvector columns; elsewhere (SQLite in development) every word must appear, case-insensitively.
"""

from __future__ import annotations

from functools import reduce
from operator import and_

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Q

# Statements, articles and story titles are stemmed as English.
CONFIG = "english"
# The actor index uses the "simple" configuration: names are not stemmed.
NAME_CONFIG = "simple"


def on_postgres() -> bool:
    """Whether the database is PostgreSQL (full-text search) rather than SQLite (LIKE)."""
    return connection.vendor == "postgresql"


def text_query(q: str, config: str = CONFIG) -> SearchQuery:
    """The analyst's words as a web-search style tsquery."""
    return SearchQuery(q, search_type="websearch", config=config)


def _words(q: str) -> list[str]:
    return [
        w.strip("\"'").lstrip("-")
        for w in q.split()
        if w.strip("\"'-") and w.upper() != "OR" and not w.startswith("-")
    ][:10]


def all_words(fields: tuple[str, ...], q: str) -> Q:
    """Each word in one of the fields (the SQLite fallback)."""
    terms = [
        reduce(lambda a, b: a | b, (Q(**{f"{f}__icontains": w}) for f in fields)) for w in _words(q)
    ]
    return reduce(and_, terms) if terms else Q(pk__in=[])
