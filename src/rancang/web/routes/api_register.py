"""JSON API: register records (role-checked), published aggregates, map points."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from rancang.features.registry.schemas import EnterpriseUpdate
from rancang.web.deps import EngineDep, UserDep
from rancang.web.routes.pages_register import FilterDep
from rancang.web.services import register as svc

router = APIRouter(prefix="/api/v1/register", tags=["register"])


@router.get("/records")
def records(engine: EngineDep, user: UserDep, f: FilterDep) -> dict[str, Any]:
    """A page of records (administrators; analysts: their region only; viewers: 403)."""
    return svc.list_records(engine, user, f)


@router.get("/records/{record_id}")
def record(engine: EngineDep, user: UserDep, record_id: int) -> dict[str, Any]:
    """One record with periods and audit trail (403 outside the user's region)."""
    return svc.get_record(engine, user, record_id)


@router.patch("/records/{record_id}")
def update(engine: EngineDep, user: UserDep, record_id: int,
           changes: EnterpriseUpdate) -> dict[str, Any]:
    """Change fields of a record (audited; needs ``X-CSRF-Token``)."""
    return {"changed": svc.update_record(engine, user, record_id,
                                         changes.model_dump(exclude_unset=True))}


@router.get("/aggregate")
def aggregate(engine: EngineDep, user: UserDep, measure: str = "units",
              level: int = 2) -> list[dict[str, Any]]:
    """Published aggregate by regency x KBLI x year, small cells suppressed (everyone)."""
    return svc.published_aggregate(engine, measure=measure, level=level)


@router.get("/points")
def points(engine: EngineDep, user: UserDep) -> dict[str, Any]:
    """Firm coordinates for the map (records the user may read): ``points`` (at most
    ``limit``, lowest ids first), ``total`` located firms and ``capped``."""
    return svc.points(engine, user)
