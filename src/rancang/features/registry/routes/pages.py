"""Register pages: search, filter, sort, page; edit with the audit trail."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.actors import Forbidden
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, render_text
from rancang.features.registry import records as svc
from rancang.features.registry.edits import STATUSES, form_changes, form_problems
from rancang.features.registry.routes import EditRecords, ReadAggregates, ReadRecords
from rancang.web.deps import EngineDep, PageNo, PathId
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
EDITABLE = ("name", "address", "village_code", "latitude", "longitude", "kbli", "product",
            "status", "owner_name", "phone", "email")


def record_filter(
    q: str = "", region: str = "", kbli: str = "", size: str = "", sentra: str = "",
    status: str = "", sort: str = "name", desc: bool = False, page: PageNo = 1,
    place: str = "",
) -> svc.RecordFilter:
    """The list's filters from the query string (``place``: a district or village, by
    name or Kemendagri code)."""
    return svc.RecordFilter(q=q, region=region, kbli=kbli, size=size, sentra=sentra,
                            status=status, sort=sort, descending=desc, page=page,
                            place=place[:100])


FilterDep = Annotated[svc.RecordFilter, Depends(record_filter)]


@router.get("/register")
def register_page(request: Request, engine: EngineDep, user: ReadAggregates,
                  f: FilterDep, view: str = "") -> HTMLResponse:
    """Records (admin, analyst of the region) or the published aggregate (everyone else;
    ``?view=aggregate`` for those who may read records: every region's published cells)."""
    may_read = user.can("registry.records.read")
    if not may_read or view == "aggregate":
        agg = svc.aggregate_page(engine, svc.AggregateFilter(region=f.region, kbli=f.kbli,
                                                             page=f.page, place=f.place))
        return render(request, "registry/register_aggregate.html", {
            "agg": agg, "f": f, "can_read_records": may_read,
            "base_query": urlencode({k: v for k, v in (("view", view), ("region", f.region),
                                                       ("kbli", f.kbli), ("place", f.place))
                                     if v})})
    from rancang.features.registry.publish import waiting

    done = request.query_params.get("published", "")
    ctx: dict[str, Any] = {"f": f, "facets": svc.facets(engine, user),
                           "result": svc.list_records(engine, user, f),
                           "query": request.url.query,
                           "publish_waiting": waiting(engine, user),
                           "published_now": int(done) if done.isdigit() else None}
    name = ("registry/_register_rows.html" if request.headers.get("hx-request")
            else "registry/register.html")
    return render(request, name, ctx)


def _record_context(engine: EngineDep, user: ReadRecords, record_id: int, *,
                    values: dict[str, Any] | None = None,
                    problems: list[Problem] | None = None) -> dict[str, Any]:
    """What the record page shows: the record (404 outside the user's region), the form's
    values (the user's own when the form comes back) and each problem next to its field
    (``near``) or above the form (``other``), in the language of the request."""
    ctx = svc.get_record(engine, user, record_id)
    near: dict[str, list[str]] = {}
    other: list[str] = []
    for p in problems or []:
        said = render_text(p.message)
        if p.column in EDITABLE:
            near.setdefault(p.column, []).append(said)
        else:
            other.append(said)
    return {**ctx, "editable": EDITABLE, "statuses": STATUSES, "values": values or {},
            "near": near, "other": other}


@router.get("/register/{record_id}")
def record_page(request: Request, engine: EngineDep, user: ReadRecords,
                record_id: PathId) -> HTMLResponse:
    """One record: fields, periods, edit form, audit trail."""
    return render(request, "registry/record.html", _record_context(engine, user, record_id))


@router.post("/register/{record_id}", response_model=None)
async def record_save(request: Request, engine: EngineDep, user: EditRecords,
                      record_id: PathId) -> Response:
    """Save the edit form (CSRF-checked, audited); a value refused comes back in the form,
    as the user typed it, with the message next to its field (422; 403 for a village
    outside the user's region)."""
    form = await request.form()
    # an emptied name stays in the changes: the edit is refused like the import refuses it
    changes = form_changes({k: str(v) for k, v in form.items()}, EDITABLE)
    svc.get_record(engine, user, record_id)  # 404 for a record the user may not read
    status = 422
    try:
        problems = form_problems(changes)
        if problems:
            raise InputError(problems)
        svc.update_record(engine, user, record_id, changes)
    except InputError as exc:
        problems = exc.problems
    except Forbidden as exc:
        if not (isinstance(exc.raw, Msg) and exc.raw.key == "registry.village_outside"):
            raise
        problems, status = [Problem(exc.raw, column="village_code")], 403
    else:
        return RedirectResponse(f"/register/{record_id}", status_code=303)
    values = {k: str(form[k]) for k in EDITABLE if k in form}
    return render(request, "registry/record.html", _record_context(
        engine, user, record_id, values=values, problems=problems), status=status)
