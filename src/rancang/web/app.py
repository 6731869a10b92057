"""The application factory: ``create_app(settings)`` builds a FastAPI app with its engine.

Nothing happens at import time; ``rancang serve`` (and uvicorn's ``--factory``) call
:func:`app_from_env`, which reads the settings from the environment once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from rancang import __version__
from rancang.core.db import ensure_schema, make_engine
from rancang.core.errors import InputError, RancangError
from rancang.core.settings import Settings, get_settings
from rancang.web.access import Unauthenticated
from rancang.web.render import make_templates, render, static_url
from rancang.web.security import LoginCsrf, SecurityHeaders

STATIC = Path(__file__).resolve().parent / "static"
ROUTE_MODULES = (
    "rancang.web.routes.pages_auth",
    "rancang.web.routes.pages_home",
    "rancang.web.routes.pages_dashboard",
    "rancang.web.routes.pages_map",
    "rancang.web.routes.pages_duplicates",  # before pages_register: /register/duplicates
    "rancang.web.routes.pages_register",
    "rancang.web.routes.pages_data",
    "rancang.web.routes.pages_admin",
    "rancang.web.routes.api_regions",
    "rancang.web.routes.api_duplicates",
    "rancang.web.routes.api_register",
    "rancang.web.routes.api_imports",
)


class CachedStatic(StaticFiles):
    """Static files the browser may keep (ECharts, Leaflet: offices often have poor
    connections): a year, unchanged, for a versioned URL (``?v=<content hash>``, as the
    templates write them with :func:`rancang.web.render.static_url`); a day otherwise,
    revalidated by ETag after that."""

    async def get_response(self, path: str, scope: Any) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code == 200 and b"v=" in scope.get("query_string", b""):
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers.setdefault("Cache-Control", "public, max-age=86400")
        return response


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error_response(request: Request, exc: RancangError) -> Response:
    """One renderer for every Rancang error: JSON for the API, a page otherwise."""
    status = getattr(exc, "status", 500)
    problems = [p.as_dict() for p in exc.problems] if isinstance(exc, InputError) else []
    if _wants_json(request):
        return JSONResponse({"error": str(exc), "problems": problems}, status_code=status)
    if isinstance(exc, Unauthenticated):
        target = f"/login?next={request.url.path}"
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)
    return render(request, "error.html", {"status": status, "message": str(exc),
                                          "problems": problems}, status=status)


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """Build the web application.

    Parameters
    ----------
    settings : Settings, optional
        Default: read from the environment (``RANCANG_*``).
    engine : Engine, optional
        Use this engine instead of one made from ``settings.database_url``.

    Notes
    -----
    The database schema is brought to the latest migration (created when empty).
    """
    import importlib

    settings = settings or get_settings()
    engine = engine or make_engine(settings.database_url, pool_pre_ping=True)
    ensure_schema(engine)
    app = FastAPI(
        title="Rancang API",
        version=__version__,
        description="JSON API of Rancang: regions, stored panels (datasets), analyses, "
        "industry-register records (role-checked) and imports. Sign in with "
        "`POST /login` (form) to get the session cookie; state-changing calls need the "
        "`X-CSRF-Token` header (from `GET /api/v1/me`).",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.templates = make_templates()
    app.state.login_csrf = LoginCsrf(settings.secret_key)
    app.mount("/static", CachedStatic(directory=str(STATIC)), name="static")
    app.add_middleware(SecurityHeaders, tile_url=settings.tile_url)
    app.add_middleware(GZipMiddleware, minimum_size=1000)

    @app.exception_handler(RancangError)
    async def _rancang_error(request: Request, exc: RancangError) -> Response:
        return _error_response(request, exc)

    @app.get("/api/docs", include_in_schema=False)
    async def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="Rancang API",
            swagger_js_url=static_url("vendor/swagger/swagger-ui-bundle.js"),
            swagger_css_url=static_url("vendor/swagger/swagger-ui.css"),
            swagger_favicon_url=static_url("favicon.svg"),
        )

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    for name in ROUTE_MODULES:
        app.include_router(importlib.import_module(name).router)
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory rancang.web.app:app_from_env`` (reads ``RANCANG_*``)."""
    return create_app(get_settings())
