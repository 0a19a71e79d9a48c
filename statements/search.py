"""Full-text search over statements, articles, stories and actors.

On PostgreSQL: `websearch_to_tsquery('english', q)` (stemming; "quoted phrases", `or`, `-word`)
against the stored, GIN-indexed `search_vector` columns of articles and statements (migration
0006), so no text is parsed at query time. The work is bounded whatever the data size: a search
takes the CANDIDATES most recent matches of each kind (a backward walk of the primary key for a
common word, the GIN index for a rare one; the planner picks) and ranks only those by `ts_rank`.
Elsewhere (SQLite in development): every word must appear, case-insensitively, newest first.
"""

from __future__ import annotations

from typing import Any

from django.contrib.postgres.search import SearchRank, SearchVector
from django.db.models import F, FloatField, Q, QuerySet
from django.db.models.functions import Cast, Left

from actors.models import Actor, Alias
from statements.fulltext import CONFIG, NAME_CONFIG, all_words, on_postgres, text_query
from statements.models import Article, Statement, Story
from statements.querysets import INCLUDE_DEFAULT

# Must stay identical to the indexed expression (migration 0004) to use its index.
ACTOR_VECTOR = SearchVector("name", config=NAME_CONFIG)
# What an untitled article shows of its text in the results.
OPENING = 160
# The most recent matches of each kind that are ranked and paged: "report" matches every one of
# 100,000 articles, and ranking them all took longer than a web worker may hold a request.
CANDIDATES = 1000
STORY_VECTOR = SearchVector("title", config=CONFIG)


def _rank(vector: Any, query: Any) -> Cast:
    """ts_rank as double precision: its own type (real) prints rounded, so a rank read back
    from a row would not equal itself in SQL, and the API's cursor (rank, id) needs it to."""
    return Cast(SearchRank(vector, query), FloatField())


def _recent(matching: QuerySet[Any, Any]) -> QuerySet[Any, Any]:
    """The primary keys of the CANDIDATES most recent rows of `matching` (a subquery)."""
    return matching.order_by("-pk").values("pk")[:CANDIDATES]


def search_statements(q: str, include: str = INCLUDE_DEFAULT) -> QuerySet[Statement]:
    """Statements best match first (among the most recent matches), with speaker, article, story;
    rejected ones left out unless `include` is "everything"."""
    found = (
        Statement.objects.filter(pk__in=_recent(Statement.objects.matching_text(q, include)))
        .select_related("speaker", "article", "story")
        .defer("search_vector", "article__text", "article__raw_text", "article__search_vector")
    )
    if on_postgres():
        rank = _rank(F("search_vector"), text_query(q))
        return found.annotate(rank=rank).order_by("-rank", "-pk")
    return found.order_by("-made_on", "-pk")


def search_articles(q: str) -> QuerySet[Article]:
    """Articles by title, outlet and text, best match first (among the most recent matches),
    without their texts (an opening of the text stands in for a missing title)."""
    fields = ("pk", "title", "outlet", "published", "source_url", "status")
    found: QuerySet[Article, Any]
    if on_postgres():
        matching = Article.objects.filter(search_vector=text_query(q))
        found = Article.objects.filter(pk__in=_recent(matching)).annotate(
            rank=_rank(F("search_vector"), text_query(q))
        )
        order: tuple[str, ...] = ("-rank", "-pk")
    else:
        matching = Article.objects.filter(all_words(("title", "outlet", "text"), q))
        found = Article.objects.filter(pk__in=_recent(matching))
        order = ("-published", "-pk")
    return found.only(*fields).annotate(opening=Left("text", OPENING)).order_by(*order)


def search_stories(q: str, include: str = INCLUDE_DEFAULT) -> QuerySet[Story]:
    """Stories whose title, or one of whose recently matching statements (of the review statuses
    `include` shows), matches; latest activity first."""
    if on_postgres():
        # The title index of migration 0006 (story_title_search_idx) is on this expression.
        titled = Story.objects.annotate(vector=STORY_VECTOR).filter(vector=text_query(q))
    else:
        titled = Story.objects.filter(all_words(("title",), q))
    with_statement = Statement.objects.filter(
        pk__in=_recent(Statement.objects.matching_text(q, include))
    ).values("story_id")
    return Story.objects.filter(Q(pk__in=_recent(titled)) | Q(pk__in=with_statement)).order_by(
        F("last_activity").desc(nulls_last=True), "-pk"
    )


def search_actors(q: str) -> QuerySet[Actor]:
    """Actors by name, or by one of their aliases."""
    by_alias = Alias.objects.filter(name__icontains=q.strip()).values("actor_id")
    if on_postgres():
        query = text_query(q, NAME_CONFIG)
        # Two subqueries, not an OR over a join, so the name index stays usable.
        by_name = Actor.objects.annotate(vector=ACTOR_VECTOR).filter(vector=query).values("pk")
        return (
            Actor.objects.filter(Q(pk__in=by_name) | Q(pk__in=by_alias))
            .annotate(rank=_rank(ACTOR_VECTOR, query))
            .order_by("-rank", "name", "pk")
        )
    return Actor.objects.filter(all_words(("name",), q) | Q(pk__in=by_alias)).order_by("name", "pk")
