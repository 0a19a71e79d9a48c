"""Dossier downloads: who may fetch them, what comes back, and background builds with htmx."""

import json

import pytest
from django.urls import reverse

from statements.export import builds
from statements.models import ReviewStatus
from tests.factories import StatementFactory, UserFactory

from .conftest import build_big_story


@pytest.fixture
def story(db):
    return StatementFactory(review_status=ReviewStatus.ACCEPTED).story


def dossier_url(story, fmt: str) -> str:
    return reverse("story_dossier", args=[story.slug, fmt])


def test_anonymous_visitor_is_sent_to_login_for_a_dossier(anonymous_client, story):
    response = anonymous_client.get(dossier_url(story, "md"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_user_without_a_role_cannot_download_a_dossier(client, story):
    client.force_login(UserFactory(username="nobody"))
    assert client.get(dossier_url(story, "md")).status_code == 403


def test_user_without_a_role_cannot_start_a_dossier_build(client, story):
    client.force_login(UserFactory(username="nobody"))
    url = reverse("story_dossier_build", args=[story.slug])
    assert client.post(url, {"format": "pdf"}).status_code == 403


@pytest.mark.parametrize(
    ("fmt", "content_type", "start"),
    [
        ("pdf", "application/pdf", b"%PDF-"),
        ("md", "text/markdown; charset=utf-8", b"# Dossier: "),
        ("json", "application/json", b"{"),
        ("csv", "text/csv; charset=utf-8", "\ufeffref,".encode()),
    ],
)
def test_analyst_downloads_each_format_as_a_named_attachment(
    analyst_client, story, fmt, content_type, start
):
    response = analyst_client.get(dossier_url(story, fmt))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == (f'attachment; filename="{story.slug}-dossier.{fmt}"')
    assert b"".join(response.streaming_content).startswith(start)


def test_dossier_url_is_stable_per_story_and_format(story):
    assert dossier_url(story, "pdf") == f"/stories/{story.slug}/dossier.pdf"


def test_unknown_format_is_not_found(analyst_client, story):
    assert analyst_client.get(dossier_url(story, "docx")).status_code == 404


def test_invalid_inclusion_is_a_bad_request(analyst_client, story):
    assert analyst_client.get(dossier_url(story, "md") + "?include=rejected").status_code == 400


def test_the_download_holds_unreviewed_statements_by_default_as_the_story_page_does(
    analyst_client, story
):
    StatementFactory(story=story, text="Still waiting for review.")
    accepted = b"".join(
        analyst_client.get(dossier_url(story, "json") + "?include=accepted").streaming_content
    )
    default = b"".join(analyst_client.get(dossier_url(story, "json")).streaming_content)
    assert len(json.loads(accepted)["statements"]) == 1
    record = json.loads(default)
    assert record["include"] == "all"
    assert [s["review_status"] for s in record["statements"]] == ["accepted", "proposed"]


def test_the_same_data_is_served_from_the_cached_file(analyst_client, story, media_root):
    analyst_client.get(dossier_url(story, "md"))
    (cached,) = (media_root / "dossiers" / str(story.pk)).glob("*.md")
    cached.write_text("cached copy")
    body = b"".join(analyst_client.get(dossier_url(story, "md")).streaming_content)
    assert body == b"cached copy"


def test_a_new_accepted_statement_makes_a_new_dossier_version_and_drops_the_old_file(
    analyst_client, story, media_root
):
    first = b"".join(analyst_client.get(dossier_url(story, "csv")).streaming_content)
    StatementFactory(story=story, review_status=ReviewStatus.ACCEPTED, text="A new denial.")
    second = b"".join(analyst_client.get(dossier_url(story, "csv")).streaming_content)
    assert b"A new denial." not in first and b"A new denial." in second
    assert len(list((media_root / "dossiers" / str(story.pk)).glob("*.csv"))) == 1


def test_export_button_posts_with_htmx_and_gets_the_download_fragment(analyst_client, story):
    response = analyst_client.post(
        reverse("story_dossier_build", args=[story.slug]),
        {"format": "md"},
        headers={"HX-Request": "true"},
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert 'id="dossier-export"' in content and "<html" not in content
    assert f'href="{dossier_url(story, "md")}"' in content and "download it" in content


def test_export_button_without_javascript_redirects_to_the_file(analyst_client, story):
    response = analyst_client.post(
        reverse("story_dossier_build", args=[story.slug]),
        {"format": "csv", "include": "accepted"},
    )
    assert response.status_code == 302
    assert response["Location"] == dossier_url(story, "csv") + "?include=accepted"


@pytest.fixture
def large_story(db, monkeypatch):
    """Past the background threshold: a few statements stand for a large story."""
    monkeypatch.setattr(builds, "LARGE_DOSSIER", 3)
    monkeypatch.setattr(builds, "LARGE_PDF", 3)
    return build_big_story(8)


def test_large_dossier_is_queued_and_the_fragment_polls_its_progress(
    analyst_client, large_story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = analyst_client.post(
            reverse("story_dossier_build", args=[large_story.slug]),
            {"format": "pdf"},
            headers={"HX-Request": "true"},
        )
    content = response.content.decode()
    assert len(callbacks) == 1  # the Celery task, sent once the request's data is committed
    assert 'hx-trigger="every 1s"' in content and "Building the PDF dossier" in content
    status = reverse("story_dossier_status", args=[large_story.slug]) + "?format=pdf"
    assert f'hx-get="{status}"' in content


def test_polling_stops_and_offers_the_file_once_the_task_has_built_it(
    analyst_client, large_story, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        analyst_client.post(
            reverse("story_dossier_build", args=[large_story.slug]),
            {"format": "json"},
            headers={"HX-Request": "true"},
        )
    status = reverse("story_dossier_status", args=[large_story.slug]) + "?format=json"
    response = analyst_client.get(status, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert "every 1s" not in content
    assert f'href="{dossier_url(large_story, "json")}"' in content
    download = analyst_client.get(dossier_url(large_story, "json"))
    assert response.status_code == download.status_code == 200
    assert len(json.loads(b"".join(download.streaming_content))["statements"]) == 8


def test_a_second_click_during_a_build_does_not_queue_it_again(
    analyst_client, large_story, django_capture_on_commit_callbacks
):
    url = reverse("story_dossier_build", args=[large_story.slug])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        analyst_client.post(url, {"format": "pdf"}, headers={"HX-Request": "true"})
        analyst_client.post(url, {"format": "pdf"}, headers={"HX-Request": "true"})
    assert len(callbacks) == 1


def test_stable_url_of_a_large_dossier_not_yet_built_answers_with_the_progress_page(
    analyst_client, large_story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = analyst_client.get(dossier_url(large_story, "pdf"))
    assert response.status_code == 202
    assert response["Retry-After"] == "5"
    assert "<html" in response.content.decode() and "Building the PDF dossier" in (
        response.content.decode()
    )
    assert len(callbacks) == 1


def test_status_page_without_htmx_is_the_whole_page(analyst_client, story):
    response = analyst_client.get(reverse("story_dossier_status", args=[story.slug]))
    assert response.status_code == 200
    assert "<html" in response.content.decode() and 'id="dossier-export"' in (
        response.content.decode()
    )
