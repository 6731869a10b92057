"""A plan drafted from the real BPS files: the 8 PDRB tables and a BPS input-output table
(skips when the shared data is absent). The numbers in the document equal the services'."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app

pytestmark = pytest.mark.realdata


def test_makassar_plan_with_io(tmp_path: Path, bps_io_dir: Path, bps_pdrb_dir: Path) -> None:
    from docx import Document

    from rancang.features.inputoutput.service import IOOptions, io_from_files

    table = next(bps_io_dir.glob("*Sulawesi Selatan*.xlsx"))
    out = tmp_path / "out"
    r = CliRunner().invoke(build_app(), ["plan", "draft", str(bps_pdrb_dir), "--region",
                                         "7371", "--io", str(table), "--out", str(out)])
    assert r.exit_code == 0, r.output
    doc = Document(str(out / "rpik-73.71.docx"))
    assert [q.text for q in doc.paragraphs[:3]] == [  # the cover, then the title
        "RENCANA PEMBANGUNAN INDUSTRI", "KOTA MAKASSAR", "TAHUN 2021-2041"]
    assert next(q.text for q in doc.paragraphs if q.style.name == "Title") == (
        "Rencana Pembangunan Industri Kota Makassar Tahun 2021-2041")
    io = next(t for t in doc.tables if t.rows[0].cells[2].text == "Pengganda output")
    row = next(r for r in io.rows if r.cells[0].text == "C")
    res = io_from_files(table, panel=[bps_pdrb_dir], options=IOOptions(region="7371"))
    m = res.tables["multipliers"].filter(pl.col("sector") == "C")["output"][0]
    assert row.cells[2].text == f"{m:.3f}".replace(".", ",")
    heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert "II.7 Keterkaitan Antarsektor" in heads
    # import dependence of manufacturing: the service's coefficients, in the table and
    # in the sentence
    imports = next(t for t in doc.tables if t.rows[0].cells[2].text == "Impor langsung")
    row = next(r for r in imports.rows if r.cells[0].text == "C")
    imp = res.tables["imports"].filter(pl.col("sector") == "C")
    direct, total = 100 * imp["import_direct"][0], 100 * imp["import_total"][0]
    assert row.cells[2].text == f"{direct:.2f}".replace(".", ",")
    assert row.cells[6].text == f"{total:.2f}".replace(".", ",")
    sentence = (f"setiap 100 rupiah output memakai {direct:.1f} rupiah bahan antara impor "
                f"secara langsung dan {total:.1f} rupiah").replace(".", ",")
    assert any(sentence in p.text for p in doc.paragraphs), sentence


def test_a_regency_formed_after_the_first_year(tmp_path: Path, bps_pdrb_dir: Path) -> None:
    """Muna Barat (BPS 7413) has no PDRB in 2013 (formed in 2014): the sections that cannot
    use such a series are skipped with a warning saying why; the rest of the plan is drafted
    (and the batch of every regency goes on)."""
    from docx import Document

    out = tmp_path / "out"
    r = CliRunner().invoke(build_app(), ["plan", "draft", str(bps_pdrb_dir), "--region",
                                         "7413", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "dilewati untuk 7413" in r.output
    doc = Document(str(out / "rpik-74.13.docx"))
    assert any(p.text == "II.3 Sektor Basis dan Daya Saing Industri" for p in doc.paragraphs)
