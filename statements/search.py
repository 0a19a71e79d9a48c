"""Full-text search over statements, articles, stories and actors.

On PostgreSQL: `websearch_to_tsquery('english', q)` (stemming; "quoted phrases", `or`, `-word`)
against the stored, GIN-indexed `search_vector` columns of articles and statements (migration
0006), so no text is parsed at query time. The work is bounded whatever the data size: a search
takes the CANDIDATES most recent matches of each kind (a backward walk of the primary key for a
common word, the GIN index for a rare one; the planner picks) and ranks only those by `ts_rank`.
Elsewhere (SQLite in development): every word must appear, case-insensitively, newest first.
"""

from __future__ import annotations

from functools import reduce
from operator import and_
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Left

from actors.models import Actor, Alias
from statements.models import SEARCH_CONFIG, Article, ReviewStatus, Statement, Story
from statements.querysets import INCLUDE_ALL, INCLUDE_DEFAULT, Filters

CONFIG = SEARCH_CONFIG
# The actor index uses the "simple" configuration: names are not stemmed.
NAME_CONFIG = "simple"
# Must stay identical to the indexed expression (migration 0004) to use its index.
ACTOR_VECTOR = SearchVector("name", config=NAME_CONFIG)
# What an untitled article shows of its text in the results.
OPENING = 160
# The most recent matches of each kind that are ranked and paged: "report" matches every one of
# 100,000 articles, and ranking them all took longer than a web worker may hold a request.
CANDIDATES = 1000
STORY_VECTOR = SearchVector("title", config=CONFIG)


def on_postgres() -> bool:
    return connection.vendor == "postgresql"


def _query(q: str, config: str = CONFIG) -> SearchQuery:
    return SearchQuery(q, search_type="websearch", config=config)


def _words(q: str) -> list[str]:
    return [
        w.strip("\"'").lstrip("-")
        for w in q.split()
        if w.strip("\"'-") and w.upper() != "OR" and not w.startswith("-")
    ][:10]


def _all_words(fields: tuple[str, ...], q: str) -> Q:
    """Each word in one of the fields (the SQLite fallback)."""
    terms = [
        reduce(lambda a, b: a | b, (Q(**{f"{f}__icontains": w}) for f in fields)) for w in _words(q)
    ]
    return reduce(and_, terms) if terms else Q(pk__in=[])


def matching_statements(q: str, include: str | None = None) -> QuerySet[Statement]:
    """Statements matching the query, unordered: for filtering by (one subquery).

    With `include` (accepted / all / everything, as on the timeline), only statements of those
    review statuses; without it, every status (the story list filters by status itself).
    """
    found = Statement.objects.all()
    if include == INCLUDE_ALL:
        # The same rows as `review_status IN (accepted, proposed)` (a check constraint names the
        # three statuses), written as an exclusion so that no btree index on the status competes
        # with the text index: the match stays a GIN index scan (test_search's EXPLAIN test).
        found = found.exclude(review_status=ReviewStatus.REJECTED)
    elif include is not None:
        found = found.filter(Filters(include=include).statement_q())
    if on_postgres():
        return found.filter(search_vector=_query(q))
    return found.filter(_all_words(("text",), q))


def _recent(matching: QuerySet[Any, Any]) -> QuerySet[Any, Any]:
    """The primary keys of the CANDIDATES most recent rows of `matching` (a subquery)."""
    return matching.order_by("-pk").values("pk")[:CANDIDATES]


def search_statements(q: str, include: str = INCLUDE_DEFAULT) -> QuerySet[Statement]:
    """Statements best match first (among the most recent matches), with speaker, article, story;
    rejected ones left out unless `include` is "everything"."""
    found = (
        Statement.objects.filter(pk__in=_recent(matching_statements(q, include)))
        .select_related("speaker", "article", "story")
        .defer("search_vector", "article__text", "article__raw_text", "article__search_vector")
    )
    if on_postgres():
        rank = SearchRank(F("search_vector"), _query(q))
        return found.annotate(rank=rank).order_by("-rank", "-pk")
    return found.order_by("-made_on", "-pk")


def search_articles(q: str) -> QuerySet[Article]:
    """Articles by title, outlet and text, best match first (among the most recent matches),
    without their texts (an opening of the text stands in for a missing title)."""
    fields = ("pk", "title", "outlet", "published", "source_url", "status")
    found: QuerySet[Article, Any]
    if on_postgres():
        matching = Article.objects.filter(search_vector=_query(q))
        found = Article.objects.filter(pk__in=_recent(matching)).annotate(
            rank=SearchRank(F("search_vector"), _query(q))
        )
        order: tuple[str, ...] = ("-rank", "-pk")
    else:
        matching = Article.objects.filter(_all_words(("title", "outlet", "text"), q))
        found = Article.objects.filter(pk__in=_recent(matching))
        order = ("-published", "-pk")
    return found.only(*fields).annotate(opening=Left("text", OPENING)).order_by(*order)


def search_stories(q: str, include: str = INCLUDE_DEFAULT) -> QuerySet[Story]:
    """Stories whose title, or one of whose recently matching statements (of the review statuses
    `include` shows), matches; latest activity first."""
    if on_postgres():
        # The title index of migration 0006 (story_title_search_idx) is on this expression.
        titled = Story.objects.annotate(vector=STORY_VECTOR).filter(vector=_query(q))
    else:
        titled = Story.objects.filter(_all_words(("title",), q))
    with_statement = Statement.objects.filter(
        pk__in=_recent(matching_statements(q, include))
    ).values("story_id")
    return Story.objects.filter(Q(pk__in=_recent(titled)) | Q(pk__in=with_statement)).order_by(
        F("last_activity").desc(nulls_last=True), "-pk"
    )


def search_actors(q: str) -> QuerySet[Actor]:
    """Actors by name, or by one of their aliases."""
    by_alias = Alias.objects.filter(name__icontains=q.strip()).values("actor_id")
    if on_postgres():
        query = _query(q, NAME_CONFIG)
        # Two subqueries, not an OR over a join, so the name index stays usable.
        by_name = Actor.objects.annotate(vector=ACTOR_VECTOR).filter(vector=query).values("pk")
        return (
            Actor.objects.filter(Q(pk__in=by_name) | Q(pk__in=by_alias))
            .annotate(rank=SearchRank(ACTOR_VECTOR, query))
            .order_by("-rank", "name")
        )
    return Actor.objects.filter(_all_words(("name",), q) | Q(pk__in=by_alias)).order_by("name")
