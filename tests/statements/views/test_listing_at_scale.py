"""The story list's query stays per page: its shape, not its speed (no timing assertions here).

At 1,000,000 statements a join on statements with GROUP BY cost seconds per request (see
docs/PERFORMANCE.md); the listing now counts with correlated subqueries, so the paginator's
COUNT(*) reads the stories with one EXISTS probe each (a disputed story: something shown that is
more than a claim) and the figures are still each story's own.
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


def test_the_paginator_count_reads_the_stories_with_one_index_probe_each(synthetic):
    with CaptureQueriesContext(connection) as captured:
        counted = Story.objects.listing().count()
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
    # Statements are read only by the EXISTS that keeps disputed stories: no join, no grouping.
    assert "GROUP BY" not in sql and "JOIN" not in sql
    assert sql.count("STATEMENTS_STATEMENT") == 1 and "EXISTS" in sql


def test_the_listing_has_no_group_by_over_statements(synthetic):
    sql = str(Story.objects.listing().query).upper()
    assert "GROUP BY" not in sql


def test_counts_dates_and_first_claim_are_each_storys_own(synthetic):
    for story in Story.objects.listing():
        mine = Statement.objects.filter(story=story).exclude(review_status=ReviewStatus.REJECTED)
        assert story.statement_count == mine.count()
        assert story.claims == mine.filter(stance=Stance.CLAIM).count()
        assert story.denials == mine.filter(stance=Stance.DENIAL).count()
        assert story.confirmations == mine.filter(stance=Stance.CONFIRMATION).count()
        # An undated statement counts on its article's day, as the timeline places it.
        dated = mine.annotate(d=Coalesce("made_on", "article__published"))
        days = dated.aggregate(first=Min("d"), last=Max("d"))
        assert (story.first_day, story.last_day) == (days["first"], days["last"])
        first = mine.filter(stance=Stance.CLAIM).order_by(
            F("made_on").asc(nulls_last=True), "evidence_start", "pk"
        )
        assert story.claim_text == (first.first().text if first.exists() else None)


def test_a_story_without_statements_is_not_listed(synthetic):
    empty = Story.objects.create(title="Nothing said yet", slug="nothing-said-yet")
    assert not Story.objects.listing().filter(pk=empty.pk).exists()
