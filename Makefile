# One entry point for people and CI. Every target bootstraps .venv itself.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
ARGS   ?=

.PHONY: run test torture lint check bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/facilitator $(ARGS)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# The full reliability suite: 200 kills, 10,000 fuzz cases per input, a 30 s SIGSTOP.
torture: $(VENV)/.installed-test
	FACILITATOR_TORTURE=1 $(BIN)/python -m pytest tests/reliability -s

# mypy checks the code as each system sees it: what exists on one only (fcntl, msvcrt,
# signal.SIGHUP, os.O_DIRECTORY, os.O_BINARY) must be asked for where it exists.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check facilitator tests bench
	$(BIN)/mypy --strict --platform linux --cache-dir .mypy_cache/linux facilitator
	$(BIN)/mypy --strict --platform win32 --cache-dir .mypy_cache/win32 facilitator
	$(BIN)/mypy --strict --platform darwin --cache-dir .mypy_cache/darwin facilitator
	$(BIN)/mypy --strict --cache-dir .mypy_cache/linux tests
	$(BIN)/lint-imports

check: $(VENV)/.installed-run
	$(BIN)/facilitator check programs/*.toml

bench: $(VENV)/.installed-test
	$(BIN)/python bench/review_bench.py
	$(BIN)/python bench/peers_bench.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
