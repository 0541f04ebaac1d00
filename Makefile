# One entry point for authors, readers and CI.  `make` builds the site.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
JOBS ?=
FORCE ?=
FULL ?=
SPHINXOPTS ?=

COG_FLAGS := $(if $(JOBS),-j $(JOBS)) $(if $(FORCE),--force)
CHECK_FLAGS := $(if $(JOBS),-j $(JOBS)) $(if $(FULL),--full)

.PHONY: all html cog cog-check test clean venv

all: html

venv: $(STAMP)

# Re-install when the dependencies change.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

cog: $(STAMP)
	$(PY) -m motw cog $(COG_FLAGS)

cog-check: $(STAMP)
	$(PY) -m motw check $(CHECK_FLAGS)

html: cog
	$(PY) -m sphinx -W --keep-going -b html -c . docs build/html $(SPHINXOPTS)

# The same site as one EPUB file for offline readers: build/epub/*.epub.
# Its doctrees live outside build/epub, which is packed whole.
.PHONY: epub
epub: cog
	$(PY) -m sphinx -W --keep-going -b epub -c . -d build/doctrees/epub docs build/epub $(SPHINXOPTS)

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf build .cache

# Time the cog pass against plain sequential cogapp on a synthetic corpus
# of 200 chapters and 1,000 scripts (a few minutes; see README.md).
.PHONY: bench
bench: $(STAMP)
	$(PY) -m motw.bench $(if $(JOBS),-j $(JOBS)) $(BENCH_ARGS)

# Contributors' workflow: see "Contributing" in the site
# (docs/contributing/index.rst).  NAME and TITLE come from the command
# line only (`:=`), never from an environment variable of that name.
NAME :=
TITLE :=
PORT ?= 8000
LINT_PY := tools tests source_examples conf.py

.PHONY: new-chapter serve lint lint-py lint-rst lint-headers hooks

new-chapter: $(STAMP)
	@test -n "$(NAME)" || { echo "usage: make new-chapter NAME=<module> [TITLE='Short Title']" >&2; exit 2; }
	$(PY) -m motw new-chapter "$(NAME)" $(if $(TITLE),--title "$(TITLE)")

# Live preview on http://127.0.0.1:$(PORT)/: saving a script re-runs the
# cog pass for the pages that use it, saving a page rebuilds it.
serve: $(STAMP)
	$(PY) -m motw.preview serve --port $(PORT) -- $(SPHINXOPTS)

# Every check runs, then the status says whether any failed.
lint: $(STAMP)
	@status=0; \
	$(PY) -m ruff check $(LINT_PY) || status=1; \
	$(PY) -m motw.rstlint docs || status=1; \
	$(PY) -m motw.headers source_examples || status=1; \
	exit $$status

lint-py: $(STAMP)
	$(PY) -m ruff check $(LINT_PY)

lint-rst: $(STAMP)
	$(PY) -m motw.rstlint docs

lint-headers: $(STAMP)
	$(PY) -m motw.headers source_examples

# Git hooks (.pre-commit-config.yaml): lint and the transcript check.
hooks: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	$(VENV)/bin/pre-commit install
