"""The sign-in throttle for administrators (``/admin/sign-ins``, linked from the accounts
page): every user name with recent failed sign-ins, existing or not, and an unlock button
(the same as ``rancang users unlock NAME``).

The user name travels in the form, never in the URL; every form posts the session's CSRF
token and redirects back (post/redirect/get).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from rancang.core.actors import Actor
from rancang.features.accounts.throttle import (
    MAX_FAILURES,
    MAX_USER_FAILURES,
    throttled_users,
)
from rancang.features.accounts.throttle import unlock as unlock_user
from rancang.web.deps import EngineDep, Permit
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
ManageAccounts = Annotated[Actor, Depends(Permit("accounts.manage"))]


@router.get("/admin/sign-ins")
def signins_page(request: Request, engine: EngineDep, user: ManageAccounts) -> HTMLResponse:
    """User names with failed sign-ins in the throttle window, most first."""
    failures = sorted(throttled_users(engine).items(), key=lambda kv: (-kv[1], kv[0]))
    done = request.query_params.get("done") == "unlocked"
    return render(request, "accounts/admin_signins.html",
                  {"failures": failures, "done": done, "per_address": MAX_FAILURES,
                   "per_user": MAX_USER_FAILURES})


@router.post("/admin/sign-ins/unlock")
def unlock(engine: EngineDep, user: ManageAccounts,
           username: Annotated[str, Form(max_length=100)]) -> RedirectResponse:
    """Forget a user name's failed sign-ins (written to ``account_audit`` under the
    administrator's name)."""
    unlock_user(engine, username, actor=user.username)
    return RedirectResponse("/admin/sign-ins?done=unlocked", status_code=303)
