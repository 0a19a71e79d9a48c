"""An editor who split an actor by mistake undoes the split from the actor's history: the
statements and names come back, an actor made by the split and left empty goes, all audited."""

import pytest
from django.test import Client
from django.urls import reverse

from actors.models import Actor
from statements import services
from statements.models import AuditEntry
from tests.factories import ActorFactory, AliasFactory, StatementFactory
from watch.models import Watch

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed():
    """An actor the parser made of two people: Jake Sullivan and Jane Sullivan."""
    actor = ActorFactory(name="Jake Sullivan", kind="person", country="US")
    AliasFactory(actor=actor, name="J. Sullivan")
    jane_alias = AliasFactory(actor=actor, name="Jane S.")
    jake = [StatementFactory(speaker=actor, text=f"Jake said {i}.") for i in range(2)]
    jane = [StatementFactory(speaker=actor, text=f"Jane said {i}.") for i in range(2)]
    return actor, jane_alias, jake, jane


def split(editor, actor, jane, jane_alias, **kwargs):
    kwargs = kwargs or {"name": "Jane Sullivan"}
    into = services.split_actor(
        actor=actor, editor=editor, statements=jane, aliases=[jane_alias], **kwargs
    )
    entry = AuditEntry.objects.get(action="split_actor", object_type="actor", object_id=actor.pk)
    return into, entry


def names(actor):
    return sorted(actor.aliases.values_list("name", flat=True))


def test_an_editor_undoes_a_split_from_the_actors_history(editor_client, editor, mixed):
    actor, jane_alias, jake, jane = mixed
    into, entry = split(editor, actor, jane, jane_alias)
    page = editor_client.get(actor.get_absolute_url()).content.decode()
    undo_url = reverse("split_undo", args=[entry.pk])
    assert f'action="{undo_url}"' in page and "Undo this split" in page

    response = editor_client.post(undo_url, follow=True)

    assert response.redirect_chain[-1][0] == actor.get_absolute_url()
    body = response.content.decode()
    assert "Split undone: what went to Jane Sullivan is back with Jake Sullivan." in body
    assert set(actor.statements.all()) == {*jake, *jane}
    assert names(actor) == ["J. Sullivan", "Jane S."]
    # Made by the split and left with nothing: removed, and the history says so.
    assert not Actor.objects.filter(pk=into.pk).exists()
    assert "was removed" in body and "(undone)" in body and "Undo this split" not in body


def test_undoing_a_split_is_audited_on_the_actor_and_each_statement(editor, mixed):
    actor, jane_alias, _, jane = mixed
    into, entry = split(editor, actor, jane, jane_alias)
    services.undo_split(entry=entry, editor=editor)
    undo = AuditEntry.objects.get(action="undo_split", object_type="actor")
    assert undo.object_id == actor.pk and undo.user == editor
    assert undo.details["split"] == entry.pk and undo.details["into"] == into.pk
    assert undo.details["statements"] == sorted(s.pk for s in jane)
    assert undo.details["removed"] is True
    assert sorted(
        AuditEntry.objects.filter(action="undo_split", object_type="statement").values_list(
            "object_id", flat=True
        )
    ) == sorted(s.pk for s in jane)
    entry.refresh_from_db()
    assert entry.details["undone_by"] == editor.pk


def test_a_split_into_an_existing_actor_is_undone_without_touching_its_own_names_or_statements(
    editor, mixed
):
    actor, jane_alias, _, jane = mixed
    existing = ActorFactory(name="Jane Sullivan-Ortiz")
    AliasFactory(actor=existing, name="Ms Sullivan-Ortiz")
    own = StatementFactory(speaker=existing)
    _, entry = split(editor, actor, jane, jane_alias, into=existing)
    assert names(existing) == ["Jane S.", "Ms Sullivan-Ortiz"]

    services.undo_split(entry=entry, editor=editor)

    existing.refresh_from_db()
    assert list(existing.statements.all()) == [own]
    assert names(existing) == ["Ms Sullivan-Ortiz"]
    assert set(actor.statements.all()) >= set(jane)
    assert AuditEntry.objects.filter(action="split_undone", object_id=existing.pk).exists()


def test_a_new_actor_that_gained_a_follower_is_kept_when_its_split_is_undone(editor, mixed):
    actor, jane_alias, _, jane = mixed
    into, entry = split(editor, actor, jane, jane_alias)
    Watch.objects.create(user=editor, kind="actor", actor=into)
    services.undo_split(entry=entry, editor=editor)
    assert Actor.objects.filter(pk=into.pk).exists()
    assert not into.statements.exists()


def test_a_statement_moved_on_since_the_split_stays_with_its_new_speaker(editor, mixed):
    actor, jane_alias, _, jane = mixed
    _, entry = split(editor, actor, jane, jane_alias)
    third = ActorFactory(name="Jane Doe")
    services.edit_statement(statement=jane[0], editor=editor, changes={"speaker": third})
    services.undo_split(entry=entry, editor=editor)
    jane[0].refresh_from_db()
    jane[1].refresh_from_db()
    assert jane[0].speaker == third and jane[1].speaker == actor


def test_a_split_cannot_be_undone_twice(editor_client, editor, mixed):
    actor, jane_alias, _, jane = mixed
    _, entry = split(editor, actor, jane, jane_alias)
    editor_client.post(reverse("split_undo", args=[entry.pk]))
    again = editor_client.post(reverse("split_undo", args=[entry.pk]), follow=True)
    assert "This split was undone already." in again.content.decode()
    assert AuditEntry.objects.filter(action="undo_split", object_type="actor").count() == 1


def test_an_analyst_cannot_undo_a_split(analyst_client, editor, mixed):
    actor, jane_alias, _, jane = mixed
    into, entry = split(editor, actor, jane, jane_alias)
    response = analyst_client.post(reverse("split_undo", args=[entry.pk]))
    assert response.status_code == 403
    assert set(into.statements.all()) == set(jane)
    page = analyst_client.get(actor.get_absolute_url()).content.decode()
    assert "Undo this split" not in page


def test_undoing_a_split_needs_the_csrf_token(editor, mixed):
    actor, jane_alias, _, jane = mixed
    into, entry = split(editor, actor, jane, jane_alias)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("split_undo", args=[entry.pk]))
    assert response.status_code == 403
    assert set(into.statements.all()) == set(jane)


def test_undo_split_cannot_be_requested_with_get(editor_client, editor, mixed):
    actor, jane_alias, _, jane = mixed
    _, entry = split(editor, actor, jane, jane_alias)
    assert editor_client.get(reverse("split_undo", args=[entry.pk])).status_code == 405


def test_only_a_split_entry_can_be_undone_as_a_split(editor_client, editor, mixed):
    actor = mixed[0]
    services.edit_actor(actor=actor, editor=editor, changes={"role": "adviser"})
    entry = AuditEntry.objects.get(action="edit_actor")
    assert editor_client.post(reverse("split_undo", args=[entry.pk])).status_code == 404
