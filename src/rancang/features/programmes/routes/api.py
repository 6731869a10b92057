"""``/api/v1/programmes``: programmes and the synchronisation report as JSON (the same
service as the CLI and the pages)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from rancang.core.i18n import current_language
from rancang.features.programmes.routes import (
    Province,
    ReadProgrammes,
    Year,
    default_province,
    default_year,
)
from rancang.features.programmes.service import list_programmes
from rancang.features.programmes.sync import sync_report
from rancang.features.programmes.sync_tables import report_tables
from rancang.web.deps import EngineDep
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


@router.get("")
def programmes_api(engine: EngineDep, user: ReadProgrammes, province: Province = None,
                   year: Year = None) -> list[ProgrammeOut]:
    """The programmes of a province (and its regencies) the actor may read."""
    province = province or default_province(user)
    return [ProgrammeOut(**vars(p)) for p in list_programmes(engine, user, area=province,
                                                             year=year)]


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
