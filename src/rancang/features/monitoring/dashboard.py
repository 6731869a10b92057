"""The numbers of monitoring for a region and period: each indicator's target of the
year, the realisation that counts, its achievement and traffic light, the yearly series
and trend, the roll-ups to the plan's targets and to programme groups.

The pages, the API, the CLI report and the workbooks all read :func:`build_dashboard`,
so they show the same figures.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from rancang.core.actors import Actor
from rancang.core.errors import NotFoundError
from rancang.core.i18n import Msg
from rancang.features.monitoring.achievement import (
    DEFAULT_THRESHOLDS,
    Trend,
    achievement,
    light,
    roll_up,
    trend,
)
from rancang.features.monitoring.indicators import (
    IndicatorInfo,
    display_label,
    display_unit,
    monitored_plan_regions,
    monitored_regions,
    region_indicators,
    year_targets,
)
from rancang.features.monitoring.models import Realisation
from rancang.features.monitoring.periods import Period, parse_period
from rancang.features.monitoring.realisations import COUNTED, RealisationInfo, source_text
from rancang.features.monitoring.realisations import _info as realisation_info

#: the smallest number of firms behind a register value a public page shows
MIN_FIRMS = 3


@dataclass
class Row:
    """One indicator in the dashboard."""

    indicator: IndicatorInfo
    target: float | None
    realisation: RealisationInfo | None
    proposed: RealisationInfo | None
    achievement: float | None
    light: str | None
    #: (year, target, realised) over the plan period, realised from counted values
    series: list[tuple[int, float | None, float | None]] = field(default_factory=list)
    trend: Trend | None = None
    #: the indicator's name in the language of the request or command
    label: str = ""
    #: where the counted value came from, in that language
    source: str = ""
    #: the unit in that language
    unit: str = ""

    @property
    def value(self) -> float | None:
        return None if self.realisation is None else self.realisation.value


@dataclass
class Group:
    """A roll-up: a target of the plan or a programme group."""

    key: str
    label: str
    n: int
    achievement: float | None
    light: str | None


@dataclass
class Dashboard:
    """Everything a region's monitoring page, report and workbook show."""

    region: str
    period: Period
    plan_id: int | None
    thresholds: tuple[float, float]
    rows: list[Row]
    targets: list[Group]
    groups: list[Group]
    verified_only: bool = False

    def counts(self) -> dict[str, int]:
        """Indicators by light (``none``: no achievement yet).

        >>> Dashboard("72.06", Period(2026), None, (91, 76), [], [], []).counts()
        {'green': 0, 'yellow': 0, 'red': 0, 'none': 0}
        """
        out = {"green": 0, "yellow": 0, "red": 0, "none": 0}
        for r in self.rows:
            out[r.light or "none"] += 1
        return out


def _region_not_found(region: str) -> NotFoundError:
    return NotFoundError(Msg("monitor.region_not_found", region=region))


def _realisations(engine: Engine, region: str, ids: list[int]) -> list[RealisationInfo]:
    t = Realisation.__table__
    if not ids:
        return []
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.region_code == region,
                                            t.c.indicator_id.in_(ids))).mappings().all()
    return [realisation_info(r) for r in rows]


def _latest(found: Sequence[RealisationInfo], period: Period) -> RealisationInfo | None:
    """The realisation of the latest period ``period`` covers (the exact one first)."""
    best: tuple[int, int, RealisationInfo] | None = None
    for r in found:
        p = parse_period(r.period)
        if not period.covers(p):
            continue
        key = (p.last_month, int(p == period))
        if best is None or key > best[:2]:
            best = (key[0], key[1], r)
    return None if best is None else best[2]


#: computed dashboards: (database, region, period, thresholds, options, language, stamp)
_CACHE: OrderedDict[tuple[Any, ...], Dashboard] = OrderedDict()
_CACHE_LOCK = threading.Lock()
CACHE_SIZE = 512


def data_stamp(engine: Engine) -> tuple[Any, ...]:
    """What changes whenever monitoring's data changes: the newest audit row (every
    change is audited) and the newest id and row count of each table a dashboard reads
    (one query over primary keys)."""
    from sqlalchemy import func

    from rancang.features.monitoring.models import (
        MonitorAudit,
        MonitorIndicator,
        MonitorYearTarget,
    )

    parts = []
    for model in (MonitorAudit, Realisation, MonitorIndicator, MonitorYearTarget):
        t = model.__table__
        parts += [select(func.max(t.c.id)).scalar_subquery(),
                  select(func.count(t.c.id)).scalar_subquery()]
    with engine.connect() as conn:
        return tuple(conn.execute(select(*parts)).one())


def build_dashboard(engine: Engine, region: str, period: Period, *,
                    thresholds: tuple[float, float] = DEFAULT_THRESHOLDS,
                    verified_only: bool = False, public: bool = False) -> Dashboard:
    """The dashboard of ``region`` for ``period`` (no permission check; see
    :func:`region_dashboard`). ``verified_only`` counts verified values only; ``public``
    also leaves out register values behind fewer than :data:`MIN_FIRMS` firms.

    Computed dashboards are kept (at most :data:`CACHE_SIZE`) under the
    :func:`data_stamp` of the database: any change to an indicator, a yearly target or a
    realisation gives a new stamp, so a kept dashboard is never stale. Callers read it,
    never change it."""
    from rancang.core.i18n import current_language

    key = (str(engine.url), id(engine), region, period.code, tuple(thresholds),
           verified_only, public, current_language(), data_stamp(engine))
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
            return found
    d = _compute(engine, region, period, thresholds=thresholds,
                 verified_only=verified_only, public=public)
    with _CACHE_LOCK:
        _CACHE[key] = d
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return d


def _compute(engine: Engine, region: str, period: Period, *,
             thresholds: tuple[float, float], verified_only: bool,
             public: bool) -> Dashboard:
    indicators = region_indicators(engine, region)
    ids = [i.id for i in indicators]
    targets = year_targets(engine, ids)
    by_ind: dict[int, list[RealisationInfo]] = {i: [] for i in ids}
    for r in _realisations(engine, region, ids):
        by_ind[r.indicator_id].append(r)
    statuses = ("verified",) if verified_only else COUNTED
    rows: list[Row] = []
    for ind in indicators:
        mine = by_ind[ind.id]
        counted = [r for r in mine if r.status in statuses and r.value is not None
                   and not (public and r.n_firms is not None and r.n_firms < MIN_FIRMS)]
        proposed = None if public else _latest(
            [r for r in mine if r.status == "proposed"], period)
        current = _latest(counted, period)
        yt = targets[ind.id]
        target = yt.get(period.year, (None, ""))[0]
        a = achievement(None if current is None else current.value, target, ind.direction)
        years = sorted(set(yt) | {r.year for r in counted})
        by_year: dict[int, tuple[int, RealisationInfo]] = {}
        for r in counted:  # each year's latest period
            month = parse_period(r.period).last_month
            if r.year not in by_year or month > by_year[r.year][0]:
                by_year[r.year] = (month, r)
        realised = {y: float(r.value) for y, (_, r) in by_year.items()
                    if r.value is not None}
        series = [(y, yt.get(y, (None, ""))[0], realised.get(y)) for y in years]
        horizon = max((y for y in yt if y >= period.year), default=period.year)
        horizon = min(horizon, period.year + 4)
        tr = trend(realised, to_year=horizon, target=yt.get(horizon, (None, ""))[0],
                   direction=ind.direction)
        rows.append(Row(ind, target, current, proposed, a, light(a, thresholds), series, tr,
                        display_label(ind),
                        "" if current is None else source_text(current.source),
                        display_unit(ind.unit)))
    return Dashboard(region, period, indicators[0].plan_id if indicators else None,
                     thresholds, rows, _groups(rows, "target", thresholds),
                     _groups(rows, "group", thresholds), verified_only)


def _groups(rows: list[Row], by: str, thresholds: tuple[float, float]) -> list[Group]:
    """Roll-ups to the plan's targets (``target``) or programme groups (``group``)."""
    found: dict[str, list[Row]] = {}
    labels: dict[str, str] = {}
    for r in rows:
        key = r.indicator.target_key if by == "target" else r.indicator.group_code
        if not key:
            continue
        found.setdefault(key, []).append(r)
        if by == "target" and r.indicator.kind == "target":
            labels[key] = r.label
    out = []
    for key, members in found.items():
        a = roll_up([m.achievement for m in members])
        out.append(Group(key, labels.get(key, key), len(members), a, light(a, thresholds)))
    return out


def region_dashboard(engine: Engine, actor: Actor, region: str, period: str | Period, *,
                     thresholds: tuple[float, float] = DEFAULT_THRESHOLDS,
                     verified_only: bool = False) -> Dashboard:
    """The dashboard of a region the actor may read (404 for another region)."""
    actor.require_visible("monitoring.read", region, _region_not_found(region))
    p = period if isinstance(period, Period) else parse_period(period)
    return build_dashboard(engine, region, p, thresholds=thresholds,
                           verified_only=verified_only)


def readable_regions(engine: Engine, actor: Actor) -> list[str]:
    """The monitored regions the actor may read."""
    return [r for r in monitored_regions(engine) if actor.can("monitoring.read", r)]


def public_dashboards(engine: Engine, period: Period, province: str | None = None,
                      thresholds: tuple[float, float] = DEFAULT_THRESHOLDS
                      ) -> list[Dashboard]:
    """Aggregates anyone may see: verified values only, register values behind fewer than
    :data:`MIN_FIRMS` firms left out, no evidence, comments or names; one dashboard for
    each region with a monitored plan in force in the period's year
    (:func:`~rancang.features.monitoring.indicators.monitored_plan_regions`), inside
    ``province`` when given, never every region of the country."""
    regions = monitored_plan_regions(engine, period.year, province)
    return [build_dashboard(engine, r, period, thresholds=thresholds, verified_only=True,
                            public=True) for r in regions]


def dashboard_json(d: Dashboard, *, public: bool = False) -> dict[str, Any]:
    """The dashboard as plain JSON (the API; the same numbers as every other channel)."""
    rows = []
    for r in d.rows:
        i = r.indicator
        item: dict[str, Any] = {
            "indicator_id": i.id, "code": i.code, "kind": i.kind, "label": r.label,
            "unit": r.unit, "direction": i.direction, "target_key": i.target_key,
            "group": i.group_code, "year_target": r.target, "value": r.value,
            "period": None if r.realisation is None else r.realisation.period,
            "achievement": r.achievement, "light": r.light,
            "series": [{"year": y, "target": t, "value": v} for y, t, v in r.series]}
        if not public:
            rr = r.realisation
            item |= {"realisation_id": None if rr is None else rr.id,
                     "status": None if rr is None else rr.status,
                     "source": None if rr is None else r.source,
                     "proposed_id": None if r.proposed is None else r.proposed.id,
                     "proposed_value": None if r.proposed is None else r.proposed.value,
                     "trend_slope": None if r.trend is None else r.trend.slope,
                     "on_track": None if r.trend is None else r.trend.on_track,
                     "trend_year": None if r.trend is None else r.trend.projected_year,
                     "trend_projected": None if r.trend is None else r.trend.projected,
                     "trend_target": None if r.trend is None else r.trend.target}
        rows.append(item)
    return {"region": d.region, "period": d.period.code, "plan_id": d.plan_id,
            "thresholds": {"green": d.thresholds[0], "yellow": d.thresholds[1]},
            "verified_only": d.verified_only, "counts": d.counts(), "indicators": rows,
            "targets": [g.__dict__ for g in d.targets],
            "groups": [g.__dict__ for g in d.groups]}
