"""Jinja templates with the helpers every page uses: words, numbers, static files."""

from __future__ import annotations

import functools
import hashlib
import json
import math
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from rancang.core.i18n import format_number_id, header_label
from rancang.web.words import (
    audit_action,
    describe_changes,
    display_value,
    field_label,
    label_of,
    status_label,
    upload_summary,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


@functools.cache
def static_version(path: str) -> str:
    """A short content hash of a static file (computed once per process): a changed file
    gets a new URL, so the browser may keep every URL for a long time."""
    try:
        return hashlib.sha256((STATIC / path).read_bytes()).hexdigest()[:12]
    except OSError:
        from rancang import __version__

        return __version__


def static_url(path: str) -> str:
    """URL of a file under ``static/`` with its version: ``/static/app.js?v=<hash>``.

    >>> static_url("app.js").startswith("/static/app.js?v=")
    True
    """
    return f"/static/{path}?v={static_version(path)}"


def fmt(value: Any, decimals: int = 2, lang: str = "id") -> str:
    """A number for people: Indonesian separators by default, "-" when missing.

    >>> fmt(1234.5), fmt(1234.5, 1, "en"), fmt(None), fmt(float("nan"))
    ('1.234,50', '1,234.5', '-', '-')
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    if isinstance(value, int) and not isinstance(value, bool):
        decimals = 0
    v = float(value)
    return format_number_id(v, decimals) if lang == "id" else f"{v:,.{decimals}f}"


def to_json(value: Any) -> Markup:
    """JSON safe inside a ``<script type="application/json">`` element: ``<``, ``>`` and
    ``&`` become ``\\u`` escapes, so no value can end the element or open a comment.

    >>> str(to_json({"n": "</script><img src=x onerror=alert(1)>"}))
    '{"n": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    return Markup(text)


def make_templates() -> Jinja2Templates:
    """The template environment with our filters."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.filters["fmt"] = fmt
    templates.env.filters["tojson_safe"] = to_json
    templates.env.globals["header_label"] = header_label
    templates.env.globals["static_url"] = static_url
    for helper in (audit_action, describe_changes, display_value, field_label, label_of,
                   status_label, upload_summary):
        templates.env.globals[helper.__name__] = helper
    return templates


def render_fragment(request: Request, name: str, context: dict[str, Any]) -> Markup:
    """Render ``name`` to HTML with the same context as :func:`render` (for caching).

    The result is autoescaped template output, so it is safe to insert as Markup.
    """
    from rancang.web.deps import get_lang, optional_user

    lang = get_lang(request)
    user = optional_user(request)
    ctx: dict[str, Any] = {
        "request": request, "user": user, "lang": lang,
        "csrf": user.csrf_token if user else "",
        "t": lambda key: header_label(key, lang),
        "tile_url": request.app.state.settings.tile_url,
        **context,
    }
    templates: Jinja2Templates = request.app.state.templates
    return Markup(templates.env.get_template(name).render(ctx))


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> HTMLResponse:
    """Render ``name`` with the user, language, CSRF token and word lookup ``t``."""
    from rancang.web.deps import get_lang, optional_user

    lang = get_lang(request)
    user = optional_user(request)
    ctx: dict[str, Any] = {
        "request": request,
        "user": user,
        "lang": lang,
        "csrf": user.csrf_token if user else "",
        "t": lambda key: header_label(key, lang),
        "tile_url": request.app.state.settings.tile_url,
    }
    ctx.update(context or {})
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, ctx, status_code=status)
