"""``rancang kbli`` through the CLI runner, the page and the API: the same answer, bad input
refused with its location and nothing written."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app, main
from rancang.features.kbli.service import suggest_text

pytestmark = pytest.mark.usefixtures("english")
runner = CliRunner()


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _refused(result: object) -> str:
    """The message of a run the CLI refused (``rancang`` prints it and exits with 2)."""
    output = str(getattr(result, "output", ""))
    assert getattr(result, "exit_code", None) == 2, output
    return output


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_code_csv_writes_input_plus_best_classes(tmp_path: Path) -> None:
    src = _write_csv(tmp_path / "in.csv", [
        ["nama", "Uraian Usaha"],
        ["CV Maju", "keripik singkong pedas balado"],
        ["UD Kosong", ""],
        ["PT Angkut", "jasa angkutan karyawan tambang"],
    ])
    out = tmp_path / "out" / "coded.csv"
    r = runner.invoke(build_app(), ["kbli", "code", str(src), "--column", "uraian usaha",
                                    "--out", str(out), "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert "2 rows" in r.output and "1 blank" in r.output
    rows = _read(out)
    assert list(rows[0])[:2] == ["nama", "Uraian Usaha"]
    assert [rows[0][f"kbli_{k}"] != "" for k in (1, 2, 3)] == [True, True, True]
    assert rows[0]["kbli_1"] == "10794" and rows[2]["kbli_1"] == "49216"
    assert rows[1]["kbli_1"] == "" and rows[1]["nama"] == "UD Kosong"
    # the file's answer is the service's answer
    best = suggest_text("keripik singkong pedas balado")
    assert [rows[0][f"kbli_{k}"] for k in (1, 2, 3)] == [s.code for s in best]
    assert float(rows[0]["kbli_1_score"]) == pytest.approx(best[0].score, abs=1e-3)


def test_code_xlsx_named_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "lain"
    ws2 = wb.create_sheet("ikm")
    ws2.append(["produk"])
    ws2.append(["tahu"])
    wb.save(tmp_path / "in.xlsx")
    out = tmp_path / "o.csv"
    r = runner.invoke(build_app(), ["kbli", "code", str(tmp_path / "in.xlsx"), "--column",
                                    "produk", "--sheet", "ikm", "--top", "1", "--out", str(out)])
    assert r.exit_code == 0, r.output
    rows = _read(out)
    assert rows[0]["kbli_1"] == "10392" and "kbli_2" not in rows[0]


def test_missing_column_is_refused_with_its_location_and_nothing_written(
        tmp_path: Path) -> None:
    src = _write_csv(tmp_path / "in.csv", [["nama", "uraian"], ["a", "tahu"]])
    out = tmp_path / "o.csv"
    r = runner.invoke(build_app(), ["kbli", "code", str(src), "--column", "produk",
                                    "--out", str(out), "--lang", "en"])
    text = _refused(r)
    assert "file in.csv, row 1, column 'produk'" in text
    assert "nama, uraian" in text
    assert not out.exists()


@pytest.mark.parametrize(("content", "name", "needle"), [
    ("", "empty.csv", "no data rows"),
    ("nama,uraian\n", "header.csv", "no data rows"),
    ("x", "in.txt", "unsupported file format"),
])
def test_bad_files_are_refused(tmp_path: Path, content: str, name: str, needle: str) -> None:
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    r = runner.invoke(build_app(), ["kbli", "code", str(src), "--column", "uraian",
                                    "--out", str(tmp_path / "o.csv"), "--lang", "en"])
    text = _refused(r)
    assert needle in text and name in text
    assert not (tmp_path / "o.csv").exists()


def test_output_column_clash_is_refused(tmp_path: Path) -> None:
    src = _write_csv(tmp_path / "in.csv", [["uraian", "kbli_1"], ["tahu", "10392"]])
    r = runner.invoke(build_app(), ["kbli", "code", str(src), "--column", "uraian",
                                    "--out", str(tmp_path / "o.csv"), "--lang", "en"])
    assert "kbli_1" in _refused(r)


def test_suggest_prints_codes_and_reasons() -> None:
    r = runner.invoke(build_app(), ["kbli", "suggest", "ktering harian utk karyawan",
                                    "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].startswith("56290")
    assert "matched words: " in r.output
    r = runner.invoke(build_app(), ["kbli", "suggest", "ktering harian", "--lang", "id"])
    assert "kata yang cocok" in r.output


@pytest.mark.parametrize("args", [["kbli", "suggest", "   "], ["kbli", "suggest", "tahu",
                                                               "--top", "0"]])
def test_suggest_bad_input(args: list[str]) -> None:
    r = runner.invoke(build_app(), [*args, "--lang", "en"])
    _refused(r)


def test_console_exit_code_is_2_and_nothing_written(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = _write_csv(tmp_path / "in.csv", [["nama"], ["a"]])
    with pytest.raises(SystemExit) as e:
        main(["kbli", "code", str(src), "--column", "uraian", "--out",
              str(tmp_path / "o.csv"), "--lang", "en"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "column 'uraian'" in err and "Traceback" not in err
    assert not (tmp_path / "o.csv").exists()
