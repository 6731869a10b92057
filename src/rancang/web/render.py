"""Jinja templates with the helpers every page uses: words, numbers, static files, menu.

Templates are found in the shell's ``templates/`` (``base.html``, ``error.html``...) and in
each feature's ``templates/`` folder under the feature's name (``registry/record.html``).
"""

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
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, select_autoescape
from markupsafe import Markup

from rancang.core.features import FeatureSet, NavEntry
from rancang.core.i18n import (
    current_language,
    format_number,
    format_when,
    header_label,
    pick,
    text,
)
from rancang.reference.regions import region_label

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


@functools.cache
def _file_version(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
    except OSError:
        from rancang import __version__

        return __version__


def static_version(path: str) -> str:
    """A short content hash of a static file (computed once per process): a changed file
    gets a new URL, so the browser may keep every URL for a long time.

    ``path`` is relative to ``static/`` of the shell, or ``<feature>/...`` for a feature's
    own static files.
    """
    return _file_version(str(_static_file(path)))


@functools.cache
def _feature_static() -> dict[str, Path]:
    from rancang.core.features import installed

    return {f.name: d for f in installed() if (d := f.static_dir) is not None}


def _static_file(path: str) -> Path:
    head, _, rest = path.partition("/")
    folder = _feature_static().get(head)
    if folder is not None and rest:
        return folder / rest
    return STATIC / path


def static_url(path: str) -> str:
    """URL of a static file with its version: ``/static/app.js?v=<hash>``.

    >>> static_url("app.js").startswith("/static/app.js?v=")
    True
    """
    return f"/static/{path}?v={static_version(path)}"


def fmt(value: Any, decimals: int = 2, lang: str | None = None) -> str:
    """A number for people: Indonesian separators by default, "-" when missing.

    >>> fmt(1234.5, lang="id"), fmt(1234.5, 1, "en"), fmt(None), fmt(float("nan"))
    ('1.234,50', '1,234.5', '-', '-')
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    if isinstance(value, int) and not isinstance(value, bool):
        decimals = 0
    return format_number(float(value), decimals, lang)


def to_json(value: Any) -> Markup:
    """JSON safe inside a ``<script type="application/json">`` element: ``<``, ``>`` and
    ``&`` become ``\\u`` escapes, so no value can end the element or open a comment.

    >>> str(to_json({"n": "</script><img src=x onerror=alert(1)>"}))
    '{"n": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    encoded = json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        encoded = encoded.replace(raw, escaped)
    return Markup(encoded)


def make_templates(features: FeatureSet) -> Jinja2Templates:
    """The template environment: the shell's templates, each feature's under its name,
    our filters and the features' template helpers."""
    prefixed = {f.name: FileSystemLoader(str(d)) for f in features
                if (d := f.templates_dir) is not None}
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(TEMPLATES)), PrefixLoader(prefixed)]),
        autoescape=select_autoescape(default=True),
        # templates ship with the package: no stat() of the template files on every page
        # (a tenth of a page's time under load); a changed template needs a restart
        auto_reload=False)
    templates = Jinja2Templates(env=env)
    env.filters["fmt"] = fmt
    # a date or a moment in the page's language, never with seconds' fractions
    env.filters["when"] = format_when
    env.filters["tojson_safe"] = to_json
    env.globals["header_label"] = header_label
    env.globals["static_url"] = static_url
    # a province or regency by its name and code, in the page's language
    env.globals["region_label"] = region_label
    # a title pair kept beside data (an outline's ``(id, en)`` titles): the catalogue picks
    env.globals["pick"] = pick
    env.globals.update(features.template_globals())
    return templates


def _words(lang: str) -> Any:
    def t(key: str, **params: Any) -> str:
        return text(key, lang, **params)

    return t


def page_context(request: Request) -> dict[str, Any]:
    """What every template sees: the request, the actor, the language, the CSRF token,
    the word lookup ``t`` and the navigation entries the actor may follow."""
    from rancang.web.deps import optional_actor

    lang = current_language()
    actor = optional_actor(request)
    permissions = request.app.state.features.permissions()
    nav = [n for n in request.app.state.features.nav()
           if actor is not None and (n.permission is None
                                     or actor.can(n.permission, permissions=permissions))]
    return {
        "request": request, "user": actor, "lang": lang,
        "csrf": actor.csrf_token if actor else "",
        "t": _words(lang), "nav": nav, "badges": LazyBadges(request, actor, nav),
        "tile_url": request.app.state.settings.tile_url,
    }


class LazyBadges:
    """The navigation counts of :func:`nav_badges`, asked for only when a template reads
    them (the page's header does; a fragment or a download never does, so it costs no
    query)."""

    def __init__(self, request: Request, actor: Any, nav: list[NavEntry]) -> None:
        self._args = (request, actor, nav)

    def get(self, path: str, default: int | None = None) -> int | None:
        return nav_badges(*self._args).get(path, default)

    def __getitem__(self, path: str) -> int:
        return nav_badges(*self._args)[path]


def nav_badges(request: Request, actor: Any, nav: list[NavEntry]) -> dict[str, int]:
    """The counts shown on the navigation links (by the link's path) for the signed-in
    actor: each entry's ``badge`` function, one query each, once per request (a page
    made of fragments asks once); a count of zero (or a database that does not answer:
    the page is still shown) shows none."""
    from sqlalchemy.exc import SQLAlchemyError

    from rancang.core.features import load_ref

    kept: dict[str, int] | None = getattr(request.state, "nav_badges", None)
    if kept is not None:
        return kept
    out: dict[str, int] = {}
    engine = getattr(request.app.state, "engine", None)
    if actor is None or engine is None:
        return out
    request.state.nav_badges = out
    for n in nav:
        if n.badge is None:
            continue
        try:
            count = int(load_ref(n.badge)(engine, actor))
        except SQLAlchemyError:
            continue
        if count > 0:
            out[n.path] = count
    return out


def render_fragment(request: Request, name: str, context: dict[str, Any]) -> Markup:
    """Render ``name`` to HTML with the same context as :func:`render` (for caching).

    The result is autoescaped template output, so it is safe to insert as Markup.
    """
    templates: Jinja2Templates = request.app.state.templates
    return Markup(templates.env.get_template(name).render({**page_context(request),
                                                           **context}))


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> HTMLResponse:
    """Render ``name`` with the actor, language, CSRF token, menu and word lookup ``t``."""
    templates: Jinja2Templates = request.app.state.templates
    ctx = {**page_context(request), **(context or {})}
    return templates.TemplateResponse(request, name, ctx, status_code=status)
