"""The four tables of ``rancang targets``: indicators against RIPIN, the growth each target
needs, the pathways (actual, trend, target, recession) and the recession exposure.

Shares and growth rates are percentages; levels are in the panel's unit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

from rancang.analysis.growth import cagr
from rancang.analysis.targets import (
    exposure,
    recession_path,
    required_growth,
    share_path,
    trend_path,
)
from rancang.core.i18n import text
from rancang.io_table import Note
from rancang.panel import Panel
from rancang.reference.ripin import ripin_milestones, ripin_value

if TYPE_CHECKING:
    from rancang.features.targets.service import TargetOptions

MANUFACTURING = "C"
# below this many annual growth rates, beta and correlation are rough (a standard error of
# a correlation near 0 is about 1 / sqrt(n - 3): 0.45 at n = 8)
MIN_EXPOSURE_OBSERVATIONS = 8


def note_in_both(render: Callable[[str], str]) -> Note:
    """A :class:`~rancang.io_table.Note` from a function that words it in one language."""
    return Note(render("id"), render("en"))


#: The comparability caveat of each RIPIN indicator (``ripin_note`` of indicators.csv
#: carries it in English; :data:`~rancang.features.targets.words.RIPIN_NOTES`).
RIPIN_NOTE_KEYS = {"industry_growth": "targets.ripin.industry_growth",
                   "industry_share": "targets.ripin.industry_share"}


def indicator_table(panel: Panel, idx: int, m: np.ndarray, total: np.ndarray,
                    rest: np.ndarray, subs: list[int]) -> pl.DataFrame:
    """Manufacturing growth and share (first and last year), the rest of the economy, the
    total and every sub-industry, each beside its RIPIN milestone where there is one."""
    start, end = panel.years[0], panel.years[-1]
    ys = panel.years  # growth over the years spanned: a panel may have gaps
    last_span = ys[-1] - ys[-2]
    near = max((y for y in (2015, 2020, 2025, 2035) if y <= end), default=2015)
    rows = [
        ("manufacturing_growth", MANUFACTURING, 100 * float(cagr(m, years=ys)), "% per year",
         f"{start}-{end}", "industry_growth", near),
        ("manufacturing_growth_last_year", MANUFACTURING,
         100 * ((m[-1] / m[-2]) ** (1 / last_span) - 1),
         "% per year", f"{panel.years[-2]}-{end}", "industry_growth", near),
        ("manufacturing_share", MANUFACTURING, 100 * m[-1] / total[-1], "% of PDRB", str(end),
         "industry_share", near),
        ("manufacturing_share_start", MANUFACTURING, 100 * m[0] / total[0], "% of PDRB",
         str(start), "industry_share", max((y for y in (2015, 2020, 2025, 2035)
                                            if y <= start), default=2015)),
        ("rest_growth", "", 100 * float(cagr(rest, years=ys)), "% per year",
         f"{start}-{end}", None, None),
        ("total_growth", "", 100 * float(cagr(total, years=ys)), "% per year",
         f"{start}-{end}", None, None),
    ]
    for k in subs:
        v = panel.values[idx, k]
        rows.append(("subindustry_share_of_manufacturing", panel.industry_codes[k],
                     100 * v[-1] / m[-1], "% of manufacturing", str(end), None, None))
        rows.append(("subindustry_growth", panel.industry_codes[k],
                     100 * float(cagr(v, years=ys)),
                     "% per year", f"{start}-{end}", None, None))
    return pl.DataFrame(
        {"indicator": [r[0] for r in rows], "industry_code": [r[1] for r in rows],
         "value": [float(r[2]) for r in rows], "unit": [r[3] for r in rows],
         "period": [r[4] for r in rows],
         "ripin_year": [r[6] for r in rows],
         "ripin_value": [ripin_value(r[5], r[6]) if r[5] and r[6] is not None else None
                         for r in rows],
         "ripin_note": [text(RIPIN_NOTE_KEYS[r[5]], "en") if r[5] else None for r in rows]},
        schema_overrides={"ripin_year": pl.Int64, "ripin_value": pl.Float64,
                          "ripin_note": pl.String})


def required_growth_table(code: str, m: np.ndarray, rest: np.ndarray, end: int, r: float,
                          trend: float, o: TargetOptions) -> pl.DataFrame:
    """The user's target first, then the RIPIN share milestones after the base year.

    ``status`` is ``to_reach`` when the base-year share is below the target and
    ``already_met`` when it is at or above it. In both cases ``required_growth`` is
    :func:`~rancang.analysis.targets.required_growth`: for a target still to reach, the
    constant growth that reaches it in the target year; for a target already met, the
    minimum constant growth that keeps the share at or above it up to the target year
    (with ``g < r`` the share falls every year, so the target year binds; it may be
    negative).
    """
    targets = [("user", o.target_share, o.target_year)]
    shares = ripin_milestones().filter((pl.col("indicator") == "industry_share")
                                       & (pl.col("year") > end))
    targets += [(f"ripin_{y}", s, y) for y, s in zip(shares["year"], shares["value"],
                                                       strict=True)]
    rows = []
    for label, share, year in targets:
        g = float(required_growth(m[-1], rest[-1], rest_growth=r, target_share=share / 100,
                                  years=year - end))
        base_share = 100 * m[-1] / (m[-1] + rest[-1])
        rows.append({"region_code": code, "target": label,
                     "status": "already_met" if base_share >= share else "to_reach",
                     "base_year": end,
                     "target_year": int(year), "target_share": float(share),
                     "base_share": base_share, "rest_growth": 100 * r,
                     "required_growth": 100 * g, "trend_growth": 100 * trend,
                     "gap": 100 * (g - trend)})
    return pl.DataFrame(rows)


def pathway_table(panel: Panel, m: np.ndarray, rest: np.ndarray, r: float, trend: float,
                  g: float, beta: float, o: TargetOptions) -> pl.DataFrame:
    """Actual, trend, target and recession paths of manufacturing and its share.

    The target path grows manufacturing at the required rate ``g``. When the target share
    is already met, ``g`` (the minimum to stay at or above it) would let the share fall to
    the target; the target path then grows at ``max(g, r)`` instead, which holds the share
    at least where it is (``M (1 + r)^k / (M (1 + r)^k + R (1 + r)^k)`` is constant).
    """
    end = panel.years[-1]
    if m[-1] / (m[-1] + rest[-1]) >= o.target_share / 100:
        g = max(g, r)
    k = o.target_year - end
    years = np.arange(end, o.target_year + 1)
    rest_path = trend_path(rest[-1], r, k)
    m_trend = trend_path(m[-1], trend, k)
    shock = (o.shock_year or end + 1) - end
    depth = o.shock_depth / 100
    total = m_trend + rest_path
    m_drop = min(max(beta * depth, 0.0), 0.95)
    r_drop = min(max((depth * total[min(shock, k)] - m_drop * m_trend[min(shock, k)])
                     / rest_path[min(shock, k)], 0.0), 0.95)
    m_rec = recession_path(m_trend, shock_index=shock, depth=m_drop,
                           recovery_years=o.recovery_years)
    r_rec = recession_path(rest_path, shock_index=shock, depth=r_drop,
                           recovery_years=o.recovery_years)
    parts = [("actual", np.asarray(panel.years), m, share_path(m, rest)),
             ("trend", years, m_trend, share_path(m_trend, rest_path)),
             ("target", years, trend_path(m[-1], g, k),
              share_path(trend_path(m[-1], g, k), rest_path)),
             ("recession", years, m_rec, share_path(m_rec, r_rec))]
    return pl.DataFrame({
        "year": np.concatenate([p[1] for p in parts]).astype(np.int64),
        "scenario": np.concatenate([[p[0]] * len(p[1]) for p in parts]),
        "value": np.concatenate([p[2] for p in parts]),
        "share": 100 * np.concatenate([p[3] for p in parts]),
    })


def exposure_table(panel: Panel, idx: int, top: list[int], total: np.ndarray,
                   o: TargetOptions, notes: list[Note]) -> pl.DataFrame:
    """Each top-level industry's growth, volatility, correlation and beta against the total,
    and its drop in the recession scenario, most exposed first (caveats go to ``notes``)."""
    values = panel.values[idx][top]
    every_year = panel.years[-1] - panel.years[0] == len(panel.years) - 1
    if len(panel.years) >= 3 and every_year:
        ex = exposure(values, total)
    else:
        ex = {k: np.full(len(top), np.nan) for k in ("mean_growth", "volatility",
                                                      "correlation", "beta")}
        years = ", ".join(map(str, panel.years))
        notes.append(note_in_both(
            (lambda lang: text("targets.note.exposure_short", lang)) if every_year else
            (lambda lang: text("targets.note.exposure_gaps", lang, years=years))))
    n_obs = len(panel.years) - 1
    if every_year and 2 <= n_obs < MIN_EXPOSURE_OBSERVATIONS:
        notes.append(note_in_both(lambda lang: text("targets.note.exposure_rough", lang, n=n_obs,
                                             minimum=MIN_EXPOSURE_OBSERVATIONS)))
    frame = pl.DataFrame({
        "industry_code": [panel.industry_codes[k] for k in top],
        "industry_name": [panel.industry_names[k] for k in top],
        "share": 100 * values[:, -1] / total[-1],
        "mean_growth": 100 * ex["mean_growth"], "volatility": 100 * ex["volatility"],
        "correlation": ex["correlation"], "beta": ex["beta"],
        "shock_drop": ex["beta"] * o.shock_depth,
    }).with_columns(pl.col(pl.Float64).fill_nan(None))
    return frame.sort("shock_drop", descending=True, nulls_last=True).with_columns(
        pl.int_range(1, pl.len() + 1).alias("exposure_rank"))
