"""The parser's tests need no Django, and run the parser strict so that bugs are not hidden."""

import os

import pytest

from statements.parsing import STRICT_ENV


@pytest.fixture(autouse=True)
def fast_settings():
    """No Django settings to speed up here."""
    return None


@pytest.fixture(autouse=True, scope="session")
def strict_parser():
    """parse_article (and the CLI the corpus test runs) re-raises internal errors."""
    old = os.environ.get(STRICT_ENV)
    os.environ[STRICT_ENV] = "1"
    yield
    if old is None:
        os.environ.pop(STRICT_ENV, None)
    else:
        os.environ[STRICT_ENV] = old
