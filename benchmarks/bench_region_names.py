"""Region from names, whole command (issue 11 §3): a register sheet of 5,000 rows that gives
regency, district and village names and no code, checked with ``rancang registry import
--dry-run`` by an analyst of Sulawesi Tengah (72).

Usage: .venv/bin/python benchmarks/bench_region_names.py [--rows 5000] [--runs 3]
       [--src DIR]

Data: the synthetic demo register (:func:`~rancang.features.registry.demo.demo_register`,
one reporting year), its village codes and coordinates dropped and its places replaced by
``--rows`` villages of the Kemendagri list of province 72 (each of its about 2,000
villages once in a random order, seed 5, then again) with their
district and regency names as the reference lists write them (``Kabupaten``,
``Kecamatan``, ``Desa/Kelurahan``). Every row's village is thus one that exists, and the
command must resolve all of them to codes (:mod:`rancang.features.registry.region_names`).

Each run is one ``python -m rancang registry import`` process under ``/usr/bin/time -v``:
wall clock, CPU (user + sys), peak resident memory, interpreter start-up, reading, the
name resolution, the checks and the dry-run report included; the load average before it
is printed beside it (the machine may be shared). ``--src`` points at another checkout's
``src`` to measure the same command there.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from cli_timing import time_cli  # noqa: E402


def timed(args: list[str], src: Path) -> tuple[float, float, float, int, str]:
    """(wall s, CPU s, peak MB, exit code, output) of one CLI process."""
    run = time_cli(args, src)
    return run.wall, run.cpu, run.peak_mb, run.code, run.stdout + run.stderr


def sheet(rows: int, path: Path) -> None:
    """The register sheet with names only (see the module docstring)."""
    from rancang.features.registry.demo import demo_register, office_frame
    from rancang.features.registry.region_names import places

    got = places()
    villages = got["village"].filter(pl.col("code").str.starts_with("72."))
    # every village of the province once (in a random order), then again, up to ``rows``
    pick = np.resize(np.random.default_rng(5).permutation(villages.height), rows)
    chosen = villages[pick].select(pl.col("code"), pl.col("name").alias("Desa/Kelurahan"),
                                   pl.col("parent").alias("district"))
    district = got["district"].select(pl.col("code").alias("district"),
                                      pl.col("name").alias("Kecamatan"),
                                      pl.col("parent").alias("regency"))
    regency = got["regency"].select(pl.col("code").alias("regency"),
                                    pl.col("name").alias("Kabupaten"))
    places_of_rows = chosen.join(district, on="district", how="left", maintain_order="left") \
        .join(regency, on="regency", how="left", maintain_order="left")
    # as offices write them: "Kab. Banggai" for every other row, a third of the villages in
    # lower case, one row in a hundred with its third letter dropped from a village name of
    # seven letters or more
    k = pl.int_range(pl.len())
    typed = places_of_rows.with_columns(
        pl.when(k % 2 == 0).then(pl.col("Kabupaten").str.replace("^KABUPATEN ", "Kab. ")
                                 .str.to_titlecase()).otherwise(pl.col("Kabupaten")),
        pl.when(k % 3 == 0).then(pl.col("Desa/Kelurahan").str.to_lowercase())
        .when((k % 100 == 1) & (pl.col("Desa/Kelurahan").str.len_chars() >= 7))
        .then(pl.col("Desa/Kelurahan").str.slice(0, 2) + pl.col("Desa/Kelurahan").str.slice(3))
        .otherwise(pl.col("Desa/Kelurahan")))
    firms = office_frame(demo_register(rows, seed=9, years=(2023,)))
    firms = firms.drop("Kode Desa", "Desa/Kelurahan", "Kecamatan", "Lintang", "Bujur")
    firms.with_columns(typed.select("Kabupaten", "Kecamatan", "Desa/Kelurahan")).write_csv(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    opts = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    tmp = Path(tempfile.mkdtemp())
    names = tmp / "nama.csv"
    sheet(opts.rows, names)
    db = f"sqlite:///{tmp / 'r.sqlite'}"
    env = {**os.environ, "PYTHONPATH": str(opts.src)}
    subprocess.run([sys.executable, "-m", "rancang", "users", "create", "analis", "--role",
                    "analyst", "--region", "72", "--password", "rahasia-123",
                    "--database-url", db], capture_output=True, env=env, check=True)
    args = ["--lang", "en", "registry", "import", str(names), "--dry-run", "--user", "analis",
            "--database-url", db]
    print(f"{opts.rows:,} rows, names of Sulawesi Tengah villages, src={opts.src}")
    print("| run | load before | wall | CPU (user+sys) | peak memory | exit |")
    print("|---|---:|---:|---:|---:|---:|")
    for k in range(opts.runs):
        load = Path("/proc/loadavg").read_text().split()[0]
        wall, cpu, mb, code, out = timed(args, opts.src)
        print(f"| {k + 1} | {load} | {wall:.2f} s | {cpu:.2f} s | {mb:,.0f} MB | {code} |",
              flush=True)
    lines = out.splitlines()
    how: dict[str, int] = {}
    for ln in lines:  # "  village 'x' -> 72.06.01.2001 X (exact, 3 rows)"
        got = re.search(r"^\s+(\S+) .* -> .*\((\w+)[^,]*, (\d+) rows?\)", ln)
        if got:
            key = f"{got.group(1)} {got.group(2)}"
            how[key] = how.get(key, 0) + int(got.group(3))
    print("rows resolved, by level and how (last run):", how)
    print("last line:", lines[-1] if lines else "")


if __name__ == "__main__":
    main()
