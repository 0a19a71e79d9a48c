"""The parser's tests need no Django: override the project's autouse settings fixture."""

import pytest


@pytest.fixture(autouse=True)
def fast_settings():
    """No Django settings to speed up here."""
    return None
