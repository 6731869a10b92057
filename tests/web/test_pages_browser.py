"""The diversification, targets and input-output pages (and the dashboard and map they
sit beside) in a real browser, at 1280 px and on a phone (390 px): charts drawn, no
JavaScript error, no failed request, no sideways scrolling at 390 px, axis numbers in the
page's language. Screenshots in ``test-artifacts/pages/``."""

from __future__ import annotations

import re

import pytest

from tests.web.test_browser import ARTIFACTS, _login, aborted_icon, server  # noqa: F401

pytestmark = pytest.mark.browser

PAGES = {
    "complexity": ("/complexity/1?region=9903", "#chart-eci canvas"),
    "targets": ("/targets/1?region=9903", "#chart-share canvas"),
    "io-list": ("/io", "#io-tables"),
    "io": ("/io/demo?dataset=1&region=9903&method=flq&delta=0.3", "#chart-linkages canvas"),
    "dashboard": ("/region/1/9903", "#chart-quadrant canvas"),
    "map": ("/map?dataset=1", "#map-table"),
    "rank": ("/decide/rank?dataset=1&region=9903", "#rank-chart canvas"),
    "siting": ("/siting?regency=72.06", "#siting-chart canvas"),
}
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_pages_at_desktop_and_phone_width(browser, server: str, width: int,  # type: ignore[no-untyped-def]  # noqa: F811
                                          lang: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}")
            if m.type == "error" else None)
    page.on("requestfailed", lambda r: None if aborted_icon(r.url, r.failure)
            else errors.append(f"failed {r.url}"))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 500 else None)
    folder = ARTIFACTS / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _login(page, server, "analyst_own")
        for name, (url, ready) in PAGES.items():
            page.goto(f"{server}{url}&lang={lang}" if "?" in url
                      else f"{server}{url}?lang={lang}")
            page.wait_for_selector(ready, timeout=20000)
            page.wait_for_timeout(300)  # chart animation and layout
            if width <= 400:
                assert page.evaluate(OVERFLOW) <= 0, f"{name} scrolls sideways at {width} px"
            page.screenshot(path=str(folder / f"{name}-{lang}-{width}.png"), full_page=True)
        assert errors == []
    finally:
        context.close()


def test_axis_numbers_in_the_page_language(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The level axis of the targets page reads ``10.000`` on an Indonesian page and
    ``10,000`` on an English one (the value axes go through charts.js)."""
    page = browser.new_page()
    try:
        _login(page, server, "analyst_own")
        for lang, pattern in (("id", r"^\d{1,3}(\.\d{3})+$"), ("en", r"^\d{1,3}(,\d{3})+$")):
            page.goto(f"{server}/targets/1?region=9903&lang={lang}")
            page.wait_for_selector("#chart-level canvas")
            labels = page.evaluate("""() => {
                const chart = echarts.getInstanceByDom(document.getElementById('chart-level'));
                const axis = chart.getModel().getComponent('yAxis', 0).axis;
                const fmt = chart.getOption().yAxis[0].axisLabel.formatter;
                return axis.scale.getTicks().map(t => fmt(t.value));
            }""")
            big = [s for s in labels if len(re.sub(r"\D", "", s)) >= 5]
            assert big and all(re.match(pattern, s) for s in big), (lang, labels)
    finally:
        page.close()


def test_dashboard_weights_live_in_the_url(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Changing a weight writes it into the address; changing the period afterwards keeps
    the weights (a view can be shared)."""
    page = browser.new_page()
    try:
        _login(page, server, "viewer")
        page.goto(f"{server}/region/1/9903")
        page.wait_for_selector("#chart-ranking canvas")
        before = page.inner_text("#weights-used")
        page.fill("#w_share", "0.9")
        page.dispatch_event("#w_share", "change")
        page.wait_for_function(
            "(b) => document.querySelector('#weights-used').innerText !== b", arg=before)
        page.wait_for_function("() => location.search.includes('w_share=0.9')")
        page.select_option("#context-form select[name=start]", "2015")
        page.click("#context-form button[type=submit]")
        page.wait_for_load_state()
        page.wait_for_selector("#chart-ranking canvas")
        assert "w_share=0.9" in page.url and "start=2015" in page.url
        assert page.input_value("#w_share") == "0.90"
    finally:
        page.close()
