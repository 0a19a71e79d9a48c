"""Dossier builds and broker or worker faults: a build that kills its worker is not redelivered
forever, and a build asked for while the broker is down says so. Real worker process, own Redis."""

import os
import shutil
import signal

import pytest
from django.urls import reverse

from statements.export import files
from statements.models import TaskDelivery
from statements.querysets import INCLUDE_DEFAULT, Filters
from tests.conftest import pool_children, using_real_services, wait_until, worker_process
from tests.export.conftest import build_big_story

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
    ),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]

HTMX = {"HX-Request": "true"}


def test_a_dossier_build_that_kills_its_worker_twice_is_marked_failed_with_the_reason(
    own_broker, analyst_client, media_root
):
    _app, redis = own_broker
    # Past the background threshold for PDF, within the detailed layout (one process, seconds).
    story = build_big_story(files.LARGE_PDF + 40)
    target = files.dossier_file(story, fmt="pdf", include=INCLUDE_DEFAULT, filters=Filters())
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
        wait_until(lambda: target.failure, timeout=60)
    assert "the worker stopped 2 times" in target.failure
    assert "It was not tried again" in target.failure
    assert not target.ready
    assert not TaskDelivery.objects.exists()
    status = reverse("story_dossier_status", args=[story.slug]) + "?format=pdf"
    page = analyst_client.get(status, headers=HTMX).text
    assert "the worker stopped 2 times" in page
    assert "every" not in page  # the progress fragment stops polling


def test_a_large_build_asked_for_while_the_broker_is_down_says_so_and_can_be_asked_again(
    own_broker, analyst_client, media_root
):
    _app, redis = own_broker
    story = build_big_story(files.LARGE_PDF + 10)
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
    target = files.dossier_file(story, fmt="pdf", include=INCLUDE_DEFAULT, filters=Filters())
    with worker_process(redis.url, media_root=media_root):
        build = reverse("story_dossier_build", args=[story.slug])
        analyst_client.post(build, {"format": "pdf"}, headers=HTMX)
        wait_until(lambda: target.failure, timeout=60)
    assert target.failure.startswith("The dossier took longer than the time limit")
    assert not target.ready
