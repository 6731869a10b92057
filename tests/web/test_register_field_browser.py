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


KEPT = """async () => {
    const out = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const r of await cache.keys()) out.push(name + " " + new URL(r.url).pathname);
    }
    return out;
}"""
READY = """async () => {
    const r = await navigator.serviceWorker.getRegistration("/register/field");
    return Boolean(r && r.active && await caches.match("/register/field"));
}"""
FORGOTTEN = """async () => (await caches.keys()).length === 0
    && (await navigator.serviceWorker.getRegistrations()).length === 0"""


def _until(page, check: str, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Poll an async check in the page until it is true (``wait_for_function`` does not
    wait for a promise)."""
    import time

    end = time.monotonic() + timeout
    while not page.evaluate(check):
        assert time.monotonic() < end, f"not true in {timeout} s: {check}"
        page.wait_for_timeout(200)


def test_phone_form_opens_again_without_network(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The service worker keeps the form page and its static files (and nothing else):
    reloaded offline, the form opens from the phone, a record is kept and sent when the
    network is back, also after the session ended meanwhile (the kept page's CSRF token is
    stale: the token is asked for again); signing out leaves no cache and no worker."""
    from playwright.sync_api import Error as PlaywrightError

    from rancang.features.accounts.routes import SESSION_COOKIE
    from rancang.features.accounts.sessions import end_session

    engine = APPS[server].state.engine  # type: ignore[attr-defined]
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 500 else None)

    def add(name: str) -> None:
        page.fill("#f-name", name)
        page.fill("#f-village_code", "72.06.05.1014")
        page.fill("#f-kbli", "10794")
        page.click("#f-save")

    try:
        _login(page, server, "analyst_own")
        page.goto(f"{server}/register/field?lang=id")
        _until(page, READY)
        # confidential pages seen online are outside the worker's scope: never kept
        page.goto(f"{server}/register")
        record = page.get_attribute("#register-table tbody a", "href")
        page.goto(f"{server}{record}")
        page.goto(f"{server}/register/field?lang=id")
        kept = page.evaluate(KEPT)
        paths = {k.split(" ", 1)[1] for k in kept}
        assert all(k.startswith("rancang-field-v1 ") for k in kept), kept
        assert {"/register/field", "/static/registry/field.js", "/static/app.js",
                "/static/app.css"} <= paths, paths
        assert all(p == "/register/field" or p.startswith("/static/") for p in paths), paths

        context.set_offline(True)
        page.reload()
        page.wait_for_selector("#f-name")
        assert "Tanpa jaringan" in page.inner_text("#net-state")
        assert page.evaluate(OVERFLOW) <= 0
        # the page comes from the phone, not the server (which would answer in English)
        page.goto(f"{server}/register/field?lang=en")
        assert page.get_attribute("html", "lang") == "id" and page.is_visible("#f-name")
        probe = context.new_page()
        with pytest.raises(PlaywrightError):
            probe.goto(f"{server}{record}")  # a firm's record: not kept, not shown
        probe.close()
        page.goto(f"{server}/register/field?lang=id")
        add("Luring Dibuka Lagi")
        page.wait_for_function(_count_is(1))
        page.wait_for_timeout(3500)  # a retry runs while offline: nothing is lost
        assert page.inner_text("#pending") == "1" and _names(engine, "Luring Dibuka") == []
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "register-field-reopened-offline.png"),
                        full_page=True)
        context.set_offline(False)
        page.wait_for_function(_count_is(0), timeout=20000)
        assert page.inner_text("#sent") == "1"
        assert _names(engine, "Luring Dibuka") == ["Luring Dibuka Lagi"]

        # offline again; meanwhile the session ends on the server
        context.set_offline(True)
        page.reload()
        page.wait_for_selector("#f-name")
        add("Luring Sesi Baru")
        page.wait_for_function(_count_is(1))
        token = next(c["value"] for c in context.cookies() if c["name"] == SESSION_COOKIE)
        end_session(engine, token)
        context.set_offline(False)
        page.wait_for_function(
            "() => document.getElementById('field-note').textContent.includes('Sesi berakhir')",
            timeout=20000)
        assert page.inner_text("#pending") == "1" and _names(engine, "Luring Sesi") == []
        # signed in again (another tab): the kept page sends with the new session's token
        other = context.new_page()
        _login(other, server, "analyst_own")
        page.wait_for_function(_count_is(0), timeout=20000)
        assert _names(engine, "Luring Sesi") == ["Luring Sesi Baru"]
        other.close()

        # signing out deletes what the worker kept and the worker itself
        page.goto(f"{server}/register/field?lang=id")
        _until(page, READY)
        page.click("#logout")
        page.wait_for_url(f"{server}/login")
        _until(page, FORGOTTEN, 10)
        context.set_offline(True)
        with pytest.raises(PlaywrightError):
            page.goto(f"{server}/register/field?lang=id")
        assert errors == []
    finally:
        context.close()
