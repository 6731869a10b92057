"""Targets against RIPIN and the draft filled from the data, checked against the services
the CLI and the dashboard use (the same number everywhere)."""

from __future__ import annotations

from dataclasses import replace

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.errors import InputError
from rancang.features.leading.service import AnalysisOptions, run_analysis
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.service import create_plan
from rancang.features.plan.store import edit_section, plan_sections
from rancang.features.plan.targets import (
    TargetRow,
    milestone,
    plan_targets,
    read_targets_csv,
    set_targets,
    targets_csv,
)
from rancang.features.targets.service import TargetOptions, run_targets
from rancang.sources.synthetic import demo_province

REGION = "9903"


def _drafted(store: Engine, actor: Actor) -> int:
    p = create_plan(store, actor, region=REGION, start_year=2025, level="rpik")
    draft_plan(store, actor, p.id, demo_province())
    return p.id


@pytest.fixture()
def admin() -> Actor:
    from rancang.core.actors import CLI_ACTOR

    return CLI_ACTOR


def _block(views: list, key: str, block_id: str):  # type: ignore[no-untyped-def]
    view = next(v for v in views if v.key == key)
    return next(b for b in view.blocks if b.id == block_id)


def test_targets_from_the_targets_service(store: Engine, admin: Actor) -> None:
    pid = _drafted(store, admin)
    plan, targets = plan_targets(store, admin, pid)
    by_key = {t.key: t for t in targets}
    res = run_targets(demo_province(), TargetOptions(region=REGION, target_year=2045))
    ind = res.tables["indicators"]
    share = float(ind.filter(pl.col("indicator") == "manufacturing_share")["value"][0])
    assert by_key["industry_share"].baseline_value == pytest.approx(share, rel=1e-12)
    assert by_key["industry_share"].baseline_year == 2024
    # the growth stage 2 requires: the targets service for that share and year
    s2 = by_key["industry_share"].stages["2"]
    again = run_targets(demo_province(), TargetOptions(region=REGION, target_share=s2,
                                                       target_year=2034))
    expected = float(again.tables["required_growth"].filter(pl.col("target") == "user")
                     ["required_growth"][0])
    assert by_key["industry_share"].required["2"] == pytest.approx(expected, rel=1e-12)
    # the growth target of each stage is the growth its share requires (the walk found
    # one figure in every stage beside a text stating another)
    share_row = by_key["industry_share"]
    assert by_key["industry_growth"].stages == {
        k: round(v, 2) for k, v in share_row.required.items()}
    # every RIPIN indicator is listed for the team, each with a unit
    assert {"export_share", "industry_jobs", "imported_inputs", "investment",
            "ikm_contribution"} <= set(by_key)
    assert all(t.unit for t in targets)
    assert plan.stages[1] == (2030, 2034)


def test_ripin_milestones_beside_targets() -> None:
    # PP 14/2015: share of GDP 27.4 % in 2025, 30 % in 2035 (DOMAIN table)
    assert milestone("industry_share", 2029) == (2025, 27.4)
    assert milestone("industry_growth", 2039) == (2035, 10.5)
    assert milestone("imported_inputs", 2034) == (2025, 23.0)


def test_targets_csv_round_trip_and_bad_rows(store: Engine, admin: Actor) -> None:
    pid = _drafted(store, admin)
    _, before = plan_targets(store, admin, pid)
    text = targets_csv(before)
    # numbers written with at most six decimals: read back equal at that precision
    back = read_targets_csv(text)
    assert [replace(t, baseline_value=None) for t in back] == [
        replace(t, required={}, origin="authored", baseline_value=None) for t in before]
    for got, want in zip(back, before, strict=True):
        assert got.baseline_value == (None if want.baseline_value is None
                                      else pytest.approx(want.baseline_value, abs=1e-6))
    # ... and sent back unchanged, every target stays exactly as stored
    set_targets(store, admin, pid, back)
    assert plan_targets(store, admin, pid)[1] == before
    bad = text.replace(",miliar rupiah,", ",,", 1).replace(",down,", ",sideways,", 1)
    with pytest.raises(InputError) as err:
        set_targets(store, admin, pid, read_targets_csv(bad, name="sasaran.csv"))
    cols = {(p.file, p.column) for p in err.value.problems}
    assert ("sasaran.csv", "unit") in cols and ("sasaran.csv", "direction") in cols
    assert plan_targets(store, admin, pid)[1] == before  # nothing changed


@given(st.lists(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), min_size=4,
                max_size=4),
       st.integers(min_value=1990, max_value=2100))
def test_csv_keeps_every_number(values: list[float], year: int) -> None:
    """Every number comes back to the six decimals the CSV writes (no more digits than
    people need; set_targets then keeps the stored value)."""
    row = TargetRow("x", "investment", "Investasi", "miliar rupiah", "up", year, values[0],
                    "BPS", {str(k + 1): v for k, v in enumerate(values)})
    for locale in ("en", "id"):
        [back] = read_targets_csv(targets_csv([row], locale))
        assert replace(back, baseline_value=None, stages={}) == replace(
            row, baseline_value=None, stages={})
        assert back.baseline_value == pytest.approx(values[0], abs=1e-6)
        assert back.stages == {k: pytest.approx(v, abs=1e-6) for k, v in row.stages.items()}


def test_sections_carry_the_services_numbers(store: Engine, admin: Actor) -> None:
    pid = _drafted(store, admin)
    _, views = plan_sections(store, admin, pid)
    res = run_analysis(demo_province(), AnalysisOptions(regions=[REGION]))
    q = res.tables["lq_quadrant"].filter(pl.col("industry_code") == "C")
    lq = _block(views, "kondisi.sektor_basis", "leading.base").tables[0]
    row = next(r for r in lq.rows if r[0] == "C")
    assert row[2] == pytest.approx(float(q["slq"][0]), rel=1e-12)
    assert row[4] == "unggulan"
    assert lq.cell(lq.rows.index(row), 2, "id") == f"{float(q['slq'][0]):.2f}".replace(".", ",")
    economy = _block(views, "kondisi.perekonomian", "leading.economy")
    assert "Industri pengolahan menyumbang 47,4 % PDRB" in economy.text
    # the targets' table opens its section, the service's pathways follow
    sasaran = next(v for v in views if v.key == "sasaran.sasaran")
    assert [b.id for b in sasaran.blocks] == ["plan.targets", "targets.pathways"]
    assert next(v for v in views if v.key == "visi.visi_misi").state == "empty"


def test_regenerate_keeps_text_and_logs_changed_numbers(store: Engine, admin: Actor) -> None:
    pid = _drafted(store, admin)
    edit_section(store, admin, pid, "kondisi.sektor_basis", "Teks tim: sektor basis.")
    panel = demo_province()
    values = panel.values.copy()
    c = panel.industry_codes.index("C")
    values[panel.region_index(REGION), c, -1] *= 1.05
    _, logs = draft_plan(store, admin, pid, replace(panel, values=values))
    _, views = plan_sections(store, admin, pid)
    base = next(v for v in views if v.key == "kondisi.sektor_basis")
    assert base.authored == "Teks tim: sektor basis."
    assert base.state == "to_review"
    assert any(line.startswith("SLQ, DLQ dan kuadran lapangan usaha C, SLQ:")
               for line in logs["kondisi.sektor_basis"]), logs
    assert base.changes[-1]["changes"] == logs["kondisi.sektor_basis"]
    # untouched numbers: no log line for agriculture's SLQ
    assert not any(" A, SLQ" in line for line in logs["kondisi.sektor_basis"])


def test_region_missing_from_data_changes_nothing(store: Engine, admin: Actor) -> None:
    p = create_plan(store, admin, region="72.06", start_year=2025)
    with pytest.raises(InputError):
        draft_plan(store, admin, p.id, demo_province())
    _, views = plan_sections(store, admin, p.id)
    assert all(v.state == "empty" for v in views)
