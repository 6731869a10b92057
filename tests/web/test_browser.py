"""Browser tests: Playwright driving Debian's chromium (headless) against a real server.

Log in, upload BPS PDRB files, see the dashboard and its charts, the map drawing its
regions, change a weight and see the ranking change, download the XLSX and open it,
switch language. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import io
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.conftest import PASSWORD, RAW, REPO, build_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
BPS_DIR = RAW / "bps-pdrb-kabkota-adhk-2013-2020"

pytestmark = pytest.mark.browser
# the app behind each server URL (tests that prepare data straight in its database)
APPS: dict[str, object] = {}

if not CHROMIUM.exists() and os.environ.get("CI", "").lower() != "true":
    pytest.skip("no /usr/bin/chromium (install the apt package chromium)",
                allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A uvicorn server in a thread on a fresh SQLite file (session-scoped)."""
    yield from _serve(build_app(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'b.sqlite'}"))


@pytest.fixture(scope="session")
def bare_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server without a boundary file, with a centroid CSV (three Sulawesi Tengah
    regencies and one that is not in the dataset)."""
    folder = tmp_path_factory.mktemp("bare")
    csv = folder / "centroids.csv"
    csv.write_text("level,kode,nama,lat,lng\nprov,72,Sulawesi Tengah,-1.4,121.4\n"
                   "kab,72.01,Kabupaten Banggai,-1.02,122.59\n"
                   "kab,72.02,Kabupaten Poso,-1.68,120.53\n"
                   "kab,72.03,Kabupaten Donggala,-0.44,119.83\n"
                   "kab,73.01,Kabupaten Kepulauan Selayar,-6.3,120.5\n", encoding="utf-8")
    yield from _serve(build_app(f"sqlite:///{folder / 'b.sqlite'}", boundaries=None,
                                centroids=csv))


def _serve(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    APPS[url] = app
    yield url
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.engine.dispose()


def _pdrb_files(tmp: Path) -> list[Path]:
    """Two years of the real BPS export when present, else a tidy CSV with real codes."""
    if BPS_DIR.is_dir():
        files = sorted(BPS_DIR.glob("*2019.xlsx")) + sorted(BPS_DIR.glob("*2020.xlsx"))
        if len(files) == 2:
            return files
    import numpy as np
    import polars as pl

    rng = np.random.default_rng(1)
    rows = []
    for code in ("7201", "7202", "7203", "7204", "7205", "7206", "7207", "7208", "7209"):
        for ind in ("A", "B", "C", "F", "G"):
            base = rng.uniform(100, 1000)
            rows += [(code, ind, 2019, base), (code, ind, 2020, base * rng.uniform(0.9, 1.3))]
    path = tmp / "pdrb_long.csv"
    pl.DataFrame(rows, schema=["region_code", "industry_code", "year", "value"],
                 orient="row").write_csv(path)
    return [path]


def test_end_to_end(server: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(accept_downloads=True, viewport={"width": 1300, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    # log in
    page.goto(f"{server}/login")
    page.screenshot(path=str(ARTIFACTS / "login.png"))
    page.fill("#username", "admin")
    page.fill("#password", PASSWORD)
    page.click("#login-button")
    page.wait_for_url(f"{server}/")
    page.screenshot(path=str(ARTIFACTS / "home.png"))

    # upload BPS files
    page.goto(f"{server}/data")
    page.fill("#pdrb-name", "BPS uji")
    page.set_input_files("#pdrb-files", [str(p) for p in _pdrb_files(tmp_path)])
    page.click("#pdrb-submit")
    page.wait_for_selector("#saved")
    page.screenshot(path=str(ARTIFACTS / "data_upload.png"))
    href = page.get_attribute("#open-dataset", "href")
    dataset = int(href.split("=")[-1])

    # home search, then the dashboard with a drawn chart
    page.goto(f"{server}/?dataset={dataset}")
    page.fill("#region-q", "7203")
    page.wait_for_selector("#region-list a[href$='/7203']")
    page.click("#region-list a[href$='/7203']")
    page.wait_for_selector("#chart-structure canvas")
    page.wait_for_selector("#chart-quadrant canvas")
    assert page.get_attribute("#chart-structure", "data-drawn") == "1"
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert page.get_attribute("td[title*='LQ =']", "title")  # numbers explain themselves

    # change a weight, see the ranking change
    first = page.inner_text("#ranking-table tbody tr:first-child")
    weights_before = page.inner_text("#weights-used")
    for k in ("slq", "dlq", "competitive", "growth"):
        page.fill(f"#w_{k}", "0")
    page.fill("#w_share", "1")
    page.dispatch_event("#w_share", "change")
    page.wait_for_function(
        "(b) => document.querySelector('#weights-used').innerText !== b", arg=weights_before)
    share_used = "#weights-used [data-criterion='share']"
    page.wait_for_function(f"() => document.querySelector(\"{share_used}\")"
                           ".dataset.weight === '1.0'")
    after = page.inner_text("#ranking-table tbody tr:first-child")
    assert page.inner_text("#weights-used") != weights_before
    assert "Kontribusi = 1,00" in page.inner_text("#weights-used")
    assert after != first

    # download the XLSX of the ranking and open it, once the form's debounced input request
    # (400 ms after the last keystroke) has settled too: a swap of #ranking-body between
    # locating the link and clicking it would leave the click on a detached element
    page.wait_for_timeout(600)
    page.wait_for_function("() => !document.querySelector('.htmx-request')")
    with page.expect_download() as info:
        page.click("#ranking-body a.xlsx-leading_industries")
    path = info.value.path()
    wb = openpyxl.load_workbook(io.BytesIO(Path(path).read_bytes()))
    assert len(wb.sheetnames) >= 2

    # the map draws its regions
    page.goto(f"{server}/map?dataset={dataset}&province=72")
    page.wait_for_function("() => Number(document.querySelector('#map').dataset.regions) > 0",
                           timeout=20000)
    page.screenshot(path=str(ARTIFACTS / "map.png"))

    # register
    page.goto(f"{server}/register")
    page.wait_for_selector("#register-table")
    page.screenshot(path=str(ARTIFACTS / "register.png"))

    # switch language
    page.click("#lang-en")
    page.wait_for_selector("text=Industry register")
    assert "Sign out" in page.inner_text("header")
    page.click("#lang-id")
    assert errors == []
    context.close()


XSS = '<img src=x onerror="window.__xss=1">'


def _payload_panel():  # type: ignore[no-untyped-def]
    """The demo province under real Sulawesi Tengah codes, with HTML in a region name, the
    province name and an industry name (so the payload reaches map, tables and charts)."""
    import dataclasses

    from rancang.sources.synthetic import demo_province

    p = demo_province()
    codes = ["X" + c for c in p.industry_codes]
    names = [XSS + " industri", *p.industry_names[1:]]
    refs = dataclasses.replace(p.references, region_codes=["7200"], region_names=[XSS],
                               industry_codes=codes, industry_names=names)
    return dataclasses.replace(
        p, industry_codes=codes, industry_names=names,
        region_codes=[f"72{k:02d}" for k in range(1, 13)],
        region_names=[XSS + " kabupaten", *p.region_names[1:]], parent_codes=["7200"] * 12,
        references=refs)


def test_html_in_data_is_shown_as_text_and_never_runs(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    """Stored XSS: a firm, a region and an industry named with an HTML payload appear as
    text in the map popup and tooltip, the tables and the chart tooltips; no script runs."""
    from sqlalchemy import select, update

    from rancang.features.datasets import save_panel
    from rancang.features.registry.models import Enterprise

    app = APPS[server]
    engine = app.state.engine  # type: ignore[attr-defined]
    e = Enterprise.__table__
    with engine.begin() as conn:
        rid = conn.execute(select(e.c.id).where(e.c.regency_code == "72.06",
                                                e.c.latitude.is_not(None))
                           .order_by(e.c.id).limit(1)).scalar_one()
        conn.execute(update(e).where(e.c.id == rid).values(name=XSS + " Zyxfirm"))
    ds = save_panel(engine, _payload_panel(), name=XSS + " set", actor="admin")

    context = browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/login")
    page.fill("#username", "admin")
    page.fill("#password", PASSWORD)
    page.click("#login-button")
    page.wait_for_url(f"{server}/")

    # map: the firm's popup and the region's tooltip
    page.goto(f"{server}/map?dataset={ds}&province=72&industry=XA")
    page.wait_for_function("() => window.rancangMap && window.rancangMap.firms"
                           " && window.rancangMap.regions", timeout=20000)
    page.evaluate("""() => { const m = window.rancangMap.firms.getLayers().find(
            (x) => x.getPopup().getContent().textContent.includes('Zyxfirm'));
        L.popup().setLatLng(m.getLatLng()).setContent(m.getPopup().getContent())
            .openOn(window.rancangMap.map); }""")
    page.wait_for_selector(".leaflet-popup-content")
    assert XSS in page.inner_text(".leaflet-popup-content")
    page.evaluate("""() => { const l = window.rancangMap.regions.getLayers().find(
        (x) => x.getTooltip() && x.getTooltip().getContent().textContent.includes('kabupaten'));
        l.openTooltip(); }""")
    page.wait_for_selector(".leaflet-tooltip")
    assert XSS in page.inner_text(".leaflet-tooltip")
    assert XSS in (page.text_content("#map-table") or "")

    # dashboard: title, tables, and the chart tooltip of the payload industry
    page.goto(f"{server}/region/{ds}/7201")
    page.wait_for_selector("#chart-structure canvas")
    assert XSS in page.inner_text("#region-title")
    page.evaluate("""() => { const c = echarts.getInstanceByDom(
            document.querySelector('#chart-structure'));
        const i = c.getOption().yAxis[0].data.findIndex((n) => n.includes('industri'));
        c.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: i}); }""")
    page.wait_for_function("() => [...document.querySelectorAll('#chart-structure div')]"
                           ".some((d) => d.textContent.includes('industri'))")
    page.goto(f"{server}/register/{rid}")
    assert XSS in page.inner_text("h1")

    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll(\"img[src='x']\").length") == 0
    context.close()


def test_security_headers(server: str) -> None:
    """No framing, no MIME sniffing, a CSP allowing only our own scripts."""
    import urllib.request

    with urllib.request.urlopen(f"{server}/login") as resp:
        headers = resp.headers
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "frame-ancestors 'none'" in csp


def aborted_icon(url: str, failure: str | None) -> bool:
    """The tab's icon, which the browser fetches after the page's load and drops when the
    test moves on to the next page: not a failure of the page."""
    return "/favicon" in url and failure == "net::ERR_ABORTED"


def _login(page, server: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("#login-button")
    page.wait_for_url(f"{server}/")


def test_map_without_boundaries_is_still_a_map(bare_server: str, browser) -> None:  # type: ignore[no-untyped-def]
    """No boundary file: Leaflet still draws the regions at their centroids and the
    analyst's firms, says so honestly, keeps the values table, and the legend uses the
    Indonesian decimal comma."""
    from rancang.features.datasets import save_panel

    engine = APPS[bare_server].state.engine  # type: ignore[attr-defined]
    panel = _payload_panel()
    ds = save_panel(engine, panel, name="Sulteng", actor="admin")
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _login(page, bare_server, "analyst_own")
    page.goto(f"{bare_server}/map?dataset={ds}&industry=XC")
    assert page.is_visible("#no-boundaries")
    page.wait_for_function("() => window.rancangMap && window.rancangMap.firms"
                           " && window.rancangMap.regions", timeout=20000)
    # 72.01 (7201 is BPS for 72.07...): whatever matched, only dataset regions are drawn
    assert 0 < int(page.get_attribute("#map", "data-regions")) <= 3
    assert "wilayah" in page.inner_text("#map-status")
    legend = page.inner_text("#map-legend")
    assert "," in legend and "Location quotient" in legend
    assert page.locator("#map-table tbody tr").count() == 12
    page.screenshot(path=str(ARTIFACTS / "map_no_boundaries.png"))
    # English: the legend in English number format, words in English
    page.click("#lang-en")
    page.wait_for_function("() => Number(document.querySelector('#map').dataset.regions) > 0")
    assert "regions" in page.inner_text("#map-status")
    assert errors == []
    context.close()


def test_refused_weights_show_a_visible_message(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    """All weights 0: the server answers 422 to the htmx request; the page says why."""
    context = browser.new_context()
    page = context.new_page()
    _login(page, server, "viewer")
    page.goto(f"{server}/region/1/9903")
    page.wait_for_selector("#weights-form")
    for k in ("slq", "dlq", "competitive", "growth", "share"):
        page.fill(f"#w_{k}", "0")
    page.dispatch_event("#w_share", "change")
    page.wait_for_selector("#htmx-error", state="visible")
    text = page.inner_text("#htmx-error")
    assert "422" in text and "bobot" in text  # the page is in Indonesian
    context.close()


CHARTS = ("structure", "growth", "ranking", "quadrant", "klassen", "shift-share",
          "specialization")


def test_every_chart_tooltip_explains_itself(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    """Each chart's tooltip ends with its note: formula, period and reference economy; the
    ranking's contribution and rank cells explain themselves on hover too."""
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    _login(page, server, "viewer")
    page.goto(f"{server}/region/1/9903?lang=en&start=2019&end=2022")
    for name in CHARTS:
        page.wait_for_selector(f"#chart-{name} canvas")
        page.evaluate("""(id) => { const c = echarts.getInstanceByDom(
                document.getElementById(id));
            c.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0}); }""",
                      f"chart-{name}")
        note = page.wait_for_selector(f"#chart-{name} .chart-note", state="attached")
        text = note.text_content() or ""
        assert "period 2019-2022" in text or "period 2022" in text, (name, text)
        assert "reference: 9900" in text and len(text.split("·")[0].strip()) > 10, (name, text)
    contribution = page.get_attribute("#ranking-table tbody tr:first-child td:last-child",
                                      "title") or ""
    assert "contribution = weight x normalised criterion" in contribution
    assert "period 2019-2022" in contribution and "reference:" in contribution
    rank = page.get_attribute("#ranking-table tbody tr:first-child td:first-child",
                              "title") or ""
    assert "rank by score" in rank and "reference:" in rank
    context.close()
