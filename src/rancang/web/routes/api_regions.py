"""JSON API: the signed-in user, datasets (stored panels), regions, analyses, map data."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from rancang.core.errors import NotFoundError
from rancang.features.datasets import delete_dataset, load_panel
from rancang.web.deps import AdminDep, EngineDep, LangDep, SettingsDep, UserDep
from rancang.web.routes.pages_dashboard import QueryDep
from rancang.web.services import dashboard
from rancang.web.services.analysis import analyse, forget_dataset
from rancang.web.services.geo import boundaries, centroids, indicator
from rancang.web.services.regions import search_regions, visible_dataset, visible_datasets

router = APIRouter(prefix="/api/v1", tags=["regions and analyses"])


def _clean(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import math

    return [{k: (None if isinstance(v, float) and not math.isfinite(v) else v)
             for k, v in r.items()} for r in rows]


@router.get("/me")
def me(user: UserDep) -> dict[str, Any]:
    """The signed-in user, with the CSRF token to send as ``X-CSRF-Token``."""
    return {"username": user.username, "role": user.role, "region_code": user.region_code,
            "csrf_token": user.csrf_token}


@router.get("/datasets")
def datasets(engine: EngineDep, user: UserDep) -> list[dict[str, Any]]:
    """Stored panels (PDRB datasets) the user may open, newest first (unpublished uploads
    only for the uploader, analysts of the uploader's region and administrators)."""
    return [asdict(d) for d in visible_datasets(engine, user)]


@router.get("/datasets/{dataset_id}")
def dataset(engine: EngineDep, user: UserDep, dataset_id: int) -> dict[str, Any]:
    """One dataset with its industries and years."""
    info = visible_dataset(engine, user, dataset_id)
    p = load_panel(engine, dataset_id)
    return {**asdict(info),
            "industries": [{"code": c, "name": n} for c, n in zip(p.industry_codes,
                                                                  p.industry_names,
                                                                  strict=True)],
            "years": list(p.years)}


@router.delete("/datasets/{dataset_id}", status_code=204)
def remove_dataset(engine: EngineDep, user: AdminDep, dataset_id: int) -> None:
    """Delete a dataset (administrators)."""
    delete_dataset(engine, dataset_id)
    forget_dataset(dataset_id)


@router.get("/datasets/{dataset_id}/regions")
def regions(engine: EngineDep, user: UserDep, dataset_id: int, q: str = "",
            province: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Regions of a dataset, searched by name or code (BPS or Kemendagri)."""
    visible_dataset(engine, user, dataset_id)
    return [r.as_dict() for r in search_regions(engine, dataset_id, q, province=province,
                                                limit=min(limit, 1000))]


@router.get("/datasets/{dataset_id}/panel/{region}")
def panel_values(engine: EngineDep, user: UserDep, dataset_id: int,
                 region: str) -> list[dict[str, Any]]:
    """The panel values of one region (or reference row) as a tidy long table."""
    visible_dataset(engine, user, dataset_id)
    p = load_panel(engine, dataset_id)
    if p.has_region(region):
        sub = p.select_regions([region])
    elif p.references is not None and p.references.has_region(region):
        sub = p.references.select_regions([region])
    else:
        raise NotFoundError(f"region {region} not found")
    return _clean(sub.to_long().to_dicts())


@router.get("/datasets/{dataset_id}/analysis/{region}")
def analysis(engine: EngineDep, user: UserDep, query: QueryDep,
             tables: str = "") -> dict[str, Any]:
    """Every leading-industry table of one region (same service as the dashboard).

    Query: ``reference`` (a reference row code, or ``all``), ``start``, ``end``, weights as
    ``w_slq``, ``w_dlq``, ``w_competitive``, ``w_growth``, ``w_share``; ``tables`` a
    comma-separated subset of table names.
    """
    result = analyse(engine, query)
    wanted = [t for t in tables.split(",") if t] or list(result.tables)
    return {
        "region": result.regions[0], "reference": result.reference_label,
        "start": result.start, "end": result.end, "weights": result.weights,
        "synthetic": result.panel.synthetic,
        "tables": {k: _clean(result.tables[k].to_dicts()) for k in wanted
                   if k in result.tables},
    }


@router.get("/datasets/{dataset_id}/ranking/{region}")
def ranking(engine: EngineDep, user: UserDep, lang: LangDep, query: QueryDep) -> dict[str, Any]:
    """The leading-industry ranking with rank intervals and the weights used."""
    rk = dashboard.ranking(analyse(engine, query), lang)
    return {"weights": rk["weights"], "rows": rk["rows"]}


@router.get("/datasets/{dataset_id}/indicator")
def map_indicator(engine: EngineDep, user: UserDep, lang: LangDep, dataset_id: int,
                  name: str = "lq", industry: str | None = None,
                  year: int | None = None) -> dict[str, Any]:
    """One indicator for every region (what the map colours)."""
    visible_dataset(engine, user, dataset_id)
    return indicator(engine, dataset_id, name, industry=industry, year=year, lang=lang)


@router.get("/centroids")
def centroid_points(settings: SettingsDep, user: UserDep,
                    province: str | None = None) -> JSONResponse:
    """Regency centroids ``[{kode, nama, lat, lng}]`` for the map without boundaries (404
    with ``available: false`` when no centroid file)."""
    data = centroids(settings.find_centroids(), province=province)
    if data is None:
        return JSONResponse({"available": False, "error": "no centroid file"}, status_code=404)
    return JSONResponse(data, headers={"Cache-Control": "private, max-age=3600"})


@router.get("/boundaries")
def boundary_geojson(request: Request, settings: SettingsDep, user: UserDep,
                     province: str | None = None) -> JSONResponse:
    """Regency boundaries as GeoJSON (404 with ``available: false`` when no file)."""
    data = boundaries(settings.find_boundaries(), province=province)
    if data is None:
        return JSONResponse({"available": False, "error": "no boundary file"}, status_code=404)
    return JSONResponse(data, headers={"Cache-Control": "private, max-age=3600"})
