"""The page ``/match/schedule``: upload an event workbook, download its schedule (made by
a background job); ``POST /api/v1/match/schedule`` the same for programs."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from rancang.core.actors import Actor
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.jobs.routes import JobOut
from rancang.features.matching.service import (
    match_uploads,
    outcome_uploads,
)
from rancang.web.deps import EngineDep, LangDep, Permit
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/match", tags=["matching"], responses=ERROR_RESPONSES)
Schedule = Annotated[Actor, Depends(Permit("matching.schedule"))]


@router.get("/match/schedule")
def schedule_page(request: Request, engine: EngineDep, user: Schedule,
                  job: int | None = None) -> HTMLResponse:
    """The upload form; with ``job``, that scheduling job's counts and its ZIP."""
    ctx: dict[str, Any] = {"problems": [], "job": None}
    if job is not None:
        from rancang.features.jobs.service import get_job

        ctx["job"] = get_job(engine, user, job)
    return render(request, "matching/schedule.html", ctx)


@router.post("/match/schedule", response_model=None)
async def schedule_upload(request: Request, user: Schedule, files: list[UploadFile],
                          time_limit: Annotated[float, Form()] = 20.0
                          ) -> HTMLResponse | Response:
    """Schedule the uploaded workbook as a background job: the job's progress, then
    ``/match/schedule?job={id}`` with the ZIP of the CLI's files; the problems found
    (on the job's page when the workbook is refused while read)."""
    from rancang.features.jobs.routes import answer
    from rancang.features.matching.jobs import start_schedule

    upload = files[0]
    try:
        job_id = start_schedule(request.app.state.engine, user,
                                upload=(upload.filename or "event.xlsx", await upload.read()),
                                time_limit=time_limit, result_url="/match/schedule?job={id}",
                                broker_url=request.app.state.settings.broker_url)
    except InputError as exc:
        ctx: dict[str, Any] = {"problems": exc.problems, "job": None}
        return render(request, "matching/schedule.html", ctx, status=422)
    return answer(request, user, job_id)


@api.post("/schedule", status_code=202)
async def schedule_api(request: Request, user: Schedule, lang: LangDep,
                       files: list[UploadFile],
                       time_limit: Annotated[float, Form(ge=1.0)] = 20.0) -> JobOut:
    """Schedule an uploaded event workbook (sheets participants, slots, requests,
    settings) as a background job: 202 with the job; follow it at ``/api/v1/jobs/{id}``
    until ``status`` is done, then download ``result_url``: the ZIP of schedule.csv,
    unscheduled.csv, schedule.xlsx and the printable PDFs, the same bytes as
    ``rancang match schedule --out schedule.zip``. ``time_limit`` (seconds, at most 50)
    bounds the solver. A workbook refused while read ends the job failed with its
    located problems."""
    from rancang.features.jobs.routes import job_out
    from rancang.features.jobs.service import get_job
    from rancang.features.matching.jobs import start_schedule

    engine = request.app.state.engine
    upload = files[0]
    job_id = start_schedule(engine, user,
                            upload=(upload.filename or "event.xlsx", await upload.read()),
                            time_limit=time_limit, result_url="/api/v1/jobs/{id}/download",
                            broker_url=request.app.state.settings.broker_url)
    return job_out(get_job(engine, user, job_id), lang)


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
