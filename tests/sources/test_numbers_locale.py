"""One number parser for every reader; Indonesian-locale CSV files (issue 11 §1, issue 17 §4)."""

from __future__ import annotations

import codecs
from pathlib import Path

import numpy as np
import openpyxl
import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rancang.core.errors import InputError
from rancang.core.i18n import language
from rancang.features.registry.validate import number_expr as register_number_expr
from rancang.sources import read_panel
from rancang.sources.decision_csv import read_criteria
from rancang.sources.numbers import detect_decimal, number_expr, parse_number

HEADER = "region_code;industry_code;year;value"
ROWS = ["72.06;C;2020;1.602", '72.06;A;2020;"28.893,19"', "72.04;C;2020;1.234,5",
        "72.04;A;2020;7"]


def _write(path: Path, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "bom", "first"), [
    ("cp1252", b"", ""), ("utf-8", codecs.BOM_UTF8, ""), ("utf-8", b"", "sep=;\r\n"),
    ("utf-16-le", codecs.BOM_UTF16_LE, ""),
])
def test_indonesian_excel_csv_is_read_and_said(tmp_path: Path, encoding: str, bom: bytes,
                                               first: str) -> None:
    """`;` separator and decimal comma, as Excel saves CSV in Indonesian; ``1.602`` in
    such a file is 1602 (its cells show a decimal comma), the same as the register reads it.
    """
    f = _write(tmp_path / "pdrb_id.csv", first + "\r\n".join([HEADER, *ROWS]) + "\r\n",
               encoding, bom)
    p = read_panel(f)
    assert p.values[p.region_index("72.06"), :, 0].tolist() == [1602.0, 28893.19]
    assert p.values[p.region_index("72.04"), :, 0].tolist() == [1234.5, 7.0]
    with language("en"):
        notes = [str(n) for n in p.notes]
    assert notes and "separator ';'" in notes[0] and "decimal comma" in notes[0]
    assert "pdrb_id.csv" in notes[0]
    reg = pl.DataFrame({"v": ["1.602"]}).select(register_number_expr("v"))["v"][0]
    assert reg == 1602.0


def test_windows_1252_names_are_not_garbled(tmp_path: Path) -> None:
    f = _write(tmp_path / "n.csv", "region_code;region_name;industry_code;year;value\r\n"
               "72.06;Tojo Una-Una Café;C;2020;1,5\r\n", "cp1252")
    p = read_panel(f)
    assert p.region_names == ("Tojo Una-Una Café",)
    assert p.values[0, 0, 0] == 1.5


@pytest.mark.parametrize("bad", ["1e400", "inf", "NaN", "-Infinity"])
def test_non_finite_values_are_refused_with_location(tmp_path: Path, bad: str) -> None:
    f = _write(tmp_path / "x.csv", "region_code,industry_code,year,value\n"
               f"7203,C,2020,1\n7203,A,2020,{bad}\n7206,C,2020,2\n7206,A,2020,3\n")
    with pytest.raises(InputError) as e:
        read_panel(f)
    p = e.value.problems[0]
    assert (p.file, p.row, p.column) == ("x.csv", 3, "value")
    with language("en"):
        assert "not a finite number" in e.value.message("en")


def test_spreadsheet_errors_are_refused_with_location(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["region_code", "industry_code", "year", "value"])
    ws.append(["7203", "C", 2020, 1.5])
    ws.append(["7203", "A", 2020, "#REF!"])
    ws["D3"].data_type = "e"
    ws.append(["7206", "C", 2020, "#DIV/0!"])
    ws["D4"].data_type = "e"
    ws.append(["7206", "A", 2020, 4])
    f = tmp_path / "err.xlsx"
    wb.save(f)
    with pytest.raises(InputError) as e:
        read_panel(f)
    found = [(p.row, p.column) for p in e.value.problems]
    assert found == [(3, "value"), (4, "value")]
    text = e.value.message("en")
    assert "#REF!" in text and "#DIV/0!" in text and "spreadsheet error" in text


def test_decision_csv_reads_semicolons_and_refuses_infinity(tmp_path: Path) -> None:
    f = _write(tmp_path / "CRITERIA.csv", "criterion;weight;direction\r\nx;0,6;benefit\r\n"
               "y;0,4;cost\r\n", "cp1252")
    t = read_criteria(f)
    assert list(t.names) == ["x", "y"] and list(t.weights) == [0.6, 0.4]
    g = _write(tmp_path / "C2.csv", "criterion,weight,direction\nx,1e400,benefit\n")
    with pytest.raises(InputError):
        read_criteria(g)


# ---------------------------------------------------------------- the parser's invariants
finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).map(lambda v: round(v, 2))


def _indonesian(v: float) -> str:
    return f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


@given(finite)
def test_both_conventions_read_back(v: float) -> None:
    """Any value printed the Indonesian way (1.234.567,89) or the English way
    (1,234,567.89) reads back as itself, in either context."""
    for decimal in (",", ".", None):
        assert parse_number(_indonesian(v), decimal) == pytest.approx(v, abs=1e-9)
        assert parse_number(f"{v:,.2f}", decimal) == pytest.approx(v, abs=1e-9)


@given(st.lists(st.one_of(
    finite.map(str), finite.map(_indonesian), st.text(max_size=8),
    st.sampled_from(["1.602", "1,602", "#REF!", "inf", "1e400", "Rp 2.500", " 3 "])),
    max_size=12), st.sampled_from([",", ".", None]))
def test_scalar_and_column_parsers_agree(cells: list[str], decimal: str | None) -> None:
    """The scalar parser and the column expression give the same number for every cell."""
    col = pl.DataFrame({"v": cells}, schema={"v": pl.String}).select(
        number_expr("v", decimal))["v"].to_list()
    for cell, got in zip(cells, col, strict=True):
        one = parse_number(cell, decimal)
        assert (one is None and got is None) or one == pytest.approx(got), cell
        assert one is None or np.isfinite(one)


def test_ambiguous_cells_follow_their_column() -> None:
    assert detect_decimal(pl.Series(["1.602", "28893,19"])) == ","
    assert detect_decimal(pl.Series(["1.602", "28893.19"])) == "."
    assert detect_decimal(pl.Series(["1.602", "7"])) is None


def test_analyze_writes_csv_for_an_indonesian_excel(tmp_path: Path) -> None:
    """``rancang analyze --csv-locale id``: `;` and decimal comma; read back by our own
    reader, the numbers are those of the plain CSV."""
    from typer.testing import CliRunner

    from rancang.cli import build_app

    rows = ["region_code,industry_code,year,value"]
    for r, base in (("7203", 10.0), ("7206", 20.0), ("7204", 5.0)):
        for k, ind in enumerate(("A", "C", "G")):
            for t, y in enumerate((2019, 2020, 2021)):
                rows.append(f"{r},{ind},{y},{base * (k + 1) * (1 + 0.1 * t):.3f}")
    src = _write(tmp_path / "in.csv", "\n".join(rows) + "\n")
    runner = CliRunner()
    for loc in ("en", "id"):
        res = runner.invoke(build_app(), ["analyze", str(src), "--all-regions", "--quiet",
                                          "--out", str(tmp_path / loc), "--csv-locale", loc])
        assert res.exit_code == 0, res.output
    raw = (tmp_path / "id" / "location_quotient.csv").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) and b";" in raw.splitlines()[0]
    from rancang.sources.csv_text import read_csv_text

    en = pl.read_csv(tmp_path / "en" / "location_quotient.csv", infer_schema=False)
    idf, fmt = read_csv_text(tmp_path / "id" / "location_quotient.csv", ["lq"])
    assert fmt.decimal == ","
    got = idf.select(number_expr("lq", fmt.decimal))["lq"].to_numpy()
    want = en["lq"].cast(pl.Float64).to_numpy()
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("bad", ["inf", "NaN", "1e400", "#DIV/0!"])
def test_siting_columns_use_the_shared_parser(tmp_path: Path, bad: str) -> None:
    """Siting tables read numbers with the same parser: non-finite cells are refused with
    their row and column (today ``float('inf')`` was accepted)."""
    from rancang.features.siting.candidates import Candidates, read_columns

    cand = Candidates(("72.06.01", "72.06.02"), ("A", "B"), ("72.06", "72.06"),
                      np.array([-1.0, -1.1]), np.array([121.0, 121.1]))
    f = _write(tmp_path / "pop.csv", f"district_code,population\n72.06.01,1200\n"
               f"72.06.02,{bad}\n")
    with pytest.raises(InputError) as e:
        read_columns(f, cand)
    assert [(p.row, p.column) for p in e.value.problems] == [(3, "population")]
    ok = _write(tmp_path / "ok.csv", "district_code,population\n72.06.01,1200\n"
                "72.06.02,\"1.234,5\"\n")
    assert read_columns(ok, cand)["population"].tolist() == [1200.0, 1234.5]


def test_bps_export_with_indonesian_text_cells_reads_1602_as_the_register_does(
        tmp_path: Path) -> None:
    """A BPS workbook whose text cells show a decimal comma (``28.893,19``): its ``1.602``
    is 1602, as the register reads it (today 1.602 in PDRB files, 1602 in the register)."""
    from tests.sources.test_bad_input import good_rows, write_bps

    rows = good_rows()
    rows[1][2][0] = "28.893,19"
    rows[1][2][1] = "1.602"
    p = read_panel(write_bps(tmp_path / "bps.xlsx", 2020, rows))
    i = p.region_index("7203")
    assert p.values[i, 0, 0] == 28893.19 and p.values[i, 1, 0] == 1602.0
    reg = pl.DataFrame({"v": ["1.602"]}).select(register_number_expr("v"))["v"][0]
    assert reg == p.values[i, 1, 0]
