"""Charts and maps of the plan document drawn as PNG images (matplotlib, Agg backend).

A chart is data (:class:`rancang.core.document.Chart`): the feature that computes the
numbers says what to draw and in which words; this module draws it the same way for the
DOCX, the PDF and the page. Axis ticks are in the document's number notation (``1.234,5``
in Indonesian). Kinds:

- ``bars``: horizontal bars, ``labels`` and ``values`` (e.g. the PDRB structure);
- ``quadrant``: points ``{label, x, y}`` split by the lines ``x0`` and ``y0`` into four
  named quadrants ``ne``, ``nw``, ``se``, ``sw`` (SLQ x DLQ, Klassen);
- ``lines``: ``x`` and ``series`` ``[{label, values}]``, optional ``marks``
  ``[{label, x, y}]`` (the pathways of the manufacturing share);
- ``intervals``: ``labels``, ``rank``, ``low``, ``high`` (a ranking with rank intervals);
- ``map``: ``points`` ``[{label, lat, lng, value}]``; regency boundaries drawn behind
  them from ``RANCANG_BOUNDARIES_FILE`` (GeoJSON) when the variable names a file.
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from rancang.core.document import Chart
from rancang.core.i18n import format_number

#: width of a chart in the documents, inches (A4 text width is about 6.3)
WIDTH_IN = 6.0
DPI = 110
_COLOURS = ("#1f6f8b", "#e07a2f", "#7a9a01", "#b03a48", "#6c5b7b")


def number_formatter(lang: str, decimals: int = 1) -> Callable[[float, Any], str]:
    """Tick labels in the document's notation.

    >>> number_formatter("id")(1234.5, None), number_formatter("en")(1234.5, None)
    ('1.234,5', '1,234.5')
    >>> number_formatter("id", 0)(2030, None)
    '2.030'
    """
    def fmt(value: float, _pos: Any) -> str:
        return format_number(float(value), decimals, lang)

    return fmt


def finite(value: Any) -> bool:
    """A number that can be drawn (not None, NaN or infinite).

    >>> finite(1.5), finite(None), finite(float("nan")), finite("x")
    (True, False, False, False)
    """
    import math

    return isinstance(value, int | float) and math.isfinite(value)


def _year_formatter(value: float, _pos: Any) -> str:
    return str(round(value))


def _figure(height: float = 3.6) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    return fig, fig.add_subplot(1, 1, 1)


def _decimals(values: list[float]) -> int:
    span = (max(values) - min(values)) if values else 0.0
    return 0 if span >= 20 else 1 if span >= 2 else 2


def _bars(chart: Chart, lang: str) -> Any:
    d = chart.data
    pairs = [(lab, float(v)) for lab, v in zip(d["labels"], d["values"], strict=True)
             if finite(v)]
    labels, values = [p[0] for p in pairs], [p[1] for p in pairs]
    fig, ax = _figure(max(2.4, 0.28 * len(labels) + 1.0))
    pos = list(range(len(labels)))[::-1]
    ax.barh(pos, values, color=_COLOURS[0])
    ax.set_yticks(pos, [str(x)[:36] for x in labels], fontsize=7)
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(number_formatter(lang, _decimals(values))))
    for p, v in zip(pos, values, strict=True):
        ax.text(v, p, " " + format_number(v, 1, lang), va="center", fontsize=6)
    ax.set_xlabel(d.get("xlabel", ""), fontsize=8)
    ax.tick_params(axis="x", labelsize=7)
    ax.margins(x=0.12)
    return fig


def _quadrant(chart: Chart, lang: str) -> Any:
    from matplotlib.ticker import FuncFormatter

    d = chart.data
    pts = [p for p in d["points"] if finite(p.get("x")) and finite(p.get("y"))]
    x0, y0 = float(d.get("x0", 0.0)), float(d.get("y0", 0.0))
    fig, ax = _figure(4.2)
    xs = [float(p["x"]) for p in pts] + [x0]
    ys = [float(p["y"]) for p in pts] + [y0]
    ax.scatter(xs[:-1], ys[:-1], s=18, color=_COLOURS[0], zorder=3)
    for p in pts:
        ax.annotate(str(p["label"]), (float(p["x"]), float(p["y"])), fontsize=6,
                    xytext=(3, 3), textcoords="offset points")
    ax.axvline(x0, color="grey", lw=0.8)
    ax.axhline(y0, color="grey", lw=0.8)
    xpad = 0.08 * ((max(xs) - min(xs)) or 1.0)
    ypad = 0.08 * ((max(ys) - min(ys)) or 1.0)
    xlo, xhi = min(xs) - xpad, max(xs) + xpad
    ylo, yhi = min(ys) - ypad, max(ys) + ypad
    ax.set_xlim(xlo, xhi)
    ax.set_ylim(ylo, yhi)
    names = d.get("quadrants", {})
    style = {"fontsize": 7, "color": "#555555", "style": "italic"}
    ax.text(xhi, yhi, names.get("ne", ""), ha="right", va="top", **style)
    ax.text(xlo, yhi, names.get("nw", ""), ha="left", va="top", **style)
    ax.text(xhi, ylo, names.get("se", ""), ha="right", va="bottom", **style)
    ax.text(xlo, ylo, names.get("sw", ""), ha="left", va="bottom", **style)
    ax.xaxis.set_major_formatter(FuncFormatter(number_formatter(lang, _decimals(xs))))
    ax.yaxis.set_major_formatter(FuncFormatter(number_formatter(lang, _decimals(ys))))
    ax.set_xlabel(d.get("xlabel", ""), fontsize=8)
    ax.set_ylabel(d.get("ylabel", ""), fontsize=8)
    ax.tick_params(labelsize=7)
    return fig


def _lines(chart: Chart, lang: str) -> Any:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    d = chart.data
    xs = [float(x) for x in d["x"]]
    fig, ax = _figure(3.4)
    every: list[float] = []
    for k, s in enumerate(d["series"]):
        pairs = [(x, float(v)) for x, v in zip(xs, s["values"], strict=True) if finite(v)]
        every += [v for _, v in pairs]
        ax.plot([p[0] for p in pairs], [p[1] for p in pairs], label=s["label"],
                color=_COLOURS[k % len(_COLOURS)], lw=1.4,
                ls=("-", "--", ":")[k % 3])
    for m in (m for m in d.get("marks", []) if finite(m.get("x")) and finite(m.get("y"))):
        ax.scatter([float(m["x"])], [float(m["y"])], marker="D", s=16, color="black", zorder=4)
        ax.annotate(str(m["label"]), (float(m["x"]), float(m["y"])), fontsize=6,
                    xytext=(-4, -10), textcoords="offset points", ha="right")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(_year_formatter))
    ax.yaxis.set_major_formatter(FuncFormatter(number_formatter(lang, _decimals(every))))
    ax.set_xlabel(d.get("xlabel", ""), fontsize=8)
    ax.set_ylabel(d.get("ylabel", ""), fontsize=8)
    ax.tick_params(labelsize=7)
    ax.legend(fontsize=7, frameon=False)
    return fig


def _intervals(chart: Chart, lang: str) -> Any:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    d = chart.data
    keep = [k for k in range(len(d["labels"]))
            if finite(d["rank"][k]) and finite(d["low"][k]) and finite(d["high"][k])]
    labels = [d["labels"][k] for k in keep]
    rank = [float(d["rank"][k]) for k in keep]
    low = [float(d["low"][k]) for k in keep]
    high = [float(d["high"][k]) for k in keep]
    fig, ax = _figure(max(2.4, 0.28 * len(labels) + 1.0))
    pos = list(range(len(labels)))[::-1]
    ax.hlines(pos, low, high, color=_COLOURS[0], lw=2.5, alpha=0.5)
    ax.scatter(rank, pos, color=_COLOURS[1], s=16, zorder=3)
    ax.set_yticks(pos, [str(x)[:36] for x in labels], fontsize=7)
    ax.margins(x=0.06)
    ax.invert_xaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(number_formatter(lang, 0)))
    ax.set_xlabel(d.get("xlabel", ""), fontsize=8)
    ax.tick_params(axis="x", labelsize=7)
    return fig


@lru_cache(maxsize=2)
def _boundaries(path: str, mtime: float) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Every outer ring of the GeoJSON file's polygons as (lng, lat) pairs."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rings: list[tuple[tuple[float, float], ...]] = []
    features = data.get("features", [data]) if isinstance(data, dict) else []
    for f in features:
        geom = (f or {}).get("geometry") or {}
        polys = ([geom.get("coordinates", [])] if geom.get("type") == "Polygon"
                 else geom.get("coordinates", []) if geom.get("type") == "MultiPolygon"
                 else [])
        for poly in polys:
            if poly:
                rings.append(tuple((float(p[0]), float(p[1])) for p in poly[0]))
    return tuple(rings)


def boundary_rings(bbox: tuple[float, float, float, float] | None = None
                   ) -> list[tuple[tuple[float, float], ...]]:
    """The boundary rings of ``RANCANG_BOUNDARIES_FILE`` (none without the variable or
    the file, or when the file cannot be read), only those touching ``bbox`` (lng0, lat0,
    lng1, lat1) when given."""
    path = os.environ.get("RANCANG_BOUNDARIES_FILE", "")
    if not path or not Path(path).is_file():
        return []
    try:
        rings = _boundaries(path, Path(path).stat().st_mtime)
    except (OSError, ValueError, TypeError, IndexError):
        return []
    if bbox is None:
        return list(rings)
    x0, y0, x1, y1 = bbox

    def overlaps(ring: tuple[tuple[float, float], ...]) -> bool:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return min(xs) <= x1 and max(xs) >= x0 and min(ys) <= y1 and max(ys) >= y0

    return [r for r in rings if r and overlaps(r)]


def _map(chart: Chart, lang: str) -> Any:
    d = chart.data
    pts = [p for p in d["points"] if finite(p.get("lat")) and finite(p.get("lng"))]
    fig, ax = _figure(4.2)
    lngs = [float(p["lng"]) for p in pts] or [0.0]
    lats = [float(p["lat"]) for p in pts] or [0.0]
    pad = max(0.1, 0.15 * max(max(lngs) - min(lngs), max(lats) - min(lats)))
    bbox = (min(lngs) - pad, min(lats) - pad, max(lngs) + pad, max(lats) + pad)
    for ring in boundary_rings(bbox):
        ax.plot([p[0] for p in ring], [p[1] for p in ring], color="#999999", lw=0.5)
    values = [float(p["value"]) if finite(p.get("value")) else 0.0 for p in pts]
    top = max(values) if values and max(values) > 0 else 1.0
    ax.scatter(lngs[:len(pts)], lats[:len(pts)], s=[20 + 80 * v / top for v in values],
               color=_COLOURS[1], edgecolor="black", lw=0.4, zorder=3)
    for p in pts:
        ax.annotate(str(p["label"])[:30], (float(p["lng"]), float(p["lat"])), fontsize=6,
                    xytext=(3, 3), textcoords="offset points")
    ax.set_xlim(bbox[0], bbox[2])
    ax.set_ylim(bbox[1], bbox[3])
    ax.set_aspect("equal", adjustable="box")
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(number_formatter(lang, 1)))
    ax.yaxis.set_major_formatter(FuncFormatter(number_formatter(lang, 1)))
    ax.set_xlabel(d.get("xlabel", ""), fontsize=8)
    ax.set_ylabel(d.get("ylabel", ""), fontsize=8)
    ax.tick_params(labelsize=7)
    return fig


_DRAW: dict[str, Callable[[Chart, str], Any]] = {
    "bars": _bars, "quadrant": _quadrant, "lines": _lines, "intervals": _intervals,
    "map": _map}


def render_png(chart: Chart, lang: str) -> bytes:
    """The chart as PNG bytes (raises ValueError for a kind it does not know)."""
    if chart.kind not in _DRAW:
        raise ValueError(f"chart {chart.id!r}: unknown kind {chart.kind!r}")
    fig = _DRAW[chart.kind](chart, lang)
    # fixed margins: matplotlib's tight layout measured every label again and cost a
    # third of the drawing time (a batch of 514 plans draws 2,500 charts)
    width, height = fig.get_size_inches()
    left = 2.45 if chart.kind in ("bars", "intervals") else 0.75  # inches
    fig.subplots_adjust(left=left / width, right=1 - 0.15 / width, top=1 - 0.12 / height,
                        bottom=0.55 / height)
    buf = BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    return buf.getvalue()


#: The last charts drawn in this process, by their JSON and language (a chart is the same
#: picture whoever downloads it: a plan's DOCX and PDF, in turn by several readers, and the
#: consultation's draft of the same plan draw the same charts). Maps are left out: they
#: draw the boundary file as well. At most :data:`_KEPT` images (a few MB).
_RECENT: OrderedDict[tuple[str, str], bytes] = OrderedDict()
_KEPT = 48
_RECENT_LOCK = threading.Lock()


class ChartImages:
    """PNG images of a document's charts, drawn once per export (the DOCX and the PDF
    of one export share them), and taken from the last charts drawn in the process when
    the same chart in the same language was drawn before (:data:`_RECENT`)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._done: dict[str, bytes] = {}

    def png(self, chart: Chart) -> bytes:
        key = json.dumps(chart.to_json(), sort_keys=True, default=str)
        if key not in self._done:
            self._done[key] = _recent_png(chart, key, self.lang)
        return self._done[key]


def _recent_png(chart: Chart, key: str, lang: str) -> bytes:
    if chart.kind == "map":
        return render_png(chart, lang)
    with _RECENT_LOCK:
        png = _RECENT.get((key, lang))
        if png is not None:
            _RECENT.move_to_end((key, lang))
            return png
    png = render_png(chart, lang)
    with _RECENT_LOCK:
        _RECENT[(key, lang)] = png
        while len(_RECENT) > _KEPT:
            _RECENT.popitem(last=False)
    return png
