"""The API's search pages by cursor like the other lists: every ranked match of a kind can be
read (past the 100 a single answer held), in the search page's order, none twice."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actors.models import Actor, ActorKind
from statements import search
from statements.models import Article, Statement, Story
from tests.factories import ActorFactory, ArticleFactory, StoryFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]


def follow(client, url: str) -> tuple[list[dict], int]:
    """Every result from the first page to the last, and how many pages it took."""
    rows, pages = [], 0
    while url:
        assert pages < 50, "the cursor does not move on"
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["more"] is (body["next"] is not None)
        rows += body["results"]
        url, pages = body["next"], pages + 1
    return rows, pages


@pytest.fixture
def convoy_statements():
    """250 statements about a convoy, ranked apart by how often they name it (ties by id)."""
    article, speaker = ArticleFactory(), ActorFactory()
    return Statement.objects.bulk_create(
        Statement(
            article=article,
            speaker=speaker,
            stance="denial",
            text=" ".join(["The convoy"] * (1 + i % 4)) + f" report {i} is false.",
            evidence_start=0,
            evidence_end=10,
        )
        for i in range(250)
    )


def test_a_statement_search_pages_past_100_in_the_search_pages_order(
    analyst_api, convoy_statements
):
    rows, pages = follow(analyst_api, "/api/v1/search/?q=convoy&page_size=100")
    ranked = list(search.search_statements("convoy").values_list("pk", flat=True))
    assert pages == 3 and len(ranked) == 250
    assert [row["id"] for row in rows] == ranked
    # The ranking really differs between rows: the cursor has to carry the rank.
    assert len({round(s.rank, 6) for s in search.search_statements("convoy")}) == 4


def test_search_results_keep_each_statements_review_status(analyst_api, convoy_statements):
    rows, _ = follow(analyst_api, "/api/v1/search/?q=convoy&page_size=500")
    assert {row["review_status"] for row in rows} == {"proposed"}


def test_the_default_page_is_20_and_limit_still_sets_the_size(analyst_api, convoy_statements):
    assert len(analyst_api.get("/api/v1/search/?q=convoy").json()["results"]) == 20
    assert len(analyst_api.get("/api/v1/search/?q=convoy&limit=7").json()["results"]) == 7


def test_articles_stories_and_actors_page_in_the_search_pages_order(analyst_api):
    for i in range(7):
        ArticleFactory(title=f"Harbour {'harbour ' * (i % 3)}closure {i}")
        StoryFactory(title=f"Harbour closure {i}")
        Actor.objects.create(name=f"Harbour Authority {i % 3}", kind=ActorKind.ORGANISATION)
    expected = {
        "articles": list(search.search_articles("harbour").values_list("pk", flat=True)),
        "stories": list(search.search_stories("harbour").values_list("pk", flat=True)),
        "actors": list(search.search_actors("harbour").values_list("pk", flat=True)),
    }
    for kind, ids in expected.items():
        rows, pages = follow(analyst_api, f"/api/v1/search/?q=harbour&kind={kind}&page_size=2")
        assert len(ids) == 7 and pages == 4, kind
        assert [row["id"] for row in rows] == ids, kind


def test_a_page_deep_in_the_results_runs_the_queries_of_the_first(analyst_api, convoy_statements):
    first = analyst_api.get("/api/v1/search/?q=convoy&page_size=50").json()
    with CaptureQueriesContext(connection) as page_one:
        analyst_api.get("/api/v1/search/?q=convoy&page_size=50")
    with CaptureQueriesContext(connection) as page_two:
        second = analyst_api.get(first["next"]).json()
    assert len(page_two) == len(page_one)
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}


def test_a_cursor_from_elsewhere_is_refused_with_the_error_shape(analyst_api, convoy_statements):
    response = analyst_api.get("/api/v1/search/?q=convoy&cursor=bm90LWEtY3Vyc29y")
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["cursor"] == ["Not a cursor of this list."]
    response = analyst_api.get("/api/v1/search/?q=convoy&cursor=WyJ4IiwgMV0")  # ["x", 1]
    assert response.status_code == 400


def test_an_empty_search_answers_an_empty_last_page(analyst_api):
    assert Story.objects.count() == Article.objects.count() == 0
    body = analyst_api.get("/api/v1/search/?q=nothing").json()
    assert body == {"kind": "statements", "next": None, "more": False, "results": []}
