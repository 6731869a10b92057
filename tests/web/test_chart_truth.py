"""Every chart of the web app says the truth at a glance (issue 12, section 2), read in a
real browser from what ECharts rendered, on every page that holds a chart, in both
languages:

- axis numbers in the page's number format: each value-axis label, read back in the
  page's format, is the tick value it stands for (``50.000`` and ``0,2`` on an Indonesian
  page, ``50,000`` and ``0.2`` on an English one), and no text drawn on a chart carries
  the other language's separators;
- axis titles in words with a unit (``(%)``, ``(miliar rupiah)``, ``(indeks)``...);
- category names (sectors) never cut: the lines drawn for a category label put together
  give the whole name, and every label lies inside the chart;
- a text alternative for every chart: an accessible name, and a data table reached
  through ``aria-describedby`` whose numbers hold every number of the chart's data;
- the SLQ x DLQ and Klassen charts of the demo region with the most points, and of
  Morowali and two big cities in the real BPS PDRB of the 514 regencies (when the shared
  raw data is present): the four quadrants named, and the visible labels (points and
  quadrant names) inside the plot, none over another, at 1280 and 390 px.

The pages are found as the browser walk finds them (every page route, its parameters
filled from the demo data), then kept when the server's HTML holds a chart. Screenshots
of each chart page go to ``test-artifacts/charts/``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from rancang.core.i18n import LANGS, term_label
from tests.web.conftest import build_app, login
from tests.web.page_reading import fillers, page_routes
from tests.web.test_browser import ARTIFACTS, _login, _serve
from tests.web.test_browser_walk import QUIET, _page_urls
from tests.web.test_page_languages import consult_demo, prepare, strip  # noqa: F401

pytestmark = pytest.mark.browser

#: What each chart element of a page shows, read from ECharts after drawing: the spec as
#: the server sent it (its data), its axes as drawn, every text drawn, the visible labels
#: of its scatter series (quadrant names included) and the plot's rectangle.
PROBE = """() => Array.from(document.querySelectorAll('[data-chart-spec]')).map(el => {
  const spec = JSON.parse(document.getElementById(el.dataset.chartSpec).textContent);
  const chart = echarts.getInstanceByDom(el);
  const named = (ids) => (ids || '').split(/\\s+/).filter(Boolean)
    .map(id => document.getElementById(id));
  const labelledBy = named(el.getAttribute('aria-labelledby'))
    .map(x => x ? x.textContent : '').join(' ');
  const described = named(el.getAttribute('aria-describedby'));
  const out = {id: el.id, role: el.getAttribute('role'),
               name: (el.getAttribute('aria-label') || labelledBy || '').trim(),
               described: described.map(d => d === null ? null : {
                 cells: Array.from(d.querySelectorAll('td, th')).map(c => c.textContent),
                 text: d.textContent}),
               spec: spec, drawn: !!chart, box: [el.clientWidth, el.clientHeight]};
  if (!chart) return out;
  const model = chart.getModel();
  out.axes = [];
  ['xAxis', 'yAxis'].forEach(k => model.eachComponent(k, m => {
    out.axes.push({key: k, index: m.componentIndex, type: m.get('type'), name: m.get('name'),
      data: m.get('data'),
      labels: m.axis.getViewLabels().map(l => [l.tickValue, l.formattedLabel])});
  }));
  // a line of text as drawn: zrender's own height of a line is too small in headless
  // Chromium (its font metrics), so a line is as high as its font size times 1.2,
  // placed by its baseline
  const line = (d) => {
    const r = d.getBoundingRect().clone();
    const m = /([0-9.]+)px/.exec(d.style.font || '');
    const h = m ? parseFloat(m[1]) * 1.2 : r.height;
    const base = d.style.textBaseline;
    r.y = base === 'top' ? r.y : base === 'middle' ? r.y + r.height / 2 - h / 2
      : r.y + r.height - h;
    r.height = h;
    r.applyTransform(d.getComputedTransform());
    return [r.x, r.y, r.width, r.height];
  };
  const rect = (t) => {  // a label: the box around its lines
    const lines = (t.childrenRef ? t.childrenRef() : []).filter(c => c.style && c.style.text);
    if (!lines.length) return line(t);
    const boxes = lines.map(line);
    const x0 = Math.min(...boxes.map(b => b[0])), y0 = Math.min(...boxes.map(b => b[1]));
    const x1 = Math.max(...boxes.map(b => b[0] + b[2]));
    const y1 = Math.max(...boxes.map(b => b[1] + b[3]));
    return [x0, y0, x1 - x0, y1 - y0];
  };
  out.texts = [];
  chart.getZr().storage.getDisplayList(true).forEach(d => {
    if (d.style && d.style.text != null && !d.ignore && !d.invisible)
      out.texts.push({text: String(d.style.text), rect: line(d)});
  });
  out.points = [];
  model.eachSeriesByType('scatter', s => {
    const data = s.getData();
    for (let i = 0; i < data.count(); i++) {
      const g = data.getItemGraphicEl(i);
      const sym = g && g.childAt ? g.childAt(0) : null;  // a symbol carries its label
      const t = g && (g.getTextContent() || (sym && sym.getTextContent()));
      if (t && !t.ignore && !t.invisible && t.style && (t.style.opacity ?? 1) > 0) {
        // the lines as drawn (a name cut short ends in an ellipsis there)
        const drawn = (t.childrenRef ? t.childrenRef() : [])
          .filter(c => c.style && c.style.text).map(c => String(c.style.text));
        out.points.push({series: s.get('silent') ? 'quadrant' : 'point',
                         text: String(t.style.text), rect: rect(t),
                         lines: drawn.length ? drawn : [String(t.style.text)],
                         name: data.getName(i)});
      }
    }
  });
  const grid = model.getComponent('grid');
  out.grid = grid && grid.coordinateSystem ? (() => {
    const r = grid.coordinateSystem.getRect(); return [r.x, r.y, r.width, r.height]; })()
    : null;
  return out;
})"""

#: A number as a page writes it, in each language: groups of three, then decimals.
NUMBER = {"id": re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"),
          "en": re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")}
#: Separators of the other language in a text drawn on a chart: a decimal point (or comma)
#: followed by fewer or more than three digits, or two groups of three.
FOREIGN = {"id": re.compile(r"\d\.(?:\d{1,2}|\d{4,})(?!\d)|\d,\d{3},\d{3}"),
           "en": re.compile(r"\d,(?:\d{1,2}|\d{4,})(?!\d)|\d\.\d{3}\.\d{3}")}
#: An axis title in words, its unit (or scale) in brackets at its end: ``Pangsa (%)``.
UNIT = re.compile(r"\S\s*\([^()]+\)\s*$")


def read_number(s: str, lang: str) -> tuple[float, int] | None:
    """A number written in ``lang``'s format and its count of decimals (None when ``s`` is
    not one number).

    >>> read_number("43.947,51", "id"), read_number("43,947.51", "en")
    ((43947.51, 2), (43947.51, 2))
    >>> read_number("0,2", "id"), read_number("50,000", "en"), read_number("0.2", "id")
    ((0.2, 1), (50000.0, 0), None)
    """
    s = s.strip().replace("\u2212", "-")
    m = NUMBER[lang].fullmatch(s)
    if not m:
        return None
    group, point = (".", ",") if lang == "id" else (",", ".")
    whole, _, decimals = s.partition(point)
    return float(whole.replace(group, "") + ("." + decimals if decimals else "")), len(decimals)


def numbers_in(cells: list[str], lang: str) -> list[tuple[float, int]]:
    """Every number of a table's cells (a range ``3–7`` gives 3 and 7)."""
    out = []
    for cell in cells:
        cell = re.sub(r"(\d)\s*[-–]\s*(?=\d)", r"\1 ", cell.replace("\u2212", "-"))
        for m in NUMBER[lang].finditer(cell):
            found = read_number(m.group(0), lang)
            if found:
                out.append(found)
    return out


def chart_numbers(spec: dict[str, Any]) -> list[float]:
    """The numbers a chart shows, from the spec the server sent: the value of each bar,
    line point, heat-map cell and rank; both coordinates of a scatter point; the low and
    high end of each rank interval (the stacked bars that draw an interval are not data
    of their own); a silent series (quadrant names, guide lines) shows none."""
    out: list[float] = []
    intervals = spec.get("rancangIntervals")
    if intervals:
        out += [float(v) for pair in intervals for v in pair]
    for s in spec.get("series", []):
        if s.get("silent") or (intervals and s.get("type") == "bar"):
            continue
        for d in s.get("data", []):
            v = d.get("value") if isinstance(d, dict) else d
            if s.get("type") == "heatmap" and isinstance(v, list):
                v = v[2]
            if intervals and isinstance(v, list):  # the rank of an interval chart
                v = v[0]
            for x in v if isinstance(v, list) else [v]:
                if isinstance(x, int | float) and math.isfinite(x):
                    out.append(float(x))
    return out


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    app = build_app(f"sqlite:///{tmp_path_factory.mktemp('charts') / 'charts.sqlite'}")
    yield app


def _most_points(app: FastAPI) -> str:
    """The demo region whose SLQ x DLQ chart has the most points (the first of them)."""
    from rancang.features.datasets import load_panel
    from rancang.features.leading import dashboard
    from rancang.features.leading.queries import AnalysisQuery, analyse

    engine = app.state.engine
    counts = {}
    for region in load_panel(engine, 1).region_codes:
        result = analyse(engine, AnalysisQuery(dataset_id=1, region=region))
        chart = dashboard.build(result, "id")["charts"].get("quadrant")
        counts[region] = len(chart["series"][0]["data"]) if chart else 0
    return max(counts, key=lambda r: counts[r])


@pytest.fixture(scope="module")
def chart_site(web_app: FastAPI, strip: Any  # noqa: F811
               ) -> Iterator[tuple[str, dict[str, str], str]]:
    """The served app, the pages holding a chart (route -> URL, as the administrator
    opens them) and the demo region with the most SLQ x DLQ points."""
    admin = login(web_app, "admin")
    fill = {**fillers(admin, "id"), **prepare(web_app, admin)}
    pages = _page_urls(admin, page_routes(web_app), fill)
    charts = {route: url for route, url in pages.items()
              if "data-chart-spec" in admin.http.get(url).text}
    region = _most_points(web_app)
    charts["/region/{dataset_id}/{region}"] = f"/region/1/{region}"
    # the plan's sections with charts (the walk opens two sections, maybe without one)
    plan = re.search(r"/plans/(\d+)", next(u for u in pages.values() if "/plans/" in u))
    assert plan is not None
    charts["/plans/{plan_id}/sections/{key}"] = (
        f"/plans/{plan.group(1)}/sections/kondisi.sektor_basis")
    # the monitoring of the analyst's regency (the walk may open the province's page)
    charts["/monitoring/{region}"] = "/monitoring/72.06"
    for route in ("/monitoring/{region}", "/plans/{plan_id}/sections/{key}"):
        assert "data-chart-spec" in admin.http.get(charts[route]).text, route
    for url in _serve(web_app):
        yield url, charts, region


def _open(browser: Any, server: str, lang: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _login(page, server, "admin")
    return context, page


def _read(page: Any, server: str, url: str, lang: str) -> list[dict[str, Any]]:
    sep = "&" if "?" in url else "?"
    page.goto(f"{server}{url}{sep}lang={lang}", wait_until="load")
    page.wait_for_function(QUIET, timeout=20000)
    page.wait_for_function("""() => Array.from(document.querySelectorAll('[data-chart-spec]'))
        .every(el => el.dataset.drawn)""", timeout=20000)
    page.wait_for_timeout(700)  # the animation ends, labels are laid out
    return page.evaluate(PROBE)  # type: ignore[no-any-return]


def test_chart_pages_are_found(chart_site: tuple[str, dict[str, str], str]) -> None:
    """The chart pages of every feature are among those read (a page whose charts vanish
    from the walk is seen here)."""
    _, charts, _ = chart_site
    assert {"/region/{dataset_id}/{region}", "/complexity/{dataset_id}", "/targets/{dataset_id}",
            "/decide/rank", "/plans/{plan_id}/sections/{key}"} <= set(charts), sorted(charts)
    assert any(r.startswith("/io/") for r in charts), sorted(charts)
    assert any(r.startswith("/monitoring/") for r in charts), sorted(charts)


def _checks(chart: dict[str, Any], lang: str) -> list[str]:
    """What is wrong with one chart as read by :data:`PROBE`."""
    bad: list[str] = []
    if not chart["drawn"]:
        return ["not drawn"]
    for axis in chart["axes"]:
        raw = chart["spec"].get(axis["key"]) or {}
        raw = raw[axis["index"]] if isinstance(raw, list) else raw
        if axis["type"] in ("value", None):
            # a title with a unit (an axis of years is titled, its unit the year)
            if not axis["name"] or not (UNIT.search(axis["name"]) or raw.get("rancangYears")):
                bad.append(f"{axis['key']} title without a unit: {axis['name']!r}")
            for value, label in axis["labels"]:
                got = read_number(label, lang)
                if got is None or abs(got[0] - value) > 0.5 * 10 ** -got[1] + 1e-9 * abs(value):
                    bad.append(f"{axis['key']} label {label!r} for {value}")
    for t in chart["texts"]:
        if FOREIGN[lang].search(t["text"]):
            bad.append(f"text in the other language's format: {t['text']!r}")
    w, h = chart["box"]
    squeezed = re.sub(r"\s+", "", "".join(t["text"] for t in chart["texts"]))
    for axis in chart["axes"]:
        if axis["type"] != "category" or not axis["data"]:
            continue
        shown = [str(label) for _, label in axis["labels"]]
        if axis["key"] == "yAxis" and len(shown) < len(axis["data"]):
            bad.append(f"{len(axis['data']) - len(shown)} category names left out")
        for name in shown:  # drawn whole (on one line or more)
            if re.sub(r"\s+", "", name) not in squeezed:
                bad.append(f"category label cut: {name!r}")
    for t in chart["texts"]:
        x, y, tw, th = t["rect"]
        if x < -1 or y < -1 or x + tw > w + 1 or y + th > h + 1:
            bad.append(f"text past the chart's edge: {t['text']!r} {t['rect']} in {w}x{h}")
    return bad


def _alternative(chart: dict[str, Any], lang: str) -> list[str]:
    """The chart's accessible name and the table that holds its numbers."""
    bad = []
    if chart["role"] != "img" or not chart["name"]:
        bad.append(f"no accessible name (role={chart['role']!r}, name={chart['name']!r})")
    tables = [d for d in chart["described"] if d is not None]
    if not tables:
        return [*bad, "no aria-describedby to a table"]
    cells = [c for d in tables for c in d["cells"]]
    shown = numbers_in(cells, lang)
    missing = [v for v in chart_numbers(chart["spec"])
               if not any(abs(v - n) <= 0.5 * 10 ** -d + 1e-9 * abs(v) for n, d in shown)]
    if missing:
        bad.append(f"{len(missing)} numbers of the chart not in its table, e.g. {missing[:5]}")
    return bad


@pytest.mark.parametrize("lang", LANGS)
def test_every_chart_in_the_page_language(browser: Any, lang: str,
                                          chart_site: tuple[str, dict[str, str], str]) -> None:
    """Axis numbers in the page's format, axis titles with units, no category name cut, no
    text past the chart's edge, and a text alternative holding the chart's numbers, on
    every chart of every page."""
    server, charts, _ = chart_site
    folder = ARTIFACTS / "charts"
    folder.mkdir(parents=True, exist_ok=True)
    context, page = _open(browser, server, lang)
    problems: dict[str, list[str]] = {}
    try:
        for route, url in charts.items():
            for chart in _read(page, server, url, lang):
                bad = _checks(chart, lang) + _alternative(chart, lang)
                if bad:
                    problems[f"{url} #{chart['id']}"] = bad
            slug = re.sub(r"[^\w-]+", "_", route.strip("/"))
            page.screenshot(path=str(folder / f"{slug}-{lang}.png"), full_page=True)
    finally:
        context.close()
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_checks_see_planted_defects() -> None:
    """Each defect planted in a chart as the probe reads it is named: English separators
    on an Indonesian page, a title without a unit, a sector name cut, a label past the
    edge, no accessible name, a table without the chart's numbers; the clean chart passes."""
    clean = {
        "id": "c", "drawn": True, "role": "img", "name": "Pangsa", "box": [400, 300],
        "spec": {"series": [{"type": "bar", "data": [50000, 0.2]}]},
        "axes": [{"key": "xAxis", "index": 0, "type": "value", "name": "Pangsa (%)",
                  "data": None, "labels": [[0, "0"], [50000, "50.000"], [0.2, "0,2"]]},
                 {"key": "yAxis", "index": 0, "type": "category", "name": None,
                  "data": ["Industri Pengolahan"], "labels": [[0, "Industri Pengolahan"]]}],
        "texts": [{"text": "50.000", "rect": [10, 10, 30, 12]},
                  {"text": "Industri ", "rect": [0, 40, 50, 12]},
                  {"text": "Pengolahan", "rect": [0, 52, 60, 12]}],
        "described": [{"cells": ["Industri Pengolahan", "50.000", "0,2"], "text": ""}],
    }
    assert _checks(clean, "id") == [] and _alternative(clean, "id") == []
    english = {**clean, "axes": [{**clean["axes"][0], "labels": [[50000, "50,000"]]}],
               "texts": [{"text": "0.25", "rect": [10, 10, 30, 12]}]}
    assert len(_checks(english, "id")) == 2
    untitled = {**clean, "axes": [{**clean["axes"][0], "name": "miliar rupiah"}]}
    assert "without a unit" in _checks(untitled, "id")[0]
    cut = {**clean, "texts": [{"text": "Industri Pengo...", "rect": [0, 40, 50, 12]}]}
    assert "cut" in " ".join(_checks(cut, "id"))
    past = {**clean, "texts": [*clean["texts"], {"text": "x", "rect": [390, 10, 30, 12]}]}
    assert "edge" in " ".join(_checks(past, "id"))
    nameless = {**clean, "role": None}
    assert "accessible name" in _alternative(nameless, "id")[0]
    other = {**clean, "described": [{"cells": ["50.000", "0,3"], "text": ""}]}
    assert "not in its table" in _alternative(other, "id")[0]


def _overlap(a: list[float], b: list[float]) -> bool:
    return (a[0] < b[0] + b[2] - 0.5 and b[0] < a[0] + a[2] - 0.5
            and a[1] < b[1] + b[3] - 0.5 and b[1] < a[1] + a[3] - 0.5)


QUADRANTS = {
    "chart-quadrant": ("unggulan", "andalan", "prospektif", "tertinggal"),
    "chart-klassen": ("maju dan tumbuh pesat", "potensial berkembang", "maju tapi tertekan",
                      "relatif tertinggal"),
}


def _quadrant_charts(browser: Any, server: str, url: str, lang: str, width: int,
                     shot: str) -> dict[str, dict[str, Any]]:
    """The SLQ x DLQ and Klassen charts of the dashboard at ``url`` as :data:`PROBE` reads
    them at ``width`` px (screenshots ``<chart>-<shot>-<lang>-<width>.png``)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        _login(page, server, "admin")
        charts = {c["id"]: c for c in _read(page, server, url, lang)}
        folder = ARTIFACTS / "charts"
        folder.mkdir(parents=True, exist_ok=True)
        for cid in QUADRANTS:
            page.locator(f"#{cid}").screenshot(
                path=str(folder / f"{cid}-{shot}-{lang}-{width}.png"))
    finally:
        context.close()
    return charts


def _check_quadrants(charts: dict[str, dict[str, Any]], lang: str) -> None:
    """The four quadrants named in words, a few points labelled (the leading industries,
    the rest on hover) each with its whole name (wrapped, never cut short), no visible
    label over another or outside the plot, axis titles with units."""
    for cid, terms in QUADRANTS.items():
        chart = charts[cid]
        labels = chart["points"]
        assert {p["text"] for p in labels if p["series"] == "quadrant"} == {
            term_label(q, lang) for q in terms}, labels
        points = [p for p in labels if p["series"] == "point"]
        assert 1 <= len(points) <= 4, points  # the leading few, not every point
        for p in points:  # each name whole, on one line or wrapped on more
            assert re.sub(r"\s+", "", "".join(p["lines"])) == re.sub(r"\s+", "", p["name"]), (
                cid, p)
        assert len(chart["spec"]["series"][0]["data"]) > len(points)
        gx, gy, gw, gh = chart["grid"]
        for p in labels:
            x, y, w, h = p["rect"]
            assert gx - 1 <= x and x + w <= gx + gw + 1 and gy - 1 <= y and y + h <= gy + gh + 1, (
                cid, p, chart["grid"])
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not _overlap(a["rect"], b["rect"]), (cid, a, b)
        axes = {a["key"]: a["name"] for a in chart["axes"]}
        assert all(axes.get(k) and UNIT.search(axes[k]) for k in ("xAxis", "yAxis")), axes


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", LANGS)
def test_quadrant_charts_named_and_labels_apart(
        browser: Any, lang: str, width: int,
        chart_site: tuple[str, dict[str, str], str]) -> None:
    """SLQ x DLQ and Klassen charts of the demo region with the most points."""
    server, _, region = chart_site
    _check_quadrants(_quadrant_charts(browser, server, f"/region/1/{region}", lang, width,
                                      "demo"), lang)


#: Regencies of the real BPS PDRB (514 regencies and cities, ADHK 2013-2020), by their
#: Kemendagri codes: Morowali (a nickel regency, manufacturing far above the province),
#: Kota Surabaya and Kota Jakarta Selatan (big cities, many sectors of a similar size).
REAL_REGIONS = ("72.06", "35.78", "31.74")


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory,
              bps_pdrb_dir: Path) -> Iterator[tuple[str, int]]:
    """A served app holding the real BPS PDRB of the 514 regencies (skipped when the
    shared raw data is absent: ``bps_pdrb_dir``) and that dataset's id."""
    from rancang.features.datasets import save_panel
    from rancang.sources import read_panel

    app = build_app(f"sqlite:///{tmp_path_factory.mktemp('real') / 'real.sqlite'}",
                    firms=3, boundaries=None)
    panel = read_panel([bps_pdrb_dir])
    assert len(panel.region_codes) >= 500
    dataset_id = save_panel(app.state.engine, panel, name="BPS PDRB ADHK 2013-2020",
                            actor="test")
    try:
        for url in _serve(app):
            yield url, dataset_id
    finally:
        app.state.engine.dispose()


@pytest.mark.realdata
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", LANGS)
def test_quadrant_charts_on_the_real_regencies(browser: Any, lang: str, width: int,
                                               real_site: tuple[str, int]) -> None:
    """The same checks on the real 514-regency PDRB, for Morowali and two big cities:
    quadrants named, no label over another or outside the plot, at 1280 and 390 px."""
    server, dataset_id = real_site
    for region in REAL_REGIONS:
        charts = _quadrant_charts(browser, server, f"/region/{dataset_id}/{region}", lang,
                                  width, f"real-{region}")
        _check_quadrants(charts, lang)


def test_sector_names_whole_in_the_choice_lists(
        chart_site: tuple[str, dict[str, str], str], web_app: FastAPI) -> None:
    """The map's and the ranking's lists of industries give each name whole (the longest
    PDRB names were cut at 60 characters)."""
    from rancang.features.datasets import load_panel

    names = [n for n in load_panel(web_app.state.engine, 1).industry_names if len(n) > 60]
    assert names  # the demo has names longer than the old cut
    admin = login(web_app, "admin")
    for url in ("/map?dataset=1&lang=id", "/decide/rank?dataset=1&lang=id"):
        page = admin.http.get(url).text
        options = re.findall(r"<option[^>]*>([^<]*)</option>", page)
        for name in names:
            assert any(name in o for o in options), (url, name)
