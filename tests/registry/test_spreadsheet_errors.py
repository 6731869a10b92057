"""A broken formula in an office register (``#REF!``, ``#DIV/0!``) is refused with its
place, never read as an empty cell (issue 11 §1)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine, func, select

from rancang.core.errors import InputError
from rancang.core.i18n import render_text
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise

from .conftest import office_workbook


def _with_errors(path: Path) -> Path:
    """The office workbook with error cells (type "e", as Excel stores a broken formula)."""
    office_workbook(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["IKM 2023"]
    ws["I5"] = "#DIV/0!"  # Nilai Investasi of row 5
    ws["I5"].data_type = "e"
    ws["B6"] = "#REF!"  # NAMA IKM of row 6
    ws["B6"].data_type = "e"
    wb.save(path)
    return path


def test_spreadsheet_errors_are_refused_with_file_sheet_row_column(
    tmp_path: Path, engine: Engine
) -> None:
    path = _with_errors(tmp_path / "ikm.xlsx")
    with pytest.raises(InputError) as err:
        import_files(engine, [path])
    found = {(p.file, p.sheet, p.row, p.column): render_text(p.message, "en")
             for p in err.value.problems}
    assert "spreadsheet error '#DIV/0!'" in found[("ikm.xlsx", "IKM 2023", 5,
                                                    "Nilai Investasi (Rp)")]
    assert "spreadsheet error '#REF!'" in found[("ikm.xlsx", "IKM 2023", 6, "NAMA IKM")]
    assert len(found) == 2  # reported once each (not also as "not a number")
    with engine.connect() as c:
        assert c.execute(select(func.count()).select_from(Enterprise)).scalar_one() == 0


def test_spreadsheet_error_typed_as_text_in_a_csv_is_refused_too(
    tmp_path: Path, engine: Engine
) -> None:
    f = tmp_path / "ikm.csv"
    f.write_text("Nama Usaha;NIB;Kode Desa;KBLI;TK;Tahun\n"
                 "UD Roti;9120001234567;72.06.05.1014;10710;#N/A;2023\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        import_files(engine, [f])
    assert [(p.row, render_text(p.message, "en")[:26]) for p in err.value.problems] == [
        (2, "spreadsheet error '#N/A' i")]


@pytest.mark.parametrize("bad", ["NaN", "inf", "-Infinity", "1e400"])
def test_non_finite_numbers_are_refused_at_their_cell(bad: str, tmp_path: Path) -> None:
    """Issue 17, item 4: ``NaN``, infinities and a number too large for a float are not
    stored in the register; each is refused at its row and column, nothing written."""
    from rancang.core.db import ensure_schema, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite'}")
    ensure_schema(engine)
    path = tmp_path / "n.csv"
    path.write_text("Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Investasi,Tahun\n"
                    f"UD A,9120007770031,Jl,72.06.05.1014,10421,{bad},5,2023\n"
                    f"UD B,9120007770032,Jl,72.06.05.1014,10421,3,{bad},2023\n"
                    "UD C,9120007770033,Jl,72.06.05.1014,10421,3,5,2023\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_files(engine, [path])
    assert [(p.file, p.row, p.column) for p in caught.value.problems] == [
        ("n.csv", 2, "Tenaga Kerja"), ("n.csv", 3, "Investasi")]
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Enterprise)).scalar() == 0
    engine.dispose()
