"""Fixtures for register tests: a migrated SQLite database and messy office workbooks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine

from rancang.core.db import ensure_schema, make_engine


@pytest.fixture()
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = make_engine(f"sqlite:///{tmp_path / 'register.sqlite'}")
    ensure_schema(eng)
    yield eng
    eng.dispose()


HEADER_TOP = ["No", "NAMA IKM", "NIB", "Alamat", "Kode Desa", "KBLI", "Tenaga Kerja", None,
              "Nilai Investasi (Rp)", "Produksi", None, None, "Sertifikat Halal", "Tahun"]
HEADER_SUB = [None, None, None, None, None, None, "L", "P", None, "Jumlah", "Satuan",
              "Nilai (Rp)", None, None]
ROWS = [
    [1, "UD. Roti Bu Ani", "9120001234567", "Jl. Merdeka No. 3", "72.06.05.1014", "10710",
     2, 3, "Rp 25.000.000", "1.200", "bungkus", "18.000.000", "Ya", 2023],
    [2, "CV Sinar Jaya Mebel", None, "Jln Trans Sulawesi RT 01/RW 02", "72.06.10.2003",
     "31001", 6, 1, 150000000, 40, "unit", "100.000.000", "Tidak", 2023],
    [3, "Ikan Asin Pak Hasan", "9120001234999", "Desa Tofoiso", "72.06.05.1016", "10291",
     1, 1, "5.500.000", "800,5", "kg", "36.022.500", "ya", 2023],
]


def office_workbook(path: Path, rows: list[list[object]] | None = None,
                    *, second_sheet: list[list[object]] | None = None) -> Path:
    """An office register: title, blank row, two merged header rows, data, total row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKM 2023"
    ws["A1"] = "DATA INDUSTRI KECIL DAN MENENGAH KABUPATEN MOROWALI TAHUN 2023"
    for j, v in enumerate(HEADER_TOP, start=1):
        ws.cell(row=3, column=j, value=v)
    for j, v in enumerate(HEADER_SUB, start=1):
        ws.cell(row=4, column=j, value=v)
    ws.merge_cells("G3:H3")
    ws.merge_cells("J3:L3")
    for col in "ABCDEFIMN":
        ws.merge_cells(f"{col}3:{col}4")
    data = ROWS if rows is None else rows
    for i, r in enumerate(data, start=5):
        for j, v in enumerate(r, start=1):
            ws.cell(row=i, column=j, value=v)
    ws.cell(row=5 + len(data), column=2, value="JUMLAH")
    ws.cell(row=5 + len(data), column=7, value=99)
    if second_sheet is not None:
        ws2 = wb.create_sheet("Sentra")
        ws2.append(["Nama Usaha", "Nomor Induk Berusaha", "Alamat Usaha", "Kode Desa", "TK",
                    "Tahun", "Jenis Produk"])
        for r in second_sheet:
            ws2.append(r)
    wb.save(path)
    return path
