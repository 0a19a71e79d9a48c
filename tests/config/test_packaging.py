"""The installed package holds every app of the project and the templates and static files the
settings read (`pip install .` then `manage.py`)."""

import json
import shutil
import subprocess
import sys
import tomllib

from django.conf import settings

from tests.conftest import ROOT

# What setuptools' build_py would put in the wheel, computed without building one (the wheel
# package is not a dependency): each (package, files) pair, as JSON.
DATA_FILES = """
import json
from setuptools.config.pyprojecttoml import apply_configuration
from setuptools.dist import Distribution

dist = apply_configuration(Distribution({"script_name": "setup.py"}), "pyproject.toml")
build = dist.get_command_obj("build_py")
build.ensure_finalized()
print(json.dumps({package: files for package, _, _, files in build.data_files}))
"""


def test_every_local_app_is_in_the_package():
    found = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = found["tool"]["setuptools"]["packages"]["find"]["include"]
    local = {
        app.split(".")[0] for app in settings.INSTALLED_APPS if (ROOT / app.split(".")[0]).is_dir()
    }
    assert local, settings.INSTALLED_APPS
    assert {f"{app}*" for app in local} <= set(include), include


def test_the_settings_read_templates_and_static_files_beside_the_apps():
    # Installed, BASE_DIR is the folder the packages land in: the data must land there too.
    assert settings.TEMPLATES[0]["DIRS"] == [settings.BASE_DIR / "templates"]
    assert settings.STATICFILES_DIRS == [settings.BASE_DIR / "static"]
    assert settings.BASE_DIR == ROOT


def test_the_package_ships_every_template_and_static_file(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    include = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"
    ]["find"]["include"]
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in {name.rstrip("*") for name in include}:
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    out = subprocess.run(
        [sys.executable, "-c", DATA_FILES], cwd=source, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    shipped = {
        f"{package.replace('.', '/')}/{name}"
        for package, files in json.loads(out.stdout.splitlines()[-1]).items()
        for name in files
    }
    for folder in ("templates", "static"):
        files = {
            path.relative_to(ROOT).as_posix()
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }
        assert files, folder
        assert files <= shipped, sorted(files - shipped)
    assert "templates/base.html" in shipped and "static/css/site.css" in shipped
