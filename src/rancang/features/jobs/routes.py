"""Following a job: the page ``/jobs/{id}`` (refreshes itself while the job runs), the list
``/jobs`` and the API ``/api/v1/jobs``; :func:`start` is what a feature's page calls to
run its long work as a job."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from rancang.core.actors import Actor
from rancang.features.jobs import service as svc
from rancang.web.deps import EngineDep, LangDep, PathId, SignedIn
from rancang.web.errors import ERROR_RESPONSES, ErrorOut
from rancang.web.render import render

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/jobs", tags=["jobs"], responses=ERROR_RESPONSES)


def start(request: Request, actor: Actor, target: str, params: dict[str, Any], *,
          region: str | None, result_url: str,
          files: list[tuple[str, bytes]] | None = None) -> Response:
    """Run ``target`` as a job for ``actor`` (on ``files``, kept with the job) and answer
    the page's POST: the result page when the job ends within
    ``RANCANG_JOB_WAIT_SECONDS``, the job's page (422) when it failed by then, else the
    job's progress page."""
    engine = request.app.state.engine
    settings = request.app.state.settings
    job_id = svc.submit(engine, actor, target, params, region=region, result_url=result_url,
                        broker_url=settings.broker_url, files=files)
    return answer(request, actor, job_id)


def answer(request: Request, actor: Actor, job_id: int) -> Response:
    """What a page's POST that started job ``job_id`` answers (see :func:`start`)."""
    engine = request.app.state.engine
    settings = request.app.state.settings
    view = svc.wait(engine, actor, job_id, settings.job_wait_seconds)
    if view.status == "done":
        return RedirectResponse(view.result_url or f"/jobs/{job_id}", status_code=303)
    if view.status == "failed":
        return render(request, "jobs/job.html", {"job": view}, status=422)
    return RedirectResponse(f"/jobs/{job_id}", status_code=303)


@pages.get("/jobs")
def jobs_page(request: Request, engine: EngineDep, user: SignedIn) -> HTMLResponse:
    """The latest jobs the signed-in user started."""
    return render(request, "jobs/jobs.html", {"jobs": svc.list_jobs(engine, user)})


def download(view: svc.ResultFile) -> Response:
    """The job's file as an attachment, byte for byte as the job wrote it."""
    name = view.name.replace('"', "")
    return Response(view.content, media_type=view.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@pages.get("/jobs/{job_id}/download")
def job_download(engine: EngineDep, user: SignedIn, job_id: PathId) -> Response:
    """The file the job made (a coded table, a schedule's ZIP); 404 while it runs, 410
    once its retention period is over (``RANCANG_JOB_RETENTION_DAYS``)."""
    return download(svc.output_file(engine, user, job_id))


@pages.get("/jobs/{job_id}")
def job_page(request: Request, engine: EngineDep, user: SignedIn,
             job_id: PathId) -> HTMLResponse:
    """One job: status, progress and step; reloads itself every two seconds until the job
    ends, then shows the result's link or the error in the user's language."""
    return render(request, "jobs/job.html", {"job": svc.get_job(engine, user, job_id)})


class JobOut(BaseModel):
    """A job: ``status`` queued, running, done or failed; ``progress`` 0 to 1; ``error``
    the failure in the request's language; ``result`` what the job returned;
    ``expires_at`` (UTC) when a finished job's result file is deleted (its download then
    answers 410)."""

    id: int
    kind: str
    status: str
    progress: float
    step: str
    region: str | None
    result: dict[str, Any] | None
    result_url: str | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    expires_at: datetime | None = None


def job_out(view: svc.JobView, lang: str) -> JobOut:
    """The API shape of a job, in ``lang``."""
    return JobOut(id=view.id, kind=view.kind, status=view.status, progress=view.progress,
                  step=view.note_text(lang), region=view.region_code, result=view.result,
                  result_url=view.result_url, error=view.error_text(lang) or None,
                  created_at=view.created_at, started_at=view.started_at,
                  finished_at=view.finished_at, expires_at=view.expires_at)


@api.get("")
def jobs_api(engine: EngineDep, user: SignedIn, lang: LangDep) -> list[JobOut]:
    """The latest jobs the caller started, newest first."""
    return [job_out(v, lang) for v in svc.list_jobs(engine, user)]


@api.get("/{job_id}/download", response_class=Response,
         responses={200: {"content": {"application/octet-stream": {}},
                          "description": "The job's file."},
                    410: {"model": ErrorOut,
                          "description": "The file's retention period is over"}})
def job_download_api(engine: EngineDep, user: SignedIn, job_id: PathId) -> Response:
    """The file a finished job of the caller made (the same bytes as the page's download
    and the CLI's file); 404 while the job runs, when it failed, or for another user's;
    410 (the message says when) once the file's retention period is over."""
    return download(svc.output_file(engine, user, job_id))


@api.get("/{job_id}")
def job_api(engine: EngineDep, user: SignedIn, lang: LangDep, job_id: PathId) -> JobOut:
    """One job of the caller (poll it until ``status`` is done or failed); another
    user's job answers 404."""
    return job_out(svc.get_job(engine, user, job_id), lang)
