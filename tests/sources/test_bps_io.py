"""BPS input-output reader: real provincial tables, synthetic national layouts, bad input."""

import numpy as np
import openpyxl
import pytest

from rancang.core.errors import InputError
from rancang.sources.bps_io import detect_io_layout, looks_like_bps_io, read_bps_io
from rancang.sources.bps_io_synthetic import synthetic_io_table, write_bps_io_xlsx

# the assertions read the English messages
pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.realdata
def test_real_provincial_tables(bps_io_dir):
    files = sorted(bps_io_dir.glob("*.xlsx"))
    assert len(files) == 3
    for f in files:
        t = read_bps_io(f)
        assert t.n == 17 and t.year == 2016 and t.unit == "juta rupiah" and not t.synthetic
        assert t.sector_codes[0] == "A" and t.sector_codes[-1] == "RSTU"
        assert t.final_demand_codes[0] == "3011" and t.household_column == 0
        assert "3080" not in t.final_demand_codes and "3090" not in t.final_demand_codes
        assert t.compensation is None and t.imports_foreign is not None
        assert t.imports_regional is not None
        # the column identity holds exactly as BPS published it
        total = t.z.sum(0) + t.imports + t.value_added
        np.testing.assert_allclose(total, t.x, rtol=1e-6)


@pytest.mark.realdata
def test_real_sulawesi_selatan_values(bps_io_dir):
    f = next(bps_io_dir.glob("*Sulawesi Selatan*.xlsx"))
    t = read_bps_io(f)
    # cells as published: agriculture's output and C-to-C flow (million rupiah)
    assert t.x[0] == pytest.approx(93350238.28246984)
    assert t.z[0, 2] == pytest.approx(37735368, rel=1e-6)


@pytest.mark.realdata
def test_real_papua_barat_inconsistent_final_demand_is_a_note(bps_io_dir):
    # rows B and C: the final-demand columns do not add up to BPS's own 3090 total
    t = read_bps_io(next(bps_io_dir.glob("*Papua Barat*.xlsx")))
    assert [n.en.split(":")[0] for n in t.notes[:2]] == ["row 6 (B)", "row 7 (C)"]


@pytest.mark.parametrize(("n", "three_digit"), [(52, False), (185, True)])
def test_synthetic_national_layouts_are_detected(tmp_path, n, three_digit):
    table = synthetic_io_table(n, seed=2)
    path = write_bps_io_xlsx(table, tmp_path / f"io{n}.xlsx", three_digit=three_digit)
    assert detect_io_layout(path) == "bps_io"
    back = read_bps_io(path)
    assert back.n == n and back.synthetic and back.household_column == 0
    np.testing.assert_allclose(back.z, table.z)
    np.testing.assert_allclose(back.x, table.x)
    np.testing.assert_allclose(back.compensation, table.compensation)


@pytest.fixture()
def small(tmp_path):
    return write_bps_io_xlsx(synthetic_io_table(5, seed=4), tmp_path / "small.xlsx")


def _edit(path, fn):
    wb = openpyxl.load_workbook(path)
    fn(wb.active)
    wb.save(path)
    return path


def _problem(path):
    with pytest.raises(InputError) as info:
        read_bps_io(path)
    return info.value.problems


def test_text_in_number_cell_names_cell(small):
    def put(ws):
        ws["E6"] = "dua ribu"
    p = _problem(_edit(small, put))
    assert (p[0].row, p[0].column, p[0].file, p[0].sheet) == (6, "E", "small.xlsx", "IO (5x5)")
    assert "dua ribu" in str(p[0].message)


def test_missing_total_output_column(small):
    # 5 sectors D..H, 1800 in I, six final-demand columns J..O, 3090 in P, 3100 in Q
    p = _problem(_edit(small, lambda ws: ws.delete_cols(17)))
    assert "Total Output" in str(p[0].message) and p[0].row == 3


def test_missing_total_input_row(small):
    # rows 5..9 sectors, 10 imports, 11 total intermediate, 12-13 compensation/surplus,
    # 14 value added, 15 total input
    p = _problem(_edit(small, lambda ws: ws.delete_rows(15)))
    assert "Total Input" in str(p[0].message) and p[0].column == "C"


def test_empty_total_output_cell(small):
    def put(ws):
        ws["Q7"] = None
    p = _problem(_edit(small, put))
    assert (p[0].row, p[0].column) == (7, "Q") and "empty" in str(p[0].message)


def test_rows_that_do_not_add_up(small):
    def put(ws):
        ws["D5"] = ws["D5"].value + 1e6
    problems = _problem(_edit(small, put))
    assert any(p.row == 5 and p.column == "I" for p in problems)  # flows vs 1800
    assert any(p.row == 11 and p.column == "D" for p in problems)  # column vs 1900


def test_unknown_layout(tmp_path):
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["region_code", "industry_code", "year", "value"])
    wb.save(path)
    assert not looks_like_bps_io(path)
    with pytest.raises(InputError, match="not recognised as a BPS input-output table") as info:
        read_bps_io(path)
    assert info.value.problems[0].file == "other.xlsx"
    csv = tmp_path / "io.csv"
    csv.write_text("Kode,A\n")
    with pytest.raises(InputError, match="unsupported file type"):
        detect_io_layout(csv)


def _code_cell(ws, code):
    for row in ws.iter_rows():
        for cell in row:
            if str(cell.value).strip() == code:
                return cell
    raise AssertionError(code)


def test_sector_without_column_is_named_with_all_other_problems(small):
    wb = openpyxl.load_workbook(small)
    ws = wb.active
    col = _code_cell(ws, "003").column  # first hit: the code row of the header
    ws.delete_cols(col)
    for cell in ws[_row_of(ws, "002")]:  # a text cell among the flows of row 002
        if isinstance(cell.value, (int, float)) and cell.column > 3:
            cell.value = "n/a"
            break
    wb.save(small)
    with pytest.raises(InputError) as info:
        read_bps_io(small)
    text = str(info.value)
    assert "sector 003 has a row but no column" in text
    assert "text 'n/a' in a number cell" in text


def test_sector_without_row_is_named(small):
    wb = openpyxl.load_workbook(small)
    ws = wb.active
    ws.delete_rows(_row_of(ws, "004"))
    wb.save(small)
    with pytest.raises(InputError, match="sector 004 has a column but no row"):
        read_bps_io(small)


def _row_of(ws, code):
    hits = [c.row for row in ws.iter_rows() for c in row if str(c.value).strip() == code]
    return hits[-1]  # the last hit is the row label (the first is the code row)


def test_text_cell_and_unbalanced_row_reported_together(small):
    wb = openpyxl.load_workbook(small)
    ws = wb.active
    r1, r2 = _row_of(ws, "001"), _row_of(ws, "002")
    cells1 = [c for c in ws[r1] if isinstance(c.value, (int, float))]
    cells2 = [c for c in ws[r2] if isinstance(c.value, (int, float))]
    cells1[0].value = "x"
    cells2[0].value = cells2[0].value * 3 + 1000
    wb.save(small)
    with pytest.raises(InputError) as info:
        read_bps_io(small)
    text = str(info.value)
    assert "text 'x' in a number cell" in text and "does not add up" in text
