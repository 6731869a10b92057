"""Error locations in Indonesian by default, English on request; analyze --lang en."""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError, Problem, set_message_language


def test_indonesian_by_default_and_english_on_request(monkeypatch) -> None:
    monkeypatch.delenv("RANCANG_LANG", raising=False)
    p = Problem("bukan angka", file="a.xlsx", sheet="S", row=5, column="C")
    assert str(p) == "berkas a.xlsx, lembar 'S', baris 5, kolom 'C': bukan angka"
    err = InputError([p, Problem("x", file="b.csv")])
    assert str(err).startswith("2 masalah dalam masukan:")
    set_message_language("en")
    assert str(p) == "file a.xlsx, sheet 'S', row 5, column 'C': bukan angka"
    assert str(err).startswith("2 problems in the input:")
    set_message_language(None)
    monkeypatch.setenv("RANCANG_LANG", "en")
    assert str(p).startswith("file a.xlsx")
    assert p.location("id") == "berkas a.xlsx, lembar 'S', baris 5, kolom 'C'"


@pytest.mark.parametrize("argv", [
    ["decide", "--lang", "{lang}", "rank", "{m}", "--criteria", "{c}"],
])
def test_decide_lang_switches_locations(tmp_path, monkeypatch, argv) -> None:
    monkeypatch.delenv("RANCANG_LANG", raising=False)
    (tmp_path / "c.csv").write_text("criterion,weight,direction\nx,1,benefit\n")
    (tmp_path / "m.csv").write_text("alternative,x\nA,abc\n")
    for lang, word in (("id", "berkas m.csv, baris 2, kolom 'x'"),
                       ("en", "file m.csv, row 2, column 'x'")):
        args = [a.format(lang=lang, m=tmp_path / "m.csv", c=tmp_path / "c.csv") for a in argv]
        res = CliRunner().invoke(build_app(), [*args, "--out", str(tmp_path / "o")])
        assert res.exit_code == 2, res.output
        assert word in res.output
        set_message_language(None)


def test_analyze_english_workbook_has_no_indonesian_values(tmp_path) -> None:
    demo = tmp_path / "demo"
    assert CliRunner().invoke(build_app(), ["demo", "--out", str(demo)]).exit_code == 0
    out = tmp_path / "en"
    res = CliRunner().invoke(build_app(), ["analyze", str(demo / "input"), "--region", "9903",
                                           "--lang", "en", "--out", str(out)])
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out / "analysis.xlsx", read_only=True)
    text = " ".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                    for c in row if c is not None)
    for word in ("masukan pengguna", "jumlah semua wilayah", "unggulan", "tertinggal",
                 "prospektif", "andalan", "maju dan tumbuh"):
        assert word not in text, word
    # the default reference of a regency is its province row (rancang.comparison)
    assert "Reference economy" in text and "SLQ contribution" in text
    for word in ("jumlah semua wilayah", "unggulan", "tertinggal"):
        assert word not in res.output, word
    wb_id = openpyxl.load_workbook(_run_id(demo, tmp_path), read_only=True)
    headers = [c for c in next(wb_id["Industri unggulan"].iter_rows(values_only=True)) if c]
    assert "Sumbangan SLQ" in headers


def _run_id(demo, tmp_path):
    out = tmp_path / "id"
    res = CliRunner().invoke(build_app(), ["analyze", str(demo / "input"), "--region", "9903",
                                           "-q", "--out", str(out)])
    assert res.exit_code == 0, res.output
    return out / "analysis.xlsx"
