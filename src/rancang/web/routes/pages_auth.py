"""Sign in, sign out, language switch."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from rancang.core.i18n import LANGS
from rancang.web.auth import authenticate, end_session, start_session
from rancang.web.deps import LANG_COOKIE, SESSION_COOKIE, EngineDep, SettingsDep, UserDep
from rancang.web.render import render
from rancang.web.security import clear_failures, is_throttled, record_failure

router = APIRouter(include_in_schema=False)
LOGIN_CSRF_COOKIE = "rancang_login_csrf"


def _safe_next(target: str | None) -> str:
    """Only local paths after sign-in (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/"
    parts = urlsplit(target)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _login_page(request: Request, *, error: str = "", status: int = 200,
                next_url: str = "/") -> Response:
    cookie, form_token = request.app.state.login_csrf.new()
    resp = render(request, "login.html",
                  {"error": error, "login_token": form_token, "next": next_url}, status=status)
    resp.set_cookie(LOGIN_CSRF_COOKIE, cookie, httponly=True, samesite="strict",
                    secure=request.app.state.settings.cookie_secure, max_age=3600 * 4)
    return resp


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    """The sign-in form."""
    return _login_page(request, next_url=_safe_next(next))


@router.post("/login")
def login(
    request: Request,
    engine: EngineDep,
    settings: SettingsDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Check the password (throttled), start a session, set the cookie."""
    from rancang.core.i18n import header_label
    from rancang.web.deps import get_lang

    lang = get_lang(request)
    next_url = _safe_next(next)
    if not request.app.state.login_csrf.check(request.cookies.get(LOGIN_CSRF_COOKIE),
                                              csrf_token):
        return _login_page(request, error="CSRF", status=403, next_url=next_url)
    client = request.client.host if request.client else "-"
    if is_throttled(engine, username, client):
        return _login_page(request, error=header_label("ui.throttled", lang), status=429,
                           next_url=next_url)
    user = authenticate(engine, username, password)
    if user is None:
        record_failure(engine, username, client)
        return _login_page(request, error=header_label("ui.login_failed", lang), status=401,
                           next_url=next_url)
    clear_failures(engine, username)
    token = start_session(engine, user, hours=settings.session_hours)
    resp = RedirectResponse(next_url, status_code=303)
    resp.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax",
                    secure=settings.cookie_secure, max_age=int(settings.session_hours * 3600))
    resp.delete_cookie(LOGIN_CSRF_COOKIE)
    return resp


@router.post("/logout")
def logout(request: Request, engine: EngineDep, user: UserDep) -> Response:
    """End the session (CSRF-checked like every form)."""
    end_session(engine, request.cookies.get(SESSION_COOKIE))
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@router.get("/lang/{code}")
def switch_language(code: str, next: str = "/") -> Response:
    """Remember the interface language in a cookie and go back."""
    resp = RedirectResponse(_safe_next(next), status_code=303)
    if code in LANGS:
        resp.set_cookie(LANG_COOKIE, code, samesite="lax", max_age=3600 * 24 * 365)
    return resp
