"""Editors control actors: rename, create, place, merge across articles, undo a merge, history."""

from django.urls import reverse

from actors.models import Actor, Affiliation
from statements.models import AuditEntry
from tests.factories import ActorFactory, AliasFactory, ArticleFactory, StatementFactory


def test_an_editor_renames_an_actor_and_the_old_name_stays_an_alias(editor_client):
    actor = ActorFactory(name="Jake Salevan", role="adviser")
    response = editor_client.post(
        reverse("actor_edit", args=[actor.pk]),
        {"name": "Jake Sullivan", "kind": "person", "role": "national security adviser"},
    )
    assert response.status_code == 302
    actor.refresh_from_db()
    assert actor.name == "Jake Sullivan"
    assert list(actor.aliases.values_list("name", flat=True)) == ["Jake Salevan"]
    page = editor_client.get(actor.get_absolute_url()).content.decode()
    assert "changed name from “Jake Salevan” to “Jake Sullivan”" in page


def test_a_rename_with_an_empty_name_keeps_the_input_and_says_why(editor_client):
    actor = ActorFactory(name="Ilse Varga")
    response = editor_client.post(
        reverse("actor_edit", args=[actor.pk]), {"name": "  ", "kind": "person", "role": "envoy"}
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in body or "Give the actor a name." in body
    assert 'value="envoy"' in body
    actor.refresh_from_db()
    assert actor.name == "Ilse Varga"


def test_an_analyst_cannot_rename_an_actor(analyst_client):
    actor = ActorFactory(name="Ilse Varga")
    response = analyst_client.post(
        reverse("actor_edit", args=[actor.pk]), {"name": "Someone", "kind": "person"}
    )
    assert response.status_code == 403
    assert "Editor's tools" not in analyst_client.get(actor.get_absolute_url()).content.decode()


def test_an_editor_creates_an_actor_with_a_country(editor_client):
    response = editor_client.post(
        reverse("actor_new"), {"name": "Lena Ortiz", "kind": "person", "country": "FR"}
    )
    actor = Actor.objects.get(name="Lena Ortiz")
    assert response["Location"] == actor.get_absolute_url()
    assert actor.country == "FR" and actor.status == "accepted"


def test_an_editor_attaches_an_actor_to_a_ministry_by_its_name(editor_client):
    ministry = ActorFactory(name="Marovian Foreign Ministry", kind="organisation")
    actor = ActorFactory(name="Ilse Varga")
    editor_client.post(
        reverse("actor_affiliate", args=[actor.pk]),
        {"organisation": "marovian foreign ministry", "role": "spokeswoman"},
    )
    assert Affiliation.objects.filter(actor=actor, organisation=ministry, role="spokeswoman")


def test_the_merge_search_finds_an_actor_of_another_article(editor_client):
    actor = StatementFactory(speaker=ActorFactory(name="Jake Sullivan")).speaker
    other = StatementFactory(
        speaker=ActorFactory(name="Jake Salevan"), article=ArticleFactory()
    ).speaker
    page = editor_client.get(actor.get_absolute_url(), {"find": "salevan"}).content.decode()
    assert f'<input type="hidden" name="merge" value="{other.pk}">' in page


def test_a_merge_across_articles_can_be_undone_from_the_history(editor_client):
    keep = ActorFactory(name="Jake Sullivan", role="adviser")
    merged = ActorFactory(name="Jake Salevan", country="US")
    AliasFactory(actor=merged, name="J. Salevan")
    statement = StatementFactory(speaker=merged, text="It did not happen.")
    editor_client.post(
        reverse("actors_merge"),
        {"keep": keep.pk, "merge": merged.pk, "next": keep.get_absolute_url()},
    )
    statement.refresh_from_db()
    assert statement.speaker == keep
    entry = AuditEntry.objects.get(action="merge_actor", object_id=keep.pk)
    page = editor_client.get(keep.get_absolute_url()).content.decode()
    assert "merged “Jake Salevan” into this actor" in page and "Undo this merge" in page

    response = editor_client.post(reverse("merge_undo", args=[entry.pk]))
    restored = Actor.objects.get(name="Jake Salevan")
    assert response["Location"] == restored.get_absolute_url()
    statement.refresh_from_db()
    keep.refresh_from_db()
    assert statement.speaker == restored and restored.country == "US"
    assert list(restored.aliases.values_list("name", flat=True)) == ["J. Salevan"]
    assert not keep.aliases.exists() and keep.country == ""
    again = editor_client.post(reverse("merge_undo", args=[entry.pk]), follow=True)
    assert "This merge was undone already." in again.content.decode()


def test_a_statements_review_shows_in_its_history_on_the_article_page(editor_client):
    statement = StatementFactory(text="It is false.")
    editor_client.post(reverse("statement_review", args=[statement.pk]), {"decision": "rejected"})
    page = editor_client.get(statement.article.get_absolute_url()).content.decode()
    assert "History (1)" in page and "eddie:" in page
    assert "unreviewed → rejected" in page


def test_an_editor_gives_a_statement_a_speaker_from_outside_its_article(editor_client):
    statement = StatementFactory(text="It is false.")
    elsewhere = ActorFactory(name="Lena Ortiz")
    AliasFactory(actor=elsewhere, name="Ms Ortiz")
    response = editor_client.post(
        reverse("statement_edit", args=[statement.pk]),
        {
            "speaker": statement.speaker_id,
            "other_speaker": "ms ortiz",
            "stance": "denial",
            "text": "It is false.",
        },
    )
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.speaker == elsewhere
