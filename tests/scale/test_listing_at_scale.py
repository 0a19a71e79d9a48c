"""The story list's query stays per page: its shape, not its speed (no timing assertions here).

At 1,000,000 statements a join on statements with GROUP BY cost seconds per request (see
docs/PERFORMANCE.md); the listing now counts with correlated subqueries, so the paginator's
COUNT(*) reads the stories alone and the figures are still each story's own.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F, Max, Min
from django.test.utils import CaptureQueriesContext

from statements.models import Stance, Statement, Story


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


def test_the_paginator_count_reads_the_stories_alone(synthetic):
    with CaptureQueriesContext(connection) as captured:
        counted = Story.objects.listing().count()
    assert counted == Story.objects.count()
    (query,) = captured.captured_queries
    assert "statements_statement" not in query["sql"]
    assert "GROUP BY" not in query["sql"].upper()


def test_the_listing_has_no_group_by_over_statements(synthetic):
    sql = str(Story.objects.listing().query).upper()
    assert "GROUP BY" not in sql


def test_counts_dates_and_first_claim_are_each_storys_own(synthetic):
    for story in Story.objects.listing():
        mine = Statement.objects.filter(story=story)
        assert story.statement_count == mine.count()
        assert story.claims == mine.filter(stance=Stance.CLAIM).count()
        assert story.denials == mine.filter(stance=Stance.DENIAL).count()
        assert story.confirmations == mine.filter(stance=Stance.CONFIRMATION).count()
        days = mine.aggregate(first=Min("made_on"), last=Max("made_on"))
        assert (story.first_day, story.last_day) == (days["first"], days["last"])
        first = mine.filter(stance=Stance.CLAIM).order_by(
            F("made_on").asc(nulls_last=True), "evidence_start", "pk"
        )
        assert story.claim_text == (first.first().text if first.exists() else None)


def test_a_story_without_statements_counts_zero(synthetic):
    empty = Story.objects.create(title="Nothing said yet", slug="nothing-said-yet")
    listed = Story.objects.listing().get(pk=empty.pk)
    assert (listed.statement_count, listed.claims, listed.first_day, listed.claim_text) == (
        0,
        0,
        None,
        None,
    )
