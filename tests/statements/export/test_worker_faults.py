"""Dossier builds and broker or worker faults: a build that kills its worker is not redelivered
forever, and a build asked for while the broker is down says so. Real worker process, own Redis."""

import json
import os
import shutil
import signal

import pytest
from django.urls import reverse

from statements.export import builds
from statements.models import DossierBuild, DossierBuildStatus, TaskDelivery
from tests.conftest import pool_children, using_real_services, wait_until, worker_process

from .conftest import build_big_story

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
    ),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]

HTMX = {"HX-Request": "true"}


def failed_build(story) -> DossierBuild | None:
    """the story's PDF build has failed"""
    return DossierBuild.objects.filter(
        story=story, fmt="pdf", status=DossierBuildStatus.FAILED
    ).first()


def test_a_dossier_build_that_kills_its_worker_twice_is_marked_failed_with_the_reason(
    own_broker, analyst_client, media_root
):
    _app, redis = own_broker
    # Past the background threshold for PDF, within the detailed layout (one process, seconds).
    story = build_big_story(builds.LARGE_PDF + 40)
    with worker_process(redis.url, media_root=media_root) as worker:
        build = reverse("story_dossier_build", args=[story.slug])
        assert "Building" in analyst_client.post(build, {"format": "pdf"}, headers=HTMX).text
        for deliveries in (1, 2):

            def building(deliveries=deliveries):
                """the build runs in its next delivery"""
                return TaskDelivery.objects.filter(count=deliveries).exists()

            wait_until(building, timeout=60, interval=0.02)
            # What the kernel's OOM killer does to the pool process.
            for pid in pool_children(worker):
                os.kill(pid, signal.SIGKILL)
        build = wait_until(lambda: failed_build(story), timeout=60)
    assert "the worker stopped 2 times" in build.error
    assert "It was not tried again" in build.error
    assert not build.is_ready and not build.file
    assert not TaskDelivery.objects.exists()
    status = reverse("story_dossier_status", args=[story.slug]) + "?format=pdf"
    page = analyst_client.get(status, headers=HTMX).text
    assert "the worker stopped 2 times" in page
    assert "every" not in page  # the progress fragment stops polling


def test_a_large_build_asked_for_while_the_broker_is_down_says_so_and_can_be_asked_again(
    own_broker, analyst_client, media_root
):
    _app, redis = own_broker
    story = build_big_story(builds.LARGE_PDF + 10)
    build = reverse("story_dossier_build", args=[story.slug])
    redis.stop()
    response = analyst_client.post(build, {"format": "pdf"}, headers=HTMX)
    assert response.status_code == 200
    assert "the task queue is unavailable" in response.text
    redis.start()
    again = analyst_client.post(build, {"format": "pdf"}, headers=HTMX).text
    assert "Building" in again and "unavailable" not in again


def test_a_dossier_build_past_the_soft_time_limit_is_marked_failed_with_a_plain_reason(
    own_broker, analyst_client, media_root, monkeypatch
):
    app, redis = own_broker
    # The limit travels in the message, from the publishing app's task (this process).
    from statements.export.tasks import build_dossier_file

    task = app.tasks[build_dossier_file.name]
    monkeypatch.setattr(task, "soft_time_limit", 1)
    monkeypatch.setattr(task, "_exec_options", None)  # cached at the first publish
    story = build_big_story(2000)  # laid out in parts: far more than a second
    with worker_process(redis.url, media_root=media_root):
        button = reverse("story_dossier_build", args=[story.slug])
        analyst_client.post(button, {"format": "pdf"}, headers=HTMX)
        build = wait_until(lambda: failed_build(story), timeout=60)
    assert build.error.startswith("The dossier took longer than the time limit")
    assert not build.is_ready and not build.file


def test_a_dossier_built_by_a_worker_process_is_downloaded_by_the_web_process(
    own_broker, analyst_client, media_root, monkeypatch
):
    """The worker and this (web) process share only the database and the storage."""
    _app, redis = own_broker
    monkeypatch.setattr(builds, "LARGE_DOSSIER", 10)  # the web side decides: build in background
    story = build_big_story(30)
    with worker_process(redis.url, media_root=media_root):
        button = reverse("story_dossier_build", args=[story.slug])
        assert "Building" in analyst_client.post(button, {"format": "json"}, headers=HTMX).text

        def ready():
            """the worker has built the dossier"""
            return DossierBuild.objects.filter(story=story, status=DossierBuildStatus.READY).first()

        build = wait_until(ready, timeout=60)
    assert build.attempts == 1 and (media_root / build.file.name).is_file()
    download = analyst_client.get(reverse("story_dossier", args=[story.slug, "json"]))
    assert download.status_code == 200
    assert len(json.loads(b"".join(download.streaming_content))["statements"]) == 30
