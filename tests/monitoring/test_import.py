"""Bulk entry: all or nothing, Indonesian numbers, never duplicated, blank keeps, the
workbook round trip; and the CLI verbs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from rancang.core.actors import CLI_ACTOR, Actor, Grant
from rancang.core.errors import InputError
from rancang.features.monitoring.dashboard import region_dashboard
from rancang.features.monitoring.importer import import_file, template_rows, write_template
from rancang.features.monitoring.models import MonitorAudit, MonitorIndicator, Realisation
from rancang.features.monitoring.periods import parse_period
from tests.monitoring.conftest import World


def _snapshot(w: World) -> list[tuple[object, ...]]:
    t = Realisation.__table__
    with w.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(t.c.indicator_id, t.c.region_code, t.c.period, t.c.value, t.c.status,
                   t.c.obstacles).order_by(t.c.id))]


def _audits(w: World) -> int:
    with w.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(MonitorAudit)).scalar_one())


GOOD = ("indikator;wilayah;periode;nilai;bukti;diinput_oleh;kendala\n"
        "industry_share;72.06;2026-S1;12,5;https://sipd.example/1;Budi;Bahan baku\n"
        "investment;72.06;2026-S1;1.234,5;;Ani;\n")


def test_import_all_or_nothing(world: World, tmp_path: Path) -> None:
    good = tmp_path / "realisasi.csv"
    good.write_text(GOOD, encoding="utf-8")
    counts = import_file(world.engine, CLI_ACTOR, good)
    assert counts == {"rows": 2, "created": 2, "changed": 0}
    before, audits = _snapshot(world), _audits(world)
    assert [r[3] for r in before] == [12.5, 1234.5]
    # a file with one bad row among good ones: nothing at all changes
    bad = tmp_path / "rusak.csv"
    bad.write_text(GOOD.replace("12,5", "13") + "industry_share;72.06;2026-S9;5;;;\n"
                   "nope;72.06;2026-S1;5;;;\ninvestment;72.03;2026-S1;x;;;\n",
                   encoding="utf-8")
    with pytest.raises(InputError) as err:
        import_file(world.engine, CLI_ACTOR, bad)
    located = {(p.row, p.column) for p in err.value.problems}
    # named as the file names them (its headers are Indonesian)
    assert {(4, "periode"), (5, "indikator"), (6, "nilai")} <= located
    assert all(p.file == "rusak.csv" for p in err.value.problems)
    assert _snapshot(world) == before and _audits(world) == audits
    # the same file again: nothing more; a blank cell keeps the stored comment
    assert import_file(world.engine, CLI_ACTOR, good)["created"] == 0
    blank = tmp_path / "kosong.csv"
    blank.write_text("indicator,region,period,value,obstacles\n"
                     "industry_share,72.06,2026-S1,,\n", encoding="utf-8")
    import_file(world.engine, CLI_ACTOR, blank)
    assert _snapshot(world) == before and _audits(world) == audits


def test_a_regency_cannot_import_for_another(world: World, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("indicator,region,period,value\nindustry_share,72.03,2026,5\n",
                    encoding="utf-8")
    analyst = Actor(2, "analis", (Grant("analyst", "72.06"),))
    with pytest.raises(InputError):
        import_file(world.engine, analyst, path)
    assert _snapshot(world) == []


def test_workbook_round_trip(lite: World, tmp_path: Path) -> None:
    period = parse_period("2026-S1")
    rows = template_rows(lite.engine, "72.06", period)
    assert rows and all(r[6] is None for r in rows)  # blanks to fill
    filled = [[*r[:6], 10.0 + k, "https://bukti.example/x", "Sari", None, None]
              for k, r in enumerate(rows)]
    path = write_template(filled, tmp_path / "isi.xlsx")
    counts = import_file(lite.engine, CLI_ACTOR, path)
    assert counts["created"] == len(rows)
    again = template_rows(lite.engine, "72.06", period)
    assert [r[6] for r in again] == [10.0 + k for k in range(len(rows))]
    d = region_dashboard(lite.engine, CLI_ACTOR, "72.06", period)
    assert [r.value for r in d.rows] == [10.0 + k for k in range(len(rows))]
    # CSV too, and a formula-looking comment stays text
    csv_path = write_template([[*again[0][:10], "=HYPERLINK(1)"]], tmp_path / "isi.csv")
    assert "'=HYPERLINK(1)" in csv_path.read_text(encoding="utf-8")


def test_cli_verbs(lite: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rancang.cli import build_app

    app = build_app()

    url = str(lite.engine.url)
    monkeypatch.setenv("RANCANG_DATABASE_URL", url)
    run = CliRunner().invoke
    plan = lite.plans["72.06"]
    res = run(app, ["monitor", "indicators", str(plan)])
    assert res.exit_code == 0, res.output
    assert "industry_share" in res.output
    res = run(app, ["monitor", "add", str(plan), "--code", "3.31.02.2.01.0001", "--unit",
                    "unit", "--label", "Unit IKM", "--indicator", "ikm_units"])
    assert res.exit_code == 0, res.output
    share = next(r[0] for r in lite.engine.connect().execute(
        select(MonitorIndicator.id).where(MonitorIndicator.plan_id == plan,
                                          MonitorIndicator.code == "industry_share")))
    res = run(app, ["monitor", "target", str(share), "2026", "12,5"])
    assert res.exit_code == 0, res.output
    assert run(app, ["monitor", "target", str(share), "2026", "x"]).exit_code == 2
    res = run(app, ["monitor", "propose", str(plan)])
    assert res.exit_code == 0, res.output
    csv = tmp_path / "r.csv"
    csv.write_text(GOOD, encoding="utf-8")
    res = run(app, ["monitor", "import", str(csv)])
    assert res.exit_code == 0 and "2" in res.output, res.output
    bad = tmp_path / "bad.csv"
    bad.write_text("indikator;wilayah\nx;72.06\n", encoding="utf-8")
    res = run(app, ["monitor", "import", str(bad)])
    assert res.exit_code == 2 and "Traceback" not in res.output
    ids = [r[0] for r in lite.engine.connect().execute(
        select(Realisation.id).where(Realisation.status == "entered")
        .order_by(Realisation.id))]
    res = run(app, ["monitor", "verify", str(ids[1]), "--by", "Kabid"])
    assert res.exit_code == 2 and "bukti" in res.output  # no evidence
    res = run(app, ["monitor", "verify", str(ids[0]), "--by", "Budi"])
    assert res.exit_code == 2  # Budi entered it
    res = run(app, ["monitor", "verify", str(ids[0]), "--by", "Kabid"])
    assert res.exit_code == 0, res.output
    res = run(app, ["monitor", "show", "--region", "72.06", "--period", "2026-S1"])
    assert res.exit_code == 0 and "industry_share" in res.output, res.output
    assert "12,50" in next(x for x in res.output.splitlines()
                           if x.startswith("industry_share"))  # the edited target
    out = tmp_path / "lap"
    res = run(app, ["monitor", "report", "--region", "72.06", "--period", "2026-S1",
                    "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".xlsx"]
    from docx import Document

    # the regency's semester report, in Indonesian by default, lists its indicators
    semester = Document(str(next(out.glob("*.docx"))))
    text_id = "\n".join(p.text for p in semester.paragraphs)
    assert "Laporan pemantauan RPIK" in text_id and "2026-S1" in text_id
    assert any("industry_share" in c.text or "PDRB" in c.text
               for t in semester.tables for row in t.rows for c in row.cells)
    res = run(app, ["monitor", "report", "--province", "72", "--period", "2026-S1",
                    "--out", str(out / "prov"), "--lang", "en"])
    assert res.exit_code == 0, res.output
    doc = Document(str(next((out / "prov").glob("*.docx"))))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Governor" in body and "Minister of Industry" in body
    assert len(doc.tables) == 1 + 2 * 2  # the summary, then two tables per regency
    res = run(app, ["monitor", "report", "--period", "2026-S1", "--out", str(out)])
    assert res.exit_code == 2
    res = run(app, ["monitor", "export", "--region", "72.06", "--period", "2026-S9",
                    "--out", str(tmp_path / "x.xlsx")])
    assert res.exit_code == 2
