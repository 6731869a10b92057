"""Targets and pathways of a region's manufacturing, as tidy tables.

The same service backs ``rancang targets``, the web pages and the API. Shares and growth
rates in the tables are percentages; levels are in the panel's unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

from rancang.analysis.growth import cagr
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, current_language, format_number, text
from rancang.features.targets.tables import (
    MANUFACTURING,
    exposure_table,
    indicator_table,
    note_in_both,
    pathway_table,
    required_growth_table,
)
from rancang.io_table import Note
from rancang.panel import Panel
from rancang.reference.ripin import RIPIN_SOURCE

if TYPE_CHECKING:
    from rancang.sources.checks import TotalCheck

TABLE_NAMES = ("indicators", "required_growth", "pathways", "exposure")
_SUB = re.compile(r"^(C[\W_]?\d{1,2}\w*|(1\d|2\d|3[0-3])\d{0,3})$")


@dataclass(frozen=True)
class TargetOptions:
    """Region, target (share in %, year), assumptions and the recession scenario."""

    region: str
    target_share: float = 30.0
    target_year: int = 2035
    rest_growth: float | None = None
    start: int | None = None
    end: int | None = None
    shock_depth: float = 5.0
    shock_year: int | None = None
    recovery_years: int = 2


@dataclass
class TargetResult:
    """Tidy tables keyed by :data:`TABLE_NAMES`, with the context they were computed in."""

    tables: dict[str, pl.DataFrame]
    panel: Panel
    options: TargetOptions
    region_code: str
    region_name: str
    start: int
    end: int
    rest_growth: float
    notes: list[Note] = field(default_factory=list)
    #: BPS rows whose categories miss their total column (when read from files).
    checks: list[TotalCheck] = field(default_factory=list)

    def about(self, lang: str | None = None) -> dict[str, str]:
        """Lines for the workbook's first sheet and the CLI summary (default: the current
        language)."""
        lang = lang or current_language()
        o = self.options
        data = "targets.about.synthetic" if self.panel.synthetic else "targets.about.bps"
        growth = "targets.about.assumed" if o.rest_growth is not None else \
            "targets.about.panel_trend"
        rows = {
            "targets.about.region": f"{self.region_code} {self.region_name}",
            "targets.about.data": text(data, lang),
            "targets.about.period": f"{self.start}-{self.end}",
            "targets.about.target": text("targets.about.target_value", lang,
                                         share=f"{o.target_share:g}", year=o.target_year),
            "targets.about.rest_growth": text(growth, lang,
                                              growth=_pct(100 * self.rest_growth, lang)),
            "targets.about.recession": text("targets.about.recession_value", lang,
                                            depth=f"{o.shock_depth:g}", year=self.shock_year,
                                            n=o.recovery_years),
            "targets.about.ripin_source": RIPIN_SOURCE,
            "targets.about.ripin_growth": text("targets.ripin.industry_growth", lang),
            "targets.about.ripin_share": text("targets.ripin.industry_share", lang),
        }
        out = {text(key, lang): value for key, value in rows.items()}
        for k, note in enumerate(self.notes, start=1):
            out[text("targets.about.note", lang, n=k)] = note.text(lang)
        return out

    @property
    def shock_year(self) -> int:
        return self.options.shock_year or self.end + 1


def _pct(value: float, lang: str | None = None) -> str:
    """A percentage in the language's notation.

    >>> _pct(12.345, "id"), _pct(12.345, "en")
    ('12,35 %', '12.35 %')
    """
    return f"{format_number(value, 2, lang)} %"


def _split(panel: Panel, idx: int) -> tuple[np.ndarray, np.ndarray, list[int], list[int]]:
    """(manufacturing, total) series and the indices of top-level and sub-industries."""
    codes = panel.industry_codes
    subs = [k for k, c in enumerate(codes) if _SUB.match(c)]
    top = [k for k in range(len(codes)) if k not in subs]
    values = panel.values[idx]
    if MANUFACTURING in codes:
        m = values[codes.index(MANUFACTURING)]
        total = values[top].sum(axis=0)
    elif subs:
        m = values[subs].sum(axis=0)
        total = values[top].sum(axis=0) + m
    else:
        raise InputError(Problem(Msg("targets.no_manufacturing")))
    return m, total, top, subs


def run_targets(panel: Panel, options: TargetOptions) -> TargetResult:
    """Indicators, required growth, pathways (trend, target, recession) and exposure."""
    o = options
    sub = panel.select_years(o.start, o.end)
    if len(sub.years) < 2:
        raise InputError(Problem(Msg("targets.two_years")))
    idx = sub.region_index(o.region)
    code, name = sub.region_codes[idx], sub.region_names[idx]
    start, end = sub.years[0], sub.years[-1]
    if o.target_year <= end:
        raise InputError(Problem(Msg("targets.target_year", year=o.target_year, end=end)))
    if o.shock_year is not None and not end < o.shock_year <= o.target_year:
        raise InputError(Problem(Msg("targets.shock_year", year=o.shock_year, end=end,
                                     target_year=o.target_year, first=end + 1)))
    if o.recovery_years < 0:
        raise InputError(Problem(Msg("targets.recovery_years")))
    if not 0 <= o.shock_depth < 100:
        raise InputError(Problem(Msg("targets.shock_depth")))
    if not 0 < o.target_share < 100:
        raise InputError(Problem(Msg("targets.target_share")))
    m, total, top, subs = _split(sub, idx)
    rest = total - m
    notes: list[Note] = []
    # over the years spanned: a panel may have gaps (census years)
    m_growth = float(cagr(m, years=sub.years))
    r_growth = (float(cagr(rest, years=sub.years)) if o.rest_growth is None
                else o.rest_growth / 100.0)
    if m_growth > 0.15:
        notes.append(note_in_both(lambda lang: text(
            "targets.note.high_trend", lang, growth=format_number(100 * m_growth, 1, lang))))
    ind = indicator_table(sub, idx, m, total, rest, subs)
    req = required_growth_table(code, m, rest, end, r_growth, m_growth, o)
    ex = exposure_table(sub, idx, top, total, o, notes)
    beta_m = ex.filter(pl.col("industry_code") == MANUFACTURING)["beta"]
    first = beta_m[0] if beta_m.len() else None  # null when too few years to estimate it
    beta = float(first) if first is not None and np.isfinite(first) else 1.0
    paths = pathway_table(sub, m, rest, r_growth, m_growth, float(req["required_growth"][0]) / 100,
                      beta, o)
    tables = {
        "indicators": ind.with_columns(pl.lit(code).alias("region_code")).select(
            "region_code", *ind.columns),
        "required_growth": req,
        "pathways": paths.with_columns(pl.lit(code).alias("region_code")),
        "exposure": ex.with_columns(pl.lit(code).alias("region_code")).select(
            "region_code", *ex.columns),
    }
    return TargetResult(tables=tables, panel=sub, options=o, region_code=code,
                        region_name=name, start=start, end=end, rest_growth=r_growth,
                        notes=notes)


def targets_from_files(inputs: Sequence[Path], options: TargetOptions) -> TargetResult:
    """:func:`run_targets` on the panel read from ``inputs`` (any layout
    :func:`rancang.sources.read_panel` reads; BPS rows repaired as every verb and the web
    upload do), with the total checks of its BPS files in ``checks``."""
    from rancang.sources import read_panel_checked

    panel, checks = read_panel_checked(list(inputs))
    from rancang.core.text import refuse_control_names

    refuse_control_names(panel, inputs)
    result = run_targets(panel, options)
    result.checks = list(checks)
    return result
