"""The map page in a browser lists the analyst's firms that have no coordinates under the
map (loaded with htmx), counted; "fill in coordinates" opens the firm's record at its
latitude, and once saved the firm leaves the list. At phone width, in both languages."""

from __future__ import annotations

import pytest
from sqlalchemy import or_, select, update

from tests.web.test_browser import APPS, ARTIFACTS, _login, server  # noqa: F401

pytestmark = pytest.mark.browser
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


def test_map_lists_firms_without_coordinates(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from rancang.features.registry.models import Enterprise

    engine = APPS[server].state.engine  # type: ignore[attr-defined]
    e = Enterprise.__table__
    live = e.c.merged_into_id.is_(None)
    with engine.begin() as conn:
        rid, lat, lon = conn.execute(
            select(e.c.id, e.c.latitude, e.c.longitude).where(
                e.c.regency_code == "72.06", live, e.c.latitude.is_not(None))
            .order_by(e.c.id.desc()).limit(1)).one()
        conn.execute(update(e).where(e.c.id == rid).values(latitude=None, longitude=None))
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 400 else None)
    try:
        with engine.connect() as conn:
            expected = conn.execute(select(e.c.id).where(
                live, e.c.regency_code == "72.06",
                or_(e.c.latitude.is_(None), e.c.longitude.is_(None)))).scalars().all()
        _login(page, server, "analyst_own")
        for lang, title in (("en", "Firms without coordinates"),
                            ("id", "Usaha tanpa koordinat")):
            page.goto(f"{server}/map?lang={lang}")
            page.wait_for_selector("#unplaced-table")
            assert title in page.inner_text("#unplaced-title")
            assert page.inner_text("#unplaced-count") == str(len(expected))
            assert page.evaluate(OVERFLOW) <= 0
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "map-unplaced.png"), full_page=True)
        page.click(f'#unplaced-table a[href="/register/{rid}#f-latitude"]')
        page.wait_for_url(f"{server}/register/{rid}#f-latitude")
        page.fill("#f-latitude", "-2,8123")
        page.fill("#f-longitude", "121.9456")
        page.click("#save-record")
        page.wait_for_url(f"{server}/register/{rid}")
        page.goto(f"{server}/map?lang=id")
        page.wait_for_selector("#unplaced-count")
        assert page.inner_text("#unplaced-count") == str(len(expected) - 1)
        assert page.locator(f'#unplaced a[href="/register/{rid}"]').count() == 0
        with engine.connect() as conn:
            assert conn.execute(select(e.c.latitude, e.c.longitude)
                                .where(e.c.id == rid)).one() == (-2.8123, 121.9456)
        assert errors == []
    finally:
        context.close()
        with engine.begin() as conn:
            conn.execute(update(e).where(e.c.id == rid).values(latitude=lat, longitude=lon))
