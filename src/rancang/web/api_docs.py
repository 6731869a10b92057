"""The API documentation in the reader's language: ``/api/openapi.json`` and ``/api/docs``
(Swagger UI) take ``?lang=`` like every page (Indonesian by default). The title, the
introduction, the groups and one line per operation come from the catalogue
(:mod:`rancang.core.api_words`); the English document keeps each route's docstring below
its line. The page carries a way back to the app and to the other language."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from markupsafe import escape

from rancang.core.i18n import LANGS, current_language, has, pick, text
from rancang.web.render import static_url

_LOCK = threading.Lock()


def operation_key(method: str, path: str) -> str:
    """The catalogue key of an operation's line.

    >>> operation_key("get", "/api/v1/me")
    'api.op.GET /api/v1/me'
    """
    return f"api.op.{method.upper()} {path}"


def localised_openapi(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    """A copy of the OpenAPI document ``doc`` with its words in ``lang``: title,
    introduction, each group's (tag's) name as description, each operation's summary
    (and, in English, the route's docstring below it)."""
    out = copy.deepcopy(doc)
    out["info"]["title"] = text("api.title", lang)
    out["info"]["description"] = text("api.description", lang)
    tags: list[str] = []
    for path, item in out.get("paths", {}).items():
        for method, op in item.items():
            key = operation_key(method, path)
            tags += [t for t in op.get("tags", []) if t not in tags]
            if not has(key):
                continue
            line = text(key, lang)
            details = pick(("", op.get("description") or ""), lang)
            op["summary"] = line
            op["description"] = f"{line}\n\n{details}" if details else line
    out["tags"] = [{"name": t, "description": text(f"api.tag.{t}", lang)
                    if has(f"api.tag.{t}") else t} for t in tags]
    return out


def install_localised_openapi(app: FastAPI) -> None:
    """Make ``app.openapi()`` answer in the current language (one cached copy per
    language; the document is built once, from the routes)."""
    base: Callable[[], dict[str, Any]] = app.openapi
    cache: dict[str, dict[str, Any]] = {}

    def openapi() -> dict[str, Any]:
        lang = current_language()
        found = cache.get(lang)
        if found is None:
            with _LOCK:
                found = cache.setdefault(lang, localised_openapi(base(), lang))
        return found

    app.openapi = openapi  # type: ignore[method-assign]


def docs_page(lang: str | None = None) -> HTMLResponse:
    """Swagger UI on the document in ``lang``, with a bar above it: back to the app, and
    the same page in the other language."""
    lang = lang or current_language()
    other = next(code for code in LANGS if code != lang)
    page = get_swagger_ui_html(
        openapi_url=f"/api/openapi.json?lang={lang}",
        title=text("api.title", lang),
        swagger_js_url=static_url("vendor/swagger/swagger-ui-bundle.js"),
        swagger_css_url=static_url("vendor/swagger/swagger-ui.css"),
        swagger_favicon_url=static_url("favicon.svg"),
    )
    bar = (f'<link rel="stylesheet" href="{static_url("api-docs.css")}">'
           f'<nav class="rancang-docs-bar" aria-label="{escape(text("api.title", lang))}">'
           f'<a id="back-to-app" href="/">&larr; {escape(text("api.back", lang))}</a>'
           f'<a id="docs-other-language" href="/api/docs?lang={other}" lang="{other}" '
           f'hreflang="{other}" title="{escape(text("api.other_language", lang))}">'
           f"{other.upper()}</a></nav>")
    html = bytes(page.body).decode("utf-8")
    html = html.replace("<html>", f'<html lang="{lang}">', 1).replace(
        "<body>", f"<body>{bar}", 1)
    return HTMLResponse(html)
