"""JSON API of the input-output feature: the stored tables and one table's results (the
same service and numbers as the page and ``rancang io``)."""

from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from rancang.features.inputoutput import store
from rancang.features.inputoutput.routes import ReadIO
from rancang.features.inputoutput.routes.pages import QueryDep, result_of
from rancang.web.deps import EngineDep, LangDep, SettingsDep
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["input-output"], responses=ERROR_RESPONSES)

Cell = str | int | float | bool | None


class IOTableOut(BaseModel):
    """A stored IO table."""

    id: str
    filename: str
    title: str
    sectors: int
    unit: str
    synthetic: bool
    uploaded_by: str
    uploaded_at: str


class IOResultOut(BaseModel):
    """A table's results: the regency and method when regionalised, notes and the tables
    (rows with the CSV files' columns; the coefficient matrices left out)."""

    table: IOTableOut
    region: str | None
    method: str | None
    delta: float | None
    notes: list[str]
    tables: dict[str, list[dict[str, Cell]]]


def _clean(rows: list[dict[str, Any]]) -> list[dict[str, Cell]]:
    return [{k: (None if isinstance(v, float) and not math.isfinite(v) else v)
             for k, v in r.items()} for r in rows]


def _out(meta: store.StoredTable) -> IOTableOut:
    return IOTableOut(**{k: v for k, v in meta.__dict__.items() if k != "mapping"})


@router.get("/io/tables")
def io_tables(settings: SettingsDep, user: ReadIO) -> list[IOTableOut]:
    """Every stored IO table (the synthetic demo first)."""
    return [_out(m) for m in store.list_tables(settings.data_dir)]


@router.get("/io/tables/{table_id}")
def io_result(engine: EngineDep, settings: SettingsDep, lang: LangDep,
              q: QueryDep) -> IOResultOut:
    """Multipliers, linkages, imports and (with ``dataset`` and ``region``) the location
    quotients and the regionalised table (``regional_coefficients``: each national
    coefficient, the method's LQ_ij (``lq_ij``) and the regional r_ij); query as the page:
    ``method`` (slq, cilq, flq), ``delta``, ``reference``, ``year``."""
    result = result_of(engine, settings, q)
    o = q.options
    return IOResultOut(
        table=_out(q.table), region=o.region, method=o.method if o.region else None,
        delta=o.delta if o.region and o.method == "flq" else None,
        notes=[n.text(lang) for n in result.notes],
        tables={k: _clean(v.to_dicts()) for k, v in result.tables.items()
                if k not in ("coefficients", "leontief")})
