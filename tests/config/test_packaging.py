"""The installed package holds every app of the project (`pip install .` then `manage.py`)."""

import tomllib

from django.conf import settings

from tests.conftest import ROOT


def test_every_local_app_is_in_the_package():
    found = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = found["tool"]["setuptools"]["packages"]["find"]["include"]
    local = {
        app.split(".")[0] for app in settings.INSTALLED_APPS if (ROOT / app.split(".")[0]).is_dir()
    }
    assert local, settings.INSTALLED_APPS
    assert {f"{app}*" for app in local} <= set(include), include
