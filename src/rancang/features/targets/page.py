"""What the targets page shows, built from a :class:`TargetResult`: the region's
indicators against the RIPIN milestones, the growth each target needs, the trend / target /
recession pathways as charts and each industry's exposure to a recession. Every number is
a cell of the tables ``rancang targets`` writes."""

from __future__ import annotations

from typing import Any

import polars as pl

from rancang.core.cells import finite_or_none as _f
from rancang.core.i18n import format_number, header_label, text
from rancang.features.targets.service import TargetResult
from rancang.reference.pdrb import category_label as industry_name

SCENARIOS = ("actual", "trend", "target", "recession")
COLOURS = {"actual": "#1d2a2a", "trend": "#2b7a4b", "target": "#c77d00", "recession": "#a40000"}



def value_word(column: str, value: str | None, lang: str) -> str:
    """A machine value of the tables (``manufacturing_share``, ``already_met``) in words.

    >>> value_word("scenario", "recession", "id"), value_word("status", None, "en")
    ('resesi', '-')
    """
    if value is None:
        return "-"
    key = f"value:{column}:{value}"
    found = text(key, lang)
    return value if found == key else found


def _lines(paths: pl.DataFrame, column: str, lang: str) -> list[dict[str, Any]]:
    years = sorted(set(paths["year"].to_list()))
    series = []
    for s in SCENARIOS:
        rows = {r["year"]: _f(r[column]) for r in
                paths.filter(pl.col("scenario") == s).iter_rows(named=True)}
        if not rows:
            continue
        series.append({"type": "line", "name": value_word("scenario", s, lang),
                       "showSymbol": False, "lineStyle": {"width": 3 if s == "actual" else 2,
                                                          "type": "solid" if s in (
                                                              "actual", "target") else "dashed"},
                       "itemStyle": {"color": COLOURS[s]},
                       "data": [rows.get(y) for y in years]})
    return series


def build(result: TargetResult, lang: str) -> dict[str, Any]:
    """Everything the page template needs (rows and ECharts options)."""
    t = result.tables
    unit = result.panel.unit or result.panel.measure
    indicators = [{
        "key": r["indicator"], "name": value_word("indicator", r["indicator"], lang),
        "industry": r["industry_code"] or "", "value": _f(r["value"]),
        "unit": value_word("unit", r["unit"], lang), "period": r["period"],
        "ripin_year": r["ripin_year"], "ripin_value": _f(r["ripin_value"]),
        "ripin_note": value_word("ripin_note", r["ripin_note"], lang) if r["ripin_note"]
        else "",
    } for r in t["indicators"].iter_rows(named=True)]
    required = [{
        "target": value_word("target", r["target"], lang), "status": r["status"],
        "status_words": value_word("status", r["status"], lang),
        "target_year": r["target_year"], "target_share": _f(r["target_share"]),
        "base_share": _f(r["base_share"]), "base_year": r["base_year"],
        "rest_growth": _f(r["rest_growth"]), "required_growth": _f(r["required_growth"]),
        "trend_growth": _f(r["trend_growth"]), "gap": _f(r["gap"]),
    } for r in t["required_growth"].iter_rows(named=True)]
    paths = t["pathways"]
    years = [str(y) for y in sorted(set(paths["year"].to_list()))]
    share_series = _lines(paths, "share", lang)
    share_series.append({
        "type": "scatter", "name": text("targets.page.milestones", lang), "symbolSize": 11,
        "symbol": "diamond", "itemStyle": {"color": "#5b3fa3"},
        "data": [[str(r["target_year"]), r["target_share"]] for r in required
                 if str(r["target_year"]) in years]})
    share_chart = {
        "tooltip": {"trigger": "axis"}, "legend": {"top": 0},
        "grid": {"left": 8, "right": 16, "top": 60, "bottom": 10, "containLabel": True},
        "xAxis": {"type": "category", "data": years},
        "yAxis": {"type": "value", "name": text("targets.page.share_axis", lang)},
        "series": share_series,
        "rancangNote": text("targets.page.share_note", lang),
    }
    level_chart = {
        "tooltip": {"trigger": "axis"}, "legend": {"top": 0},
        "grid": {"left": 8, "right": 16, "top": 60, "bottom": 10, "containLabel": True},
        "xAxis": {"type": "category", "data": years},
        "yAxis": {"type": "value", "name": text("targets.page.level_axis", lang, unit=unit)},
        "series": _lines(paths, "value", lang),
        "rancangNote": text("targets.page.level_note", lang, unit=unit),
    }
    exposure = [{
        "code": r["industry_code"], "name": industry_name(r["industry_code"],
                                                         r["industry_name"], lang),
        **{k: _f(r[k]) for k in ("share", "mean_growth", "volatility", "correlation", "beta",
                                 "shock_drop")},
        "rank": r["exposure_rank"],
    } for r in t["exposure"].sort("exposure_rank", nulls_last=True).iter_rows(named=True)]
    exposure_chart = {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "grid": {"left": 8, "right": 16, "top": 10, "bottom": 30, "containLabel": True},
        "xAxis": {"type": "value", "name": header_label("shock_drop", lang),
                  "nameLocation": "middle", "nameGap": 25},
        "yAxis": {"type": "category", "inverse": True, "data": [e["name"] for e in exposure]},
        "series": [{"type": "bar", "name": header_label("shock_drop", lang),
                    "itemStyle": {"color": "#a40000"},
                    "data": [e["shock_drop"] for e in exposure]}],
        "rancangNote": text("targets.page.exposure_note", lang,
                            depth=format_number(result.options.shock_depth, 1, lang),
                            year=result.shock_year),
    }
    shares = {(r["year"], r["scenario"]): (_f(r["share"]), _f(r["value"]))
              for r in paths.iter_rows(named=True)}
    scenarios = [s for s in SCENARIOS if any(k[1] == s for k in shares)]
    path_rows = [{"year": y, "cells": [shares.get((int(y), s), (None, None)) for s in scenarios]}
                 for y in years]
    return {
        "path_scenarios": [value_word("scenario", s, lang) for s in scenarios],
        "path_rows": path_rows,
        "indicators": indicators, "required": required, "exposure": exposure,
        "notes": [n.text(lang) for n in result.notes], "unit": unit,
        "charts": {"share": share_chart, "level": level_chart, "exposure": exposure_chart},
    }
