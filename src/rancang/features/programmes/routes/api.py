"""``/api/v1/programmes``: programmes and the synchronisation report as JSON (the same
service as the CLI and the pages)."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, UploadFile
from pydantic import BaseModel, ConfigDict, Field

from rancang.core.i18n import current_language
from rancang.features.programmes.routes import (
    Level,
    Province,
    ReadProgrammes,
    Region,
    State,
    Threshold,
    Top,
    WriteProgrammes,
    Year,
    default_province,
    default_year,
    save_uploads,
)
from rancang.features.programmes.service import list_programmes
from rancang.features.programmes.sync import sync_report
from rancang.features.programmes.sync_tables import report_tables
from rancang.web.deps import EngineDep, PathId
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/programmes", tags=["programmes"],
                   responses=ERROR_RESPONSES)


class ProgrammeOut(BaseModel):
    """A programme: code, nomenclature, level, agency, place, year, budget and output."""

    id: int
    code: str
    name: str
    level: str
    agency: str
    region_code: str
    year: int
    budget: float | None
    indicator: str
    unit: str
    target: float | None


class TableOut(BaseModel):
    """A table of the report: numbers as numbers, the decimals each column shows."""

    id: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    decimals: list[int | None]


class SyncOut(BaseModel):
    """The synchronisation report: headline figures and every table."""

    province: str
    year: int
    summary: dict[str, float]
    tables: list[TableOut]


class ImportOut(BaseModel):
    """What an import did: files, programmes read, new, changed and unchanged rows."""

    files: list[str]
    rows: int
    inserted: int
    updated: int
    unchanged: int


class MappingOut(BaseModel):
    """A programme and a target or strategy of the plan: the state of the mapping
    (suggested, confirmed, rejected), its score, shared words and expected
    contribution."""

    programme: ProgrammeOut
    kind: str
    key: str
    label: str
    score: float | None
    words: list[str]
    state: str
    contribution: str
    decided_by: str


class DecisionIn(BaseModel):
    """A person's answer to one mapping; a blank contribution keeps the stored one."""

    programme_id: int = Field(ge=1, le=2**63 - 1)
    kind: Literal["target", "strategy"]
    key: str = Field(max_length=100)
    decision: Literal["confirm", "reject"]
    contribution: str | None = Field(default=None, max_length=2000)
    score: float | None = Field(default=None, ge=0.0, le=1.0)


class DecisionOut(BaseModel):
    """What the answer did: confirmed mappings and confirmed ones taken back."""

    confirmed: int
    removed: int


@router.get("")
def programmes_api(engine: EngineDep, user: ReadProgrammes, province: Province = None,
                   region: Region = None, level: Level = None,
                   year: Year = None) -> list[ProgrammeOut]:
    """The programmes the actor may read of a province (and its regencies) or of one
    regency, by level and year."""
    area = region or province or default_province(user)
    return [ProgrammeOut(**vars(p)) for p in list_programmes(engine, user, area=area,
                                                             year=year, level=level)]


@router.post("/import")
async def import_api(engine: EngineDep, user: WriteProgrammes,
                     files: list[UploadFile]) -> ImportOut:
    """Import programme lists (XLSX/CSV), all or nothing: a 422 lists every problem with
    its file, sheet, row and column, and nothing is stored."""
    from rancang.features.programmes.importer import import_programmes

    with tempfile.TemporaryDirectory() as tmp:
        paths = await save_uploads(files, Path(tmp))
        r = import_programmes(engine, user, paths)
    return ImportOut(files=r.files, rows=r.rows, inserted=r.inserted, updated=r.updated,
                     unchanged=r.unchanged)


@router.get("/plans/{plan_id}/mappings")
def mappings_api(plan_id: PathId, engine: EngineDep, user: ReadProgrammes,
                 state: State = None, top: Top = 3,
                 threshold: Threshold = 0.1) -> list[MappingOut]:
    """The stored mappings of a plan's programmes and the suggestions nobody answered."""
    from rancang.features.programmes.review import review_rows

    return [MappingOut(programme=ProgrammeOut(**vars(r.programme)), kind=r.kind, key=r.key,
                       label=r.label, score=r.score, words=list(r.words), state=r.state,
                       contribution=r.contribution, decided_by=r.decided_by)
            for r in review_rows(engine, user, plan_id, top=top, threshold=threshold,
                                 state=state)]


@router.post("/plans/{plan_id}/mappings")
def decide_api(plan_id: PathId, body: DecisionIn, engine: EngineDep,
               user: WriteProgrammes) -> DecisionOut:
    """Confirm (with the expected contribution) or reject one mapping of the plan."""
    from rancang.features.programmes.review import decide

    r = decide(engine, user, plan_id, body.programme_id, body.kind, body.key,
               confirm=body.decision == "confirm", contribution=body.contribution,
               score=body.score)
    return DecisionOut(confirmed=r.confirmed, removed=r.removed)


@router.get("/sync")
def sync_api(engine: EngineDep, user: ReadProgrammes, province: Province = None,
             year: Year = None) -> SyncOut:
    """The synchronisation report of a province and its regencies for a year."""
    province = province or default_province(user)
    year = year or default_year(engine, user, province)
    report = sync_report(engine, user, province, year)
    tables = [TableOut(id=t.id, title=t.title, columns=t.columns, rows=t.rows,
                       decimals=t.decimals) for t in report_tables(report, current_language())]
    return SyncOut(province=province, year=year,
                   summary={k: float(v) for k, v in report.summary().items()}, tables=tables)


class ProgrammeIn(BaseModel):
    """Changes to one programme: a field left out (or null) keeps what is stored; the
    values are checked as an import checks a row (all or nothing, 422 with each problem
    at its field)."""

    model_config = ConfigDict(extra="forbid")

    code: str | None = Field(default=None, max_length=60)
    name: str | None = Field(default=None, max_length=500)
    level: str | None = Field(default=None, max_length=20)
    agency: str | None = Field(default=None, max_length=200)
    region_code: str | None = Field(default=None, max_length=20)
    year: int | None = None
    budget: float | None = None
    indicator: str | None = Field(default=None, max_length=500)
    unit: str | None = Field(default=None, max_length=60)
    target: float | None = None


class EditOut(BaseModel):
    """What a change did: the programme as stored now, the fields changed and the
    mappings removed because the programme left a plan's region."""

    programme: ProgrammeOut
    changed: list[str]
    removed_mappings: int


class ProgrammeAuditOut(BaseModel):
    """One logged change: who, when, the fields before and after."""

    id: int
    at: datetime
    actor: str
    action: str
    region_code: str
    before: dict[str, Any]
    after: dict[str, Any]


@router.get("/{programme_id}")
def programme_api(programme_id: PathId, engine: EngineDep,
                  user: ReadProgrammes) -> ProgrammeOut:
    """One programme of the actor's regions (404 for another region's)."""
    from rancang.features.programmes.edit import get_programme

    return ProgrammeOut(**vars(get_programme(engine, user, programme_id)))


@router.patch("/{programme_id}")
def programme_edit_api(programme_id: PathId, body: ProgrammeIn, engine: EngineDep,
                       user: WriteProgrammes) -> EditOut:
    """Change one programme of the actor's region: the import's checks, all or nothing,
    logged (404 for another region's programme)."""
    from rancang.features.programmes.edit import update_programme

    r = update_programme(engine, user, programme_id, body.model_dump(exclude_none=True))
    return EditOut(programme=ProgrammeOut(**vars(r.programme)), changed=sorted(r.after),
                   removed_mappings=r.removed_mappings)


@router.get("/{programme_id}/history")
def programme_history_api(programme_id: PathId, engine: EngineDep,
                          user: ReadProgrammes) -> list[ProgrammeAuditOut]:
    """The logged changes of one programme, newest first."""
    from rancang.features.programmes.edit import programme_history

    return [ProgrammeAuditOut(id=h.id, at=h.at, actor=h.actor, action=h.action,
                              region_code=h.region_code, before=h.before, after=h.after)
            for h in programme_history(engine, user, programme_id)]
