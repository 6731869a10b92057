"""Strategies, programmes and the action plan as plan data: import (CSV/XLSX, CLI, API
rows) all-or-nothing with located errors, idempotent, blank cells keep stored values; the
strategies and programme matrix in the document; the functions other features use."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR, Actor
from rancang.core.errors import InputError, NotFoundError
from rancang.features.plan.actions import (
    actions_csv,
    list_programmes,
    list_strategies,
    plan_actions,
    read_actions_csv,
    read_actions_xlsx,
    set_actions,
    stored_actions,
    write_actions_xlsx,
)
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.service import create_plan
from rancang.features.plan.store import plan_sections
from rancang.sources.synthetic import demo_province

REGION = "9903"
HEADER = ("key,group,strategy_key,strategy,programme_key,programme,action,stages,"
          "lead_agency,related_agencies,targets,note\n")
GOOD = HEADER + (
    "A1,leading,S1,Hilirisasi,P1,Pengolahan kakao,Bangun pusat pengolahan,1-2,Disperindag,"
    "Bappeda; DPMPTSP,industry_share,\n"
    "A2,leading,S1,,P1,,Pelatihan pengolah,II;III,Disnaker,,industry_jobs,\n"
    "A3,zoning,S2,Kawasan,P2,Sentra IKM,Tetapkan sentra,I,Disperindag,,ikm_contribution,\n")


def _drafted(store: Engine) -> int:
    p = create_plan(store, CLI_ACTOR, region=REGION, start_year=2025, level="rpik")
    draft_plan(store, CLI_ACTOR, p.id, demo_province(), lang="id")
    return p.id


def _matrix(store: Engine, pid: int) -> list[list[object]]:
    _plan, views = plan_sections(store, CLI_ACTOR, pid)
    view = next(v for v in views if v.key == "lampiran.rencana_aksi")
    table = next(t for b in view.blocks for t in b.tables if t.id == "plan.actions")
    return table.rows


def test_import_strategies_and_document(store: Engine) -> None:
    pid = _drafted(store)
    saved = set_actions(store, CLI_ACTOR, pid, read_actions_csv(GOOD), name="a.csv")
    assert [r.key for r in saved] == ["A1", "A2", "A3"]
    # a title written once is the title of every row of its strategy and programme
    assert saved[1].strategy == "Hilirisasi" and saved[1].programme == "Pengolahan kakao"
    assert saved[1].stages == [2, 3] and saved[0].related_agencies == ["Bappeda", "DPMPTSP"]
    strategies = list_strategies(store, pid)
    assert [(s.key, s.group, s.programmes, s.actions) for s in strategies] == [
        ("S1", "leading", ("P1",), 2), ("S2", "zoning", ("P2",), 1)]
    assert strategies[0].targets == ("industry_share", "industry_jobs")
    programmes = list_programmes(store, pid)
    assert programmes[0].stages == (1, 2, 3) and programmes[0].strategy_key == "S1"
    # the programme matrix of the document holds exactly the rows; the targets served
    # named by their indicator, never by their key (the browser walk found keys)
    rows = _matrix(store, pid)
    assert rows[0] == ["Pembangunan industri unggulan", "P1 Pengolahan kakao",
                       "A1 Bangun pusat pengolahan", "I, II", "Disperindag",
                       "Bappeda; DPMPTSP", "Kontribusi industri pengolahan terhadap PDRB"]
    assert rows[1][3] == "II, III" and rows[2][0] == "Perwilayahan industri"
    # regenerating the draft keeps the action plan in the document
    draft_plan(store, CLI_ACTOR, pid, demo_province(), lang="id")
    assert _matrix(store, pid) == rows
    _plan, views = plan_sections(store, CLI_ACTOR, pid)
    strat = next(v for v in views if v.key == "visi.strategi")
    assert strat.state == "generated"
    assert next(t for b in strat.blocks for t in b.tables).rows[0][:2] == ["S1", "Hilirisasi"]


def test_reimport_is_idempotent_and_blank_keeps(store: Engine) -> None:
    pid = _drafted(store)
    set_actions(store, CLI_ACTOR, pid, read_actions_csv(GOOD))
    before = stored_actions(store, pid)
    again = set_actions(store, CLI_ACTOR, pid, read_actions_csv(actions_csv(before)))
    assert again == before and len(stored_actions(store, pid)) == 3
    # a blank optional cell keeps the stored value; a filled one changes it
    set_actions(store, CLI_ACTOR, pid, [{"key": "A1", "lead_agency": "", "stages": "3",
                                         "related_agencies": ""}])
    a1 = next(r for r in stored_actions(store, pid) if r.key == "A1")
    assert a1.lead_agency == "Disperindag" and a1.stages == [3]
    assert a1.related_agencies == ["Bappeda", "DPMPTSP"]
    assert len(stored_actions(store, pid)) == 3
    # replace: the rows given become the whole matrix
    set_actions(store, CLI_ACTOR, pid, read_actions_csv(GOOD)[:1], replace=True)
    assert [r.key for r in stored_actions(store, pid)] == ["A1"]


@pytest.mark.parametrize(("row", "column", "words"), [
    ("A9,trade,S1,,P1,,x,1,,,,", "group", "kelompok program 'trade'"),
    ("A9,leading,S1,,P1,,x,5,,,,", "stages", "tahap '5'"),
    ("A9,leading,S1,,P1,,x,1,,,harga,", "targets", "sasaran 'harga'"),
    ("A1,leading,S1,,P1,,x,1,,,,", "key", "dipakai dua kali"),
    ("A9,leading,S2,,P1,,x,1,,,,", "strategy_key", "program P1"),
    ("A9,leading,S1,Lain,P1,,x,1,,,,", "strategy", "strategi S1"),
    ("A9,leading,S1,,P1,,,1,,,,", "action", "action"),
    ("A 9,leading,S1,,P1,,x,1,,,,", "key", "kunci 'A 9'"),
])
def test_bad_rows_change_nothing(store: Engine, row: str, column: str, words: str) -> None:
    pid = _drafted(store)
    set_actions(store, CLI_ACTOR, pid, read_actions_csv(GOOD))
    before = stored_actions(store, pid)
    doc_before = _matrix(store, pid)
    with pytest.raises(InputError) as exc:
        set_actions(store, CLI_ACTOR, pid, read_actions_csv(GOOD + row + "\n"), name="a.csv")
    problems = exc.value.problems
    assert any(p.row == 5 and p.column == column and p.file == "a.csv" for p in problems), \
        [p.text("id") for p in problems]
    assert any(words in p.text("id") for p in problems), [p.text("id") for p in problems]
    assert stored_actions(store, pid) == before
    assert _matrix(store, pid) == doc_before


def test_missing_columns_are_named() -> None:
    with pytest.raises(InputError) as exc:
        read_actions_csv("key,group,action\nA1,leading,x\n", name="a.csv")
    assert {p.column for p in exc.value.problems} == {"strategy_key", "programme_key"}


def test_xlsx_round_trip(tmp_path: Path, store: Engine) -> None:
    pid = _drafted(store)
    set_actions(store, CLI_ACTOR, pid, read_actions_csv(GOOD))
    rows = stored_actions(store, pid)
    path = write_actions_xlsx(rows, tmp_path / "aksi.xlsx", "id")
    sheet, read = read_actions_xlsx(path)
    assert sheet == "rencana_aksi"
    assert set_actions(store, CLI_ACTOR, pid, read, name="aksi.xlsx", sheet=sheet) == rows
    # headers and group names in English read back the same
    en = write_actions_xlsx(rows, tmp_path / "actions.xlsx", "en")
    sheet, read = read_actions_xlsx(en)
    assert sheet == "action_plan" and read[0]["group"] == "leading"
    assert set_actions(store, CLI_ACTOR, pid, read, name="actions.xlsx", sheet=sheet) == rows


def test_formula_text_is_neutralised(tmp_path: Path, store: Engine) -> None:
    pid = _drafted(store)
    set_actions(store, CLI_ACTOR, pid, [{"key": "A1", "group": "leading",
                                         "strategy_key": "S1", "programme_key": "P1",
                                         "action": "=HYPERLINK(1)"}])
    assert "'=HYPERLINK(1)" in actions_csv(stored_actions(store, pid))


def test_other_region_reads_nothing(store: Engine, planner: Actor,
                                    other_analyst: Actor) -> None:
    p = create_plan(store, planner, region="72.06", start_year=2025)
    set_actions(store, planner, p.id, [{"key": "A1", "group": "leading",
                                        "strategy_key": "S1", "programme_key": "P1",
                                        "action": "x"}])
    with pytest.raises(NotFoundError):
        plan_actions(store, other_analyst, p.id)
    with pytest.raises(NotFoundError):
        set_actions(store, other_analyst, p.id, [])
    assert len(plan_actions(store, planner, p.id)[1]) == 1


def _run(*args: str) -> object:
    return CliRunner().invoke(build_app(), list(args))


def test_cli_round_trip(tmp_path: Path) -> None:
    from docx import Document

    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    from rancang.core.db import ensure_schema, make_engine

    engine = make_engine(db)
    ensure_schema(engine)
    pid = _drafted(engine)
    engine.dispose()
    src = tmp_path / "aksi.csv"
    src.write_text(GOOD, encoding="utf-8")
    r = _run("plan", "actions-import", str(pid), str(src), "--database-url", db)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    assert "3 aksi, 2 strategi" in r.output  # type: ignore[attr-defined]
    out = tmp_path / "aksi.xlsx"
    r = _run("plan", "actions", str(pid), "--out", str(out), "--database-url", db)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    r = _run("plan", "actions-import", str(pid), str(out), "--database-url", db)
    assert r.exit_code == 0 and "3 aksi" in r.output  # type: ignore[attr-defined]
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD.replace("1-2", "1-7"), encoding="utf-8")
    r = _run("plan", "actions-import", str(pid), str(bad), "--database-url", db)
    assert r.exit_code == 2  # type: ignore[attr-defined]
    assert "bad.csv, baris 2, kolom 'stages'" in r.output  # type: ignore[attr-defined]
    r = _run("plan", "export", str(pid), "--out", str(tmp_path / "doc.docx"),
             "--database-url", db)
    assert r.exit_code == 0, r.output  # type: ignore[attr-defined]
    doc = Document(str(tmp_path / "doc.docx"))
    matrix = next(t for t in doc.tables if t.rows[0].cells[2].text == "Rencana aksi")
    assert [c.text for c in matrix.rows[1].cells][2:4] == ["A1 Bangun pusat pengolahan",
                                                           "I, II"]
