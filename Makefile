# The two commands a newcomer needs (README): `make demo` and `make test`; `make check` is the
# everyday one while changing the code.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# System packages the real-application tests use (Debian/Ubuntu names). Fonts metric-compatible
# with Arial and Calibri make LibreOffice lay out and print forms as Excel does.
SYSTEM_PACKAGES := libreoffice-calc-nogui python3-uno poppler-utils python3-venv \
	fonts-liberation fonts-crosextra-carlito p7zip-full
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test check lint typecheck pytest bench system clean workbooks docs contract fuzz \
	translations translations-report

# The Welsh catalogue is committed as .po; the .mo is built from it (never committed). A stale
# or missing .mo is also compiled in memory at run time, so an install without make still works.
PO := needsaudit/locale/cy/LC_MESSAGES/needsaudit.po
MO := $(PO:.po=.mo)

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(MO): $(PO) $(BIN)/.installed
	$(BIN)/python -m needsaudit.i18n compile

## Extract every string (pybabel), bring the Welsh catalogue up to date, flag new Welsh
## entries needs-review, compile. Then translate the empty entries in $(PO).
translations: $(BIN)/.installed
	$(BIN)/python -m needsaudit.translations extract build/needsaudit.pot
	$(BIN)/pybabel update -i build/needsaudit.pot -d needsaudit/locale -D needsaudit -l cy \
	  --no-fuzzy-matching --ignore-obsolete -w 100
	$(BIN)/python -m needsaudit.translations mark
	$(BIN)/python -m needsaudit.i18n compile
	$(BIN)/python -m needsaudit.translations check

## The Welsh strings waiting for a Welsh-speaking reviewer, as a CSV for Excel.
translations-report: $(BIN)/.installed
	$(BIN)/python -m needsaudit.translations report build/welsh-review.csv

## Set up and run the fictional audit end to end (./needsaudit-demo).
demo: $(BIN)/.installed $(MO)
	$(BIN)/needsaudit demo

## Set up and run the whole test suite: lint, types, tests (LibreOffice included).
test: system $(BIN)/.installed lint typecheck pytest

## Everyday: lint, types and the tests that need neither LibreOffice nor the demo build.
check: $(BIN)/.installed lint typecheck
	$(BIN)/pytest -q -n 2 -m "not libreoffice and not slow"

## Install LibreOffice and friends where apt is available and they are missing.
system:
	@if ! command -v soffice >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import uno' 2>/dev/null \
	    || ! command -v pdfinfo >/dev/null 2>&1 || ! fc-list | grep -qi carlito \
	    || ! command -v 7z >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing $(SYSTEM_PACKAGES)"; \
	    $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	      --no-install-recommends $(SYSTEM_PACKAGES); \
	  else \
	    echo "LibreOffice is not installed: its tests will be skipped (they fail in CI)."; \
	  fi; \
	fi

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed
	$(BIN)/mypy

# Two workers (pytest-xdist): every LibreOffice test runs in one of them, so one LibreOffice
# serves them all; each worker that meets a demo test builds the demo once.
PYTEST_WORKERS ?= 2
pytest: $(BIN)/.installed $(MO)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup

## Fuzz the return reader long (issue 12): mutated returns, FUZZ_EXAMPLES of each kind (about
## 11,000 cases at the default), new ones each run, under a memory ceiling for the machine.
FUZZ_EXAMPLES ?= 2500
fuzz: $(BIN)/.installed
	ulimit -v 8000000; NEEDSAUDIT_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q -p no:cacheprovider \
	  tests/test_fuzz.py --hypothesis-show-statistics

bench: $(BIN)/.installed
	$(BIN)/python -m bench all

clean:
	rm -rf $(VENV) needsaudit-demo .pytest_cache .mypy_cache .ruff_cache

workbooks: $(BIN)/.installed
	$(BIN)/python -m needsaudit.examples workbooks

docs: $(BIN)/.installed
	$(BIN)/python docs/render.py

## Regenerate docs/contract.md from names.py and issues.py (a test fails while it is stale).
contract: $(BIN)/.installed
	$(BIN)/python -m needsaudit.contract docs/contract.md
