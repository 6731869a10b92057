"""Account administration in the browser and the API, and a user's own password.

Administrators (permission ``accounts.manage``) list, create, rename, disable and enable
accounts, give and take role grants for a region, and reset passwords (a new random
password shown once). Every signed-in user changes their own password after typing the
current one. The rules are those of :mod:`rancang.features.accounts.service`, the same as
``rancang users``; a form with a bad value comes back with what was typed and each message
beside its field. Forms post the session's CSRF token; successful posts redirect
(post/redirect/get), except the reset, whose page shows the new password once.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError
from rancang.core.i18n import render_text
from rancang.features.accounts.routes import GrantOut
from rancang.features.accounts.service import (
    CENTRAL,
    Account,
    change_own_password,
    create_user,
    generate_password,
    grant_role,
    guard_self,
    list_users,
    revoke_role,
    set_active,
    set_display_name,
    set_password,
)
from rancang.web.deps import EngineDep, LangDep, Permit, SignedIn
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/users", tags=["account"], responses=ERROR_RESPONSES)
Manage = Annotated[Actor, Depends(Permit("accounts.manage"))]

Text = Annotated[str, Form(max_length=500)]


def _field_errors(error: InputError, lang: str) -> dict[str, list[str]]:
    """The messages of ``error`` keyed by the form field they belong to ("" for none)."""
    out: dict[str, list[str]] = {}
    for problem in error.problems:
        out.setdefault(problem.column or "", []).append(render_text(problem.message, lang))
    return out


def _roles(request: Request) -> list[tuple[str, str, bool]]:
    """(name, label key, scoped) of every role the installed features bring."""
    roles = request.app.state.features.roles()
    return [(name, role.label, role.scoped) for name, role in roles.items()]


def _known(engine: Engine, username: str) -> Account:
    for account in list_users(engine):
        if account.username == username:
            return account
    raise NotFoundError("accounts.no_user", username=username)


def _users_page(request: Request, engine: Engine, *, status: int = 200,
                **context: Any) -> HTMLResponse:
    from rancang.features.accounts.throttle import throttled_users

    return render(request, "accounts/users.html",
                  {"users": list_users(engine), "roles": _roles(request), "central": CENTRAL,
                   "failures": throttled_users(engine),
                   "form": {}, "errors": {}, "target": "", "done": "", "new_password": "",
                   **context}, status=status)


@router.get("/admin/users")
def users_page(request: Request, engine: EngineDep, user: Manage,
               done: str = "") -> HTMLResponse:
    """Every account with its roles and regions, and the form for a new one."""
    return _users_page(request, engine, done=done if done in DONE else "")


#: what a successful form says after the redirect (``?done=``)
DONE = ("created", "renamed", "disabled", "enabled", "granted", "revoked", "unlocked")


@router.post("/admin/users", response_model=None)
def create(request: Request, engine: EngineDep, user: Manage, lang: LangDep,
           username: Annotated[str, Form(max_length=100)] = "",
           display_name: Text = "", password: Text = "", role: Text = "",
           region: Text = "") -> Response:
    """Create an account with its first role grant."""
    try:
        create_user(engine, username.strip(), password, role=role,
                    region_code=region.strip() or None,
                    display_name=display_name.strip() or None,
                    features=request.app.state.features)
    except InputError as error:
        form = {"username": username, "display_name": display_name, "role": role,
                "region": region}
        return _users_page(request, engine, status=422, form=form, target="new",
                           errors=_field_errors(error, lang))
    return RedirectResponse("/admin/users?done=created", status_code=303)


def _act(request: Request, engine: Engine, lang: str, username: str, done: str,
         action: Any) -> Response:
    """Run one change to an account; a refusal comes back beside that account's row."""
    _known(engine, username)
    try:
        action()
    except InputError as error:
        return _users_page(request, engine, status=422, target=username,
                           errors=_field_errors(error, lang))
    except NotFoundError as error:
        return _users_page(request, engine, status=422, target=username,
                           errors={"": [error.message(lang)]})
    return RedirectResponse(f"/admin/users?done={done}#user-{username}", status_code=303)


@router.post("/admin/users/{username}/name", response_model=None)
def rename(request: Request, engine: EngineDep, user: Manage, lang: LangDep, username: str,
           display_name: Text = "") -> Response:
    """Change the name shown for an account."""
    return _act(request, engine, lang, username, "renamed",
                lambda: set_display_name(engine, username, display_name))


@router.post("/admin/users/{username}/active", response_model=None)
def activate(request: Request, engine: EngineDep, user: Manage, lang: LangDep,
             username: str, active: Annotated[str, Form(max_length=5)] = "1") -> Response:
    """Disable (``active=0``; the account's sessions end) or enable an account."""
    on = active not in ("0", "false", "")

    def run() -> None:
        if not on:
            guard_self(user.username, username, action="disable")
        set_active(engine, username, on)

    return _act(request, engine, lang, username, "enabled" if on else "disabled", run)


@router.post("/admin/users/{username}/grant", response_model=None)
def grant(request: Request, engine: EngineDep, user: Manage, lang: LangDep, username: str,
          role: Text = "", region: Text = "") -> Response:
    """Give a role for a region (a province, a regency, or central for the country)."""
    return _act(request, engine, lang, username, "granted",
                lambda: grant_role(engine, username, role, region.strip() or None,
                                   features=request.app.state.features))


@router.post("/admin/users/{username}/revoke", response_model=None)
def revoke(request: Request, engine: EngineDep, user: Manage, lang: LangDep, username: str,
           role: Text = "", region: Text = "") -> Response:
    """Take a role grant away (the account's sessions end so it holds at once)."""
    def run() -> None:
        if role == "admin":
            guard_self(user.username, username, action="revoke_admin")
        revoke_role(engine, username, role, region or None)

    return _act(request, engine, lang, username, "revoked", run)


@router.post("/admin/users/{username}/unlock", response_model=None)
def unlock(request: Request, engine: EngineDep, user: Manage, lang: LangDep,
           username: str) -> Response:
    """Lift the sign-in throttle of an account (forget its recent failed sign-ins)."""
    from rancang.features.accounts.throttle import unlock as unlock_user

    return _act(request, engine, lang, username, "unlocked",
                lambda: unlock_user(engine, username, actor=user.username))


@router.post("/admin/users/{username}/password", response_model=None)
def reset_password(request: Request, engine: EngineDep, user: Manage,
                   username: str) -> Response:
    """Give an account a new random password, shown once on the page (its sessions end)."""
    _known(engine, username)
    password = generate_password()
    set_password(engine, username, password)
    response = _users_page(request, engine, target=username, done="reset",
                           new_password=password)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/account/password")
def password_form(request: Request, user: SignedIn, done: str = "") -> HTMLResponse:
    """The form where a signed-in user changes their own password."""
    return render(request, "accounts/password.html",
                  {"errors": {}, "done": done == "changed"})


@router.post("/account/password", response_model=None)
def change_password(request: Request, engine: EngineDep, user: SignedIn, lang: LangDep,
                    current: Text = "", password: Text = "",
                    repeated: Text = "") -> Response:
    """Change one's own password (the current one first); every session ends, so the user
    signs in again with the new one."""
    try:
        change_own_password(engine, user.username, current, password, repeated)
    except InputError as error:
        return render(request, "accounts/password.html",
                      {"errors": _field_errors(error, lang), "done": False}, status=422)
    return RedirectResponse("/login?next=/account/password%3Fdone%3Dchanged", status_code=303)


# --- API ---------------------------------------------------------------------------------


class GrantIn(BaseModel):
    """A role for a region: ``72.06``, ``72``, ``central`` (or none for unscoped roles)."""

    role: str = Field(max_length=50)
    region: str | None = Field(default=None, max_length=20)


class AccountOut(BaseModel):
    """An account as administrators see it (never its password)."""

    username: str
    display_name: str | None
    active: bool
    grants: list[GrantOut]


class AccountIn(BaseModel):
    """A new account with its first grant."""

    username: str = Field(max_length=100)
    password: str = Field(max_length=500)
    display_name: str | None = Field(default=None, max_length=200)
    role: str = Field(max_length=50)
    region: str | None = Field(default=None, max_length=20)


class AccountPatch(BaseModel):
    """Changes to an account: its shown name, whether it may sign in."""

    display_name: str | None = Field(default=None, max_length=200)
    active: bool | None = None


class PasswordOut(BaseModel):
    """The new password of a reset, shown once."""

    username: str
    password: str


def _out(account: Account) -> AccountOut:
    return AccountOut(username=account.username, display_name=account.display_name,
                      active=account.active,
                      grants=[GrantOut(role=g.role, region_code=g.region, level=g.level.value)
                              for g in account.grants])


@api.get("")
def list_api(engine: EngineDep, user: Manage) -> list[AccountOut]:
    """Every account with its role grants."""
    return [_out(a) for a in list_users(engine)]


@api.post("", status_code=201)
def create_api(request: Request, engine: EngineDep, user: Manage,
               body: AccountIn) -> AccountOut:
    """Create an account with its first role grant (422 with every problem located)."""
    create_user(engine, body.username.strip(), body.password, role=body.role,
                region_code=body.region, display_name=body.display_name,
                features=request.app.state.features)
    return _out(_known(engine, body.username.strip()))


@api.patch("/{username}")
def patch_api(engine: EngineDep, user: Manage, username: str,
              body: AccountPatch) -> AccountOut:
    """Rename, disable or enable an account."""
    _known(engine, username)
    if body.active is False:
        guard_self(user.username, username, action="disable")
    if "display_name" in body.model_fields_set:
        set_display_name(engine, username, body.display_name)
    if body.active is not None:
        set_active(engine, username, body.active)
    return _out(_known(engine, username))


@api.post("/{username}/grants", status_code=201)
def grant_api(request: Request, engine: EngineDep, user: Manage, username: str,
              body: GrantIn) -> AccountOut:
    """Give a role for a region."""
    _known(engine, username)
    grant_role(engine, username, body.role, body.region, features=request.app.state.features)
    return _out(_known(engine, username))


@api.delete("/{username}/grants")
def revoke_api(engine: EngineDep, user: Manage, username: str, role: str,
               region: str | None = None) -> AccountOut:
    """Take a role grant away (``?role=analyst&region=72.06``)."""
    _known(engine, username)
    if role == "admin":
        guard_self(user.username, username, action="revoke_admin")
    revoke_role(engine, username, role, region)
    return _out(_known(engine, username))


@api.post("/{username}/password")
def reset_api(engine: EngineDep, user: Manage, username: str,
              response: Response) -> PasswordOut:
    """A new random password for the account, returned once (its sessions end)."""
    _known(engine, username)
    password = generate_password()
    set_password(engine, username, password)
    response.headers["Cache-Control"] = "no-store"
    return PasswordOut(username=username, password=password)
