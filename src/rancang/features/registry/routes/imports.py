"""Register uploads on the data page: undo an import (button and API), and the annotated
copy of a refused upload."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from rancang.features.registry.api_models import UndoImportOut
from rancang.features.registry.routes import ImportRegister
from rancang.features.registry.undo import undo_import
from rancang.web.deps import EngineDep
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/register", tags=["register"], responses=ERROR_RESPONSES)


@pages.post("/register/imports/{batch}/undo")
def undo_page(request: Request, engine: EngineDep, user: ImportRegister,
              batch: str) -> HTMLResponse:
    """Undo an import (refused when its records changed since)."""
    return render(request, "registry/undone.html",
                  {"result": undo_import(engine, user, batch)})


@api.post("/imports/{batch}/undo")
def undo(engine: EngineDep, user: ImportRegister, batch: str) -> UndoImportOut:
    """Undo the register import ``batch``: firms it created removed, values it changed put
    back (409 when those records changed since; 403 outside the user's region)."""
    return UndoImportOut(**undo_import(engine, user, batch))


@pages.get("/register/problems/{token}.xlsx")
def problems_xlsx(engine: EngineDep, user: ImportRegister, token: str) -> Response:
    """A refused upload of the user as a workbook with each problem beside its row."""
    from rancang.features.registry.upload import problem_workbook

    return Response(problem_workbook(engine, user, token), media_type=XLSX, headers={
        "Content-Disposition": 'attachment; filename="masalah-register.xlsx"',
        "Cache-Control": "no-store"})


@pages.get("/register/template.xlsx")
def template_xlsx(user: ImportRegister) -> Response:
    """The register template workbook: columns, meaning, accepted values."""
    import tempfile
    from pathlib import Path

    from rancang.features.registry.template import write_template

    with tempfile.TemporaryDirectory() as tmp:
        data = write_template(Path(tmp) / "templat.xlsx").read_bytes()
    return Response(data, media_type=XLSX, headers={
        "Content-Disposition": 'attachment; filename="templat-register-rancang.xlsx"'})
