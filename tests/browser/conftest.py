"""Playwright driving Debian's chromium (no browser download) against the live server."""

import os
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Playwright's sync API runs an event loop; Django refuses ORM calls from it without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def reference_data(transactional_db):
    """The roles and reference governments the data migrations made.

    A transactional test's flush removes them and serialized rollback does not bring them back on
    every backend, so they are made again here, as the (idempotent) migrations make them.
    """
    from importlib import import_module

    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    apps = MigrationExecutor(connection).loader.project_state().apps
    import_module("statements.migrations.0002_roles").create_roles(apps, None)
    import_module("statements.migrations.0003_reference_governments").load(apps, None)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
