"""The synchronisation report: planted gaps, duplicates, a programme outside authority and
regencies without an RPIK found exactly; budgets checked against sums computed from the
generated rows; the same figures from the CLI, the page, the API and the XLSX."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from rancang.core.actors import CLI_ACTOR, Actor
from rancang.core.errors import InputError
from rancang.features.programmes.demo import Synthetic, synthetic_programmes, write_csv
from rancang.features.programmes.importer import import_programmes
from rancang.features.programmes.mapping import load_mappings
from rancang.features.programmes.models import Programme, ProgrammeMapping
from rancang.features.programmes.nomenclature import normalise
from rancang.features.programmes.sync import sync_report
from tests.programmes.conftest import make_plan

MOROWALI = "Dinas Perindustrian Kabupaten Morowali (sintetis)"
PROVINCE = "Dinas Perindustrian Provinsi (sintetis)"


def _mapping_file(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["kode", "wilayah", "tahun", "instansi", "jenis", "kunci", "kontribusi",
               "konfirmasi"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


MAPPED = [
    ["3.31.02.2.01.0001", "72.06", 2026, MOROWALI, "target", "tenaga_kerja", "+40 orang", "ya"],
    ["3.31.02.1.01.0009", "72.06", 2026, PROVINCE, "sasaran", "tenaga_kerja", "", "Ya"],
    ["3.31.02.2.01.0002", "72.06", 2026, "", "strategy", "program.unggulan", "", "yes"],
    ["3.31.02.2.01.0003", "72.06", 2027, MOROWALI, "strategi", "program.unggulan", "", "ya"],
    ["3.31.02.2.01.0004", "72.06", 2026, MOROWALI, "target", "ekspor", "", ""],  # not confirmed
]


def world(engine: Engine, tmp: Path) -> tuple[Synthetic, int]:
    data = synthetic_programmes("72", years=(2026, 2027), per_regency=4, seed=3)
    import_programmes(engine, CLI_ACTOR, [write_csv(data.rows, tmp / "prog.csv")])
    plan = make_plan(engine, "72.06")
    result = load_mappings(engine, CLI_ACTOR, plan, _mapping_file(tmp / "map.xlsx", MAPPED))
    assert (result.confirmed, result.skipped) == (4, 1)
    return data, plan


def _pagu(data: Synthetic, code: str, region: str, year: int) -> float:
    return next(float(r["pagu"]) for r in data.rows  # type: ignore[arg-type]
                if (r["kode"], r["wilayah"], r["tahun"]) == (code, region, year))


def test_planted_cases_are_found_exactly(store: Engine, tmp_path: Path) -> None:
    data, _plan = world(store, tmp_path)
    report = sync_report(store, CLI_ACTOR, "72", 2026)
    gaps = {(g.kind, g.key) for g in report.gaps}
    assert gaps == {("target", "ekspor"), ("strategy", "visi.strategi"),
                    ("strategy", "program.perwilayahan"), ("strategy", "program.sumber_daya"),
                    ("strategy", "program.sarana_prasarana"),
                    ("strategy", "program.pemberdayaan")}
    dups = {(normalise(d.name), d.region, d.year) for d in report.duplicates}
    assert dups == {d for d in data.duplicates if d[2] == 2026}
    assert {(o.programme.code, o.programme.region_code, o.programme.year)
            for o in report.outside} == {o for o in data.outside if o[2] == 2026}
    assert {r.code for r in report.without_plan} == {
        f"72.{n:02d}" for n in range(1, 13) if n != 6} | {"72.71"}
    jobs = next(c for c in report.coverage if c.key == "tenaga_kerja")
    assert jobs.count == {"pusat": 0, "provinsi": 1, "kabupaten": 1}
    assert jobs.budget["kabupaten"] == _pagu(data, "3.31.02.2.01.0001", "72.06", 2026)
    assert jobs.budget["provinsi"] == _pagu(data, "3.31.02.1.01.0009", "72.06", 2026)
    unggulan = {(b.level, b.year): b.budget for b in report.budget
                if b.key == "program.unggulan"}
    assert unggulan == {("kabupaten", 2026): _pagu(data, "3.31.02.2.01.0002", "72.06", 2026),
                        ("kabupaten", 2027): _pagu(data, "3.31.02.2.01.0003", "72.06", 2027)}
    # budget per level and year, every programme once, against the generated rows
    expected: dict[tuple[str, int], list[float]] = {}
    for r in data.rows:
        expected.setdefault((str(r["tingkat"]), int(r["tahun"])), []).append(  # type: ignore[call-overload]
            float(r["pagu"]))  # type: ignore[arg-type]
    assert report.totals == {k: (len(v), math.fsum(v)) for k, v in expected.items()}
    assert report.programmes == sum(1 for r in data.rows if r["tahun"] == 2026)
    assert report.unmapped == report.programmes - 3


def test_a_regency_analyst_sees_only_their_regency(lite: Engine, tmp_path: Path,
                                                    other_analyst: Actor) -> None:
    world(lite, tmp_path)
    report = sync_report(lite, other_analyst, "72", 2026)
    assert [r.code for r in report.regions] == ["72.03"]
    assert report.coverage == []  # the draft plan of Morowali is not theirs
    assert report.duplicates == []
    assert [o.programme.region_code for o in report.outside] == ["72.03"]


def test_mapping_errors_change_nothing(lite: Engine, tmp_path: Path) -> None:
    _, plan = world(lite, tmp_path)
    before = sync_report(lite, CLI_ACTOR, "72", 2026).summary()
    bad = _mapping_file(tmp_path / "bad.xlsx", [
        ["3.31.02.2.01.0004", "72.06", 2026, MOROWALI, "target", "ekspor", "", "ya"],
        ["3.31.02.2.01.0009", "72.06", 2026, MOROWALI, "target", "ekspor", "", "ya"],
        ["3.31.02.2.01.0004", "72.06", 2026, MOROWALI, "target", "tidak_ada", "", "ya"],
        ["3.31.02.2.01.0004", "72.06", 2026, MOROWALI, "target", "ekspor", "", "mungkin"],
    ])
    with pytest.raises(InputError) as err:
        load_mappings(lite, CLI_ACTOR, plan, bad)
    assert [(p.row, p.column) for p in err.value.problems] == [
        (3, "kode"), (4, "kunci"), (5, "konfirmasi")]
    assert sync_report(lite, CLI_ACTOR, "72", 2026).summary() == before


def _number(cell: str) -> float:
    return float(cell.replace(".", "").replace(",", "."))


def test_cli_page_api_and_xlsx_show_the_same_figures(tmp_path: Path) -> None:
    from rancang.cli import build_app as cli_app
    from rancang.core.settings import Settings
    from rancang.features.accounts.service import create_user
    from rancang.web.app import create_app
    from tests.web.conftest import PASSWORD, login

    url = f"sqlite:///{tmp_path / 'same.sqlite'}"
    app = create_app(Settings(database_url=url, data_dir=tmp_path / "data"))
    engine = app.state.engine
    world(engine, tmp_path)
    create_user(engine, "kepala", PASSWORD, role="analyst", region_code="72")
    summary = sync_report(engine, CLI_ACTOR, "72", 2026).summary()
    out = CliRunner().invoke(cli_app(), ["programmes", "sync", "--province", "72", "--year",
                                         "2026", "--out", str(tmp_path / "out"),
                                         "--database-url", url, "--lang", "en"])
    assert out.exit_code == 0, out.output
    assert f"{summary['gaps']} without a programme" in out.output
    assert f"{summary['duplicates']} activities planned twice" in out.output
    wb = load_workbook(tmp_path / "out" / "sinkronisasi-72-2026.xlsx")
    ws = wb[wb.sheetnames[1]]
    xlsx = [r[1] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert xlsx == list(summary.values())
    client = login(app, "kepala")
    api = client.http.get("/api/v1/programmes/sync?province=72&year=2026").json()
    assert api["summary"] == {k: float(v) for k, v in summary.items()}
    page = client.http.get("/programmes/sync?province=72&year=2026").text
    block = page[page.index('id="sync-summary"'):page.index('id="sync-regions"')]
    cells = re.findall(r'<td class="num">([^<]+)</td>', block)
    assert [_number(c) for c in cells] == [float(v) for v in summary.values()]
    docx = client.http.get("/programmes/sync.docx?province=72&year=2026")
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    assert client.http.get("/programmes/sync.pdf?province=72&year=2026").status_code == 404
    listing = client.http.get("/api/v1/programmes?province=72&year=2026").json()
    assert len(listing) == summary["programmes"]


def test_xlsx_and_docx_hold_the_gaps_duplicates_and_budgets(lite: Engine,
                                                            tmp_path: Path) -> None:
    """The workbook has a sheet for gaps, duplicates, programmes outside authority, budget
    per strategy/target and per level, each holding the planted rows (checked against the
    generated rows, not the report); the DOCX names the same gaps and programmes."""
    from docx import Document

    from rancang.core.i18n import text
    from rancang.features.programmes.sync_tables import write_docx, write_xlsx

    def sheet(tid: str) -> list[list[object]]:
        return sheets[text(f"programmes.sheet.{tid}", "id")]

    data, _plan = world(lite, tmp_path)
    report = sync_report(lite, CLI_ACTOR, "72", 2026)
    wb = load_workbook(write_xlsx(report, tmp_path / "s.xlsx", "id"))
    sheets = {ws.title: [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]
              for ws in wb.worksheets}
    gaps = {r[2] for r in sheet("gaps")}
    assert gaps == {"ekspor", "visi.strategi", "program.perwilayahan",
                    "program.sumber_daya", "program.sarana_prasarana",
                    "program.pemberdayaan"}
    dup_rows = sheet("duplicates")
    assert {(normalise(str(r[1])), r[2], int(r[3])) for r in dup_rows} == {
        d for d in data.duplicates if d[2] == 2026}
    assert {(r[0], r[2]) for r in sheet("authority")} == {
        (o[0], o[1]) for o in data.outside if o[2] == 2026}
    anchor = {(r[2], int(r[5])): r[7] for r in sheet("budget_anchor")}
    assert anchor[("program.unggulan", 2026)] == _pagu(data, "3.31.02.2.01.0002", "72.06",
                                                       2026)
    per_level = {(r[0], int(r[1])): (r[2], r[3]) for r in sheet("budget_level")}
    rows_2026 = [r for r in data.rows if r["tahun"] == 2026 and r["tingkat"] == "kabupaten"]
    assert per_level[(text("programmes.level.kabupaten", "id"), 2026)] == (
        len(rows_2026), pytest.approx(math.fsum(float(r["pagu"]) for r in rows_2026)))  # type: ignore[arg-type]
    doc = Document(str(write_docx(report, tmp_path / "s.docx", "id")))
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert {"ekspor", "program.unggulan"} <= cells
    assert {o[0] for o in data.outside if o[2] == 2026} <= cells


def test_one_programme_serves_a_target_and_a_strategy(lite: Engine, tmp_path: Path) -> None:
    """Many-to-many: a programme confirmed for two anchors counts in the coverage and the
    budget of both, with the contribution of each; the total per level counts it once."""
    data, plan = world(lite, tmp_path)
    before = sync_report(lite, CLI_ACTOR, "72", 2026)
    both = _mapping_file(tmp_path / "dua.xlsx", [
        ["3.31.02.2.01.0004", "72.06", 2026, MOROWALI, "target", "ekspor", "+5 %", "ya"],
        ["3.31.02.2.01.0004", "72.06", 2026, MOROWALI, "strategi",
         "program.sarana_prasarana", "+2 kawasan", "ya"],
    ])
    assert load_mappings(lite, CLI_ACTOR, plan, both).confirmed == 2
    report = sync_report(lite, CLI_ACTOR, "72", 2026)
    pagu = _pagu(data, "3.31.02.2.01.0004", "72.06", 2026)
    for key in ("ekspor", "program.sarana_prasarana"):
        cov = next(c for c in report.coverage if c.key == key)
        assert cov.count == {"pusat": 0, "provinsi": 0, "kabupaten": 1}, key
        assert cov.budget["kabupaten"] == pagu, key
        assert "3.31.02.2.01.0004 (72.06)" in cov.codes, key
    m, pr = ProgrammeMapping.__table__, Programme.__table__
    with lite.connect() as conn:
        stored = set(conn.execute(
            select(m.c.anchor, m.c.contribution, m.c.confirmed_by)
            .join(pr, pr.c.id == m.c.programme_id)
            .where(pr.c.code == "3.31.02.2.01.0004", pr.c.region_code == "72.06",
                   pr.c.year == 2026, m.c.confirmed.is_(True))).all())
    assert {(a, c) for a, c, _ in stored} == {("ekspor", "+5 %"),
                                             ("program.sarana_prasarana", "+2 kawasan")}
    assert all(who for _, _, who in stored)
    assert {g.key for g in before.gaps} - {g.key for g in report.gaps} == {
        "ekspor", "program.sarana_prasarana"}
    assert report.totals == before.totals  # counted once per level
    assert report.unmapped == before.unmapped - 1
