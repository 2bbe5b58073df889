VENV ?= .venv
PY := $(VENV)/bin/python
NEWSARCHIVE := $(VENV)/bin/newsarchive
INDEX ?= $(or $(NEWSARCHIVE_INDEX),instance/index)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run demo-index test test-browser lint format clean eval-index loadtest bench

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo-index: install
	@if [ ! -f "$(INDEX)/newsarchive.json" ]; then \
		$(NEWSARCHIVE) --index "$(INDEX)" index demo/archive; \
	fi

run: demo-index
	$(NEWSARCHIVE) --index "$(INDEX)" serve --host $(HOST) --port $(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: lint
	$(PY) -m pytest

# The end-to-end tests alone: headless Chromium (/usr/bin/chromium) against a live server;
# screenshots land in instance/screenshots/.
test-browser: install
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
