"""Firms without coordinates: the list the map page shows under the map (the map cannot
draw them), each with a link to its record to fill in the coordinates; the same list as a
page of its own, with every page of it."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from rancang.features.registry import records as svc
from rancang.features.registry.routes import ReadRecords
from rancang.web.deps import EngineDep, PageNo
from rancang.web.render import render

pages = APIRouter(include_in_schema=False)
#: firms listed under the map; the rest are a link away
ON_THE_MAP = 20


@pages.get("/register/unplaced")
def unplaced_page(request: Request, engine: EngineDep, user: ReadRecords,
                  province: str = "", page: PageNo = 1) -> HTMLResponse:
    """The firms of the user's region without coordinates, counted: the whole page, or
    (asked by htmx from the map page) the first few as a part of the map page."""
    part = bool(request.headers.get("hx-request"))
    result = svc.unplaced(engine, user, province=province, page=1 if part else page,
                          page_size=ON_THE_MAP if part else svc.PAGE_SIZE)
    ctx = {"result": result, "province": province, "part": part}
    return render(request, "registry/_unplaced.html" if part else "registry/unplaced.html",
                  ctx)
