"""Each page runs a bounded number of queries however large the story.

The same budget holds for a story of 5 and of 500 statements (and for the seed story), with the
fragment cache disabled: every fragment is rendered, as on the first request after a change.
"""

import pytest
from django.urls import reverse

from statements.models import IngestStatus
from tests.factories import ArticleFactory, StatementLinkFactory

from .conftest import build_story

# Every request: the session, the user, the user's permissions and their groups' permissions.
REQUEST = 4

# Story list: the filter form's country choices (1; the actor filter is a text field, no list of
# actors), the actor an `actor=<id>` link names (1, only when given), the paginator's count (1),
# the page's story ids with their versions (1), those stories with their stored summaries (1),
# the names of the governments, media and claimants the summaries hold by id (1).
STORY_LIST = REQUEST + 6

# Story page: the story (1), the filter's countries (1; the actor filter is a text field), the
# paginator's count (1), the page of 100 statements with speaker, article and story joined (1)
# plus the speakers' affiliations and their organisations' affiliations (2, shown under each
# speaker), links out and links in (2), the lanes: the story's speakers in the order they first
# speak with two levels of affiliation (3, one row per speaker, not per statement), who says
# what: the count of claims, the 10 most answered and the links to them (3), whether an ingest
# is running (1). The story's stored summary (its version) comes with the story.
STORY_DETAIL = REQUEST + 15

# Evidence expander: the statement with its article (1).
EVIDENCE = REQUEST + 1

# Actor page: the actor, aliases and affiliations (3), the stored count of their statements and
# their version (1), the page's 30 ids in day order (1, a narrow sort), those statements (1) with
# two levels of affiliations, links out and links in (4), who contradicted them and whom they
# contradicted, the first 20 of each with the list's length as a window count (2).
ACTOR = REQUEST + 12


@pytest.fixture(autouse=True)
def no_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


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


# A government's page: the actor page's queries, its statements rolled up with its people and
# institutions in the same queries (a subquery of the actors), plus the first 20 of those
# actors with their count as a window (1).
GOVERNMENT = ACTOR + 1


def test_government_page_rolling_up_its_people_query_budget(
    analyst_client, story, django_assert_max_num_queries
):
    government = story.statements.filter(speaker__kind="government").first().speaker
    with django_assert_max_num_queries(GOVERNMENT):
        body = analyst_client.get(government.get_absolute_url()).content.decode()
    assert "Institutions and people" in body


def test_story_page_showing_rejected_statements_keeps_the_budget(
    analyst_client, story, django_assert_max_num_queries
):
    with django_assert_max_num_queries(STORY_DETAIL):
        response = analyst_client.get(story.get_absolute_url(), {"include": "everything"})
    assert response.status_code == 200


def test_story_list_of_accepted_statements_keeps_the_budget(
    analyst_client, story, django_assert_max_num_queries
):
    with django_assert_max_num_queries(STORY_LIST):
        response = analyst_client.get(reverse("stories"), {"include": "accepted"})
    assert response.status_code == 200


# The actor page for an editor: the analyst's queries, the history of the actor's changes (1)
# and, when searching for an actor to merge in, the first ten matches (1; the name or alias
# match is one query with a subquery on aliases).
ACTOR_FOR_EDITOR = ACTOR + 2


def test_actor_page_for_an_editor_with_a_merge_search_query_budget(
    editor_client, story, django_assert_max_num_queries
):
    actor = story.statements.first().speaker
    with django_assert_max_num_queries(ACTOR_FOR_EDITOR):
        response = editor_client.get(actor.get_absolute_url(), {"find": "Actor"})
    assert "Merge into" in response.content.decode()


def test_actor_page_for_an_editor_with_the_split_form_keeps_the_budget(
    editor_client, story, django_assert_max_num_queries
):
    # The split form lists the aliases fetched with the actor and ticks statements already shown.
    actor = story.statements.first().speaker
    with django_assert_max_num_queries(ACTOR_FOR_EDITOR - 1):
        response = editor_client.get(actor.get_absolute_url())
    assert "Split this actor" in response.content.decode()
