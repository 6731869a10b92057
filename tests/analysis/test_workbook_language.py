"""Indonesian by default: --help of complexity/io/targets and the words in their workbooks.

The CSV files keep machine values (``key``, ``trend``, ``manufacturing_growth``,
``% per year``, ``user``, ``ripin_2035``, ``already_met``); the Indonesian workbooks show
them in Indonesian, the English ones (``--lang en``) in English.
"""

import re

import openpyxl
import polars as pl
import pytest
import typer
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.reference.pdrb import CATEGORY_CODES
from rancang.sources.bps_io_synthetic import synthetic_io_table, write_bps_io_xlsx

# words that only an English help text uses (Indonesian: dan, atau, untuk, tahun ...)
ENGLISH = re.compile(r"\b(the|of|for|and|or|to|Output|summary|Language|year|"
                     r"Files|First|Last|Years|repeat|default)\b")


@pytest.mark.parametrize("name", ["complexity", "io", "targets"])
def test_help_texts_are_indonesian(name):
    command = typer.main.get_command(build_app()).commands[name]
    texts = {"(docstring)": command.help or ""}
    texts.update({p.name: p.help or "" for p in command.params if p.name != "help"})
    # machine column names in backticks/parentheses are not prose
    english = {k: ENGLISH.findall(re.sub(r"\([a-z_, ]+\)|`\w+`|--[a-z-]+", "", v))
               for k, v in texts.items()}
    assert not {k: v for k, v in english.items() if v}, english
    assert all(texts.values()), texts  # every option says what it does
    result = CliRunner().invoke(build_app(), [name, "--help"], env={"COLUMNS": "200"})
    assert "Folder hasil" in result.output and "Bahasa pesan dan keluaran" in result.output


def _sheet_rows(path, title, header):
    """Rows of a workbook sheet as dicts keyed by the labels of the header row."""
    ws = openpyxl.load_workbook(path, read_only=True)[title]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    at = next(k for k, r in enumerate(rows) if header in r)
    labels = rows[at]
    out = [dict(zip(labels, r, strict=False)) for r in rows[at + 1:]]
    ws.parent.close()
    return out


@pytest.fixture()
def io_table(tmp_path):
    return write_bps_io_xlsx(synthetic_io_table(17, seed=5), tmp_path / "io17.xlsx")


@pytest.mark.parametrize(("lang", "sheet", "header", "words"), [
    ("id", "Keterkaitan", "Kelompok",
     {"key": "sektor kunci", "backward": "kuat ke belakang", "forward": "kuat ke depan",
      "weak": "lemah"}),
    ("en", "Linkages", "Class",
     {"key": "key sector", "backward": "strong backward", "forward": "strong forward",
      "weak": "weak"}),
])
def test_io_workbook_key_sector_class_in_the_readers_language(tmp_path, io_table, lang,
                                                              sheet, header, words):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), ["io", str(io_table), "--out", str(out),
                                              "--lang", lang, "-q"])
    assert result.exit_code == 0, result.output
    csv = pl.read_csv(out / "linkages.csv", schema_overrides={"sector": pl.String})
    assert set(csv["class"]) <= set(words) and len(set(csv["class"])) >= 2
    shown = [r[header] for r in _sheet_rows(out / "io.xlsx", sheet, header)]
    assert shown == [words[c] for c in csv["class"]]


@pytest.fixture()
def panel_csv(tmp_path):
    rows = ["region_code,industry_code,year,value"]
    for y, year in enumerate(range(2015, 2021)):
        for k, cat in enumerate(CATEGORY_CODES):
            base = 20.0 if cat == "C" else 5.0 + k
            growth = 1.08 if cat == "C" else 1.04
            rows.append(f"9901,{cat},{year},{base * growth ** y:.4f}")
            rows.append(f"9902,{cat},{year},{base * 1.03 ** y:.4f}")
    path = tmp_path / "pdrb.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def _targets(tmp_path, panel_csv, lang):
    out = tmp_path / f"out-{lang}"
    result = CliRunner().invoke(build_app(), [
        "targets", str(panel_csv), "--region", "9901", "--target-share", "5",
        "--target-year", "2030", "--out", str(out), "--lang", lang, "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_targets_csv_keeps_machine_values(tmp_path, panel_csv):
    out = _targets(tmp_path, panel_csv, "id")
    assert set(pl.read_csv(out / "pathways.csv")["scenario"]) == {
        "actual", "trend", "target", "recession"}
    ind = pl.read_csv(out / "indicators.csv")
    assert ind["indicator"][0] == "manufacturing_growth" and ind["unit"][0] == "% per year"
    req = pl.read_csv(out / "required_growth.csv")
    assert req["target"][0] == "user" and "ripin_2035" in set(req["target"])
    assert set(req["status"]) == {"already_met", "to_reach"}


@pytest.mark.parametrize(("lang", "sheets", "words"), [
    ("id", ("Jalur proyeksi", "Indikator", "Pertumbuhan yang diperlukan"),
     {"scenarios": {"aktual", "tren", "sasaran", "resesi"},
      "indicator": "Pertumbuhan industri pengolahan", "unit": "% per tahun",
      "share_unit": "% PDRB", "user": "sasaran pengguna", "ripin": "RIPIN 2035",
      "statuses": {"sudah tercapai", "belum tercapai"}, "note": "RIPIN: pertumbuhan"}),
    ("en", ("Pathways", "Indicators", "Required growth"),
     {"scenarios": {"actual", "trend", "target", "recession"},
      "indicator": "Manufacturing growth", "unit": "% per year", "share_unit": "% of PDRB",
      "user": "user target", "ripin": "RIPIN 2035", "statuses": {"already met", "to reach"},
      "note": "RIPIN: non-oil"}),
])
def test_targets_workbook_in_the_readers_language(tmp_path, panel_csv, lang, sheets, words):
    from rancang.core.i18n import header_label

    book = _targets(tmp_path, panel_csv, lang) / "targets.xlsx"

    def col(key):
        return header_label(key, lang)

    paths, ind, req = (_sheet_rows(book, s, h) for s, h in zip(
        sheets, (col("scenario"), col("indicator"), col("status")), strict=True))
    assert {r[col("scenario")] for r in paths} == words["scenarios"]
    assert ind[0][col("indicator")] == words["indicator"]
    assert ind[0][col("unit")] == words["unit"]
    assert words["share_unit"] in {r[col("unit")] for r in ind}
    assert ind[0][col("ripin_note")].startswith(words["note"])
    assert req[0][col("target")] == words["user"]
    assert words["ripin"] in {r[col("target")] for r in req}
    assert {r[col("status")] for r in req} == words["statuses"]
    # no machine value is left in the text columns
    machine = re.compile(r"^(manufacturing_|subindustry_|ripin_\d|already_met|to_reach|user$)")
    for rows in (paths, ind, req):
        assert not [v for r in rows for v in r.values()
                    if isinstance(v, str) and machine.match(v)]
