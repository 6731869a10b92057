"""The formatted workbook and CSV writers, read back with a different library (openpyxl)."""

import math

import openpyxl
import polars as pl

from rancang.core.i18n import format_number_id, format_rupiah, header_label
from rancang.sources.writers import write_csvs, write_workbook


def _table():
    return pl.DataFrame(
        {"region_code": ["7203", "7203"], "industry_code": ["A", "C"], "year": [2020, 2020],
         "lq": [1.25, float("nan")]}
    )


def test_workbook_headers_formats_and_synthetic_banner(tmp_path):
    path = write_workbook(
        tmp_path / "a.xlsx", {"LQ": _table()}, about={"Periode": "2013-2020"}, synthetic=True
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Keterangan", "LQ"]
    about = wb["Keterangan"]
    assert "SINTETIS" in about["A3"].value
    ws = wb["LQ"]
    assert ws["A1"].value == "DATA SINTETIS"
    assert [c.value for c in ws[2]] == ["Kode wilayah", "Kode lapangan usaha", "Tahun", "LQ"]
    assert ws["D3"].value == 1.25
    assert ws["D3"].number_format == "#,##0.0000"
    assert ws["D4"].value is None  # NaN (undefined LQ) is left blank, never a number
    assert ws.freeze_panes == "A3"


def test_workbook_english_and_no_banner(tmp_path):
    path = write_workbook(tmp_path / "b.xlsx", {"LQ": _table()}, lang="en")
    ws = openpyxl.load_workbook(path)["LQ"]
    assert [c.value for c in ws[1]] == ["Region code", "Industry code", "Year", "LQ"]


def test_csv_round_trip_keeps_machine_names(tmp_path):
    (path,) = write_csvs(tmp_path, {"location_quotient": _table()})
    back = pl.read_csv(path, schema_overrides={"region_code": pl.String})
    assert back.columns == ["region_code", "industry_code", "year", "lq"]
    assert back["lq"][0] == 1.25 and math.isnan(back["lq"][1])


def test_labels_and_indonesian_numbers():
    assert header_label("region_code") == "Kode wilayah"
    assert header_label("region_code", "en") == "Region code"
    assert header_label("unknown_col") == "unknown_col"
    assert format_number_id(1234567.891) == "1.234.567,89"
    assert format_rupiah(1.2e9) == "Rp 1,2 miliar"


def test_year_columns_get_no_thousands_format(tmp_path):
    frame = pl.DataFrame({"year": [2020], "base_year": [2024], "target_year": [2035],
                          "ripin_year": [2035], "count": [12345]})
    path = write_workbook(tmp_path / "y.xlsx", {"T": frame})
    ws = openpyxl.load_workbook(path)["T"]
    formats = {name: ws.cell(2, c).number_format for c, name in enumerate(frame.columns, 1)}
    assert all("#,##0" not in formats[k] for k in ("year", "base_year", "target_year",
                                                     "ripin_year")), formats
    assert formats["count"] == "#,##0"


def test_title_line_formats_and_names(tmp_path):
    """A title line above the table, then the banner, then the header; percent, rank and
    money formats; a name column beside the code; fractions stay fractions (12.5% is
    0.125), ranks whole numbers."""
    from rancang.sources.writers import with_names

    frame = pl.DataFrame({"industry_code": ["C", "A"], "rank": [1.0, 2.0],
                          "share": [0.125, 0.05], "value": [1234567.5, 10.0],
                          "lq": [1.5, 0.25]})
    frame = with_names(frame, "industry_code", {"C": "Industri Pengolahan"}, "industry_name")
    assert frame.columns[:2] == ["industry_code", "industry_name"]
    path = write_workbook(tmp_path / "t.xlsx", {"Tabel": frame}, synthetic=True,
                          titles={"Tabel": "Industri unggulan · Morowali (72.06) · 2013–2024"},
                          formats={"share": "percent", "value": "money"},
                          headers={"industry_name": "Nama lapangan usaha"})
    ws = openpyxl.load_workbook(path)["Tabel"]
    assert ws["A1"].value == "Industri unggulan · Morowali (72.06) · 2013–2024"
    assert ws["A1"].font.b
    assert ws["A2"].value == "DATA SINTETIS"
    assert [c.value for c in ws[3]][:2] == ["Kode lapangan usaha", "Nama lapangan usaha"]
    assert ws.freeze_panes == "A4"
    row = {ws.cell(3, k).value: ws.cell(4, k) for k in range(1, ws.max_column + 1)}
    assert row["Nama lapangan usaha"].value == "Industri Pengolahan"
    assert ws.cell(5, 2).value is None  # no name known for A: left empty, never invented
    assert row["Peringkat"].value == 1 and row["Peringkat"].number_format == "0"
    share = row["Kontribusi (pangsa)"]
    assert share.value == 0.125 and share.number_format == "0.00%"
    assert row["Nilai"].value == 1234567.5 and row["Nilai"].number_format == "#,##0.00"
    assert row["LQ"].number_format == "#,##0.0000"


def test_no_title_keeps_the_header_first(tmp_path):
    path = write_workbook(tmp_path / "n.xlsx", {"LQ": _table()}, lang="en")
    ws = openpyxl.load_workbook(path)["LQ"]
    assert ws["A1"].value == "Region code" and ws.freeze_panes == "A2"
