"""Sign in, sign out, the signed-in account (API)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.features.accounts.service import authenticate
from rancang.features.accounts.sessions import end_session, session_user, start_session
from rancang.features.accounts.throttle import clear_failures, is_throttled, record_failure
from rancang.web.deps import PUBLIC, EngineDep, SettingsDep, SignedIn
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render
from rancang.web.security import safe_next

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1", tags=["account"], responses=ERROR_RESPONSES)
LOGIN_CSRF_COOKIE = "rancang_login_csrf"
SESSION_COOKIE = "rancang_session"


def actor_for_request(engine: Engine, request: Request) -> Actor | None:
    """The actor of the session cookie (the identity hook of the accounts feature)."""
    return session_user(engine, request.cookies.get(SESSION_COOKIE))


def _login_page(request: Request, *, error: str = "", status: int = 200,
                next_url: str = "/") -> Response:
    cookie, form_token = request.app.state.login_csrf.new()
    resp = render(request, "accounts/login.html",
                  {"error": error, "login_token": form_token, "next": next_url}, status=status)
    resp.set_cookie(LOGIN_CSRF_COOKIE, cookie, httponly=True, samesite="strict",
                    secure=request.app.state.settings.cookie_secure, max_age=3600 * 4)
    return resp


@router.get("/login", dependencies=[PUBLIC])
def login_form(request: Request, next: str = "/") -> Response:
    """The sign-in form."""
    return _login_page(request, next_url=safe_next(next))


@router.post("/login", dependencies=[PUBLIC])
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
    next_url = safe_next(next)
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
def logout(request: Request, engine: EngineDep, user: SignedIn) -> Response:
    """End the session (CSRF-checked like every form)."""
    end_session(engine, request.cookies.get(SESSION_COOKIE))
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


class GrantOut(BaseModel):
    """A role held for a region (none: the whole country)."""

    role: str
    region_code: str | None
    level: str


class MeOut(BaseModel):
    """The signed-in account, with the CSRF token to send as ``X-CSRF-Token``."""

    username: str
    display_name: str | None
    role: str
    region_code: str | None
    grants: list[GrantOut]
    csrf_token: str


@api.get("/me")
def me(user: SignedIn) -> MeOut:
    """The signed-in account, its role grants and the CSRF token of its session."""
    return MeOut(username=user.username, display_name=user.display_name, role=user.role,
                 region_code=user.region_code, csrf_token=user.csrf_token,
                 grants=[GrantOut(role=g.role, region_code=g.region, level=g.level.value)
                         for g in user.grants])
