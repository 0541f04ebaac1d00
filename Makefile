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

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

clean:
	rm -rf build .cache
