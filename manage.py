#!/usr/bin/env python
"""Django's command-line utility for administrative tasks.

manage.py is the development entry point: with no environment it runs in DEBUG with the embedded
defaults (SQLite, eager tasks). Production sets DEBUG=false and SECRET_KEY explicitly; gunicorn
(config/wsgi.py) and Celery never default to DEBUG.
"""

import os
import sys
from pathlib import Path


def _reexec_in_project_venv() -> None:
    """Re-run under the project's .venv when the invoking Python lacks Django."""
    try:
        import django  # noqa: F401
    except ImportError:
        venv = Path(__file__).resolve().parent / ".venv"
        venv_python = venv / "bin" / "python"
        if venv_python.exists() and Path(sys.prefix).resolve() != venv.resolve():
            os.execv(str(venv_python), [str(venv_python), *sys.argv])  # noqa: S606
        raise


def main() -> None:
    _reexec_in_project_venv()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
