"""Every RIPIN indicator the issue names is a target of the plan, each with a unit and,
where the data gives it, a baseline checked here against the panel: value added outside
Java (a region outside Java: its manufacturing PDRB; not a target for a region in Java)
and, for a province drafted from its regencies, the concentration of industry across
them (the Herfindahl-Hirschman index of the last year, computed here by hand); the RIPIN
milestone stands beside every stage of the indicators that have one."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.service import create_plan
from rancang.features.plan.store import plan_sections
from rancang.features.plan.targets import milestone, plan_targets
from rancang.sources.synthetic import demo_province
from tests.plan.test_plan_rpip import _province_panel

#: the RIPIN indicators of the issue (growth of non-oil-and-gas industry, share of GRDP,
#: industrial exports, industrial employment and its share, raw-material import
#: dependence, investment, value added outside Java, IKM contribution)
RIPIN = ("industry_growth", "industry_share", "export_share", "industry_jobs",
         "industry_jobs_share", "imported_inputs", "investment", "outside_java",
         "ikm_contribution")


def test_every_ripin_indicator_is_a_target(store: Engine) -> None:
    panel = demo_province()
    p = create_plan(store, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(store, CLI_ACTOR, p.id, panel)
    plan, targets = plan_targets(store, CLI_ACTOR, p.id)
    by_key = {t.key: t for t in targets}
    assert set(RIPIN) <= set(by_key)
    assert all(t.unit.strip() for t in targets)
    oj = by_key["outside_java"]
    c = panel.industry_codes.index("C")
    assert oj.baseline_value == float(panel.values[panel.region_index("9903"), c, -1])
    assert oj.baseline_year == int(panel.years[-1]) and oj.unit == panel.unit
    assert "kategori C" in oj.baseline_source
    # the RIPIN table shows the national milestone beside each of its stages
    _, views = plan_sections(store, CLI_ACTOR, p.id)
    block = next(b for v in views if v.key == "sasaran.sasaran" for b in v.blocks
                 if b.id == "plan.targets")
    ripin = next(t for t in block.tables if t.id == "plan.ripin")
    rows = [r for r in ripin.rows if str(r[0]).startswith(oj.label)]
    assert [r[2] for r in rows] == [milestone("outside_java", end)[1]  # type: ignore[index]
                                    for _, end in plan.stages]
    assert rows[0][2] == 33.9  # PP 14/2015: 33.9 % in 2025


def test_no_outside_java_target_in_java(store: Engine) -> None:
    p = create_plan(store, CLI_ACTOR, region="32.01", start_year=2025)
    draft_plan(store, CLI_ACTOR, p.id, demo_province(), region="9903")
    keys = {t.key for t in plan_targets(store, CLI_ACTOR, p.id)[1]}
    assert "outside_java" not in keys and "investment" in keys


def test_rpip_concentration_baseline_by_hand(store: Engine) -> None:
    panel = _province_panel()
    p = create_plan(store, CLI_ACTOR, region="72", start_year=2021)
    draft_plan(store, CLI_ACTOR, p.id, panel, region="7200")
    conc = next(t for t in plan_targets(store, CLI_ACTOR, p.id)[1]
                if t.key == "concentration")
    c = panel.industry_codes.index("C")
    col = [float(panel.values[r, c, -1]) for r in range(4)]
    assert conc.baseline_value == pytest.approx(sum((v / sum(col)) ** 2 for v in col),
                                                rel=1e-12)
    assert conc.baseline_year == 2020 and conc.direction == "down"
    assert "4 kabupaten/kota" in conc.baseline_source
