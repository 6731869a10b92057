"""Targets (sasaran) of a plan, aligned to the RIPIN indicators.

Each target has an indicator (one of :data:`INDICATORS`: the RIPIN indicators of PP 14/2015
and those a regional plan adds), a unit, a direction, a baseline (year, value, source) and
a value for the end of each of the four stages. Beside each stage value the channels show
the RIPIN milestone of the same indicator (:func:`milestone`) and the annual growth the
value requires: for the manufacturing share of PDRB the growth of manufacturing computed by
the ``targets`` feature's service (:func:`rancang.features.targets.run_targets`), for a
level the constant growth from the baseline (:func:`implied_growth`).
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Engine, delete, insert, select

from rancang.core.actors import Actor
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, text
from rancang.features.plan.models import PlanTarget
from rancang.features.plan.service import PlanInfo, get_plan, touch, writable_plan
from rancang.reference.ripin import ripin_value

#: indicator -> (RIPIN milestone indicator or None, default unit key)
INDICATORS: dict[str, str | None] = {
    "industry_growth": "industry_growth",
    "industry_share": "industry_share",
    "export_share": "export_share",
    "industry_jobs": "industry_jobs",
    "industry_jobs_share": None,
    "imported_inputs": "imported_inputs",
    "investment": None,
    "ikm_contribution": None,
    "outside_java": "outside_java",
    "concentration": None,
    "custom": None,
}
DIRECTIONS = ("up", "down")
MILESTONE_YEARS = (2015, 2020, 2025, 2035)
CSV_COLUMNS = ("key", "indicator", "label", "unit", "direction", "baseline_year",
               "baseline_value", "baseline_source", "stage_1", "stage_2", "stage_3", "stage_4")


@dataclass
class TargetRow:
    """A target with what the channels show beside it."""

    key: str
    indicator: str
    label: str
    unit: str
    direction: str = "up"
    baseline_year: int | None = None
    baseline_value: float | None = None
    baseline_source: str = ""
    stages: dict[str, float] = field(default_factory=dict)
    required: dict[str, float] = field(default_factory=dict)
    origin: str = "authored"

    def value(self, stage: int) -> float | None:
        v = self.stages.get(str(stage))
        return None if v is None else float(v)


def milestone(indicator: str, year: int) -> tuple[int, float] | None:
    """The RIPIN milestone for a stage ending in ``year``: the latest milestone year at or
    before it (2035 for later stages, the end of RIPIN), with its value.

    >>> milestone("industry_share", 2029), milestone("industry_share", 2045)
    ((2025, 27.4), (2035, 30.0))
    >>> milestone("investment", 2030) is None
    True
    """
    ripin = INDICATORS.get(indicator)
    if ripin is None:
        return None
    years = [y for y in MILESTONE_YEARS if y <= year] or [MILESTONE_YEARS[0]]
    value = ripin_value(ripin, years[-1])
    return None if value is None else (years[-1], value)


def implied_growth(baseline: float, target: float, years: int) -> float | None:
    """Constant annual growth (%) that takes ``baseline`` to ``target`` in ``years``.

    Notes
    -----
    ``g = (target / baseline)^(1 / years) - 1`` (compound growth; BPS "laju pertumbuhan").
    None when the baseline is not positive or ``years < 1``.

    Example
    -------
    100 to 121 in 2 years needs 10 % a year:

    >>> round(implied_growth(100.0, 121.0, 2), 6)
    10.0
    >>> implied_growth(0.0, 5.0, 3) is None
    True
    """
    if baseline <= 0 or target < 0 or years < 1:
        return None
    return 100.0 * ((target / baseline) ** (1.0 / years) - 1.0)


def _num(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int | float):
        return float(value)
    return float(str(value).strip().replace(" ", "").replace(",", "."))


def check_targets(rows: Sequence[Mapping[str, Any]], *, name: str = "targets") -> list[TargetRow]:
    """Targets from plain rows (CSV, the web table, the API), or :class:`InputError`
    naming the row and column of every problem (a target without a unit, an unknown
    indicator or direction, a value that is not a number, a key used twice)."""
    problems: list[Problem] = []
    out: list[TargetRow] = []
    keys: set[str] = set()
    for n, row in enumerate(rows, start=2):
        def bad(msg: Msg, column: str, n: int = n) -> None:
            problems.append(Problem(msg, file=name, row=n, column=column))

        indicator = str(row.get("indicator") or "").strip()
        key = str(row.get("key") or indicator).strip()
        if indicator not in INDICATORS:
            bad(Msg("plan.target.indicator", indicator=indicator,
                    known=", ".join(INDICATORS)), "indicator")
        if not key:
            bad(Msg("plan.target.key"), "key")
        elif key in keys:
            bad(Msg("plan.target.duplicate", key=key), "key")
        keys.add(key)
        unit = str(row.get("unit") or "").strip()
        if not unit:
            bad(Msg("plan.target.unit", key=key), "unit")
        direction = str(row.get("direction") or "up").strip()
        if direction not in DIRECTIONS:
            bad(Msg("plan.target.direction", direction=direction), "direction")
        values: dict[str, float] = {}
        numbers: dict[str, float | None] = {}
        for col in ("baseline_value", "baseline_year", "stage_1", "stage_2", "stage_3",
                    "stage_4"):
            raw = row.get(col)
            try:
                numbers[col] = _num(raw)
                if numbers[col] is not None and not math.isfinite(numbers[col] or 0.0):
                    raise ValueError
            except ValueError:
                bad(Msg("plan.target.number", value=raw), col)
                numbers[col] = None
        for k in range(1, 5):
            v = numbers[f"stage_{k}"]
            if v is not None:
                values[str(k)] = v
        year = numbers["baseline_year"]
        required = row.get("required") if isinstance(row.get("required"), Mapping) else {}
        out.append(TargetRow(
            key=key, indicator=indicator,
            label=str(row.get("label") or "").strip() or _label(indicator),
            unit=unit, direction=direction,
            baseline_year=int(year) if year is not None else None,
            baseline_value=numbers["baseline_value"],
            baseline_source=str(row.get("baseline_source") or "").strip(),
            stages=values, required=dict(required or {}),
            origin=str(row.get("origin") or "authored")))
    if problems:
        raise InputError(problems)
    return out


def _label(indicator: str) -> str:
    return text(f"plan.ind.{indicator}") if indicator in INDICATORS else indicator


def set_targets(engine: Engine, actor: Actor, plan_id: int,
                rows: Sequence[Mapping[str, Any]] | Sequence[TargetRow], *,
                name: str = "targets", derived: bool = False) -> list[TargetRow]:
    """Replace the plan's targets (all checked first; nothing changes on a problem).

    ``derived`` is for the draft, which stores the targets it computed from the data; a
    person's targets (the default) refresh the targets table of ``sasaran.sasaran``."""
    plan = writable_plan(engine, actor, plan_id)
    clean = [r for r in rows if isinstance(r, TargetRow)]
    if len(clean) != len(rows):
        clean = check_targets([r for r in rows if isinstance(r, Mapping)], name=name)
    if not derived:
        # a person's targets: those that differ from what is stored become authored (kept
        # when the data is regenerated); unchanged ones keep their origin
        before = {r.key: r for r in stored_targets(engine, plan)}
        clean = [replace(r, origin=before[r.key].origin, required=before[r.key].required)
                 if r.key in before and _same_target(r, before[r.key])
                 else replace(r, origin="authored", required={}) for r in clean]
    t = PlanTarget.__table__
    with engine.begin() as conn:
        conn.execute(delete(t).where(t.c.plan_id == plan.id))
        for k, row in enumerate(clean):
            conn.execute(insert(t).values(
                plan_id=plan.id, key=row.key, position=k, indicator=row.indicator,
                label=row.label, unit=row.unit, direction=row.direction,
                baseline_year=row.baseline_year, baseline_value=row.baseline_value,
                baseline_source=row.baseline_source, stages=row.stages,
                required=row.required, origin=row.origin))
    touch(engine, plan.id)
    if not derived:
        from rancang.features.plan.contrib import targets_block
        from rancang.features.plan.store import refresh_block

        lang = plan.sources.get("lang", "id")
        refresh_block(engine, actor, plan, "sasaran.sasaran", targets_block(plan, clean, lang))
    return clean


def _same_target(a: TargetRow, b: TargetRow) -> bool:
    """Same content (origin and the stored required growth aside)."""
    fields = ("key", "indicator", "label", "unit", "direction", "baseline_year",
              "baseline_value", "baseline_source", "stages")
    return all(getattr(a, f) == getattr(b, f) for f in fields)


def stored_targets(engine: Engine, plan: PlanInfo) -> list[TargetRow]:
    """The plan's targets in order (no permission check: callers hold the plan)."""
    t = PlanTarget.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.plan_id == plan.id)
                            .order_by(t.c.position)).mappings().all()
    return [TargetRow(r["key"], r["indicator"], r["label"], r["unit"], r["direction"],
                      r["baseline_year"], r["baseline_value"], r["baseline_source"],
                      dict(r["stages"] or {}), dict(r["required"] or {}), r["origin"])
            for r in rows]


def plan_targets(engine: Engine, actor: Actor, plan_id: int) -> tuple[PlanInfo,
                                                                     list[TargetRow]]:
    """The plan (if the actor may read it) and its targets."""
    plan = get_plan(engine, actor, plan_id)
    return plan, stored_targets(engine, plan)


def required_growth(plan: PlanInfo, row: TargetRow, stage: int) -> float | None:
    """The annual growth (%) the stage's value requires: stored from the ``targets``
    service for the share of PDRB, else implied from the baseline (levels only)."""
    if str(stage) in row.required:
        return float(row.required[str(stage)])
    value = row.value(stage)
    if (value is None or row.baseline_value is None or row.baseline_year is None
            or row.indicator in ("industry_growth", "industry_share")
            or "%" in row.unit):
        return None
    end = plan.stages[stage - 1][1]
    return implied_growth(row.baseline_value, value, end - row.baseline_year)


def targets_csv(rows: Sequence[TargetRow]) -> str:
    """The targets as CSV (:data:`CSV_COLUMNS`), to edit and read back.

    >>> r = TargetRow("a", "investment", "Investasi", "miliar rupiah", stages={"1": 5.0})
    >>> [t.stages for t in read_targets_csv(targets_csv([r]))]
    [{'1': 5.0}]
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        w.writerow([r.key, r.indicator, r.label, r.unit, r.direction,
                    "" if r.baseline_year is None else r.baseline_year,
                    "" if r.baseline_value is None else repr(r.baseline_value),
                    r.baseline_source,
                    *["" if r.value(k) is None else repr(r.value(k)) for k in range(1, 5)]])
    return buf.getvalue()


def read_targets_csv(source: str, *, name: str = "targets.csv") -> list[TargetRow]:
    """Targets from CSV text (checked by :func:`check_targets`)."""
    reader = csv.DictReader(io.StringIO(source.lstrip("\ufeff")))
    missing = [c for c in ("indicator", "unit") if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError([Problem(Msg("plan.target.column", column=c), file=name, row=1,
                                  column=c) for c in missing])
    return check_targets(list(reader), name=name)
