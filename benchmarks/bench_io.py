"""Input-output figures of issue 3 on a synthetic 185-sector table, side by side with pymrio.

Usage: .venv/bin/python benchmarks/bench_io.py [--repeat 30]

Data: ``synthetic_io_table(185, seed=0)`` (balanced, labelled synthetic; the national BPS
185-sector table is not in our raw data). Timed, best of ``--repeat`` runs each:

* ours: technical coefficients, Leontief inverse, Ghosh inverse, output / value-added /
  income multipliers (simple and type I), Rasmussen backward and Ghosh forward linkages,
  key-sector classes and hypothetical extraction (everything ``rancang io`` computes
  from the table's arrays);
* pymrio: ``calc_A``, ``calc_L``, ``calc_B`` + ``calc_G``, ``calc_S`` + ``calc_M`` for the
  same two factor rows, and the same linkage sums with pandas on its DataFrames.

Also the whole ``rancang io`` command on the table written as a BPS-layout .xlsx (read,
compute, write CSV + io.xlsx). Checks that both give the same numbers.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from rancang.analysis.input_output import (
    allocation_coefficients,
    ghosh_inverse,
    hypothetical_extraction,
    key_sectors,
    leontief_inverse,
    linkages,
    output_multipliers,
    simple_multipliers,
    technical_coefficients,
    type_i_multipliers,
)
from rancang.sources.bps_io_synthetic import synthetic_io_table, write_bps_io_xlsx


def ours(z: np.ndarray, x: np.ndarray, factors: np.ndarray) -> dict[str, np.ndarray]:
    a = technical_coefficients(z, x)
    l_inv = leontief_inverse(a)
    g_inv = ghosh_inverse(allocation_coefficients(z, x))
    coef = factors / x
    links = linkages(l_inv, g_inv)
    return {
        "A": a, "L": l_inv, "G": g_inv, "output": output_multipliers(l_inv),
        "M": simple_multipliers(coef, l_inv), "type1": type_i_multipliers(coef[1], l_inv),
        "backward": links["backward"], "forward": links["forward"],
        "class": key_sectors(links["backward"], links["forward"]),
        "extraction": hypothetical_extraction(l_inv, x),
    }


def peer(pymrio, z: pd.DataFrame, x: pd.DataFrame, f: pd.DataFrame) -> dict[str, object]:
    a = pymrio.calc_A(z, x)
    l_inv = pymrio.calc_L(a)
    g_inv = pymrio.calc_G(pymrio.calc_B(z, x))
    m = pymrio.calc_M(pymrio.calc_S(f, x), l_inv)
    n = len(l_inv)
    backward = n * l_inv.sum(axis=0) / l_inv.to_numpy().sum()
    forward = n * g_inv.sum(axis=1) / g_inv.to_numpy().sum()
    return {"A": a, "L": l_inv, "G": g_inv, "output": l_inv.sum(axis=0), "M": m,
            "backward": backward, "forward": forward}


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    import pymrio

    t = synthetic_io_table(185, seed=0)
    factors = np.vstack([t.value_added, t.compensation])
    sectors = pd.Index(t.sector_codes, name="sector")
    z_df = pd.DataFrame(t.z, index=sectors, columns=sectors)
    x_df = pd.DataFrame({"indout": t.x}, index=sectors)
    f_df = pd.DataFrame(factors, index=["value_added", "compensation"], columns=sectors)

    a, b = ours(t.z, t.x, factors), peer(pymrio, z_df, x_df, f_df)
    for key in ("A", "L", "G", "M"):
        np.testing.assert_allclose(a[key], np.asarray(b[key]), rtol=1e-9, atol=1e-12)
    for key in ("output", "backward", "forward"):
        np.testing.assert_allclose(a[key], np.asarray(b[key]).reshape(-1), rtol=1e-9)

    t_ours = best(lambda: ours(t.z, t.x, factors), args.repeat)
    t_peer = best(lambda: peer(pymrio, z_df, x_df, f_df), args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_bps_io_xlsx(t, Path(tmp) / "io185.xlsx")
        from rancang.cli import main as cli

        t0 = time.perf_counter()
        try:
            cli(["io", str(path), "--out", str(Path(tmp) / "out"), "--quiet"])
        except SystemExit as exc:  # Typer ends with sys.exit(0)
            assert not exc.code, exc.code
        t_cli = time.perf_counter() - t0

    print(f"machine: {platform.processor() or platform.machine()}, Python "
          f"{platform.python_version()}, numpy {np.__version__}, pymrio {pymrio.__version__}")
    print("185-sector synthetic table, best of", args.repeat)
    print(f"| rancang: A, L, G, multipliers, linkages, key sectors, extraction | "
          f"{1000 * t_ours:.1f} ms |")
    print(f"| pymrio: calc_A, calc_L, calc_B + calc_G, calc_S + calc_M, linkage sums | "
          f"{1000 * t_peer:.1f} ms |")
    print(f"| ratio pymrio / rancang | {t_peer / t_ours:.1f}x |")
    print(f"| `rancang io` on the .xlsx (read, compute, write 6 CSV + io.xlsx) | "
          f"{t_cli:.2f} s |")
    print("target < 50 ms:", "met" if t_ours < 0.05 else "NOT met")


if __name__ == "__main__":
    main()
