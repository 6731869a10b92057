"""Every page of every feature in a real browser, for each role, in both languages, on a
phone (390 px wide): issue 12, "Figures and tests".

- The pages are found as the page-language test finds them (``page_reading``): every
  ``GET`` page route of the application, its path parameters filled from the demo data
  (after the same preparation: a drafted and frozen plan, its monitoring, a consultation,
  an AHP survey, market needs and offers), and the pages linked from them. Each role
  (administrator, analyst, viewer) walks one page per route it may open (a ``200`` HTML
  page; downloads, htmx fragments and the language switch aside).
- Each page is opened in one browser context per role and language and waited for until
  it has loaded and htmx is quiet (no request in flight), with no fixed sleep.
- A page fails on a console error or an uncaught exception, a failed request or a
  response of 500 and above, sideways scrolling (the document wider than the 390 px
  window) and a word of the other language in what the browser shows after htmx has
  filled the page (the word lists of ``page_reading``, data taken out).
- A screenshot of each page (the viewport, JPEG) goes to the folder named by
  ``RANCANG_TEST_ARTIFACTS`` (default: the test's temporary folder), under ``walk/``.

A page with a known defect too large to mend here is listed in :data:`KNOWN_DEFECTS`
with the defect named; the test fails when such a page walks clean (strict: the entry is
then to be removed).
"""

from __future__ import annotations

import html as htmllib
import os
import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI

from rancang.core.i18n import LANGS
from tests.web.conftest import Client, build_app, login
from tests.web.page_reading import (
    DataFilter,
    _seeds,
    fillers,
    foreign_words,
    page_routes,
    page_texts,
    route_pattern,
    vocabularies,
    with_lang,
)
from tests.web.test_browser import _login, _serve, aborted_icon
from tests.web.test_page_languages import consult_demo, prepare, strip  # noqa: F401

pytestmark = pytest.mark.browser

#: The roles of issue 12 and the demo user of each.
ROLE_USERS = {"admin": "admin", "analis": "analyst_own", "tamu": "viewer"}
WIDTH = 390
#: Not pages to walk: the language switch (it sets the context's language), signing out,
#: downloads (a file name, a stored attachment or evidence file) and the health check.
NOT_PAGES = re.compile(r"^/(lang/|logout|healthz$)|\.(\{fmt\}|[a-z]+)$"
                       r"|/(attachment|evidence|download)$")
#: (role, route) -> the defect the page still has (see the module's docstring).
KNOWN_DEFECTS: dict[tuple[str, str], str] = {}

OVERFLOW = "() => document.scrollingElement.scrollWidth - window.innerWidth"
# htmx's requests counted from the first script on: a page is quiet when none is in flight
COUNT_HTMX = """
window.__hxPending = 0;
document.addEventListener('htmx:beforeRequest', () => { window.__hxPending += 1; });
document.addEventListener('htmx:afterRequest', () => {
  window.__hxPending = Math.max(0, window.__hxPending - 1); });
"""
QUIET = ("() => document.readyState === 'complete' && !window.__hxPending"
         " && !document.querySelector('.htmx-request')")


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """The demo app of this module (the conftest's is replaced: this one is served)."""
    app = build_app(f"sqlite:///{tmp_path_factory.mktemp('walk') / 'walk.sqlite'}")
    yield app


def _page_urls(client: Client, routes: dict[str, list[str]],
               fill: dict[str, str]) -> dict[str, str]:
    """Route -> the first URL of it that ``client`` opens as an HTML page, following the
    links of every page reached from the filled routes (two pages of a route at most, and
    the htmx fragments they load, which are not pages of their own)."""
    patterns = [(r, route_pattern(r)) for r in routes]
    queue: list[tuple[str, bool]] = [(url, False) for url in _seeds(routes, fill)]
    found: dict[str, str] = {}
    opened: dict[str, int] = {}  # pages of a route read for links (two: another plan's)
    visited: set[tuple[str, bool]] = set()
    while queue:
        url, hx = queue.pop(0)
        parts = urlsplit(url)
        if (parts.scheme or parts.netloc or (url, hx) in visited
                or NOT_PAGES.search(parts.path)):
            continue
        route = next((r for r, p in patterns if p.match(parts.path)), None)
        if route is None or (not hx and opened.get(route, 0) >= 2):
            continue
        visited.add((url, hx))
        resp = client.http.get(url, headers={"HX-Request": "true"} if hx else {})
        if resp.status_code != 200 or "html" not in resp.headers.get("content-type", ""):
            continue
        if not hx:
            found.setdefault(route, url)
            opened[route] = opened.get(route, 0) + 1
        queue += [(htmllib.unescape(link), is_hx)
                  for link, is_hx in page_texts(resp.text, parts.path)[1]]
    return found


@pytest.fixture(scope="module")
def site(web_app: FastAPI, strip: DataFilter  # noqa: F811
         ) -> Iterator[tuple[str, dict[str, dict[str, str]]]]:
    """The served app and the pages of each role (route -> URL), after the preparation of
    the page-language test (the data to strip read before it)."""
    admin = login(web_app, "admin")
    fill = {**fillers(admin, "id"), **prepare(web_app, admin)}
    routes = page_routes(web_app)
    pages = {role: _page_urls(login(web_app, user), routes, fill)
             for role, user in ROLE_USERS.items()}
    for url in _serve(web_app):
        yield url, pages


@pytest.fixture(scope="module")
def vocab() -> dict[str, set[str]]:
    return vocabularies()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("RANCANG_TEST_ARTIFACTS") or tmp_path_factory.mktemp("art"))
    (folder / "walk").mkdir(parents=True, exist_ok=True)
    return folder / "walk"


def test_the_walk_reaches_the_pages_of_every_feature(
        site: tuple[str, dict[str, dict[str, str]]], web_app: FastAPI) -> None:
    """The administrator reaches every page route (downloads, the language switch and the
    health check aside); the viewer fewer pages than the analyst, the analyst fewer than
    the administrator."""
    _, pages = site
    routes = [r for r in page_routes(web_app) if not NOT_PAGES.search(r)]
    assert len(routes) > 50
    assert [r for r in routes if r not in pages["admin"]] == []
    assert len(pages["tamu"]) < len(pages["analis"]) < len(pages["admin"])


def _watch(page, note: Callable[[str], None]) -> None:  # type: ignore[no-untyped-def]
    """Note each console error, uncaught exception, failed request and 5xx of ``page``."""
    page.on("pageerror", lambda e: note(f"exception: {e}"))
    page.on("console", lambda m: note(f"console: {m.text}") if m.type == "error" else None)
    page.on("requestfailed", lambda r: None if aborted_icon(r.url, r.failure)
            else note(f"failed: {r.url} {r.failure}"))
    page.on("response", lambda r: note(f"{r.status}: {r.url}") if r.status >= 500 else None)


def _inspect(page, path: str, lang: str, vocab: dict[str, set[str]],  # type: ignore[no-untyped-def]
             data: DataFilter, note: Callable[[str], None]) -> None:
    """Note sideways scrolling and words of the other language on the page as shown."""
    wider = page.evaluate(OVERFLOW)
    if wider > 1:
        note(f"scrolls sideways by {wider} px")
    found = foreign_words(page_texts(page.content(), path)[0], lang, vocab, data)
    if found:
        note(f"words of the other language: {found}")


def _keep_screenshot(page: object, path: Path) -> None:
    """The page's screenshot for the people reading the artifacts (not a check): Chromium
    on a crowded machine sometimes answers "Unable to capture screenshot" once, so it is
    asked twice, and a second refusal is reported as a warning instead of failing a walk
    whose checks all passed."""
    from playwright.sync_api import Error

    for attempt in range(2):
        try:
            page.screenshot(path=str(path), type="jpeg", quality=40)  # type: ignore[attr-defined]
            return
        except Error as exc:
            if attempt:
                warnings.warn(f"no screenshot of {path.name}: {exc.message}", stacklevel=2)
            else:
                page.wait_for_timeout(500)  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("role", list(ROLE_USERS))
def test_every_page_on_a_phone(browser, site: tuple[str, dict[str, dict[str, str]]],
                               vocab: dict[str, set[str]], strip: DataFilter,  # noqa: F811
                               artifacts: Path, role: str, lang: str) -> None:
    server, pages = site
    context = browser.new_context(viewport={"width": WIDTH, "height": 844})
    context.add_init_script(COUNT_HTMX)
    page = context.new_page()
    current: list[str] = [""]
    problems: dict[str, list[str]] = {}

    def note(text: str) -> None:
        problems.setdefault(current[0], []).append(text)

    _watch(page, note)
    try:
        _login(page, server, ROLE_USERS[role])
        for route, url in pages[role].items():
            current[0] = route
            page.goto(f"{server}{with_lang(url, lang)}", wait_until="load")
            if not page.evaluate(QUIET):  # most pages are quiet once loaded
                page.wait_for_function(QUIET, timeout=20000)
            _inspect(page, urlsplit(url).path, lang, vocab, strip, note)
            slug = re.sub(r"[^\w-]+", "_", route.strip("/")) or "home"
            _keep_screenshot(page, artifacts / f"{role}-{lang}-{slug}.jpg")
    finally:
        context.close()
    known = {r: why for (who, r), why in KNOWN_DEFECTS.items() if who == role}
    unexpected = {r: p for r, p in problems.items() if r not in known}
    mended = [f"{r} ({why})" for r, why in known.items()
              if r in pages[role] and r not in problems]
    assert not unexpected, "\n".join(f"{r}: {p}" for r, p in unexpected.items())
    assert not mended, f"known defects no longer seen (remove them): {mended}"


def test_the_walk_catches_planted_defects(browser, site: tuple[str, dict[str, dict[str, str]]],
                                          vocab: dict[str, set[str]],
                                          strip: DataFilter) -> None:  # noqa: F811
    """The checks of the walk see each defect planted in a clean page (after it loaded):
    a console error, an exception, a failed request, a 503, a table wider than the phone, an
    English word in an Indonesian page; the clean page itself passes."""
    server, _ = site
    context = browser.new_context(viewport={"width": WIDTH, "height": 844})
    page = context.new_page()
    seen: list[str] = []
    _watch(page, seen.append)
    try:
        _login(page, server, "viewer")
        page.route("**/planted/lost", lambda r: r.abort())
        page.route("**/planted/broken", lambda r: r.fulfill(status=503, body="planted"))
        page.goto(f"{server}/?lang=id", wait_until="load")
        _inspect(page, "/", "id", vocab, strip, seen.append)
        assert seen == []
        page.evaluate("""async () => {
            console.error('planted');
            setTimeout(() => { throw new Error('planted'); });
            const t = document.createElement('table');
            t.innerHTML = '<tr><td style="min-width: 900px">Download</td></tr>';
            document.querySelector('main').appendChild(t);
            try { await fetch('/planted/lost'); } catch (e) { /* noted by the walk */ }
            await fetch('/planted/broken');
        }""")
        page.wait_for_function("() => true")  # the planted exception's task has run
        _inspect(page, "/", "id", vocab, strip, seen.append)
    finally:
        context.close()
    kinds = {s.split(":")[0].split(" ")[0] for s in seen}
    assert kinds == {"console", "exception", "failed", "503", "scrolls", "words"}, seen
    assert any("'download'" in s for s in seen), seen
