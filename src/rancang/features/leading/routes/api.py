"""JSON API of the leading-industry feature: a region's analysis tables and ranking, one
indicator across regions (what the map colours), and the map's boundaries and centroids.

The same service as the dashboard and ``rancang analyze`` (:mod:`rancang.comparison` for
the default reference), so the same question gets the same number.
"""

from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from rancang.core.errors import NotFoundError
from rancang.features.leading import dashboard
from rancang.features.leading.maps import boundaries, centroids, indicator
from rancang.features.leading.queries import analyse
from rancang.features.leading.routes import ReadAnalyses
from rancang.features.leading.routes.dashboard import DatasetDep, QueryDep
from rancang.web.deps import EngineDep, LangDep, SettingsDep
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["analyses"], responses=ERROR_RESPONSES)

Cell = str | int | float | bool | None


def _clean(rows: list[dict[str, Any]]) -> list[dict[str, Cell]]:
    return [{k: (None if isinstance(v, float) and not math.isfinite(v) else v)
             for k, v in r.items()} for r in rows]


class AnalysisOut(BaseModel):
    """Every leading-industry table of one region (rows with the CSV files' columns)."""

    region: str
    reference: str
    reference_code: str | None
    start: int
    end: int
    weights: dict[str, float]
    synthetic: bool
    tables: dict[str, list[dict[str, Cell]]]
    #: Tables left out because the years have gaps (they need every year), and why.
    left_out: list[str] = []
    note: str | None = None


class RankingRowOut(BaseModel):
    """One industry of the ranking: score, rank, rank interval, criterion values and their
    contributions."""

    code: str
    name: str
    score: float | None
    rank: int
    rank_low: int
    rank_high: int
    #: Each criterion's value (``slq``, ``dlq`` as indices; ``competitive``, ``growth``,
    #: ``share`` as fractions), the ``criterion_*`` columns of the CSV.
    values: dict[str, float | None]
    #: Each criterion's part of the score (weight x normalised value; they add up to it).
    contributions: dict[str, float | None]


class RankingOut(BaseModel):
    """The leading-industry ranking with the weights used."""

    weights: dict[str, float]
    rows: list[RankingRowOut]
    #: Why there is no ranking (years with gaps: it needs every year), else None.
    note: str | None = None


class IndicatorValueOut(BaseModel):
    """One region's value of the indicator."""

    code: str
    kemendagri_code: str | None
    name: str
    parent_code: str | None
    value: float | None


class IndicatorOut(BaseModel):
    """One indicator for every region of a dataset, with its period and reference."""

    indicator: str
    indicator_label: str
    industry: str
    industry_name: str
    year: int
    period: str
    uses: list[str]
    reference: str
    values: list[IndicatorValueOut]
    industries: list[tuple[str, str]]
    years: list[int]


class CentroidOut(BaseModel):
    """A regency's centroid."""

    kode: str
    nama: str
    lat: float
    lng: float


class GeoJsonOut(BaseModel):
    """A GeoJSON FeatureCollection (regency boundaries; properties ``kode``, ``nama``)."""

    type: str
    features: list[dict[str, Any]]


@router.get("/datasets/{dataset_id}/analysis/{region}")
def analysis(engine: EngineDep, lang: LangDep, query: QueryDep, dataset: DatasetDep,
             tables: str = "") -> AnalysisOut:
    """Every leading-industry table of one region (same service as the dashboard).

    Query: ``reference`` (a reference row code, or ``all``; default: the region's province
    row, else the sum of all regions), ``start``, ``end``, weights as ``w_slq``, ``w_dlq``,
    ``w_competitive``, ``w_growth``, ``w_share``; ``tables`` a comma-separated subset of
    table names. A dataset whose years have gaps has no ``dynamic_lq``, ``lq_quadrant``,
    ``shift_share_dynamic`` nor ``leading_industries`` (they need every year):
    ``left_out`` names them and ``note`` says why.
    """
    from rancang.core.i18n import render_text

    result = analyse(engine, query, info=dataset)
    wanted = [t for t in tables.split(",") if t] or list(result.tables)
    return AnalysisOut(
        region=result.regions[0], reference=render_text(result.reference_label),
        reference_code=result.reference_code,
        start=result.start, end=result.end, weights=result.weights,
        synthetic=result.panel.synthetic,
        tables={k: _clean(result.tables[k].to_dicts()) for k in wanted
                if k in result.tables},
        left_out=list(result.left_out), note=dashboard.gap_note(result, lang))


@router.get("/datasets/{dataset_id}/ranking/{region}")
def ranking(engine: EngineDep, lang: LangDep, query: QueryDep,
            dataset: DatasetDep) -> RankingOut:
    """The leading-industry ranking with rank intervals and the weights used."""
    rk = dashboard.ranking(analyse(engine, query, info=dataset), lang)
    return RankingOut(weights=rk["weights"], rows=rk["rows"], note=rk["note"])


@router.get("/datasets/{dataset_id}/indicator")
def map_indicator(engine: EngineDep, lang: LangDep, dataset: DatasetDep,
                  name: str = "lq", industry: str | None = None,
                  year: int | None = None, reference: str | None = None) -> IndicatorOut:
    """One indicator for every region (what the map colours); ``reference`` as in the
    analysis (default: each region's province row, else the sum of all regions)."""
    return IndicatorOut(**indicator(engine, dataset, name, industry=industry, year=year,
                                    lang=lang, reference=reference))


@router.get("/centroids", response_model=list[CentroidOut])
def centroid_points(settings: SettingsDep, user: ReadAnalyses,
                    province: str | None = None) -> Response:
    """Regency centroids ``[{kode, nama, lat, lng}]`` for the map without boundaries (404
    when the installation has no centroid file)."""
    data = centroids(settings.find_centroids(), province=province)
    if data is None:
        raise NotFoundError("leading.no_centroids")
    return JSONResponse(data, headers={"Cache-Control": "private, max-age=3600"})


@router.get("/boundaries", response_model=GeoJsonOut)
def boundary_geojson(settings: SettingsDep, user: ReadAnalyses,
                     province: str | None = None) -> Response:
    """Regency boundaries as GeoJSON, properties ``kode`` and ``nama`` (404 when the
    installation has no boundary file)."""
    data = boundaries(settings.find_boundaries(), province=province)
    if data is None:
        raise NotFoundError("leading.no_boundaries")
    return JSONResponse(data, headers={"Cache-Control": "private, max-age=3600"})
