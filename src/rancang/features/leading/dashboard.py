"""What the region dashboard shows, built from an :class:`AnalysisResult`: chart options
for ECharts, table rows, and for every number the text that explains it on hover."""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl

from rancang.analysis.ranking import DEFAULT_WEIGHTS
from rancang.core.cells import finite_or_none as _f
from rancang.core.i18n import (
    current_language,
    has,
    header_label,
    render_text,
    term_label,
    text,
)
from rancang.features.leading import AnalysisResult
from rancang.features.leading.labels import criterion_description, criterion_label
from rancang.reference.pdrb import category_label


def explain(key: str, lang: str, result: AnalysisResult, *, year: int | None = None) -> str:
    """Hover text: formula (``leading.formula.<key>`` of the catalogue, else the column's
    header), period (or year) and reference economy."""
    formula = f"leading.formula.{key}"
    what = text(formula, lang) if has(formula) else header_label(key, lang)
    when = str(year) if year is not None else f"{result.start}-{result.end}"
    return text("leading.explain", lang, what=what, when=when,
                reference=reference_label(result, lang))


def reference_label(result: AnalysisResult, lang: str) -> str:
    """The reference economy of ``result`` in ``lang`` (the sum of regions translated)."""
    return render_text(result.reference_label, lang)


# tables of the PDRB charts (the analysis has no table of its own for them), downloadable
# like the analysis tables: name -> the catalogue key of its sheet title
PDRB_TABLES: dict[str, str] = {
    "pdrb_structure": "leading.sheet.pdrb_structure",
    "pdrb_growth": "leading.sheet.pdrb_growth",
}


def pdrb_tables(result: AnalysisResult, lang: str | None = None) -> dict[str, pl.DataFrame]:
    """The region's PDRB over the analysis period: ``pdrb_structure`` (value and share of
    each industry per year) and ``pdrb_growth`` (total PDRB and its growth per year).

    Shares are ``100 * x_ij / x_j`` in % of the region's total; growth is
    ``100 * (X_t / X_t-1 - 1)`` in %, empty for the first year of the period. Between data
    years ``s < t`` that are not consecutive (census years, a panel with gaps) it is the
    average annual growth over the gap, ``100 * ((X_t / X_s) ** (1 / (t - s)) - 1)``
    (CAGR), and ``years_spanned`` says ``t - s``.

    >>> from types import SimpleNamespace
    >>> from rancang.panel import Panel
    >>> p = Panel(values=[[[100.0, 121.0]]], region_codes=("7201",), industry_codes=("C",),
    ...           years=(2008, 2010))
    >>> g = pdrb_tables(SimpleNamespace(panel=p, regions=("7201",), start=2008, end=2010),
    ...                 "en")["pdrb_growth"]
    >>> round(g["growth_pct"][1], 6), g["years_spanned"].to_list()
    (10.0, [None, 2])
    """
    p = result.panel
    region = result.regions[0]
    r = p.region_index(region)
    years = [y for y in p.years if result.start <= y <= result.end]
    values = p.values[r][:, [p.year_index(y) for y in years]]  # (I, T)
    total = np.nansum(values, axis=0)
    names = [industry_label(c, n, lang) for c, n in zip(p.industry_codes, p.industry_names,
                                                        strict=True)]
    structure = pl.DataFrame({
        "region_code": [region] * (len(names) * len(years)),
        "industry_code": [c for c in p.industry_codes for _ in years],
        "industry_name": [n for n in names for _ in years],
        "year": years * len(names),
        "value": [_f(values[i, t]) for i in range(len(names)) for t in range(len(years))],
        "share_pct": [_f(100 * values[i, t] / total[t]) if total[t] else None
                      for i in range(len(names)) for t in range(len(years))],
    }, schema={"region_code": pl.String, "industry_code": pl.String,
               "industry_name": pl.String, "year": pl.Int64, "value": pl.Float64,
               "share_pct": pl.Float64})
    spans = [None] + [years[t] - years[t - 1] for t in range(1, len(years))]
    growth = pl.DataFrame({
        "region_code": [region] * len(years),
        "year": years,
        "value": [_f(v) for v in total],
        "growth_pct": [None] + [_growth(total[t - 1], total[t], spans[t] or 1)
                                for t in range(1, len(years))],
        "years_spanned": spans,
    }, schema={"region_code": pl.String, "year": pl.Int64, "value": pl.Float64,
               "growth_pct": pl.Float64, "years_spanned": pl.Int64})
    return {"pdrb_structure": structure, "pdrb_growth": growth}


def _growth(before: float, after: float, span: int) -> float | None:
    """Average annual growth in % from ``before`` to ``after`` over ``span`` years.

    >>> round(_growth(100.0, 121.0, 2), 6), _growth(0.0, 5.0, 1)
    (10.0, None)
    """
    if not before or not np.isfinite(before) or not np.isfinite(after) or after / before < 0:
        return None
    return _f(100 * ((after / before) ** (1 / span) - 1))


def gap_note(result: AnalysisResult, lang: str | None = None) -> str | None:
    """What the dashboard of a period whose years have gaps leaves out, in ``lang``
    (None when every year is there)."""
    if not result.left_out:
        return None
    return text("leading.gap_dashboard", lang,
                years=", ".join(map(str, result.panel.years)), start=result.start,
                end=result.end)


def industry_label(code: str, name: str, lang: str | None) -> str:
    """Short category title for PDRB letters, else the stored name."""
    return category_label(code, name, lang)




def _quadrant(label: str | None, lang: str) -> str:
    """SLQ x DLQ or Klassen quadrant name in the page's language."""
    return term_label(label, lang)


def _quadrant_chart(points: list[dict[str, Any]], *, x_name: str, y_name: str,
                    origin: float, corners: list[list[str]], leading: set[str]
                    ) -> dict[str, Any]:
    """ECharts options of a scatter split into quadrants by dashed lines at ``origin``
    (the SLQ x DLQ matrix at 1, Klassen's typology at 0): the quadrants named in their
    corners (``corners``: ``[name, "tr"|"tl"|"br"|"bl"]``, drawn by static/charts.js),
    labels for the ``leading`` industries only (the rest on hover, so labels never pile
    up), the origin always inside the axes so that every corner is its quadrant."""
    xs = [p["value"][0] for p in points] or [origin]
    ys = [p["value"][1] for p in points] or [origin]

    def bounds(values: list[float]) -> tuple[float, float]:
        low, high = min(*values, origin), max(*values, origin)
        pad = max((high - low) * 0.08, 0.05)
        return round(low - pad, 2), round(high + pad, 2)

    (x0, x1), (y0, y1) = bounds(xs), bounds(ys)
    return {
        "tooltip": {"trigger": "item"},
        "grid": {"left": 8, "right": 30, "top": 30, "bottom": 40, "containLabel": True},
        # the axes at the plot's edges (not through the origin, where a vertical axis
        # would carry its title past the right edge of the chart)
        "xAxis": {"type": "value", "name": x_name, "nameLocation": "middle", "nameGap": 28,
                  "min": x0, "max": x1, "axisLine": {"onZero": False}},
        "yAxis": {"type": "value", "name": y_name, "min": y0, "max": y1,
                  "axisLine": {"onZero": False}},
        "series": [{
            "type": "scatter", "symbolSize": 11,
            # a label on the side with room: left of the points in the right half
            "data": [{**p, "label": {"show": p["name"] in leading, "position": (
                "left" if p["value"][0] > (x0 + x1) / 2 else "right")}} for p in points],
            "label": {"show": False, "formatter": "{b}", "position": "right", "fontSize": 10},
            "labelLayout": {"hideOverlap": True},
            "markLine": {"silent": True, "symbol": "none", "lineStyle": {"type": "dashed"},
                         "label": {"show": False},
                         "data": [{"xAxis": origin}, {"yAxis": origin}]},
        }],
        "rancangQuadrants": corners,
    }


#: Quadrants of the SLQ x DLQ chart (x: SLQ, y: DLQ) in each convention, by corner.
LQ_CORNERS = {
    "base-first": (("unggulan", "tr"), ("andalan", "br"), ("prospektif", "tl"),
                   ("tertinggal", "bl")),
    "growth-first": (("unggulan", "tr"), ("prospektif", "br"), ("andalan", "tl"),
                     ("tertinggal", "bl")),
}
#: Klassen's types by corner (x: growth minus the reference's, y: share minus its).
KLASSEN_CORNERS = (("maju dan tumbuh pesat", "tr"), ("potensial berkembang", "br"),
                   ("maju tapi tertekan", "tl"), ("relatif tertinggal", "bl"))
#: Industries labelled on the quadrant charts (the first of the ranking); others on hover.
LABELLED = 4


def build(result: AnalysisResult, lang: str | None = None) -> dict[str, Any]:
    """Everything the dashboard template needs (charts as ECharts options, tables as rows)."""
    lang = lang or current_language()
    p = result.panel
    region = result.regions[0]
    r = p.region_index(region)
    names = {c: industry_label(c, n, lang) for c, n in zip(p.industry_codes, p.industry_names,
                                                           strict=True)}
    years = list(p.years)
    pdrb = pdrb_tables(result, lang)
    st = pdrb["pdrb_structure"].filter(pl.col("year") == result.end)
    structure_rows = sorted(
        ({"code": c, "name": names[c], "value": v, "share": sh}
         for c, v, sh in zip(st["industry_code"], st["value"], st["share_pct"], strict=True)),
        key=lambda row: -(row["value"] or 0))
    structure = {
        "tooltip": {"trigger": "item"},
        "grid": {"left": 220, "right": 30, "top": 10, "bottom": 30},
        "xAxis": {"type": "value", "name": text("leading.axis.share", lang),
                  "nameLocation": "middle", "nameGap": 25},
        "yAxis": {"type": "category", "inverse": True,
                  "data": [row["name"] for row in structure_rows]},
        "series": [{"type": "bar", "name": header_label("share", lang),
                    "data": [None if row["share"] is None else round(row["share"], 2)
                             for row in structure_rows]}],
    }
    growth_rows = pdrb["pdrb_growth"].to_dicts()
    growth_chart = {
        "tooltip": {"trigger": "axis"},
        "legend": {"top": 0},
        "grid": {"left": 60, "right": 60, "top": 40, "bottom": 30},
        "xAxis": {"type": "category", "data": [str(g["year"]) for g in growth_rows]},
        "yAxis": [{"type": "value", "name": f"PDRB ({p.unit or p.measure})"},
                  {"type": "value", "name": text("leading.axis.growth", lang)}],
        "series": [
            {"type": "bar", "name": "PDRB",
             "data": [None if g["value"] is None else round(g["value"], 2)
                      for g in growth_rows]},
            {"type": "line", "name": header_label("growth", lang), "yAxisIndex": 1,
             "data": [None if g["growth_pct"] is None else round(g["growth_pct"], 2)
                      for g in growth_rows]},
        ],
    }
    lq = result.tables["location_quotient"]
    lq_by_ind: dict[str, dict[int, float | None]] = {}
    for row in lq.iter_rows(named=True):
        lq_by_ind.setdefault(row["industry_code"], {})[row["year"]] = _f(row["lq"])
    # years with gaps: no DLQ nor quadrant, the SLQ is the last year's LQ
    quad: list[dict[str, Any]] = (
        result.tables["lq_quadrant"].to_dicts() if "lq_quadrant" in result.tables else
            [{"industry_code": c, "slq": lq_by_ind.get(c, {}).get(result.end), "dlq": None,
              "quadrant": None} for c in p.industry_codes])
    lq_rows = [
        {"code": q["industry_code"], "name": names[q["industry_code"]],
         "by_year": [lq_by_ind.get(q["industry_code"], {}).get(y) for y in years],
         "slq": _f(q["slq"]), "dlq": _f(q["dlq"]), "quadrant": _quadrant(q["quadrant"], lang)}
        for q in quad
    ]
    rk = ranking(result, lang)
    leading = {row["name"] for row in rk["rows"][:LABELLED]}
    convention = result.quadrant_convention
    scatter = _quadrant_chart(
        [{"name": row["name"], "value": [row["slq"], row["dlq"]]}
         for row in lq_rows if row["slq"] is not None and row["dlq"] is not None],
        x_name=text("leading.axis.slq", lang), y_name=text("leading.axis.dlq", lang),
        origin=1, leading=leading,
        corners=[[_quadrant(q, lang), c] for q, c in LQ_CORNERS.get(
            convention, LQ_CORNERS["base-first"])]) if "lq_quadrant" in result.tables else None
    ss = result.tables["shift_share"].to_dicts()
    ss_rows = [{"code": s["industry_code"], "name": names[s["industry_code"]],
                **{k: _f(s[k]) for k in ("actual_change", "national_share", "industry_mix",
                                         "regional_share")}} for s in ss]
    ss_chart = {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "legend": {"top": 0},
        "grid": {"left": 220, "right": 30, "top": 40, "bottom": 30},
        "xAxis": {"type": "value", "name": text("leading.axis.change", lang,
                                                unit=p.unit or p.measure),
                  "nameLocation": "middle",
                  "nameGap": 25},
        "yAxis": {"type": "category", "inverse": True, "data": [s["name"] for s in ss_rows]},
        "series": [{"type": "bar", "stack": "ss", "name": header_label(k, lang),
                    "data": [s[k] for s in ss_rows]}
                   for k in ("national_share", "industry_mix", "regional_share")],
    }
    kl = result.tables["klassen"].to_dicts()
    kl_rows = [{"code": k["industry_code"], "name": names[k["industry_code"]],
                **{c: _f(k[c]) for c in ("growth", "reference_growth", "share",
                                         "reference_share")},
                "quadrant": _quadrant(k["quadrant"], lang)} for k in kl]
    kl_chart = _quadrant_chart(
        [{"name": k["name"], "value": [
            round(100 * (k["growth"] - k["reference_growth"]), 3),
            round(100 * (k["share"] - k["reference_share"]), 3)]}
         for k in kl_rows if None not in (k["growth"], k["reference_growth"],
                                          k["share"], k["reference_share"])],
        x_name=text("leading.axis.klassen_x", lang), y_name=text("leading.axis.klassen_y", lang),
        origin=0, leading=leading,
        corners=[[_quadrant(q, lang), c] for q, c in KLASSEN_CORNERS])
    spec = result.tables["specialization"]
    spec_keys = [c for c in ("krugman", "hoover", "herfindahl", "theil") if c in spec.columns]
    spec_chart = {
        "tooltip": {"trigger": "axis"},
        "legend": {"top": 0},
        "grid": {"left": 50, "right": 30, "top": 40, "bottom": 30},
        "xAxis": {"type": "category", "data": [str(y) for y in spec["year"].to_list()]},
        "yAxis": {"type": "value", "name": text("leading.axis.index", lang)},
        "series": [{"type": "line", "name": header_label(k, lang),
                    "data": [_f(v) for v in spec[k].to_list()]} for k in spec_keys],
    }
    # the note every chart's tooltip ends with (static/app.js): formula, period, reference
    gaps = any(g["years_spanned"] not in (None, 1) for g in growth_rows)
    charts: dict[str, dict[str, Any] | None] = {
        "structure": structure, "growth": growth_chart, "quadrant": scatter,
        "shift_share": ss_chart, "klassen": kl_chart, "specialization": spec_chart}
    notes: dict[str, tuple[str, int | None]] = {"structure": ("pdrb_share", result.end),
             "growth": ("pdrb_growth_gap" if gaps else "pdrb_growth", None),
             "quadrant": ("quadrant", None), "shift_share": ("shift_share_chart", None),
             "klassen": ("klassen", None), "specialization": ("specialization", None)}
    if gaps:  # growth over a gap is the average annual growth, said on the line
        series: list[dict[str, Any]] = growth_chart["series"]  # type: ignore[assignment]
        series[1]["name"] = text("leading.avg_growth", lang)
    for name, chart in list(charts.items()):
        if chart is None:  # the SLQ x DLQ scatter of years with gaps
            del charts[name]
            continue
        key, year = notes[name]
        chart["rancangNote"] = explain(key, lang, result, year=year)
    return {
        "region": region,
        "region_name": p.region_names[r],
        "years": years,
        "structure_rows": structure_rows,
        "growth_rows": growth_rows,
        "lq_rows": lq_rows,
        "ss_rows": ss_rows,
        "kl_rows": kl_rows,
        "spec_rows": spec.to_dicts(),
        "spec_keys": [c for c in spec.columns if c not in ("region_code", "year")],
        "ranking": rk,
        "charts": charts,
        "gap_note": gap_note(result, lang),
        "growth_gaps": gaps,
        "has_quadrant": "lq_quadrant" in result.tables,
    }


#: Ranking criteria that are fractions (shown as % on the page, formatted % in a workbook).
PERCENT_CRITERIA = frozenset({"competitive", "growth", "share"})


def ranking(result: AnalysisResult, lang: str | None = None) -> dict[str, Any]:
    """The leading-industry ranking with intervals, each criterion's value and its
    contribution (in separate columns, as in the CSV, the workbook and the API), and the
    weights used."""
    lang = lang or current_language()
    p = result.panel
    names = {c: industry_label(c, n, lang) for c, n in zip(p.industry_codes, p.industry_names,
                                                           strict=True)}
    rows = []
    if "leading_industries" not in result.tables:  # years with gaps: said, not ranked
        return {"rows": [], "weights": result.weights, "chart": None,
                "labels": {k: criterion_label(k, lang) for k in DEFAULT_WEIGHTS},
                "criteria": {k: criterion_description(k, lang) for k in DEFAULT_WEIGHTS},
                "top": None, "note": text("leading.gap_ranking", lang, years=", ".join(
                    map(str, result.panel.years)))}
    for row in result.tables["leading_industries"].iter_rows(named=True):
        rows.append({
            "code": row["industry_code"], "name": names[row["industry_code"]],
            "score": _f(row["score"]), "rank": row["rank"], "rank_low": row["rank_low"],
            "rank_high": row["rank_high"],
            "values": {k: _f(row.get(f"criterion_{k}")) for k in DEFAULT_WEIGHTS},
            "contributions": {k: _f(row.get(f"contribution_{k}")) for k in DEFAULT_WEIGHTS},
        })
    chart = {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "legend": {"top": 0},
        "grid": {"left": 220, "right": 30, "top": 40, "bottom": 30},
        "xAxis": {"type": "value", "max": 1, "name": text("leading.axis.score", lang),
                  "nameLocation": "middle", "nameGap": 25},
        "yAxis": {"type": "category", "inverse": True, "data": [r["name"] for r in rows]},
        "series": [{"type": "bar", "stack": "score", "name": criterion_label(k, lang),
                    "data": [r["contributions"][k] for r in rows]} for k in DEFAULT_WEIGHTS],
        "rancangNote": explain("contribution", lang, result),
    }
    return {"rows": rows, "weights": result.weights, "chart": chart,
            "percent": PERCENT_CRITERIA,
            "labels": {k: criterion_label(k, lang) for k in DEFAULT_WEIGHTS},
            "criteria": {k: criterion_description(k, lang) for k in DEFAULT_WEIGHTS},
            "top": rows[0]["code"] if rows else None, "note": None}
