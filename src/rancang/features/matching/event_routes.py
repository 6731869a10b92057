"""Pages of a stored event: edit, delete (with confirmation), meeting outcomes, the
outcome report of every event, and the needs a register firm can serve (the same service
as the API, :mod:`rancang.features.matching.meetings`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.actors import Actor
from rancang.core.errors import InputError, Problem
from rancang.features.matching import market as mk
from rancang.features.matching import market_forms as mf
from rancang.features.matching import meetings as mt
from rancang.web.deps import EngineDep, PathId, Permit
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
Manage = Annotated[Actor, Depends(Permit("matching.manage"))]


def event_context(engine: Any, user: Actor, event_id: int,
                  problems: list[Problem] | None = None) -> dict[str, Any]:
    """What the event page shows: the event, its requests, its stored meetings with
    their outcomes, and its report."""
    return {"event": mk.get_event(engine, user, event_id),
            "requests": mk.event_requests(engine, user, event_id),
            "meetings": mt.meetings(engine, user, event_id),
            "report": mt.event_report(engine, user, event_id),
            "final": mt.has_outcomes(engine, event_id), "problems": problems or []}


def _int(text: str, column: str, problems: list[Problem]) -> int | None:
    from rancang.core.i18n import Msg

    t = text.strip()
    if t.lstrip("-").isdigit():
        return int(t)
    problems.append(Problem(Msg("market.bad_number", value=t), column=column))
    return None


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/match/market/events/{event_id}/event.xlsx")
def event_workbook(engine: EngineDep, user: Manage, event_id: PathId) -> Response:
    """The event's accepted requests as the workbook of ``rancang match schedule``, to add
    unavailable slots, sessions, fixed meetings or sellers' requests and schedule it on
    ``/match/schedule`` (the event page says so when nothing is accepted yet)."""
    content = mk.event_workbook(engine, user, event_id)
    return Response(content, media_type=XLSX, headers={
        "Content-Disposition": f'attachment; filename="temu-usaha-{event_id}.xlsx"'})


@router.get("/match/market/events/{event_id}/edit")
def event_edit_page(request: Request, engine: EngineDep, user: Manage,
                    event_id: PathId) -> HTMLResponse:
    """The edit form of an event."""
    ev = mk.get_event(engine, user, event_id)
    return render(request, "matching/event_edit.html",
                  {"event": ev, "form": ev, "problems": []})


@router.post("/match/market/events/{event_id}/edit", response_model=None)
def event_edit(request: Request, engine: EngineDep, user: Manage, event_id: PathId,
               region: Annotated[str, Form()] = "", name: Annotated[str, Form()] = "",
               held_on: Annotated[str, Form()] = "", slots: Annotated[str, Form()] = "",
               morning_slots: Annotated[str, Form()] = "",
               tables: Annotated[str, Form()] = "", start: Annotated[str, Form()] = "",
               minutes: Annotated[str, Form()] = "") -> HTMLResponse | Response:
    """Save the event's new values; the form again with the problems found."""
    ev = mk.get_event(engine, user, event_id)
    problems: list[Problem] = []
    values: dict[str, Any] = {
        "region_code": region.strip() or ev["region_code"], "name": name,
        "held_on": mf.day(held_on, "held_on", problems) or ev["held_on"],
        "start": start.strip() or ev["start"]}
    for column, raw in (("slots", slots), ("morning_slots", morning_slots),
                        ("tables", tables), ("minutes", minutes)):
        values[column] = _int(raw, column, problems) if raw.strip() else ev[column]
    try:
        if problems:
            raise InputError(problems)
        mt.update_event(engine, user, event_id, **values)
    except InputError as exc:
        typed = {"region_code": region, "name": name, "held_on": held_on, "slots": slots,
                 "morning_slots": morning_slots, "tables": tables, "start": start,
                 "minutes": minutes}
        form = {**ev, **{k: v for k, v in typed.items() if v.strip()}}
        return render(request, "matching/event_edit.html",
                      {"event": ev, "form": form, "problems": exc.problems}, status=422)
    return RedirectResponse(f"/match/market/events/{event_id}", status_code=303)


@router.get("/match/market/events/{event_id}/delete")
def event_delete_page(request: Request, engine: EngineDep, user: Manage,
                      event_id: PathId) -> HTMLResponse:
    """Ask to confirm the deletion: what goes with the event (its meetings) and what
    stays (its requests); or why it cannot be deleted."""
    return render(request, "matching/event_delete.html", {
        **event_context(engine, user, event_id), "problems": []})


@router.post("/match/market/events/{event_id}/delete", response_model=None)
def event_delete(request: Request, engine: EngineDep, user: Manage,
                 event_id: PathId) -> HTMLResponse | Response:
    """Delete the event and its meetings (refused once an outcome is recorded)."""
    try:
        mt.delete_event(engine, user, event_id)
    except InputError as exc:
        return render(request, "matching/event_delete.html", {
            **event_context(engine, user, event_id), "problems": exc.problems},
            status=422)
    return RedirectResponse("/match/market", status_code=303)


@router.post("/match/market/meetings/{meeting_id}/outcome", response_model=None)
def meeting_outcome(request: Request, engine: EngineDep, user: Manage,
                    meeting_id: PathId, status: Annotated[str, Form()] = "",
                    follow_up: Annotated[str, Form()] = "",
                    agreement: Annotated[str, Form()] = "none",
                    value: Annotated[str, Form()] = "") -> HTMLResponse | Response:
    """Record a meeting's outcome; the event page with the problems otherwise."""
    from rancang.sources.numbers import number_problem, parse_number

    problems: list[Problem] = []
    amount = parse_number(value.strip()) if value.strip() else None
    if value.strip() and amount is None:
        problems.append(Problem(number_problem(value.strip()), column="value"))
    event_id = mt.meeting_event(engine, user, meeting_id)
    try:
        if problems:
            raise InputError(problems)
        mt.record_outcome(engine, user, meeting_id,
                          mt.OutcomeIn(status, follow_up, agreement, amount))
    except InputError as exc:
        return render(request, "matching/event.html",
                      event_context(engine, user, event_id, exc.problems), status=422)
    return RedirectResponse(f"/match/market/events/{event_id}#meeting-{meeting_id}",
                            status_code=303)


@router.post("/match/market/events/{event_id}/outcomes", response_model=None)
async def event_outcomes(request: Request, engine: EngineDep, user: Manage,
                         event_id: PathId, files: list[UploadFile]
                         ) -> HTMLResponse | Response:
    """Import outcome files against the stored meetings (all or nothing)."""
    contents = [(f.filename or "hasil.csv", await f.read()) for f in files]
    try:
        mt.import_outcomes(engine, user, event_id, contents)
    except InputError as exc:
        return render(request, "matching/event.html",
                      event_context(engine, user, event_id, exc.problems), status=422)
    return RedirectResponse(f"/match/market/events/{event_id}", status_code=303)


@router.get("/match/market/report")
def report_page(request: Request, engine: EngineDep, user: Manage) -> HTMLResponse:
    """The outcome report of every event the actor manages, with the quarterly
    comparison."""
    return render(request, "matching/report.html",
                  {"report": mt.event_report(engine, user)})


@router.get("/register/{record_id}/needs")
def firm_needs_page(request: Request, engine: EngineDep, user: Manage,
                    record_id: PathId) -> HTMLResponse:
    """The open needs a register firm can serve, with a request to each buyer."""
    return render(request, "matching/firm_needs.html", {
        **mt.firm_needs(engine, user, record_id), "events": mk.list_events(engine),
        "problems": []})


@router.post("/match/market/firms/{firm_id}/requests", response_model=None)
def firm_ask(request: Request, engine: EngineDep, user: Manage, firm_id: PathId,
             need_id: Annotated[int, Form()] = 0, priority: Annotated[int, Form()] = 1,
             event_id: Annotated[str, Form()] = "") -> HTMLResponse | Response:
    """On a register firm's behalf, request a meeting with the buyer of a need it can
    serve; the firm's needs again with the reason when refused."""
    from rancang.features.matching.market_asks import request_buyer

    event = int(event_id) if event_id.strip().isdigit() else None
    try:
        request_buyer(engine, user, f"firm:{firm_id}", need_id, priority=priority,
                      event_id=event)
    except InputError as exc:
        return render(request, "matching/firm_needs.html", {
            **mt.firm_needs(engine, user, firm_id), "events": mk.list_events(engine),
            "problems": exc.problems}, status=422)
    return RedirectResponse(f"/register/{firm_id}/needs", status_code=303)


def firm_needs_link(actor: Actor | None, firm_id: int, region: str | None) -> str | None:
    """The link to the needs a register firm can serve, for the office of the firm's
    region (None for anyone else): the register's record page shows it when this feature
    is installed (``{% if firm_needs_link is defined %}``).

    >>> from rancang.core.actors import Grant
    >>> a = Actor(1, "a", (Grant("analyst", "72.06"),))
    >>> firm_needs_link(a, 7, "72.06"), firm_needs_link(a, 7, "72.03")
    ('/register/7/needs', None)
    """
    if actor is None or not region or not actor.can("matching.manage", region):
        return None
    return f"/register/{int(firm_id)}/needs"


TEMPLATE_GLOBALS = {"firm_needs_link": firm_needs_link}
