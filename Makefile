# One entry point for authors, readers and CI.  `make` builds the site.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MOTW := $(VENV)/bin/motw
STAMP := $(VENV)/.installed
JOBS ?=
FORCE ?=
FULL ?=
SPHINXOPTS ?=

COG_FLAGS := $(if $(JOBS),-j $(JOBS)) $(if $(FORCE),--force)
CHECK_FLAGS := $(if $(JOBS),-j $(JOBS)) $(if $(FULL),--full)

.PHONY: all html cog cog-check test clean venv envs

all: html

venv: $(STAMP) envs

# The tooling's environment; re-installed when the dependencies change.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

# The Pythons of [tool.motw] pythons: those Debian's archive carries are
# unpacked into ~/.cache/motw/pythons once (motw provision; reused offline,
# MOTW_PROVISION=no turns it off), then each gets the examples' environment
# .venvs/<version> with the `examples` dependency group (motw envs).  Both
# are quick when nothing changed, so they run every time: a damaged or
# deleted cache and a changed examples group are noticed.  `make
# refresh-pythons` asks the archive for newer patch releases.
envs: $(STAMP)
	$(MOTW) provision $(if $(CI),--required)
	$(MOTW) envs $(if $(CI),,--missing-ok)

# The npm packages of package.json (Pyodide for the Run buttons, axe-core
# for the browser tests), where npm is installed; without it the build
# leaves the Run buttons out and says so.
NODE_STAMP := $(if $(and $(shell command -v npm),$(wildcard package-lock.json)),node_modules/.installed)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: refresh-pythons
refresh-pythons: $(STAMP)
	$(MOTW) provision --refresh $(if $(CI),--required)
	$(MOTW) envs $(if $(CI),,--missing-ok)

cog: venv
	$(MOTW) cog $(COG_FLAGS)

cog-check: venv
	$(MOTW) check $(CHECK_FLAGS)

# Every example run under Pyodide (node_modules/pyodide, `npm ci`) and
# labelled for its Run button in the chapter's browser.lock; cached, so
# a warm build runs nothing.  Without Node or Pyodide it is skipped
# (an error in CI).
.PHONY: prove-browser
prove-browser: cog $(NODE_STAMP)
	$(MOTW) prove-browser $(if $(JOBS),-j $(JOBS)) $(if $(CI),--required)

html: prove-browser
	$(PY) -m sphinx -W --keep-going -b html -c . docs build/html $(SPHINXOPTS)

# The same site as one EPUB file for offline readers: build/epub/*.epub.
# Its doctrees live outside build/epub, which is packed whole.
.PHONY: epub
epub: cog
	$(PY) -m sphinx -W --keep-going -b epub -c . -d build/doctrees/epub docs build/epub $(SPHINXOPTS)

test: venv
	$(PY) -m pytest $(PYTEST_ARGS)

# The tooling's own tests on every configured CPython, each in its own
# virtual environment (noxfile.py; the slow tests are left to `make test`).
# A missing Python is skipped here and an error in CI.
.PHONY: test-pythons coverage
test-pythons: venv
	$(VENV)/bin/nox $(if $(CI),,--no-error-on-missing-interpreters) $(NOXARGS)

# Coverage of the test suite, the `motw` processes it starts included
# ([tool.coverage.run] patch = subprocess).  The total is reported even
# when a test fails (the status is pytest's) and kept in build/.
coverage: venv
	rm -f .coverage .coverage.*
	@mkdir -p build
	@status=0; \
	$(PY) -m coverage run -m pytest -q $(PYTEST_ARGS) || status=$$?; \
	$(PY) -m coverage combine -q && \
	$(PY) -m coverage report && \
	$(PY) -m coverage report --format=total > build/coverage-total.txt && \
	echo "coverage total: $$(cat build/coverage-total.txt)% (build/coverage-total.txt)"; \
	exit $$status

clean:
	rm -rf build .cache

# Time the cog pass against plain sequential cogapp on a synthetic corpus
# of 1,000 scripts on the configured Pythons (ten minutes or more; see
# benchmarks/README.md).  BENCH_ARGS="--chapters 20 --examples 100" for a
# quick look.
.PHONY: bench
bench: venv
	$(PY) benchmarks/bench.py $(if $(JOBS),-j $(JOBS)) $(BENCH_ARGS)

# Contributors' workflow: see "Contributing" in the site
# (docs/contributing/index.rst).  NAME and TITLE come from the command
# line only (`:=`), never from an environment variable of that name.
NAME :=
TITLE :=
PORT ?= 8000
LINT_PY := tools tests source_examples benchmarks conf.py noxfile.py

.PHONY: new-chapter serve lint lint-py lint-rst lint-headers format hooks

new-chapter: venv
	@test -n "$(NAME)" || { echo "usage: make new-chapter NAME=<module> [TITLE='Short Title']" >&2; exit 2; }
	$(MOTW) new-chapter "$(NAME)" $(if $(TITLE),--title "$(TITLE)")

# Live preview on http://127.0.0.1:$(PORT)/: saving a script re-runs the
# cog pass for the pages that use it, saving a page rebuilds it.
serve: venv
	$(MOTW) serve --port $(PORT) -- $(SPHINXOPTS)

# Every check runs, then the status says whether any failed.
lint: $(STAMP)
	@status=0; \
	$(PY) -m ruff check $(LINT_PY) || status=1; \
	$(PY) -m ruff format --check tools tests benchmarks conf.py noxfile.py || status=1; \
	$(PY) -m mypy || status=1; \
	$(VENV)/bin/lint-imports || status=1; \
	$(MOTW) lint-rst docs || status=1; \
	$(MOTW) lint-headers source_examples || status=1; \
	exit $$status

lint-py: $(STAMP)
	$(PY) -m ruff check $(LINT_PY)
	$(PY) -m ruff format --check tools tests benchmarks conf.py noxfile.py
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

format: $(STAMP)
	$(PY) -m ruff format tools tests benchmarks conf.py noxfile.py
	$(PY) -m ruff check --fix $(LINT_PY)

lint-rst: $(STAMP)
	$(MOTW) lint-rst docs

lint-headers: $(STAMP)
	$(MOTW) lint-headers source_examples

# Git hooks (.pre-commit-config.yaml): lint and the transcript check.
hooks: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	$(VENV)/bin/pre-commit install
