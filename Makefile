# claimwatch: `make run` serves the app with SQLite and in-process tasks; `make test` runs the suite
# against the PostgreSQL and Redis on 127.0.0.1 (or DATABASE_URL / REDIS_URL).

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# Django 6 needs Python 3.12 or newer: take the newest one on PATH.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; \
	then command -v $$p; break; fi; done)

TEST_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/claimwatch)
TEST_REDIS_URL ?= $(or $(REDIS_URL),redis://127.0.0.1:6379/0)
CHROMIUM ?= /usr/bin/chromium

.PHONY: install run test test-fast lint format bench browser worker clean

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "claimwatch needs Python 3.12 or newer on PATH (python3.12 or python3.13)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_reference
	$(BIN)/python manage.py load_demo
	DEBUG=true $(BIN)/python manage.py runserver 127.0.0.1:8000

# Debian's chromium drives the browser tests (Playwright's own download cannot work offline).
browser:
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "Installing Debian's chromium for the browser tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Browser tests need Chromium at $(CHROMIUM): run 'sudo apt-get install chromium'" \
			"or set CHROMIUM=/path/to/chromium. They are skipped until then."; \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install browser lint
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) CHROMIUM=$(CHROMIUM) \
		$(BIN)/python -m pytest $(PYTEST_ARGS)

# The suite without the browser and worker tests, for a quick loop.
test-fast: install
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) \
		$(BIN)/python -m pytest -m "not e2e and not worker" $(PYTEST_ARGS)

bench: install
	DATABASE_URL=$(TEST_DATABASE_URL) REDIS_URL=$(TEST_REDIS_URL) $(BIN)/python bench/run_all.py

worker: install
	$(BIN)/celery -A config worker --beat --loglevel=info

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles test-artifacts
