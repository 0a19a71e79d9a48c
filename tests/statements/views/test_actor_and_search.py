"""The actor page and search."""

import datetime as dt

import pytest
from django.db import connection
from django.urls import reverse

from statements import search
from statements.models import Stance, Statement
from tests.factories import (
    ActorFactory,
    AffiliationFactory,
    AliasFactory,
    ArticleFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
)


def test_actor_page_shows_who_they_are(analyst_client):
    actor = ActorFactory(name="Maria Zakharova", country="RU", role="spokeswoman")
    AliasFactory(actor=actor, name="Zakharova")
    AffiliationFactory(
        actor=actor, organisation=ActorFactory(name="Foreign Ministry", kind="organisation")
    )
    body = analyst_client.get(actor.get_absolute_url()).content.decode()
    for text in (
        "Maria Zakharova",
        "Person",
        "spokeswoman",
        "Russia",
        "Foreign Ministry",
        "Zakharova",
    ):
        assert text in body


def test_actor_page_lists_statements_across_stories_newest_first(analyst_client):
    actor = ActorFactory()
    StatementFactory(
        speaker=actor,
        text="Older words",
        made_on=dt.date(2025, 1, 1),
        story=StoryFactory(title="First story"),
    )
    StatementFactory(
        speaker=actor,
        text="Newer words",
        made_on=dt.date(2026, 1, 1),
        story=StoryFactory(title="Second story"),
    )
    body = analyst_client.get(actor.get_absolute_url()).content.decode()
    assert body.index("Newer words") < body.index("Older words")
    assert "First story" in body and "Second story" in body


def test_actor_page_shows_who_contradicted_them_and_whom_they_contradicted(analyst_client):
    actor = ActorFactory(name="Claimant")
    claim = StatementFactory(speaker=actor, stance=Stance.CLAIM)
    StatementLinkFactory(
        target=claim,
        source=StatementFactory(stance=Stance.DENIAL, speaker=ActorFactory(name="Denier")),
    )
    StatementLinkFactory(
        source=StatementFactory(stance=Stance.DENIAL, speaker=actor),
        target=StatementFactory(stance=Stance.CLAIM, speaker=ActorFactory(name="Other claimant")),
    )
    body = analyst_client.get(actor.get_absolute_url()).content.decode()
    by = body[body.index("Contradicted by") : body.index('id="contradicting-heading"')]
    assert "Denier" in by and "Other claimant" not in by
    assert "Other claimant" in body[body.index('id="contradicting-heading"') :]


def test_actor_page_lists_the_first_20_contradictors_and_how_many_more(analyst_client):
    actor = ActorFactory(name="Claimant")
    claim = StatementFactory(speaker=actor, stance=Stance.CLAIM)
    for n in range(23):
        StatementLinkFactory(
            target=claim,
            source=StatementFactory(stance=Stance.DENIAL, speaker=ActorFactory(name=f"Denier {n}")),
        )
    body = analyst_client.get(actor.get_absolute_url()).content.decode()
    by = body[body.index("Contradicted by") : body.index('id="contradicting-heading"')]
    assert by.count('<a href="/actors/') == 20
    assert "and 3 more actors" in by


def test_actor_page_links_to_the_stories_with_this_actor(analyst_client):
    actor = ActorFactory(name="Claimant")
    body = analyst_client.get(actor.get_absolute_url()).content.decode()
    assert f'href="{reverse("stories")}?actor={actor.pk}">Stories with this actor</a>' in body


def test_search_finds_statements_articles_and_actors(analyst_client):
    StatementFactory(
        text="The frigate sailed within eight miles.", speaker=ActorFactory(name="Navy spokesman")
    )
    ArticleFactory(title="Frigate incident", text="A frigate came close to the coast.")
    ActorFactory(name="Frigate Command")
    body = analyst_client.get(reverse("search"), {"q": "frigate"}).content.decode()
    assert "The frigate sailed within eight miles." in body
    assert "Frigate incident" in body
    assert "Frigate Command" in body


def test_search_finds_an_actor_by_alias(analyst_client):
    AliasFactory(actor=ActorFactory(name="Russian Federation"), name="Kremlin")
    body = analyst_client.get(
        reverse("search"), {"q": "Kremlin", "kind": "actors"}
    ).content.decode()
    assert "Russian Federation" in body


def test_search_htmx_request_returns_the_results_fragment(analyst_client):
    body = analyst_client.get(
        reverse("search"), {"q": "x"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert 'id="search-results"' in body and "<html" not in body


def test_search_with_nothing_found_says_so(analyst_client):
    body = analyst_client.get(reverse("search"), {"q": "zzzqqq"}).content.decode()
    assert "No statements match." in body and "No actors match." in body


FINDERS = {
    "matching_text": Statement.objects.matching_text,
    "search_articles": search.search_articles,
    "search_actors": search.search_actors,
}


@pytest.mark.parametrize("find", FINDERS)
def test_search_uses_its_gin_index_on_postgresql(db, find):
    if connection.vendor != "postgresql":
        pytest.skip("full-text indexes exist on PostgreSQL only")
    sql, params = FINDERS[find]("secret talks").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        # Nor the primary key's walk, which an empty table makes cheapest: the GIN index is left.
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "_search_idx" in plan, plan
