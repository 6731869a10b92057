"""Programmes as the channels read them, inside the actor's region scope.

Every channel (``rancang programmes``, the pages, the API) and the features built on this
one (monitoring) call these functions with the :class:`~rancang.core.actors.Actor`:
``programmes.read`` narrows every list to the actor's regions, ``programmes.write``
guards imports and mappings.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sqlalchemy import ColumnElement, Engine, and_, or_, select

from rancang.core.actors import Actor
from rancang.core.db.scope import in_scope
from rancang.features.plan.service import PlanInfo, can_read, list_plans
from rancang.features.programmes.models import Programme, ProgrammeMapping


@dataclass(frozen=True)
class ProgrammeRow:
    """A stored programme."""

    id: int
    code: str
    name: str
    level: str
    agency: str
    region_code: str
    year: int
    budget: float | None
    indicator: str
    unit: str
    target: float | None


def in_area(column: ColumnElement[str], area: str) -> ColumnElement[bool]:
    """Rows of ``area`` (a province or regency code) and the regions under it."""
    return or_(column == area, column.like(f"{area}.%"))


def list_programmes(engine: Engine, actor: Actor, *, area: str | None = None,
                    year: int | None = None, level: str | None = None,
                    years: tuple[int, int] | None = None) -> list[ProgrammeRow]:
    """The programmes the actor may read, by region, year (or a span), code and agency.

    Parameters
    ----------
    area : a province or regency code: its programmes and those of the regions under it.
    year, years : one year, or the first and last year of a span.
    level : pusat, provinsi or kabupaten.
    """
    t = Programme.__table__
    cond = [in_scope(t.c.region_code, actor.scope("programmes.read"))]
    if area:
        cond.append(in_area(t.c.region_code, area))
    if year is not None:
        cond.append(t.c.year == year)
    if years is not None:
        cond.append(t.c.year.between(*years))
    if level:
        cond.append(t.c.level == level)
    query = select(*[t.c[f] for f in ProgrammeRow.__dataclass_fields__]).where(and_(*cond)) \
        .order_by(t.c.region_code, t.c.year, t.c.code, t.c.agency)
    with engine.connect() as conn:  # the columns in the dataclass's order: rows as tuples
        return [ProgrammeRow(*r) for r in conn.execute(query)]


@dataclass(frozen=True)
class ProgrammeOutput:
    """A programme's output indicator for monitoring: what, how much, where and when."""

    programme_id: int
    code: str
    name: str
    level: str
    agency: str
    region_code: str
    year: int
    indicator: str
    unit: str
    target: float | None
    budget: float | None


def programme_outputs(engine: Engine, actor: Actor, *, area: str | None = None,
                      year: int | None = None,
                      years: tuple[int, int] | None = None) -> list[ProgrammeOutput]:
    """The output indicators of the programmes the actor may read (those with an
    indicator), for the monitoring of realisations."""
    return [ProgrammeOutput(p.id, p.code, p.name, p.level, p.agency, p.region_code, p.year,
                            p.indicator, p.unit, p.target, p.budget)
            for p in list_programmes(engine, actor, area=area, year=year, years=years)
            if p.indicator]


@dataclass(frozen=True)
class MappingRow:
    """A programme mapped to a plan's target or strategy."""

    programme_id: int
    plan_id: int
    kind: str
    anchor: str
    contribution: str
    score: float | None
    confirmed: bool
    confirmed_by: str


def mappings(engine: Engine, plan_ids: list[int], *,
             confirmed: bool = True) -> list[MappingRow]:
    """The mappings of these plans (only the confirmed ones by default)."""
    if not plan_ids:
        return []
    t = ProgrammeMapping.__table__
    cond: ColumnElement[bool] = t.c.plan_id.in_(plan_ids)
    if confirmed:
        cond = and_(cond, t.c.confirmed.is_(True))
    columns = (t.c.programme_id, t.c.plan_id, t.c.kind, t.c.anchor, t.c.contribution,
               t.c.score, t.c.confirmed, t.c.confirmed_by)
    with engine.connect() as conn:  # plain tuples: a report reads thousands
        return [MappingRow(a, b, c, d, e or "", f, bool(g), h or "")
                for a, b, c, d, e, f, g, h in conn.execute(select(*columns).where(cond))]


def mapped_outputs(engine: Engine, actor: Actor, plan: PlanInfo) -> dict[tuple[str, str],
                                                                         list[ProgrammeOutput]]:
    """For monitoring: the output indicators of the programmes confirmed as serving each
    target or strategy of ``plan`` (``(kind, key) -> outputs``)."""
    outputs = {o.programme_id: o for o in programme_outputs(engine, actor,
                                                            area=plan.region_code)}
    out: dict[tuple[str, str], list[ProgrammeOutput]] = {}
    for m in mappings(engine, [plan.id]):
        if m.programme_id in outputs:
            out.setdefault((m.kind, m.anchor), []).append(outputs[m.programme_id])
    return out


@lru_cache(maxsize=1)
def _regencies() -> dict[str, list[tuple[str, str]]]:
    raw = (resources.files("rancang.reference") / "data" / "regencies.csv").read_text(
        encoding="utf-8")
    out: dict[str, list[tuple[str, str]]] = {}
    for r in csv.DictReader(io.StringIO(raw)):
        out.setdefault(r["province_code"], []).append((r["code"], r["name"]))
    return out


def regencies_of(province: str) -> list[tuple[str, str]]:
    """The regencies and cities of a province: ``(Kemendagri code, name)``.

    >>> len(regencies_of("72")), regencies_of("72")[5]
    (13, ('72.06', 'KABUPATEN MOROWALI'))
    """
    return list(_regencies().get(province, []))


def plan_for(engine: Engine, actor: Actor, region: str, year: int) -> PlanInfo | None:
    """The plan of ``region`` whose period holds ``year`` (the newest), if the actor may
    read it."""
    found = [p for p in list_plans(engine, actor)
             if p.region_code == region and p.start_year <= year <= p.end_year
             and can_read(actor, p)]
    return found[0] if found else None


def plans_in(engine: Engine, actor: Actor, province: str, year: int) -> dict[str, PlanInfo]:
    """region -> the plan whose period holds ``year``, for a province and its regencies."""
    out: dict[str, PlanInfo] = {}
    for p in list_plans(engine, actor):  # newest first
        inside = p.region_code == province or p.region_code.startswith(province + ".")
        if inside and p.start_year <= year <= p.end_year and p.region_code not in out:
            out[p.region_code] = p
    return out


def plans_of_area(engine: Engine, actor: Actor, area: str) -> list[PlanInfo]:
    """The plans of ``area`` (a province and its regencies) the actor may read and whose
    programmes they may read, by region then newest first."""
    found = [p for p in list_plans(engine, actor)
             if (p.region_code == area or p.region_code.startswith(area + "."))
             and actor.can("programmes.read", p.region_code)]
    return sorted(found, key=lambda p: p.region_code)
