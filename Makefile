# Developer entry points; CI runs `make test` (see .ci/run).
#
#   make venv    create .venv and install the project with its dev extra
#   make test    check generated/ is fresh, then run the tests
#   make regen   regenerate generated/integr8_client from openapi/integr8.yaml
#   make lint    ruff and mypy
#   make clean   remove caches and build output (keeps .venv and generated/)

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Reinstall whenever pyproject.toml changes (new dependency, new pin).
STAMP := $(VENV)/.installed

.PHONY: help venv test regen lint clean

help:
	@sed -n '3,7s/^#   //p' $(firstword $(MAKEFILE_LIST))

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -e '.[dev]'
	touch $@

test: venv
	bash scripts/regen.sh --check
	$(BIN)/python -m pytest -q

regen: venv
	bash scripts/regen.sh

lint: venv
	$(BIN)/ruff check facade tests scripts
	$(BIN)/ruff format --check facade tests scripts
	$(BIN)/mypy facade/integr8

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +

# Placeholders, to be filled in:
# demo:       ...
# cassettes:  ...
# bench:      ...
