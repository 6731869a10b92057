# Rancang: one place for set-up, the demo job, the tests and the checks.
PY ?= .venv/bin/python
OUT ?= out/demo

.PHONY: setup run test check lint bench lock

setup:
	bash scripts/setup.sh

run: setup
	$(PY) -m rancang demo --out $(OUT)

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
