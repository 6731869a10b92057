"""What the audit of issue 16 found weakly tested in KBLI coding: the titles and the reason
written by ``rancang kbli code`` (lines 1.4 and 1.12), and office phrases with regional food
names, slang and abbreviations and brand names (line 1.10)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.features.kbli.coder import KbliCoder, load_classes

runner = CliRunner()


@pytest.fixture(scope="module")
def coder() -> KbliCoder:
    return KbliCoder.default()


def test_each_code_has_its_title_and_the_reason_names_words_and_a_passage(
        tmp_path: Path, coder: KbliCoder) -> None:
    src = tmp_path / "ikm.csv"
    phrases = ["keripik singkong pedas balado", "jasa angkutan karyawan tambang", "mess karyawan"]
    with src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["uraian"], *[[p] for p in phrases]])
    out = tmp_path / "coded.csv"
    r = runner.invoke(build_app(), ["kbli", "code", str(src), "--column", "uraian", "--out",
                                    str(out), "--quiet", "--lang", "en"])
    assert r.exit_code == 0, r.output
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    classes = {c.code: c for c in load_classes()}
    for phrase, row in zip(phrases, rows, strict=True):
        found = coder.suggest(phrase, top=3)
        for k, s in enumerate(found, start=1):
            assert row[f"kbli_{k}"] == s.code
            assert row[f"kbli_{k}_title"] == classes[s.code].title
        best = found[0]
        words, _, passage = row["kbli_why"].partition(" \u00ab")
        assert words.split() == list(best.matched) and words
        assert passage.endswith("\u00bb")
        assert passage[:-1] == best.excerpt
        assert passage[:-1].rstrip("\u2026") in classes[best.code].description


@pytest.mark.parametrize(("phrase", "code"), [
    ("usaha gethuk lindri", "10792"),             # a regional cake (Javanese)
    ("warung bakso mercon", "56104"),             # a regional dish, sold from a stall
    ("ktering utk karyawan proyek", "56290"),     # a typo and an abbreviation
    ("toko hp dan pulsa", "47414"),               # slang: hp = handphone
    ("jual aqua galon isi ulang", "11052"),       # a brand for bottled water
    ("bengkel motor honda", "45407"),             # a brand for motorcycles
])
def test_office_phrases_with_food_names_slang_and_brands(coder: KbliCoder, phrase: str,
                                                         code: str) -> None:
    assert coder.suggest(phrase, top=3)[0].code == code
