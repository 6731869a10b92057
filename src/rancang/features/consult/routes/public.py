"""The consultation's pages for anyone, without an account: the phone check-in of an
event (by its code), the personal link of an invited organisation (to send inputs), and
the public page of a plan version (only consented names; the answers)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from rancang.core.actors import Forbidden
from rancang.core.errors import InputError, NotFoundError
from rancang.core.i18n import current_language
from rancang.features.consult import capture, events, throttle, views
from rancang.features.consult.events import EventInfo, Invite
from rancang.features.consult.vocab import GROUPS
from rancang.features.plan.versions import snapshot
from rancang.web.deps import PUBLIC, EngineDep, PathId
from rancang.web.render import render

router = APIRouter(include_in_schema=False, dependencies=[PUBLIC])
PERSON = ("name", "organisation", "group", "position", "contact")
#: the signed double-submit cookie of the public forms (no session before them)
CSRF_COOKIE = "rancang_consult_csrf"


def _client(request: Request) -> str:
    return request.client.host if request.client else "-"


def _event(request: Request, engine: EngineDep, code: str) -> EventInfo:
    """The event of a check-in code; unknown codes count against the client address."""
    client = _client(request)
    throttle.check(engine, client)
    try:
        return events.event_by_code(engine, code)
    except NotFoundError:
        throttle.record_failure(engine, client)
        raise


def _invite(request: Request, engine: EngineDep, token: str) -> tuple[Invite, EventInfo]:
    """The invitation of a personal link; unknown links count like unknown codes."""
    client = _client(request)
    throttle.check(engine, client)
    try:
        return events.invite_by_token(engine, token)
    except NotFoundError:
        throttle.record_failure(engine, client)
        raise


def _with_token(request: Request, name: str, ctx: dict[str, Any],
                status: int = 200) -> HTMLResponse:
    """Render a public form with a fresh CSRF token (a signed double-submit cookie, as
    the sign-in form)."""
    cookie, token = request.app.state.login_csrf.new()
    resp = render(request, name, {**ctx, "form_token": token}, status=status)
    resp.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/consult",
                    secure=request.app.state.settings.cookie_secure, max_age=3600 * 4)
    return resp


def _check_csrf(request: Request, form: Any) -> None:
    given = form.get("csrf_token")
    if not request.app.state.login_csrf.check(request.cookies.get(CSRF_COOKIE),
                                              given if isinstance(given, str) else None):
        raise Forbidden("error.csrf")


def _form_values(form: Any, names: tuple[str, ...]) -> dict[str, str]:
    return {k: (v.strip() if isinstance(v := form.get(k, ""), str) else "") for k in names}


@router.get("/consult/checkin")
def checkin_entry_page(request: Request, engine: EngineDep) -> Response:
    """Where a participant without a QR scanner types the event's check-in code: a known
    code leads to the event's check-in form; an unknown one is said on this page (and
    counts against the client address as any unknown code does)."""
    from fastapi.responses import RedirectResponse

    typed = "".join((request.query_params.get("code") or "").split()).upper()[:20]
    if not typed:
        return render(request, "consult/checkin_code.html", {"code": "", "unknown": False})
    try:
        event = _event(request, engine, typed)
    except NotFoundError:
        return render(request, "consult/checkin_code.html", {"code": typed, "unknown": True},
                      status=404)
    return RedirectResponse(f"/consult/checkin/{event.checkin_code}", status_code=303)


@router.get("/consult/checkin/{code}")
def checkin_page(request: Request, code: str, engine: EngineDep) -> HTMLResponse:
    """The phone check-in form of an event."""
    event = _event(request, engine, code)
    return _with_token(request, "consult/checkin.html", {"event": event, "code": code,
                                                         "groups": GROUPS, "done": False})


@router.post("/consult/checkin/{code}")
async def checkin_save(request: Request, code: str, engine: EngineDep) -> Response:
    """Sign in to the event's attendance list."""
    form = await request.form()
    event = _event(request, engine, code)
    _check_csrf(request, form)
    values = _form_values(form, PERSON)
    try:
        event = events.check_in(engine, code, values)
    except InputError as exc:
        return _with_token(request, "consult/checkin.html", {
            "event": event, "code": code, "groups": GROUPS, "done": False,
            "problems": exc.problems, "values": values}, status=422)
    return render(request, "consult/checkin.html", {"event": event, "code": code,
                                                    "groups": GROUPS, "done": True})


def _link_context(request: Request, engine: EngineDep, token: str) -> dict[str, object]:
    from rancang.core.actors import CLI_ACTOR

    invite, event = _invite(request, engine, token)
    snap = snapshot(engine, CLI_ACTOR, event.plan_id, event.version_label)
    return {"invite": invite, "event": event, "token": token,
            "sections": [(s["key"], s["number"]) for s in snap["sections"]]}


@router.get("/consult/link/{token}")
def link_page(request: Request, token: str, engine: EngineDep) -> HTMLResponse:
    """The invited organisation's own form to send inputs (no account needed)."""
    return _with_token(request, "consult/link.html", {**_link_context(request, engine, token),
                                                      "sent": None})


@router.post("/consult/link/{token}")
async def link_save(request: Request, token: str, engine: EngineDep) -> Response:
    """Store an input sent through the personal link."""
    form = await request.form()
    ctx = _link_context(request, engine, token)
    _check_csrf(request, form)
    values = _form_values(form, capture.WEB_FIELDS)
    try:
        sent = capture.submit_by_link(engine, token, values)
    except InputError as exc:
        return _with_token(request, "consult/link.html", {**ctx, "sent": None,
                                                          "problems": exc.problems,
                                                          "values": values}, status=422)
    return _with_token(request, "consult/link.html", {**ctx, "sent": sent})


@router.get("/consult/public/{plan_id}/{version}")
def public_page(request: Request, plan_id: PathId, version: str,
                engine: EngineDep) -> HTMLResponse:
    """A version of a plan in consultation: the whole draft of that version (text,
    tables, charts), the inputs whose authors agreed to publication and their answers."""
    return render(request, "consult/public.html",
                  views.public_page(engine, plan_id, version, current_language()))
