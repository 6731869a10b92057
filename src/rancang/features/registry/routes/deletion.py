"""Deliberate deletes: the confirmation page, the deleted firms (restore), and the API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from rancang.features.registry import deletion as svc
from rancang.features.registry import records
from rancang.features.registry.api_models import DeletedOut, RestoredOut
from rancang.features.registry.routes import EditRecords
from rancang.web.deps import EngineDep
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/register", tags=["register"], responses=ERROR_RESPONSES)


@pages.get("/register/deleted")
def deleted_page(request: Request, engine: EngineDep, user: EditRecords,
                 done: int = 0) -> HTMLResponse:
    """Deleted firms of the user's regions, restorable until their retention ends."""
    deleted = svc.list_deleted(engine, user)
    just = next((d for d in deleted if d["id"] == done), None)
    return render(request, "registry/deleted.html", {"deleted": deleted, "just": just})


@pages.get("/register/{record_id}/delete")
def confirm_page(request: Request, engine: EngineDep, user: EditRecords,
                 record_id: int) -> HTMLResponse:
    """What will be deleted, and the button that confirms it."""
    rec = records.get_record(engine, user, record_id)["record"]
    user.require("registry.records.edit", rec["regency_code"])
    return render(request, "registry/delete.html",
                  {"record": rec, "days": svc.RETENTION.days})


@pages.post("/register/{record_id}/delete")
def delete_form(engine: EngineDep, user: EditRecords, record_id: int,
                reason: Annotated[str, Form()] = "") -> RedirectResponse:
    """Delete after the confirmation page (kept for restore)."""
    out = svc.delete_record(engine, user, record_id, confirm=True, reason=reason[:2000])
    return RedirectResponse(f"/register/deleted?done={out['id']}", status_code=303)


@pages.post("/register/deleted/{deleted_id}/restore")
def restore_form(engine: EngineDep, user: EditRecords, deleted_id: int) -> RedirectResponse:
    """Put a deleted firm back."""
    out = svc.restore_record(engine, user, deleted_id)
    return RedirectResponse(f"/register/{out['record_id']}", status_code=303)


@api.delete("/records/{record_id}")
def delete_record(engine: EngineDep, user: EditRecords, record_id: int,
                  confirm: bool = False, reason: str = "") -> DeletedOut:
    """Delete a firm: needs ``confirm=true``; restorable for the retention period."""
    return DeletedOut(**svc.delete_record(engine, user, record_id, confirm=confirm,
                                          reason=reason[:2000]))


@api.get("/deleted")
def deleted(engine: EngineDep, user: EditRecords) -> list[DeletedOut]:
    """Deleted firms of the user's regions that can still be restored."""
    return [DeletedOut(**d) for d in svc.list_deleted(engine, user)]


@api.post("/deleted/{deleted_id}/restore")
def restore(engine: EngineDep, user: EditRecords, deleted_id: int) -> RestoredOut:
    """Restore a deleted firm with its id, periods and raw materials."""
    return RestoredOut(**svc.restore_record(engine, user, deleted_id))
