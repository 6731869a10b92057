"""Pages of stored needs and offers: ``/match/market`` and the pages of one need, offer and
event (the same service as the API, :mod:`rancang.features.matching.market`)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.actors import Actor
from rancang.core.errors import InputError, Problem
from rancang.features.matching import market as mk
from rancang.features.matching import market_forms as mf
from rancang.features.matching.models import FREQUENCIES
from rancang.features.matching.offers import today
from rancang.web.deps import EngineDep, LangDep, PathId, Permit
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
Post = Annotated[Actor, Depends(Permit("matching.post"))]
Manage = Annotated[Actor, Depends(Permit("matching.manage"))]
STANDARDS = ("sni", "halal", "tkdn")


def _home(request: Request, engine: Any, user: Actor, **extra: Any) -> dict[str, Any]:
    from rancang.features.matching.market_asks import supplier_requests

    ctx: dict[str, Any] = {
        "needs": mk.list_needs(engine, user), "offers": mk.list_offers(engine, user),
        "firm_requests": mk.firm_requests(engine, user),
        "supplier_requests": supplier_requests(engine, user),
        "events": mk.list_events(engine) if user.can("matching.manage") else [],
        "unmet": mk.unmet(engine, user) if user.can("matching.manage") else [],
        "manage": user.can("matching.manage"), "frequencies": FREQUENCIES,
        "standards": STANDARDS, "problems": [], "suggestions": [], "offer_suggestions": [],
        "need_form": {"region": user.region_code or "", "frequency": "once"},
        "offer_form": {"region": user.region_code or ""}, "need_errors": {},
        "offer_errors": {}, "region": user.region_code or ""}
    ctx.update(extra)
    return ctx


@router.get("/match/market")
def market_page(request: Request, engine: EngineDep, user: Post) -> HTMLResponse:
    """Needs, offers, requests to answer, events and unmet demand, with the forms."""
    return render(request, "matching/market.html", _home(request, engine, user))


@router.post("/match/market/needs", response_model=None)
def need_post(request: Request, engine: EngineDep, user: Post, lang: LangDep,
              form: mf.NeedForm, action: Annotated[str, Form()] = "save"
              ) -> HTMLResponse | Response:
    """Suggest KBLI classes for the description (``action=suggest``: the first fills a
    blank KBLI field, the user confirms it by saving), or store the need."""
    try:
        if action == "suggest":
            return render(request, "matching/market.html", _home(
                request, engine, user, need_form=form, suggestions=mf.suggest(form, "need")))
        nid = mk.create_need(engine, user, mf.need_data(form))
    except InputError as exc:
        return render(request, "matching/market.html", _home(
            request, engine, user, need_form=form,
            need_errors=mf.field_errors(exc.problems, lang, "need")), status=422)
    return RedirectResponse(f"/match/market/needs/{nid}", status_code=303)


@router.post("/match/market/offers", response_model=None)
def offer_post(request: Request, engine: EngineDep, user: Post, lang: LangDep,
               form: mf.OfferForm, action: Annotated[str, Form()] = "save"
               ) -> HTMLResponse | Response:
    """Suggest KBLI classes for the products (``action=suggest``) or register the
    offer."""
    try:
        if action == "suggest":
            return render(request, "matching/market.html", _home(
                request, engine, user, offer_form=form,
                offer_suggestions=mf.suggest(form, "offer")))
        oid = mk.create_offer(engine, user, mf.offer_data(form))
    except InputError as exc:
        return render(request, "matching/market.html", _home(
            request, engine, user, offer_form=form,
            offer_errors=mf.field_errors(exc.problems, lang, "offer")), status=422)
    return RedirectResponse(f"/match/market/offers/{oid}", status_code=303)


@router.get("/match/market/needs/{need_id}", response_model=None)
def need_page(request: Request, engine: EngineDep, user: Post, need_id: PathId,
              kbli: Annotated[str, Query(max_length=5)] = "",
              max_km: Annotated[float | None, Query(gt=0)] = None,
              certificates: Annotated[list[str] | None, Query()] = None,
              top: Annotated[int, Query(ge=1, le=50)] = 10) -> HTMLResponse:
    """A need, its best suppliers (filtered), and its requests (those a supplier asked
    with the accept and decline buttons)."""
    need = mk.get_need(engine, user, need_id)
    f = mk.Filters(kbli.strip(), max_km, tuple(certificates or ()))
    problems: list[Problem] = []
    try:
        found = mk.need_matches(engine, user, need_id, top=top, filters=f)
    except InputError as exc:
        found, problems = [], exc.problems
    return render(request, "matching/need.html", {
        "need": need, "matches": found, "filters": f, "problems": problems,
        "standards": STANDARDS, "requests": mk.requests_of(engine, user, need_id=need_id),
        "events": mk.list_events(engine), "top": top,
        "expired": need["deadline"] is not None and need["deadline"] < today(),
        "history": mk.history(engine, user, "need", need_id)},
        status=422 if problems else 200)


@router.post("/match/market/needs/{need_id}/requests", response_model=None)
def request_post(request: Request, engine: EngineDep, user: Post, need_id: PathId,
                 supplier: Annotated[str, Form()] = "", meet: Annotated[str, Form()] = "",
                 priority: Annotated[int, Form()] = 1,
                 event_id: Annotated[str, Form()] = "") -> Response:
    """Shortlist a supplier or request a meeting (``meet``)."""
    event = int(event_id) if event_id.strip().isdigit() else None
    mk.request_meeting(engine, user, need_id, supplier, meet=bool(meet), priority=priority,
                       event_id=event)
    return RedirectResponse(f"/match/market/needs/{need_id}", status_code=303)


def _offer_context(engine: Any, user: Actor, offer_id: int,
                   problems: list[Problem] | None = None) -> dict[str, Any]:
    from rancang.features.matching.market_asks import supplier_asks

    offer = mk.get_offer(engine, user, offer_id)
    return {"offer": offer, "served": mk.offer_needs(engine, user, offer_id)
            if offer["open"] else [],
            "requests": mk.requests_of(engine, user, offer_id=offer_id),
            "asks": supplier_asks(engine, user, "offer", offer_id),
            "events": mk.list_events(engine), "problems": problems or [],
            "history": mk.history(engine, user, "offer", offer_id)}


@router.get("/match/market/offers/{offer_id}")
def offer_page(request: Request, engine: EngineDep, user: Post,
               offer_id: PathId) -> HTMLResponse:
    """An offer, the needs it can serve (with a request to each buyer) and the requests
    it received or made."""
    return render(request, "matching/offer.html", _offer_context(engine, user, offer_id))


@router.post("/match/market/offers/{offer_id}/requests", response_model=None)
def offer_ask(request: Request, engine: EngineDep, user: Post, offer_id: PathId,
              need_id: Annotated[int, Form()] = 0, priority: Annotated[int, Form()] = 1,
              event_id: Annotated[str, Form()] = "") -> HTMLResponse | Response:
    """Request a meeting with the buyer of a need the offer can serve; the page again
    with the reason when refused (the buyer already asked)."""
    from rancang.features.matching.market_asks import request_buyer

    event = int(event_id) if event_id.strip().isdigit() else None
    try:
        request_buyer(engine, user, f"offer:{offer_id}", need_id, priority=priority,
                      event_id=event)
    except InputError as exc:
        return render(request, "matching/offer.html",
                      _offer_context(engine, user, offer_id, exc.problems), status=422)
    return RedirectResponse(f"/match/market/offers/{offer_id}#served", status_code=303)


@router.post("/match/market/needs/{need_id}/status", response_model=None)
def need_status(request: Request, engine: EngineDep, user: Post, need_id: PathId,
                status: Annotated[str, Form()] = "") -> Response:
    """Close the need (filled, withdrawn) or reopen it."""
    mk.set_status(engine, user, "need", need_id, status)
    return RedirectResponse(f"/match/market/needs/{need_id}", status_code=303)


@router.post("/match/market/needs/{need_id}/delete", response_model=None)
def need_delete(request: Request, engine: EngineDep, user: Post, need_id: PathId
                ) -> Response:
    """Delete the need and its requests."""
    mk.delete_entry(engine, user, "need", need_id)
    return RedirectResponse("/match/market", status_code=303)


@router.post("/match/market/offers/{offer_id}/status", response_model=None)
def offer_status(request: Request, engine: EngineDep, user: Post, offer_id: PathId,
                 status: Annotated[str, Form()] = "") -> Response:
    """Close the offer (filled, withdrawn) or reopen it."""
    mk.set_status(engine, user, "offer", offer_id, status)
    return RedirectResponse(f"/match/market/offers/{offer_id}", status_code=303)


@router.post("/match/market/offers/{offer_id}/delete", response_model=None)
def offer_delete(request: Request, engine: EngineDep, user: Post, offer_id: PathId
                 ) -> Response:
    """Delete the offer and the requests made to it."""
    mk.delete_entry(engine, user, "offer", offer_id)
    return RedirectResponse("/match/market", status_code=303)


@router.post("/match/market/requests/{request_id}/answer", response_model=None)
def answer_post(request: Request, engine: EngineDep, user: Post, request_id: PathId,
                accept: Annotated[str, Form()] = "",
                back: Annotated[str, Form()] = "/match/market") -> Response:
    """Accept (``accept``) or decline a meeting request."""
    mk.answer_request(engine, user, request_id, bool(accept))
    target = back if back.startswith("/match/market") else "/match/market"
    return RedirectResponse(target, status_code=303)


@router.post("/match/market/events", response_model=None)
def event_post(request: Request, engine: EngineDep, user: Manage,
               region: Annotated[str, Form()] = "", name: Annotated[str, Form()] = "",
               held_on: Annotated[str, Form()] = "", slots: Annotated[int, Form()] = 12,
               morning_slots: Annotated[int, Form()] = 6,
               tables: Annotated[int, Form()] = 10, start: Annotated[str, Form()] = "09:00",
               minutes: Annotated[int, Form()] = 20) -> HTMLResponse | Response:
    """Create a Temu Usaha event of a region the actor manages."""
    problems: list[Problem] = []
    day = mf.day(held_on, "held_on", problems) or date.today()
    try:
        if problems:
            raise InputError(problems)
        eid = mk.create_event(engine, user, region=region.strip(), name=name, held_on=day,
                              slots=slots, morning_slots=morning_slots, tables=tables,
                              start=start, minutes=minutes)
    except InputError as exc:
        return render(request, "matching/market.html",
                      _home(request, engine, user, problems=exc.problems), status=422)
    return RedirectResponse(f"/match/market/events/{eid}", status_code=303)


@router.get("/match/market/events/{event_id}")
def event_page(request: Request, engine: EngineDep, user: Manage,
               event_id: PathId, job: int | None = None) -> HTMLResponse:
    """An event, its requests (accepted ones are scheduled), its stored meetings with
    their outcomes and its report (with ``job``, that scheduling job's counts and its
    ZIP)."""
    from rancang.features.matching.event_routes import event_context

    context = event_context(engine, user, event_id)
    if job is not None:
        from rancang.features.jobs.service import get_job

        context["job"] = get_job(engine, user, job)
    return render(request, "matching/event.html", context)


@router.post("/match/market/events/{event_id}/schedule", response_model=None)
def event_schedule(request: Request, engine: EngineDep, user: Manage, event_id: PathId,
                   time_limit: Annotated[float, Form()] = 20.0) -> Response:
    """Schedule the accepted meetings as a background job: the job's progress, then the
    event's page with the ZIP of the CLI's files."""
    from rancang.features.jobs.routes import answer
    from rancang.features.matching.jobs import start_schedule

    job_id = start_schedule(engine, user, event_id=event_id, time_limit=time_limit,
                            result_url=f"/match/market/events/{event_id}?job={{id}}",
                            broker_url=request.app.state.settings.broker_url)
    return answer(request, user, job_id)
