"""The submit endpoint ingests the seed article through a real Celery worker on Redis, and the
statements endpoint returns its denials linked to the NBC claim."""

import json
import os
import time
from pathlib import Path

import pytest

from tests.api.conftest import bearer
from tests.conftest import using_real_services

SEED = Path(__file__).resolve().parents[2].parent / "shared/corpus/dev/00_seed_secret_talks.json"

pytestmark = [
    pytest.mark.services,
    pytest.mark.skipif(
        not using_real_services() and not os.environ.get("REQUIRE_SERVICES"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (CELERY_BROKER_URL)",
    ),
]


@pytest.fixture
def seed() -> dict:
    if not SEED.exists():
        pytest.skip("the shared corpus is not available")
    return json.loads(SEED.read_text())


@pytest.fixture
def celery_worker(committed_db):
    """A worker thread consuming the real broker; the queue is emptied of older runs first."""
    from celery.contrib.testing.worker import start_worker

    from config.celery import app

    saved = app.conf.task_always_eager
    app.conf.task_always_eager = False
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        yield app
    app.conf.task_always_eager = saved


def finished(client, status_url: str, timeout: float = 120.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = client.get(status_url).json()
        if status["finished"]:
            return status
        time.sleep(0.2)
    raise AssertionError(f"still {status['status']} after {timeout}s")


def test_the_seed_submitted_through_the_api_comes_back_as_denials_of_the_nbc_claim(
    celery_worker, seed
):
    from tests.factories import UserFactory

    client = bearer(UserFactory(username="api-editor", role="editor"))
    response = client.post(
        "/api/v1/articles/",
        {"text": seed["text"], "title": seed["title"]},
        content_type="application/json",
    )
    assert response.status_code == 202
    submitted = response.json()
    status = finished(client, submitted["status_url"])
    assert status["status"] == "done", status["error"]
    assert status["statements"] > 5

    rows = []
    url = f"/api/v1/statements/?article={submitted['id']}&page_size=5"
    while url:  # through the cursor, a few rows a page
        page = client.get(url).json()
        rows += page["results"]
        url = page["next"]
    assert len(rows) == status["statements"] - sum(r["review_status"] == "rejected" for r in rows)
    claims = [r for r in rows if r["stance"] == "claim" and "NBC" in r["speaker"]["name"]]
    assert len(claims) == 1
    nbc = claims[0]
    assert nbc["speaker"]["kind"] == "media"
    denials = [r for r in rows if r["stance"] == "denial" and nbc["id"] in r["denies"]]
    assert len(denials) >= 3
    assert {r["story"] for r in rows} == {nbc["story"]}
    answered = client.get(f"/api/v1/statements/{nbc['id']}/").json()
    assert {d["id"] for d in denials} <= set(answered["denied_by"])
    in_story = client.get(f"/api/v1/statements/?story={nbc['story']}&stance=denial").json()
    assert {d["id"] for d in denials} <= {r["id"] for r in in_story["results"]}
