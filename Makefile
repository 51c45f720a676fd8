# Developer entry points; CI runs `make test` (see .ci/run).
#
#   make demo    run the main job end to end against the built-in sandbox
#   make test    create .venv if needed, check generated/ is fresh, run the whole suite offline
#   make venv    create .venv and install the project with its dev extra
#   make cassettes  re-record the test cassettes from the sandbox on loopback
#   make bench   benchmarks: ratios against baselines measured in the same run
#   make regen   regenerate generated/integr8_client from openapi/integr8.yaml
#   make lint    ruff and mypy
#   make clean   remove caches and build output (keeps .venv and generated/)

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
# pytest-xdist workers of `make test` (auto: one per core).
TEST_WORKERS ?= auto
VENV := .venv
BIN := $(VENV)/bin
# Reinstall whenever pyproject.toml changes (new dependency, new pin).
STAMP := $(VENV)/.installed

.PHONY: help venv test regen lint clean demo cassettes bench

help:
	@sed -n '3,11s/^#   //p' $(firstword $(MAKEFILE_LIST))

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -e '.[dev,cli]'
	touch $@

test: venv
	bash scripts/regen.sh --check
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS)

regen: venv
	bash scripts/regen.sh

lint: venv
	$(BIN)/ruff check facade tests scripts bench
	$(BIN)/ruff format --check facade tests scripts bench
	$(BIN)/mypy facade/integr8

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +

# The SDK's main job end to end, on the built-in sandbox (no credentials needed).
demo: venv
	$(BIN)/integr8 demo

# Re-record tests/cassettes/ from the sandbox served on loopback (see tests/cassettes.py).
cassettes: venv
	rm -rf tests/cassettes
	INTEGR8_RECORD=1 $(BIN)/python -m pytest -q tests/test_recorded.py

# Speed and memory ratios against baselines measured in the same run (see bench/).
bench: venv
	$(BIN)/python -m bench
