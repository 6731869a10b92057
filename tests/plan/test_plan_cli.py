"""``rancang plan`` end to end: draft from files, DOCX/PDF/CSV/XLSX outputs checked against
the services' numbers, edit, freeze, diff, export, and bad input (exit 2, nothing changed)."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR
from rancang.core.db import make_engine
from rancang.features.leading.service import AnalysisOptions, run_analysis
from rancang.features.plan.outline import default_outline, fill
from rancang.features.plan.versions import snapshot
from rancang.sources.synthetic import demo_province

REGION = "9903"


@pytest.fixture()
def demo_csv(tmp_path: Path) -> Path:
    panel = demo_province()
    long = panel.to_long()
    assert panel.references is not None
    long = long.vstack(panel.references.to_long())
    path = tmp_path / "pdrb_demo.csv"
    long.write_csv(path)
    return path


def run(*args: str) -> object:
    return CliRunner().invoke(build_app(), list(args))


def _slq_c() -> float:
    res = run_analysis(demo_province(), AnalysisOptions(regions=[REGION]))
    q = res.tables["lq_quadrant"].filter(pl.col("industry_code") == "C")
    return float(q["slq"][0])


def test_draft_writes_docx_pdf_and_data(tmp_path: Path, demo_csv: Path) -> None:
    from docx import Document

    out = tmp_path / "out"
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    r = run("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--out",
            str(out), "--pdf", "--save", "--database-url", db)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    assert "Rencana 1 (RPIK 9903 2025-2045) dibuat" in r.output  # type: ignore[attr-defined]
    doc = Document(str(out / "rpik-9903.docx"))
    outline = default_outline("rpik")
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1[0] == "BAB I PENDAHULUAN" and h1[-1] == "LAMPIRAN"
    assert len(h1) == len(outline["chapters"])
    h2 = [p.text.split(" ", 1)[1] for p in doc.paragraphs if p.style.name == "Heading 2"]
    values = {"region_name": "", "region": REGION, "level_name": "", "start": 2025,
              "end": 2045}
    assert h2 == [fill(s["title"], values, "id") for c in outline["chapters"]
                  for s in c["sections"]]
    # the LQ table: the service's SLQ of manufacturing, in Indonesian notation
    lq = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][:3] == [
        "Kode", "Lapangan usaha", "SLQ"])
    row = next(r for r in lq.rows if r.cells[0].text == "C")
    assert row.cells[2].text == f"{_slq_c():.2f}".replace(".", ",")
    engine = make_engine(db)
    snap = snapshot(engine, CLI_ACTOR, 1)
    engine.dispose()
    n_tables = sum(len(b["tables"]) for s in snap["sections"] for b in s["blocks"])
    assert len(doc.tables) == n_tables
    # every table as CSV (machine numbers) and one workbook
    data = out / "data"
    assert len(list(data.glob("*.csv"))) == n_tables
    assert (data / "rpik-9903.xlsx").is_file()
    lq_csv = next(data.glob("*-leading.lq.csv"))
    with lq_csv.open(encoding="utf-8") as fh:
        c = next(r for r in csv.DictReader(fh) if r["Kode"] == "C")
    assert float(c["SLQ"]) == pytest.approx(_slq_c(), rel=1e-12)
    # the PDF has pages with ink on them
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(out / "rpik-9903.pdf"))
    try:
        assert len(pdf) >= 3
        image = pdf[0].render(scale=1).to_pil().convert("L")
        assert image.getextrema()[0] < 100  # text is drawn
    finally:
        pdf.close()


def test_edit_freeze_diff_export(tmp_path: Path, demo_csv: Path) -> None:
    from docx import Document

    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    assert run("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025",
               "--save", "--database-url", db).exit_code == 0  # type: ignore[attr-defined]
    assert run("plan", "freeze", "1", "--version", "v0.1", "--database-url",
               db).exit_code == 0  # type: ignore[attr-defined]
    r = run("plan", "edit", "1", "visi.visi_misi", "--text",
            "Visi: industri nikel yang hijau.", "--database-url", db)
    assert "disunting" in r.output  # type: ignore[attr-defined]
    run("plan", "freeze", "1", "--version", "v0.2", "--database-url", db)
    r = run("plan", "diff", "1", "v0.1", "v0.2", "--database-url", db)
    assert "+ Visi: industri nikel yang hijau." in r.output  # type: ignore[attr-defined]
    page = tmp_path / "diff.html"
    run("plan", "diff", "1", "v0.1", "v0.2", "--out", str(page), "--database-url", db)
    assert "Visi: industri nikel yang hijau." in page.read_text(encoding="utf-8")
    annex = tmp_path / "diff.docx"
    run("plan", "diff", "1", "v0.1", "v0.2", "--out", str(annex), "--database-url", db)
    assert any("visi" in p.text.lower() for p in Document(str(annex)).paragraphs)
    # the same annex as PDF: its text holds the added line
    pdfium = pytest.importorskip("pypdfium2")
    annex_pdf = tmp_path / "diff.pdf"
    r = run("plan", "diff", "1", "v0.1", "v0.2", "--out", str(annex_pdf), "--database-url", db)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    doc = pdfium.PdfDocument(str(annex_pdf))
    pdf_text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    doc.close()
    assert "+ Visi: industri nikel yang hijau." in pdf_text
    assert "v0.1" in pdf_text and "v0.2" in pdf_text
    one = tmp_path / "v01.docx"
    r = run("plan", "export", "1", "--version", "v0.1", "--out", str(one), "--database-url",
            db)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    texts = [p.text for p in Document(str(one)).paragraphs]
    assert "Visi: industri nikel yang hijau." not in texts
    assert any("Versi: v0.1" in t for t in texts)
    r = run("plan", "versions", "1", "--database-url", db)
    assert r.output.split()[0] == "v0.1"  # type: ignore[attr-defined]


def _fails(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run ``rancang`` as the console does; it must end with exit code 2, no traceback."""
    from rancang.cli import main

    with pytest.raises(SystemExit) as info:
        main(list(args))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_bad_input_exit_2_and_nothing_changes(tmp_path: Path, demo_csv: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    run("plan", "create", "--region", "72.06", "--start", "2025", "--database-url", db)
    before = run("plan", "outline", "1", "--database-url", db).output  # type: ignore[attr-defined]
    broken = tmp_path / "kerangka.toml"
    broken.write_text(before.replace("{region_name}", "{kabupaten}", 1), encoding="utf-8")
    err = _fails(capsys, "plan", "outline", "1", "--file", str(broken), "--database-url", db)
    assert "{kabupaten}" in err and "kerangka.toml" in err
    assert run("plan", "outline", "1", "--database-url", db).output == before  # type: ignore[attr-defined]
    err = _fails(capsys, "plan", "edit", "1", "bab9.tidak_ada", "--text", "x",
                 "--database-url", db)
    assert "bab9.tidak_ada" in err
    targets = tmp_path / "sasaran.csv"
    targets.write_text("key,indicator,unit,stage_1\ninv,investment,,5\n", encoding="utf-8")
    err = _fails(capsys, "plan", "targets", "1", "--file", str(targets), "--database-url", db)
    assert "tanpa satuan" in err and "sasaran.csv" in err and "baris 2" in err
    _fails(capsys, "plan", "diff", "1", "v0.1", "v0.2", "--out", str(tmp_path / "x.txt"),
           "--database-url", db)
    assert run("plan", "targets", "1", "--database-url", db).output.count("\n") == 1  # type: ignore[attr-defined]


def test_english_document(tmp_path: Path, demo_csv: Path) -> None:
    from docx import Document

    out = tmp_path / "en.docx"
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    run("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--save",
        "--lang", "en", "--database-url", db)
    r = run("plan", "export", "1", "--out", str(out), "--lang", "en", "--database-url", db)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    doc = Document(str(out))
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1[0] == "CHAPTER I INTRODUCTION"
    lq = next(t for t in doc.tables if t.rows[0].cells[0].text == "Code"
              and t.rows[0].cells[2].text == "SLQ")
    row = next(r for r in lq.rows if r.cells[0].text == "C")
    assert row.cells[2].text == f"{_slq_c():.2f}"
    assert row.cells[4].text == "leading"


def test_batch_of_regions(tmp_path: Path, demo_csv: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    from docx import Document

    out = tmp_path / "out"
    r = run("plan", "draft", str(demo_csv), "--region", "9901,9903", "--start", "2025",
            "--out", str(out))
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    for code in ("9901", "9903"):
        doc = Document(str(out / f"rpik-{code}" / f"rpik-{code}.docx"))
        title = next(q.text for q in doc.paragraphs if q.style.name == "Title")
        assert title.startswith("Rencana Pembangunan Industri")  # after the cover
    # a region the data does not hold: refused before anything is written
    err = _fails(capsys, "plan", "draft", str(demo_csv), "--region", "9901,9999",
                 "--out", str(tmp_path / "none"))
    assert "9999" in err
    assert not (tmp_path / "none").exists()
