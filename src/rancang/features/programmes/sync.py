"""The synchronisation report of a province and its regencies for one year (the Rakor).

For the plans in force in the year (the province's RPIP, each regency's RPIK), every target
and strategy with the programmes confirmed as serving it at each level (central, province,
regency) and their budget; the targets and strategies no programme serves; the same
activity planned twice (the same nomenclature, place and year at two levels or by two
agencies); the regencies without a plan; the regency programmes outside the regency's
authority; the budget per strategy, level and year; and the budget per level and year
counted once per programme. Everything is limited to what the actor may read.

Budgets are sums of the programmes' ceilings (pagu): a programme serving two targets counts
in both (the per-anchor tables say what serves each), the totals per level count it once.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Engine

from rancang.core.actors import Actor, Forbidden
from rancang.core.i18n import text
from rancang.features.programmes.anchors import plan_anchors
from rancang.features.programmes.nomenclature import LEVELS, normalise, reserved_to_province
from rancang.features.programmes.service import (
    ProgrammeRow,
    list_programmes,
    mappings,
    plans_in,
    regencies_of,
)


@dataclass
class RegionRow:
    """A region of the province: its plan in force (if any) and its programmes."""

    code: str
    name: str
    plan_id: int | None
    plan_status: str | None
    programmes: int
    budget: float


@dataclass
class CoverageRow:
    """A target or strategy of a plan and the programmes serving it, per level."""

    region: str
    plan_id: int
    kind: str
    key: str
    label: str
    count: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    budget: dict[str, float] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0.0))
    codes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.count.values())


@dataclass
class Duplicate:
    """Programmes of the same nomenclature, place and year at two levels or agencies."""

    name: str
    region: str
    year: int
    programmes: list[ProgrammeRow]


@dataclass
class OutsideAuthority:
    """A regency programme using what only the province runs."""

    programme: ProgrammeRow


@dataclass
class BudgetRow:
    """Budget of the programmes serving one anchor at one level in one year."""

    region: str
    kind: str
    key: str
    label: str
    level: str
    year: int
    programmes: int
    budget: float


@dataclass
class SyncReport:
    """Everything the report shows, in every channel."""

    province: str
    year: int
    regions: list[RegionRow]
    coverage: list[CoverageRow]
    duplicates: list[Duplicate]
    outside: list[OutsideAuthority]
    budget: list[BudgetRow]
    #: (level, year) -> (programmes, budget), each programme counted once
    totals: dict[tuple[str, int], tuple[int, float]]
    programmes: int
    unmapped: int

    @property
    def gaps(self) -> list[CoverageRow]:
        """Targets and strategies without any programme."""
        return [c for c in self.coverage if c.total == 0]

    @property
    def without_plan(self) -> list[RegionRow]:
        """Regencies (not the province) without a plan in force."""
        return [r for r in self.regions if r.plan_id is None and "." in r.code]

    def summary(self) -> dict[str, float | int]:
        """The headline figures every channel shows."""
        year_totals = {lv: self.totals.get((lv, self.year), (0, 0.0)) for lv in LEVELS}
        return {
            "programmes": self.programmes,
            "anchors": len(self.coverage),
            "gaps": len(self.gaps),
            "duplicates": len(self.duplicates),
            "outside_authority": len(self.outside),
            "without_plan": len(self.without_plan),
            "unmapped": self.unmapped,
            **{f"budget_{lv}": year_totals[lv][1] for lv in LEVELS},
            "budget_total": math.fsum(v[1] for v in year_totals.values()),
        }


def _budget(p: ProgrammeRow) -> float:
    return float(p.budget or 0.0)


def sync_report(engine: Engine, actor: Actor, province: str, year: int,
                lang: str | None = None) -> SyncReport:
    """The synchronisation report of ``province`` and its regencies for ``year``."""
    province = province.strip()
    if actor.scope("programmes.read").empty:
        raise Forbidden()
    scope = actor.scope("programmes.read")
    from rancang.reference.regions import region_name

    regions = [(province, region_name(province)
                or text("programmes.sync.province_row", lang, code=province))]
    regions += regencies_of(province)
    regions = [(c, n) for c, n in regions if scope.contains(c)]
    all_years = list_programmes(engine, actor, area=province)
    this_year = [p for p in all_years if p.year == year]
    by_id = {p.id: p for p in all_years}
    plans = {c: p for c, p in plans_in(engine, actor, province, year).items()
             if scope.contains(c)}
    region_rows = []
    for code, name in regions:
        mine = [p for p in this_year if p.region_code == code
                or p.region_code.startswith(code + ".")] if "." in code else \
            [p for p in this_year if p.region_code == code]
        plan = plans.get(code)
        region_rows.append(RegionRow(code, name, plan.id if plan else None,
                                     plan.status if plan else None, len(mine),
                                     sum(_budget(p) for p in mine)))
    coverage: list[CoverageRow] = []
    index: dict[tuple[int, str, str], CoverageRow] = {}
    for code, plan in sorted(plans.items()):
        for a in plan_anchors(engine, plan, lang):
            row = CoverageRow(code, plan.id, a.kind, a.key, a.label)
            coverage.append(row)
            index[(plan.id, a.kind, a.key)] = row
    budget: dict[tuple[int, str, str, str, int], list[float]] = defaultdict(list)
    amounts: dict[tuple[int, str], list[float]] = defaultdict(list)
    mapped: set[int] = set()
    for m in mappings(engine, [p.id for p in plans.values()]):
        p = by_id.get(m.programme_id)
        found = index.get((m.plan_id, m.kind, m.anchor))
        if p is None or found is None:
            continue
        row = found
        budget[(m.plan_id, m.kind, m.anchor, p.level, p.year)].append(_budget(p))
        if p.year == year:
            mapped.add(p.id)
            row.count[p.level] += 1
            amounts[(id(row), p.level)].append(_budget(p))
            row.codes.append(f"{p.code} ({p.region_code})")
    for row in coverage:
        row.codes.sort()
        row.budget = {lv: math.fsum(amounts.get((id(row), lv), [])) for lv in LEVELS}
    budget_rows = []
    for (plan_id, kind, key, level, y), values in sorted(budget.items()):
        row = index[(plan_id, kind, key)]
        budget_rows.append(BudgetRow(row.region, kind, key, row.label, level, y, len(values),
                                     math.fsum(values)))
    groups: dict[tuple[str, str, int], list[ProgrammeRow]] = defaultdict(list)
    for p in this_year:
        groups[(normalise(p.name), p.region_code, p.year)].append(p)
    duplicates = [Duplicate(ps[0].name, ps[0].region_code, ps[0].year, ps)
                  for ps in groups.values() if len({(p.level, p.agency) for p in ps}) > 1]
    duplicates.sort(key=lambda d: (d.region, normalise(d.name)))
    outside = [OutsideAuthority(p) for p in this_year
               if p.level == "kabupaten" and reserved_to_province(p.code, p.name)]
    per_level: dict[tuple[str, int], list[float]] = defaultdict(list)
    for p in all_years:
        per_level[(p.level, p.year)].append(_budget(p))
    totals = {k: (len(v), math.fsum(v)) for k, v in per_level.items()}
    return SyncReport(province, year, region_rows, coverage, duplicates, outside, budget_rows,
                      dict(sorted(totals.items(), key=lambda kv: (kv[0][1],
                                                                  LEVELS.index(kv[0][0])))),
                      len(this_year), len(this_year) - len(mapped))
