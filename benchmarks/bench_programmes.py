"""Programmes and synchronisation (issue 15): a province of 13 regencies x 200 programmes x
5 years (synthetic), whole commands timed with ``/usr/bin/time -v``.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_programmes.py [--runs 3]

Set-up: the rows are written as an Indonesian CSV and imported with ``rancang programmes
import`` (timed too); the province's RPIP and an RPIK for 9 of the 13 regencies are created
with two targets each, and every programme of a planned region is mapped (confirmed) to one
target or strategy of its region's plan. Then ``rancang programmes sync --province 72
--year 2026 --out DIR`` (XLSX + DOCX) is timed. Target: under 5 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from cli_timing import time_process  # noqa: E402

RANCANG = [sys.executable, "-m", "rancang"]
YEARS = (2025, 2026, 2027, 2028, 2029)


def timed(args: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak RSS in MB and the output of one whole command."""
    run = time_process(args, {**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert run.code == 0, run.stderr[-500:]
    return run.wall, run.cpu, run.peak_mb, run.stdout


def setup_plans(url: str) -> int:
    """Plans for the province and 9 regencies, every programme of theirs mapped once."""
    sys.path.insert(0, str(REPO / "src"))
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import make_engine
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.targets import TargetRow, set_targets
    from rancang.features.programmes.anchors import plan_anchors
    from rancang.features.programmes.mapping import store_mappings
    from rancang.features.programmes.service import list_programmes, regencies_of

    engine = make_engine(url)
    regions = ["72", *[c for c, _ in regencies_of("72")][:9]]
    n = 0
    for region in regions:
        plan = create_plan(engine, CLI_ACTOR, region=region, start_year=2025)
        set_targets(engine, CLI_ACTOR, plan.id, [
            TargetRow("tenaga_kerja", "industry_jobs", "Tenaga kerja industri", "orang"),
            TargetRow("ekspor", "export_share", "Ekspor produk industri", "%")])
        anchors = plan_anchors(engine, plan)
        progs = [p for p in list_programmes(engine, CLI_ACTOR, area=region)
                 if p.region_code == region or region != "72"]
        wanted = {(p.id, anchors[k % len(anchors)].kind, anchors[k % len(anchors)].key):
                  {"contribution": "", "score": None} for k, p in enumerate(progs)}
        n += store_mappings(engine, CLI_ACTOR, plan.id, wanted, set()).confirmed
    engine.dispose()
    return n


def in_process(url: str, tmp: str, runs: int) -> float:
    """Seconds of the report and both files without the command's start-up (best)."""
    import time

    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import make_engine
    from rancang.features.programmes.sync import sync_report
    from rancang.features.programmes.sync_tables import write_docx, write_xlsx

    engine = make_engine(url)
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        report = sync_report(engine, CLI_ACTOR, "72", 2026)
        write_xlsx(report, Path(tmp) / "p.xlsx", "id")
        write_docx(report, Path(tmp) / "p.docx", "id")
        best = min(best, time.perf_counter() - t)
    engine.dispose()
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--per-regency", type=int, default=200)
    a = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from rancang.features.programmes.demo import synthetic_programmes, write_csv

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        data = synthetic_programmes("72", years=YEARS, per_regency=a.per_regency, seed=1)
        csv = write_csv(data.rows, Path(tmp) / "program.csv")
        print("| command | wall | CPU | peak memory |\n|---|---|---|---|")
        wall, cpu, rss, _ = timed([*RANCANG, "programmes", "import", str(csv),
                                   "--database-url", url])
        print(f"| `programmes import` {len(data.rows):,} rows (Indonesian CSV) | "
              f"{wall:.1f} s | {cpu:.1f} s | {rss:.0f} MB |")
        mapped = setup_plans(url)
        runs = [timed([*RANCANG, "programmes", "sync", "--province", "72", "--year", "2026",
                       "--out", f"{tmp}/sync{k}", "--database-url", url])
                for k in range(a.runs)]
        walls = sorted(r[0] for r in runs)
        print(f"| `programmes sync --province 72 --year 2026 --out DIR` ({mapped:,} confirmed "
              f"mappings, 10 plans; best of {a.runs}) | {walls[0]:.1f} s (median "
              f"{walls[len(walls) // 2]:.1f}) | {min(r[1] for r in runs):.1f} s | "
              f"{max(r[2] for r in runs):.0f} MB |")
        print(runs[0][3].splitlines()[0])
        print(f"| in process: `sync_report` + XLSX + DOCX (best of {a.runs}) | "
              f"{in_process(url, tmp, a.runs):.2f} s | | |")
        print(f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
