"""JSON API of the stored datasets: list, describe, delete, regions, a region's values."""

from __future__ import annotations

import math
from dataclasses import asdict
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from rancang.core.actors import Actor
from rancang.core.errors import NotFoundError
from rancang.features.datasets.regions import search_regions, visible_dataset, visible_datasets
from rancang.features.datasets.service import delete_dataset, load_panel
from rancang.web.deps import EngineDep, Limit, PathId, Permit
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["datasets"], responses=ERROR_RESPONSES)
ReadDatasets = Annotated[Actor, Depends(Permit("datasets.read"))]
ManageDatasets = Annotated[Actor, Depends(Permit("datasets.manage"))]


class DatasetOut(BaseModel):
    """A stored panel: what it measures, its years and regions, who uploaded it, whether
    it is published and the default."""

    id: int
    name: str
    measure: str
    unit: str
    synthetic: bool
    first_year: int
    last_year: int
    n_regions: int
    created_at: datetime
    created_by: str | None
    sources: list[str]
    published: bool
    is_default: bool
    region_code: str | None


class IndustryOut(BaseModel):
    """An industry of a dataset."""

    code: str
    name: str


class DatasetDetailOut(DatasetOut):
    """A dataset with its industries and years."""

    industries: list[IndustryOut]
    years: list[int]


class RegionOut(BaseModel):
    """A region of a dataset with its parent (province) and its Kemendagri code."""

    code: str
    name: str
    parent_code: str | None
    parent_name: str | None
    kemendagri_code: str | None


class PanelValueOut(BaseModel):
    """One value of the panel: region x industry x year (null when missing)."""

    region_code: str
    region_name: str
    industry_code: str
    industry_name: str
    year: int
    value: float | None
    measure: str
    unit: str


def _dataset_out(info: object) -> DatasetOut:
    return DatasetOut(**{**asdict(info), "sources": list(asdict(info)["sources"])})  # type: ignore[call-overload]


@router.get("/datasets")
def datasets(engine: EngineDep, user: ReadDatasets) -> list[DatasetOut]:
    """Stored panels (PDRB datasets) the user may open, newest first (unpublished uploads
    only for the uploader, analysts of the uploader's region and administrators)."""
    return [_dataset_out(d) for d in visible_datasets(engine, user)]


@router.get("/datasets/{dataset_id}")
def dataset(engine: EngineDep, user: ReadDatasets, dataset_id: PathId) -> DatasetDetailOut:
    """One dataset with its industries and years."""
    info = visible_dataset(engine, user, dataset_id)
    p = load_panel(engine, dataset_id)
    return DatasetDetailOut(
        **_dataset_out(info).model_dump(),
        industries=[IndustryOut(code=c, name=n)
                    for c, n in zip(p.industry_codes, p.industry_names, strict=True)],
        years=list(p.years))


@router.delete("/datasets/{dataset_id}", status_code=204)
def remove_dataset(engine: EngineDep, user: ManageDatasets, dataset_id: PathId,
                   confirm: bool = False) -> None:
    """Delete a dataset (administrators; needs ``confirm=true``): hidden at once,
    restorable with ``/restore`` for the retention period, then purged."""
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg

    if not confirm:
        raise InputError(Problem(Msg("datasets.delete_confirm", id=dataset_id)))
    delete_dataset(engine, dataset_id, actor=user.username)


class RestoredDatasetOut(BaseModel):
    """The dataset brought back."""

    restored: int


@router.post("/datasets/{dataset_id}/restore")
def restore_dataset(engine: EngineDep, user: ManageDatasets,
                    dataset_id: PathId) -> RestoredDatasetOut:
    """Bring back a deleted dataset (administrators)."""
    from rancang.features.datasets.service import restore_dataset as restore

    restore(engine, dataset_id)
    return RestoredDatasetOut(restored=dataset_id)


@router.get("/datasets/{dataset_id}/regions")
def regions(engine: EngineDep, user: ReadDatasets, dataset_id: PathId, q: str = "",
            province: str | None = None, limit: Limit = 100) -> list[RegionOut]:
    """Regions of a dataset, searched by name or code (BPS or Kemendagri)."""
    visible_dataset(engine, user, dataset_id)
    return [RegionOut.model_validate(r.as_dict())
            for r in search_regions(engine, dataset_id, q, province=province,
                                    limit=max(1, min(limit, 1000)))]


@router.get("/datasets/{dataset_id}/panel/{region}")
def panel_values(engine: EngineDep, user: ReadDatasets, dataset_id: PathId,
                 region: str) -> list[PanelValueOut]:
    """The panel values of one region (or reference row) as a tidy long table."""
    visible_dataset(engine, user, dataset_id)
    p = load_panel(engine, dataset_id)
    if p.has_region(region):
        sub = p.select_regions([region])
    elif p.references is not None and p.references.has_region(region):
        sub = p.references.select_regions([region])
    else:
        raise NotFoundError("datasets.region_not_found", code=region)
    rows = sub.to_long().to_dicts()
    return [PanelValueOut(**{**r, "value": r["value"] if r["value"] is not None
                             and math.isfinite(r["value"]) else None}) for r in rows]
