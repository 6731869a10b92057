"""AHP form cells: text format, dates, Saaty's scale; decide leading weight messages."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest

from rancang.core.errors import InputError
from rancang.features.decide.criteria import weights_for
from rancang.sources.ahp_forms import read_form, write_forms
from rancang.sources.decision_csv import read_group_priorities

# the assertions read English messages
pytestmark = pytest.mark.usefixtures("english")


def _form(tmp_path: Path, cells: dict[tuple[int, int], object]) -> Path:
    (path,) = write_forms(["a", "b", "c"], 1, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Perbandingan"]
    for (r, c), v in cells.items():
        ws.cell(r, c).value = v
    wb.save(path)
    return path


def test_input_cells_are_text_formatted(tmp_path: Path) -> None:
    (path,) = write_forms(["a", "b", "c"], 1, tmp_path)
    ws = openpyxl.load_workbook(path)["Perbandingan"]
    assert ws["C5"].number_format == "@" and ws["D5"].number_format == "@"
    assert ws["D6"].number_format == "@"


def test_a_date_is_reported_plainly(tmp_path: Path) -> None:
    path = _form(tmp_path, {(5, 3): datetime.datetime(2024, 3, 1), (5, 4): "3", (6, 4): "1"})
    with pytest.raises(InputError) as exc:
        read_form(path)
    text = str(exc.value)
    assert "sheet 'Perbandingan', row 5, column 'C'" in text and "date" in text
    assert "Traceback" not in text


@pytest.mark.parametrize("bad", ["2.5", 0.7, "10", "1/10"])
def test_only_saaty_values(tmp_path: Path, bad: object) -> None:
    path = _form(tmp_path, {(5, 3): bad, (5, 4): "3", (6, 4): "1"})
    with pytest.raises(InputError) as exc:
        read_form(path)
    assert "row 5, column 'C'" in str(exc.value) and "Saaty's scale" in str(exc.value)


def test_rounded_reciprocals_are_accepted(tmp_path: Path) -> None:
    path = _form(tmp_path, {(5, 3): 0.333, (5, 4): "0.14", (6, 4): "1"})
    f = read_form(path)
    assert f.matrix[0, 1] == pytest.approx(1 / 3) and f.matrix[0, 2] == pytest.approx(1 / 7)


def test_leading_weight_errors_name_the_priorities_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        weights_for(["slq", "dlq"], {"slq": 1.0, "foo": 1.0}, source="priorities.csv")
    text = str(exc.value)
    assert text.startswith("file priorities.csv") and "foo" in text and "dlq" in text
    g = tmp_path / "individual_priorities.csv"
    g.write_text("participant,criterion,weight\nA,slq,0.5\nA,xyz,0.5\n")
    with pytest.raises(InputError) as exc:
        read_group_priorities(g, ("slq", "dlq"), what="the leading-industry criteria")
    assert "criteria file" not in str(exc.value)
    assert "not among the leading-industry criteria" in str(exc.value)
