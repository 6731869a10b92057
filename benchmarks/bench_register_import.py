"""Whole-process figures of `rancang registry import` with the register safeguards of
issues 11 and 17: matching kept inside the importer's region (``--user``), region names
resolved to codes, a dry run listing every change.

Usage: .venv/bin/python benchmarks/bench_register_import.py [--firms 50000] [--src DIR]

Each command runs in its own process under ``/usr/bin/time -v`` (wall clock and peak RSS
of the whole command, reading included). ``--src`` points at another checkout's ``src`` to
measure the same commands there (the figures before the change). Data: the synthetic demo
register (two reporting years per firm), as a CSV with village codes and as a CSV with the
regency, district and village names only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from cli_timing import time_cli  # noqa: E402


def timed(args: list[str], src: Path) -> tuple[float, float, int, str]:
    """(wall seconds, peak MB, exit code, last output line) of one CLI call."""
    run = time_cli(args, src)
    last = (run.stdout.strip().splitlines() or [""])[-1]
    return run.wall, run.peak_mb, run.code, last[:90]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--firms", type=int, default=50_000)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    opts = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from rancang.features.registry.demo import demo_register, office_frame

    tmp = Path(tempfile.mkdtemp())
    frame = office_frame(demo_register(opts.firms, seed=9))
    codes = tmp / "kode.csv"
    frame.write_csv(codes)
    names = tmp / "nama.csv"
    frame.drop("Kode Desa").with_columns(pl.lit("Kab. Morowali").alias("Kabupaten")).write_csv(
        names)
    db = f"sqlite:///{tmp / 'r.sqlite'}"
    users = ["users", "create", "analis", "--role", "analyst", "--region", "72.06",
             "--password", "rahasia-123", "--database-url", db]
    runs = [
        ("import, village codes (administrator)", ["registry", "import", str(codes),
                                                   "--database-url", db]),
        ("re-import, all unchanged", ["registry", "import", str(codes), "--database-url", db]),
        ("re-import as an analyst of 72.06 (--user)", ["registry", "import", str(codes),
                                                       "--user", "analis", "--database-url",
                                                       db]),
        ("dry run, names only (no code column)", ["registry", "import", str(names),
                                                  "--dry-run", "--user", "analis",
                                                  "--database-url", db]),
    ]
    print(f"{frame.height:,} rows ({opts.firms:,} firms), src={opts.src}")
    subprocess.run([sys.executable, "-m", "rancang", *users], capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(opts.src)}, check=False)
    for label, args in runs:
        wall, mb, code, last = timed(args, opts.src)
        print(f"| {label} | {wall:.1f} s | {mb:,.0f} MB | exit {code} | {last} |", flush=True)


if __name__ == "__main__":
    main()
