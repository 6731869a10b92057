"""The diversification page of a region (``/complexity/{dataset_id}?region=``), the
opportunities download and the entry (``/complexity``: the default dataset, own region).

Filters (region, RCA threshold, year) live in the URL, so a view can be shared.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.errors import NotFoundError
from rancang.core.i18n import text
from rancang.features.complexity import page
from rancang.features.complexity.queries import ComplexityQuery, complexity_of
from rancang.features.complexity.routes import ReadComplexity
from rancang.features.datasets import DatasetInfo, load_panel
from rancang.features.datasets.region_choice import region_in
from rancang.features.datasets.regions import default_dataset, visible_dataset, visible_datasets
from rancang.web.deps import EngineDep, LangDep, PathId, QueryId
from rancang.web.render import render

router = APIRouter(include_in_schema=False)

Threshold = Annotated[float, Query(gt=0, le=100)]
Year = Annotated[int | None, Query(ge=1900, le=2200)]


def dataset_of(engine: EngineDep, user: ReadComplexity, dataset_id: PathId) -> DatasetInfo:
    """The dataset of the URL; one the user may not open is "not found"."""
    return visible_dataset(engine, user, dataset_id)


DatasetDep = Annotated[DatasetInfo, Depends(dataset_of)]


def query_of(engine: EngineDep, user: ReadComplexity, dataset: DatasetDep,
             region: str | None = None, threshold: Threshold = 1.0,
             year: Year = None) -> ComplexityQuery:
    """The page's query: the region (default: the user's own, else the first), threshold,
    year (default: the dataset's last)."""
    panel = load_panel(engine, dataset)
    return ComplexityQuery(region_in(panel, region, user), float(threshold), year)


QueryDep = Annotated[ComplexityQuery, Depends(query_of)]


@router.get("/complexity")
def complexity_entry(request: Request, engine: EngineDep, user: ReadComplexity,
                     dataset: QueryId = None) -> Response:
    """The diversification page of the default dataset (the user's region first)."""
    found = default_dataset(engine, user, dataset)
    if found is None:
        raise NotFoundError("complexity.page.no_dataset")
    kept = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "dataset"])
    return RedirectResponse(f"/complexity/{found}" + (f"?{kept}" if kept else ""), status_code=303)


@router.get("/complexity/{dataset_id}")
def complexity_page(request: Request, engine: EngineDep, user: ReadComplexity,
                    lang: LangDep, dataset: DatasetDep, query: QueryDep) -> HTMLResponse:
    """ECI and diversity over time, ranked opportunities with rank intervals and words,
    the relatedness heat map, the province's regencies side by side."""
    panel = load_panel(engine, dataset)
    result = complexity_of(engine, dataset, query, panel)
    data = page.build(result, query.region, lang)

    return render(request, "complexity/page.html", {
        "title": f'{text("feature.complexity", lang)} · {data["region_name"]}',
        "d": data, "query": query, "dataset": dataset, "result": result,
        "datasets": visible_datasets(engine, user),
        "regions": list(zip(panel.region_codes, panel.region_names, strict=True)),
        "years": list(panel.years), "state": urlencode(query.params()),
    })


@router.get("/complexity/{dataset_id}/opportunities.csv")
def opportunities_csv(engine: EngineDep, dataset: DatasetDep, query: QueryDep,
                      csv_locale: str = "en") -> Response:
    """The region's rows of ``opportunities.csv`` (the file ``rancang complexity`` writes,
    same columns and numbers; ``csv_locale=id``: for an Indonesian Excel)."""
    import polars as pl

    from rancang.web.downloads import check_csv_locale, csv_download

    check_csv_locale(csv_locale)
    result = complexity_of(engine, dataset, query)
    frame = result.tables["opportunities"].filter(pl.col("region_code") == query.region)
    return csv_download(frame, f"opportunities_{query.region}_{result.panel.years[-1]}",
                        csv_locale)
