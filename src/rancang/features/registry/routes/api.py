"""JSON API: register records (role-checked), published aggregates, map points."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, UploadFile

from rancang.features.datasets.routes.api_imports import ImportSummaryOut, read_files
from rancang.features.registry import records as svc
from rancang.features.registry.routes import (
    EditRecords,
    ImportRegister,
    ReadAggregates,
    ReadRecords,
)
from rancang.features.registry.routes.pages import FilterDep
from rancang.features.registry.schemas import EnterpriseUpdate
from rancang.features.registry.upload import import_register
from rancang.web.deps import EngineDep
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/register", tags=["register"], responses=ERROR_RESPONSES)


@router.get("/records")
def records(engine: EngineDep, user: ReadRecords, f: FilterDep) -> dict[str, Any]:
    """A page of records (administrators; analysts: their region only; viewers: 403)."""
    return svc.list_records(engine, user, f)


@router.get("/records/{record_id}")
def record(engine: EngineDep, user: ReadRecords, record_id: int) -> dict[str, Any]:
    """One record with periods and audit trail (403 outside the user's region)."""
    return svc.get_record(engine, user, record_id)


@router.patch("/records/{record_id}")
def update(engine: EngineDep, user: EditRecords, record_id: int,
           changes: EnterpriseUpdate) -> dict[str, Any]:
    """Change fields of a record (audited; needs ``X-CSRF-Token``)."""
    return {"changed": svc.update_record(engine, user, record_id,
                                         changes.model_dump(exclude_unset=True))}


@router.get("/aggregate")
def aggregate(engine: EngineDep, user: ReadAggregates, measure: str = "units",
              level: int = 2) -> list[dict[str, Any]]:
    """Published aggregate by regency x KBLI x year, small cells suppressed (everyone)."""
    return svc.published_aggregate(engine, measure=measure, level=level)


@router.get("/points")
def points(engine: EngineDep, user: ReadRecords) -> dict[str, Any]:
    """Firm coordinates for the map (records the user may read): ``points`` (at most
    ``limit``, lowest ids first), ``total`` located firms and ``capped``."""
    return svc.points(engine, user)


imports = APIRouter(prefix="/api/v1/imports", tags=["imports"], responses=ERROR_RESPONSES)


@imports.post("/register", status_code=201)
async def upload_register(engine: EngineDep, user: ImportRegister,
                          files: list[UploadFile]) -> ImportSummaryOut:
    """Upload register spreadsheets (all-or-nothing; analysts: own region only)."""
    return ImportSummaryOut(**import_register(engine, user, await read_files(files)))
