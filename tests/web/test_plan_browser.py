"""The plan in a browser: create a plan, draft it from the stored dataset, write a
section in the editor, see its state, the generated table and its charts (screenshots in
``test-artifacts/``)."""

from __future__ import annotations

import pytest

from tests.web.test_browser import ARTIFACTS, _login, server  # noqa: F401

pytestmark = pytest.mark.browser


def test_plan_editor(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_page()  # type: ignore[attr-defined]
    try:
        _login(page, server, "analyst_own")
        page.click("#nav-plans")
        page.fill("#f-region", "72.06")
        page.fill("#f-start", "2025")
        page.fill("#f-name", "Morowali")
        page.click("#create-plan")
        page.wait_for_selector("#outline")
        page.fill("#f-region-data", "9903")
        page.click("#draft")
        page.wait_for_selector("#outline td.state-generated")
        page.click("#outline tr[data-key='kondisi.sektor_basis'] a")
        page.wait_for_selector("table[data-table='leading.lq']")
        assert "unggulan" in page.inner_text("table[data-table='leading.lq']")
        # the document's charts drawn on the page (ECharts on a canvas)
        for chart in ("leading.lq_chart", "leading.klassen_chart"):
            page.wait_for_selector(f"figure[data-chart='{chart}'] .chart[data-drawn='1'] canvas")
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("figure[data-chart='leading.lq_chart']").screenshot(
            path=str(ARTIFACTS / "plan-section-chart.png"))
        page.fill("#f-text", "Sektor basis dibahas dalam FGD pertama.")
        page.click("#save-section")
        page.wait_for_selector("#section-state")
        assert page.inner_text("#section-state") == "disunting"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "plan-section.png"), full_page=False)
        page.click("text=Kembali ke rencana")
        row = page.inner_text("#outline tr[data-key='kondisi.sektor_basis']")
        assert "disunting" in row
        page.screenshot(path=str(ARTIFACTS / "plan-outline.png"), full_page=False)
        # on a phone the section's long reference code wraps (the browser walk found the
        # page scrolling sideways at 390 px)
        section = page.url.split("/sections/")[0] + "/sections/pendahuluan.dasar_hukum"
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(section)
        page.wait_for_selector("#f-text")
        assert page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth") <= 0
    finally:
        page.close()
