"""Readers on small files written here: every layout, every kind of bad input."""

import openpyxl
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rancang import InputError
from rancang.reference.pdrb import CATEGORY_CODES, category_title
from rancang.sources import detect_layout, read_dalam_angka, read_long, read_panel
from rancang.sources._cells import parse_number

from .test_bad_input import good_rows, write_bps

# the assertions read English messages
pytestmark = pytest.mark.usefixtures("english")

LONG_HEADER = "region_code,industry_code,year,value"


def long_rows(codes=("7203", "7206"), years=(2019, 2020), industries=("A", "C")):
    return [f"{r},{i},{y},{10 + k}" for k, (r, i, y) in enumerate(
        (r, i, y) for r in codes for i in industries for y in years)]


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ BPS layout
def test_bps_missing_column(tmp_path):
    f = write_bps(tmp_path / "m.xlsx", 2020, good_rows())
    wb = openpyxl.load_workbook(f)
    wb.active["F3"] = "Wilayah"
    wb.save(f)
    with pytest.raises(InputError) as exc:
        read_panel([f])
    p = exc.value.problems[0]
    assert (p.file, p.sheet, p.row) == ("m.xlsx", "Flexmonster Pivot Table", 3)
    assert "Nama Wilayah" in str(p.message)


def test_bps_collects_every_problem_and_names_empty_cells(tmp_path):
    rows = good_rows()
    rows[1][2][0] = "abc"  # row 5, column H
    rows[1][2][16] = None  # row 5, column X: no value for 2020
    rows[2][2][4] = -1.0  # row 6, column L
    with pytest.raises(InputError) as exc:
        read_panel([write_bps(tmp_path / "many.xlsx", 2020, rows)])
    got = [(p.row, p.column) for p in exc.value.problems]
    assert got == [(5, "H"), (5, "X"), (6, "L")]
    assert "no value for 2020" in str(exc.value.problems[1].message)
    assert "3 problems" in str(exc.value)


def test_bps_decimal_commas_and_adhb(tmp_path):
    rows = good_rows()
    rows[1][2][2] = "1.234,5"
    prefix = "PDRB ADHB Berdasarkan Lapangan Usaha"
    titles = [f"{prefix} - {category_title(c)}" for c in CATEGORY_CODES]
    p = read_panel([write_bps(tmp_path / "adhb.xlsx", 2020, rows, titles=titles)])
    assert p.measure == "pdrb_adhb" and p.values[0, 2, 0] == 1234.5


def test_years_combine_across_code_systems_and_layouts(tmp_path):
    write_bps(tmp_path / "a2019.xlsx", 2019, good_rows())
    lines = [f"{LONG_HEADER},measure"]
    for code in ("72.06", "72.04", "72"):
        lines += [f"{code},{c},2020,{k + 1},pdrb_adhk" for k, c in enumerate(CATEGORY_CODES)]
    write_lines(tmp_path / "b2020.csv", lines)
    p = read_panel([tmp_path])
    assert p.region_codes == ("7203", "7206") and p.years == (2019, 2020)
    assert p.values[p.region_index("72.06"), 2, 1] == 3.0
    assert p.references.values[0, 0].tolist() == [100.0, 1.0]


def test_industries_differ_between_files(tmp_path):
    write_lines(tmp_path / "a.csv", [LONG_HEADER, *long_rows(years=(2019,))])
    write_lines(tmp_path / "b.csv", [LONG_HEADER, *long_rows(years=(2020,),
                                                             industries=("A", "F"))])
    with pytest.raises(InputError, match="industries differ") as exc:
        read_panel([tmp_path])
    assert exc.value.problems[0].file == "b.csv" and "lacks C" in str(exc.value)


# ------------------------------------------------------------------ long layout
def test_long_collects_every_problem(tmp_path):
    lines = [LONG_HEADER, *long_rows()]
    lines[2] = "7203,A,2020,x"  # text in a number cell: row 3
    lines[3] = "7203,C,20x9,5"  # text in year: row 4
    lines[5] = "7206,A,2019,-2"  # negative: row 6
    lines.append("7206,C,2020,3")  # duplicate of row 9: row 10
    with pytest.raises(InputError) as exc:
        read_long(write_lines(tmp_path / "bad.csv", lines))
    got = [(p.row, p.column, str(p.message).split()[0]) for p in exc.value.problems]
    assert got == [(3, "value", "value"), (4, "year", "year"), (6, "value", "negative"),
                   (10, "region_code, industry_code, year", "duplicate")]
    assert "also row 9" in str(exc.value.problems[-1].message)


def test_long_missing_column_and_missing_year(tmp_path):
    with pytest.raises(InputError, match=r"missing column\(s\): value") as exc:
        read_long(write_lines(tmp_path / "nocol.csv", ["region_code,industry_code,year,nilai",
                                                        "7203,C,2020,1"]))
    assert exc.value.problems[0].row == 1
    rows = [r for r in long_rows() if not r.startswith("7206,C,2020")]
    with pytest.raises(InputError) as exc:
        read_long(write_lines(tmp_path / "hole.csv", [LONG_HEADER, *rows]))
    p = exc.value.problems[0]
    assert "region 7206 has 3 of 4" in str(p.message) and p.column == "year"
    assert p.row == 6  # the region's first row


def test_long_xlsx_with_names_and_reference_flag(tmp_path):
    f = tmp_path / "long.xlsx"
    pl.DataFrame({
        "Region_Code": ["72.06", "72.06", "72", "72"],
        "industry_code": ["C", "C", "C", "C"],
        "year": [2019, 2020, 2019, 2020],
        "value": [1.5, 2.5, 10.0, 12.0],
        "region_name": ["Morowali"] * 2 + ["Sulawesi Tengah"] * 2,
        "unit": ["miliar rupiah"] * 4,
        "is_reference": ["", "", "ya", "ya"],
    }).write_excel(f, worksheet="Data")
    assert detect_layout(f) == "long"
    p = read_panel([f])
    assert p.region_names == ("Morowali",) and p.unit == "miliar rupiah"
    assert p.values[0, 0].tolist() == [1.5, 2.5] and p.parent_codes == ("72",)
    bad = tmp_path / "bad.xlsx"
    pl.DataFrame({"region_code": ["7203"], "industry_code": ["C"], "year": [2020],
                  "value": ["banyak"]}).write_excel(bad, worksheet="Data")
    with pytest.raises(InputError) as exc:
        read_panel([bad])
    p = exc.value.problems[0]
    assert (p.file, p.sheet, p.row, p.column) == ("bad.xlsx", "Data", 2, "value")


def test_long_table_of_provinces(tmp_path):
    rows = long_rows(codes=("7200", "7300", "9999"), years=(2020,))
    p = read_long(write_lines(tmp_path / "prov.csv", [LONG_HEADER, *rows]))
    assert p.region_codes == ("7200", "7300") and p.references.region_codes == ("9999",)


# ------------------------------------------------------------------ Dalam Angka layout
def _da_sheet(ws, code_line, years, scale, *, split_letter=False):
    ws.append(["PDRB Atas Dasar Harga Konstan 2010 (miliar rupiah)"])
    if code_line:
        ws.append([code_line])
    ws.append(["Kode", "Lapangan Usaha", *years] if split_letter
              else ["Lapangan Usaha", *years])
    for k, c in enumerate(CATEGORY_CODES):
        vals = [scale * (k + 1) + t for t in range(len(years))]
        if split_letter:
            ws.append([c.replace("_", ","), category_title(c), *vals])
        else:
            ws.append([f"{c.replace('_', ',')}. {category_title(c)}", *vals])
        if c == "C":
            ws.append([None, "   1. Industri Batubara dan Pengilangan Migas", *vals]
                      if split_letter else ["   a. Industri Logam Dasar", *vals])
    ws.append(["PDRB", *[999] * len(years)])


def test_dalam_angka_xlsx_two_sheets(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "7203 Morowali"
    _da_sheet(ws, None, ["2019", "2020*"], 10.0, split_letter=True)
    _da_sheet(wb.create_sheet("Acuan 7200 Sulawesi Tengah"), None, [2019, "2020**"], 100.0)
    f = tmp_path / "da.xlsx"
    wb.save(f)
    assert detect_layout(f) == "dalam_angka"
    p = read_panel([f])
    assert p.region_codes == ("7203",) and p.region_names == ("Morowali",)
    assert p.references.region_codes == ("7200",) and p.parent_codes == ("7200",)
    assert (p.measure, p.unit, p.years) == ("pdrb_adhk", "miliar rupiah", (2019, 2020))
    assert p.values[0, CATEGORY_CODES.index("M_N"), :].tolist() == [130.0, 131.0]
    assert p.reference_vector("72")[0].tolist() == [100.0, 101.0]


def test_dalam_angka_semicolon_csv_with_decimal_commas(tmp_path):
    lines = ["Wilayah: 72.06 Morowali", "Lapangan Usaha;2019;2020"]
    lines += [f'"{category_title(c)}";{k},5;{k},75' for k, c in enumerate(CATEGORY_CODES)]
    p = read_dalam_angka(write_lines(tmp_path / "da.csv", lines))
    assert p.region_codes == ("72.06",) and p.references is None
    assert p.values[0, 1].tolist() == [1.5, 1.75]


def test_dalam_angka_problems(tmp_path):
    lines = ["Wilayah: 7203 Morowali", "Lapangan Usaha,2019,2020"]
    for k, c in enumerate(CATEGORY_CODES):
        if c == "F":
            continue  # category missing
        lines.append(f'"{category_title(c)}",{k},{"-3" if c == "G" else k}')
    lines.append("Acuan: 7200 Sulawesi Tengah")
    lines.append("Lapangan Usaha,2019")  # a year missing
    lines += [f'"{category_title(c)}",{k}' for k, c in enumerate(CATEGORY_CODES)]
    with pytest.raises(InputError) as exc:
        read_dalam_angka(write_lines(tmp_path / "bad.csv", lines))
    msgs = [str(p) for p in exc.value.problems]
    assert any("row 8, column 'C'" in m and "negative" in m for m in msgs)
    assert any("lacks categories F" in m for m in msgs)
    assert any("region 7200 has no column for year(s) 2020" in m for m in msgs)


# ------------------------------------------------------------------ paths and layouts
def test_paths_and_unknown_layouts(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_panel([tmp_path / "nope.csv"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"no \.xlsx or \.csv"):
        read_panel([tmp_path / "empty"])
    with pytest.raises(InputError, match="unsupported file type"):
        detect_layout(write_lines(tmp_path / "x.txt", ["a"]))
    with pytest.raises(InputError, match="layout not recognised"):
        detect_layout(write_lines(tmp_path / "x.csv", ["nama,nilai", "Morowali,3"]))


@settings(max_examples=60, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_number_formats_round_trip(value):
    plain = f"{value:.2f}"
    thousands = f"{value:,.2f}"
    indonesian = thousands.replace(",", "_").replace(".", ",").replace("_", ".")
    for text in (plain, plain.replace(".", ","), thousands, indonesian):
        assert parse_number(text) == pytest.approx(float(value), rel=1e-12), text
