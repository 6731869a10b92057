"""``/api/v1/monitoring``: a region's dashboard, entering and verifying realisations, and
the public aggregates, as JSON (the same service as the CLI, the pages and the
workbooks)."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query, UploadFile
from pydantic import BaseModel, Field

from rancang.features.monitoring import channels
from rancang.features.monitoring import dashboard as dash
from rancang.features.monitoring.realisations import (
    Entry,
    RealisationInfo,
    confirm,
    enter,
    verify,
)
from rancang.features.monitoring.routes import ReadMonitoring, VerifyMonitoring, WriteMonitoring
from rancang.web.deps import PUBLIC, EngineDep, PathId
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/monitoring", tags=["monitoring"],
                   responses=ERROR_RESPONSES)


class DashboardOut(BaseModel):
    """A region's monitoring for a period: every indicator's year target, the realisation
    that counts, its achievement (%) and traffic light, the yearly series; roll-ups to the
    plan's targets and programme groups; the thresholds used."""

    region: str
    period: str
    plan_id: int | None
    thresholds: dict[str, float]
    verified_only: bool
    counts: dict[str, int]
    indicators: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    groups: list[dict[str, Any]]


class RealisationIn(BaseModel):
    """A realisation to enter or change; a field left out (or null) keeps what is
    stored."""

    indicator_id: int
    region: str = Field(max_length=20)
    period: str = Field(max_length=10)
    value: float | None = None
    evidence_link: str | None = Field(default=None, max_length=500)
    obstacles: str | None = Field(default=None, max_length=5000)
    follow_up: str | None = Field(default=None, max_length=5000)


class RealisationOut(BaseModel):
    """A stored realisation."""

    id: int
    indicator_id: int
    region_code: str
    period: str
    value: float | None
    status: str
    source: str
    evidence_link: str | None
    has_evidence: bool
    entered_by: str
    verified_by: str | None
    verified_at: datetime | None

    @classmethod
    def of(cls, r: RealisationInfo) -> RealisationOut:
        return cls(id=r.id, indicator_id=r.indicator_id, region_code=r.region_code,
                   period=r.period, value=r.value, status=r.status, source=r.source,
                   evidence_link=r.evidence_link, has_evidence=r.has_evidence,
                   entered_by=r.entered_by, verified_by=r.verified_by,
                   verified_at=r.verified_at)


@router.get("/public")
def public_api(engine: EngineDep, period: str | None = Query(None, max_length=10),
               province: str | None = Query(None, pattern=r"^\d{2}(\.\d{2})?$"),
               _: None = PUBLIC) -> list[DashboardOut]:
    """Aggregates anyone may read: verified values only, no firm-level data; the regions
    with a monitored plan in force in the period's year (inside ``province``)."""
    p = channels.period_of(period)
    return [DashboardOut(**dash.dashboard_json(d, public=True))
            for d in dash.public_dashboards(engine, p, province)]


@router.get("/regions/{region}")
def region_api(region: str, engine: EngineDep, user: ReadMonitoring,
               period: str | None = Query(None, max_length=10),
               green: float | None = None, yellow: float | None = None) -> DashboardOut:
    """A region's dashboard for a period (404 for a region the actor may not read)."""
    d = dash.region_dashboard(engine, user, region, channels.period_of(period),
                              thresholds=channels.thresholds_of(green, yellow))
    return DashboardOut(**dash.dashboard_json(d))


class RegionStatusOut(BaseModel):
    """One region of a province for a period: its plan in force, its state (``no_plan``,
    ``no_monitoring``, ``no_realisation``, ``reported``), indicators, indicators with a
    realisation, mean achievement (%) and indicators per traffic light."""

    region: str
    name: str
    plan_id: int | None
    status: str
    indicators: int
    realised: int
    achievement: float | None
    counts: dict[str, int] | None


class ProvinceOut(BaseModel):
    """The province and every regency and city of it in the Kemendagri reference, those
    with nothing to report included; ``by_status`` lists the regency codes per state."""

    province: str
    name: str
    period: str
    thresholds: dict[str, float]
    by_status: dict[str, list[str]]
    regions: list[RegionStatusOut]


@router.get("/provinces/{province}")
def province_api(province: str, engine: EngineDep, user: ReadMonitoring,
                 period: str | None = Query(None, max_length=10),
                 green: float | None = None, yellow: float | None = None) -> ProvinceOut:
    """Every regency of a province for a period, marking those without an RPIK, without
    monitoring or without a realisation (404 for a province the actor may not read)."""
    from rancang.features.monitoring.coverage import coverage_json, province_coverage

    c = province_coverage(engine, user, province, channels.period_of(period),
                          thresholds=channels.thresholds_of(green, yellow))
    return ProvinceOut(**coverage_json(c))


@router.post("/realisations")
def enter_api(body: RealisationIn, engine: EngineDep,
              user: WriteMonitoring) -> RealisationOut:
    """Enter or change a realisation (blank fields keep what is stored)."""
    r = enter(engine, user, body.indicator_id, Entry(
        region=body.region, period=body.period, value=body.value,
        evidence_link=body.evidence_link, obstacles=body.obstacles,
        follow_up=body.follow_up, source="api"))
    return RealisationOut.of(r)


class ImportOut(BaseModel):
    """What an import of realisations did: rows read, realisations created and
    changed."""

    rows: int
    created: int
    changed: int


@router.post("/import")
async def import_api(engine: EngineDep, user: WriteMonitoring,
                     files: list[UploadFile]) -> ImportOut:
    """Import realisations from a CSV/XLSX (the sheet of ``/monitoring/{region}/
    template.xlsx``), all or nothing: a 422 names file, row and column of every
    problem."""
    from rancang.features.monitoring.importer import import_file

    upload = files[0]
    name = Path(upload.filename or "upload.csv").name
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("upload" + Path(name).suffix.lower()[:6])
        path.write_bytes(await upload.read())
        counts = import_file(engine, user, path, name=name)
    return ImportOut(rows=counts.get("rows", 0), created=counts.get("created", 0),
                     changed=counts.get("changed", 0))


@router.post("/realisations/{realisation_id}/confirm")
def confirm_api(realisation_id: PathId, engine: EngineDep,
                user: WriteMonitoring) -> RealisationOut:
    """Confirm a value proposed from the BPS datasets or the register, so that it
    counts."""
    return RealisationOut.of(confirm(engine, user, realisation_id))


@router.post("/realisations/{realisation_id}/verify")
def verify_api(realisation_id: PathId, engine: EngineDep,
               user: VerifyMonitoring) -> RealisationOut:
    """Verify a realisation (evidence required; not by who entered or changed it)."""
    return RealisationOut.of(verify(engine, user, realisation_id))
