"""Compute figures of issue 2 on a synthetic 514 regions x 300 industries x 15 years panel.

Usage: .venv/bin/python benchmarks/bench_analysis.py

Times every method (as ``rancang analyze`` runs them; rank intervals with 200 samples over
all 13 sub-periods of at least 3 years ending in the last year), reports peak traced memory
(tracemalloc) and the process's maximum resident set size, and compares LQ and shift-share
with a straightforward pandas groupby/merge implementation (the way scripts in the field do
it) on the same data, checking that both give the same numbers.
"""

from __future__ import annotations

import resource
import time
import tracemalloc

import numpy as np
import pandas as pd

from rancang.analysis import (
    contribution_to_growth,
    dynamic_location_quotient,
    dynamic_shift_share,
    klassen,
    leading_industries,
    location_quotient,
    shift_share,
    specialization,
)
from rancang.sources.synthetic import synthetic_panel

METHODS = {
    "location_quotient": lambda x, ref: location_quotient(x, ref),
    "dynamic_location_quotient": lambda x, ref: dynamic_location_quotient(x, ref),
    "shift_share (classic + E-M)": lambda x, ref: shift_share(
        x[:, :, 0], x[:, :, -1], ref[:, 0], ref[:, -1]),
    "dynamic_shift_share": lambda x, ref: dynamic_shift_share(x, ref),
    "klassen": lambda x, ref: klassen(x, ref),
    "specialization": lambda x, ref: specialization(x, ref),
    "contribution_to_growth": lambda x, ref: contribution_to_growth(x, per_year=True),
    "leading_industries (200 samples)": lambda x, ref: leading_industries(
        x, ref, n_samples=200),
}


def all_methods(x: np.ndarray, ref: np.ndarray) -> dict[str, float]:
    times = {}
    for name, method in METHODS.items():
        t0 = time.perf_counter()
        method(x, ref)
        times[name] = time.perf_counter() - t0
    return times


def pandas_lq_shift_share(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """LQ per year and classic shift-share the way field scripts write them."""
    reg_tot = df.groupby(["region", "year"], as_index=False)["value"].sum()
    reg_tot = reg_tot.rename(columns={"value": "region_total"})
    ind_tot = df.groupby(["industry", "year"], as_index=False)["value"].sum()
    ind_tot = ind_tot.rename(columns={"value": "industry_total"})
    all_tot = df.groupby("year", as_index=False)["value"].sum().rename(
        columns={"value": "total"})
    m = df.merge(reg_tot, on=["region", "year"]).merge(ind_tot, on=["industry", "year"])
    m = m.merge(all_tot, on="year")
    m["lq"] = (m["value"] / m["region_total"]) / (m["industry_total"] / m["total"])
    y0, y1 = df["year"].min(), df["year"].max()
    a = m[m["year"] == y0].set_index(["region", "industry"])
    b = m[m["year"] == y1].set_index(["region", "industry"])
    ss = pd.DataFrame(index=a.index)
    g_total = b["total"].iloc[0] / a["total"].iloc[0] - 1
    g_ind = b["industry_total"] / a["industry_total"] - 1
    ss["national_share"] = a["value"] * g_total
    ss["industry_mix"] = a["value"] * (g_ind - g_total)
    ss["regional_share"] = (b["value"] - a["value"]) - ss["national_share"] - ss["industry_mix"]
    return m[["region", "industry", "year", "lq"]], ss


def main() -> None:
    panel = synthetic_panel(514, 300, 15, seed=1)
    x, ref = panel.values, panel.total_reference()
    all_methods(x[:5], ref)  # warm-up
    runs = [all_methods(x, ref) for _ in range(3)]
    best = min(runs, key=lambda r: sum(r.values()))
    tracemalloc.start()
    all_methods(x, ref)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB

    r, i, t = x.shape
    df = pd.DataFrame({
        "region": np.repeat(np.arange(r), i * t),
        "industry": np.tile(np.repeat(np.arange(i), t), r),
        "year": np.tile(np.arange(t), r * i), "value": x.reshape(-1),
    })
    pandas_s = ours_s = np.inf
    for _ in range(3):
        t0 = time.perf_counter()
        lq_pd, ss_pd = pandas_lq_shift_share(df)
        pandas_s = min(pandas_s, time.perf_counter() - t0)
        t0 = time.perf_counter()
        lq = location_quotient(x, ref)
        ss = shift_share(x[:, :, 0], x[:, :, -1], ref[:, 0], ref[:, -1])
        ours_s = min(ours_s, time.perf_counter() - t0)
    lq_check = lq_pd.sort_values(["region", "industry", "year"])["lq"].to_numpy()
    np.testing.assert_allclose(lq_check, lq.reshape(-1), rtol=1e-12, equal_nan=True)
    rs = ss_pd.sort_index()["regional_share"].to_numpy()
    np.testing.assert_allclose(rs, ss["regional_share"].reshape(-1), rtol=1e-9, atol=1e-9)

    print(f"panel: {r} regions x {i} industries x {t} years")
    print("| figure | value | target |")
    print("|---|---|---|")
    for name, seconds in best.items():
        print(f"| {name} | {seconds:.3f} s | |")
    print(f"| every method, best of 3 runs | {sum(best.values()):.3f} s | < 2 s |")
    print(f"| peak traced memory (numpy arrays) | {peak / 2**20:.0f} MiB | < 1 GB |")
    print(f"| process max RSS before the pandas run | {max_rss:.0f} MiB | |")
    print(f"| LQ + shift-share, pandas groupby/merge, best of 3 | {pandas_s:.3f} s | |")
    print(f"| LQ + shift-share, rancang, best of 3 | {ours_s:.3f} s | |")
    print(f"| ratio pandas / rancang | {pandas_s / ours_s:.1f}x | same numbers (checked) |")


if __name__ == "__main__":
    main()
