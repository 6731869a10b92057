"""Whole-process scale (issue 11 §2): the commands a user runs, beside the peers, one run.

Run: .venv/bin/python benchmarks/bench_scale.py [--villages 83000] [--regions 5000]
     [--industries 1000] [--skip-ecomplexity] [--skip-decide] [--runs 3]

1. ``rancang decide rank`` on 83,000 alternatives x 8 criteria (uniform random, seed 0),
   default options (TOPSIS, rank intervals), and pymcdm 1.4.0's TOPSIS on the same CSV in
   its own process (read with numpy, score, rank; no intervals), both with Hwang & Yoon's
   vector normalisation. Same scores checked (ranking.csv keeps 6 decimals).
2. ``rancang complexity`` on the long CSV of ``synthetic_panel(5000, 1000, 1, seed=3)``
   (5 M rows), default options, and ecomplexity 0.5.3 in its own process (pandas
   read_csv + ecomplexity). Same ECI and PCI checked.

Every figure is the whole process under ``/usr/bin/time -v``: wall clock, CPU time
(user + sys, all threads: less sensitive than the wall clock to other work on the
machine) and peak resident memory, interpreter start-up, reading and writing included;
the 1-minute load average before each process is printed beside it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from cli_timing import time_process  # noqa: E402

PY = sys.executable


LOADS: list[str] = []
RUNS = 1


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB and stdout+stderr of a whole process (its CPU time
    and the load average before it are appended to ``LOADS``)."""
    load = Path("/proc/loadavg").read_text().split()[0]
    run = time_process(cmd, env, cwd=ROOT)
    if run.code != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    LOADS.append(f"cpu {run.cpu:.2f} s, load {load}")
    return run.wall, run.peak_mb, run.stdout + run.stderr


def decide(tmp: Path, n: int) -> list[tuple[str, float, float]]:
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 100, size=(n, 8))
    matrix = tmp / "MATRIX.csv"
    pl.DataFrame({"alternative": [f"desa{i:05d}" for i in range(n)],
                  **{f"c{j}": np.round(x[:, j], 4) for j in range(8)}}).write_csv(matrix)
    criteria = tmp / "CRITERIA.csv"
    criteria.write_text("criterion,weight,direction\n" + "".join(
        f"c{j},{j + 1},{'cost' if j % 3 == 0 else 'benefit'}\n" for j in range(8)))
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    out = tmp / "rank"
    wall, rss, text = timed([PY, "-m", "rancang", "decide", "--lang", "en", "rank",
                             str(matrix), "--criteria", str(criteria), "--out", str(out)], env)
    said = [ln for ln in text.splitlines() if "samples" in ln or "acceptability" in ln]
    peer = textwrap.dedent(f"""
        import numpy as np
        from pymcdm.methods import TOPSIS
        from pymcdm.helpers import rankdata
        from pymcdm.normalizations import vector_normalization
        x = np.loadtxt({str(matrix)!r}, delimiter=",", skiprows=1, usecols=range(1, 9))
        w = np.arange(1, 9) / 36.0
        t = np.array([-1 if j % 3 == 0 else 1 for j in range(8)])
        p = TOPSIS(normalization_function=vector_normalization)(x, w, t)
        r = rankdata(p, reverse=True)
        np.save({str(tmp / "pymcdm.npy")!r}, p)
    """)
    pwall, prss, _ = timed([PY, "-c", peer])
    ours = pl.read_csv(out / "ranking.csv").sort("alternative")["score"].to_numpy()
    theirs = np.load(tmp / "pymcdm.npy")
    diff = float(np.abs(ours - theirs).max())  # ranking.csv keeps 6 decimals
    print(f"decide rank: {n} x 8; said: {said}; max |score - pymcdm| = {diff:.1e}")
    return [(f"rancang decide rank, {n:,} x 8, rank intervals", wall, rss),
            (f"pymcdm 1.4.0 TOPSIS, {n:,} x 8, scores and ranks only", pwall, prss)]


def complexity(tmp: Path, regions: int, industries: int, peer: bool
               ) -> list[tuple[str, float, float]]:
    sys.path.insert(0, str(ROOT / "src"))
    from rancang.sources.synthetic import synthetic_panel

    panel = synthetic_panel(regions, industries, 1, seed=3)
    long = tmp / "long.csv"
    panel.to_long().select("region_code", "industry_code", "year", "value").write_csv(long)
    print(f"complexity input: {long.stat().st_size / 1e6:.0f} MB, "
          f"{regions * industries:,} rows")
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    out = tmp / "cx"
    runs = [timed([PY, "-m", "rancang", "complexity", str(long), "--lang", "en", "--quiet",
                   "--out", str(out)], env) for _ in range(RUNS)]
    if RUNS > 1:  # the median run by wall clock; every run's figures are in LOADS
        print("complexity runs: " + "; ".join(f"{w:.2f} s, {r:,.0f} MB, {load}" for (w, r, _),
                                               load in zip(runs, LOADS[-RUNS:], strict=True)))
        cpu = sorted(LOADS[-RUNS:], key=lambda c: float(c.split()[1]))[RUNS // 2]
        del LOADS[-RUNS:]
        LOADS.append(f"median {cpu}")
    wall, rss, text = sorted(runs, key=lambda x: x[0])[RUNS // 2]
    rss = max(r for _, r, _ in runs)
    sizes = {p.name: f"{p.stat().st_size / 1e6:.1f} MB" for p in sorted(out.iterdir())}
    said = [ln for ln in text.splitlines() if "draws" in ln or "Parquet" in ln]
    print(f"complexity outputs: {sizes}; said: {said}")
    rows = [(f"rancang complexity, {regions:,} x {industries:,}, every output", wall, rss)]
    if not peer:
        return rows
    script = textwrap.dedent(f"""
        import contextlib, io, warnings
        import pandas as pd
        from ecomplexity import ecomplexity
        df = pd.read_csv({str(long)!r})
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            out = ecomplexity(df, {{"time": "year", "loc": "region_code",
                                   "prod": "industry_code", "val": "value"}}, verbose=False)
        out.groupby("region_code")["eci"].first().to_csv({str(tmp / "eci_peer.csv")!r})
        out.groupby("industry_code")["pci"].first().to_csv({str(tmp / "pci_peer.csv")!r})
    """)
    pwall, prss, _ = timed([PY, "-c", script])
    ours = pl.read_csv(out / "eci.csv").sort("region_code")["eci"].to_numpy()
    theirs = pl.read_csv(tmp / "eci_peer.csv").sort("region_code")["eci"].to_numpy()
    ours_p = pl.read_csv(out / "pci.csv").sort("industry_code")["pci"].to_numpy()
    theirs_p = pl.read_csv(tmp / "pci_peer.csv").sort("industry_code")["pci"].to_numpy()
    print(f"max |eci - ecomplexity| = {np.nanmax(np.abs(ours - theirs)):.1e}, "
          f"max |pci - ecomplexity| = {np.nanmax(np.abs(ours_p - theirs_p)):.1e}")
    rows.append((f"ecomplexity 0.5.3 (pandas read_csv + ecomplexity), "
                 f"{regions:,} x {industries:,}", pwall, prss))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--villages", type=int, default=83_000)
    ap.add_argument("--regions", type=int, default=5_000)
    ap.add_argument("--industries", type=int, default=1_000)
    ap.add_argument("--skip-ecomplexity", action="store_true")
    ap.add_argument("--skip-decide", action="store_true")
    ap.add_argument("--runs", type=int, default=1,
                    help="runs of rancang complexity: the median wall and CPU, the largest peak")
    a = ap.parse_args()
    global RUNS
    RUNS = a.runs
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        rows = [] if a.skip_decide else decide(tmp, a.villages)
        rows += complexity(tmp, a.regions, a.industries, not a.skip_ecomplexity)
    print("\n| command (whole process) | wall | CPU (user+sys), load before | peak memory |\n"
          "|---|---:|---:|---:|")
    for (name, wall, rss), load in zip(rows, LOADS, strict=True):
        print(f"| {name} | {wall:.2f} s | {load} | {rss:,.0f} MB |")


if __name__ == "__main__":
    main()
