"""JSON API: BPS PDRB uploads and the import history (every importer's attempts)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, UploadFile
from pydantic import BaseModel

from rancang.core.actors import Actor
from rancang.features.datasets.imports import import_history, import_pdrb
from rancang.web.deps import EngineDep, Permit
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/imports", tags=["imports"], responses=ERROR_RESPONSES)
ImportPdrb = Annotated[Actor, Depends(Permit("datasets.import"))]
ReadHistory = Annotated[Actor, Depends(Permit("datasets.history.read"))]


class CheckOut(BaseModel):
    """A BPS row whose categories miss its published total: where it is, the numbers, and
    the repair applied (one lost decimal point) or why none was."""

    file: str
    sheet: str
    row: int
    column: str
    region_code: str
    year: int
    categories_sum: float
    published_total: float
    status: str
    repair: str
    message: str


class ImportSummaryOut(BaseModel):
    """What an accepted import saved: a new dataset (regions, industries, years,
    dataset_id) or register records (rows, added, changed, unchanged, periods, batch)."""

    regions: int | None = None
    industries: int | None = None
    years: list[int] | None = None
    dataset_id: int | None = None
    rows: int | None = None
    added: int | None = None
    changed: int | None = None
    unchanged: int | None = None
    periods_added: int | None = None
    periods_changed: int | None = None
    batch: str | None = None
    repaired: int | None = None
    flagged: int | None = None
    checks: list[CheckOut] | None = None
    staged: str | None = None
    #: How the files were read (CSV separator and decimal mark, cells a long table left
    #: out and filled with zero), in the request's language.
    notes: list[str] | None = None


class ImportRecordOut(BaseModel):
    """One upload in the import history, accepted or refused."""

    id: int
    at: datetime
    actor: str
    kind: str
    files: list[str]
    status: str
    rows: int | None
    region_code: str | None
    dataset_id: int | None
    summary: dict[str, Any] | None
    message: str | None


async def read_files(files: list[UploadFile]) -> list[tuple[str, bytes]]:
    """The uploaded files as (name, bytes) pairs."""
    return [(f.filename or "upload", await f.read()) for f in files]


@router.post("/pdrb", status_code=201)
async def upload_pdrb(engine: EngineDep, user: ImportPdrb, files: list[UploadFile],
                      name: Annotated[str, Form()] = "",
                      confirmed: Annotated[bool, Form()] = True) -> ImportSummaryOut:
    """Upload BPS PDRB files; 422 with ``problems`` (file, sheet, row, column) when bad.

    The files are read as ``rancang analyze`` reads them (a row off its total by one lost
    decimal point is repaired, others flagged); ``checks`` lists those rows. With
    ``confirmed=false`` and any such row, nothing is saved: ``staged`` holds the upload
    for a second call to ``/api/v1/imports/confirm``.
    """
    return ImportSummaryOut(**import_pdrb(engine, user, await read_files(files), name=name,
                                          confirmed=confirmed))


@router.post("/confirm", status_code=201)
def confirm(engine: EngineDep, user: ImportPdrb,
            token: Annotated[str, Form()]) -> ImportSummaryOut:
    """Save a PDRB upload held with ``confirmed=false``."""
    from rancang.features.datasets.staging import take

    _, name, contents = take(engine, user, token)
    return ImportSummaryOut(**import_pdrb(engine, user, contents, name=name, confirmed=True))


@router.get("")
def history(engine: EngineDep, user: ReadHistory) -> list[ImportRecordOut]:
    """Import history (administrators: all; analysts: own region and own uploads)."""
    return [ImportRecordOut(**r) for r in import_history(engine, user)]
