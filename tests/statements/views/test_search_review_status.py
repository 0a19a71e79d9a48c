"""Search leaves out rejected statements by default, like the timeline and the actor page."""

import pytest
from django.db import connection
from django.urls import reverse

from tests.factories import StatementFactory, StoryFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]


@pytest.fixture
def statements():
    return {
        status: StatementFactory(
            text=f"The frigate convoy was {status} here.", review_status=status
        )
        for status in ("accepted", "proposed", "rejected")
    }


def search(client, **params):
    return client.get(reverse("search"), {"q": "frigate convoy", **params}).content.decode()


def test_a_rejected_statement_is_left_out_of_the_search_by_default(analyst_client, statements):
    html = search(analyst_client)
    assert "was accepted here" in html and "was proposed here" in html
    assert "was rejected here" not in html


def test_a_rejected_statement_is_found_with_include_everything(analyst_client, statements):
    html = search(analyst_client, include="everything")
    assert "was rejected here" in html
    assert '<option value="everything" selected>' in html


def test_include_accepted_finds_only_accepted_statements(analyst_client, statements):
    html = search(analyst_client, include="accepted", kind="statements")
    assert "was accepted here" in html
    assert "was proposed here" not in html and "was rejected here" not in html


def test_each_statement_result_shows_its_review_status_in_words(analyst_client, statements):
    html = search(analyst_client, include="everything", kind="statements")
    for label in ("Accepted", "Unreviewed", "Rejected"):
        assert f">{label}</span>" in html


def test_a_story_found_only_through_a_rejected_statement_is_left_out_by_default(analyst_client):
    story = StoryFactory(title="Fuel deal")
    StatementFactory(story=story, text="The glacier moved.", review_status="rejected")
    assert (
        "Fuel deal" not in analyst_client.get(reverse("search"), {"q": "glacier"}).content.decode()
    )
    html = analyst_client.get(reverse("search"), {"q": "glacier", "include": "everything"})
    assert "Fuel deal" in html.content.decode()


def test_an_unknown_include_falls_back_to_leaving_rejected_statements_out(
    analyst_client, statements
):
    html = search(analyst_client, include="bogus")
    assert "was rejected here" not in html and "was accepted here" in html
