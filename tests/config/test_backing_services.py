"""CI runs the suite against the real PostgreSQL and Redis; prove it is so when it must be."""

import os

import pytest
import redis
from django.conf import settings
from django.db import connection

from tests.conftest import using_real_services

pytestmark = pytest.mark.skipif(
    not (using_real_services() or os.environ.get("REQUIRE_SERVICES")),
    reason="runs against PostgreSQL and Redis only (set DATABASE_URL and CELERY_BROKER_URL)",
)


@pytest.mark.django_db
def test_the_database_is_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_the_broker_is_a_live_redis_and_tasks_are_queued_not_eager():
    assert settings.CELERY_BROKER_URL.startswith("redis://")
    assert settings.CELERY_TASK_ALWAYS_EAGER is False
    assert redis.Redis.from_url(settings.CELERY_BROKER_URL).ping() is True
