"""The story list: counts, filters kept in the URL, htmx fragments, pagination."""

import datetime as dt

from django.urls import reverse

from statements.models import Stance
from tests.factories import (
    ActorFactory,
    AliasFactory,
    ArticleFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
)


def test_anonymous_visitor_is_sent_to_log_in(anonymous_client, db):
    response = anonymous_client.get(reverse("stories"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_story_list_shows_claim_counts_governments_outlets_and_dates(analyst_client):
    story = StoryFactory(title="Secret talks")
    article = ArticleFactory(outlet="Example Wire")
    claim = StatementFactory(
        story=story,
        article=article,
        stance=Stance.CLAIM,
        text="The talks took place in April.",
        speaker=ActorFactory(name="Daily Planet", kind="media", country="US"),
        made_on=dt.date(2026, 3, 1),
    )
    StatementLinkFactory(
        target=claim,
        source=StatementFactory(
            story=story,
            article=article,
            stance=Stance.DENIAL,
            speaker=ActorFactory(name="Maria Zakharova", country="RU"),
            made_on=dt.date(2026, 3, 4),
        ),
    )
    page = analyst_client.get(reverse("stories")).content.decode()
    assert "Secret talks" in page
    assert "The talks took place in April." in page
    assert "Russia" in page  # the government of the denier's country
    assert "Example Wire" in page and "Daily Planet" in page
    assert "1 claim" in page and "1 denial" in page and "0 confirmations" in page
    assert "1 Mar 2026" in page and "4 Mar 2026" in page


def test_story_list_names_a_government_with_no_iso_code(analyst_client):
    story = StoryFactory(title="Fishing rights")
    StatementFactory(story=story, speaker=ActorFactory(name="Marovia", kind="government"))
    page = analyst_client.get(reverse("stories")).content.decode()
    assert "<dt>Governments</dt><dd>Marovia</dd>" in page


def test_story_list_filters_by_country(analyst_client):
    StatementFactory(story=StoryFactory(title="Russian story"), speaker=ActorFactory(country="RU"))
    StatementFactory(story=StoryFactory(title="French story"), speaker=ActorFactory(country="FR"))
    page = analyst_client.get(reverse("stories"), {"country": "FR"}).content.decode()
    assert "French story" in page
    assert "Russian story" not in page


def test_story_list_filters_by_stance_and_dates(analyst_client):
    StatementFactory(
        story=StoryFactory(title="Old claim"), stance=Stance.CLAIM, made_on=dt.date(2025, 1, 1)
    )
    StatementFactory(
        story=StoryFactory(title="New denial"), stance=Stance.DENIAL, made_on=dt.date(2026, 3, 1)
    )
    page = analyst_client.get(reverse("stories"), {"stance": "denial", "since": "2026-01-01"})
    assert "New denial" in page.content.decode()
    assert "Old claim" not in page.content.decode()


def test_story_list_search_finds_a_story_by_the_words_of_its_statements(analyst_client):
    StatementFactory(
        story=StoryFactory(title="Port lease"), text="The harbour was leased for ninety years."
    )
    StatementFactory(story=StoryFactory(title="Dam gates"), text="The gates stayed shut.")
    page = analyst_client.get(reverse("stories"), {"q": "harbour leased"}).content.decode()
    assert "Port lease" in page
    assert "Dam gates" not in page


def test_story_list_htmx_request_returns_only_the_results_fragment(analyst_client):
    StatementFactory(story=StoryFactory(title="Secret talks"))
    response = analyst_client.get(
        reverse("stories"), {"q": "secret"}, headers={"HX-Request": "true"}
    )
    body = response.content.decode()
    assert 'id="story-results"' in body
    assert "<html" not in body
    assert "HX-Request" in response["Vary"]


def test_story_list_without_htmx_is_the_whole_page_with_filters_in_the_url(analyst_client):
    StatementFactory(story=StoryFactory(title="Secret talks"))
    body = analyst_client.get(reverse("stories"), {"q": "secret"}).content.decode()
    assert "<html" in body
    assert 'hx-push-url="true"' in body
    assert 'value="secret"' in body


def test_story_list_is_paginated(analyst_client):
    for n in range(25):
        StatementFactory(story=StoryFactory(title=f"Story {n:02}"))
    first = analyst_client.get(reverse("stories")).content.decode()
    second = analyst_client.get(reverse("stories"), {"page": 2}).content.decode()
    assert "Page 1 of 2" in first
    assert "?page=2" in first
    assert "Page 2 of 2" in second


def test_every_filter_control_has_a_label(analyst_client):
    body = analyst_client.get(reverse("stories")).content.decode()
    for name in ("q", "who", "country", "stance", "since", "until"):
        assert f'<label for="id_{name}">' in body


def test_story_list_filters_by_part_of_an_actors_name(analyst_client):
    StatementFactory(story=StoryFactory(title="Dam gates"), speaker=ActorFactory(name="Ilse Varga"))
    StatementFactory(story=StoryFactory(title="Port lease"), speaker=ActorFactory(name="Tom Reed"))
    page = analyst_client.get(reverse("stories"), {"who": "varg"}).content.decode()
    assert "Dam gates" in page
    assert "Port lease" not in page


def test_story_list_filters_by_an_actors_alias(analyst_client):
    varga = ActorFactory(name="Ilse Varga")
    AliasFactory(actor=varga, name="The Spokeswoman")
    StatementFactory(story=StoryFactory(title="Dam gates"), speaker=varga)
    StatementFactory(story=StoryFactory(title="Port lease"), speaker=ActorFactory(name="Tom Reed"))
    page = analyst_client.get(reverse("stories"), {"who": "spokeswoman"}).content.decode()
    assert "Dam gates" in page
    assert "Port lease" not in page


def test_story_list_keeps_links_to_one_actor_by_id_working(analyst_client):
    varga = ActorFactory(name="Ilse Varga")
    StatementFactory(story=StoryFactory(title="Dam gates"), speaker=varga)
    vargas = ActorFactory(name="Ilse Vargas")
    StatementFactory(story=StoryFactory(title="Port lease"), speaker=vargas)
    page = analyst_client.get(reverse("stories"), {"actor": varga.pk}).content.decode()
    assert "Dam gates" in page
    assert "Port lease" not in page
    assert f'<a href="{varga.get_absolute_url()}">Ilse Varga</a> speaks' in page
    assert f'<input type="hidden" name="actor" value="{varga.pk}"' in page


def test_story_list_does_not_list_every_actor(analyst_client):
    for n in range(30):
        StatementFactory(speaker=ActorFactory(name=f"Speaker number {n}"))
    page = analyst_client.get(reverse("stories")).content.decode()
    assert "Speaker number" not in page
    assert "<option" not in page.split('name="who"')[1].split("</div>")[0]
    assert '<select name="actor"' not in page
