"""Settings come from the environment and refuse unsafe production configurations."""

import os
import subprocess
import sys

from tests.conftest import ROOT


def run_settings(
    env: dict[str, str], code: str = "from django.conf import settings; settings.DEBUG"
) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "CELERY_BROKER_URL"}
    }
    clean.update({"DJANGO_SETTINGS_MODULE": "config.settings", **env})
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_settings({"DEBUG": "false"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_misspelt_boolean_is_refused():
    result = run_settings({"DEBUG": "ture"})
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_no_broker_means_tasks_run_eagerly_and_sqlite_is_the_default():
    code = (
        "from django.conf import settings; "
        "print(settings.CELERY_TASK_ALWAYS_EAGER, settings.DATABASES['default']['ENGINE'])"
    )
    result = run_settings({"DEBUG": "true"}, code)
    assert result.stdout.split() == ["True", "django.db.backends.sqlite3"]


def test_database_url_and_broker_switch_to_postgresql_and_redis():
    code = (
        "from django.conf import settings; "
        "print(settings.CELERY_TASK_ALWAYS_EAGER, settings.DATABASES['default']['ENGINE'])"
    )
    result = run_settings(
        {
            "DEBUG": "true",
            "DATABASE_URL": "postgres://u@db:5432/d",
            "CELERY_BROKER_URL": "redis://r:6379/0",
        },
        code,
    )
    assert result.stdout.split() == ["False", "django.db.backends.postgresql"]


def test_deploy_checks_are_clean_with_production_settings():
    # The test runner's own async escape hatch is no production setting.
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        {
            "DEBUG": "false",
            "SECRET_KEY": "x" * 64 + "production-like-secret-value",
            "ALLOWED_HOSTS": "dementi.example.org",
        }
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_media_storage_options_must_be_a_json_object():
    result = run_settings({"DEBUG": "true", "MEDIA_STORAGE_OPTIONS": '["bucket"]'})
    assert result.returncode != 0
    assert "MEDIA_STORAGE_OPTIONS must be a JSON object, not list" in result.stderr


def test_the_default_storage_is_chosen_by_setting_with_its_options():
    code = "from django.conf import settings; print(settings.STORAGES['default'])"
    env = {
        "DEBUG": "true",
        "MEDIA_STORAGE_BACKEND": "django.core.files.storage.InMemoryStorage",
        "MEDIA_STORAGE_OPTIONS": '{"location": "dossiers"}',
    }
    result = run_settings(env, code)
    assert result.returncode == 0, result.stderr
    assert "InMemoryStorage" in result.stdout and "'location': 'dossiers'" in result.stdout
