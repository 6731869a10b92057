"""Values Rancang already holds, proposed as realisations with their source, for a person
to confirm before they count:

- industry's share of PDRB and its growth, from a stored BPS dataset (the one the plan
  was drafted from when it recorded one, else the newest dataset holding the region);
- IKM units, workers and investment from the register's verified records.

And the pathway of the share of PDRB from the ``targets`` feature, beside which the
realisations' trend is drawn.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Engine, func, select

from rancang.core.actors import Actor
from rancang.features.monitoring.indicators import IndicatorInfo, list_indicators
from rancang.features.monitoring.realisations import propose
from rancang.features.plan.service import PlanInfo, get_plan

#: indicator (plan indicator or code of a free indicator) -> register measure
REGISTER_MEASURES = {"ikm_units": "units", "ikm_workers": "workers",
                     "ikm_investment": "investment"}
#: plan indicator -> what the PDRB dataset gives
PDRB_MEASURES = {"industry_share": "share", "industry_growth": "growth"}


@dataclass(frozen=True)
class Proposal:
    """A value found in the data for an indicator, region and year."""

    indicator_id: int
    region: str
    period: str
    value: float
    source: str
    link: str
    n_firms: int | None = None


def manufacturing(panel: Any, region: str) -> tuple[np.ndarray, np.ndarray]:
    """(manufacturing, total PDRB) series of ``region`` in a panel, as the ``targets``
    feature splits them (category C, or the sum of its sub-categories)."""
    from rancang.features.targets.service import _split

    m, total, _, _ = _split(panel, panel.region_index(region))
    return np.asarray(m, dtype=float), np.asarray(total, dtype=float)


def pdrb_values(m: np.ndarray, total: np.ndarray, years: tuple[int, ...]
                ) -> dict[int, dict[str, float]]:
    """Share of PDRB (%) and growth of manufacturing (%) per year.

    Notes
    -----
    share ``= 100 M_t / PDRB_t``; growth ``= 100 (M_t / M_{t-1} - 1)`` (BPS "laju
    pertumbuhan", at constant prices).

    >>> pdrb_values(np.array([10.0, 11.0]), np.array([50.0, 50.0]), (2023, 2024))
    {2023: {'share': 20.0}, 2024: {'share': 22.0, 'growth': 10.000000000000009}}
    """
    out: dict[int, dict[str, float]] = {}
    for k, y in enumerate(years):
        row: dict[str, float] = {}
        if total[k] > 0 and np.isfinite(m[k]):
            row["share"] = float(100 * m[k] / total[k])
        if k > 0 and m[k - 1] > 0 and np.isfinite(m[k]):
            row["growth"] = float(100 * (m[k] / m[k - 1] - 1))
        if row:
            out[int(y)] = row
    return out


def _dataset_for(engine: Engine, actor: Actor, plan: PlanInfo) -> tuple[Any, str] | None:
    """(dataset info, region as the dataset codes it) for the plan, or None."""
    from rancang.core.errors import NotFoundError
    from rancang.features.datasets.access import can_see_dataset
    from rancang.features.datasets.service import get_dataset, list_datasets, load_panel

    recorded = plan.sources.get("dataset") if isinstance(plan.sources, dict) else None
    region = str(plan.sources.get("region_in_data") or plan.region_code)
    if recorded:
        try:
            info = get_dataset(engine, int(recorded["id"]))
            if can_see_dataset(actor, info):
                return info, region
        except (NotFoundError, KeyError, ValueError):
            pass
    for info in list_datasets(engine):
        if not can_see_dataset(actor, info) or "pdrb" not in info.measure.lower():
            continue
        if load_panel(engine, info).has_region(plan.region_code):
            return info, plan.region_code
    return None


def pdrb_proposals(engine: Engine, actor: Actor, plan: PlanInfo,
                   indicators: list[IndicatorInfo], years: range) -> list[Proposal]:
    """Share and growth of manufacturing for the plan's indicators of those kinds."""
    wanted = [i for i in indicators if i.indicator in PDRB_MEASURES]
    if not wanted:
        return []
    found = _dataset_for(engine, actor, plan)
    if found is None:
        return []
    from rancang.core.errors import InputError
    from rancang.features.datasets.service import load_panel

    info, region = found
    panel = load_panel(engine, info)
    try:
        m, total = manufacturing(panel, region)
    except InputError:
        return []
    values = pdrb_values(m, total, panel.years)
    source = f"dataset|{info.id}|{int(bool(info.synthetic))}|{info.name}"
    out = []
    for ind in wanted:
        for y in years:
            v = values.get(y, {}).get(PDRB_MEASURES[ind.indicator])
            if v is not None:
                out.append(Proposal(ind.id, plan.region_code, str(y), round(v, 4),
                                    source, f"rancang:dataset/{info.id}"))
    return out


def register_values(engine: Engine, region: str, year: int) -> dict[str, float | int]:
    """IKM units, workers and investment of ``region`` in ``year`` from the register's
    verified records (each firm's latest period of the year), with ``firms``."""
    from rancang.features.registry.models import Enterprise, EnterprisePeriod

    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    latest = (select(p.c.enterprise_id, func.max(p.c.period).label("period"))
              .where(p.c.year == year).group_by(p.c.enterprise_id).subquery())
    q = (select(func.count(e.c.id), func.sum(p.c.workers), func.sum(p.c.investment))
         .select_from(e.join(latest, latest.c.enterprise_id == e.c.id)
                      .join(p, (p.c.enterprise_id == e.c.id)
                            & (p.c.period == latest.c.period)))
         .where(e.c.status == "verified", e.c.merged_into_id.is_(None),
                (e.c.regency_code == region) | (e.c.province_code == region)))
    with engine.connect() as conn:
        n, workers, investment = conn.execute(q).one()
    return {"firms": int(n or 0), "units": int(n or 0), "workers": float(workers or 0),
            "investment": float(investment or 0)}


def register_proposals(engine: Engine, plan: PlanInfo, indicators: list[IndicatorInfo],
                       years: range) -> list[Proposal]:
    """Units, workers and investment for the indicators that ask for them."""
    wanted: list[tuple[IndicatorInfo, str]] = []
    for i in indicators:
        measure = REGISTER_MEASURES.get(i.indicator) or REGISTER_MEASURES.get(i.code)
        if measure:
            wanted.append((i, measure))
    out = []
    for y in years:
        if not wanted:
            break
        vals = register_values(engine, plan.region_code, y)
        if not vals["firms"]:
            continue
        source = f"register|{vals['firms']}|{y}"
        for ind, measure in wanted:
            out.append(Proposal(ind.id, plan.region_code, str(y), float(vals[measure]),
                                source, f"rancang:register/{plan.region_code}/{y}",
                                int(vals["firms"])))
    return out


def propose_from_data(engine: Engine, actor: Actor, plan_id: int, *,
                      years: range | None = None) -> int:
    """Store every value found for the plan's indicators as a proposal (a counted
    realisation is never touched); returns how many changed."""
    plan = get_plan(engine, actor, plan_id)
    actor.require("monitoring.write", plan.region_code)
    indicators = list_indicators(engine, actor, plan.id)
    years = years or range(plan.start_year - 5, plan.end_year + 1)
    found = (pdrb_proposals(engine, actor, plan, indicators, years)
             + register_proposals(engine, plan, indicators, years))
    by_id = {i.id: i for i in indicators}
    n = 0
    with engine.begin() as conn:
        for p in found:
            n += propose(conn, actor, by_id[p.indicator_id], p.region, p.period, p.value,
                         source=p.source[:300], link=p.link, n_firms=p.n_firms)
    return n


@functools.lru_cache(maxsize=32)
def _pathway(engine: Engine, stamp: str, region: str, share: float, year: int
             ) -> tuple[tuple[str, int, float], ...]:
    """The paths, cached by the dataset's stamp (a new dataset is a new stamp)."""
    from rancang.features.datasets.service import load_panel
    from rancang.features.targets.service import TargetOptions, run_targets

    panel = load_panel(engine, int(stamp.split("@")[0]))
    res = run_targets(panel, TargetOptions(region=region, target_share=share,
                                           target_year=year))
    paths = res.tables["pathways"]
    return tuple((str(s), int(y), float(v)) for s, y, v in zip(
        paths["scenario"], paths["year"], paths["share"], strict=True))


def share_pathway(engine: Engine, actor: Actor, plan: PlanInfo, share: float,
                  year: int) -> dict[str, dict[int, float]]:
    """The share of PDRB (%) on the ``targets`` feature's paths (actual, trend, target,
    recession) toward ``share`` in ``year``, from the plan's dataset; {} without one."""
    from rancang.core.errors import InputError

    found = _dataset_for(engine, actor, plan)
    if found is None:
        return {}
    info, region = found
    try:
        rows = _pathway(engine, info.stamp, region, float(share), int(year))
    except (InputError, ValueError):
        return {}
    out: dict[str, dict[int, float]] = {}
    for scenario, y, v in rows:
        out.setdefault(scenario, {})[y] = v
    return out


def plan_of(engine: Engine, actor: Actor, plan_id: int) -> PlanInfo:
    """The plan (read permission checked by the plan feature)."""
    return get_plan(engine, actor, plan_id)
