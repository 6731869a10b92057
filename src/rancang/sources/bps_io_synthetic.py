"""Synthetic input-output tables in the BPS layout (national 52 and 185 sectors).

BPS publishes the national 2016 tables (52 and 185 sectors) only for download by users; they
are not in our raw data. To test the reader's detection and to benchmark on 185 sectors we
generate a balanced table with the same layout family as the provincial 17-sector files,
and say plainly in its title that it is synthetic (the reader then marks the table
``synthetic``). Nothing here is BPS data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from rancang.io_table import IOTable
from rancang.reference.pdrb import CATEGORY_CODES

__all__ = ["SYNTHETIC_TITLE", "synthetic_io_table", "synthetic_sector_mapping",
           "write_bps_io_xlsx"]

SYNTHETIC_TITLE = ("Tabel Input-Output Indonesia Transaksi Domestik Atas Dasar Harga Produsen "
                   "({n} Produk) 2016 (Juta Rupiah) - DATA SINTETIS buatan Rancang, bukan "
                   "data BPS")
_FD = (("3011", "Konsumsi Rumah Tangga", 0.45), ("3012", "Konsumsi LNPRT", 0.01),
       ("3020", "Konsumsi Pemerintah", 0.09), ("3030", "Pembentukan Modal Tetap Bruto", 0.25),
       ("3041", "Perubahan Inventori", 0.02), ("3071", "Ekspor Luar Negeri", 0.18))
# (4-digit code, 3-digit code) of the rows and columns around the flows
_CODES = {"id": ("1800", "180"), "ft": ("3090", "309"), "out": ("3100", "700"),
          "ii": ("1900", "190"), "imp": ("2000", "200"), "comp": ("2010", "201"),
          "surplus": ("2020", "202"), "va": ("2090", "209"), "ti": ("2100", "210")}
_FD3 = ("301", "301L", "302", "303", "304", "305")


def synthetic_sector_mapping(n: int) -> dict[str, str]:
    """IO sector code -> PDRB category of the synthetic table (blocks in category order).

    >>> m = synthetic_sector_mapping(52)
    >>> m["001"], m["052"], len(set(m.values()))
    ('A', 'R_S_T_U', 17)
    """
    return {f"{k + 1:03d}": CATEGORY_CODES[k * len(CATEGORY_CODES) // n] for k in range(n)}


def synthetic_io_table(n: int = 185, *, seed: int = 0) -> IOTable:
    """A balanced, productive synthetic table of ``n`` sectors (labelled synthetic).

    Notes
    -----
    Coefficients ``a_ij`` are sparse log-normal draws scaled so that column sums lie in
    [0.25, 0.6]; imported inputs take 3-15 % and value added the rest of each column
    (compensation of employees 30-60 % of it). Final demand is log-normal, split over six
    categories; ``x = (I - A)⁻¹ f`` and ``Z = A x̂``, so every row and column adds up.

    Example
    -------
    >>> t = synthetic_io_table(52, seed=1)
    >>> t.n, t.synthetic, bool(np.allclose(t.z.sum(1) + t.final_demand.sum(1), t.x))
    (52, True, True)
    """
    rng = np.random.default_rng(seed)
    a = rng.lognormal(0.0, 1.2, (n, n)) * (rng.random((n, n)) < min(1.0, 12.0 / n + 0.1))
    a += np.eye(n) * rng.lognormal(0.0, 0.5, n)
    col = a.sum(axis=0)
    a *= rng.uniform(0.25, 0.6, n) / np.where(col > 0, col, 1.0)
    m = rng.uniform(0.03, 0.15, n)
    va = 1.0 - a.sum(axis=0) - m
    f_total = rng.lognormal(np.log(5e6), 1.0, n)
    shares = rng.dirichlet([s * 20 for _, _, s in _FD], n)
    fd = f_total[:, None] * shares
    x = np.linalg.solve(np.eye(n) - a, fd.sum(axis=1))
    z = a * x[None, :]
    comp = va * rng.uniform(0.3, 0.6, n) * x
    return IOTable(
        z=z, x=x, sector_codes=tuple(f"{k + 1:03d}" for k in range(n)),
        sector_names=tuple(f"Sektor sintetis {k + 1:03d}" for k in range(n)),
        final_demand=fd, final_demand_codes=tuple(c for c, _, _ in _FD),
        final_demand_names=tuple(name for _, name, _ in _FD), value_added=va * x,
        compensation=comp, imports_foreign=m * x, household_column=0,
        title=SYNTHETIC_TITLE.format(n=n), unit="juta rupiah", year=2016,
        source="synthetic", synthetic=True,
    )


def write_bps_io_xlsx(table: IOTable, path: str | Path, *, three_digit: bool = False) -> Path:
    """Write a table in the BPS layout (title row, Deskripsi/Kode header, code row).

    ``three_digit=True`` uses the older national codes (180, 301 ..., 190, 200, 201, 209,
    210) instead of the 2016 four-digit ones (1800, 3011 ..., 1900, 2000, 2010, 2090, 2100).
    """
    import xlsxwriter

    path = Path(path)
    k = 1 if three_digit else 0
    code = {key: pair[k] for key, pair in _CODES.items()}
    fd_codes = _FD3[: len(table.final_demand_codes)] if three_digit else table.final_demand_codes
    n = table.n
    wb = xlsxwriter.Workbook(str(path))
    try:
        ws = wb.add_worksheet(f"IO ({n}x{n})")
        ws.write(0, 1, table.title)
        heads = ([*table.sector_names, "Total Permintaan Antara", *table.final_demand_names,
                  "Total Permintaan Akhir", "Total Output"])
        codes = [*table.sector_codes, code["id"], *fd_codes, code["ft"], code["out"]]
        ws.write_row(2, 1, ["Deskripsi", "Kode", *heads])
        ws.write_row(3, 3, codes)
        fd_sum = table.final_demand.sum(axis=1)
        body = np.column_stack([table.z, table.z.sum(axis=1), table.final_demand, fd_sum,
                                table.x])
        for i in range(n):
            ws.write_row(4 + i, 1, [table.sector_names[i], table.sector_codes[i]])
            ws.write_row(4 + i, 3, body[i].tolist())
        imports = table.imports if table.imports is not None else np.zeros(n)
        comp = table.compensation if table.compensation is not None else None
        va = table.value_added if table.value_added is not None else np.zeros(n)
        extra = [("Input Antara Impor", code["imp"], imports),
                 ("Total Input Antara", code["ii"], table.z.sum(axis=0) + imports)]
        if comp is not None:
            extra += [("Kompensasi Tenaga Kerja", code["comp"], comp),
                      ("Surplus Usaha Bruto dan Lainnya", code["surplus"], va - comp)]
        extra += [("Nilai Tambah Bruto", code["va"], va), ("Total Input", code["ti"], table.x)]
        for r, (name, c, vec) in enumerate(extra, start=4 + n):
            ws.write_row(r, 1, [name, c, *np.asarray(vec).tolist()])
    finally:
        wb.close()
    return path
