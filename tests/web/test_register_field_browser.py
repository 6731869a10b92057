"""The field officer's phone form in a browser at 390 px: the network is cut
(``context.set_offline``), records keep being saved on the phone, nothing reaches the
database until the network is back, then every record arrives once; a record the server
refuses comes back into the form with the message next to its field."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.web.test_browser import APPS, ARTIFACTS, _login, server  # noqa: F401

pytestmark = pytest.mark.browser
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


def _names(engine, prefix: str) -> list[str]:  # type: ignore[no-untyped-def]
    from rancang.features.registry.models import Enterprise

    e = Enterprise.__table__
    with engine.connect() as conn:
        return sorted(conn.execute(select(e.c.name).where(e.c.name.like(f"{prefix}%")))
                      .scalars())


def _count_is(n: int) -> str:
    return f"() => document.getElementById('pending').textContent === '{n}'"


def test_phone_form_survives_a_network_cut(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    engine = APPS[server].state.engine  # type: ignore[attr-defined]
    context = browser.new_context(viewport={"width": 390, "height": 844},
                                  geolocation={"latitude": -2.5123, "longitude": 121.9456},
                                  permissions=["geolocation"])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 500 else None)
    try:
        _login(page, server, "analyst_own")
        page.goto(f"{server}/register/field?lang=id")
        assert page.evaluate(OVERFLOW) <= 0

        def add(name: str, kbli: str = "10794", gps: bool = False) -> None:
            page.fill("#f-name", name)
            page.fill("#f-village_code", "72.06.05.1014")
            page.fill("#f-kbli", kbli)
            page.fill("#f-workers_women", "3")
            if gps:
                page.click("#f-gps")
                page.wait_for_function(
                    "() => document.getElementById('f-latitude').value !== ''")
            page.click("#f-save")

        add("Lapangan Sebelum Putus", gps=True)
        page.wait_for_function("() => document.getElementById('sent').textContent === '1'")
        assert _names(engine, "Lapangan") == ["Lapangan Sebelum Putus"]
        context.set_offline(True)
        for k in range(1, 4):
            add(f"Lapangan Luring {k}")
        page.wait_for_function(_count_is(3))
        assert "Tanpa jaringan" in page.inner_text("#net-state")
        page.wait_for_timeout(3500)  # a retry runs while offline: nothing is lost
        assert page.inner_text("#pending") == "3"
        add("Lapangan Luring Salah", kbli="99999")
        page.wait_for_function(_count_is(4))
        assert _names(engine, "Lapangan") == ["Lapangan Sebelum Putus"]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "register-field-offline.png"), full_page=True)
        context.set_offline(False)
        page.wait_for_function(_count_is(0), timeout=20000)
        assert _names(engine, "Lapangan") == sorted(
            ["Lapangan Sebelum Putus"] + [f"Lapangan Luring {k}" for k in range(1, 4)])
        # the refused one is listed; "Perbaiki" puts it back with the message at its field
        page.wait_for_selector("#refused li")
        page.click("#refused li button")
        assert page.input_value("#f-name") == "Lapangan Luring Salah"
        assert page.is_visible("#e-kbli") and page.get_attribute(
            "#f-kbli", "aria-invalid") == "true"
        page.fill("#f-kbli", "10794")
        page.click("#f-save")
        page.wait_for_function("() => document.getElementById('sent').textContent === '5'")
        assert len(_names(engine, "Lapangan")) == 5
        assert page.evaluate(OVERFLOW) <= 0
        page.screenshot(path=str(ARTIFACTS / "register-field-sent.png"), full_page=True)
        assert errors == []
    finally:
        context.close()
