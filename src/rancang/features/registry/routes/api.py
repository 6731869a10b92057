"""JSON API: register records (role-checked), published aggregates, map points."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, UploadFile

from rancang.features.datasets.routes.api_imports import read_files
from rancang.features.jobs.routes import JobOut
from rancang.features.registry import records as svc
from rancang.features.registry.api_models import (
    AggregateCellOut,
    ChangedOut,
    PointsOut,
    RecordOut,
    RecordPageOut,
    RegisterImportOut,
)
from rancang.features.registry.routes import (
    EditRecords,
    ImportRegister,
    ReadAggregates,
    ReadRecords,
)
from rancang.features.registry.routes.pages import FilterDep
from rancang.features.registry.schemas import EnterpriseUpdate
from rancang.features.registry.upload import import_register
from rancang.web.deps import EngineDep, PathId
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/register", tags=["register"], responses=ERROR_RESPONSES)


@router.get("/records")
def records(engine: EngineDep, user: ReadRecords, f: FilterDep) -> RecordPageOut:
    """A page of records (administrators; analysts: their region only; viewers: 403)."""
    return RecordPageOut(**svc.list_records(engine, user, f))


@router.get("/records/{record_id}")
def record(engine: EngineDep, user: ReadRecords, record_id: PathId) -> RecordOut:
    """One record with periods and audit trail (403 outside the user's region)."""
    return RecordOut(**svc.get_record(engine, user, record_id))


@router.patch("/records/{record_id}")
def update(engine: EngineDep, user: EditRecords, record_id: PathId,
           changes: EnterpriseUpdate) -> ChangedOut:
    """Change fields of a record (audited; needs ``X-CSRF-Token``)."""
    return ChangedOut(changed=svc.update_record(engine, user, record_id,
                                                changes.model_dump(exclude_unset=True)))


@router.get("/aggregate")
def aggregate(engine: EngineDep, user: ReadAggregates, measure: str = "units",
              level: int = 2) -> list[AggregateCellOut]:
    """Published aggregate by regency x KBLI x year, small cells suppressed (everyone)."""
    return [AggregateCellOut(**r)
            for r in svc.published_aggregate(engine, measure=measure, level=level)]


@router.get("/points")
def points(engine: EngineDep, user: ReadRecords) -> PointsOut:
    """Firm coordinates for the map (records the user may read): ``points`` (at most
    ``limit``, lowest ids first), ``total`` located firms and ``capped``."""
    return PointsOut(**svc.points(engine, user))


imports = APIRouter(prefix="/api/v1/imports", tags=["imports"], responses=ERROR_RESPONSES)


@imports.post("/register", status_code=201)
async def upload_register(engine: EngineDep, user: ImportRegister,
                          files: list[UploadFile], dry_run: bool = False,
                          kbli_choices: Annotated[str, Form()] = "") -> RegisterImportOut:
    """Upload register spreadsheets (all-or-nothing; analysts: own region only, matching
    only firms stored there). ``dry_run=true`` saves nothing and lists every stored value
    the upload would change (``changes``: before -> after); a blank cell never erases.
    It also lists ``kbli_suggestions`` for the firms without KBLI (when a feature
    suggests KBLI). None is applied unless chosen: ``kbli_choices`` is a JSON list of
    ``{"row", "kbli"}`` (and ``"file"``, ``"sheet"`` when several files have the row);
    only those firms get the chosen class (audited), the rest are saved without KBLI."""
    return RegisterImportOut(**import_register(engine, user, await read_files(files),
                                               dry_run=dry_run,
                                               kbli_choices=parse_choices(kbli_choices)))


def parse_choices(raw: str) -> list[dict[str, Any]]:
    """The API's ``kbli_choices`` field (a JSON list of objects; 422 otherwise).

    >>> parse_choices('[{"row": 2, "kbli": "10710"}]'), parse_choices("")
    ([{'row': 2, 'kbli': '10710'}], [])
    """
    import json

    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg

    if not raw.strip():
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(
            isinstance(c, dict) and isinstance(c.get("row"), int) for c in value):
        raise InputError(Problem(Msg("registry.kbli_choices_bad"), column="kbli_choices"))
    return value


@imports.post("/register/job", status_code=202)
async def upload_register_job(request: Request, user: ImportRegister,
                              files: list[UploadFile]) -> JobOut:
    """Upload register spreadsheets to import as a background job (a large upload): 202
    with the job; follow it at ``/api/v1/jobs/{id}``. When done, ``result`` is the import's
    summary; when refused, ``error`` lists the problems (file, sheet, row, column) and
    nothing is saved. Values that change stored ones are saved (as the synchronous call)."""
    from rancang.core.i18n import current_language
    from rancang.features.datasets.jobs import importer_of, start_import
    from rancang.features.jobs.routes import job_out
    from rancang.features.jobs.service import get_job

    engine = request.app.state.engine
    job_id = start_import(engine, user, importer_of("register"), await read_files(files),
                          name="", confirmed=True,
                          broker_url=request.app.state.settings.broker_url)
    return job_out(get_job(engine, user, job_id), current_language())
