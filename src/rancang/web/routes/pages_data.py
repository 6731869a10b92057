"""Data page: upload BPS PDRB files and register spreadsheets; import history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from rancang.core.errors import InputError
from rancang.web.access import can_upload, record_scope
from rancang.web.deps import EngineDep, LangDep, UserDep
from rancang.web.render import render
from rancang.web.services.imports import import_history, import_pdrb, import_register
from rancang.web.services.regions import visible_datasets

router = APIRouter(include_in_schema=False)


# problems of a refused import shown at once; the rest behind a "show more" toggle
HISTORY_PROBLEMS = 5


def _page(request: Request, engine: EngineDep, user: UserDep, **extra: object) -> HTMLResponse:
    history = import_history(engine, user) if record_scope(user) is not None else []
    datasets = visible_datasets(engine, user)
    status = 422 if extra.get("problems") else 200
    return render(request, "data.html", {"datasets": datasets, "history": history,
                                         "visible_ids": {d.id for d in datasets},
                                         "first_problems": HISTORY_PROBLEMS,
                                         "can_upload": can_upload(user), **extra},
                  status=status)


@router.get("/data")
def data_page(request: Request, engine: EngineDep, user: UserDep) -> HTMLResponse:
    """Datasets, upload forms, import history."""
    return _page(request, engine, user)


@router.post("/data/upload")
async def upload(
    request: Request, engine: EngineDep, user: UserDep, lang: LangDep,
    kind: Annotated[str, Form()], files: list[UploadFile], name: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Validate and save; on problems show them per row and column, nothing saved."""
    contents = [(f.filename or "upload", await f.read()) for f in files]
    try:
        if kind == "register":
            summary = import_register(engine, user, contents, lang=lang)
        else:
            summary = import_pdrb(engine, user, contents, name=name, lang=lang)
    except InputError as exc:
        return _page(request, engine, user, problems=[p.as_dict() for p in exc.problems],
                     kind=kind)
    return _page(request, engine, user, saved=summary, kind=kind)
