"""What the diversification page shows, built from :class:`ComplexityTables`: the region's
ECI and diversity over time, its opportunities with rank intervals and the industries each
is close to (in words), the relatedness of its industries, and its province's regencies
side by side. Chart options for ECharts, rows for the tables; every number comes from the
tables ``rancang complexity`` writes."""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl

from rancang.core.cells import finite_or_none as _f
from rancang.core.i18n import format_number, header_label, text
from rancang.features.complexity.service import ComplexityTables, driver_cents
from rancang.reference.pdrb import category_label as industry_name

#: Opportunities listed on the page (all of them are in the download).
SHOWN = 15
#: Industries in the relatedness heat map at most (present ones first, then candidates).
HEAT_MAX = 30



def _year_index(result: ComplexityTables) -> tuple[int, int]:
    """(position among the panel's years, position among the opportunity years) of the
    year the opportunities are for (the last of the period)."""
    opp_t = len(result.opportunities.year_index) - 1
    return result.opportunities.year_index[opp_t], opp_t


def eci_rows(result: ComplexityTables, region: str) -> list[dict[str, Any]]:
    """The region's ECI, diversity and COI per year (the rows of ``eci.csv``)."""
    eci = result.tables["eci"].filter(pl.col("region_code") == region).sort("year")
    return [{"year": r["year"], "eci": _f(r["eci"]), "diversity": _f(r["diversity"]),
             "coi": _f(r["coi"])} for r in eci.iter_rows(named=True)]


def opportunity_rows(result: ComplexityTables, region: str, lang: str,
                     limit: int | None = SHOWN) -> list[dict[str, Any]]:
    """The region's opportunities of the year (rows of ``opportunities.csv``), each with
    its PCI, density and the present industries it is closest to, named and in words."""
    p = result.panel
    names = [industry_name(c, n, lang) for c, n in zip(p.industry_codes, p.industry_names,
                                                       strict=True)]
    r = p.region_index(region)
    t, opp_t = _year_index(result)
    year = p.years[t]
    table = result.tables["opportunities"].filter(
        (pl.col("region_code") == region) & (pl.col("year") == year)).sort("rank")
    if limit is not None:
        table = table.head(limit)
    res, opp = result.result, result.opportunities
    rows = []
    for row in table.iter_rows(named=True):
        i = p.industry_codes.index(row["industry_code"])
        near = [(names[j], driver_cents(float(opp.driver_proximity[r, i, opp_t, k])))
                for k, j in enumerate(opp.drivers[r, i, opp_t]) if j >= 0]
        if near:
            listed = ", ".join(f"{n} ({format_number(c / 100, 2, lang)})" for n, c in near)
            words = text("complexity.page.close_to", lang, industries=listed)
        else:
            words = text("complexity.no_drivers", lang)
        rows.append({
            "code": row["industry_code"], "name": names[i], "score": _f(row["score"]),
            "rank": int(row["rank"]), "rank_low": int(row["rank_low"]),
            "rank_high": int(row["rank_high"]), "pci": _f(res.pci[i, t]),
            "density": _f(res.density[r, i, t]), "drivers": row["drivers"],
            "explained": words,
        })
    return rows


def province_rows(result: ComplexityTables, region: str, lang: str) -> list[dict[str, Any]]:
    """The regencies of the region's province (its parent; all regions without one) in the
    year: ECI, its rank among them, diversity, COI and the three first opportunities."""
    p = result.panel
    parent = p.parent_codes[p.region_index(region)]
    t, _ = _year_index(result)
    year = p.years[t]
    members = [k for k, c in enumerate(p.parent_codes) if c == parent]
    opp = result.tables["opportunities"].filter(pl.col("year") == year)
    firsts: dict[str, list[str]] = {}
    names = dict(zip(p.industry_codes, p.industry_names, strict=True))
    for row in opp.filter(pl.col("rank") <= 3).sort("rank").iter_rows(named=True):
        firsts.setdefault(row["region_code"], []).append(
            industry_name(row["industry_code"], names[row["industry_code"]], lang))
    res = result.result
    rows: list[dict[str, Any]] = [
        {"code": p.region_codes[k], "name": p.region_names[k], "eci": _f(res.eci[k, t]),
         "diversity": _f(res.diversity[k, t]), "coi": _f(res.coi[k, t]),
         "first": firsts.get(p.region_codes[k], []), "current": p.region_codes[k] == region}
        for k in members]
    ordered = sorted(rows, key=lambda row: -(row["eci"] if row["eci"] is not None else -1e9))
    for n, row in enumerate(ordered, start=1):
        row["eci_rank"] = n
    return ordered


def heat_map(result: ComplexityTables, region: str, lang: str,
             candidates: list[str]) -> dict[str, Any]:
    """ECharts heat map of the proximity between the region's present industries and its
    first candidates (the relatedness behind the density)."""
    p = result.panel
    r = p.region_index(region)
    t, _ = _year_index(result)
    present = [i for i in range(len(p.industry_codes)) if result.result.mcp[r, i, t]]
    chosen = (present + [p.industry_codes.index(c) for c in candidates
                         if p.industry_codes.index(c) not in present])[:HEAT_MAX]
    prox = result.result.proximity[:, :, t]
    codes = [p.industry_codes[i] for i in chosen]
    names = [industry_name(p.industry_codes[i], p.industry_names[i], lang) for i in chosen]
    data = [[x, y, round(float(prox[i, j]), 3)] for x, i in enumerate(chosen)
            for y, j in enumerate(chosen) if i != j and np.isfinite(prox[i, j])]
    return {
        "rancangTable": {"codes": codes, "names": names,
                         "rows": [[None if i == j or not np.isfinite(prox[i, j])
                                   else round(float(prox[i, j]), 2) for j in chosen]
                                  for i in chosen]},
        "tooltip": {"trigger": "item"},
        "grid": {"left": 8, "right": 8, "top": 10, "bottom": 60, "containLabel": True},
        "xAxis": {"type": "category", "data": codes, "splitArea": {"show": True},
                  "axisLabel": {"rotate": 90}},
        "yAxis": {"type": "category", "data": codes, "splitArea": {"show": True}},
        "visualMap": {"min": 0, "max": 1, "calculable": True, "orient": "horizontal",
                      "left": "center", "bottom": 0, "itemHeight": 120},
        "series": [{"type": "heatmap", "name": header_label("complexity.page.proximity", lang),
                    "data": data}],
        "rancangNames": names,
        "rancangNote": text("complexity.page.heat_note", lang, n=len(present)),
    }


def build(result: ComplexityTables, region: str, lang: str) -> dict[str, Any]:
    """Everything the page template needs."""
    p = result.panel
    t, _ = _year_index(result)
    eci = eci_rows(result, region)
    opps = opportunity_rows(result, region, lang)
    years = [str(row["year"]) for row in eci]
    eci_chart = {
        "tooltip": {"trigger": "axis"},
        "legend": {"top": 0},
        "grid": {"left": 8, "right": 8, "top": 50, "bottom": 10, "containLabel": True},
        "xAxis": {"type": "category", "data": years},
        "yAxis": [{"type": "value", "name": text("complexity.page.eci_axis", lang)},
                  {"type": "value", "name": text("complexity.page.diversity_axis", lang),
                   "minInterval": 1}],
        "series": [
            {"type": "line", "name": header_label("eci", lang),
             "data": [row["eci"] for row in eci]},
            {"type": "bar", "name": header_label("diversity", lang), "yAxisIndex": 1,
             "data": [row["diversity"] for row in eci], "itemStyle": {"opacity": 0.45}},
        ],
        "rancangNote": text("complexity.page.eci_note", lang, threshold=format_number(
            result.threshold, 2, lang)),
    }
    interval_chart = {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "legend": {"top": 0, "data": [text("ui.rank_interval", lang),
                                      header_label("rank", lang)]},
        "grid": {"left": 8, "right": 16, "top": 40, "bottom": 30, "containLabel": True},
        "xAxis": {"type": "value", "name": text("complexity.page.rank_axis", lang),
                  "nameLocation": "middle", "nameGap": 25, "min": 0, "minInterval": 1},
        "yAxis": {"type": "category", "inverse": True, "data": [o["name"] for o in opps]},
        "series": [
            {"type": "bar", "stack": "interval", "silent": True, "name": "_",
             "itemStyle": {"color": "transparent"},
             "data": [o["rank_low"] - 0.5 for o in opps], "tooltip": {"show": False}},
            {"type": "bar", "stack": "interval",
             "name": text("ui.rank_interval", lang), "itemStyle": {"color": "#9cc9b8"},
             "data": [o["rank_high"] - o["rank_low"] + 1 for o in opps]},
            {"type": "scatter", "name": header_label("rank", lang), "symbolSize": 9,
             "itemStyle": {"color": "#0b5d4b"},
             "data": [[o["rank"], k] for k, o in enumerate(opps)]},
        ],
        "rancangNote": text("complexity.page.interval_note", lang,
                            samples=result.rank_samples),
        "rancangIntervals": [[o["rank_low"], o["rank_high"]] for o in opps],
    }
    province = province_rows(result, region, lang)
    province_chart = {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "grid": {"left": 8, "right": 16, "top": 10, "bottom": 30, "containLabel": True},
        "xAxis": {"type": "value", "name": header_label("eci", lang),
                  "nameLocation": "middle", "nameGap": 25},
        "yAxis": {"type": "category", "inverse": True, "data": [r["name"] for r in province]},
        "series": [{"type": "bar", "name": header_label("eci", lang),
                    "data": [{"value": r["eci"], "itemStyle": {
                        "color": "#0b5d4b" if r["current"] else "#9cc9b8"}}
                             for r in province]}],
        "rancangNote": text("complexity.page.province_note", lang, year=p.years[t]),
    }
    heat = heat_map(result, region, lang, [o["code"] for o in opps])
    return {
        "heat_table": heat.pop("rancangTable"),
        "region": region, "region_name": p.region_names[p.region_index(region)],
        "year": p.years[t], "eci_rows": eci, "opportunities": opps, "province": province,
        "warnings": result.warnings(lang), "rank_samples": result.rank_samples,
        "charts": {"eci": eci_chart, "intervals": interval_chart,
                   "heat": heat,
                   "province": province_chart},
    }
