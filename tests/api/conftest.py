"""API clients holding a bearer token for each role; the rate-limit counters start empty."""

import pytest
from django.core.cache import cache
from django.test import Client

from api.models import ApiToken


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def bearer(user) -> Client:
    _, token = ApiToken.issue(user=user, name="test")
    return Client(headers={"Authorization": f"Bearer {token}"})


@pytest.fixture
def analyst_api(analyst) -> Client:
    return bearer(analyst)


@pytest.fixture
def editor_api(editor) -> Client:
    return bearer(editor)
