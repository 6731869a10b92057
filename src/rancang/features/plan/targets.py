"""Targets (sasaran) of a plan, aligned to the RIPIN indicators.

Each target has an indicator (one of :data:`INDICATORS`: the RIPIN indicators of PP 14/2015
and those a regional plan adds), a unit, a direction, a baseline (year, value, source) and
a value for the end of each of the four stages, and, when needed, values for single years
of the plan's period (``yearly``; the value of a stage's last year must equal the stage's
value). Beside each stage value the channels show
the RIPIN milestone of the same indicator (:func:`milestone`) and the annual growth the
value requires: for the manufacturing share of PDRB the growth of manufacturing computed by
the ``targets`` feature's service (:func:`rancang.features.targets.run_targets`), for a
level the constant growth from the baseline (:func:`implied_growth`).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
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
    #: year (as text) -> value in that year, besides the stage values (when needed)
    yearly: dict[str, float] = field(default_factory=dict)

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


#: the first word of a unit that counts whole things (shown without decimals)
COUNT_WORDS = ("orang", "jiwa", "unit", "perusahaan", "persons", "people", "workers", "firms")


def is_count(unit: str) -> bool:
    """Whether a target's unit counts whole things (persons, firms): its values are
    shown without decimals ("45.000 orang"); "juta orang" is not a count.

    >>> is_count("orang"), is_count("unit usaha"), is_count("juta orang"), is_count("%")
    (True, True, False, False)
    """
    words = unit.strip().lower().split()
    return bool(words) and words[0] in COUNT_WORDS


def value_decimals(unit: str) -> int:
    """Decimals of a target's values: 0 for a count, else 2."""
    return 0 if is_count(unit) else 2


def milestone_unit(indicator: str, lang: str) -> str:
    """The unit of RIPIN's milestone of ``indicator`` in ``lang`` ("" without one):
    RIPIN's employment milestone is in millions of workers, not the region's persons.

    >>> milestone_unit("industry_jobs", "id"), milestone_unit("industry_share", "en")
    ('juta orang', '% of GDP')
    """
    import polars as pl

    from rancang.reference.ripin import ripin_milestones

    ripin = INDICATORS.get(indicator)
    if ripin is None:
        return ""
    m = ripin_milestones().filter(pl.col("indicator") == ripin)["unit"]
    if not m.len():
        return ""
    key = "plan.ripin_unit." + str(m[0]).replace(" ", "_")
    return text(key, lang)


def has_milestone(indicator: str) -> bool:
    """Whether RIPIN (PP 14/2015) publishes a national milestone for ``indicator``; for
    the others the channels say "tidak ada tonggak nasional" (no national milestone).

    >>> has_milestone("industry_share"), has_milestone("investment")
    (True, False)
    """
    ripin = INDICATORS.get(indicator)
    return ripin is not None and any(ripin_value(ripin, y) is not None
                                     for y in MILESTONE_YEARS)


def stage_milestones(plan: PlanInfo, indicator: str) -> list[tuple[int, float]]:
    """The distinct RIPIN milestones (year, value) beside the plan's four stages."""
    out: list[tuple[int, float]] = []
    for _, end in plan.stages:
        m = milestone(indicator, end)
        if m is not None and m not in out:
            out.append(m)
    return out


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


#: a column holding the values of one year (``2030``; a workbook may give ``2030.0``)
YEAR_COLUMN = re.compile(r"^\s*(\d{4})(?:\.0+)?\s*$")


def year_columns(row: Mapping[str, Any]) -> dict[str, Any]:
    """The yearly cells of a plain row: columns named by a year, and a ``yearly``
    mapping (the API's form), as ``{column: raw value}``.

    >>> year_columns({"key": "a", "2030": "5,5", "yearly": {"2031": 6.0}})
    {'2030': '5,5', '2031': 6.0}
    """
    out: dict[str, Any] = {}
    for col, raw in row.items():
        if col is not None and YEAR_COLUMN.match(str(col)):
            out[str(col).strip()] = raw
    extra = row.get("yearly")
    if isinstance(extra, Mapping):
        out.update({str(k): v for k, v in extra.items()})
    return out


def _norm(label: str) -> str:
    return " ".join(label.strip().lower().split())


def target_field(label: str) -> str:
    """The column of a targets header cell: its machine name or its header in either
    language (the workbook's headers are in the reader's language).

    >>> target_field("Nilai dasar"), target_field("Baseline value"), target_field("unit")
    ('baseline_value', 'baseline_value', 'unit')
    >>> target_field("2030")
    '2030'
    """
    wanted = _norm(label)
    for col in CSV_COLUMNS:
        key = f"plan.target.col.{col}"
        if wanted in (col, _norm(text(key, "id")), _norm(text(key, "en"))):
            return col
    return label.strip()


def direction_value(label: str) -> str:
    """A direction cell: ``up``/``down`` or its word in either language.

    >>> direction_value("naik"), direction_value("Down"), direction_value("turun ")
    ('up', 'down', 'down')
    """
    wanted = _norm(label)
    for d in DIRECTIONS:
        if wanted in (d, _norm(text(f"plan.dir.{d}", "id")), _norm(text(f"plan.dir.{d}", "en"))):
            return d
    return label.strip()


def indicator_value(label: str) -> str:
    """An indicator cell: its code or its name in either language.

    >>> indicator_value("industry_share"), indicator_value("Tenaga kerja sektor industri")
    ('industry_share', 'industry_jobs')
    """
    wanted = _norm(label)
    for ind in INDICATORS:
        key = f"plan.ind.{ind}"
        if wanted in (ind, _norm(text(key, "id")), _norm(text(key, "en"))):
            return ind
    return label.strip()


def check_targets(rows: Sequence[Mapping[str, Any]], *, name: str = "targets",
                  sheet: str | None = None) -> list[TargetRow]:
    """Targets from plain rows (CSV, a workbook, the web table, the API), or
    :class:`InputError` naming the row and column of every problem (a target without a
    unit, an unknown indicator or direction, a value that is not a number, a yearly
    column that is not a year, a key used twice)."""
    problems: list[Problem] = []
    out: list[TargetRow] = []
    keys: set[str] = set()
    for n, row in enumerate(rows, start=2):
        def bad(msg: Msg, column: str, n: int = n) -> None:
            problems.append(Problem(msg, file=name, sheet=sheet, row=n, column=column))

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
            # named as people know it: the indicator, not the machine key
            bad(Msg("plan.target.unit",
                    label=str(row.get("label") or "").strip() or _label(indicator) or key),
                "unit")
        direction = direction_value(str(row.get("direction") or "up"))
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
        yearly: dict[str, float] = {}
        for col, raw in year_columns(row).items():
            m = YEAR_COLUMN.match(col)
            if m is None:
                bad(Msg("plan.target.yearly_year", year=col), col)
                continue
            try:
                v = _num(raw)
                if v is not None and not math.isfinite(v):
                    raise ValueError
            except (ValueError, TypeError):
                bad(Msg("plan.target.number", value=raw), col)
                continue
            if v is not None:
                yearly[m.group(1)] = v
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
            origin=str(row.get("origin") or "authored"),
            yearly=dict(sorted(yearly.items()))))
    if problems:
        raise InputError(problems)
    return out


def check_yearly(plan: PlanInfo, rows: Sequence[TargetRow], *, name: str = "targets",
                 sheet: str | None = None, first_row: int = 2) -> None:
    """Refuse (:class:`InputError`, row and year column named) a yearly value outside the
    plan's period, or one that contradicts the stage value at the stage's last year
    (``|yearly - stage| > 1e-9 * max(1, |stage|)``)."""
    problems: list[Problem] = []
    for n, r in enumerate(rows, start=first_row):
        for y, v in r.yearly.items():
            year = int(y)
            if not plan.start_year <= year <= plan.end_year:
                problems.append(Problem(Msg("plan.target.yearly_period", year=year,
                                            start=plan.start_year, end=plan.end_year),
                                        file=name, sheet=sheet, row=n, column=y))
                continue
            for k, (_, end) in enumerate(plan.stages, start=1):
                stage = r.value(k)
                if year == end and stage is not None and not math.isclose(
                        v, stage, rel_tol=1e-9, abs_tol=1e-9):
                    problems.append(Problem(Msg(
                        "plan.target.yearly_stage", year=year, value=_show(v),
                        stage=k, stage_value=_show(stage)), file=name, sheet=sheet, row=n,
                        column=y))
    if problems:
        raise InputError(problems)


def _show(v: float) -> str:
    from rancang.core.i18n import format_number

    return format_number(v, 2)


def _label(indicator: str) -> str:
    return text(f"plan.ind.{indicator}") if indicator in INDICATORS else indicator


def _label_in(indicator: str, lang: str) -> str:
    return text(f"plan.ind.{indicator}", lang) if indicator in INDICATORS else indicator


def set_targets(engine: Engine, actor: Actor, plan_id: int,
                rows: Sequence[Mapping[str, Any]] | Sequence[TargetRow], *,
                name: str = "targets", derived: bool = False,
                sheet: str | None = None) -> list[TargetRow]:
    """Replace the plan's targets (all checked first; nothing changes on a problem).

    ``derived`` is for the draft, which stores the targets it computed from the data; a
    person's targets (the default) refresh the targets table of ``sasaran.sasaran``."""
    plan = writable_plan(engine, actor, plan_id)
    clean = [r for r in rows if isinstance(r, TargetRow)]
    if len(clean) != len(rows):
        clean = check_targets([r for r in rows if isinstance(r, Mapping)], name=name,
                              sheet=sheet)
    check_yearly(plan, clean, name=name, sheet=sheet)
    if not derived:
        # a person's targets: those that differ from what is stored become authored (kept
        # when the data is regenerated); unchanged ones keep their origin
        before = {r.key: r for r in stored_targets(engine, plan)}
        clean = [before[r.key] if r.key in before and _same_target(r, before[r.key])
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
                required=row.required, origin=row.origin, yearly=row.yearly))
    touch(engine, plan.id)
    if not derived:
        from rancang.features.plan.contrib import targets_block
        from rancang.features.plan.store import refresh_block

        lang = plan.sources.get("lang", "id")
        # the team's targets show in the document before any draft, like the action plan
        refresh_block(engine, actor, plan, "sasaran.sasaran", targets_block(plan, clean, lang),
                      add=True)
    return clean


def _rounded(value: Any) -> Any:
    """A value as the files write it (six decimals), for comparing what came back."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


def _same_target(a: TargetRow, b: TargetRow) -> bool:
    """Same content (origin and the stored required growth aside; numbers equal at the
    six decimals the CSV and the page write).

    >>> a = TargetRow("s", "industry_share", "P", "%", baseline_value=47.391744892005214)
    >>> _same_target(a, replace(a, baseline_value=47.391745)), _same_target(
    ...     a, replace(a, baseline_value=47.4))
    (True, False)
    """
    fields = ("key", "indicator", "label", "unit", "direction", "baseline_year",
              "baseline_value", "baseline_source", "stages", "yearly")
    return all(_rounded(getattr(a, f)) == _rounded(getattr(b, f)) for f in fields)


def stored_targets(engine: Engine, plan: PlanInfo) -> list[TargetRow]:
    """The plan's targets in order (no permission check: callers hold the plan)."""
    t = PlanTarget.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.plan_id == plan.id)
                            .order_by(t.c.position)).mappings().all()
    return [TargetRow(r["key"], r["indicator"], r["label"], r["unit"], r["direction"],
                      r["baseline_year"], r["baseline_value"], r["baseline_source"],
                      dict(r["stages"] or {}), dict(r["required"] or {}), r["origin"],
                      dict(sorted((r["yearly"] or {}).items())))
            for r in rows]


def plan_targets(engine: Engine, actor: Actor, plan_id: int) -> tuple[PlanInfo,
                                                                     list[TargetRow]]:
    """The plan (if the actor may read it) and its targets: for a reader outside the
    region's team, those of the newest frozen version (what is published; none yet:
    no targets)."""
    from rancang.features.plan.versions import newest_version, reads_published

    plan = get_plan(engine, actor, plan_id)
    if reads_published(actor, plan):
        snap = newest_version(engine, plan) or {}
        return plan, [TargetRow(**t) for t in snap.get("targets", [])]
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


def baseline_flags(rows: Sequence[TargetRow], last_year: int | None,
                   data: Mapping[str, Sequence[float]] | None, lang: str
                   ) -> list[tuple[str, str]]:
    """What the team must check in its targets against the data the plan was drafted
    from: a baseline year after the data's last year, and a baseline that differs from
    the data's own value (``data``: target key -> [year, value], the baselines the draft
    derived). A baseline differs when its year differs or its value differs by more than
    0.5 % of the data's value (rounding in a typed table stays below that). Returns
    (target key, message) pairs.

    >>> row = TargetRow("industry_share", "industry_share", "Pangsa", "% PDRB", "up",
    ...                 2024, 47.39)
    >>> baseline_flags([row], 2020, {"industry_share": [2020, 65.74]}, "en")[0][1][:60]
    'CHECK - target "Pangsa": its baseline year 2024 is after the'
    >>> old = replace(row, baseline_year=2020)
    >>> baseline_flags([old], 2020, {"industry_share": [2020, 65.74]}, "en")[0][1][:62]
    'CHECK - target "Pangsa": its baseline 47.39 (2020) differs fro'
    >>> len(baseline_flags([row], 2024, {"industry_share": [2024, 47.4]}, "en"))
    0
    """
    from rancang.core.i18n import format_number

    out: list[tuple[str, str]] = []
    for r in rows:
        if r.baseline_year is None:
            continue
        if last_year is not None and r.baseline_year > last_year:
            out.append((r.key, text("plan.flag.after_data", lang, label=r.label,
                                    year=r.baseline_year, last=last_year)))
            continue
        known = (data or {}).get(r.key)
        if known is None or r.baseline_value is None or r.origin == "data":
            continue
        year, value = int(known[0]), float(known[1])
        if year != r.baseline_year or abs(r.baseline_value - value) > 0.005 * abs(value):
            out.append((r.key, text("plan.flag.differs", lang, label=r.label,
                                    value=format_number(r.baseline_value, 2, lang),
                                    year=r.baseline_year, data=format_number(value, 2, lang),
                                    data_year=year)))
    return out


def used_years(rows: Sequence[TargetRow]) -> list[str]:
    """The years any target has a yearly value for, in order (the yearly columns)."""
    return sorted({y for r in rows for y in r.yearly})


def target_cells(rows: Sequence[TargetRow]) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the targets table (:data:`CSV_COLUMNS`, then a column per year
    that any target has a yearly value for); text cells neutralised for spreadsheets."""
    from rancang.core.cells import safe_cell

    years = used_years(rows)
    out = []
    for r in rows:
        out.append([safe_cell(r.key), r.indicator, safe_cell(r.label), safe_cell(r.unit),
                    r.direction, r.baseline_year, r.baseline_value,
                    safe_cell(r.baseline_source), *[r.value(k) for k in range(1, 5)],
                    *[r.yearly.get(y) for y in years]])
    return [*CSV_COLUMNS, *years], out


def targets_csv(rows: Sequence[TargetRow], csv_locale: str = "en") -> str:
    """The targets as CSV (:data:`CSV_COLUMNS`, then the yearly columns when any target
    has one), to edit and read back; ``csv_locale="id"``: ``;``, a decimal comma and a
    byte-order mark, for an Indonesian Excel (read back the same).

    >>> r = TargetRow("a", "investment", "Investasi", "miliar rupiah", stages={"1": 5.0},
    ...               yearly={"2027": 4.5})
    >>> [(t.stages, t.yearly) for t in read_targets_csv(targets_csv([r]))]
    [({'1': 5.0}, {'2027': 4.5})]
    >>> [(t.stages, t.yearly) for t in read_targets_csv(targets_csv([r], "id"))]
    [({'1': 5.0}, {'2027': 4.5})]
    """
    local = csv_locale == "id"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", delimiter=";" if local else ",")
    header, cells = target_cells(rows)
    w.writerow(header)
    for row in cells:
        # at most six decimals ("26,132461", not "26,132461102570993"); read back, a
        # number equal to the stored one at that precision keeps the stored value
        w.writerow(["" if v is None else edit_value(v, "id" if local else "en")
                    if isinstance(v, float) else v for v in row])
    return ("\ufeff" if local else "") + buf.getvalue()


def write_targets_xlsx(rows: Sequence[TargetRow], path: Path, lang: str) -> Path:
    """The targets as a workbook (the CSV's columns, numbers as numbers), to edit and
    read back with :func:`read_targets_file`."""
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                           "strings_to_numbers": False})
    sheet = book.add_worksheet(text("plan.target.sheet", lang))
    bold = book.add_format({"bold": True})
    header, cells = target_cells(rows)
    # headers and directions in the reader's language (read back in either language)
    sheet.write_row(0, 0, [text(f"plan.target.col.{h}", lang) if h in CSV_COLUMNS else h
                           for h in header], bold)
    where = header.index("direction")
    for k, row in enumerate(cells, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            if c == where and v in DIRECTIONS:
                v = text(f"plan.dir.{v}", lang)
            if isinstance(v, int | float):
                sheet.write_number(k, c, v)
            else:
                sheet.write_string(k, c, str(v))
    words = [text(f"plan.dir.{d}", lang) for d in DIRECTIONS]
    sheet.data_validation(1, where, max(len(cells), 1) + 200, where,
                          {"validate": "list", "source": words})
    sheet.freeze_panes(1, 0)
    help_ = book.add_worksheet(text("plan.target.help_sheet", lang))
    help_.write_row(0, 0, [text("plan.target.col.indicator", lang),
                           text("plan.target.col.label", lang)], bold)
    for k, ind in enumerate(INDICATORS, start=1):
        help_.write_row(k, 0, [ind, _label_in(ind, lang)])
    book.close()
    return path


def read_targets_xlsx(path: Path) -> tuple[str, list[TargetRow]]:
    """The targets' sheet of a workbook (by its name in either language, else the first)
    and its targets, checked with the sheet named in every problem."""
    from rancang.sources._cells import load_sheets

    sheets = load_sheets(path)
    names = {text("plan.target.sheet", "id"), text("plan.target.sheet", "en")}
    name, grid = next(((n, g) for n, g in sheets if n in names), sheets[0])
    grid_rows = [[None if v is None else v for v in grid.row(i)] for i in range(grid.height)]
    header = [target_field(str(h)) if h is not None else ""
              for h in (grid_rows[0] if grid_rows else [])]
    missing = [c for c in ("indicator", "unit") if c not in header]
    if missing:
        raise InputError([Problem(Msg("plan.target.column", column=c), file=path.name,
                                  sheet=name, row=1, column=c) for c in missing])
    rows = []
    for r in grid_rows[1:]:
        cells = {h: (None if v is None else v if isinstance(v, int | float) else str(v))
                 for h, v in zip(header, r, strict=False) if h}
        if isinstance(cells.get("indicator"), str):
            cells["indicator"] = indicator_value(str(cells["indicator"]))
        if any(v not in (None, "") for v in cells.values()):
            rows.append(cells)
    return name, check_targets(rows, name=path.name, sheet=name)


def read_targets_file(path: Path) -> tuple[str | None, list[TargetRow]]:
    """Targets of a ``.csv`` or ``.xlsx`` file and the sheet they came from (None for a
    CSV)."""
    from rancang.core.text import decode_text

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_targets_xlsx(path)
    if path.suffix.lower() != ".csv":
        raise InputError(Problem(Msg("plan.target.format"), file=path.name))
    return None, read_targets_csv(decode_text(path.read_bytes(), file=path.name),
                                  name=path.name)


#: the fields of a target in the page's editable table (``t_<field>`` in the form)
TABLE_COLUMNS = ("key", "indicator", "label", "unit", "direction", "baseline_value",
                 "baseline_year", "baseline_source", "stage_1", "stage_2", "stage_3",
                 "stage_4")
_NUMBERS = ("baseline_value", "stage_1", "stage_2", "stage_3", "stage_4")


def edit_value(value: float | int | None, lang: str) -> str:
    """A number as the targets' table shows it in an input: at most six decimals, no
    thousands separator (read back by :func:`check_targets`), the language's decimal sign.

    >>> edit_value(47.391744892005214, "id"), edit_value(1250.5, "en")
    ('47,391745', '1250.5')
    >>> edit_value(None, "id"), edit_value(2024, "id"), edit_value(-3.0, "id")
    ('', '2024', '-3')
    """
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    written = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return written.replace(".", _separators(lang)[0])


def _separators(lang: str) -> tuple[str, str]:
    """The language's decimal and thousands separators, from the catalogue's number
    format (``(",", ".")`` in Indonesian, ``(".", ",")`` in English)."""
    from rancang.core.i18n import format_number

    return format_number(0.5, 1, lang)[1], format_number(1000.0, 0, lang)[1]


_GROUPED = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d*)?")


def local_number(cell: str, lang: str) -> str:
    """A number typed in the page's table as :func:`check_targets` reads it: in a
    language writing ``1.234,5`` (Indonesian), dots grouping thousands go and the
    decimal comma becomes a point (``1.250,5`` is 1250.5, ``1.250`` is 1250); a lone
    point stays a decimal point (``2.5``); anything else is left for the check to name.

    >>> [local_number(c, "id") for c in ("1.250,5", "1.250", "2.5", "47,39", "abc")]
    ['1250.5', '1250', '2.5', '47.39', 'abc']
    >>> local_number("1,250.5", "en")
    '1,250.5'
    """
    decimal, thousands = _separators(lang)
    if (decimal, thousands) != (",", "."):
        return cell
    if _GROUPED.fullmatch(cell):
        return cell.replace(".", "").replace(",", ".")
    if "," in cell and "." not in cell:
        return cell.replace(",", ".")
    return cell


def _stored_value(row: TargetRow, column: str) -> float | None:
    if column == "baseline_value":
        return row.baseline_value
    return row.value(int(column[-1]))


def rows_of_table(columns: Mapping[str, Sequence[str]], removed: set[str],
                  stored: Sequence[TargetRow], lang: str) -> list[dict[str, Any]]:
    """The targets of the page's editable table as plain rows for :func:`set_targets`:
    ``columns`` maps each of :data:`TABLE_COLUMNS` to its cells (one per row); empty rows
    and rows whose key is in ``removed`` are left out. A number left as the table showed
    it keeps the stored value it stands for (the input shows six decimals, so an
    untouched target stays the same and keeps its origin); each target keeps its yearly
    values (edited through the CSV/XLSX).

    >>> old = [TargetRow("s", "industry_share", "Pangsa", "% PDRB", stages={"1": 1 / 3})]
    >>> cols = {c: [] for c in TABLE_COLUMNS}
    >>> for c, v in {"key": "s", "indicator": "industry_share", "unit": "% PDRB",
    ...              "stage_1": "0,333333", "stage_2": "40"}.items():
    ...     cols[c] = [v]
    >>> row = rows_of_table(cols, set(), old, "id")[0]
    >>> row["stage_1"] == 1 / 3, row["stage_2"]
    (True, '40')
    """
    by_key = {r.key: r for r in stored}
    n = max((len(v) for v in columns.values()), default=0)
    out: list[dict[str, Any]] = []
    for k in range(n):
        row: dict[str, Any] = {c: str(columns.get(c, [])[k]).strip()
                               if k < len(columns.get(c, [])) else "" for c in TABLE_COLUMNS}
        if not any(v for c, v in row.items() if c != "direction"):
            continue
        if row["key"] and row["key"] in removed:
            continue
        before = by_key.get(row["key"])
        for c in (*_NUMBERS, "baseline_year"):
            value = None if before is None or c == "baseline_year" else (
                _stored_value(before, c))
            if value is not None and row[c] == edit_value(value, lang):
                row[c] = value
            else:
                row[c] = local_number(row[c], lang)
        if before is not None and before.yearly:
            row["yearly"] = dict(before.yearly)
        out.append(row)
    return out


def read_targets_csv(source: str, *, name: str = "targets.csv") -> list[TargetRow]:
    """Targets from CSV text (checked by :func:`check_targets`)."""
    from rancang.sources.csv_text import sniff_separator

    sep, body = sniff_separator(source.lstrip("\ufeff"))
    reader = csv.reader(io.StringIO(body), delimiter=sep)
    header = [target_field(h) for h in next(reader, [])]
    missing = [c for c in ("indicator", "unit") if c not in header]
    if missing:
        raise InputError([Problem(Msg("plan.target.column", column=c), file=name, row=1,
                                  column=c) for c in missing])
    rows = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        row = dict(zip(header, cells, strict=False))
        if row.get("indicator"):
            row["indicator"] = indicator_value(row["indicator"])
        rows.append(row)
    return check_targets(rows, name=name)
