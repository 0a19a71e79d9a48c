"""Editors split an actor: chosen statements and names move to a new or an existing actor."""

import pytest
from django.urls import reverse

from actors.models import Actor
from statements import services
from statements.models import AuditEntry
from tests.factories import ActorFactory, AliasFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed():
    """An actor the parser made of two people: Jake Sullivan and Jane Sullivan."""
    actor = ActorFactory(name="Jake Sullivan", kind="person", country="US")
    jake_alias = AliasFactory(actor=actor, name="J. Sullivan")
    jane_alias = AliasFactory(actor=actor, name="Jane Sullivan")
    jake = [StatementFactory(speaker=actor, text=f"Jake said {i}.") for i in range(2)]
    jane = [StatementFactory(speaker=actor, text=f"Jane said {i}.") for i in range(2)]
    return actor, jake_alias, jane_alias, jake, jane


def test_a_split_moves_exactly_the_chosen_statements_and_names_to_a_new_actor(editor, mixed):
    actor, jake_alias, jane_alias, jake, jane = mixed
    new = services.split_actor(
        actor=actor, editor=editor, statements=jane, aliases=[jane_alias], name="Jane Sullivan"
    )
    assert new.pk != actor.pk and new.name == "Jane Sullivan"
    assert new.kind == "person" and new.country == "US" and new.status == "accepted"
    assert set(new.statements.all()) == set(jane)
    assert set(actor.statements.all()) == set(jake)
    # The alias equal to the new actor's name is its name now, not a second alias.
    assert list(new.aliases.values_list("name", flat=True)) == []
    assert list(actor.aliases.values_list("name", flat=True)) == [jake_alias.name]


def test_a_split_records_what_moved_in_both_actors_histories(editor, mixed):
    actor, _, jane_alias, _, jane = mixed
    new = services.split_actor(
        actor=actor, editor=editor, statements=jane[:1], aliases=[jane_alias], name="J. Sullivan 2"
    )
    entry = AuditEntry.objects.get(action="split_actor", object_type="actor", object_id=actor.pk)
    assert entry.user == editor
    assert entry.details["into"] == new.pk
    assert entry.details["statements"] == [jane[0].pk]
    assert entry.details["aliases"] == ["Jane Sullivan"]
    assert AuditEntry.objects.filter(action="split_from", object_id=new.pk).exists()


def test_a_split_into_an_existing_actor_keeps_its_name_and_adds_the_moved_names(editor, mixed):
    actor, _, jane_alias, _, jane = mixed
    existing = ActorFactory(name="Jane Sullivan-Ortiz")
    actors = Actor.objects.count()
    result = services.split_actor(
        actor=actor, editor=editor, statements=jane, aliases=[jane_alias], into=existing
    )
    assert result == existing and existing.name == "Jane Sullivan-Ortiz"
    assert set(existing.statements.all()) == set(jane)
    assert list(existing.aliases.values_list("name", flat=True)) == ["Jane Sullivan"]
    assert Actor.objects.count() == actors


def test_a_split_ignores_statements_of_another_speaker(editor, mixed):
    actor, _, _, _, jane = mixed
    stranger = StatementFactory(text="Not theirs.")
    new = services.split_actor(
        actor=actor, editor=editor, statements=[jane[0], stranger], name="Jane Sullivan"
    )
    stranger.refresh_from_db()
    assert stranger.speaker != new
    assert list(new.statements.all()) == [jane[0]]


def test_a_split_with_nothing_chosen_changes_nothing(editor, mixed):
    actor = mixed[0]
    actors = Actor.objects.count()
    with pytest.raises(ValueError, match="Choose statements or names"):
        services.split_actor(actor=actor, editor=editor, name="Someone")
    assert Actor.objects.count() == actors and not AuditEntry.objects.exists()


def test_an_editor_splits_an_actor_from_its_page(editor_client, mixed):
    actor, _, jane_alias, _, jane = mixed
    page = editor_client.get(actor.get_absolute_url()).content.decode()
    assert "Split this actor" in page
    assert f'name="statements" value="{jane[0].pk}" form="actor-split"' in page
    response = editor_client.post(
        reverse("actor_split", args=[actor.pk]),
        {
            "statements": [s.pk for s in jane],
            "aliases": [jane_alias.pk],
            "new_name": "Jane  Sullivan",
        },
    )
    assert response.status_code == 302 and response["Location"] == actor.get_absolute_url()
    new = Actor.objects.get(name="Jane Sullivan")
    assert set(new.statements.all()) == set(jane)
    page = editor_client.get(actor.get_absolute_url()).content.decode()
    assert "moved 2 statements and the name Jane Sullivan to" in page
    assert "Jane said" not in page and "Jake said" in page


def test_a_split_with_an_unknown_target_says_why_and_keeps_the_input(editor_client, mixed):
    actor, _, jane_alias, _, jane = mixed
    actors = Actor.objects.count()
    response = editor_client.post(
        reverse("actor_split", args=[actor.pk]),
        {"statements": [jane[0].pk], "aliases": [jane_alias.pk], "into": "Nobody Known"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "No other actor is named “Nobody Known”." in body
    assert 'value="Nobody Known"' in body
    assert f'value="{jane_alias.pk}" checked' in body
    assert set(actor.statements.all()) >= set(jane) and Actor.objects.count() == actors


def test_a_split_needs_either_a_new_name_or_an_existing_actor(editor_client, mixed):
    actor, _, _, _, jane = mixed
    actors = Actor.objects.count()
    response = editor_client.post(
        reverse("actor_split", args=[actor.pk]), {"statements": [jane[0].pk]}
    )
    assert "Give either a name for a new actor or the name of an existing one." in (
        response.content.decode()
    )
    assert Actor.objects.count() == actors


def test_an_analyst_cannot_split_an_actor(analyst_client, mixed):
    actor, _, jane_alias, _, jane = mixed
    actors = Actor.objects.count()
    response = analyst_client.post(
        reverse("actor_split", args=[actor.pk]),
        {"statements": [jane[0].pk], "aliases": [jane_alias.pk], "new_name": "Jane Sullivan"},
    )
    assert response.status_code == 403
    assert Actor.objects.count() == actors
    page = analyst_client.get(actor.get_absolute_url()).content.decode()
    assert "Split this actor" not in page and 'form="actor-split"' not in page


def test_a_split_cannot_be_requested_with_get(editor_client, mixed):
    response = editor_client.get(reverse("actor_split", args=[mixed[0].pk]))
    assert response.status_code == 405


def test_a_moved_statement_says_so_in_its_history_on_the_article_page(editor_client, editor, mixed):
    actor, _, _, _, jane = mixed
    services.split_actor(actor=actor, editor=editor, statements=jane[:1], name="Jane Sullivan")
    page = editor_client.get(jane[0].article.get_absolute_url()).content.decode()
    assert "speaker changed from Jake Sullivan to Jane Sullivan (actor split)" in page
