"""Submitting an article through the API: text, URL or file, validated as on the add page."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from statements.models import Article, IngestStatus

pytestmark = pytest.mark.django_db

TEXT = "The ministry on Tuesday denied the report. 'It is false,' a spokesman said."


def test_an_uploaded_text_file_becomes_an_article(editor_api, editor):
    upload = SimpleUploadedFile("report.txt", TEXT.encode(), content_type="text/plain")
    response = editor_api.post("/api/v1/articles/", {"file": upload, "title": "From a file"})
    assert response.status_code == 202
    article = Article.objects.get(pk=response.json()["id"])
    assert (article.text, article.title, article.added_by) == (TEXT, "From a file", editor)


def test_a_file_that_is_not_text_is_refused_and_recorded_as_failed(editor_api):
    upload = SimpleUploadedFile("report.txt", b"\xff\xfe\x00binary", content_type="text/plain")
    response = editor_api.post("/api/v1/articles/", {"file": upload})
    assert response.status_code == 400
    assert "file" in response.json()["error"]["fields"]
    assert Article.objects.get().status == IngestStatus.FAILED


def test_a_url_is_queued_for_the_worker_to_fetch(editor_api):
    response = editor_api.post(
        "/api/v1/articles/", {"url": "https://news.example.org/a"}, content_type="application/json"
    )
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == IngestStatus.QUEUED
    assert Article.objects.get(pk=body["id"]).source_url == "https://news.example.org/a"


def test_the_same_text_again_returns_the_same_article(editor_api):
    first = editor_api.post("/api/v1/articles/", {"text": TEXT}, content_type="application/json")
    again = editor_api.post("/api/v1/articles/", {"text": TEXT}, content_type="application/json")
    assert again.status_code == 202
    assert again.json()["id"] == first.json()["id"] and again.json()["created"] is False


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "non_field_errors"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"text": TEXT, "published": "not a date"}, "published"),
    ],
)
def test_an_invalid_submission_is_a_400_naming_the_field(editor_api, body, field):
    response = editor_api.post("/api/v1/articles/", body, content_type="application/json")
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    assert not Article.objects.exists()


def test_a_file_and_text_together_are_refused(editor_api):
    upload = SimpleUploadedFile("report.txt", TEXT.encode(), content_type="text/plain")
    response = editor_api.post("/api/v1/articles/", {"file": upload, "text": "other text"})
    assert response.status_code == 400
