"""The Redis cache backend (config.cache) against the real Redis of the test run."""

import os

import pytest
from django.core.cache.backends.redis import RedisCache

from config.cache import ReusedClientRedisCache
from tests.conftest import using_real_services

pytestmark = pytest.mark.skipif(not using_real_services(), reason="needs the Redis of the run")


@pytest.fixture
def backend():
    cache = ReusedClientRedisCache(os.environ["CELERY_BROKER_URL"], {"KEY_PREFIX": "cache-test"})
    yield cache
    cache.delete_many(["page", "other"])


def test_the_backend_uses_one_redis_client_for_every_call(backend):
    first = backend._cache.get_client(write=True)
    assert backend._cache.get_client() is first
    assert backend._cache.get_client("a key", write=True) is first


def test_django_builds_a_client_per_call_which_the_backend_avoids():
    django_cache = RedisCache(os.environ["CELERY_BROKER_URL"], {})
    assert django_cache._cache.get_client() is not django_cache._cache.get_client()


def test_values_round_trip_through_redis(backend):
    backend.set("page", "<p>a page</p>", 30)
    backend.set_many({"other": 2})
    assert backend.get("page") == "<p>a page</p>"
    assert backend.get_many(["page", "other", "missing"]) == {"page": "<p>a page</p>", "other": 2}
    backend.delete("page")
    assert backend.get("page") is None
