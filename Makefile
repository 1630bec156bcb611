# `make run` sets up and starts the viewer; `make test` sets up and runs lint and the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SYSTEM_STAMP := $(VENV)/.system-stamp

.PHONY: run test lint pytest bench schema clean install-desktop

$(SYSTEM_STAMP): scripts/system-packages.txt scripts/test-packages.txt
	scripts/ensure-system-packages scripts/system-packages.txt scripts/test-packages.txt
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml constraints.txt $(SYSTEM_STAMP)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev]"
	touch $@

run: $(STAMP)
	$(BIN)/briefing-viewer $(ARGS)

# The launcher and icon for the current user's desktop menu (~/.local/share).
install-desktop: $(STAMP)
	scripts/install-desktop "$(abspath $(BIN))/briefing-viewer"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Where this machine allows it (root), the tests run in a network namespace with no
# interfaces but a downed loopback: proof that the viewer needs no network. Only the
# wheel test, marked `network`, installs from the package index, outside it.
OFFLINE := $(shell unshare -n true 2>/dev/null && echo unshare -n)

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(OFFLINE) $(BIN)/pytest -m "not network" $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m network $(PYTEST_ARGS)

test: lint pytest

# Benchmarks against floors measured in the same run; prints a table, writes bench/results.json.
bench: $(STAMP)
	$(BIN)/python -m bench.run

schema: $(STAMP)
	$(BIN)/python -m viewer.schema > resources/briefing.schema.json

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
