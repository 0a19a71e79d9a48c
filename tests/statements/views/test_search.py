"""Search: stored, indexed vectors; websearch syntax with English stemming; stories and actors in
the results; articles by title and outlet; a visible message for a query too long; bounded queries.
"""

import random

import pytest
from django.db import connection
from django.urls import reverse

from statements import search
from statements.fulltext import text_query
from statements.models import SEARCHED_CHARACTERS, Article, Statement
from tests.factories import ActorFactory, ArticleFactory, StatementFactory, StoryFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]

REQUEST = 4  # session, user, the user's permissions, their groups' permissions


def texts(found) -> set[str]:
    return {s.text for s in found}


@pytest.fixture
def said():
    return {
        "talked": StatementFactory(text="The ministers talked in secret for hours.").text,
        "talks": StatementFactory(text="Secret talks were held in Oman, she said.").text,
        "glacier": StatementFactory(text="The glacier survey was cancelled.").text,
        "zakharova": StatementFactory(text="Zakharova denied any secret talks took place.").text,
        "other": StatementFactory(text="Nothing of the kind happened.").text,
    }


def test_words_match_their_other_forms(said):
    assert texts(search.search_statements("talks")) == {
        said["talked"],
        said["talks"],
        said["zakharova"],
    }


def test_a_possessive_finds_the_name(said):
    assert texts(search.search_statements("Zakharova's")) == {said["zakharova"]}


def test_a_quoted_phrase_matches_only_those_words_in_that_order(said):
    found = texts(search.search_statements('"secret talks"'))
    assert found == {said["talks"], said["zakharova"]}


def test_or_finds_either_word(said):
    assert said["glacier"] in texts(search.search_statements("talks OR glacier"))
    assert said["talks"] in texts(search.search_statements("talks or glacier"))


def test_a_minus_word_excludes_it(said):
    assert texts(search.search_statements("secret -Zakharova")) == {said["talked"], said["talks"]}


def test_a_wildcard_star_is_read_as_the_word_and_its_forms(said):
    assert said["talked"] in texts(search.search_statements("talk*"))


def test_the_vector_is_stored_and_follows_an_edit_of_the_text():
    article = ArticleFactory(title="Frigate incident", text="A frigate came close.")
    assert Article.objects.filter(search_vector=text_query("frigate")).exists()
    Article.objects.filter(pk=article.pk).update(title="Harbour", text="A tanker came close.")
    assert not Article.objects.filter(search_vector=text_query("frigate")).exists()
    assert list(search.search_articles("tanker")) == [article]


def test_an_article_of_a_million_distinct_words_is_stored_and_searchable_in_its_first_part():
    rng = random.Random(4)
    words = [
        chr(rng.randrange(0x4E00, 0x9FFF)) + chr(rng.randrange(0x4E00, 0x9FFF))
        for _ in range(340_000)
    ]
    text = "zebrafish " + " ".join(words)
    assert len(text) > 3 * SEARCHED_CHARACTERS
    article = ArticleFactory(title="", text=text, raw_text=text)
    assert list(search.search_articles("zebrafish")) == [article]


@pytest.mark.parametrize("find", ["search_statements", "search_articles"])
def test_search_reads_the_stored_vectors_through_their_indexes(find):
    sql, params = getattr(search, find)("secret talks").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        # Nor the primary key's walk, which an empty table makes cheapest: the GIN index is left.
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "_vector_search_idx" in plan, plan
    assert "to_tsvector" not in plan, plan


def test_stories_are_found_by_title_and_by_their_statements(analyst_client):
    by_title = StoryFactory(title="Glacier survey dispute")
    by_statement = StoryFactory(title="Fuel deal")
    StatementFactory(story=by_statement, text="The glacier is retreating, the ministry said.")
    StoryFactory(title="Unrelated")
    assert set(search.search_stories("glacier")) == {by_title, by_statement}
    html = analyst_client.get(reverse("search"), {"q": "glacier"}).content.decode()
    assert "Glacier survey dispute" in html and "Fuel deal" in html and "Unrelated" not in html


def test_actors_are_in_the_results(analyst_client):
    ActorFactory(name="Maria Zakharova")
    html = analyst_client.get(reverse("search"), {"q": "Zakharova"}).content.decode()
    assert 'id="results-actors"' in html and "Maria Zakharova" in html


def test_articles_show_their_title_and_outlet_and_an_untitled_one_its_opening(analyst_client):
    ArticleFactory(title="Ministry rejects report", outlet="Coastal Herald", text="Frigates met.")
    ArticleFactory(title="", outlet="", text="Frigates sailed past the cape at dawn on Monday.")
    html = analyst_client.get(
        reverse("search"), {"q": "frigates", "kind": "articles"}
    ).content.decode()
    assert "Ministry rejects report" in html and "Coastal Herald" in html
    assert "Untitled: “Frigates sailed past the cape at dawn on Monday.”" in html
    assert "Untitled article" not in html


def test_a_query_too_long_is_cut_with_a_visible_message(analyst_client, said):
    long_query = "talks " + "word " * 100
    response = analyst_client.get(reverse("search"), {"q": long_query})
    html = response.content.decode()
    assert "The search was too long (505 characters; at most 200)" in html


def test_a_query_within_the_limit_has_no_message(analyst_client, said):
    html = analyst_client.get(reverse("search"), {"q": "talks"}).content.decode()
    assert "too long" not in html


@pytest.mark.parametrize("size", [3, 60])
def test_search_query_budget_is_the_same_for_few_and_many_results(
    analyst_client, django_assert_max_num_queries, size
):
    story = StoryFactory(title="Talks dispute")
    for n in range(size):
        StatementFactory(story=story, text=f"Secret talks number {n} took place.")
        ArticleFactory(title=f"Talks report {n}", text="Talks.")
    # One query per kind of result: statements (speaker, article, story joined), stories,
    # articles, actors.
    with django_assert_max_num_queries(REQUEST + 4):
        assert analyst_client.get(reverse("search"), {"q": "talks"}).status_code == 200
    # One kind paged: the paginator's count and the page.
    for kind in ("statements", "stories", "articles", "actors"):
        with django_assert_max_num_queries(REQUEST + 2):
            response = analyst_client.get(reverse("search"), {"q": "talks", "kind": kind})
            assert response.status_code == 200
    assert Statement.objects.count() == size


def test_a_word_in_more_rows_than_are_ranked_says_only_the_most_recent_were(
    analyst_client, monkeypatch
):
    monkeypatch.setattr(search, "CANDIDATES", 3)
    for n in range(5):
        ArticleFactory(title=f"Report {n}", text="A report.")
    response = analyst_client.get(reverse("search"), {"q": "report", "kind": "articles"})
    html = response.content.decode()
    assert "More than 3 articles match: these are the best of the 3 most recent" in html
    assert "Report 4" in html and "Report 0" not in html


def test_the_story_list_words_filter_finds_stories_by_title_or_by_statement(analyst_client):
    StatementFactory(story=StoryFactory(title="Glacier survey"), text="Nothing to add.")
    StatementFactory(story=StoryFactory(title="Fuel deal"), text="The glacier is retreating.")
    StatementFactory(story=StoryFactory(title="Dam gates"), text="The gates stayed shut.")
    page = analyst_client.get(reverse("stories"), {"q": "glacier"}).content.decode()
    assert "Glacier survey" in page and "Fuel deal" in page and "Dam gates" not in page
