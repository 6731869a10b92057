"""The notes page and its API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from rancang.core.actors import Actor
from rancang.web.deps import EngineDep, Permit
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render
from rancang_notes.service import list_notes

router = APIRouter()
ReadNotes = Annotated[Actor, Depends(Permit("notes.read"))]


class NoteOut(BaseModel):
    """A field note."""

    id: int
    region_code: str
    text: str
    author: str


@router.get("/notes", include_in_schema=False)
def notes_page(request: Request, engine: EngineDep, user: ReadNotes) -> HTMLResponse:
    """The notes the actor may read."""
    return render(request, "notes/notes.html", {"notes": list_notes(engine, user)})


@router.get("/api/v1/notes", tags=["notes"], responses=ERROR_RESPONSES)
def notes_api(engine: EngineDep, user: ReadNotes) -> list[NoteOut]:
    """The notes the actor may read, newest first."""
    return [NoteOut(**n) for n in list_notes(engine, user)]  # type: ignore[arg-type]
