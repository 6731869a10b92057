# Rancang: one place for set-up, the demo job, the tests and the checks.
PY ?= .venv/bin/python
OUT ?= out/demo

.PHONY: setup run test check lint bench lock

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

check: setup
	.venv/bin/ruff check .
	bash scripts/test.sh

lint:
	.venv/bin/ruff check .

bench: setup
	$(PY) benchmarks/run_all.py

lock:
	.venv/bin/pip freeze --exclude-editable | grep -E '^[A-Za-z0-9_.-]+==' > requirements.lock
