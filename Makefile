# scowatch: `make run` starts Airflow with the project's DAGs, `make test` runs the whole suite.
# Both set up .venv themselves from the committed uv.lock (uv is installed with pip if absent).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
export UV_PYTHON_DOWNLOADS := never
# precompile site-packages once: where PYTHONDONTWRITEBYTECODE is set, every crawl and task
# process would otherwise compile Airflow, Scrapy and SQLAlchemy from source at each start
export UV_COMPILE_BYTECODE := 1
export UV_PYTHON := $(shell $(PYTHON) -c "import sys; print(sys.executable)")
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)
UV_BOOTSTRAP := $(CURDIR)/var/uv-bootstrap
UV = $(shell command -v uv 2>/dev/null || ($(PYTHON) -m uv --version >/dev/null 2>&1 && echo "$(PYTHON) -m uv") || echo "$(UV_BOOTSTRAP)/bin/uv")

export AIRFLOW_HOME ?= $(CURDIR)/var/airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION ?= False
export AIRFLOW__CORE__PARALLELISM ?= 4
export AIRFLOW__API__PORT ?= 8080
# the task runners reach the api-server here; Airflow assumes port 8080 otherwise
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL ?= http://localhost:$(AIRFLOW__API__PORT)/execution/
export SCOWATCH_CONFIG ?= $(CURDIR)/scowatch.toml

, := ,
.PHONY: install run test test-fast lint e2e eval bench demo clean help

help:
	@echo "make install  set up .venv from uv.lock (uv sync --frozen)"
	@echo "make run      start Airflow standalone on http://localhost:$(AIRFLOW__API__PORT) with dags/"
	@echo "make test     the whole test suite (without the slow end-to-end runs)"
	@echo "make e2e      airflow standalone + headless Chromium, and the CeleryExecutor set-up"
	@echo "make demo     crawl, process and mail a digest offline from the bundled fixture site"
	@echo "make eval     extraction, tagging and dedup/stories evaluations, incl. the real set (stdout)"
	@echo "make bench    benchmarks"
	@echo "make lint     ruff and mypy"

$(UV_BOOTSTRAP)/bin/uv:
	@echo "uv not found: installing it into $(UV_BOOTSTRAP) with pip"
	$(PYTHON) -m venv $(UV_BOOTSTRAP)
	$(UV_BOOTSTRAP)/bin/pip install --quiet uv

install: $(if $(findstring $(UV_BOOTSTRAP),$(UV)),$(UV_BOOTSTRAP)/bin/uv)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "scowatch needs Python 3.11+, $(PYTHON) is " + sys.version.split()[0])'
	$(UV) sync --frozen
	@test -x $(VENV)/bin/scowatch && test -x $(VENV)/bin/scrapy

run: install
	@mkdir -p $(AIRFLOW_HOME)
	@test -f "$(SCOWATCH_CONFIG)" || $(VENV)/bin/scowatch init --config "$(SCOWATCH_CONFIG)"
	@echo "Airflow UI: http://localhost:$(AIRFLOW__API__PORT)  login: user 'admin', password in $(AIRFLOW_HOME)/simple_auth_manager_passwords.json.generated"
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/scowatch standalone

test: install
	$(VENV)/bin/pytest -n 4 --dist loadgroup --ignore=tests/e2e

# Real Airflow processes on loopback ports (minutes): standalone with the UI in Chromium, then
# the CeleryExecutor against the local Redis and PostgreSQL. Screenshots go to var/screenshots/.
e2e: install
	$(VENV)/bin/pytest tests/e2e

test-fast: install
	$(VENV)/bin/pytest -n 2 -m "not slow"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

demo: install
	$(VENV)/bin/scowatch demo

# Evaluations (accuracy) and benchmarks (speed, memory); figures and method in docs/benchmarks.md.
# The blind sets of real reports, oldest first (tests/data/real-blind*/README.md); a set whose
# README has no "## Results" section is held out: its first evaluation is its one blind run.
BLIND_SETS := $(sort $(wildcard tests/data/real-blind*))
eval: install
	$(VENV)/bin/python scripts/eval_extraction.py
	$(VENV)/bin/python scripts/eval_crawl_extraction.py
	$(VENV)/bin/python scripts/eval_tagging.py
	$(VENV)/bin/python scripts/eval_dedup.py all --quiet
	$(VENV)/bin/python scripts/eval_relevance_real.py
	$(VENV)/bin/python scripts/eval_sideline_rule.py
	for set in $(BLIND_SETS); do \
	  grep -q '^## Results' $$set/README.md || { echo "skipped $$set: held out until its one blind run"; continue; }; \
	  $(VENV)/bin/python scripts/eval_dedup.py real --real $$set --whole --archive --quiet && \
	  $(VENV)/bin/python scripts/eval_tagging.py --no-speed --reports $$set/documents.toml || exit 1; \
	done

# BENCH_QUICK=1 runs the smaller sizes (minutes instead of hours: before issue 13's change,
# bench_poll alone needs about 4 hours for 200 and 1,000 sources).
bench: install
	$(VENV)/bin/python scripts/bench_dag_parse.py
	$(VENV)/bin/python scripts/bench_crawl.py $(if $(BENCH_QUICK),--pages 500 --rounds 1,)
	$(VENV)/bin/python scripts/bench_poll.py $(if $(BENCH_QUICK),--sources 10$(,)50,--sources 10$(,)50$(,)200$(,)1000) --json var/bench-poll/results.json
	$(VENV)/bin/python scripts/bench_dag_poll.py $(if $(BENCH_QUICK),--sources 10$(,)50,--sources 10$(,)50$(,)200) --json var/bench-dag-poll/results.json
	$(VENV)/bin/python scripts/bench_dedup.py $(if $(BENCH_QUICK),--sizes 10000$(,)100000,)
	$(VENV)/bin/python scripts/bench_finder.py $(if $(BENCH_QUICK),--sets real-blind8$(,)real-blind16$(,)real-blind23,--rounds 2)

clean:
	rm -rf $(VENV) var/demo var/airflow .pytest_cache
