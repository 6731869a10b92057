"""The diversification, targets and input-output pages (and the dashboard and map they
sit beside) in a real browser, at 1280 px and on a phone (390 px): charts drawn, no
JavaScript error, no failed request, no sideways scrolling at 390 px, axis numbers in the
page's language. Screenshots in ``test-artifacts/pages/``."""

from __future__ import annotations

import re

import pytest

from tests.web.browsing import (
    RANKING_CHART,
    send_context,
    set_weight,
    signed_in,
    watch_errors,
)
from tests.web.test_browser import ARTIFACTS, server  # noqa: F401

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
    folder = ARTIFACTS / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    with signed_in(browser, server, "analyst_own",
                   viewport={"width": width, "height": 900}) as page:
        errors = watch_errors(page)
        for name, (url, ready) in PAGES.items():
            page.goto(f"{server}{url}&lang={lang}" if "?" in url
                      else f"{server}{url}?lang={lang}")
            page.wait_for_selector(ready, timeout=20000)
            page.wait_for_timeout(300)  # chart animation and layout
            if width <= 400:
                assert page.evaluate(OVERFLOW) <= 0, f"{name} scrolls sideways at {width} px"
            page.screenshot(path=str(folder / f"{name}-{lang}-{width}.png"), full_page=True)
        assert errors == []


def test_axis_numbers_in_the_page_language(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The level axis of the targets page reads ``10.000`` on an Indonesian page and
    ``10,000`` on an English one (the value axes go through charts.js)."""
    with signed_in(browser, server, "analyst_own") as page:
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


def test_dashboard_weights_live_in_the_url(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Changing a weight writes it into the address; changing the period afterwards keeps
    the weights (a view can be shared)."""
    with signed_in(browser, server, "viewer") as page:
        page.goto(f"{server}/region/1/9903")
        page.wait_for_selector(RANKING_CHART)
        set_weight(page, "w_share", "0.9")
        send_context(page, start="2015")
        assert "w_share=0.9" in page.url and "start=2015" in page.url
        assert page.input_value("#w_share") == "0.90"
