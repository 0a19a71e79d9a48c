"""Shared fixtures: fast settings, clients for each role, the services' availability."""

import os

import pytest
from django.test import Client

from tests.factories import UserFactory

SEED_ARTICLE = "../shared/corpus/dev/00_seed_secret_talks.json"


@pytest.fixture(autouse=True)
def fast_settings(settings):
    """Cheap password hashing and plain static storage keep the suite quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture
def analyst(db):
    return UserFactory(username="ana", role="analyst")


@pytest.fixture
def editor(db):
    return UserFactory(username="eddie", role="editor")


@pytest.fixture
def anonymous_client() -> Client:
    return Client()


@pytest.fixture
def analyst_client(analyst) -> Client:
    client = Client()
    client.force_login(analyst)
    return client


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def eager_tasks():
    """Run Celery tasks in-process even when a broker is configured (as in CI)."""
    from config.celery import app

    saved = (app.conf.task_always_eager, app.conf.task_eager_propagates)
    app.conf.task_always_eager, app.conf.task_eager_propagates = True, True
    yield app
    app.conf.task_always_eager, app.conf.task_eager_propagates = saved


def using_real_services() -> bool:
    """True when the suite runs against PostgreSQL and a Redis broker (as in CI)."""
    return os.environ.get("DATABASE_URL", "").startswith("postgres") and bool(
        os.environ.get("CELERY_BROKER_URL")
    )
