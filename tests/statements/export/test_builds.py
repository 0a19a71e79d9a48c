"""Dossier builds as rows: claimed once, run once, failed with a reason, never queued forever."""

import datetime as dt

import pytest
from django.urls import reverse

from statements import services
from statements.export import builds
from statements.models import DossierBuild, DossierBuildStatus
from statements.querysets import Filters

from .conftest import build_big_story

HTMX = {"HX-Request": "true"}


@pytest.fixture
def large_story(db, monkeypatch):
    """Past the background threshold: a few statements stand for a large story."""
    monkeypatch.setattr(builds, "LARGE_DOSSIER", 3)
    monkeypatch.setattr(builds, "LARGE_PDF", 3)
    return build_big_story(8)


def ask(story, fmt: str = "json") -> DossierBuild:
    return services.request_dossier(story=story, fmt=fmt, include="all", filters=Filters())


def age(build: DossierBuild, by: dt.timedelta) -> None:
    """Move the build's request into the past (the sweep's grace and stall windows)."""
    DossierBuild.objects.filter(pk=build.pk).update(requested_at=build.requested_at - by)


def test_a_small_dossier_is_built_at_once_into_the_storage(db, media_root):
    story = build_big_story(2)
    build = ask(story, "md")
    assert build.status == DossierBuildStatus.READY and build.is_ready
    assert (media_root / build.file.name).read_bytes() == build.file.open("rb").read()
    assert build.file.name.startswith(f"dossiers/{story.pk}/")


def test_a_large_dossier_is_one_queued_row_however_often_it_is_asked_for(
    large_story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        first, second = ask(large_story), ask(large_story)
    assert first.pk == second.pk and first.status == DossierBuildStatus.QUEUED
    assert len(callbacks) == 1
    assert DossierBuild.objects.count() == 1


def test_the_task_builds_a_queued_row_once_and_leaves_a_ready_one_alone(
    large_story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        build = ask(large_story)
    assert builds.run_build(build.pk) == DossierBuildStatus.READY
    build.refresh_from_db()
    name = build.file.name
    assert builds.run_build(build.pk) == DossierBuildStatus.READY  # a duplicate delivery
    build.refresh_from_db()
    assert build.file.name == name and build.attempts == 1


def test_a_failed_build_is_queued_again_when_asked_again(
    large_story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        build = ask(large_story)
    builds.fail(build.pk, "The dossier could not be built (MemoryError).")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        again = ask(large_story)
    assert again.pk == build.pk and again.status == DossierBuildStatus.QUEUED
    assert again.error == "" and len(callbacks) == 1


def test_the_sweep_fails_a_build_whose_worker_vanished_and_the_fragment_says_so(
    large_story, analyst_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        build = ask(large_story)
    DossierBuild.objects.filter(pk=build.pk).update(
        status=DossierBuildStatus.BUILDING, enqueued_at=build.requested_at
    )
    age(build, DossierBuild.STALL_AFTER + dt.timedelta(minutes=1))
    assert services.sweep_dossier_builds() == {"published": 0, "failed": 1}
    build.refresh_from_db()
    assert build.status == DossierBuildStatus.FAILED and build.error == builds.STOPPED
    status = reverse("story_dossier_status", args=[large_story.slug]) + "?format=json"
    body = analyst_client.get(status, headers=HTMX).text
    assert builds.STOPPED in body and "every 1s" not in body


def test_the_sweep_publishes_a_build_the_broker_never_accepted(
    large_story, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        build = ask(large_story)  # committed, but its job never sent (the process died)
    assert services.sweep_dossier_builds() == {"published": 0, "failed": 0}  # within grace
    age(build, builds.ENQUEUE_GRACE * 2)
    assert services.sweep_dossier_builds() == {"published": 1, "failed": 0}
    build.refresh_from_db()
    assert build.is_ready and build.enqueued_at is not None
    assert services.sweep_dossier_builds() == {"published": 0, "failed": 0}


def test_a_build_found_mid_way_twice_is_failed_instead_of_run_again(
    large_story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        build = ask(large_story)
    DossierBuild.objects.filter(pk=build.pk).update(
        status=DossierBuildStatus.BUILDING, attempts=builds.MAX_STOPPED_RUNS
    )
    assert builds.run_build(build.pk) == DossierBuildStatus.FAILED
    build.refresh_from_db()
    assert build.error.startswith(builds.STOPPED) and "2 times" in build.error


def test_a_ready_build_whose_file_was_removed_is_built_again(analyst_client, db, media_root):
    story = build_big_story(2)
    first = ask(story, "md")
    (media_root / first.file.name).unlink()
    again = ask(story, "md")
    assert again.is_ready and (media_root / again.file.name).is_file()
    assert DossierBuild.objects.count() == 1
