"""Data page: uploads of every kind the features offer, and the import history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError
from rancang.core.features import Importer, load_ref
from rancang.features.datasets.imports import import_history
from rancang.features.datasets.regions import visible_datasets
from rancang.features.jobs.service import JobView
from rancang.web.deps import EngineDep, Permit, QueryId
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
ReadDatasets = Annotated[Actor, Depends(Permit("datasets.read"))]

# problems of a refused import shown at once; the rest behind a "show more" toggle
HISTORY_PROBLEMS = 5


def _page(request: Request, engine: EngineDep, user: Actor, **extra: object) -> HTMLResponse:
    history = import_history(engine, user) if user.can("datasets.history.read") else []
    datasets = visible_datasets(engine, user)
    importers = [i for i in request.app.state.features.importers()
                 if user.can(i.permission)]
    status = 422 if extra.get("problems") else 200
    return render(request, "datasets/data.html", {
        "datasets": datasets, "history": history, "visible_ids": {d.id for d in datasets},
        "first_problems": HISTORY_PROBLEMS, "importers": importers,
        "can_upload": bool(importers), **extra}, status=status)


@router.get("/data", response_model=None)
def data_page(request: Request, engine: EngineDep, user: ReadDatasets,
              job: QueryId = None) -> Response:
    """Datasets, upload forms, import history; ``job``: the outcome of an upload the user
    started as a background job (saved, to confirm, or its problems), or the job's
    progress page while it runs."""
    if job is None:
        return _page(request, engine, user)
    from rancang.features.jobs.service import get_job

    view = get_job(engine, user, job)
    if not view.final:
        return RedirectResponse(f"/jobs/{view.id}", status_code=303)
    return _outcome(request, engine, user, view)


def _outcome(request: Request, engine: EngineDep, user: Actor, view: JobView
             ) -> HTMLResponse:
    """The data page with what an import job came to."""
    kind = (view.params or {}).get("kind")
    if view.status == "done":
        summary = dict(view.result or {})
        if summary.get("staged"):
            return _page(request, engine, user, staged=summary, kind=kind)
        return _page(request, engine, user, saved=summary, kind=kind)
    from rancang.core.i18n import current_language

    lang = current_language()
    problems = view.problems(lang) or [{"message": view.error_text(lang)}]
    return _page(request, engine, user, problems=problems, kind=kind,
                 download=(view.result or {}).get("download"))


@router.post("/data/upload", response_model=None)
async def upload(
    request: Request, engine: EngineDep, user: ReadDatasets,
    kind: Annotated[str, Form()], files: list[UploadFile], name: Annotated[str, Form()] = "",
) -> Response:
    """Validate and save with the importer of ``kind``; on problems show them per row and
    column, nothing saved."""
    importer = _importer(request, kind)
    user.require(importer.permission)
    contents = [(f.filename or "upload", await f.read()) for f in files]
    return _run(request, engine, user, importer, contents, name=name, confirmed=False)


def _run(request: Request, engine: EngineDep, user: Actor, importer: Importer,
         contents: list[tuple[str, bytes]], *, name: str, confirmed: bool,
         choices: dict[str, str] | None = None) -> Response:
    if importer.background:
        return _run_job(request, engine, user, importer, contents, name=name,
                        confirmed=confirmed, choices=choices)
    try:
        summary = load_ref(importer.run)(engine, user, contents, name=name,
                                         confirmed=confirmed,
                                         **({"choices": choices} if choices else {}))
    except InputError as exc:
        return _page(request, engine, user, problems=[p.as_dict() for p in exc.problems],
                     kind=importer.kind, download=getattr(exc, "download", None))
    if summary.get("staged"):
        return _page(request, engine, user, staged=summary, kind=importer.kind)
    dataset = summary.get("dataset_id")
    if dataset:
        from rancang.features.datasets.routes.home import own_region

        own = own_region(engine, user, int(dataset))
        if own is not None:
            summary = {**summary, "own_url": f"/region/{dataset}/{own[0]}",
                       "own_name": own[1]}
    return _page(request, engine, user, saved=summary, kind=importer.kind)


def _run_job(request: Request, engine: EngineDep, user: Actor, importer: Importer,
             contents: list[tuple[str, bytes]], *, name: str, confirmed: bool,
             choices: dict[str, str] | None = None) -> Response:
    """The import as a background job: its outcome at once when it ends within
    ``RANCANG_JOB_WAIT_SECONDS``, else the job's progress page (which links back here)."""
    from rancang.features.datasets.jobs import start_import
    from rancang.features.jobs.service import wait

    settings = request.app.state.settings
    job_id = start_import(engine, user, importer, contents, name=name, confirmed=confirmed,
                          broker_url=settings.broker_url, choices=choices)
    view = wait(engine, user, job_id, settings.job_wait_seconds)
    if not view.final:
        return RedirectResponse(f"/jobs/{job_id}", status_code=303)
    return _outcome(request, engine, user, view)


def _importer(request: Request, kind: str) -> Importer:
    found = next((i for i in request.app.state.features.importers() if i.kind == kind), None)
    if found is None:
        raise NotFoundError("datasets.unknown_kind", kind=kind)
    return found


#: form fields of a preview's choices (``choice.<key>``), passed to the importer
CHOICE_PREFIX = "choice."


@router.post("/data/upload/confirm", response_model=None)
async def confirm_upload(request: Request, engine: EngineDep, user: ReadDatasets,
                         token: Annotated[str, Form()]) -> Response:
    """Save an upload held for confirmation (the uploader has seen its flagged rows).
    The preview's non-blank ``choice.<key>`` fields reach the importer as ``choices``
    (the KBLI codes chosen for register rows without one)."""
    from rancang.features.datasets.staging import take

    form = await request.form()
    choices = {k[len(CHOICE_PREFIX):]: v.strip() for k, v in form.multi_items()
               if k.startswith(CHOICE_PREFIX) and isinstance(v, str) and v.strip()}
    kind, name, contents = take(engine, user, token)
    importer = _importer(request, kind)
    user.require(importer.permission)
    return _run(request, engine, user, importer, contents, name=name, confirmed=True,
                choices=choices)


@router.post("/data/upload/cancel")
def cancel_upload(request: Request, engine: EngineDep, user: ReadDatasets,
                  token: Annotated[str, Form()]) -> HTMLResponse:
    """Forget an upload held for confirmation; nothing is saved."""
    from rancang.features.datasets.staging import cancel

    cancel(engine, user, token)
    return _page(request, engine, user, cancelled=True)
