"""Monitoring (issue 15) at the issue's scale: a province with 13 regencies x 200 programmes
x 5 years, the dashboard's server time (first views and repeat views apart) and the report
commands as whole processes (wall time and peak memory from ``/usr/bin/time -v``).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_monitoring.py \\
        [--per-regency 200] [--years 5] [--rounds 8] [--repeats 200]

The database, built through the features' own services:

- the synthetic demo province stored as a dataset;
- the synthetic programme lists of province 72 (``programmes.demo.synthetic_programmes``:
  ``--per-regency`` regency programmes per regency and year, each with an output
  indicator, unit and target, plus provincial and central ones) over ``--years`` years
  from 2025, imported with ``import_programmes`` (13 x 200 x 5 = 13,000 regency rows);
- an RPIK for each of the 13 regencies and cities of the Kemendagri reference (72.01-72.12,
  72.71), drafted from the dataset, its target indicators made (``sync_indicators``);
- every programme of a regency confirmed as serving a target of its RPIK
  (``store_mappings``), then its output indicators made from the programme rows
  (``indicators_from_programmes``: one indicator per programme code with the yearly
  targets of its rows, about 200 per regency);
- a realisation of every indicator for every semester of those years (``2025-S1`` ..),
  imported per regency with the monitoring import (``import_file``), a link as evidence.

Measured: the dashboard page ``/monitoring/72.xx?period=2027-S1`` in process. A *first
view* computes the dashboard (the kept dashboards are dropped before each round of 13
regencies, ``--rounds`` rounds); a *repeat view* finds it kept under the data stamp
(``--repeats`` requests over the 13 regencies). Then ``rancang monitor report --region
72.06`` and ``--province 72`` (the governor's report over all 13 regencies) as whole
commands. Targets: dashboard p95 under 150 ms; the reports as whole commands.

Run it on a quiet machine (check ``uptime``); the build alone takes minutes at full scale.
A small check: ``--per-regency 5 --years 2 --rounds 1 --repeats 20``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from cli_timing import time_process  # noqa: E402

RANCANG = [sys.executable, "-m", "rancang"]
PERIOD = "2027-S1"


def regencies() -> list[str]:
    from rancang.features.programmes.service import regencies_of

    return [c for c, _ in regencies_of("72")]


def build(url: str, tmp: Path, per_regency: int, years: tuple[int, ...]) -> dict[str, int]:
    """The database described in the module's docstring; returns what it holds."""
    from sqlalchemy import func, select

    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.accounts.service import create_user
    from rancang.features.datasets.service import save_panel
    from rancang.features.monitoring.from_programmes import indicators_from_programmes
    from rancang.features.monitoring.importer import import_file
    from rancang.features.monitoring.indicators import list_indicators, sync_indicators
    from rancang.features.monitoring.indicators import year_targets as targets_of
    from rancang.features.monitoring.models import Realisation
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan
    from rancang.features.programmes.anchors import plan_anchors
    from rancang.features.programmes.demo import synthetic_programmes, write_csv
    from rancang.features.programmes.importer import import_programmes
    from rancang.features.programmes.mapping import store_mappings
    from rancang.features.programmes.service import list_programmes
    from rancang.sources.synthetic import demo_province

    engine = make_engine(url)
    ensure_schema(engine)
    create_user(engine, "admin", "demo-rancang", role="admin")
    panel = demo_province()
    ds = save_panel(engine, panel, name="Demo (sintetis)")
    data = synthetic_programmes("72", years=years, per_regency=per_regency, seed=1)
    imported = import_programmes(engine, CLI_ACTOR,
                                 [write_csv(data.rows, tmp / "program.csv")])
    rng = np.random.default_rng(11)
    periods = [f"{y}-S{s}" for y in years for s in (1, 2)]
    counts = {"programme_rows": imported.inserted, "indicators": 0, "year_targets": 0,
              "mappings": 0}
    for k, region in enumerate(regencies()):
        plan = create_plan(engine, CLI_ACTOR, region=region, start_year=years[0])
        draft_from_dataset(engine, CLI_ACTOR, plan.id, ds,
                           region=panel.region_codes[k % len(panel.region_codes)])
        sync_indicators(engine, CLI_ACTOR, plan.id)
        targets = [a for a in plan_anchors(engine, plan) if a.kind == "target"]
        progs = [p for p in list_programmes(engine, CLI_ACTOR, area=region)
                 if p.region_code == region]
        wanted = {(p.id, "target", targets[n % len(targets)].key):
                  {"contribution": "", "score": None} for n, p in enumerate(progs)}
        counts["mappings"] += store_mappings(engine, CLI_ACTOR, plan.id, wanted,
                                             set()).confirmed
        indicators_from_programmes(engine, CLI_ACTOR, plan.id)
        inds = list_indicators(engine, CLI_ACTOR, plan.id)
        goals = targets_of(engine, [i.id for i in inds])
        counts["indicators"] += len(inds)
        counts["year_targets"] += sum(len(v) for v in goals.values())
        lines = ["indikator;wilayah;periode;nilai;bukti;diinput_oleh"]
        for i in inds:
            for p in periods:
                goal = goals[i.id].get(int(p[:4]), (10.0, ""))[0] or 10.0
                value = round(float(goal) * float(rng.uniform(0.6, 1.2)), 2)
                lines.append(f"{i.code};{region};{p};{value};"
                             f"https://sipd.example/{region}/{i.id}/{p};Operator {region}")
        sheet = tmp / f"realisasi-{region}.csv"
        sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
        import_file(engine, CLI_ACTOR, sheet)
    with engine.connect() as conn:
        counts["realisations"] = int(conn.execute(
            select(func.count()).select_from(Realisation)).scalar_one())
    engine.dispose()
    return counts


def dashboard_times(url: str, rounds: int, repeats: int, freeze: bool = True
                    ) -> tuple[np.ndarray, np.ndarray, float]:
    """Milliseconds of first views and repeat views, and of the province's page."""
    from fastapi.testclient import TestClient

    from rancang.core.settings import Settings
    from rancang.features.monitoring import dashboard
    from rancang.web.app import create_app

    app = create_app(Settings(database_url=url))
    c = TestClient(app)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
    assert tok is not None
    c.post("/login", data={"username": "admin", "password": "demo-rancang",
                           "csrf_token": tok.group(1)})
    regions = regencies()

    def view(region: str) -> float:
        t = time.perf_counter()
        r = c.get(f"/monitoring/{region}?period={PERIOD}")
        ms = 1000 * (time.perf_counter() - t)
        assert r.status_code == 200 and "monitor-indicators" in r.text, r.status_code
        return ms

    view(regions[0])  # templates and imports warmed once, not counted
    # what `rancang serve` does at start and after its first requests (rancang.web.heap);
    # --no-freeze measures without it
    if freeze:
        from rancang.web.heap import freeze_heap

        freeze_heap()
    first, repeat = [], []
    for _ in range(rounds):
        with dashboard._CACHE_LOCK:
            dashboard._CACHE.clear()
        first += [view(region) for region in regions]
    for k in range(repeats):
        repeat.append(view(regions[k % len(regions)]))
    with dashboard._CACHE_LOCK:
        dashboard._CACHE.clear()
    t = time.perf_counter()
    r = c.get(f"/monitoring/72?period={PERIOD}")
    province_ms = 1000 * (time.perf_counter() - t)
    assert r.status_code == 200 and 'id="monitor-province"' in r.text
    return np.array(first), np.array(repeat), province_ms


def timed(args: list[str], url: str) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one whole command."""
    run = time_process(args, {**os.environ, "PYTHONPATH": str(REPO / "src"),
                              "RANCANG_DATABASE_URL": url})
    assert run.code == 0, run.stderr[-500:]
    return run.wall, run.cpu, run.peak_mb


def _p(a: np.ndarray, q: float) -> float:
    return float(np.percentile(a, q))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-regency", type=int, default=200)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=8, help="rounds of first views")
    ap.add_argument("--repeats", type=int, default=200, help="repeat views")
    ap.add_argument("--no-freeze", action="store_true",
                    help="leave the garbage collector as is (rancang serve freezes the heap)")
    a = ap.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    years = tuple(range(2025, 2025 + a.years))
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/mon.sqlite"
        t = time.perf_counter()
        counts = build(url, Path(tmp), a.per_regency, years)
        print(f"database built in {time.perf_counter() - t:.0f} s: "
              + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
        first, repeat, province_ms = dashboard_times(url, a.rounds, a.repeats,
                                                     freeze=not a.no_freeze)
        print("| run | result |\n|---|---|")
        print(f"| dashboard `/monitoring/72.xx?period={PERIOD}`, first views (computed), "
              f"n={len(first)} | p50 {_p(first, 50):.1f} ms, p95 {_p(first, 95):.1f} ms, "
              f"max {first.max():.1f} ms |")
        print(f"| the same, repeat views (kept dashboard), n={len(repeat)} | "
              f"p50 {_p(repeat, 50):.1f} ms, p95 {_p(repeat, 95):.1f} ms, "
              f"max {repeat.max():.1f} ms |")
        print(f"| province page `/monitoring/72?period={PERIOD}` (13 regencies computed) | "
              f"{province_ms:.0f} ms |")
        for label, args in (
            (f"`monitor report --region 72.06 --period {PERIOD}`",
             ["monitor", "report", "--region", "72.06", "--period", PERIOD, "--out",
              f"{tmp}/r"]),
            (f"`monitor report --province 72 --period {PERIOD}` (13 regencies)",
             ["monitor", "report", "--province", "72", "--period", PERIOD, "--out",
              f"{tmp}/p"]),
        ):
            wall, cpu, rss = timed([*RANCANG, *args], url)
            print(f"| {label} | {wall:.2f} s wall, {cpu:.2f} s CPU, {rss:.0f} MB peak |")
        print(f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
