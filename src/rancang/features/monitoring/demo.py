"""Synthetic monitoring for the demo (said so in every source line): the demo plan's
indicators, three IKM output indicators fed by the register, realisations for two
periods with evidence, some verified, some proposals waiting for confirmation."""

from __future__ import annotations

from typing import Any

import numpy as np

from rancang.core.actors import ADMIN_ROLE, Actor, Grant
from rancang.core.features import DemoContext

DEMO_SOURCE = "demo"
#: IKM output indicators (code, plan indicator kind, label, unit)
IKM_INDICATORS = (
    ("3.31.02.2.01.0001", "ikm_units", "unit"),
    ("3.31.02.2.01.0002", "ikm_workers", "orang"),
    ("3.31.02.2.01.0003", "ikm_investment", "rupiah"),
)


def seed_plan(engine: Any, plan_id: int, *, seed: int = 2024,
              periods: tuple[str, ...] | None = None,
              comments: bool = True) -> dict[str, int]:
    """Fill the monitoring of one plan with synthetic realisations (idempotent);
    ``comments`` adds sample obstacles and follow-up (Indonesian text)."""
    from rancang.core.errors import InputError
    from rancang.core.i18n import text
    from rancang.features.monitoring.indicators import (
        add_indicator,
        list_indicators,
        sync_indicators,
        year_targets,
    )
    from rancang.features.monitoring.proposals import propose_from_data, register_values
    from rancang.features.monitoring.realisations import (
        Entry,
        enter,
        list_realisations,
        verify,
    )
    from rancang.features.plan.service import get_plan

    admin = Actor(0, "demo", (Grant(ADMIN_ROLE),), display_name="demo")
    checker = Actor(0, "verifikator-demo", (Grant(ADMIN_ROLE),))
    plan = get_plan(engine, admin, plan_id)
    sync_indicators(engine, admin, plan_id)
    have = {i.code for i in list_indicators(engine, admin, plan_id)}
    year = plan.start_year + 1
    for code, kind, unit in IKM_INDICATORS:
        if code in have:
            continue
        base = register_values(engine, plan.region_code, year - 1).get(
            {"ikm_units": "units", "ikm_workers": "workers",
             "ikm_investment": "investment"}[kind]) or 100.0
        targets = {y: float(base) * 1.05 ** (y - year + 1)
                   for y in range(plan.start_year, plan.end_year + 1)}
        add_indicator(engine, admin, plan_id, code=code, label=text(f"monitor.ind.{kind}"),
                      unit=unit,
                      indicator=kind, group="3.31.02", targets=targets,
                      target_key="ikm_contribution" if any(
                          i.target_key == "ikm_contribution"
                          for i in list_indicators(engine, admin, plan_id)) else None)
    proposed = propose_from_data(engine, admin, plan_id)
    indicators = list_indicators(engine, admin, plan_id)
    yt = year_targets(engine, [i.id for i in indicators])
    rng = np.random.default_rng(seed + plan_id)
    periods = periods or (str(plan.start_year), f"{year}-S1")
    n = 0
    done = {(r.indicator_id, r.period) for r in list_realisations(engine, admin)
            if r.counted}
    for ind in indicators:
        for k, period in enumerate(periods):
            if (ind.id, period) in done:
                continue
            target = yt[ind.id].get(int(period[:4]), (None, ""))[0]
            if target is None or target == 0:
                continue
            factor = float(rng.uniform(0.7, 1.1))
            value = target * (factor if ind.direction == "up" else 2 - factor)
            link = (f"https://contoh.rancang.id/bukti-sintetis/{plan.region_code}/"
                    f"{ind.code}/{period}" if rng.random() < 0.8 else None)
            try:
                r = enter(engine, admin, ind.id, Entry(
                    region=plan.region_code, period=period, value=round(value, 4),
                    evidence_link=link, source=DEMO_SOURCE,
                    obstacles="Data sintetis: kendala contoh." if k and comments else None,
                    follow_up="Data sintetis: tindak lanjut contoh." if k and comments
                    else None))
            except InputError:
                continue
            n += 1
            if r.has_evidence and rng.random() < 0.6:
                verify(engine, checker, r.id)
    return {"proposed": proposed, "entered": n}


def load_demo(ctx: DemoContext) -> None:
    """Monitor the demo plan (once) and, when the demo writes files, its semester report
    in ``<out>/monitoring``."""
    from sqlalchemy import select

    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import current_language, text
    from rancang.features.monitoring.models import MonitorIndicator
    from rancang.features.monitoring.report import region_report, write_report
    from rancang.features.plan.models import Plan

    engine = ctx.engine
    own = engine is None
    if own:
        if not ctx.files:
            return
        engine = _own_demo_plan(ctx.seed)
    try:
        with engine.connect() as conn:
            plan = conn.execute(select(Plan.id, Plan.region_code, Plan.start_year)
                                .where(Plan.created_by == "demo")).first()
            if plan is None:
                return
            seeded = conn.execute(select(MonitorIndicator.id)
                                  .where(MonitorIndicator.plan_id == plan[0])).first()
        if seeded is None:
            seed_plan(engine, int(plan[0]), seed=ctx.seed)
        if ctx.files:
            lang = current_language()
            report = region_report(engine, CLI_ACTOR, plan[1], f"{plan[2] + 1}-S1",
                                   lang=lang, thresholds=(91.0, 76.0))
            paths = write_report(report, ctx.out / "monitoring", lang)
            ctx.say(text("monitor.written", path=paths[0].parent))
    finally:
        if own:
            engine.dispose()


def _own_demo_plan(seed: int) -> Any:
    """An in-memory database with the demo plan (when the demo only writes files)."""
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.datasets.service import save_panel
    from rancang.features.plan.demo import DEMO_DATA_REGION, DEMO_REGION
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan
    from rancang.sources.synthetic import demo_province

    engine = make_engine("sqlite://")
    ensure_schema(engine)
    actor = Actor(0, "demo", (Grant(ADMIN_ROLE),), display_name="demo")
    panel = demo_province(seed=seed)
    ds = save_panel(engine, panel, name="Demo (sintetis)")
    plan = create_plan(engine, actor, region=DEMO_REGION, start_year=panel.years[-1] + 1)
    draft_from_dataset(engine, actor, plan.id, ds, region=DEMO_DATA_REGION)
    return engine
