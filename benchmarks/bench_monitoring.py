"""Monitoring (issue 15): the regency dashboard's server time with 13 regencies' data, and
the report commands as whole processes (wall time and peak memory from ``/usr/bin/time
-v``).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_monitoring.py [--requests 200]

The database: the synthetic demo province stored as a dataset, 13 regency plans
(Kemendagri 72.01-72.13, drafted from the synthetic regencies), each with its 10 plan
indicators, 3 IKM indicators and 10 programme output indicators, realisations for every
semester of 2025-2029 (some verified, some proposals). Targets: dashboard p95 under
150 ms; the province report covering 13 regencies under 10 s. The first view of each
regency computes its dashboard; later views find it kept under the data stamp (any change
to monitoring's data computes it again), so both are reported.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
RANCANG = [sys.executable, "-m", "rancang"]
REGENCIES = [f"72.{k:02d}" for k in range(1, 14)]


def build(url: str) -> None:
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.accounts.service import create_user
    from rancang.features.datasets.service import save_panel
    from rancang.features.monitoring.demo import seed_plan
    from rancang.features.monitoring.indicators import add_indicator
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan
    from rancang.sources.synthetic import demo_province

    engine = make_engine(url)
    ensure_schema(engine)
    create_user(engine, "admin", "demo-rancang", role="admin")
    panel = demo_province()
    ds = save_panel(engine, panel, name="Demo (sintetis)")
    for k, region in enumerate(REGENCIES):
        plan = create_plan(engine, CLI_ACTOR, region=region, start_year=2025)
        draft_from_dataset(engine, CLI_ACTOR, plan.id, ds,
                           region=panel.region_codes[k % len(panel.region_codes)])
        for n in range(10):
            add_indicator(engine, CLI_ACTOR, plan.id, code=f"3.31.02.2.01.{n + 10:04d}",
                          label=f"Output {n}", unit="kegiatan", group=f"3.31.02.{n % 3}",
                          targets={y: 10.0 + n for y in range(2025, 2046)})
        seed_plan(engine, plan.id, periods=tuple(f"{y}-S{s}" for y in range(2025, 2030)
                                                 for s in (1, 2)))
    engine.dispose()


def dashboard_times(url: str, n: int) -> np.ndarray:
    from fastapi.testclient import TestClient

    from rancang.core.settings import Settings
    from rancang.web.app import create_app

    app = create_app(Settings(database_url=url))
    c = TestClient(app)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
    assert tok is not None
    c.post("/login", data={"username": "admin", "password": "demo-rancang",
                           "csrf_token": tok.group(1)})
    ms = []
    for k in range(n):
        region = REGENCIES[k % len(REGENCIES)]
        t = time.perf_counter()
        r = c.get(f"/monitoring/{region}?period=2027-S1")
        ms.append(1000 * (time.perf_counter() - t))
        assert r.status_code == 200 and "monitor-indicators" in r.text
    return np.array(ms)


def timed(args: list[str], url: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "RANCANG_DATABASE_URL": url}
    proc = subprocess.run(["/usr/bin/time", "-v", *args], capture_output=True, text=True,
                          env=env, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    assert wall and rss, proc.stderr[-500:]
    parts = [float(p) for p in wall.group(1).split(":")]
    return parts[-1] + 60 * parts[-2], int(rss.group(1)) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/mon.sqlite"
        t = time.perf_counter()
        build(url)
        print(f"database built in {time.perf_counter() - t:.1f} s")
        ms = dashboard_times(url, a.requests)
        cold, warm = ms[:len(REGENCIES)], ms[len(REGENCIES):]
        print("| run | result |\n|---|---|")
        print(f"| dashboard `/monitoring/72.xx?period=2027-S1` (n={len(ms)}, 13 regencies) "
              f"| p50 {np.percentile(ms, 50):.1f} ms, p95 {np.percentile(ms, 95):.1f} ms, "
              f"max {ms.max():.1f} ms |")
        print(f"| of which the first view of each regency (computed, n={len(cold)}) | "
              f"p50 {np.percentile(cold, 50):.1f} ms, max {cold.max():.1f} ms |")
        print(f"| of which later views (kept dashboard, n={len(warm)}) | "
              f"p50 {np.percentile(warm, 50):.1f} ms, p95 {np.percentile(warm, 95):.1f} ms |")
        for label, args in (
            ("`monitor report --region 72.06 --period 2027-S1`",
             ["monitor", "report", "--region", "72.06", "--period", "2027-S1", "--out",
              f"{tmp}/r"]),
            ("`monitor report --province 72 --period 2027-S1` (13 regencies)",
             ["monitor", "report", "--province", "72", "--period", "2027-S1", "--out",
              f"{tmp}/p"]),
        ):
            wall, rss = timed([*RANCANG, *args], url)
            print(f"| {label} | {wall:.2f} s wall, {rss:.0f} MB peak |")
        print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
