"""The ``rancang plan`` verbs the first CLI tests did not run: ``list``, ``show`` (the Perda
and the versions' dates as people write them, in both languages), ``status`` through the
command line, ``regenerate`` (the team's text kept, the change log printed with the numbers
of an independent analysis of the old and the new data, the section marked to review),
``--io`` recorded with its SHA-256 and kept on regeneration, ``draft --lang en --out``,
a version exported as PDF, and the draft's workbook holding every table."""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR
from rancang.core.db import make_engine
from rancang.core.i18n import format_number
from rancang.features.leading.service import AnalysisOptions, run_analysis
from rancang.features.plan.service import get_plan
from rancang.sources import read_panel_checked
from rancang.sources.synthetic import demo_province

REGION = "9903"


@pytest.fixture()
def demo_csv(tmp_path: Path) -> Path:
    panel = demo_province()
    assert panel.references is not None
    long = panel.to_long().vstack(panel.references.to_long())
    path = tmp_path / "pdrb_demo.csv"
    long.write_csv(path)
    return path


def run(*args: str) -> object:
    return CliRunner().invoke(build_app(), list(args))


def _ok(*args: str) -> str:
    r = run(*args)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    return str(r.output)  # type: ignore[attr-defined]


def _fails(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    from rancang.cli import main

    with pytest.raises(SystemExit) as info:
        main(list(args))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_list_show_status_with_dates_as_people_write_them(
        tmp_path: Path, demo_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    assert _ok("plan", "list", "--database-url", db).strip() == "Belum ada rencana."
    _ok("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--save",
        "--database-url", db)
    line = _ok("plan", "list", "--database-url", db).splitlines()
    assert len(line) == 1 and line[0].split()[:4] == ["1", "RPIK", REGION, "2025-2045"]
    assert "draf" in line[0]
    # a Perda date that is not a date: exit 2, the status unchanged
    for step in ("consultation", "agreed"):
        _ok("plan", "status", "1", step, "--database-url", db)
    err = _fails(capsys, "plan", "status", "1", "adopted", "--perda-number", "3/2026",
                 "--perda-date", "4-5-2026", "--database-url", db)
    assert "--perda-date" in err
    assert "Status: disepakati" in _ok("plan", "show", "1", "--database-url", db)
    _ok("plan", "status", "1", "adopted", "--perda-number", "Perda No. 3 Tahun 2026",
        "--perda-date", "2026-05-04", "--database-url", db)
    shown = {lang: _ok("plan", "show", "1", "--database-url", db, "--lang", lang)
             for lang in ("id", "en")}
    assert "Perda: Perda No. 3 Tahun 2026 (4 Mei 2026)" in shown["id"]
    assert "Perda: Perda No. 3 Tahun 2026 (4 May 2026)" in shown["en"]
    for text in shown.values():
        assert "2026-05-04" not in text
    assert "Status: ditetapkan (Perda)" in shown["id"]
    assert "Status: adopted (Perda)" in shown["en"]
    # the versions list writes its dates the same way, never ISO
    _ok("plan", "freeze", "1", "--version", "final", "--database-url", db)
    for lang, month in (("id", r"(Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des)"),
                        ("en", r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")):
        listed = _ok("plan", "versions", "1", "--database-url", db, "--lang", lang)
        assert re.match(rf"final\s+\d{{1,2}} {month} \d{{4}} \d\d[.:]\d\d UTC", listed), listed
        assert not re.search(r"\d{4}-\d\d-\d\d", listed), listed


def _slq(panel_path: Path, code: str) -> float:
    panel, _ = read_panel_checked([panel_path], bps_totals="warn")
    res = run_analysis(panel, AnalysisOptions(regions=[REGION]))
    q = res.tables["lq_quadrant"].filter(pl.col("industry_code") == code)
    return float(q["slq"][0])


def test_regenerate_keeps_the_teams_text_and_prints_the_change_log(
        tmp_path: Path, demo_csv: Path) -> None:
    from docx import Document

    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    _ok("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--save",
        "--database-url", db)
    _ok("plan", "edit", "1", "kondisi.sektor_basis", "--text",
        "Sektor basis dibahas pada FGD pertama.", "--database-url", db)
    # new data: manufacturing of the regency 8 % higher in the last year
    newer = tmp_path / "pdrb_baru.csv"
    with demo_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    last = max(int(r["year"]) for r in rows)
    for r in rows:
        if r["region_code"] == REGION and r["industry_code"] == "C" and int(r["year"]) == last:
            r["value"] = str(float(r["value"]) * 1.08)
    with newer.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    out = _ok("plan", "regenerate", "1", str(newer), "--database-url", db)
    # the change log: SLQ of C before and after, from the analysis run on each file
    before = format_number(_slq(demo_csv, "C"), 2, "id")
    after = format_number(_slq(newer, "C"), 2, "id")
    assert before != after
    assert (f"  kondisi.sektor_basis: SLQ, DLQ dan kuadran lapangan usaha C, SLQ: "
            f"{before} -> {after}") in out.splitlines(), out
    assert "Rencana 1 diperbarui" in out
    shown = _ok("plan", "show", "1", "--database-url", db)
    state = next(x for x in shown.splitlines() if " kondisi.sektor_basis " in x)
    assert "perlu ditinjau" in state
    # the team's text stays in the document; the table carries the new number
    doc_path = tmp_path / "r.docx"
    _ok("plan", "export", "1", "--out", str(doc_path), "--database-url", db)
    doc = Document(str(doc_path))
    assert "Sektor basis dibahas pada FGD pertama." in [p.text for p in doc.paragraphs]
    lq = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][:3] == [
        "Kode", "Lapangan usaha", "SLQ"])
    assert next(r for r in lq.rows if r.cells[0].text == "C").cells[2].text == after
    # what it was built from: the new file
    engine = make_engine(db)
    try:
        sources = get_plan(engine, CLI_ACTOR, 1).sources
    finally:
        engine.dispose()
    assert sources["files"] == [{"file": newer.name,
                                 "sha256": hashlib.sha256(newer.read_bytes()).hexdigest()}]


def test_io_table_recorded_and_kept_on_regeneration(tmp_path: Path, demo_csv: Path) -> None:
    from rancang.sources.bps_io_synthetic import synthetic_io_table, write_bps_io_xlsx

    io = write_bps_io_xlsx(synthetic_io_table(52), tmp_path / "io52.xlsx")
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    _ok("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--save",
        "--io", str(io), "--database-url", db)

    def state() -> tuple[dict[str, object], str]:
        engine = make_engine(db)
        try:
            plan = get_plan(engine, CLI_ACTOR, 1)
        finally:
            engine.dispose()
        shown = _ok("plan", "show", "1", "--database-url", db)
        line = next(x for x in shown.splitlines() if " kondisi.keterkaitan " in x)
        return plan.sources, line

    sources, line = state()
    assert sources["io"] == {"file": "io52.xlsx",
                             "sha256": hashlib.sha256(io.read_bytes()).hexdigest(),
                             "title": sources["io"]["title"]}  # type: ignore[index]
    assert "SINTETIS" in str(sources["io"]["title"])  # type: ignore[index]
    assert "dihasilkan" in line
    assert "tabel input-output: io52.xlsx" in _ok("plan", "show", "1", "--database-url", db)
    # regenerating with the same table keeps the chapter on linkages
    out = _ok("plan", "regenerate", "1", str(demo_csv), "--io", str(io),
              "--database-url", db)
    assert "kondisi.keterkaitan" not in out  # nothing changed there
    sources, line = state()
    assert "dihasilkan" in line and sources["io"]["file"] == "io52.xlsx"  # type: ignore[index]


def test_register_snapshot_recorded(tmp_path: Path) -> None:
    """A draft with the register records which register it read: its version (the last
    audit entry) and the number of published records of the region, counted here
    independently from the records; a new publication moves the version."""
    import tempfile

    from sqlalchemy import func, select

    from rancang.core.db import ensure_schema
    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.service import create_plan
    from rancang.features.registry.demo import demo_register, write_office_xlsx
    from rancang.features.registry.importer import import_files
    from rancang.features.registry.models import AuditLog, Enterprise
    from rancang.features.registry.publish import publish_demo

    register = make_engine("sqlite://")
    ensure_schema(register)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_office_xlsx(demo_register(200, seed=5), Path(tmp) / "r.xlsx",
                                 title="DATA SINTETIS")
        import_files(register, [path], actor="t", synthetic=True)
    publish_demo(register)
    e = Enterprise.__table__
    with register.connect() as conn:
        n = conn.execute(select(func.count()).select_from(e).where(
            e.c.status == "verified", e.c.published_at.is_not(None),
            e.c.merged_into_id.is_(None), e.c.regency_code == "72.06")).scalar_one()
        last = conn.execute(select(func.max(AuditLog.id))).scalar_one()
    assert n >= 3
    engine = make_engine("sqlite://")
    ensure_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025)
    plan, _ = draft_plan(engine, CLI_ACTOR, p.id, demo_province(), region=REGION,
                         register=register)
    reg = plan.sources["register"]
    assert reg["version"] == last and reg["published_records"] == n
    assert plan.sources["summary"]["register"] == f"v{last} ({n})"
    engine.dispose()
    register.dispose()


def test_draft_in_english_straight_to_a_folder(tmp_path: Path, demo_csv: Path) -> None:
    from docx import Document

    out = tmp_path / "en"
    _ok("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--out",
        str(out), "--lang", "en")
    doc = Document(str(out / "rpik-9903.docx"))
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1[0] == "CHAPTER I INTRODUCTION"
    texts = [p.text for p in doc.paragraphs]
    assert "[Text generated from the data: for the team to revise]" in texts
    # numbers in English notation, the SLQ of the analysis
    lq = next(t for t in doc.tables if t.rows[0].cells[0].text == "Code"
              and t.rows[0].cells[2].text == "SLQ")
    res = run_analysis(demo_province(), AnalysisOptions(regions=[REGION]))
    slq = float(res.tables["lq_quadrant"].filter(pl.col("industry_code") == "C")["slq"][0])
    assert next(r for r in lq.rows if r.cells[0].text == "C").cells[2].text == f"{slq:.2f}"
    # the complexity table's proximities too ("C (0.25)", never a comma in English)
    opp = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Close to")
    assert all(re.fullmatch(r"([A-Z_]+ \(\d\.\d\d\)(, )?)+|.*[a-z].*", r.cells[-1].text)
               for r in opp.rows[1:])


def test_complexity_proximities_in_indonesian_notation(tmp_path: Path,
                                                       demo_csv: Path) -> None:
    from docx import Document

    out = tmp_path / "id"
    _ok("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--out",
        str(out))
    doc = Document(str(out / "rpik-9903.docx"))
    opp = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Kedekatan dengan")
    cells = [r.cells[-1].text for r in opp.rows[1:]]
    assert cells and all(re.fullmatch(r"([A-Z_]+ \(\d,\d\d\)(, )?)+|.*[a-z].*", c)
                         for c in cells), cells
    assert not any(re.search(r"\d\.\d", c) for c in cells), cells


def test_a_version_exported_as_pdf(tmp_path: Path, demo_csv: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    _ok("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--save",
        "--database-url", db)
    _ok("plan", "freeze", "1", "--version", "v0.1", "--database-url", db)
    _ok("plan", "edit", "1", "visi.visi_misi", "--text", "Visi: industri hilir yang maju.",
        "--database-url", db)
    out = tmp_path / "v01.pdf"
    _ok("plan", "export", "1", "--version", "v0.1", "--out", str(out), "--database-url", db)
    doc = pdfium.PdfDocument(str(out))
    try:
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    assert "Versi: v0.1" in text
    assert "Visi: industri hilir yang maju." not in text  # written after v0.1
    assert "BAB I PENDAHULUAN" in text


def test_the_workbook_holds_every_table(tmp_path: Path, demo_csv: Path) -> None:
    """``data/`` has one CSV per table of the document and one workbook with a sheet per
    table (its title, the header, the rows, its source line): each sheet's cells equal its
    CSV's, numbers kept as numbers."""
    from openpyxl import load_workbook

    out = tmp_path / "out"
    _ok("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--out",
        str(out))
    data = out / "data"
    csvs = sorted(data.glob("*.csv"))
    book = load_workbook(data / "rpik-9903.xlsx", read_only=True)
    sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)]
              for ws in book.worksheets}
    book.close()
    assert len(csvs) >= 10
    assert sorted(sheets) == [p.stem.replace("-", " ", 1) for p in csvs]
    for path in csvs:
        with path.open(encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        sheet = sheets[path.stem.replace("-", " ", 1)]
        body = sheet[1:1 + len(rows)]
        assert [str(x) for x in body[0]] == rows[0], path.name
        for got, want in zip(body[1:], rows[1:], strict=True):
            for g, w in zip(got, want, strict=True):
                if isinstance(g, int | float) and not isinstance(g, bool):
                    assert g == pytest.approx(float(w), rel=1e-12), (path.name, g, w)
                else:
                    assert (g if g is not None else "") == w, (path.name, g, w)
        tail = [r[0] for r in sheet[1 + len(rows):] if r and r[0]]
        if path.stem.split("-", 1)[1] != "plan.sources":
            assert tail and str(tail[-1]).startswith("Sumber: "), (path.name, tail)


def test_import_dependence_in_the_chapter_on_linkages(tmp_path: Path, demo_csv: Path) -> None:
    """``--io``: the chapter on linkages also holds each sector's import dependence, the
    direct import coefficient m/x and the total one (m/x) L (Miller and Blair 2009, 6.3),
    computed here with numpy from the table, in % of output, in Indonesian notation."""
    import numpy as np
    from docx import Document

    from rancang.sources.bps_io import read_bps_io
    from rancang.sources.bps_io_synthetic import synthetic_io_table, write_bps_io_xlsx

    path = write_bps_io_xlsx(synthetic_io_table(52), tmp_path / "io52.xlsx")
    out = tmp_path / "out"
    _ok("plan", "draft", str(demo_csv), "--region", REGION, "--start", "2025", "--io",
        str(path), "--out", str(out))
    table = read_bps_io(path)  # as the draft read it
    x = table.x
    a = table.z / x[np.newaxis, :]
    leontief = np.linalg.inv(np.eye(table.n) - a)
    assert table.imports is not None
    direct = table.imports / x
    total = direct @ leontief
    doc = Document(str(out / "rpik-9903.docx"))
    t = next(t for t in doc.tables if t.rows[0].cells[2].text == "Impor langsung")
    assert [c.text for c in t.rows[0].cells][-1] == "Impor total (langsung dan tidak langsung)"
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in t.rows[1:]}
    assert len(rows) == table.n
    for k, code in enumerate(table.sector_codes):
        assert rows[code][2] == format_number(100 * direct[k], 2, "id"), code
        assert rows[code][6] == format_number(100 * total[k], 2, "id"), code
    assert (total >= direct - 1e-12).all()  # indirect imports add, never subtract


def test_register_db_on_the_command_line(tmp_path: Path, demo_csv: Path) -> None:
    """``plan draft --register-db URL``: the chapter on industry today holds the register's
    published aggregate of the plan's regency (no cell under 3 firms), the plan's sources
    its snapshot. The demo PDRB is renamed to Morowali's BPS code (7203, province 7200;
    Kemendagri 72.06) so that the plan and the register's regency meet."""
    import tempfile

    from docx import Document

    from rancang.core.db import ensure_schema
    from rancang.features.registry.demo import demo_register, write_office_xlsx
    from rancang.features.registry.importer import import_files
    from rancang.features.registry.publish import publish_demo
    from rancang.features.registry.records import published_aggregate

    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    register = make_engine(url)
    ensure_schema(register)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_office_xlsx(demo_register(200, seed=5), Path(tmp) / "r.xlsx",
                                 title="DATA SINTETIS")
        import_files(register, [path], actor="t", synthetic=True)
    publish_demo(register)
    cells = {(r["industry_code"], int(r["year"])): r["value"]
             for r in published_aggregate(register, measure="units", level=2)
             if r["region_code"] == "72.06"}
    register.dispose()
    year = max(y for _, y in cells)
    renamed = tmp_path / "pdrb_7203.csv"
    text = demo_csv.read_text(encoding="utf-8")
    renamed.write_text(text.replace("\n9903,", "\n7203,").replace("\n9900,", "\n7200,"),
                       encoding="utf-8")
    out = tmp_path / "out"
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    _ok("plan", "draft", str(renamed), "--region", "7203", "--start", "2025", "--out",
        str(out), "--register-db", url, "--save", "--database-url", db)
    doc = Document(str(out / "rpik-72.06.docx"))
    t = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][:1] == ["KBLI"]
             and len(t.columns) == 4)
    rows = {r.cells[0].text: r.cells[2].text for r in t.rows[1:]}
    assert rows, "the register's table is empty"
    for code, shown in rows.items():
        value = cells.get((code, year))
        assert shown == ("" if value is None else format_number(value, 0, "id")), code
        assert value is None or value >= 3
    engine = make_engine(db)
    try:
        sources = get_plan(engine, CLI_ACTOR, 1).sources
    finally:
        engine.dispose()
    assert sources["register"]["year"] == year
    assert sources["register"]["published_records"] >= 3
