"""Mistakes in decision inputs end with a located message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rancang.cli import build_app, main
from rancang.core.errors import InputError
from rancang.sources.ahp_forms import read_form, write_forms
from rancang.sources.decision_csv import read_criteria

# the assertions read English messages
pytestmark = pytest.mark.usefixtures("english")


def test_disconnected_form_under_allow_missing(tmp_path: Path) -> None:
    import openpyxl

    (path,) = write_forms(["a", "b", "c", "d"], 1, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Perbandingan"]
    ws.cell(5, 3).value = "3"  # a vs b only: c and d are linked to nothing... but c vs d
    ws.cell(7, 5).value = "2"  # c vs d: two islands {a, b} and {c, d}
    wb.save(path)
    with pytest.raises(InputError) as exc:
        read_form(path, allow_missing=True)
    text = str(exc.value)
    assert path.name in text and "Peserta 1" in text and "do not link every criterion" in text
    assert "c, d" in text
    res = CliRunner().invoke(build_app(), ["decide", "ahp", str(path), "--allow-missing",
                                           "--out", str(tmp_path / "o")])
    assert res.exit_code == 2, res.output


@pytest.mark.parametrize(("rows", "needle"), [
    ("x,1,benefit,linear,2,1,\n", "row 2, column 'p': function linear needs q < p"),
    ("x,1,benefit,level,1,1,\n", "row 2, column 'p': function level needs q < p"),
    ("x,1,benefit,gaussian,,,0\n", "row 2, column 's': function gaussian needs s > 0"),
    ("x,1,benefit,v-shape,,0,\n", "row 2, column 'p': function v-shape needs p > 0"),
])
def test_promethee_parameters_checked_when_read(tmp_path: Path, rows: str, needle: str) -> None:
    f = tmp_path / "c.csv"
    f.write_text("criterion,weight,direction,function,q,p,s\n" + rows)
    with pytest.raises(InputError) as exc:
        read_criteria(f)
    assert needle in str(exc.value) and "file c.csv" in str(exc.value)


def test_analyze_unknown_weight_lists_the_criteria(tmp_path: Path, capsys) -> None:
    demo = tmp_path / "demo"
    assert CliRunner().invoke(build_app(), ["demo", "--out", str(demo)]).exit_code == 0
    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(demo / "input"), "-q", "-w", "foo=1", "--out", str(tmp_path / "x")])
    assert exc.value.code == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "unknown ranking criterion 'foo'" in err
    assert "slq (default 0.3)" in err and "share" in err
    assert not (tmp_path / "x" / "analysis.xlsx").exists()


def test_consistency_report_flags_only_above_threshold(tmp_path: Path) -> None:
    import csv

    import openpyxl

    paths = write_forms(["a", "b", "c"], 2, tmp_path)
    cells = [{(5, 3): "3", (5, 4): "5", (6, 4): "2"},  # nearly consistent (CR ~0.003)
             {(5, 3): "9", (5, 4): "1/9", (6, 4): "9"}]  # very inconsistent
    for path, values in zip(paths, cells, strict=True):
        wb = openpyxl.load_workbook(path)
        for (r, c), v in values.items():
            wb["Perbandingan"].cell(r, c).value = v
        wb.save(path)
    out = tmp_path / "o"
    res = CliRunner().invoke(build_app(), ["decide", "ahp", *map(str, paths), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader((out / "consistency.csv").read_text().splitlines()))
    assert 0 < float(rows[0]["cr"]) < 0.1 and rows[0]["worst_judgment"] == ""
    assert float(rows[1]["cr"]) > 0.1 and rows[1]["worst_judgment"]
    assert rows[2]["participant"] == "(kelompok)" and float(rows[2]["cr"]) > 0.1
    assert "Inconsistent: the group matrix" in res.output
