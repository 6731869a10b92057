"""Targets per year "when needed" besides the four stage values: stored, round-tripped
through CSV and XLSX (functions and CLI), shown in the document's targets block; bad
yearly values refused with file, row and column, and nothing changed. And every target
beside its RIPIN milestone, or "tidak ada tonggak nasional" where RIPIN publishes none."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR, Actor
from rancang.core.errors import InputError
from rancang.features.plan.service import create_plan
from rancang.features.plan.store import plan_sections
from rancang.features.plan.targets import (
    INDICATORS,
    has_milestone,
    plan_targets,
    read_targets_csv,
    read_targets_file,
    set_targets,
    targets_csv,
    write_targets_xlsx,
)
from rancang.reference.ripin import ripin_milestones

HEADER = ("key,indicator,label,unit,direction,baseline_year,baseline_value,baseline_source,"
          "stage_1,stage_2,stage_3,stage_4")


def _plan(store: Engine) -> int:
    return create_plan(store, CLI_ACTOR, region="72.06", start_year=2025, level="rpik").id


def _csv(*rows: str, years: str = "") -> str:
    return HEADER + (("," + years) if years else "") + "\n" + "\n".join(rows) + "\n"


GOOD = _csv("inv,investment,Investasi,miliar rupiah,up,2024,800,BPS,1000,,,,900,950,1000",
            "jobs,industry_jobs,Tenaga kerja,orang,up,,,,,,,,,,",
            years="2027,2028,2029")


def test_yearly_values_stored_and_round_tripped(store: Engine, tmp_path: Path) -> None:
    pid = _plan(store)
    saved = set_targets(store, CLI_ACTOR, pid, read_targets_csv(GOOD, name="s.csv"))
    assert saved[0].yearly == {"2027": 900.0, "2028": 950.0, "2029": 1000.0}
    _, stored = plan_targets(store, CLI_ACTOR, pid)
    assert stored[0].yearly == saved[0].yearly and stored[1].yearly == {}
    # CSV: the yearly columns come back, and reading them again changes nothing
    text = targets_csv(stored)
    header = next(csv.reader(io.StringIO(text)))
    assert header[-3:] == ["2027", "2028", "2029"]
    assert [t.yearly for t in read_targets_csv(text)] == [t.yearly for t in stored]
    # XLSX: the same
    book = write_targets_xlsx(stored, tmp_path / "sasaran.xlsx", "id")
    sheet, rows = read_targets_file(book)
    assert sheet == "Sasaran"
    assert [(t.key, t.stages, t.yearly, t.baseline_year) for t in rows] == [
        (t.key, t.stages, t.yearly, t.baseline_year) for t in stored]
    # the document: a table per year under the targets
    _, views = plan_sections(store, CLI_ACTOR, pid)
    block = next(b for v in views if v.key == "sasaran.sasaran" for b in v.blocks
                 if b.id == "plan.targets")
    yearly = next(t for t in block.tables if t.id == "plan.targets_yearly")
    assert yearly.columns[2:] == ["2027", "2028", "2029"]
    assert yearly.rows == [["Investasi", "miliar rupiah", 900.0, 950.0, 1000.0]]
    assert yearly.cell(0, 3, "id") == "950,00"


@pytest.mark.parametrize("row, years, column, words", [
    # a year outside the plan's period 2025-2045
    ("inv,investment,Investasi,miliar rupiah,up,,,,1000,,,,5", "2046", "2046",
     "di luar periode rencana 2025-2045"),
    # not a number
    ("inv,investment,Investasi,miliar rupiah,up,,,,1000,,,,banyak", "2027", "2027",
     "'banyak' bukan angka"),
    # contradicts stage I (which ends in 2029)
    ("inv,investment,Investasi,miliar rupiah,up,,,,1000,,,,990", "2029", "2029",
     "berbeda dengan nilai tahap 1"),
])
def test_bad_yearly_values_refused(store: Engine, row: str, years: str, column: str,
                                   words: str) -> None:
    pid = _plan(store)
    set_targets(store, CLI_ACTOR, pid, read_targets_csv(GOOD, name="s.csv"))
    _, before = plan_targets(store, CLI_ACTOR, pid)
    with pytest.raises(InputError) as err:
        set_targets(store, CLI_ACTOR, pid,
                    read_targets_csv(_csv(row, years=years), name="sasaran.csv"),
                    name="sasaran.csv")
    p = err.value.problems[0]
    assert (p.file, p.row, p.column) == ("sasaran.csv", 2, column)
    assert words in err.value.message("id")
    assert plan_targets(store, CLI_ACTOR, pid)[1] == before  # nothing changed


def test_api_form_of_yearly_values(store: Engine, planner: Actor) -> None:
    pid = _plan(store)
    saved = set_targets(store, CLI_ACTOR, pid, [
        {"key": "inv", "indicator": "investment", "unit": "miliar rupiah",
         "stage_1": 10, "yearly": {"2026": 7.5, "2029": 10}}], name="body")
    assert saved[0].yearly == {"2026": 7.5, "2029": 10.0}
    with pytest.raises(InputError) as err:
        set_targets(store, CLI_ACTOR, pid, [
            {"key": "inv", "indicator": "investment", "unit": "x",
             "yearly": {"duapuluh": 1}}], name="body")
    assert err.value.problems[0].column == "duapuluh"


def test_cli_round_trip_xlsx(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    runner = CliRunner()
    r = runner.invoke(build_app(), ["plan", "create", "--region", "72.06", "--start", "2025",
                                    "--database-url", db])
    assert r.exit_code == 0, r.output
    src = tmp_path / "sasaran.csv"
    src.write_text(GOOD, encoding="utf-8")
    r = runner.invoke(build_app(), ["plan", "targets", "1", "--file", str(src),
                                    "--database-url", db])
    assert r.exit_code == 0, r.output
    book = tmp_path / "out.xlsx"
    r = runner.invoke(build_app(), ["plan", "targets", "1", "--out", str(book),
                                    "--database-url", db])
    assert r.exit_code == 0 and book.is_file(), r.output
    r = runner.invoke(build_app(), ["plan", "targets", "1", "--file", str(book),
                                    "--database-url", db])
    assert r.exit_code == 0, r.output
    r = runner.invoke(build_app(), ["plan", "targets", "1", "--database-url", db])
    assert "2027,2028,2029" in r.output.splitlines()[0]
    assert ",900,950,1000" in r.output


def test_every_target_beside_ripin_or_said_to_have_none(store: Engine) -> None:
    # the milestones file holds exactly the indicators with a published national figure
    published = set(ripin_milestones()["indicator"])
    assert published == {"industry_growth", "industry_share", "export_share",
                         "industry_jobs", "imported_inputs", "outside_java"}
    assert {k for k in INDICATORS if has_milestone(k)} == published
    pid = _plan(store)
    set_targets(store, CLI_ACTOR, pid, read_targets_csv(_csv(
        "share,industry_share,Kontribusi industri,% PDRB,up,2024,20,BPS,22,,,",
        "inv,investment,Investasi,miliar rupiah,up,,,,1000,,,",
        "ikm,ikm_contribution,Kontribusi IKM,%,up,,,,,,,"), name="s.csv"))
    _, views = plan_sections(store, CLI_ACTOR, pid)
    block = next(b for v in views if v.key == "sasaran.sasaran" for b in v.blocks
                 if b.id == "plan.targets")
    ripin = next(t for t in block.tables if t.id == "plan.ripin")
    rows = {r[0]: r for r in ripin.rows}
    # a milestone beside every stage of a RIPIN indicator, with or without a value
    assert rows["Kontribusi industri (I)"][2:4] == [27.4, 2025]
    assert rows["Kontribusi industri (IV)"][1:4] == [None, 30.0, 2035]
    # no national figure: said in the cell, with and without a regional value
    assert rows["Investasi (I)"][1:3] == [1000.0, "tidak ada tonggak nasional"]
    assert rows["Kontribusi IKM"][2] == "tidak ada tonggak nasional"
    assert ripin.cell(list(rows).index("Kontribusi IKM"), 2, "id") == (
        "tidak ada tonggak nasional")
