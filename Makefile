# Rancang: one place for set-up, the demo job, the tests and the checks.
PY ?= .venv/bin/python
OUT ?= out/demo

.PHONY: setup run test check lint types docs bench lock

setup:
	bash scripts/setup.sh

# development data beside the repository, used when present (boundaries, real BPS PDRB)
SHARED ?= ../shared/data/raw
BOUNDARIES ?= $(SHARED)/cahyadsn-wilayah-boundaries/kab.geojson
BPS ?= $(SHARED)/bps-pdrb-kabkota-adhk-2013-2020
PORT ?= 8000

run: setup
	$(if $(wildcard $(BOUNDARIES)),RANCANG_BOUNDARIES_FILE=$(abspath $(BOUNDARIES))) \
	$(PY) -m rancang demo --out $(OUT) --serve --port $(PORT) $(if $(wildcard $(BPS)),--bps-dir "$(BPS)")

test: setup
	bash scripts/test.sh

# ruff, mypy (strict for core, analysis, decision), the CLI reference, the tests and the
# doctests of src: the same as `make test`, for developers' habit
check: setup
	bash scripts/test.sh

lint:
	.venv/bin/ruff check .

types:
	.venv/bin/mypy

# docs/cli.md from the installed features' verbs and the settings
docs:
	$(PY) scripts/cli_reference.py

bench: setup
	$(PY) benchmarks/run_all.py

lock:
	.venv/bin/pip freeze --exclude-editable | grep -E '^[A-Za-z0-9_.-]+==' > requirements.lock
