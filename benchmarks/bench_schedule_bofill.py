"""Temu Usaha scheduling on 20 synthetic events of the shape of Bofill et al.'s (2022).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_schedule_bofill.py [--seeds 0-19]
        [--time-limit 50] [--baseline GIT_REF] [--skip-ours]

For each seed, builds ``rancang.features.matching.demo.b2b_event(seed)`` (42-78
participants, 125-302 requested meetings, a morning and an afternoon session), writes its
workbook and runs the whole command ``rancang match schedule EVENT.xlsx --out DIR
--time-limit S`` under ``/usr/bin/time -v``: meetings, whether phase 1 proved them the most
possible (or its upper bound on them), breaks, proven optimal or the lower bound, wall
time, CPU time (user + system of the command and its SAT children) and peak memory (the
largest process: the command or its SAT child), and the load average after each run (the
machine is shared: CPU time is the figure that load does not inflate).
With ``--baseline REF`` it also runs the scheduler of ``REF`` (its ``schedule.py`` taken
from git, the same event, ``solve(event, time_limit=S)`` in its own process under
``/usr/bin/time -v``), side by side. Prints a Markdown table and the totals.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rancang.features.matching.demo import b2b_event, write_event_xlsx  # noqa: E402

BASELINE = """
import importlib.util, sys
from rancang.features.matching.event import read_event
spec = importlib.util.spec_from_file_location("baseline_schedule", sys.argv[1])
mod = importlib.util.module_from_spec(spec); sys.modules["baseline_schedule"] = mod
spec.loader.exec_module(mod)
r = mod.solve(read_event(__import__("pathlib").Path(sys.argv[2])), time_limit=float(sys.argv[3]))
print(f"{len(r.meetings)} meetings, {r.breaks} breaks, optimal={r.optimal}")
"""


def timed(cmd: list[str]) -> tuple[str, float, float, int]:
    """Run ``cmd`` under ``/usr/bin/time -v``; its stdout, wall seconds, CPU seconds (user
    + system, children waited for included) and peak MB."""
    res = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True,
                         check=False, env={"PYTHONPATH": str(ROOT / "src"),
                                           "PATH": "/usr/bin:/bin"})
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", res.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", res.stderr)
    cpu = sum(float(c) for c in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)",
                                           res.stderr))
    seconds = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60
               + float(wall.group(3))) if wall else float("nan")
    return (res.stdout.strip() or res.stderr[-500:], seconds, cpu,
            int(rss.group(1)) // 1024 if rss else -1)


def seeds(spec: str) -> list[int]:
    """``0-19`` or ``1,4,7``."""
    if "-" in spec:
        a, b = spec.split("-")
        return list(range(int(a), int(b) + 1))
    return [int(s) for s in spec.split(",")]


#: the command's summary line (English), the part on phase 1 optional (older versions)
SUMMARY = re.compile(
    r"(\d+) of (\d+) meetings scheduled(?: \((proven the most possible|at most (\d+) "
    r"possible[^)]*)\))?, (\d+) breaks \((\w[\w-]*)(, optimal)?"
    r"(?:, lower bound on breaks (\d+))?")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="0-19")
    parser.add_argument("--time-limit", type=float, default=50.0)
    parser.add_argument("--baseline", default=None)
    parser.add_argument("--skip-ours", action="store_true",
                        help="run only the baseline (to run the two side by side)")
    args = parser.parse_args()
    rows = []
    totals = {"meetings": 0, "proven": 0, "breaks": 0, "lb": 0, "optimal": 0, "cpu": 0.0,
              "base": 0, "base_opt": 0}
    print("| seed | participants | requests | meetings | meetings proven the most (bound) | "
          "breaks | optimal | lower bound | wall s | CPU s | peak MB | load | "
          "baseline meetings | baseline breaks | baseline wall s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        old = None
        if args.baseline:
            old = Path(tmp) / "baseline_schedule.py"
            old.write_text(subprocess.run(
                ["git", "show", f"{args.baseline}:src/rancang/features/matching/schedule.py"],
                cwd=ROOT, capture_output=True, text=True, check=True).stdout)
        for seed in seeds(args.seeds):
            event = b2b_event(seed)
            path = write_event_xlsx(event, Path(tmp) / f"event{seed}.xlsx")
            out, wall, cpu, mb = ("0 of 0 meetings scheduled, 0 breaks (skipped", 0.0, 0.0, 0) \
                if args.skip_ours else timed([
                    sys.executable, "-c",
                    "import sys; from rancang.cli import main; main(sys.argv[1:])",
                    "match", "schedule", str(path), "--out", str(Path(tmp) / f"out{seed}"),
                    "--time-limit", str(args.time_limit), "--lang", "en"])
            m = SUMMARY.search(out)
            if m is None:
                print(f"| {seed} | failed: {out[-200:]!r} |")
                continue
            proven = m.group(3) == "proven the most possible"
            phase1 = ("yes" if proven else f"no ({m.group(4)})" if m.group(4)
                      else "not reported")
            breaks, optimal = int(m.group(5)), bool(m.group(7))
            lb = breaks if optimal else int(m.group(8) or 0)
            base = ["", "", ""]
            if old is not None:
                bout, bwall, _, _ = timed([sys.executable, "-c", BASELINE, str(old), str(path),
                                           str(args.time_limit)])
                bm = re.search(r"(\d+) meetings, (\d+) breaks, optimal=(\w+)", bout)
                if bm:
                    base = [bm.group(1), bm.group(2), f"{bwall:.1f}"]
                    totals["base"] += int(bm.group(2))
                    totals["base_opt"] += bm.group(3) == "True"
            totals["meetings"] += int(m.group(1))
            totals["proven"] += proven
            totals["breaks"] += breaks
            totals["lb"] += lb
            totals["optimal"] += optimal
            totals["cpu"] += cpu
            rows.append(seed)
            print(f"| {seed} | {len(event.participants)} | {len(event.requests)} | "
                  f"{m.group(1)} | {phase1} | {breaks} | {'yes' if optimal else 'no'} | {lb} | "
                  f"{wall:.1f} | {cpu:.1f} | {mb} | {os.getloadavg()[0]:.1f} | "
                  f"{' | '.join(base)} |", flush=True)
    print(f"\n{len(rows)} events: {totals['meetings']} meetings, {totals['proven']} proven the "
          f"most possible; {totals['breaks']} breaks in all, {totals['optimal']} "
          f"proven optimal, lower bounds add up to {totals['lb']}; {totals['cpu']:.0f} s of CPU"
          + (f"; baseline {totals['base']} breaks, {totals['base_opt']} proven optimal"
             if args.baseline else "")
          + f"; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
