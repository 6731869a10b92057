"""Reading the data users have: the 8 real BPS PDRB exports, and the same data in the
other layouts.

Usage: .venv/bin/python benchmarks/bench_readers.py [RAW_DIR]

Prints best-of-5 seconds for: the raw sheet load (fastexcel, the floor), ``read_panel`` on
the 8 files (layout detection, parsing, checks, combining the years), the same panel as a
tidy long CSV and XLSX, the total-column check, the crosswalk lookups, and the peer: pandas
``read_excel`` of the 8 files (openpyxl engine, the way field scripts read them) with the
reshaping a script needs to get a region x industry x year table.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_RAW = HERE.parents[1] / "shared" / "data" / "raw"


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    from rancang.sources._cells import _sheets

    times = []
    for _ in range(repeat):
        _sheets.cache_clear()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def pandas_peer(files: list[Path]) -> object:
    import pandas as pd

    frames = []
    for f in files:
        df = pd.read_excel(f, header=[1, 2], engine="openpyxl")
        year = int(df.columns[6][1])
        codes = df.iloc[:, 4].astype(str)
        values = df.iloc[:, 7:].apply(pd.to_numeric, errors="coerce")
        values.columns = [c[0].rsplit("-", 1)[-1].strip() for c in values.columns]
        values.insert(0, "code", codes)
        long = values.melt(id_vars="code", var_name="industry", value_name="value")
        long["year"] = year
        frames.append(long[~long["code"].str.endswith("00") & (long["code"] != "9999")])
    return pd.concat(frames).pivot_table(index=["code", "industry"], columns="year",
                                         values="value")


def main() -> None:
    import fastexcel

    from rancang.panel import Panel
    from rancang.reference.regions import load_crosswalk, other_code
    from rancang.sources import read_panel, total_discrepancies

    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_RAW
    folder = raw / "bps-pdrb-kabkota-adhk-2013-2020"
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return
    files = sorted(folder.glob("*.xlsx"))
    panel = read_panel(files)
    rows: list[tuple[str, float]] = []
    rows.append(("fastexcel sheet load only, 8 files (floor)", best(lambda: [
        fastexcel.read_excel(str(f)).load_sheet(0, header_row=None, dtypes="string")
        .to_polars() for f in files])))
    rows.append(("read_panel, 8 BPS files -> 514 x 17 x 8 + 35 references",
                 best(lambda: read_panel(files))))
    rows.append(("total_discrepancies, 8 files", best(
        lambda: [total_discrepancies(f) for f in files])))
    with tempfile.TemporaryDirectory() as tmp:
        long = panel.to_long().drop("measure", "unit")
        csv, xlsx = Path(tmp) / "long.csv", Path(tmp) / "long.xlsx"
        long.write_csv(csv)
        long.write_excel(xlsx)
        rows.append((f"read_panel, tidy long CSV ({long.height:,} rows)",
                     best(lambda: read_panel([csv]))))
        rows.append((f"read_panel, tidy long XLSX ({long.height:,} rows)",
                     best(lambda: read_panel([xlsx]), repeat=3)))
    kem = list(load_crosswalk()["kemendagri_code"])
    rows.append(("other_code, 514 Kemendagri codes x 100",
                 best(lambda: [other_code(c) for _ in range(100) for c in kem])))
    p = Panel(values=panel.values, region_codes=panel.region_codes,
              industry_codes=panel.industry_codes, years=panel.years)
    rows.append(("Panel.region_index('72.06') on the 514-region panel",
                 best(lambda: p.region_index("72.06"))))
    peer = best(lambda: pandas_peer(files), repeat=3)
    rows.append(("peer: pandas.read_excel (openpyxl) + melt/pivot, 8 files", peer))
    width = max(len(r[0]) for r in rows)
    print(f"{'step':{width}}  seconds")
    for name, sec in rows:
        print(f"{name:{width}}  {sec:8.4f}")
    print(f"ratio peer / read_panel: {peer / rows[1][1]:.1f}x")


if __name__ == "__main__":
    main()
