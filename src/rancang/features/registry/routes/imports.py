"""Undo a register import: a button on the data page after a saved upload, and the API."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from rancang.features.registry.api_models import UndoImportOut
from rancang.features.registry.routes import ImportRegister
from rancang.features.registry.undo import undo_import
from rancang.web.deps import EngineDep
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

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
