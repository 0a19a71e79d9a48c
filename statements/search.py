"""Full-text search over statements, articles and actors.

On PostgreSQL: `websearch_to_tsquery` against the same `to_tsvector` expressions the GIN indexes
of migration 0004 are built on, ranked by `ts_rank`. Elsewhere (SQLite in development): every word
must appear, case-insensitively, ordered by recency.
"""

from __future__ import annotations

from functools import reduce
from operator import and_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from actors.models import Actor, Alias
from statements.models import Article, Statement

CONFIG = "english"
# The actor index uses the "simple" configuration: names are not stemmed.
NAME_CONFIG = "simple"

# These expressions must stay identical to the indexed ones (migration 0004) to use the indexes.
STATEMENT_VECTOR = SearchVector("text", config=CONFIG)
ARTICLE_VECTOR = SearchVector("title", "text", config=CONFIG)
ACTOR_VECTOR = SearchVector("name", config=NAME_CONFIG)


def on_postgres() -> bool:
    return connection.vendor == "postgresql"


def _words(q: str) -> list[str]:
    return [w.strip("\"'") for w in q.split() if w.strip("\"'") and w.upper() != "OR"][:10]


def _all_words(fields: tuple[str, ...], q: str) -> Q:
    """Each word in one of the fields (the SQLite fallback)."""
    terms = [
        reduce(lambda a, b: a | b, (Q(**{f"{f}__icontains": w}) for f in fields)) for w in _words(q)
    ]
    return reduce(and_, terms) if terms else Q(pk__in=[])


def matching_statements(q: str) -> QuerySet[Statement]:
    """Statements matching the query, unordered: for filtering by (one subquery)."""
    if on_postgres():
        query = SearchQuery(q, search_type="websearch", config=CONFIG)
        return Statement.objects.annotate(vector=STATEMENT_VECTOR).filter(vector=query)
    return Statement.objects.filter(_all_words(("text",), q))


def search_statements(q: str) -> QuerySet[Statement]:
    """Statements best match first, with their speaker, article and story."""
    found = matching_statements(q).select_related("speaker", "article", "story")
    if on_postgres():
        query = SearchQuery(q, search_type="websearch", config=CONFIG)
        return found.annotate(rank=SearchRank(STATEMENT_VECTOR, query)).order_by("-rank", "-pk")
    return found.order_by("-made_on", "-pk")


def search_articles(q: str) -> QuerySet[Article]:
    """Articles by title and text, best match first."""
    if on_postgres():
        query = SearchQuery(q, search_type="websearch", config=CONFIG)
        return (
            Article.objects.annotate(vector=ARTICLE_VECTOR, rank=SearchRank(ARTICLE_VECTOR, query))
            .filter(vector=query)
            .defer("raw_text")
            .order_by("-rank", "-pk")
        )
    return (
        Article.objects.filter(_all_words(("title", "text"), q))
        .defer("raw_text")
        .order_by("-published", "-pk")
    )


def search_actors(q: str) -> QuerySet[Actor]:
    """Actors by name, or by one of their aliases."""
    by_alias = Alias.objects.filter(name__icontains=q.strip()).values("actor_id")
    if on_postgres():
        query = SearchQuery(q, search_type="websearch", config=NAME_CONFIG)
        # Two subqueries, not an OR over a join, so the name index stays usable.
        by_name = Actor.objects.annotate(vector=ACTOR_VECTOR).filter(vector=query).values("pk")
        return (
            Actor.objects.filter(Q(pk__in=by_name) | Q(pk__in=by_alias))
            .annotate(rank=SearchRank(ACTOR_VECTOR, query))
            .order_by("-rank", "name")
        )
    return Actor.objects.filter(_all_words(("name",), q) | Q(pk__in=by_alias)).order_by("name")
