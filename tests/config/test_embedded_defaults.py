"""`make run` runs on SQLite: every migration must apply there too (PostgreSQL-only DDL skipped)."""

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_every_migration_applies_on_a_fresh_sqlite_database(tmp_path):
    env = {**os.environ, "DEBUG": "true", "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    env.pop("CELERY_BROKER_URL", None)
    proc = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
