"""The application factory: ``create_app(settings)`` builds a FastAPI app from the features.

Nothing happens at import time; ``rancang serve`` (and uvicorn's ``--factory``) call
:func:`app_from_env`, which reads the settings from the environment once. The shell owns
the page frame, the home page (made of the features' panels), the language switch, the
error renderer and the static files; every other route comes from a feature's manifest.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from rancang import __version__
from rancang.core.db import ensure_schema, make_engine
from rancang.core.features import FeatureSet, HomePanelContext, installed, load_ref
from rancang.core.i18n import LANGS, language
from rancang.core.settings import Settings, get_settings
from rancang.web.api_docs import docs_page, install_localised_openapi
from rancang.web.deps import LANG_COOKIE, PUBLIC, SignedIn, get_engine, request_language
from rancang.web.errors import install_error_handlers
from rancang.web.guard import InputGuard
from rancang.web.render import make_templates, render, render_fragment
from rancang.web.security import LoginCsrf, SecurityHeaders, safe_next

STATIC = Path(__file__).resolve().parent / "static"


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


class RequestLanguage:
    """ASGI middleware: the language of each request (``?lang=``, else the language
    cookie, else Indonesian) is the current language while the request is handled."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with language(request_language(Request(scope))):
            await self.app(scope, receive, send)


def _shell_routes(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def home(request: Request, actor: SignedIn) -> HTMLResponse:
        """The home page: each feature's panel for this actor."""
        engine = get_engine(request)
        panels = []
        for feature, panel in request.app.state.features.home_panels():
            context: HomePanelContext = load_ref(panel.context)
            ctx = context(request, engine, actor)
            if ctx is not None:
                panels.append(render_fragment(request, f"{feature.name}/{panel.template}",
                                              ctx))
        return render(request, "home.html", {"panels": panels})

    @app.get("/lang/{code}", include_in_schema=False, dependencies=[PUBLIC])
    def switch_language(code: str, next: str = "/") -> Response:
        """Remember the interface language in a cookie and go back."""
        resp = RedirectResponse(safe_next(next), status_code=303)
        if code in LANGS:
            resp.set_cookie(LANG_COOKIE, code, samesite="lax", max_age=3600 * 24 * 365)
        return resp

    @app.get("/api/docs", include_in_schema=False, dependencies=[PUBLIC])
    async def api_docs() -> HTMLResponse:
        """The API documentation in the request's language (``?lang=``; Indonesian by
        default), with a way back to the app."""
        return docs_page()

    @app.get("/healthz", include_in_schema=False, dependencies=[PUBLIC])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}


def create_app(settings: Settings | None = None, *, engine: Engine | None = None,
               features: FeatureSet | None = None) -> FastAPI:
    """Build the web application.

    Parameters
    ----------
    settings : Settings, optional
        Default: read from the environment (``RANCANG_*``).
    engine : Engine, optional
        Use this engine instead of one made from ``settings.database_url``.
    features : FeatureSet, optional
        Default: the installed features (:func:`rancang.core.features.installed`).

    Notes
    -----
    The database schema is brought to the latest migration of every feature (created when
    empty).
    """
    settings = settings or get_settings()
    features = features or installed()
    engine = engine or make_engine(settings.database_url, pool_pre_ping=True)
    ensure_schema(engine, features)
    app = FastAPI(
        title="Rancang API",
        version=__version__,
        description="JSON API of Rancang: regions, stored panels (datasets), analyses, "
        "industry-register records (role-checked) and imports. Sign in with "
        "`POST /login` (form) to get the session cookie; state-changing calls need the "
        "`X-CSRF-Token` header (from `GET /api/v1/me`). Errors have one shape: "
        "`{error, status, problems: [{file, sheet, row, column, message}]}`.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.features = features
    app.state.identity = features.identity()
    app.state.templates = make_templates(features)
    app.state.login_csrf = LoginCsrf(settings.secret_key)
    for feature in features:
        if feature.static_dir is not None:
            app.mount(f"/static/{feature.name}",
                      CachedStatic(directory=str(feature.static_dir)),
                      name=f"static-{feature.name}")
    app.mount("/static", CachedStatic(directory=str(STATIC)), name="static")
    # the request body: the files of an upload and the form around them
    app.add_middleware(InputGuard, max_body=settings.max_request_mb * 1024 * 1024 + 65536)
    app.add_middleware(SecurityHeaders, tile_url=settings.tile_url)
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(RequestLanguage)
    install_error_handlers(app)
    _shell_routes(app)
    for router in features.routers():
        app.include_router(router)
    install_localised_openapi(app)
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory rancang.web.app:app_from_env`` (reads ``RANCANG_*``).

    The server process freezes its start-up heap now and again after its first requests
    (:mod:`rancang.web.heap`), so that garbage collections no longer walk it.
    """
    from rancang.web.heap import FreezeAfterWarmUp, freeze_heap

    app = create_app(get_settings())
    app.add_middleware(FreezeAfterWarmUp)
    freeze_heap()
    return app


