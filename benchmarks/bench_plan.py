"""The plan (issue 13): one regency's draft from the 8 real BPS files, whole command, and
every regency of the files in one batch; wall time and peak memory from ``/usr/bin/time -v``.

    .venv/bin/python benchmarks/bench_plan.py [--runs 3] [--skip-batch] [--province 72]

``--province 72`` also drafts the RPIP of that province from the same files (its spread
of industry across regencies) and, instead of all 514 regencies, the batch of that
province's regencies (seconds a plan, for an estimate of the whole batch).

Targets: one regency under 20 s (goal 10 s); all 514 regencies in one batch under 30 min.
Needs the shared BPS folder (``RANCANG_RAW_DATA`` or ``../shared/data/raw``); says so and
stops without it.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RAW = Path(os.environ.get("RANCANG_RAW_DATA", REPO.parent / "shared" / "data" / "raw"))
BPS = RAW / "bps-pdrb-kabkota-adhk-2013-2020"
RANCANG = [sys.executable, "-m", "rancang"]


def timed(args: list[str]) -> tuple[float, float, str, float]:
    """Wall seconds, peak RSS in MB, the output and the CPU seconds (user + system) of
    one whole command."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run(["/usr/bin/time", "-v", *args], capture_output=True, text=True,
                          env=env, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): (\S+)",
                                            proc.stderr))
    assert wall and rss, proc.stderr[-500:]
    parts = [float(p) for p in wall.group(1).split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    return seconds, int(rss.group(1)) / 1024, proc.stdout, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--province", default=None)
    a = ap.parse_args()
    if not BPS.is_dir():
        print(f"BPS PDRB folder not found ({BPS}); nothing measured")
        return
    with tempfile.TemporaryDirectory() as tmp:
        print("| command | wall | peak memory |\n|---|---|---|")
        runs = [timed([*RANCANG, "plan", "draft", str(BPS), "--region", "72.06", "--out",
                       f"{tmp}/one{k}", "--pdf"]) for k in range(a.runs)]
        walls = sorted(r[0] for r in runs)
        cpus = sorted(r[3] for r in runs)
        print(f"| `plan draft BPS/ --region 72.06 --out DIR --pdf` (best of {a.runs}; CPU "
              f"{cpus[0]:.2f} s, median {cpus[len(cpus) // 2]:.2f} s; load average "
              f"{os.getloadavg()[0]:.1f}) | "
              f"{walls[0]:.1f} s (median {walls[len(walls) // 2]:.1f}) | "
              f"{max(r[1] for r in runs):.0f} MB |")
        if a.province:
            wall, rss, _out, _cpu = timed([*RANCANG, "plan", "draft", str(BPS), "--region",
                                    f"{a.province}00", "--out", f"{tmp}/rpip", "--pdf"])
            print(f"| `plan draft BPS/ --region {a.province}00 --out DIR --pdf` (RPIP from the "
                  f"regency files) | {wall:.1f} s | {rss:.0f} MB |")
        if a.skip_batch:
            return
        if a.province:
            sys.path.insert(0, str(REPO / "src"))
            from rancang.sources import read_panel_checked

            panel, _ = read_panel_checked([BPS], bps_totals="warn")
            codes = [c for c in panel.region_codes if c.startswith(a.province)]
            wall, rss, _out, _cpu = timed([*RANCANG, "plan", "draft", str(BPS), "--region",
                                    ",".join(codes), "--out", f"{tmp}/prov"])
            n = len(list(Path(tmp, "prov").glob("*/*.docx")))
            print(f"| `plan draft BPS/ --region {codes[0]},...` ({n} plans of province "
                  f"{a.province}, DOCX with charts + CSV + XLSX each) | {wall:.1f} s "
                  f"({wall / max(n, 1):.2f} s a plan; x 514 = {514 * wall / max(n, 1) / 60:.1f} "
                  f"min) | {rss:.0f} MB |")
            return
        wall, rss, _out, _cpu = timed([*RANCANG, "plan", "draft", str(BPS), "--region", "all",
                                "--out", f"{tmp}/all"])
        n = len(list(Path(tmp, "all").glob("*/*.docx")))
        print(f"| `plan draft BPS/ --region all --out DIR` ({n} plans, DOCX + CSV + XLSX "
              f"each) | {wall / 60:.1f} min ({wall / max(n, 1):.2f} s a plan) | {rss:.0f} MB |")


if __name__ == "__main__":
    main()
