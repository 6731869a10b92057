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
from rancang.features.consult.sections import cell_choices, section_choices
from rancang.features.consult.vocab import GROUPS
from rancang.features.plan.versions import snapshot
from rancang.web.deps import PUBLIC, EngineDep, PathId
from rancang.web.errors import form_messages
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
    return _with_token(request, "consult/checkin.html", {
        "event": event, "code": code, "groups": GROUPS, "done": False,
        "invited": _invited(engine, event)})


def _invited(engine: EngineDep, event: EventInfo) -> list[tuple[str, str]]:
    """(organisation, group) of the event's invitations, for the check-in's pick list
    (never their links)."""
    return sorted((i.organisation, i.group) for i in events.invites_of(engine, event.id))


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
            "problems": form_messages(request, exc.problems),
            "values": values, "invited": _invited(engine, event)}, status=422)
    return render(request, "consult/checkin.html", {"event": event, "code": code,
                                                    "groups": GROUPS, "done": True})


def _link_context(request: Request, engine: EngineDep, token: str) -> dict[str, object]:
    """What the personal link's page shows: the invitation and event, the sections of
    the version under discussion (number and title), its tables for the cell chooser,
    and the inputs sent earlier through this link with their answers."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.inputs import Filters, list_inputs
    from rancang.features.plan.service import PUBLIC_STATUSES, get_plan

    invite, event = _invite(request, engine, token)
    snap = snapshot(engine, CLI_ACTOR, event.plan_id, event.version_label)
    sections = section_choices(snap, current_language())
    plan = get_plan(engine, CLI_ACTOR, event.plan_id)
    return {"invite": invite, "event": event, "token": token, "sections": sections,
            "titles": dict(sections), "cells": cell_choices(snap, current_language()),
            "public": plan.status in PUBLIC_STATUSES,
            "earlier": list_inputs(engine, CLI_ACTOR, event.plan_id,
                                   Filters(invite_id=invite.id), plan=plan)}


@router.get("/consult/link/{token}/draft.{fmt}")
def link_draft(request: Request, token: str, fmt: str, engine: EngineDep) -> Response:
    """The version under discussion as DOCX or PDF, for the invited organisation."""
    from rancang.core.actors import CLI_ACTOR

    _, event = _invite(request, engine, token)
    return draft_download(snapshot(engine, CLI_ACTOR, event.plan_id, event.version_label),
                          fmt)


def draft_download(snap: dict[str, Any], fmt: str) -> Response:
    """A frozen version of a plan as the plan's DOCX or PDF (``fmt``), in the page's
    language."""
    import tempfile
    from pathlib import Path

    from rancang.core.errors import Problem
    from rancang.core.i18n import Msg
    from rancang.features.plan.export import write_docx, write_pdf

    media = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "pdf": "application/pdf"}
    if fmt not in media:
        raise InputError(Problem(Msg("consult.out.type", suffix="." + fmt[:10],
                                     known=".docx, .pdf"), column="fmt"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"draft.{fmt}"
        (write_docx if fmt == "docx" else write_pdf)(snap, path, current_language())
        content = path.read_bytes()
    p = snap["plan"]
    name = f"{p['level']}-{p['region_code']}-{snap.get('label', '')}.{fmt}"
    return Response(content, media_type=media[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


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
        return _with_token(request, "consult/link.html", {
            **ctx, "sent": None, "problems": form_messages(request, exc.problems),
            "values": values}, status=422)
    return _with_token(request, "consult/link.html", {**ctx, "sent": sent})


@router.get("/consult/public/{plan_id}/{version}/draft.{fmt}")
def public_draft_download(plan_id: PathId, version: str, fmt: str,
                          engine: EngineDep) -> Response:
    """The version shown on the public page as DOCX or PDF (a plan in consultation or
    later, a frozen version; anything else answers as missing)."""
    return draft_download(views.public_snapshot(engine, plan_id, version), fmt)


@router.get("/consult/public/{plan_id}/{version}")
def public_page(request: Request, plan_id: PathId, version: str,
                engine: EngineDep) -> HTMLResponse:
    """A version of a plan in consultation: the whole draft of that version (text,
    tables, charts), the inputs whose authors agreed to publication and their answers."""
    return render(request, "consult/public.html",
                  views.public_page(engine, plan_id, version, current_language()))
