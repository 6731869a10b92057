"""What the browser tests do again and again, in one place: a signed-in tab that closes
itself, the errors a page shows, the address's query, and the dashboard's two forms (a
weight changed live, the reference and the period sent)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.web.test_browser import _login, aborted_icon

#: The dashboard's forms: the reference and the period, and the live weights.
CONTEXT_FORM = "#context-form"
RANKING_CHART = "#chart-ranking canvas"


@contextmanager
def signed_in(browser: Any, server: str, username: str, **context: Any) -> Iterator[Any]:
    """A page of a new browser context signed in as ``username`` (``context``: the
    context's options, e.g. ``viewport``); the context is closed on leaving."""
    ctx = browser.new_context(**context)
    try:
        page = ctx.new_page()
        _login(page, server, username)
        yield page
    finally:
        ctx.close()


def watch_errors(page: Any) -> list[str]:
    """The list the page's errors go to as they happen: a JavaScript error, a console
    error, a failed request (but the aborted icon request) and a 5xx answer."""
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}")
            if m.type == "error" else None)
    page.on("requestfailed", lambda r: None if aborted_icon(r.url, r.failure)
            else errors.append(f"failed {r.url}"))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 500 else None)
    return errors


def query_of(url: str) -> dict[str, str]:
    """The query of ``url``, the last value of each name."""
    return {k: v[-1] for k, v in parse_qs(urlsplit(url).query).items()}


def set_weight(page: Any, field: str, value: str) -> None:
    """Change one weight of the dashboard's ranking as a reader does (typed, then changed):
    waits until the ranking says it used new weights and the address carries it."""
    before = page.inner_text("#weights-used")
    page.fill(f"#{field}", value)
    page.dispatch_event(f"#{field}", "change")
    page.wait_for_function(
        "(b) => document.querySelector('#weights-used').innerText !== b", arg=before)
    page.wait_for_function(f"() => location.search.includes('{field}={value}')")


def send_context(page: Any, **choices: str) -> None:
    """Choose values in the dashboard's reference and period form (``start="2015"``) and
    send it: waits for the new page's ranking chart."""
    for name, value in choices.items():
        page.select_option(f"{CONTEXT_FORM} select[name={name}]", value)
    page.click(f"{CONTEXT_FORM} button[type=submit]")
    page.wait_for_load_state()
    page.wait_for_selector(RANKING_CHART)
