"""Beat polls the sources, and the workers compose starts consume the queue the polls go to."""

from pathlib import Path

import yaml
from django.conf import settings

from config.celery import app

ROOT = Path(__file__).resolve().parents[2]


def test_beat_polls_the_due_sources_every_minute():
    entry = settings.CELERY_BEAT_SCHEDULE["poll-sources"]
    assert entry == {"task": "sources.tasks.poll_due_sources", "schedule": 60.0}


def test_polls_go_to_a_queue_the_compose_workers_consume():
    queue = app.amqp.router.route({}, "sources.tasks.poll_source")["queue"].name
    assert queue == "sources"
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    command = services["worker"]["command"]
    assert queue in command[command.index("-Q") + 1].split(",")
    assert "beat" in services["beat"]["command"]
