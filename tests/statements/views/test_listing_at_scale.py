"""The story list's query stays per page: its shape, not its speed (no timing assertions here).

At 1,000,000 statements a join on statements with GROUP BY cost seconds per request, and even
correlated subqueries per story grew with the data (docs/PERFORMANCE.md); the list now reads the
stories' stored summaries (statements.summaries), which make_synthetic fills after its COPY, so
the paginator's COUNT(*) reads no statement at all and the figures are still each story's own.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F, Max, Min
from django.db.models.functions import Coalesce
from django.test.utils import CaptureQueriesContext

from statements.models import ReviewStatus, Stance, Statement, Story


@pytest.fixture
def synthetic(db):
    call_command(
        "make_synthetic",
        articles=40,
        statements=400,
        stories=10,
        actors=40,
        seed=3,
        stdout=StringIO(),
    )


def test_the_paginator_count_reads_no_statement(synthetic):
    with CaptureQueriesContext(connection) as captured:
        counted = Story.objects.matching().count()
    disputed = (
        Statement.objects.exclude(stance=Stance.CLAIM)
        .exclude(review_status=ReviewStatus.REJECTED)
        .values("story_id")
        .distinct()
        .count()
    )
    assert counted == disputed
    (query,) = captured.captured_queries
    sql = query["sql"].upper()
    assert "STATEMENTS_STATEMENT" not in sql and "GROUP BY" not in sql


def test_counts_dates_and_first_claim_are_each_storys_own(synthetic):
    ids = list(Story.objects.matching().values_list("pk", flat=True))
    for card in Story.objects.cards(ids):
        figures = card.figures
        mine = Statement.objects.filter(story=card.story).exclude(
            review_status=ReviewStatus.REJECTED
        )
        assert figures.statements == mine.count()
        assert figures.claims == mine.filter(stance=Stance.CLAIM).count()
        assert figures.denials == mine.filter(stance=Stance.DENIAL).count()
        assert figures.confirmations == mine.filter(stance=Stance.CONFIRMATION).count()
        # An undated statement counts on its article's day, as the timeline places it.
        dated = mine.annotate(d=Coalesce("made_on", "article__published"))
        days = dated.aggregate(first=Min("d"), last=Max("d"))
        assert (figures.first_day, figures.last_day) == (days["first"], days["last"])
        first = mine.filter(stance=Stance.CLAIM).order_by(
            F("made_on").asc(nulls_last=True), "evidence_start", "pk"
        )
        assert figures.claim_text == (first.first().text if first.exists() else "")


def test_a_story_without_statements_is_not_listed(synthetic):
    empty = Story.objects.create(title="Nothing said yet", slug="nothing-said-yet")
    assert not Story.objects.matching().filter(pk=empty.pk).exists()


ORDER = 'ORDER BY "statements_story"."last_activity" DESC NULLS LAST'


def plan_without_sorting(sql: str, params: tuple) -> str:
    """PostgreSQL's plan when sorting is all but forbidden: an order no index holds is sorted."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET LOCAL enable_sort = on")
    return plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN of PostgreSQL")
@pytest.mark.parametrize("url", ["/", "/api/v1/stories/"])
def test_the_story_lists_first_page_reads_the_activity_index_in_order(
    synthetic, analyst_client, url
):
    with CaptureQueriesContext(connection) as captured:
        assert analyst_client.get(url).status_code == 200
    # The page's query (the next one reads its stories' cards by id).
    ordered = [
        q["sql"] for q in captured.captured_queries if ORDER in q["sql"] and "LIMIT" in q["sql"]
    ]
    assert len(ordered) == 1
    # The captured SQL has its parameters inlined; the page's filters have none but booleans.
    plan = plan_without_sorting(ordered[0], ())
    assert "story_activity_order_idx" in plan
    assert not [line for line in plan.splitlines() if line.lstrip(" ->").startswith("Sort")]
