"""Regenerating a plan from other data (the browser walk's H3): the generated sentences
name the region as the new data does, not the synthetic name of an earlier draft; a
target the team wrote whose baseline year is after the data's last year, or whose
baseline differs from the data, is flagged in the text and in the change log, and no
growth is stated for it (never a silent "0,0 %"); a consistent one states the growth the
``targets`` service computes on the new data; the targets keep their order."""

from __future__ import annotations

import dataclasses

import polars as pl
import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.core.i18n import format_number
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.service import create_plan, get_plan
from rancang.features.plan.store import plan_sections
from rancang.features.plan.targets import set_targets, stored_targets
from rancang.features.targets.service import TargetOptions, run_targets
from rancang.panel import Panel
from rancang.sources.synthetic import demo_province

REGION = "9903"


def _real(panel: Panel) -> Panel:
    """The demo's numbers as if read from BPS: no synthetic flag, plain names."""
    return dataclasses.replace(
        panel, synthetic=False, sources=("BPS PDRB ADHK",),
        region_names=tuple(n.replace(" (sintetis)", "") for n in panel.region_names))


def _sasaran(store: Engine, pid: int) -> str:
    _plan, views = plan_sections(store, CLI_ACTOR, pid)
    view = next(v for v in views if v.key == "sasaran.sasaran")
    return "\n".join(b.text for b in view.blocks)


def _all_text(store: Engine, pid: int) -> str:
    _plan, views = plan_sections(store, CLI_ACTOR, pid)
    return "\n".join(b.text for v in views for b in v.blocks)


def test_region_name_follows_the_data(store: Engine) -> None:
    p = create_plan(store, CLI_ACTOR, region=REGION, start_year=2025, level="rpik")
    draft_plan(store, CLI_ACTOR, p.id, demo_province(), lang="id")
    synthetic = get_plan(store, CLI_ACTOR, p.id).region_name
    assert "sintetis" in synthetic
    real = _real(demo_province(last_year=2020))
    draft_plan(store, CLI_ACTOR, p.id, real, lang="id")
    name = real.region_names[real.region_index(REGION)]
    assert get_plan(store, CLI_ACTOR, p.id).region_name == name
    text = _all_text(store, p.id)
    assert name in text and synthetic not in text
    # a name the team gave stays through any data
    q = create_plan(store, CLI_ACTOR, region=REGION, start_year=2025, level="rpik",
                    region_name="Kabupaten Kita")
    draft_plan(store, CLI_ACTOR, q.id, real, lang="id")
    assert get_plan(store, CLI_ACTOR, q.id).region_name == "Kabupaten Kita"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_stale_baselines_are_flagged(store: Engine, lang: str) -> None:
    p = create_plan(store, CLI_ACTOR, region=REGION, start_year=2025, level="rpik")
    draft_plan(store, CLI_ACTOR, p.id, demo_province(), lang=lang)
    rows = stored_targets(store, get_plan(store, CLI_ACTOR, p.id))
    order = [t.key for t in rows]
    share = next(t for t in rows if t.key == "industry_share")
    assert share.baseline_year == 2024
    # the team writes its own stage values: the share becomes authored (baseline 2024)
    edited = [dataclasses.replace(t, stages={**t.stages, "4": 55.0})
              if t.key == "industry_share" else t for t in rows]
    set_targets(store, CLI_ACTOR, p.id, edited)
    real = _real(demo_province(last_year=2020))
    _plan, logs = draft_plan(store, CLI_ACTOR, p.id, real, lang=lang)
    body = _sasaran(store, p.id)
    word = "PERHATIAN" if lang == "id" else "CHECK"
    assert word in body and "2024" in body and "2020" in body
    assert any(word in line and "2024" in line for line in logs["sasaran.sasaran"])
    assert " 0,0 %" not in body and " 0.0 %" not in body
    assert ("memerlukan pertumbuhan" if lang == "id" else "requires manufacturing") not in body
    after = stored_targets(store, get_plan(store, CLI_ACTOR, p.id))
    assert [t.key for t in after] == order  # the team's row stays in its place
    assert next(t for t in after if t.key == "industry_share").required == {}

    # the baseline moved to the data's year but with another value: flagged as differing
    share_row = next(t for t in after if t.key == "industry_share")
    moved = [dataclasses.replace(t, baseline_year=2020,
                                 baseline_value=(t.baseline_value or 0) + 10.0)
             if t.key == "industry_share" else t for t in after]
    set_targets(store, CLI_ACTOR, p.id, moved)
    _plan, logs = draft_plan(store, CLI_ACTOR, p.id, real, lang=lang)
    assert any(word in line for line in logs["sasaran.sasaran"])

    # a baseline equal to the data's: no flag, and the growth the service computes
    res = run_targets(real, TargetOptions(region=REGION, target_share=55.0,
                                          target_year=2045))
    base = float(res.tables["indicators"].filter(
        pl.col("indicator") == "manufacturing_share")["value"][0])
    fixed = [dataclasses.replace(t, baseline_year=2020, baseline_value=base)
             if t.key == "industry_share" else t for t in moved]
    set_targets(store, CLI_ACTOR, p.id, fixed)
    _plan, logs = draft_plan(store, CLI_ACTOR, p.id, real, lang=lang)
    body = _sasaran(store, p.id)
    assert word not in body
    want = float(res.tables["required_growth"].filter(
        pl.col("target") == "user")["required_growth"][0])
    stored = next(t for t in stored_targets(store, get_plan(store, CLI_ACTOR, p.id))
                  if t.key == "industry_share")
    assert stored.required["4"] == pytest.approx(want, rel=1e-9)
    assert f"{format_number(want, 1, lang)} %" in body
    assert share_row.key == stored.key
