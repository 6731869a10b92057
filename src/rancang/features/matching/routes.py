"""The page ``/match/schedule``: upload an event workbook, download its schedule."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from rancang.core.actors import Actor
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.matching.service import (
    match_uploads,
    outcome_uploads,
    schedule_workbook,
)
from rancang.web.deps import Permit
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
Schedule = Annotated[Actor, Depends(Permit("matching.schedule"))]


@router.get("/match/schedule")
def schedule_page(request: Request, user: Schedule) -> HTMLResponse:
    """The upload form."""
    return render(request, "matching/schedule.html", {"problems": []})


@router.post("/match/schedule", response_model=None)
async def schedule_upload(request: Request, user: Schedule, files: list[UploadFile],
                          time_limit: Annotated[float, Form()] = 20.0
                          ) -> HTMLResponse | Response:
    """Schedule the uploaded workbook: a ZIP of the CLI's files, or the problems found."""
    upload = files[0]
    content = await upload.read()
    try:
        result, total, data = schedule_workbook(upload.filename or "event.xlsx", content,
                                                time_limit=time_limit)
    except InputError as exc:
        ctx: dict[str, Any] = {"problems": exc.problems}
        return render(request, "matching/schedule.html", ctx, status=422)
    return Response(data, media_type="application/zip", headers={
        "Content-Disposition": 'attachment; filename="schedule.zip"',
        "X-Meetings": str(len(result.meetings)), "X-Requests": str(total),
        "X-Breaks": str(result.breaks)})


@router.get("/match/needs")
def needs_page(request: Request, user: Schedule) -> HTMLResponse:
    """The upload form for needs and suppliers."""
    return render(request, "matching/needs.html", {"problems": []})


@router.post("/match/needs", response_model=None)
async def needs_upload(request: Request, user: Schedule, files: list[UploadFile],
                       top: Annotated[int, Form()] = 5) -> HTMLResponse | Response:
    """Match the uploaded needs (first file) to the suppliers (second file): a ZIP of
    matches.csv and unmet.csv, or the problems found."""
    contents = [(f.filename or "upload.csv", await f.read()) for f in files]
    try:
        if len(contents) != 2:
            raise InputError(Problem(Msg("match.two_files")))
        counts, data = match_uploads(contents[0], contents[1], top=top)
    except InputError as exc:
        return render(request, "matching/needs.html", {"problems": exc.problems}, status=422)
    return Response(data, media_type="application/zip", headers={
        "Content-Disposition": 'attachment; filename="matches.zip"',
        "X-Needs": str(counts[0]), "X-Unmet": str(counts[3])})


@router.get("/match/outcomes")
def outcomes_page(request: Request, user: Schedule) -> HTMLResponse:
    """The upload form for meeting outcomes."""
    return render(request, "matching/outcomes.html", {"problems": [], "tables": None})


@router.post("/match/outcomes", response_model=None)
async def outcomes_upload(request: Request, user: Schedule, files: list[UploadFile],
                          download: Annotated[str, Form()] = ""
                          ) -> HTMLResponse | Response:
    """The outcome report of the uploaded files as tables on the page, or (``download``)
    the ZIP of the CLI's files; the problems found otherwise."""
    contents = [(f.filename or "hasil.csv", await f.read()) for f in files]
    try:
        tables, data = outcome_uploads(contents)
    except InputError as exc:
        return render(request, "matching/outcomes.html",
                      {"problems": exc.problems, "tables": None}, status=422)
    if download:
        return Response(data, media_type="application/zip", headers={
            "Content-Disposition": 'attachment; filename="outcomes.zip"'})
    return render(request, "matching/outcomes.html", {"problems": [], "tables": tables})
