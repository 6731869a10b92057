#!/usr/bin/env bash
# The whole check, as CI runs it: lint, types (strict for the core and the methods), the
# generated CLI reference, then the test suite (which runs every docstring example too).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python scripts/cli_reference.py --check || {
  echo "docs/cli.md is out of date: run 'make docs'" >&2; exit 1; }
# two processes (pytest-xdist; one per core on the CI machine), each test file whole in one
# process so that its module fixtures (a demo app, a browser) are built once; in the order
# collected, the longest files first (tests/conftest.py, LONGEST_FIRST)
.venv/bin/python -m pytest -q -p no:cacheprovider -n "${RANCANG_TEST_WORKERS:-2}" --dist loadfile --no-loadscope-reorder --durations=20 "$@"
