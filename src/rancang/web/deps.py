"""Request dependencies as ``Annotated`` aliases: engine, settings, user, language, CSRF."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine

from rancang.core.i18n import LANGS
from rancang.core.settings import Settings
from rancang.web.access import Forbidden, Unauthenticated
from rancang.web.auth import CurrentUser, session_user
from rancang.web.security import UNSAFE_METHODS, tokens_match

SESSION_COOKIE = "rancang_session"
LANG_COOKIE = "rancang_lang"


def get_engine(request: Request) -> Engine:
    """The application's database engine."""
    return request.app.state.engine  # type: ignore[no-any-return]


def get_settings_dep(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings  # type: ignore[no-any-return]


def get_lang(request: Request) -> str:
    """``id`` (default) or ``en``, from ``?lang=`` or the language cookie."""
    lang = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "id"
    return lang if lang in LANGS else "id"


def optional_user(request: Request) -> CurrentUser | None:
    """The signed-in user or None (cached on the request)."""
    if not hasattr(request.state, "user"):
        request.state.user = session_user(
            get_engine(request), request.cookies.get(SESSION_COOKIE)
        )
    return request.state.user  # type: ignore[no-any-return]


async def current_user(request: Request) -> CurrentUser:
    """The signed-in user; 401 (redirect to sign-in for pages) without one.

    For state-changing methods the CSRF token must match the session's.
    """
    user = optional_user(request)
    if user is None:
        raise Unauthenticated("silakan masuk / please sign in")
    if request.method in UNSAFE_METHODS:
        given = request.headers.get("x-csrf-token")
        if given is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            form = await request.form()
            value = form.get("csrf_token")
            given = value if isinstance(value, str) else None
        if not tokens_match(user.csrf_token, given):
            raise Forbidden("token CSRF tidak sah / invalid CSRF token")
    return user


async def admin_user(user: Annotated[CurrentUser, Depends(current_user)]) -> CurrentUser:
    """An administrator, else 403."""
    if not user.is_admin:
        raise Forbidden("khusus administrator / administrators only")
    return user


EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
LangDep = Annotated[str, Depends(get_lang)]
UserDep = Annotated[CurrentUser, Depends(current_user)]
AdminDep = Annotated[CurrentUser, Depends(admin_user)]
