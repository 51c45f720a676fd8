# Developer entry points; CI runs `make test` (see .ci/run).
#
#   make demo    run the main job end to end against the built-in sandbox
#   make test    create .venv if needed, check generated/ is fresh, run the whole suite offline
#   make test PYTHON=python3.12   the same on another interpreter (its own .venv-python3.12)
#   make test-all    the suite on every supported Python found here (3.11, 3.12, 3.13)
#   make test-lowest the suite with every dependency at the lowest version pyproject.toml allows
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
# One venv per interpreter: the default python3 uses .venv, `PYTHON=python3.12` .venv-python3.12.
VENV ?= $(if $(filter python3,$(PYTHON)),.venv,.venv-$(notdir $(PYTHON)))
# pytest-xdist workers of `make test` (auto: one per core).
TEST_WORKERS ?= auto
BIN := $(VENV)/bin
# Reinstall whenever pyproject.toml changes (new dependency, new pin).
STAMP := $(VENV)/.installed

.PHONY: help venv test test-all test-lowest regen lint clean demo cassettes bench

help:
	@sed -n '3,14s/^#   //p' $(firstword $(MAKEFILE_LIST))

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $$(bash scripts/find-python.sh $(PYTHON)) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -e '.[dev,cli]'
	touch $@

test: venv
	REGEN_PYTHON=$(BIN)/python bash scripts/regen.sh --check
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS)

# Each supported interpreter present on this machine, in its own venv; one missing is said, not
# failed. scripts/find-python.sh finds it on PATH or, failing that, under pyenv.
SUPPORTED := 3.11 3.12 3.13
test-all:
	@for version in $(SUPPORTED); do \
		if found=$$(bash scripts/find-python.sh python$$version 2>/dev/null); then \
			echo "== Python $$version ($$found)"; \
			$(MAKE) --no-print-directory test PYTHON=python$$version; \
		else \
			echo "== Python $$version: not installed here, skipped"; \
		fi; \
	done

# The lower bounds of pyproject.toml, tried: every direct dependency at the lowest version it allows
# (uv's --resolution lowest-direct, in .venv-lowest); scripts/lowest.py --check fails if one resolved
# higher (its bound was never tested), then the whole suite runs there.
test-lowest:
	test -x .venv-lowest/bin/python || $$(bash scripts/find-python.sh $(PYTHON)) -m venv .venv-lowest
	.venv-lowest/bin/python -m pip install --disable-pip-version-check -q uv
	.venv-lowest/bin/uv pip install --python .venv-lowest/bin/python -q --resolution lowest-direct -e '.[dev,cli]'
	.venv-lowest/bin/python scripts/lowest.py --check
	REGEN_PYTHON=.venv-lowest/bin/python bash scripts/regen.sh --check
	.venv-lowest/bin/python -m pytest -q -n $(TEST_WORKERS)

regen: venv
	REGEN_PYTHON=$(BIN)/python bash scripts/regen.sh

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
