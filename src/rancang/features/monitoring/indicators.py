"""Indicators of a plan and their yearly targets.

:func:`sync_indicators` makes one indicator of kind ``target`` per target of the plan and
fills its yearly targets over the whole plan period by interpolating between the
baseline and the stage values (:func:`~.achievement.yearly_targets`); a yearly target a
person edited (:func:`set_year_target`) is kept when the plan's targets change.
:func:`add_indicator` adds a free indicator with a code of its own (kind ``output``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, insert, select, update

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg, has, text
from rancang.core.text import text_problem
from rancang.features.monitoring.achievement import yearly_targets
from rancang.features.monitoring.audit import changed, log
from rancang.features.monitoring.models import KINDS, MonitorIndicator, MonitorYearTarget
from rancang.features.plan.service import PlanInfo, get_plan
from rancang.features.plan.targets import DIRECTIONS, TargetRow, stored_targets

#: indicators whose yearly targets follow a straight line (rates and shares)
LINEAR = ("industry_growth", "industry_share", "export_share", "industry_jobs_share",
          "imported_inputs", "ikm_contribution", "outside_java", "concentration")


@dataclass(frozen=True)
class IndicatorInfo:
    """An indicator as the channels show it."""

    id: int
    plan_id: int
    region_code: str
    code: str
    kind: str
    indicator: str
    label: str
    unit: str
    direction: str
    target_key: str | None
    group_code: str | None
    baseline_year: int | None
    baseline_value: float | None
    position: int


def _info(row: Any) -> IndicatorInfo:
    return IndicatorInfo(**{f: row[f] for f in IndicatorInfo.__dataclass_fields__})


def _not_found(indicator_id: int | str) -> NotFoundError:
    return NotFoundError(Msg("monitor.indicator_not_found", id=indicator_id))


def geometric(indicator: str, unit: str) -> bool:
    """Levels (investment, workers, units) grow at a constant rate between the points;
    rates and shares follow a line.

    >>> geometric("investment", "miliar rupiah"), geometric("industry_share", "% PDRB")
    (True, False)
    """
    return indicator not in LINEAR and "%" not in unit


def target_points(plan: PlanInfo, row: TargetRow) -> dict[int, float]:
    """Known values of a plan target: the baseline and the value at each stage's end."""
    points: dict[int, float] = {}
    if row.baseline_year is not None and row.baseline_value is not None:
        points[row.baseline_year] = row.baseline_value
    for k, (_, end) in enumerate(plan.stages, start=1):
        v = row.value(k)
        if v is not None:
            points[end] = v
    return points


def sync_indicators(engine: Engine, actor: Actor, plan_id: int) -> list[IndicatorInfo]:
    """One indicator per target of the plan (created or refreshed, audited) with its
    yearly targets over the plan period; edited yearly targets are kept."""
    plan = get_plan(engine, actor, plan_id)
    actor.require("monitoring.write", plan.region_code)
    rows = stored_targets(engine, plan)
    t, yt = MonitorIndicator.__table__, MonitorYearTarget.__table__
    with engine.begin() as conn:
        have = {r["code"]: dict(r) for r in conn.execute(
            select(t).where(t.c.plan_id == plan.id)).mappings()}
        for pos, row in enumerate(rows):
            values = {"label": row.label, "unit": row.unit, "direction": row.direction,
                      "indicator": row.indicator, "baseline_year": row.baseline_year,
                      "baseline_value": row.baseline_value, "position": pos,
                      "target_key": row.key}
            old = have.get(row.key)
            if old is None:
                iid = int(conn.execute(insert(t).values(
                    plan_id=plan.id, region_code=plan.region_code, code=row.key,
                    kind="target", created_by=actor.username, **values)
                    .returning(t.c.id)).scalar_one())
                log(conn, actor.username, "create", "indicator", iid, plan.region_code,
                    None, {"code": row.key, **values})
            else:
                iid = int(old["id"])
                before, after = changed(old, values)
                if after:
                    conn.execute(update(t).where(t.c.id == iid).values(**values))
                    log(conn, actor.username, "update", "indicator", iid, plan.region_code,
                        before, after)
            wanted = yearly_targets(target_points(plan, row), plan.start_year, plan.end_year,
                                    geometric=geometric(row.indicator, row.unit))
            stored = {r["year"]: r for r in conn.execute(
                select(yt).where(yt.c.indicator_id == iid)).mappings()}
            for year, value in wanted.items():
                found = stored.get(year)
                if found is None:
                    conn.execute(insert(yt).values(indicator_id=iid, year=year, value=value,
                                                   origin="interpolated"))
                elif found["origin"] == "interpolated" and found["value"] != value:
                    conn.execute(update(yt).where(yt.c.id == found["id"]).values(value=value))
    return list_indicators(engine, actor, plan.id)


def add_indicator(engine: Engine, actor: Actor, plan_id: int, *, code: str, label: str,
                  unit: str, direction: str = "up", indicator: str = "custom",
                  target_key: str | None = None, group: str | None = None,
                  targets: dict[int, float] | None = None) -> IndicatorInfo:
    """A free indicator (kind ``output``) of the plan with its own ``code`` (a programme
    output indicator named by its nomenclature code), optionally serving a target of the
    plan (``target_key``) and in a programme ``group``, with yearly ``targets``."""
    plan = get_plan(engine, actor, plan_id)
    actor.require("monitoring.write", plan.region_code)
    code, label, unit = code.strip(), label.strip(), unit.strip()
    problems = []
    for name, value, most in (("code", code, 60), ("label", label, 300), ("unit", unit, 60),
                              ("indicator", indicator, 60), ("group", group or "", 60)):
        bad = text_problem(value, max_length=most)
        if bad is not None:
            problems.append(Problem(bad, column=name))
    if not code:
        problems.append(Problem(Msg("monitor.required", column="code"), column="code"))
    if not unit:
        problems.append(Problem(Msg("monitor.required", column="unit"), column="unit"))
    if direction not in DIRECTIONS:
        problems.append(Problem(Msg("monitor.bad_direction", direction=direction),
                                column="direction"))
    keys = {r.key for r in stored_targets(engine, plan)}
    if target_key is not None and target_key not in keys:
        problems.append(Problem(Msg("monitor.bad_target_key", key=target_key),
                                column="target_key"))
    t, yt = MonitorIndicator.__table__, MonitorYearTarget.__table__
    with engine.connect() as conn:
        if conn.execute(select(t.c.id).where(t.c.plan_id == plan.id,
                                             t.c.code == code)).first():
            problems.append(Problem(Msg("monitor.duplicate_code", code=code), column="code"))
    if problems:
        raise InputError(problems)
    values: dict[str, Any] = {"plan_id": plan.id, "region_code": plan.region_code,
                              "code": code,
              "kind": "output", "indicator": indicator, "label": label or code, "unit": unit,
              "direction": direction, "target_key": target_key, "group_code": group,
              "position": 1000, "created_by": actor.username}
    with engine.begin() as conn:
        iid = int(conn.execute(insert(t).values(**values).returning(t.c.id)).scalar_one())
        log(conn, actor.username, "create", "indicator", iid, plan.region_code, None, values)
        for year, goal in (targets or {}).items():
            conn.execute(insert(yt).values(indicator_id=iid, year=int(year),
                                           value=float(goal), origin="edited"))
    return get_indicator(engine, actor, iid)


def get_indicator(engine: Engine, actor: Actor, indicator_id: int,
                  permission: str = "monitoring.read") -> IndicatorInfo:
    """The indicator if the actor holds ``permission`` in its region (404 otherwise)."""
    t = MonitorIndicator.__table__
    with engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.id == indicator_id)).mappings().first()
    if row is None:
        raise _not_found(indicator_id)
    info = _info(row)
    actor.require_visible(permission, info.region_code, _not_found(indicator_id))
    return info


def list_indicators(engine: Engine, actor: Actor, plan_id: int) -> list[IndicatorInfo]:
    """The plan's indicators in order (targets first, then the free ones)."""
    plan = get_plan(engine, actor, plan_id)
    actor.require_visible("monitoring.read", plan.region_code,
                          NotFoundError(Msg("plan.not_found", id=plan_id)))
    t = MonitorIndicator.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.plan_id == plan.id)
                            .order_by(t.c.position, t.c.id)).mappings().all()
    return [_info(r) for r in rows]


def year_targets(engine: Engine, indicator_ids: list[int]) -> dict[int, dict[int, tuple[
        float, str]]]:
    """``{indicator id: {year: (value, origin)}}`` (no permission check: callers hold the
    indicators)."""
    yt = MonitorYearTarget.__table__
    out: dict[int, dict[int, tuple[float, str]]] = {i: {} for i in indicator_ids}
    if not indicator_ids:
        return out
    with engine.connect() as conn:
        for r in conn.execute(select(yt.c.indicator_id, yt.c.year, yt.c.value, yt.c.origin)
                              .where(yt.c.indicator_id.in_(indicator_ids))):
            out[r[0]][r[1]] = (float(r[2]), r[3])
    return out


def set_year_target(engine: Engine, actor: Actor, indicator_id: int, year: int,
                    value: float | None) -> None:
    """Edit the target of one year (kept when the plan's targets change); ``None``
    changes nothing (a blank cell never erases)."""
    info = get_indicator(engine, actor, indicator_id, "monitoring.write")
    if value is None:
        return
    if not 1990 <= year <= 2100:
        raise InputError(Problem(Msg("monitor.bad_year", year=year), column="year"))
    yt = MonitorYearTarget.__table__
    with engine.begin() as conn:
        row = conn.execute(select(yt).where(yt.c.indicator_id == info.id,
                                            yt.c.year == year)).mappings().first()
        if row is None:
            conn.execute(insert(yt).values(indicator_id=info.id, year=year, value=value,
                                           origin="edited"))
            old = None
        elif row["value"] == value and row["origin"] == "edited":
            return
        else:
            conn.execute(update(yt).where(yt.c.id == row["id"]).values(value=value,
                                                                        origin="edited"))
            old = {"year": year, "value": row["value"]}
        log(conn, actor.username, "update", "year_target", info.id, info.region_code, old,
            {"year": year, "value": value})


def display_label(info: IndicatorInfo, lang: str | None = None) -> str:
    """The indicator's name in ``lang``: a name the catalogue gave it (a drafted plan
    target, a register indicator) in that language, else the name people wrote.

    >>> i = IndicatorInfo(1, 1, "72.06", "industry_share", "target", "industry_share",
    ...                   "Kontribusi industri pengolahan terhadap PDRB", "% PDRB", "up",
    ...                   "industry_share", None, None, None, 0)
    >>> display_label(i, "en") == text("plan.ind.industry_share", "en")
    True
    """
    for prefix in ("plan.ind.", "monitor.ind."):
        key = prefix + info.indicator
        if has(key) and info.label in (text(key, "id"), text(key, "en"), ""):
            return text(key, lang)
    return info.label


#: units the plan and the demo write, shown in the reader's language
UNIT_WORDS = ("monitor.unit.pct_year", "monitor.unit.pct_pdrb", "monitor.unit.persons",
              "monitor.unit.billion_rp", "monitor.unit.rupiah", "monitor.unit.units")


def display_unit(unit: str, lang: str | None = None) -> str:
    """A unit the catalogue knows (``% per tahun``, ``orang``...) in ``lang``; another
    unit as written.

    >>> display_unit("% per tahun", "en"), display_unit("ton", "en")
    ('% a year', 'ton')
    """
    for key in UNIT_WORDS:
        if unit in (text(key, "id"), text(key, "en")):
            return text(key, lang)
    return unit


def find_indicator(engine: Engine, code: str, region: str) -> IndicatorInfo | None:
    """The indicator with ``code`` of the newest plan whose region contains ``region``
    (the region itself first), or None."""
    from rancang.core.actors import in_region

    t = MonitorIndicator.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.code == code)
                            .order_by(t.c.plan_id.desc())).mappings().all()
    found = [_info(r) for r in rows if in_region(r["region_code"], region)]
    found.sort(key=lambda i: (i.region_code != region, -i.plan_id))
    return found[0] if found else None


def region_indicators(engine: Engine, region: str) -> list[IndicatorInfo]:
    """The indicators of the newest plan of ``region`` that has indicators (no
    permission check: callers check the region)."""
    t = MonitorIndicator.__table__
    with engine.connect() as conn:
        plan_id = conn.execute(select(t.c.plan_id).where(t.c.region_code == region)
                               .order_by(t.c.plan_id.desc()).limit(1)).scalar()
        if plan_id is None:
            return []
        rows = conn.execute(select(t).where(t.c.plan_id == plan_id)
                            .order_by(t.c.position, t.c.id)).mappings().all()
    return [_info(r) for r in rows]


def monitored_regions(engine: Engine) -> list[str]:
    """Every region with indicators, sorted."""
    t = MonitorIndicator.__table__
    with engine.connect() as conn:
        return sorted(r[0] for r in conn.execute(select(t.c.region_code).distinct()))


def monitored_plan_regions(engine: Engine, year: int,
                           province: str | None = None) -> list[str]:
    """The regions with a *monitored plan* in force in ``year``: a stored plan whose
    period holds the year and that has indicators (a plan nobody monitors, a plan of
    another period, indicators of a plan no longer stored and every region without a
    plan are left out); only those inside ``province`` when given. Sorted.

    This is the list the public dashboard shows.
    """
    from rancang.features.plan.models import Plan

    i, p = MonitorIndicator.__table__, Plan.__table__
    query = (select(i.c.region_code).distinct()
             .join(p, (p.c.id == i.c.plan_id) & (p.c.region_code == i.c.region_code))
             .where(p.c.start_year <= year, p.c.end_year >= year))
    if province:
        query = query.where((i.c.region_code == province)
                            | i.c.region_code.like(f"{province}.%"))
    with engine.connect() as conn:
        return sorted(r[0] for r in conn.execute(query))


__all__ = ["KINDS", "IndicatorInfo", "add_indicator", "find_indicator", "get_indicator",
           "list_indicators", "monitored_plan_regions", "monitored_regions",
           "region_indicators", "set_year_target", "sync_indicators", "year_targets"]
