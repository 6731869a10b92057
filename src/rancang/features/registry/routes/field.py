"""The field officer's phone form (pendataan): the page, which keeps working offline, and
the API it sends each kept record to when the network is back."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from rancang.features.registry.field import FIELDS, REQUIRED, photo_folder, receive, villages
from rancang.features.registry.routes import ImportRegister
from rancang.web.deps import PUBLIC, EngineDep, SettingsDep
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.offline import worker_response
from rancang.web.render import render

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/register", tags=["register"], responses=ERROR_RESPONSES)


class FieldEntryIn(BaseModel):
    """One record from the phone: the id the phone gave it, the form's fields and an
    optional photo (a ``data:image/jpeg;base64,...`` address)."""

    client_id: str = Field(max_length=64)
    values: dict[str, str] = {}
    photo: str | None = Field(default=None, max_length=3_000_000)


class FieldEntryOut(BaseModel):
    """What became of it: the firm's id; ``repeated`` when it had been received before."""

    client_id: str
    enterprise_id: int | None
    repeated: bool


@pages.get("/register/field")
def field_page(request: Request, engine: EngineDep, user: ImportRegister) -> HTMLResponse:
    """The phone form."""
    headers = {h: f for f, h in FIELDS.items()}
    return render(request, "registry/field.html", {
        "fields": FIELDS, "required": REQUIRED, "headers": headers,
        "villages": villages(engine, user), "year": date.today().year,
        "user_key": user.username})


@pages.get("/register/field-sw.js", dependencies=[PUBLIC])
def field_worker() -> Response:
    """The form's service worker (the shared offline worker, :mod:`rancang.web.offline`).
    Served beside the form (not under ``/static/``) so that its scope may be the form's
    address, ``/register/field``, and nothing wider; the form is kept as soon as the
    worker is installed, and static files, whose addresses carry their versions, come
    from the kept copy first."""
    return worker_response("rancang-field-v1", "^/register/field$", files="cache-first",
                           prefetch="/register/field")


@api.post("/field-entries")
def field_entry(body: FieldEntryIn, engine: EngineDep, settings: SettingsDep,
                user: ImportRegister) -> FieldEntryOut:
    """Store one record of the phone form through the register's import checks; a record
    sent again with the same ``client_id`` is answered as before and not stored twice."""
    got: Any = receive(engine, user, body.client_id, body.values, photo=body.photo,
                       folder=photo_folder(settings))
    return FieldEntryOut(client_id=got.client_id, enterprise_id=got.enterprise_id,
                         repeated=got.repeated)
