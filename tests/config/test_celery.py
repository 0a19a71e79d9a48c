"""Celery wiring: every task is found by autodiscovery, none is imported by hand at start-up."""

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

TASKS = {
    "statements.tasks.ingest_article",
    "statements.export.tasks.build_dossier_file",
    "statements.beat.sweep_articles",
    "statements.beat.sweep_dossier_builds",
    "sources.tasks.poll_due_sources",
    "sources.tasks.poll_source",
    "watch.beat.sweep_notifications",
    "watch.tasks.notify_accepted",
    "watch.tasks.notify_filed",
    "watch.tasks.send_digests",
}

# What a worker does at start: set Django up, then import the autodiscovered modules.
PROBE = """
import json, django
django.setup()
from config.celery import app
ours = lambda: sorted(name for name in app.tasks if not name.startswith("celery."))
before = ours()
app.loader.import_default_modules()
print(json.dumps({"before": before, "after": ours()}))
"""


def registered() -> dict[str, list[str]]:
    env = {**os.environ, "DEBUG": "true", "DJANGO_SETTINGS_MODULE": "config.settings"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_every_task_is_registered_by_autodiscovery_and_none_by_django_setup():
    found = registered()
    assert found["before"] == []  # no AppConfig.ready imports a task module by hand
    assert set(found["after"]) == TASKS


def test_the_beat_schedule_names_only_registered_tasks(settings):
    assert {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()} <= TASKS
