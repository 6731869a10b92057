"""The province's view over all its regencies: every regency and city of the province in
the Kemendagri reference (``reference/data/regencies.csv``), not only those already
monitored, each with what it lacks for the period: no RPIK in force, an RPIK without
monitored indicators, indicators without any realisation counted for the period.

The governor's report, the province's page and ``/api/v1/monitoring/provinces/{code}``
read :func:`province_coverage`, so a regency with nothing is listed, never left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select

from rancang.core.actors import Actor, in_region, level_of
from rancang.core.errors import NotFoundError
from rancang.core.i18n import Msg
from rancang.features.monitoring.achievement import DEFAULT_THRESHOLDS, roll_up
from rancang.features.monitoring.dashboard import Dashboard, build_dashboard
from rancang.features.monitoring.indicators import monitored_regions
from rancang.features.monitoring.periods import Period, parse_period

#: what a region lacks, in the order it is checked
STATUSES = ("no_plan", "no_monitoring", "no_realisation", "reported")


@dataclass
class RegionStatus:
    """One region of the province (the province itself first, then every regency)."""

    region: str
    name: str
    #: the plan (RPIK, RPIP for the province) whose period holds the period's year
    plan_id: int | None
    #: the region's dashboard (None when the region has no monitored indicators)
    dashboard: Dashboard | None

    @property
    def indicators(self) -> int:
        return 0 if self.dashboard is None else len(self.dashboard.rows)

    @property
    def realised(self) -> int:
        """Indicators with a realisation counted for the period."""
        if self.dashboard is None:
            return 0
        return sum(1 for r in self.dashboard.rows if r.realisation is not None)

    @property
    def status(self) -> str:
        """The first thing the region lacks (see :data:`STATUSES`).

        >>> RegionStatus("72.05", "KABUPATEN BUOL", None, None).status
        'no_plan'
        >>> RegionStatus("72.05", "KABUPATEN BUOL", 4, None).status
        'no_monitoring'
        """
        if self.plan_id is None:
            return "no_plan"
        if not self.indicators:
            return "no_monitoring"
        if not self.realised:
            return "no_realisation"
        return "reported"

    @property
    def achievement(self) -> float | None:
        """Mean achievement of the region's indicators (those that have one)."""
        if self.dashboard is None:
            return None
        return roll_up([r.achievement for r in self.dashboard.rows])


@dataclass
class ProvinceCoverage:
    """The province and every one of its regencies for a period."""

    province: str
    name: str
    period: Period
    thresholds: tuple[float, float]
    regions: list[RegionStatus]

    @property
    def regencies(self) -> list[RegionStatus]:
        """The regencies and cities (the province's own row left out)."""
        return [r for r in self.regions if r.region != self.province]

    def by_status(self) -> dict[str, list[str]]:
        """Regency codes per status (every status present, possibly empty)."""
        out: dict[str, list[str]] = {s: [] for s in STATUSES}
        for r in self.regencies:
            out[r.status].append(r.region)
        return out


def _plans_in_force(engine: Engine, province: str, year: int) -> dict[str, tuple[int, str]]:
    """region -> (id, region name) of the newest plan of the province or a regency in it
    whose period holds ``year`` (whether a plan exists is no secret: no permission)."""
    from rancang.features.plan.models import Plan

    t = Plan.__table__
    out: dict[str, tuple[int, str]] = {}
    with engine.connect() as conn:
        rows = conn.execute(select(t.c.id, t.c.region_code, t.c.region_name)
                            .where(t.c.start_year <= year, t.c.end_year >= year)
                            .order_by(t.c.id.desc())).all()
    for pid, region, name in rows:
        if in_region(province, region) and region not in out:
            out[region] = (int(pid), name or "")
    return out


def province_regions(engine: Engine, province: str) -> list[tuple[str, str]]:
    """``(code, name)`` of the province, then every regency and city of it in the
    Kemendagri reference, then any other monitored region inside it, by code."""
    from rancang.features.programmes.service import regencies_of
    from rancang.reference.regions import region_name

    found = dict(regencies_of(province))
    for r in monitored_regions(engine):
        if r != province and in_region(province, r):
            found.setdefault(r, "")
    return [(province, region_name(province) or ""), *sorted(found.items())]


def province_coverage(engine: Engine, actor: Actor, province: str, period: str | Period,
                      *, thresholds: tuple[float, float] = DEFAULT_THRESHOLDS,
                      verified_only: bool = False) -> ProvinceCoverage:
    """The province's own row and every regency's, with its dashboard when monitored
    (404 for a province the actor may not read)."""
    missing = NotFoundError(Msg("monitor.region_not_found", region=province[:20]))
    if level_of(province).value != "province":
        raise missing
    actor.require_visible("monitoring.read", province, missing)
    p = period if isinstance(period, Period) else parse_period(period)
    plans = _plans_in_force(engine, province, p.year)
    monitored = set(monitored_regions(engine))
    rows = []
    regions = province_regions(engine, province)
    for code, ref_name in regions:
        plan = plans.get(code)
        d = None
        if code in monitored:
            d = build_dashboard(engine, code, p, thresholds=thresholds,
                                verified_only=verified_only)
        rows.append(RegionStatus(code, ref_name or (plan[1] if plan else ""),
                                 None if plan is None else plan[0], d))
    return ProvinceCoverage(province, regions[0][1], p, thresholds, rows)


def coverage_json(c: ProvinceCoverage) -> dict[str, Any]:
    """The coverage as plain JSON (the API)."""
    return {
        "province": c.province, "name": c.name, "period": c.period.code,
        "thresholds": {"green": c.thresholds[0], "yellow": c.thresholds[1]},
        "by_status": c.by_status(),
        "regions": [{"region": r.region, "name": r.name, "plan_id": r.plan_id,
                     "status": r.status, "indicators": r.indicators, "realised": r.realised,
                     "achievement": r.achievement,
                     "counts": None if r.dashboard is None else r.dashboard.counts()}
                    for r in c.regions]}


__all__ = ["STATUSES", "ProvinceCoverage", "RegionStatus", "coverage_json",
           "province_coverage", "province_regions"]
