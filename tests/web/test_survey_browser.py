"""The AHP survey form in a real browser (Debian chromium): a participant opens their
personal link, chooses the judgments, sees the consistency ratio live and the judgment to
revisit, sends the answer; the CR the page computed equals the server's (the Python value
that counts). At 1280 and 390 px wide, without sideways scrolling; screenshots in
``test-artifacts/``. Also the ranking and siting pages draw without a console error."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.web.conftest import CENTROIDS
from tests.web.test_browser import APPS, ARTIFACTS, _login, server  # noqa: F401

pytestmark = pytest.mark.browser

#: Upper triangle of four criteria: inconsistent first (a > b > c but c > a), then fixed.
INCONSISTENT = {"j_0_1": "5", "j_0_2": "7", "j_0_3": "1/7", "j_1_2": "3", "j_1_3": "1/5",
                "j_2_3": "1/3"}


def _survey(url: str) -> list[str]:
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db.base import utcnow
    from rancang.features.decide.survey import Criterion, create_survey, get_survey

    engine = APPS[url].state.engine  # type: ignore[attr-defined]
    sid = create_survey(engine, CLI_ACTOR, region="72.06", title="Survei peramban",
                        criteria=[Criterion("slq", "Keunggulan saat ini", "LQ"),
                                  Criterion("growth", "Pertumbuhan", "CAGR"),
                                  Criterion("share", "Peran dalam ekonomi", "pangsa"),
                                  Criterion("jobs", "Tenaga kerja", "orang")],
                        participants=[("Ani", "Dinas"), ("Budi", "Bappeda")],
                        deadline=utcnow() + timedelta(days=2))
    return [p.token for p in get_survey(engine, CLI_ACTOR, sid).participants]


def _no_overflow(page) -> bool:  # type: ignore[no-untyped-def]
    return bool(page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))


@pytest.mark.parametrize("width", [1280, 390])
def test_live_consistency_equals_the_servers(browser, server: str,  # type: ignore[no-untyped-def]  # noqa: F811
                                             width: int) -> None:
    tokens = _survey(server)
    token = tokens[0] if width == 1280 else tokens[1]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(r.url) if r.status >= 400 else None)
    try:
        page.goto(f"{server}/survey/{token}?lang=id")
        page.wait_for_selector("#live-cr")
        assert float(page.get_attribute("#live-cr", "data-cr") or "nan") == 0.0
        for name, value in INCONSISTENT.items():
            page.select_option(f"#{name}", value)
        live = float(page.get_attribute("#live-cr", "data-cr") or "nan")
        assert live > 0.10
        assert page.is_visible("#live-bad") and not page.is_visible("#live-ok")
        revisit = page.get_attribute("#live-bad", "data-pair")
        assert page.get_attribute(f"#pair-{revisit}", "class") == "pair revisit"
        assert "tinjau" in page.inner_text("#live-bad")
        assert _no_overflow(page)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"survey-form-inconsistent-{width}.png"),
                        full_page=True)
        # revise the judgment named, as suggested: the answer becomes consistent
        page.select_option("#j_0_3", "3")
        page.select_option("#j_1_3", "1")
        page.select_option("#j_2_3", "1/2")
        live = float(page.get_attribute("#live-cr", "data-cr") or "nan")
        assert live <= 0.10 and page.is_visible("#live-ok")
        page.click("#send")
        page.wait_for_selector("#server-cr")
        server_cr = float(page.get_attribute("#server-cr", "data-cr") or "nan")
        assert live == pytest.approx(server_cr, abs=1e-9)
        assert _no_overflow(page)
        page.screenshot(path=str(ARTIFACTS / f"survey-form-sent-{width}.png"), full_page=True)
        # the link takes no second answer
        page.goto(f"{server}/survey/{token}")
        assert page.is_visible("#done")
        assert not errors, errors
    finally:
        context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_survey_rank_and_siting_pages_draw(browser, server: str,  # type: ignore[no-untyped-def]  # noqa: F811
                                           width: int) -> None:
    from rancang.features.decide.demo import demo_survey

    sid = demo_survey(APPS[server].state.engine)  # type: ignore[attr-defined]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(r.url) if r.status >= 400 else None)
    try:
        _login(page, server, "analyst_own")
        pages = [("survey", f"/decide/surveys/{sid}", "#group-weights"),
                 ("rank", f"/decide/rank?survey={sid}&method=promethee&a=C&b=A",
                  "#rank-chart canvas")]
        if CENTROIDS.is_file():
            pages.append(("siting", "/siting?regency=72.06", "#map canvas"))
        for name, path, ready in pages:
            page.goto(f"{server}{path}")
            page.wait_for_selector(ready)
            page.screenshot(path=str(ARTIFACTS / f"decide-{name}-{width}.png"), full_page=True)
            if not _no_overflow(page):
                errors.append(f"{name}: wider than {width} px")
        assert not errors, errors
    finally:
        context.close()
