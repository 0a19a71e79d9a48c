"""The API's reads: the pages' filters and search narrowed to the columns the API returns.

Every list runs a fixed number of queries whatever its length (tests/api/test_query_counts.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from actors.models import Actor, Affiliation
from statements.models import Article, Statement, StatementLink, Story
from statements.querysets import INCLUDE_DEFAULT, INCLUDE_EVERYTHING, Filters

ARTICLE_BRIEF = ("id", "title", "outlet", "published", "source_url")
ARTICLE_FIELDS = (*ARTICLE_BRIEF, "status", "error", "language", "added_at", "updated_at")


def statements(
    filters: Filters,
    *,
    story: int | None = None,
    article: int | None = None,
    review_status: str = "",
) -> QuerySet[Statement]:
    """Statements the filters keep, with speaker, article and outgoing links (two queries)."""
    if review_status:
        filters = Filters(**{**filters.__dict__, "include": INCLUDE_EVERYTHING})
    found = Statement.objects.filter(filters.statement_q())
    if review_status:
        found = found.filter(review_status=review_status)
    if story is not None:
        found = found.filter(story_id=story)
    if article is not None:
        found = found.filter(article_id=article)
    if filters.q:
        found = found.filter(pk__in=Statement.objects.matching_text(filters.q))
    return with_links(found.select_related("speaker", "article"))


def with_links(found: QuerySet[Statement]) -> QuerySet[Statement]:
    """Only the columns the API shows, and the links out (one more query)."""
    narrow = found.only(
        *(f.name for f in Statement._meta.concrete_fields if f.name != "search_vector"),
        *(f"article__{name}" for name in ARTICLE_BRIEF),
        "speaker__id",
        "speaker__name",
        "speaker__kind",
        "speaker__country",
    )
    return with_link_prefetch(narrow)


def with_link_prefetch(found: QuerySet[Statement]) -> QuerySet[Statement]:
    """The statements' outgoing links, prefetched (one more query)."""
    return found.prefetch_related(Prefetch("links_out", queryset=_links()))


def _links() -> QuerySet[StatementLink]:
    return StatementLink.objects.only("source_id", "target_id", "kind").order_by("pk")


def statement(pk: int) -> Statement:
    """One statement with its links both ways (three queries); DoesNotExist if none."""
    found = with_links(Statement.objects.filter(pk=pk).select_related("speaker", "article"))
    return found.prefetch_related(Prefetch("links_in", queryset=_links())).get()


@dataclass(frozen=True)
class StoryRow:
    """A story with the figures the story list shows (read from its stored summary)."""

    pk: int
    title: str
    slug: str
    status: str
    summary: str
    last_activity: dt.datetime | None
    claims: int
    denials: int
    confirmations: int
    statement_count: int
    first_day: dt.date | None
    last_day: dt.date | None
    claim_text: str | None
    claim_speaker: str | None

    @property
    def id(self) -> int:
        return self.pk


def stories(filters: Filters) -> QuerySet[Story]:
    """The story list's stories, newest activity first (paged by keyset: no OFFSET); their
    figures come from story_rows for one page at a time."""
    return Story.objects.matching(filters)


def story_rows(ids: list[int], include: str = INCLUDE_DEFAULT) -> list[StoryRow]:
    """These stories with their stored figures, in the order of the ids (two queries)."""
    rows = []
    for card in Story.objects.cards(ids, include):
        story, f = card.story, card.figures
        rows.append(
            StoryRow(
                pk=story.pk,
                title=story.title,
                slug=story.slug,
                status=story.status,
                summary=story.summary,
                last_activity=story.last_activity,
                claims=f.claims,
                denials=f.denials,
                confirmations=f.confirmations,
                statement_count=f.statements,
                first_day=f.first_day,
                last_day=f.last_day,
                claim_text=f.claim_text or None,
                claim_speaker=card.claim_speaker or None,
            )
        )
    return rows


def story(pk: int) -> StoryRow:
    """One story with its figures over all but rejected statements; DoesNotExist if none."""
    found = story_rows([pk])
    if not found:
        raise Story.DoesNotExist
    return found[0]


def actors(*, q: str = "", kind: str = "", country: str = "") -> QuerySet[Actor]:
    """Actors with aliases and two levels of affiliation (four queries)."""
    found = Actor.objects.named(q) if q else Actor.objects.all()
    if kind:
        found = found.filter(kind=kind)
    if country:
        found = found.filter(country=country)
    up = Affiliation.objects.select_related("organisation").order_by("pk")
    return found.prefetch_related(
        "aliases",
        Prefetch(
            "affiliations",
            queryset=up.prefetch_related(Prefetch("organisation__affiliations", queryset=up)),
        ),
    )


def articles(*, status: str = "") -> QuerySet[Article]:
    """Articles without their texts (one query)."""
    found = Article.objects.only(*ARTICLE_FIELDS)
    return found.filter(status=status) if status else found


def filed_statements(article: Article) -> int:
    """How many statements the article's ingest has filed (one query)."""
    return article.statements.count()
