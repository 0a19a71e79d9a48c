"""Shared fixtures: fast settings, clients for each role, the services' availability."""

import json
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import kombu.pools
import pytest
from django.core.cache import cache
from django.test import Client

from statements.models import Article, Stance, Story
from statements.services import submit_article
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[1]
# The read-only corpus and scorer beside the checkout (`../shared` from the repository root);
# tests that read it skip where it is absent.
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "dev" / "00_seed_secret_talks.json"
needs_shared = pytest.mark.skipif(
    not SEED.exists(), reason="the shared corpus (../shared) is absent"
)


@pytest.fixture(autouse=True)
def fast_settings(settings):
    """Cheap password hashing and plain static storage keep the suite quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SECURE_SSL_REDIRECT = False
    # Each test starts with no cached fragment (the cache is this process's memory).
    cache.clear()


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
def eager_tasks(monkeypatch):
    """Run Celery tasks in-process even when a broker is configured (as in CI)."""
    from config.celery import app

    # Item access on the (lazy) Celery settings, so that undoing restores or removes the keys.
    monkeypatch.setitem(app.conf, "task_always_eager", True)
    monkeypatch.setitem(app.conf, "task_eager_propagates", True)
    return app


@pytest.fixture
def seed() -> dict:
    """The seed article of the shared corpus (skips where ../shared is absent)."""
    if not SEED.exists():
        pytest.skip("the shared corpus (../shared) is absent")
    return json.loads(SEED.read_text())


def using_real_services() -> bool:
    """True when the suite runs against PostgreSQL and a Redis broker (as in CI)."""
    return os.environ.get("DATABASE_URL", "").startswith("postgres") and bool(
        os.environ.get("CELERY_BROKER_URL")
    )


class OwnRedis:
    """A throwaway redis-server on a free port, without persistence, that a test stops at will."""

    def __init__(self, tmp_path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.dir = tmp_path
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def committed_db(transactional_db):
    """Data committed for real (workers use other connections), with the migrations' reference
    data made again: an earlier transactional test's flush dropped the roles and governments."""
    from importlib import import_module

    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    apps = MigrationExecutor(connection).loader.project_state().apps
    import_module("statements.migrations.0002_roles").create_roles(apps, None)
    import_module("statements.migrations.0003_reference_governments").load(apps, None)


@pytest.fixture
def own_broker(tmp_path, committed_db):
    """The Celery app publishing to (and consuming from) a Redis this test owns."""
    from config.celery import app

    redis = OwnRedis(tmp_path)
    redis.start()
    saved = (app.conf.broker_url, app.conf.task_always_eager)

    def reconnect(url: str) -> None:
        app.conf.broker_url = app.conf.broker_read_url = app.conf.broker_write_url = url
        kombu.pools.reset()  # the process-wide pools, keyed by URL, hold closed connections
        app._after_fork()  # drops the app's references to them

    app.conf.task_always_eager = False
    reconnect(redis.url)
    yield app, redis
    redis.stop()
    app.conf.task_always_eager = saved[1]
    reconnect(saved[0])


@contextmanager
def worker_process(
    broker_url: str, *options: str, media_root: Path | None = None, env: dict | None = None
):
    """A real `celery worker` (prefork, one child) in its own process, on the test database.

    Yields the Popen of the main process; its pool child is what the tests kill.
    """
    from django.db import connection

    db = connection.settings_dict
    env = {
        **os.environ,
        **(env or {}),
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        f"/{db['NAME']}",
        "CELERY_BROKER_URL": broker_url,
        "DEBUG": "true",
        "CONN_MAX_AGE": "0",
    }
    if media_root is not None:
        env["MEDIA_ROOT"] = str(media_root)
    command = [sys.executable, "-m", "celery", "-A", "config", "worker", "-P", "prefork"]
    command += [
        "-c",
        "1",
        "-l",
        os.environ.get("TEST_WORKER_LOG", "warning"),
        "--without-gossip",
        "--without-mingle",
        *options,
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def pool_children(process: subprocess.Popen) -> list[int]:
    """The pids of a worker's pool processes (read from /proc)."""
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def wait_until(condition, timeout: float = 60.0, interval: float = 0.05):
    """Poll `condition` until it returns something true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(interval)
    raise AssertionError(f"still not true after {timeout}s: {condition.__doc__ or condition}")


def ingest(django_capture_on_commit_callbacks, *, text: str, title: str, **extra) -> Article:
    """Submit an article through the real pipeline and return it once filed."""
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit_article(user=None, text=text, title=title, **extra)
    submission.article.refresh_from_db()
    return submission.article


@pytest.fixture
def seed_article(db, seed, eager_tasks, django_capture_on_commit_callbacks) -> Article:
    data = seed
    article = ingest(
        django_capture_on_commit_callbacks,
        text=data["text"],
        title=data["title"],
        outlet=data.get("outlet") or "",
    )
    assert article.status == "done", article.error
    return article


@pytest.fixture
def seed_story(seed_article) -> Story:
    """The story holding the seed's claim (NBC's report of secret talks)."""
    claim = seed_article.statements.filter(stance=Stance.CLAIM).order_by("evidence_start").first()
    assert claim is not None and claim.story is not None
    return claim.story
