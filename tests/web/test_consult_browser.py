"""The facilitator's capture page in a browser: the network is cut in the middle of the
FGD (``context.set_offline``), inputs keep being recorded on the device, and when the
network is back every one of them reaches the database, once."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.web.test_browser import APPS, ARTIFACTS, _login, server  # noqa: F401

pytestmark = pytest.mark.browser


def _stored(engine, event_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    from rancang.features.consult.models import ConsultInput

    t = ConsultInput.__table__
    with engine.connect() as conn:
        return sorted(conn.execute(select(t.c.text).where(t.c.event_id == event_id))
                      .scalars())


def test_capture_survives_a_network_cut(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import create_event
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.versions import freeze

    engine = APPS[server].state.engine  # type: ignore[attr-defined]
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025)
    freeze(engine, CLI_ACTOR, plan.id, "v0.1")
    from datetime import date

    event = create_event(engine, CLI_ACTOR, plan.id, version="v0.1", title="FGD luring",
                         held_on=date(2026, 5, 12), place="Aula")
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        _login(page, server, "analyst_own")
        page.goto(f"{server}/consult/events/{event.id}/capture")

        def add(text: str) -> None:
            page.fill("#c-name", "Peserta")
            page.select_option("#c-section", "visi.visi_misi")
            page.fill("#c-text", text)
            page.click("#c-add")

        add("Masukan sebelum putus")
        page.wait_for_function("() => document.getElementById('pending').textContent === '0'"
                               " && document.getElementById('sent').textContent === '1'")
        context.set_offline(True)
        for k in range(1, 4):
            add(f"Masukan saat luring {k}")
        page.wait_for_function("() => document.getElementById('pending').textContent === '3'")
        assert page.inner_text("#net-state") != "Tersambung"
        page.wait_for_timeout(3500)  # a retry runs while offline: nothing is lost
        assert page.inner_text("#pending") == "3"
        # what waits to be sent is listed, its section by number and title, to check
        waiting = page.inner_text("#pending-list")
        assert [f"Masukan saat luring {k}" in waiting for k in range(1, 4)] == [True] * 3
        assert "III.1 Visi dan Misi" in waiting and "visi.visi_misi" not in waiting
        assert _stored(engine, event.id) == ["Masukan sebelum putus"]
        context.set_offline(False)
        page.wait_for_function("() => document.getElementById('pending').textContent === '0'",
                               timeout=15000)
        assert _stored(engine, event.id) == sorted(
            ["Masukan sebelum putus"] + [f"Masukan saat luring {k}" for k in range(1, 4)])
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "consult-capture.png"))
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


FORGOTTEN = """async () => (await caches.keys()).length === 0
    && (await navigator.serviceWorker.getRegistrations()).length === 0"""


def _ready(path: str) -> str:
    return f"""async () => {{
    const r = await navigator.serviceWorker.getRegistration("{path}");
    return Boolean(r && r.active && await caches.match("{path}"));
}}"""


def _until(page, check: str, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Poll an async check in the page until it is true (``wait_for_function`` does not
    wait for a promise)."""
    import time

    end = time.monotonic() + timeout
    while not page.evaluate(check):
        assert time.monotonic() < end, f"not true in {timeout} s: {check}"
        page.wait_for_timeout(200)


def test_capture_page_opens_again_without_network(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The service worker keeps the capture page and its static files: the page is
    opened online, the network drops, the page is reloaded and comes from the device, an
    input typed then waits in the queue and reaches the server when the network is back.
    Other pages of the worker's scope (the event's page) are never kept."""
    from datetime import date

    from playwright.sync_api import Error as PlaywrightError

    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import create_event
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.versions import freeze

    engine = APPS[server].state.engine  # type: ignore[attr-defined]
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025)
    freeze(engine, CLI_ACTOR, plan.id, "v0.1")
    event = create_event(engine, CLI_ACTOR, plan.id, version="v0.1", title="FGD tanpa sinyal",
                         held_on=date(2026, 5, 13), place="Balai desa")
    capture_path = f"/consult/events/{event.id}/capture"
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        _login(page, server, "analyst_own")
        page.goto(f"{server}/consult/events/{event.id}")  # in the scope, not a capture page
        page.goto(f"{server}{capture_path}")
        _until(page, _ready(capture_path))
        page.goto(f"{server}/consult/events/{event.id}")
        page.goto(f"{server}{capture_path}")
        paths = {k.split(" ", 1)[1] for k in page.evaluate(KEPT)}
        assert {capture_path, "/static/consult/capture.js", "/static/app.js",
                "/static/app.css"} <= paths, paths
        assert all(p == capture_path or p.startswith("/static/") for p in paths), paths

        context.set_offline(True)
        page.reload()
        page.wait_for_selector("#c-text")
        assert page.inner_text("#net-state") != "Tersambung"
        probe = context.new_page()
        with pytest.raises(PlaywrightError):
            probe.goto(f"{server}/consult/events/{event.id}")  # not kept, not shown
        probe.close()
        page.fill("#c-name", "Peserta luring")
        page.select_option("#c-section", "visi.visi_misi")
        page.fill("#c-text", "Masukan setelah halaman dibuka ulang tanpa jaringan")
        page.click("#c-add")
        page.wait_for_function("() => document.getElementById('pending').textContent === '1'")
        page.wait_for_timeout(3500)  # a retry runs while offline: nothing is lost
        assert page.inner_text("#pending") == "1" and _stored(engine, event.id) == []
        context.set_offline(False)
        page.wait_for_function("() => document.getElementById('pending').textContent === '0'",
                               timeout=20000)
        assert _stored(engine, event.id) == [
            "Masukan setelah halaman dibuka ulang tanpa jaringan"]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "consult-capture-reopened-offline.png"))
        # signing out deletes what the worker kept and the worker itself
        page.click("#logout")
        page.wait_for_url(f"{server}/login")
        _until(page, FORGOTTEN, 10)
        context.set_offline(True)
        with pytest.raises(PlaywrightError):
            page.goto(f"{server}{capture_path}")
        assert errors == []
    finally:
        context.close()
