"""Dossier downloads: query budgets, CSRF, failed builds, the include for the story page, and a
real Celery worker on the real broker building a large dossier queued from the button."""

import json
import os
import time

import pytest
from django.test import Client
from django.urls import reverse

from statements.export import builds
from statements.models import DossierBuild, DossierBuildStatus
from statements.querysets import Filters
from tests.conftest import using_real_services
from tests.factories import UserFactory

from .conftest import build_big_story

HTMX = {"HX-Request": "true"}


def url(story, fmt: str) -> str:
    return reverse("story_dossier", args=[story.slug, fmt])


def test_a_cached_download_takes_six_queries(
    analyst_client, fixed_story, django_assert_max_num_queries
):
    analyst_client.get(url(fixed_story, "csv"))
    # session, user, the user's and the group's permissions, story, data version, the build row
    # (its file name; the file itself comes from the storage).
    with django_assert_max_num_queries(7):
        assert analyst_client.get(url(fixed_story, "csv")).status_code == 200


@pytest.mark.parametrize("size", [5, 400])
def test_a_fresh_download_takes_the_same_queries_for_5_and_400_statements(
    analyst_client, db, size, django_assert_max_num_queries
):
    story = build_big_story(size)
    # The cached download's seven (no row yet), the statement count (sync or background), the
    # data version again, then the dossier's: statements (no article text), links, speakers, three
    # levels of affiliations, governments, the articles once each; then the build row's upsert
    # and the look for older versions to drop.
    with django_assert_max_num_queries(19):
        response = analyst_client.get(url(story, "json"))
    assert len(json.loads(b"".join(response.streaming_content))["statements"]) == size


def test_editors_can_export_too(editor_client, fixed_story):
    assert editor_client.get(url(fixed_story, "md")).status_code == 200


def test_the_download_url_refuses_post(analyst_client, fixed_story):
    assert analyst_client.post(url(fixed_story, "md")).status_code == 405


def test_the_build_form_needs_its_csrf_token(fixed_story, analyst):
    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    build = reverse("story_dossier_build", args=[fixed_story.slug])
    assert client.post(build, {"format": "md"}).status_code == 403


def test_a_bad_build_request_shows_its_message_in_the_fragment(analyst_client, fixed_story):
    build = reverse("story_dossier_build", args=[fixed_story.slug])
    response = analyst_client.post(build, {"format": "docx"}, headers=HTMX)
    # htmx swaps only 2xx answers, so the fragment with the message comes back as 200.
    assert response.status_code == 200
    body = response.content.decode()
    assert "Could not export" in body and "docx" in body and "<html" not in body


def test_a_failed_build_says_why_and_stops_polling(analyst_client, fixed_story):
    want = builds.wanted(fixed_story, fmt="pdf", include="all", filters=Filters())
    DossierBuild.objects.create(
        story=fixed_story,
        fmt="pdf",
        include="all",
        variant=want.variant,
        version=want.version,
        status=DossierBuildStatus.FAILED,
        error="The dossier could not be built (MemoryError).",
    )
    status = reverse("story_dossier_status", args=[fixed_story.slug]) + "?format=pdf"
    body = analyst_client.get(status, headers=HTMX).content.decode()
    assert "could not be built (MemoryError)" in body and "hx-trigger" not in body


def test_the_export_button_include_shows_to_analysts_only(rf, fixed_story, analyst):
    from django.contrib.auth.models import AnonymousUser
    from django.template.loader import render_to_string

    request = rf.get("/")
    request.user = analyst
    name = "statements/dossier/_export_button.html"
    html = render_to_string(name, {"story": fixed_story}, request=request)
    assert 'id="dossier-export"' in html and "csrfmiddlewaretoken" in html
    assert reverse("story_dossier_build", args=[fixed_story.slug]) in html
    request.user = AnonymousUser()
    assert "dossier-export" not in render_to_string(name, {"story": fixed_story}, request=request)


@pytest.mark.services
@pytest.mark.skipif(
    not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
    reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
)
def test_a_real_worker_builds_a_large_dossier_queued_from_the_button(transactional_db, monkeypatch):
    from importlib import import_module

    from celery.contrib.testing.worker import start_worker
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from config.celery import app

    # An earlier transactional test's flush drops the roles the migrations made: make them again.
    apps = MigrationExecutor(connection).loader.project_state().apps
    import_module("statements.migrations.0002_roles").create_roles(apps, None)
    import_module("statements.migrations.0003_reference_governments").load(apps, None)
    monkeypatch.setattr(builds, "LARGE_DOSSIER", 10)
    story = build_big_story(60)
    client = Client()
    client.force_login(UserFactory(username="worker-analyst", role="analyst"))
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    app.control.purge()
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            build = reverse("story_dossier_build", args=[story.slug])
            first = client.post(build, {"format": "json"}, headers=HTMX).content.decode()
            assert "Building the JSON dossier" in first
            status = reverse("story_dossier_status", args=[story.slug]) + "?format=json"
            deadline = time.monotonic() + 60
            polled = ""
            while time.monotonic() < deadline and "is ready" not in polled:
                time.sleep(0.3)
                polled = client.get(status, headers=HTMX).content.decode()
            assert "is ready" in polled, polled
    finally:
        app.conf.task_always_eager = eager
    record = json.loads(b"".join(client.get(url(story, "json")).streaming_content))
    assert len(record["statements"]) == 60
