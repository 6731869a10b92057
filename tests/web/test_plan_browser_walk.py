"""The plan page in a browser at 1280 px, as the walk found it: the page never scrolls
sideways (the editable tables scroll inside their card), an action's text is not cut
in its input, and the targets an action serves read as indicator names."""

from __future__ import annotations

import pytest

from tests.web.test_browser import _login, server  # noqa: F401

pytestmark = pytest.mark.browser

LONG = "Kajian kelayakan industri hilir nikel dan baja tahan karat di kawasan"


def test_plan_page_fits_1280(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
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
        row = "#actions-table tr.new-row"
        page.fill(f"{row} input[name=a_key]", "A1.1")
        page.select_option(f"{row} select[name=a_group]", index=1)
        page.fill(f"{row} input[name=a_strategy_key]", "S1")
        page.fill(f"{row} input[name=a_programme_key]", "P1")
        page.fill(f"{row} input[name=a_action]", LONG)
        page.fill(f"{row} input[name=a_targets]", "industry_share")
        page.click("#actions-save")
        page.wait_for_selector("#actions-table tr[data-key='A1.1']")
        assert page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth") <= 0
        cut = page.evaluate(
            "() => { const i = document.querySelector(\"tr[data-key='A1.1'] "
            "input[name=a_action]\"); return i.scrollWidth - i.clientWidth; }")
        assert cut <= 0, cut
        names = page.inner_text("tr[data-key='A1.1'] .target-names")
        assert "industry_share" not in names and "Kontribusi industri" in names
    finally:
        page.close()
