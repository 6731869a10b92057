"""The ranking page: leading industries of a dataset's region (or an uploaded table)
ranked with a survey's group weights, rank intervals as a chart, and the smallest weight
change that swaps two chosen alternatives."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from pydantic import BeforeValidator

from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg, current_language, text
from rancang.features.decide import rank_view as rv
from rancang.features.decide import survey as svc
from rancang.features.decide.criteria import BASE_CRITERIA
from rancang.features.decide.routes import Rank
from rancang.web.deps import MAX_ID, EngineDep, QueryId
from rancang.web.render import render

router = APIRouter(include_in_schema=False)


def _blank_is_none(value: object) -> object:
    """The list's first choice (equal weights) is sent empty: no survey."""
    return None if value == "" else value


#: The survey chosen in the page's form: an id, or empty for equal weights.
SurveyChoice = Annotated[int | None, Query(ge=1, le=MAX_ID), BeforeValidator(_blank_is_none)]


def _surveys(engine: Any, user: Any) -> list[dict[str, Any]]:
    return svc.list_surveys(engine, user) if user.can(svc.READ) else []


def _survey_weights(engine: Any, user: Any, survey: int | None,
                    aggregate: str) -> dict[str, float] | None:
    if survey is None:
        return None
    if aggregate not in ("aij", "aip"):
        raise InputError(Problem(Msg("decide.bad_aggregate"), column="aggregate"))
    return svc.group_weights_of(engine, user, survey, aggregate)


@dataclass
class DatasetRanking:
    """A dataset region's ranking as the page, its API and its download show it."""

    dataset: int | None
    region: str
    region_options: Any = ""
    synthetic: bool = False
    gap_note: str | None = None
    view: dict[str, Any] | None = None


def dataset_ranking(engine: Any, user: Any, query: Mapping[str, str], dataset: int | None,
                    region: str | None, survey: int | None, aggregate: str, method: str,
                    a: str | None, b: str | None, lang: str) -> DatasetRanking:
    """The leading industries of a dataset's region ranked (the default dataset and its
    first region when none is chosen): one computation for the page, the API and the CSV."""
    from rancang.features.datasets import load_panel
    from rancang.features.datasets.regions import default_dataset
    from rancang.features.datasets.service import get_dataset

    ds = default_dataset(engine, user, dataset)
    if ds is None:
        return DatasetRanking(None, region or "")
    info = get_dataset(engine, ds)
    panel = load_panel(engine, info)
    chosen = region or panel.region_codes[0]
    if chosen not in panel.region_codes:
        raise InputError(Problem(Msg("decide.rank.no_region", region=chosen[:20]),
                                 column="region"))
    out = DatasetRanking(ds, chosen, rv.region_options(
        (info.id, info.stamp), list(zip(panel.region_codes, panel.region_names,
                                        strict=True)), chosen), info.synthetic)
    given = _survey_weights(engine, user, survey, aggregate)
    weights = rv.page_weights(BASE_CRITERIA, query, given)
    years = panel.years
    if years[-1] - years[0] != len(years) - 1:  # years with gaps: said on the page
        out.gap_note = text("decide.rank.gap_years", lang, years=", ".join(map(str, years)))
        return out
    out.view = rv.cached_view(
        (info.id, info.stamp, chosen, tuple(weights), method, a, b, lang),
        lambda: rv.rank_view(rv.leading_table(panel, chosen), weights, method=method,
                             a=a, b=b, lang=lang))
    return out


@router.get("/decide/rank")
def rank_page(request: Request, engine: EngineDep, user: Rank, dataset: QueryId = None,
              region: str | None = None, survey: SurveyChoice = None, aggregate: str = "aij",
              method: str = "topsis", a: str | None = None,
              b: str | None = None) -> HTMLResponse:
    """Rank the leading industries of a region of a dataset (the default dataset and its
    first region when none is chosen)."""
    from rancang.features.datasets.regions import visible_datasets

    lang = current_language()
    found = dataset_ranking(engine, user, request.query_params, dataset, region, survey,
                            aggregate, method, a, b, lang)
    ctx: dict[str, Any] = {"datasets": visible_datasets(engine, user),
                           "dataset_id": found.dataset,
                           "surveys": _surveys(engine, user), "survey": survey,
                           "aggregate": aggregate, "method": method, "methods": rv.PAGE_METHODS,
                           "a": a or "", "b": b or "", "region_options": found.region_options,
                           "region": found.region, "view": found.view, "upload": False,
                           "synthetic": found.synthetic, "gap_note": found.gap_note,
                           "state": _state(request.query_params)}
    return render(request, "decide/rank.html", ctx)


def _state(query: Mapping[str, str]) -> str:
    """The page's query (dataset, region, survey, method, weights) for its download link."""
    keep = ("dataset", "region", "survey", "aggregate", "method")
    return urlencode([(k, v) for k, v in query.items()
                      if k in keep or k.startswith("w_")])


@router.get("/decide/rank.csv")
def rank_csv(request: Request, engine: EngineDep, user: Rank, dataset: QueryId = None,
             region: str | None = None, survey: QueryId = None, aggregate: str = "aij",
             method: str = "topsis", csv_locale: str = "en") -> Response:
    """The ranking the page shows as CSV: alternative, name, score, rank, rank interval,
    acceptability and every criterion's value (``csv_locale=id``: for an Indonesian
    Excel)."""
    from rancang.web.downloads import check_csv_locale, csv_download

    check_csv_locale(csv_locale)
    found = dataset_ranking(engine, user, request.query_params, dataset, region, survey,
                            aggregate, method, None, None, current_language())
    if found.view is None:
        raise NotFoundError("decide.rank.nothing")
    return csv_download(rv.ranking_frame(found.view),
                        f"ranking_{found.region}_{method}", csv_locale)


@router.post("/decide/rank")
async def rank_upload(request: Request, engine: EngineDep, user: Rank,
                      matrix: UploadFile, criteria: UploadFile) -> HTMLResponse:
    """Rank an uploaded MATRIX.csv with its CRITERIA.csv (as ``rancang decide rank``),
    optionally with a survey's weights."""
    form = await request.form()
    survey_raw = str(form.get("survey", "")).strip()
    survey = int(survey_raw) if survey_raw.isdigit() else None
    aggregate = str(form.get("aggregate", "aij"))
    method = str(form.get("method", "topsis"))
    table = rv.uploaded_table(await matrix.read(), matrix.filename or "matrix.csv",
                              await criteria.read(), criteria.filename or "criteria.csv")
    given = _survey_weights(engine, user, survey, aggregate) or table.weights
    weights = rv.page_weights(table.matrix.criteria, {}, given)
    a, b = str(form.get("a", "")).strip(), str(form.get("b", "")).strip()
    view = rv.rank_view(table, weights, method=method, a=a, b=b, lang=current_language())
    return render(request, "decide/rank.html", {
        "datasets": [], "dataset_id": None, "surveys": _surveys(engine, user),
        "survey": survey, "aggregate": aggregate, "method": method, "methods": rv.PAGE_METHODS,
        "a": a, "b": b, "region_options": "", "region": "", "view": view, "upload": True,
        "source": table.source})
