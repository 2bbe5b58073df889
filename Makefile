VENV ?= .venv
PY := $(VENV)/bin/python
NEWSARCHIVE := $(VENV)/bin/newsarchive
INDEX ?= $(or $(NEWSARCHIVE_INDEX),instance/index)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-dev run demo-index test test-browser lint typecheck format clean eval-index loadtest bench lock

# Serving needs only the runtime lock; the tests add the development lock (pytest, ruff,
# mypy, Playwright, ...). Both install exactly the versions in requirements/*.lock.
$(VENV)/.installed: pyproject.toml requirements/run.lock
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements/run.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements/dev.lock
	$(PY) -m pip install --quiet -r requirements/dev.lock
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Regenerate the lock files after a change of pyproject.toml's pins.
lock: install-dev
	$(VENV)/bin/pip-compile -q --strip-extras --no-header --no-emit-index-url \
		--no-emit-find-links --output-file requirements/run.lock pyproject.toml
	$(VENV)/bin/pip-compile -q --strip-extras --no-header --no-emit-index-url \
		--no-emit-find-links --extra dev --output-file requirements/dev.lock pyproject.toml

# An index this version cannot read (an older schema or postings format) is built again
# from the files it records; one that records none says what to give.
demo-index: install
	@if [ ! -f "$(INDEX)/newsarchive.json" ]; then \
		$(NEWSARCHIVE) --index "$(INDEX)" index demo/archive; \
	elif ! $(NEWSARCHIVE) --index "$(INDEX)" stats >/dev/null; then \
		echo "rebuilding $(INDEX) from the files it was built from"; \
		$(NEWSARCHIVE) --index "$(INDEX)" index --rebuild; \
	fi

run: demo-index
	$(NEWSARCHIVE) --index "$(INDEX)" serve --host $(HOST) --port $(PORT)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install-dev
	$(VENV)/bin/mypy

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: lint typecheck
	$(PY) -m pytest

# The end-to-end tests alone: headless Chromium (/usr/bin/chromium) against a live server;
# screenshots land in instance/screenshots/.
test-browser: install-dev
	$(PY) -m pytest tests/test_browser.py

# The evaluation archive's index, built once (as `newsarchive eval` builds it).
EVAL_INDEX ?= instance/eval-index
EVAL_CORPUS ?= ../shared/eval/corpus.jsonl
CLIENTS ?= 20
DURATION ?= 60

eval-index: install
	@if [ ! -f "$(EVAL_INDEX)/newsarchive.json" ]; then \
		$(NEWSARCHIVE) --index "$(EVAL_INDEX)" index --no-progress "$(EVAL_CORPUS)"; \
	fi

# CLIENTS concurrent clients for DURATION seconds against `newsarchive serve` over the
# evaluation archive (bench/load.py; the machine should be otherwise idle).
loadtest: eval-index
	$(PY) bench/load.py --index "$(EVAL_INDEX)" --clients $(CLIENTS) --seconds $(DURATION)

# This project against plain Whoosh from the evaluation corpus to 300,000 articles: indexing,
# an unchanged re-run, search in process and over HTTP (bench/scale.py; some 30 minutes on
# 2 cores; needs ../shared; the machine should be otherwise idle).
SIZES ?= 10000 30000 100000 280717 300000
bench: install
	$(PY) bench/scale.py --stages corpus sizes --sizes $(SIZES)

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
