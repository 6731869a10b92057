"""End-to-end figure of issue 2: all 8 real BPS PDRB files, every method, every region.

Usage: .venv/bin/python benchmarks/bench_analyze.py [RAW_DIR]

Times, in one process: reading the 8 files into one panel, running every method for all
514 regencies (rank intervals with the default 500 weight samples), writing the CSV files and
the formatted analysis.xlsx. Target: under 3 s wall on our 2-core machines.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from rancang.features.leading import AnalysisOptions, run_analysis
from rancang.features.leading.export import export_result
from rancang.sources import read_panel

HERE = Path(__file__).resolve().parent
DEFAULT_RAW = HERE.parents[1] / "shared" / "data" / "raw"


def main() -> None:
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_RAW
    folder = raw / "bps-pdrb-kabkota-adhk-2013-2020"
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        panel = read_panel([folder])
        t1 = time.perf_counter()
        result = run_analysis(panel, AnalysisOptions())
        t2 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            export_result(result, Path(tmp))
        t3 = time.perf_counter()
        runs.append((t1 - t0, t2 - t1, t3 - t2, t3 - t0))
    best = min(runs, key=lambda r: r[3])
    print(f"panel: {panel}")
    print("| step | seconds (best of 3) |")
    print("|---|---|")
    for label, value in zip(("read 8 files", "all methods, 514 regions", "write CSV + XLSX",
                             "total wall"), best, strict=True):
        print(f"| {label} | {value:.3f} |")


if __name__ == "__main__":
    main()
