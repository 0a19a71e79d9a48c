# Dementi: `make run` serves the product, `make test` runs the whole suite. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DEV_ENV := DEBUG=true

.PHONY: run test lint format install system-deps bench worker clean screenshot

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

# Debian's chromium for browser tests and poppler's pdftotext for PDF checks (no browser download).
system-deps:
	@if [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then apt-get install -y -q chromium poppler-utils >/dev/null || \
			(apt-get update -q >/dev/null && apt-get install -y -q chromium poppler-utils >/dev/null); \
		else sudo apt-get install -y -q chromium poppler-utils; fi; \
	fi

run: install
	$(DEV_ENV) $(PY) manage.py migrate --no-input
	$(DEV_ENV) $(PY) manage.py load_demo
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

test: install system-deps
	$(DEV_ENV) DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(DEV_ENV) $(VENV)/bin/mypy

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

worker: install
	$(DEV_ENV) $(VENV)/bin/celery -A config worker -l info -Q celery,sources

# The README's screenshot of the seed timeline (needs ../shared and chromium): docs/screenshot.py.
screenshot: install system-deps
	$(DEV_ENV) $(PY) docs/screenshot.py

bench: install
	$(DEV_ENV) $(PY) bench/parse.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles test-artifacts
