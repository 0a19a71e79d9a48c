"""Each page runs a bounded number of queries however large the story.

The same budget holds for a story of 5 and of 500 statements (and for the seed story).
"""

import pytest
from django.urls import reverse

from statements.models import IngestStatus
from tests.factories import ArticleFactory, StatementLinkFactory
from tests.pages.conftest import build_story

# Every request: the session, the user, the user's permissions and their groups' permissions.
REQUEST = 4

# Story list: the filter form's country choices (1; the actor filter is a text field, no list of
# actors), the actor an `actor=<id>` link names (1, only when given), the paginator's count (1),
# the page of stories with counts and first claim (1), the governments and outlets involved and
# the governments' names (2).
STORY_LIST = REQUEST + 6

# Story page: the story (1), the filter's countries (1; the actor filter is a text field), the
# paginator's count (1), the page of 100 statements with speaker, article and story joined (1)
# plus the speakers' affiliations and their organisations' affiliations (2, shown under each
# speaker), links out and links in (2), the lanes: the story's speakers in the order they first
# speak with two levels of affiliation (3, one row per speaker, not per statement), who says
# what: the count of claims, the 10 most answered and the links to them (3), whether an ingest
# is running (1).
STORY_DETAIL = REQUEST + 15

# Evidence expander: the statement with its article (1).
EVIDENCE = REQUEST + 1

# Actor page: the actor, aliases and affiliations (3), the count of their statements (1), the
# page's 30 ids in day order (1, a narrow sort), those statements (1) with two levels of
# affiliations, links out and links in (4), who contradicted them and whom they contradicted,
# the first 20 of each with the list's length as a window count (2).
ACTOR = REQUEST + 12


@pytest.fixture(params=[5, 500], ids=["5-statements", "500-statements"])
def story(request, db):
    return build_story(request.param)


def test_story_list_query_budget(analyst_client, story, django_assert_max_num_queries):
    with django_assert_max_num_queries(STORY_LIST):
        assert analyst_client.get(reverse("stories")).status_code == 200


def test_story_list_with_filters_query_budget(analyst_client, story, django_assert_max_num_queries):
    with django_assert_max_num_queries(STORY_LIST):
        response = analyst_client.get(
            reverse("stories"), {"q": "number", "country": "RU", "stance": "claim"}
        )
    assert story.title in response.content.decode()


def test_story_list_with_an_actor_link_query_budget(
    analyst_client, story, django_assert_max_num_queries
):
    speaker = story.statements.first().speaker
    with django_assert_max_num_queries(STORY_LIST):
        response = analyst_client.get(reverse("stories"), {"actor": speaker.pk, "who": "a"})
    assert response.status_code == 200


def test_story_page_query_budget(analyst_client, story, django_assert_max_num_queries):
    ArticleFactory(status=IngestStatus.PARSING)
    with django_assert_max_num_queries(STORY_DETAIL):
        response = analyst_client.get(story.get_absolute_url())
    assert response.status_code == 200


def test_filtered_timeline_fragment_query_budget(
    analyst_client, story, django_assert_max_num_queries
):
    with django_assert_max_num_queries(STORY_DETAIL):
        response = analyst_client.get(
            story.get_absolute_url(),
            {"country": "US", "who": "a", "page": 2},
            headers={"HX-Request": "true"},
        )
    assert response.status_code == 200


def test_evidence_query_budget(analyst_client, story, django_assert_max_num_queries):
    statement = story.statements.last()
    url = reverse("statement_evidence", args=[story.slug, statement.pk])
    with django_assert_max_num_queries(EVIDENCE):
        analyst_client.get(url, headers={"HX-Request": "true"})


def test_actor_page_query_budget(analyst_client, story, django_assert_max_num_queries):
    actor = story.statements.first().speaker
    with django_assert_max_num_queries(ACTOR):
        assert analyst_client.get(actor.get_absolute_url()).status_code == 200


def test_search_query_budget(analyst_client, story, django_assert_max_num_queries):
    # Four kinds of result, each one query (statements join speaker, article and story; stories
    # match by title or through a subquery of matching statements).
    with django_assert_max_num_queries(REQUEST + 4):
        assert analyst_client.get(reverse("search"), {"q": "number"}).status_code == 200


def test_seed_story_page_keeps_the_budget(
    analyst_client, seed_story, django_assert_max_num_queries
):
    with django_assert_max_num_queries(STORY_DETAIL):
        assert analyst_client.get(seed_story.get_absolute_url()).status_code == 200


def test_actor_page_with_more_contradictors_than_shown_keeps_the_budget(
    analyst_client, django_assert_max_num_queries
):
    story = build_story(500)
    claimant = story.statements.filter(stance="claim").first().speaker
    for _ in range(25):
        StatementLinkFactory(target=story.statements.filter(speaker=claimant).first())
    with django_assert_max_num_queries(ACTOR):
        body = analyst_client.get(claimant.get_absolute_url()).content.decode()
    assert "and 6 more actors" in body  # the story's own denier and 25 more, 20 shown
