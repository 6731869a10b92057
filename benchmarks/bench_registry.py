"""Benchmark the industry register: import, aggregation to a panel, de-duplication.

Usage: .venv/bin/python benchmarks/bench_registry.py [--scale 1.0] [--skip-1m]

Prints a table. Targets (issue 4): import 100k XLSX rows < 60 s; 1M CSV rows validated
< 60 s; aggregate 1M enterprises to a panel < 2 s; dedup of 100k noisy records with pairwise
precision >= 0.98 and recall >= 0.95 < 60 s. Peer for the aggregation: pandas groupby.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import polars as pl

from rancang.core.db import ensure_schema, make_engine
from rancang.features.registry.dedup import find_duplicates, pairwise_quality
from rancang.features.registry.demo import demo_register, office_frame, write_office_xlsx
from rancang.features.registry.importer import import_files, prepare
from rancang.features.registry.noise import noisy_register
from rancang.features.registry.panel import aggregate, register_panel
from rancang.panel import Panel

ROWS: list[tuple[str, str, str]] = []


def report(task: str, seconds: float, note: str = "") -> None:
    ROWS.append((task, f"{seconds:8.2f}", note))
    print(f"{task:<48} {seconds:8.2f} s  {note}", flush=True)


def bench_import(tmp: Path, firms: int, *, xlsx: bool) -> None:
    reg = demo_register(firms, seed=9)
    if xlsx:
        path = write_office_xlsx(reg, tmp / "reg.xlsx")
    else:
        path = tmp / "reg.csv"
        office_frame(reg).write_csv(path, separator=";")
    kind = "XLSX" if xlsx else "CSV"
    t = time.perf_counter()
    frame, _ = prepare([path])
    report(f"read + validate {reg.height:,} rows {kind}", time.perf_counter() - t,
           f"{frame.height:,} records")
    db = tmp / f"{kind}.sqlite"
    engine = make_engine(f"sqlite:///{db}")
    ensure_schema(engine)
    t = time.perf_counter()
    rep = import_files(engine, [path], actor="bench")
    report(f"import {reg.height:,} rows {kind} -> SQLite", time.perf_counter() - t,
           f"{rep.added:,} firms, {rep.periods_added:,} periods, audited")
    t = time.perf_counter()
    rep = import_files(engine, [path], actor="bench")
    report(f"re-import same {kind} (all unchanged)", time.perf_counter() - t,
           f"{rep.unchanged:,} unchanged")
    t = time.perf_counter()
    panel, _ = register_panel(engine, level=3, measure="workers")
    report(f"panel from the {kind} database (load + aggregate)", time.perf_counter() - t,
           f"{panel.shape} from {rep.unchanged:,} firms x 2 years")
    engine.dispose()


def bench_aggregate(n: int) -> None:
    rng = np.random.default_rng(1)
    kbli = np.array(["10710", "10792", "10291", "16292", "31001", "23921", "25111", "33121"])
    districts = np.array([f"72.06.{d:02d}" for d in range(1, 19)])
    frame = pl.DataFrame({
        "enterprise_id": np.arange(n), "district_code": districts[rng.integers(0, 18, n)],
        "kbli": kbli[rng.integers(0, len(kbli), n)], "period": ["2023"] * n,
        "year": np.full(n, 2023), "workers": rng.integers(1, 50, n).astype(float),
        "output_value": rng.random(n) * 1e9, "investment": rng.random(n) * 1e9})
    t = time.perf_counter()
    long = aggregate(frame, level=3, measure="workers")
    panel = Panel.from_long(long.select("region_code", "industry_code", "year", "value"),
                            measure="workers", classification="kbli2020", fill_missing=0.0)
    ours = time.perf_counter() - t
    pdf = frame.to_pandas()
    t = time.perf_counter()
    pdf["k3"] = pdf["kbli"].str[:3]
    pdf.groupby(["district_code", "k3", "year"])["workers"].sum().unstack("k3", fill_value=0)
    peer = time.perf_counter() - t
    report(f"aggregate {n:,} firms -> Panel (KBLI 3 x district)", ours,
           f"{panel.shape}; pandas groupby {peer:.2f} s (ratio {ours / peer:.2f})")


def bench_dedup(n: int) -> None:
    records = noisy_register(n, seed=2024)
    t = time.perf_counter()
    res = find_duplicates(records)
    elapsed = time.perf_counter() - t
    p, r = pairwise_quality(res.labels, records["true_id"].to_numpy())
    report(f"dedup {n:,} noisy records", elapsed,
           f"precision {p:.4f}, recall {r:.4f}, {res.n_candidates:,} candidate pairs")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--skip-1m", action="store_true")
    args = ap.parse_args()
    s = args.scale
    print(f"cores: {os.cpu_count()}, scale {s}")
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(Path(tmp), int(50_000 * s), xlsx=True)
        if not args.skip_1m:
            bench_import(Path(tmp), int(500_000 * s), xlsx=False)
    bench_aggregate(int(1_000_000 * s))
    bench_dedup(int(100_000 * s))
    print("\n| task | seconds | notes |\n|---|---:|---|")
    for task, sec, note in ROWS:
        print(f"| {task} | {sec.strip()} | {note} |")


if __name__ == "__main__":
    main()
