"""Region dashboard: charts, tables, ranking with editable weights, downloads."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.analysis.ranking import DEFAULT_WEIGHTS
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.datasets import DatasetInfo, load_panel
from rancang.features.datasets.regions import visible_dataset
from rancang.features.leading import dashboard
from rancang.features.leading.queries import (
    CONTENT_CACHE,
    AnalysisQuery,
    analyse,
    reference_choices,
    region_code_in,
    table_bytes,
)
from rancang.features.leading.routes import ReadAnalyses
from rancang.web.deps import EngineDep, LangDep, PathId
from rancang.web.render import render, render_fragment

router = APIRouter(include_in_schema=False)


def dataset_of(engine: EngineDep, user: ReadAnalyses, dataset_id: PathId) -> DatasetInfo:
    """The dataset of the URL, read once per request; a dataset the user may not open
    (someone else's unpublished upload) is "not found"."""
    return visible_dataset(engine, user, dataset_id)


DatasetDep = Annotated[DatasetInfo, Depends(dataset_of)]


def analysis_query(
    request: Request, dataset: DatasetDep, region: str,
    reference: str | None = None, start: int | None = None, end: int | None = None,
) -> AnalysisQuery:
    """The query of a dashboard URL; weights come as ``w_slq=0.3`` etc."""
    weights: dict[str, float] = {}
    problems = []
    for k in DEFAULT_WEIGHTS:
        v = request.query_params.get(f"w_{k}")
        if v not in (None, ""):
            try:
                weight = float(str(v).replace(",", "."))
            except ValueError:
                continue
            if not math.isfinite(weight) or weight < 0:
                problems.append(Problem(Msg("analysis.weights_negative"), column=f"w_{k}"))
                continue
            weights[k] = weight
    if problems:
        raise InputError(problems)
    if weights:
        weights = {k: weights.get(k, 0.0) for k in DEFAULT_WEIGHTS}
    return AnalysisQuery.make(dataset.id, region, reference=reference, start=start, end=end,
                              weights=weights or None)


QueryDep = Annotated[AnalysisQuery, Depends(analysis_query)]


@router.get("/region/{dataset_id}/{region}")
def region_dashboard(
    request: Request, engine: EngineDep, lang: LangDep, query: QueryDep,
    dataset: DatasetDep,
) -> HTMLResponse:
    """The full dashboard of one region.

    Its content holds aggregates only and no user-specific value (the access check runs in
    :func:`analysis_query` on every request), so each worker keeps the rendered content per
    (dataset stamp, query, language, URL query) in a small LRU cache. The dataset row is
    read once per request (by :func:`dataset_of`).
    """
    key = (id(engine), dataset.stamp, query, lang, request.url.query)
    hit = CONTENT_CACHE.get(key)
    if hit is None:
        result = analyse(engine, query, info=dataset)
        panel = load_panel(engine, dataset)
        code = region_code_in(panel, query.region)
        data = dashboard.build(result, lang)
        html = render_fragment(request, "leading/_dashboard_content.html", {
            "d": data, "result": result, "query": query,
            "dataset": dataset,
            "references": reference_choices(panel, code, lang),
            "reference_label": dashboard.reference_label(result, lang),
            "all_years": list(panel.years),
            "explain": lambda key, year=None: dashboard.explain(key, lang, result, year=year),
            "query_string": request.url.query,
            # the region's pages of other installed features (the same for every reader:
            # the content is cached across users)
            "also": [n for n in request.app.state.features.nav()
                     if n.path in ("/complexity", "/targets")],
        })
        hit = (str(data["region_name"]), html)
        CONTENT_CACHE.put(key, hit)
    return render(request, "leading/dashboard.html", {"title": hit[0], "content": hit[1]})


@router.get("/region/{dataset_id}/{region}/ranking", response_model=None)
def ranking_fragment(
    request: Request, engine: EngineDep, lang: LangDep, query: QueryDep, dataset: DatasetDep,
) -> Response:
    """htmx fragment: the ranking for the weights in the form (live update); opened as a
    page (a shared or bookmarked address), the whole dashboard with those weights."""
    if request.headers.get("HX-Request") != "true":
        page = request.url.path.removesuffix("/ranking")
        return RedirectResponse(f"{page}?{request.url.query}" if request.url.query else page,
                                status_code=303)
    result = analyse(engine, query, info=dataset)
    return render(request, "leading/_ranking.html", {
        "rk": dashboard.ranking(result, lang), "result": result, "query": query,
        "explain": lambda key, year=None: dashboard.explain(key, lang, result, year=year),
        "query_string": request.url.query,
    })


@router.get("/region/{dataset_id}/{region}/table/{name}.{fmt}")
def download_table(
    engine: EngineDep, lang: LangDep, query: QueryDep, dataset: DatasetDep, name: str,
    fmt: str, csv_locale: str = "en",
) -> Response:
    """One table of the dashboard as CSV (``csv_locale=id``: for an Indonesian Excel) or
    XLSX."""
    result = analyse(engine, query, info=dataset)
    body = table_bytes(result, name, fmt, lang=lang, csv_locale=csv_locale)
    media = ("text/csv; charset=utf-8" if fmt == "csv" else
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    filename = f"{name}_{result.regions[0]}_{result.start}-{result.end}" + (
        "_id" if fmt == "csv" and csv_locale == "id" else "") + f".{fmt}"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
