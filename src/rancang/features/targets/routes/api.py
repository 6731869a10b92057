"""JSON API of the targets feature: every table of ``rancang targets`` for a region (the
same service and numbers as the page and the CLI)."""

from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from rancang.features.targets.routes.pages import DatasetDep, OptionsDep, targets_of
from rancang.web.deps import EngineDep
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["targets"], responses=ERROR_RESPONSES)

Cell = str | int | float | bool | None


class TargetsOut(BaseModel):
    """A region's targets: period, the rest-of-economy growth used (% a year), notes and
    the tables (rows with the CSV files' columns)."""

    region: str
    region_name: str
    start: int
    end: int
    rest_growth: float
    notes: list[str]
    tables: dict[str, list[dict[str, Cell]]]


def _clean(rows: list[dict[str, Any]]) -> list[dict[str, Cell]]:
    return [{k: (None if isinstance(v, float) and not math.isfinite(v) else v)
             for k, v in r.items()} for r in rows]


@router.get("/datasets/{dataset_id}/targets")
def region_targets(engine: EngineDep, dataset: DatasetDep, options: OptionsDep) -> TargetsOut:
    """Indicators against RIPIN, required growth, pathways and exposure of ``region``
    (query as the page: ``target_share``, ``target_year``, ``rest_growth``,
    ``shock_depth``, ``shock_year``, ``recovery_years``)."""
    result = targets_of(engine, dataset, options)
    return TargetsOut(
        region=result.region_code, region_name=result.region_name, start=result.start,
        end=result.end, rest_growth=100 * result.rest_growth,
        notes=[n.text() for n in result.notes],
        tables={k: _clean(v.to_dicts()) for k, v in result.tables.items()})
