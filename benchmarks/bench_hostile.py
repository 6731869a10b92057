"""Refusing hostile files (issue 17): wall time and peak memory of the whole CLI command for
the largest files of the corpus (``tests/data/hostile/``), measured with
``/usr/bin/time -f "%e %M"``. Target: every rejected file under 500 MB peak memory, and a
refusal in seconds, not minutes.

Run: ``.venv/bin/python benchmarks/bench_hostile.py [--runs 3]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "hostile"
#: (folder, file): the largest or deepest files of the corpus.
CASES = [("register", "wide_header.csv"),
         ("register", "binary.csv"), ("zone", "deeply_nested.geojson"),
         ("ahp", "twenty_criteria.xlsx"), ("pdrb", "escape_in_region_name.csv")]


def measure(folder: str, name: str) -> tuple[float, float, int]:
    """(wall s, peak MB, exit code) of one run."""
    cases = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        values = {"file": str(CORPUS / folder / name), "out": f"{tmp}/out",
                  "db": f"sqlite:///{tmp}/db.sqlite", "criteria": str(CORPUS / "criteria.csv"),
                  "centroids": str(CORPUS / "centroids.csv")}
        argv = [p.format(**values) for p in cases[folder]["command"]]
        timing = Path(tmp) / "time.txt"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", str(timing),
                               sys.executable, "-m", "rancang", *argv],
                              capture_output=True, env=env)
        wall, kb = timing.read_text().split()[-2:]
    return float(wall), int(kb) / 1024, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    print("| file | command | exit | wall (median) | peak memory (max) |")
    print("|---|---|---|---|---|")
    for folder, name in CASES:
        results = [measure(folder, name) for _ in range(runs)]
        walls = [w for w, _, _ in results]
        peak = max(m for _, m, _ in results)
        codes = {c for _, _, c in results}
        verb = " ".join(json.loads((CORPUS / "cases.json").read_text())[folder]["command"][:2])
        print(f"| {folder}/{name} | `rancang {verb}` | {','.join(map(str, sorted(codes)))} "
              f"| {statistics.median(walls):.2f} s | {peak:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
