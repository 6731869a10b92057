"""The plan's charts on the web pages: each :class:`rancang.core.document.Chart` of a
section (the same data the DOCX and the PDF draw with matplotlib, :mod:`charts`) as an
ECharts option drawn by ``static/app.js`` and ``static/charts.js`` like every other
chart of Rancang. The numbers are the chart's own, unrounded; the page formats the axis
ticks and tooltips in its language. Kinds as in :mod:`charts`: ``bars``, ``quadrant``,
``lines``, ``intervals`` and ``map`` (longitude and latitude as the two axes, the
regency boundaries of ``RANCANG_BOUNDARIES_FILE`` behind the points when set).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rancang.core.document import Chart
from rancang.core.i18n import text
from rancang.features.plan.charts import _COLOURS, boundary_rings, finite

#: quadrant keys of the chart data -> corner of the plot (static/charts.js)
CORNERS = {"ne": "tr", "nw": "tl", "se": "br", "sw": "bl"}


def _note(chart: Chart) -> dict[str, Any]:
    return {"rancangNote": chart.source} if chart.source else {}


def _bars(chart: Chart, lang: str) -> dict[str, Any]:
    d = chart.data
    pairs = [(str(lab), float(v)) for lab, v in zip(d["labels"], d["values"], strict=True)
             if finite(v)]
    return {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "grid": {"left": 8, "right": 40, "top": 20, "bottom": 40, "containLabel": True},
        "xAxis": {"type": "value", "name": d.get("xlabel", ""), "nameLocation": "middle",
                  "nameGap": 28},
        "yAxis": {"type": "category", "inverse": True, "data": [p[0] for p in pairs]},
        "series": [{"type": "bar", "name": chart.title, "data": [p[1] for p in pairs],
                    "itemStyle": {"color": _COLOURS[0]}}],
    }


def _bounds(values: list[float], origin: float) -> tuple[float, float]:
    """Axis bounds holding every value and the dividing line, with a margin.

    >>> _bounds([0.5, 2.5], 1.0)
    (0.34, 2.66)
    """
    low, high = min(*values, origin), max(*values, origin)
    pad = max((high - low) * 0.08, 0.05)
    return round(low - pad, 2), round(high + pad, 2)


def _quadrant(chart: Chart, lang: str) -> dict[str, Any]:
    d = chart.data
    pts = [p for p in d["points"] if finite(p.get("x")) and finite(p.get("y"))]
    x0, y0 = float(d.get("x0", 0.0)), float(d.get("y0", 0.0))
    (xa, xb) = _bounds([float(p["x"]) for p in pts] or [x0], x0)
    (ya, yb) = _bounds([float(p["y"]) for p in pts] or [y0], y0)
    names = d.get("quadrants", {})
    return {
        "tooltip": {"trigger": "item"},
        "grid": {"left": 8, "right": 30, "top": 30, "bottom": 40, "containLabel": True},
        "xAxis": {"type": "value", "name": d.get("xlabel", ""), "nameLocation": "middle",
                  "nameGap": 28, "min": xa, "max": xb},
        "yAxis": {"type": "value", "name": d.get("ylabel", ""), "min": ya, "max": yb},
        "series": [{
            "type": "scatter", "symbolSize": 10, "itemStyle": {"color": _COLOURS[0]},
            "data": [{"name": str(p["label"]), "value": [float(p["x"]), float(p["y"])]}
                     for p in pts],
            "label": {"show": True, "formatter": "{b}", "position": "right", "fontSize": 10},
            "labelLayout": {"hideOverlap": True},
            "markLine": {"silent": True, "symbol": "none", "lineStyle": {"type": "dashed"},
                         "label": {"show": False}, "data": [{"xAxis": x0}, {"yAxis": y0}]},
        }],
        "rancangQuadrants": [[names[k], c] for k, c in CORNERS.items() if names.get(k)],
    }


def _lines(chart: Chart, lang: str) -> dict[str, Any]:
    d = chart.data
    years = [str(round(float(x))) for x in d["x"]]
    # years on a category axis: written as they are (no thousands mark)
    series: list[dict[str, Any]] = [
        {"type": "line", "name": s["label"], "showSymbol": False, "connectNulls": False,
         "itemStyle": {"color": _COLOURS[k % len(_COLOURS)]},
         "lineStyle": {"type": ("solid", "dashed", "dotted")[k % 3]},
         "data": [float(v) if finite(v) else None for v in s["values"]]}
        for k, s in enumerate(d["series"])]
    marks = [m for m in d.get("marks", []) if finite(m.get("x")) and finite(m.get("y"))]
    if marks:
        series.append({"type": "scatter", "name": str(marks[0]["label"]), "symbol": "diamond",
                       "symbolSize": 10, "itemStyle": {"color": "#000000"},
                       "data": [{"name": str(m["label"]), "value": [
                           str(round(float(m["x"]))), float(m["y"])]} for m in marks]})
    return {
        "tooltip": {"trigger": "axis"},
        "legend": {"top": 0},
        "grid": {"left": 8, "right": 20, "top": 40, "bottom": 30, "containLabel": True},
        "xAxis": {"type": "category", "name": d.get("xlabel", ""), "data": years,
                  "boundaryGap": False},
        "yAxis": {"type": "value", "name": d.get("ylabel", ""), "scale": True},
        "series": series,
    }


def _intervals(chart: Chart, lang: str) -> dict[str, Any]:
    d = chart.data
    keep = [k for k in range(len(d["labels"]))
            if finite(d["rank"][k]) and finite(d["low"][k]) and finite(d["high"][k])]
    labels = [str(d["labels"][k]) for k in keep]
    rank = [float(d["rank"][k]) for k in keep]
    low = [float(d["low"][k]) for k in keep]
    high = [float(d["high"][k]) for k in keep]
    return {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "grid": {"left": 8, "right": 16, "top": 20, "bottom": 40, "containLabel": True},
        "xAxis": {"type": "value", "name": d.get("xlabel", ""), "nameLocation": "middle",
                  "nameGap": 25, "min": 0, "minInterval": 1},
        "yAxis": {"type": "category", "inverse": True, "data": labels},
        "series": [
            {"type": "bar", "stack": "interval", "silent": True, "name": "_",
             "itemStyle": {"color": "transparent"}, "data": [a - 0.5 for a in low],
             "tooltip": {"show": False}},
            {"type": "bar", "stack": "interval", "name": text("ui.rank_interval", lang),
             "itemStyle": {"color": "#9cc9b8"},
             "data": [b - a + 1 for a, b in zip(low, high, strict=True)]},
            {"type": "scatter", "name": d.get("xlabel", ""), "symbolSize": 9,
             "itemStyle": {"color": _COLOURS[1]},
             "data": [[r, k] for k, r in enumerate(rank)]},
        ],
        "rancangIntervals": [[round(a), round(b)] for a, b in zip(low, high, strict=True)],
    }


def _map(chart: Chart, lang: str) -> dict[str, Any]:
    d = chart.data
    pts = [p for p in d["points"] if finite(p.get("lat")) and finite(p.get("lng"))]
    lngs = [float(p["lng"]) for p in pts] or [0.0]
    lats = [float(p["lat"]) for p in pts] or [0.0]
    pad = max(0.1, 0.15 * max(max(lngs) - min(lngs), max(lats) - min(lats)))
    bbox = (min(lngs) - pad, min(lats) - pad, max(lngs) + pad, max(lats) + pad)
    series: list[dict[str, Any]] = [
        {"type": "line", "silent": True, "showSymbol": False, "name": "",
         "lineStyle": {"color": "#999999", "width": 0.6}, "tooltip": {"show": False},
         "data": [[lng, lat] for lng, lat in ring]} for ring in boundary_rings(bbox)]
    series.append({
        "type": "scatter", "name": chart.title, "itemStyle": {"color": _COLOURS[1],
                                                              "borderColor": "#000000"},
        "data": [{"name": str(p["label"]), "value": [
            float(p["lng"]), float(p["lat"]),
            float(p["value"]) if finite(p.get("value")) else 0.0],
            "symbolSize": 8 + 14 * (float(p["value"]) if finite(p.get("value")) else 0.0)}
            for p in pts],
        "label": {"show": True, "formatter": "{b}", "position": "right", "fontSize": 10},
        "labelLayout": {"hideOverlap": True}})
    return {
        "tooltip": {"trigger": "item"},
        "grid": {"left": 8, "right": 20, "top": 20, "bottom": 40, "containLabel": True},
        "xAxis": {"type": "value", "name": d.get("xlabel", ""), "nameLocation": "middle",
                  "nameGap": 28, "min": round(bbox[0], 3), "max": round(bbox[2], 3)},
        "yAxis": {"type": "value", "name": d.get("ylabel", ""), "min": round(bbox[1], 3),
                  "max": round(bbox[3], 3)},
        "series": series,
    }


_SPEC: dict[str, Callable[[Chart, str], dict[str, Any]]] = {
    "bars": _bars, "quadrant": _quadrant, "lines": _lines, "intervals": _intervals,
    "map": _map}


def echarts_option(chart: Chart, lang: str) -> dict[str, Any]:
    """The chart as an ECharts option (``rancangNote``: its source line, shown under
    every tooltip). A kind this module does not know gives an empty option (nothing
    drawn), never an error on the page.

    >>> o = echarts_option(Chart("c", "bars", "T", {"labels": ["C", "A"],
    ...                                              "values": [37.9, None]}, "Sumber: x"), "id")
    >>> o["yAxis"]["data"], o["series"][0]["data"], o["rancangNote"]
    (['C'], [37.9], 'Sumber: x')
    >>> echarts_option(Chart("c", "pie", "T", {}), "id")
    {}
    """
    if chart.kind not in _SPEC:
        return {}
    return {**_SPEC[chart.kind](chart, lang), **_note(chart)}
