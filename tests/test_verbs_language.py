"""complexity, io, targets, decide and siting speak one language per call.

Each verb runs in Indonesian (the default, and ``--lang id`` even when ``RANCANG_LANG=en``)
and in English (the verb's ``--lang en``, the root ``rancang --lang en`` and
``RANCANG_LANG=en``). Its printed output must hold the words of that language and none of
the other's (data values such as BPS industry names aside), and its workbook's sheet titles
must be in that language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.reference.pdrb import CATEGORY_CODES
from rancang.sources.bps_io_synthetic import (
    synthetic_io_table,
    synthetic_sector_mapping,
    write_bps_io_xlsx,
)
from rancang.sources.synthetic import demo_province


@dataclass(frozen=True)
class Verb:
    """How to run a verb on inputs made in ``tmp_path``, what it prints in each language,
    and the sheet titles of its workbook (None: the verb writes none)."""

    prefix: tuple[str, ...]
    args: Callable[[Path], list[str]]
    words: dict[str, tuple[str, ...]]
    workbook: str | None = None
    sheets: dict[str, set[str]] | None = None


def _demo_panel(tmp_path: Path) -> Path:
    path = tmp_path / "demo.csv"
    if not path.exists():
        panel = demo_province()
        panel.to_long().vstack(panel.references.to_long()).write_csv(path)
    return path


def _io_inputs(tmp_path: Path) -> list[str]:
    table = write_bps_io_xlsx(synthetic_io_table(52, seed=5), tmp_path / "io52.xlsx")
    mapping = tmp_path / "map.csv"
    mapping.write_text("io_sector,pdrb_category\n" + "".join(
        f"{k},{v}\n" for k, v in synthetic_sector_mapping(52).items()))
    rng = np.random.default_rng(0)
    rows = ["region_code,industry_code,year,value"]
    for region in ("9901", "9902", "9999"):
        for cat in CATEGORY_CODES:
            for year in (2015, 2016):
                rows.append(f"{region},{cat},{year},{rng.uniform(10, 100):.3f}")
    panel = tmp_path / "pdrb.csv"
    panel.write_text("\n".join(rows) + "\n")
    return [str(table), "--panel", str(panel), "--region", "9902", "--mapping", str(mapping)]


def _siting_inputs(tmp_path: Path) -> list[str]:
    centroids = tmp_path / "centroids.csv"
    centroids.write_text(
        "level,kode,nama,lat,lng\n"
        "kec,72.06.01,Bungku Tengah,-2.55,121.95\n"
        "kec,72.06.02,Bungku Selatan,-2.75,122.30\n"
        "kec,72.06.03,Bahodopi,-2.80,122.10\n")
    data = tmp_path / "data.csv"  # covers two districts: a criterion left out, with a note
    data.write_text("district_code,population\n72.06.01,100\n72.06.02,200\n")
    return ["-r", "72.06", "--centroids", str(centroids), "--estate", "IMIP=-2.82,122.15",
            "--data", str(data), "--allow-partial", "--samples", "20"]


VERBS = {
    "complexity": Verb(
        ("complexity",), lambda p: [str(_demo_panel(p)), "--samples", "10"],
        {"id": ("Hasil ditulis ke", "berkas", "Peringatan", "Periode", "peluang diversifikasi",
                "Lapangan usaha", "Skor", "wilayah lainnya"),
         "en": ("Results written to", "files", "Warning", "Period", "opportunities",
                "Industry", "Score", "more regions")},
        "complexity.xlsx",
        {"id": {"Keterangan", "Peluang diversifikasi", "ECI wilayah", "PCI lapangan usaha",
                "RCA, kepadatan, COG"},
         "en": {"About", "Opportunities", "Region ECI", "Industry PCI", "RCA, density, COG"}}),
    "io": Verb(
        ("io",), _io_inputs,
        {"id": ("Hasil ditulis ke", "Judul tabel", "Jumlah sektor", "Wilayah", "Catatan",
                "Sektor kunci dan keterkaitan", "Pengganda output", "sektor kunci"),
         "en": ("Results written to", "Table title", "Sectors", "Region", "Note",
                "Key sectors and linkages", "Output multiplier", "key sector")},
        "io.xlsx",
        {"id": {"Keterangan", "Koefisien teknis (A)", "Invers Leontief (L)", "Pengganda",
                "Keterkaitan", "Ketergantungan impor", "LQ regionalisasi",
                "Tabel wilayah (LQ, r_ij)"},
         "en": {"About", "Technical coefficients (A)", "Leontief inverse (L)", "Multipliers",
                "Linkages", "Import dependence", "Regionalisation LQ",
                "Regional table (LQ, r_ij)"}}),
    "targets": Verb(
        ("targets",), lambda p: [str(_demo_panel(p)), "--region", "9901"],
        {"id": ("Hasil ditulis ke", "Wilayah", "Periode", "Sasaran", "pemulihan",
                "Indikator vs RIPIN", "Paling terpapar resesi", "yang diperlukan", "tren"),
         "en": ("Results written to", "Region", "Period", "Target", "recovery",
                "Indicators vs RIPIN", "Most exposed to a recession", "Required", "trend")},
        "targets.xlsx",
        {"id": {"Keterangan", "Indikator", "Pertumbuhan yang diperlukan", "Jalur proyeksi",
                "Keterpaparan resesi"},
         "en": {"About", "Indicators", "Required growth", "Pathways", "Recession exposure"}}),
    "decide": Verb(
        ("decide", "leading"),
        lambda p: [str(_demo_panel(p)), "--region", "9901", "--samples", "20"],
        {"id": ("Industri unggulan", "sampel bobot", "skor", "rentang", "Hasil ditulis ke"),
         "en": ("Leading industries", "weight samples", "score", "range",
                "Results written to")},
        "leading_decision.xlsx",
        {"id": {"Keterangan", "Matriks kriteria", "Bobot", "Peringkat"},
         "en": {"About", "Criteria matrix", "Weights", "Ranking"}}),
    "siting": Verb(
        ("siting",), _siting_inputs,
        {"id": ("Peringatan", "dikeluarkan dari pemeringkatan", "Kriteria", "skor",
                "rentang", "Hasil ditulis ke"),
         "en": ("Warning", "left out of the ranking", "Criteria", "score", "range",
                "Results written to")}),
}

# (language expected, where the choice is made, RANCANG_LANG)
CHOICES = [
    ("id", None, None),
    ("id", "verb", "en"),  # the verb's --lang id wins over the environment
    ("en", "verb", None),
    ("en", "root", None),
    ("en", None, "en"),
]


def _has(word: str, output: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", output) is not None


@pytest.mark.parametrize("name", sorted(VERBS))
@pytest.mark.parametrize(("lang", "where", "env"), CHOICES)
def test_output_and_workbook_in_one_language(tmp_path, monkeypatch, name, lang, where, env):
    verb = VERBS[name]
    if env is None:
        monkeypatch.delenv("RANCANG_LANG", raising=False)
    else:
        monkeypatch.setenv("RANCANG_LANG", env)
    out = tmp_path / "out"
    argv = [*verb.prefix, *verb.args(tmp_path), "--out", str(out)]
    if where == "verb":
        argv += ["--lang", lang]
    elif where == "root":
        argv = ["--lang", lang, *argv]
    result = CliRunner().invoke(build_app(), argv, env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    other = "en" if lang == "id" else "id"
    assert [w for w in verb.words[lang] if not _has(w, output)] == [], output
    assert [w for w in verb.words[other] if _has(w, output)] == [], output
    if verb.workbook is not None and verb.sheets is not None:
        book = openpyxl.load_workbook(out / verb.workbook, read_only=True)
        assert set(book.sheetnames) == verb.sheets[lang]
        book.close()
