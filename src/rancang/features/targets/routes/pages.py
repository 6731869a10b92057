"""The targets page of a region (``/targets/{dataset_id}?region=``), its CSV downloads
and the entry (``/targets``: the default dataset, the user's own region).

Every choice (region, target share and year, rest-of-economy growth, recession depth,
year and recovery) lives in the URL, so a view can be shared.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine

from rancang.core.errors import NotFoundError
from rancang.core.i18n import text
from rancang.features.datasets import DatasetInfo, load_panel
from rancang.features.datasets.region_choice import region_in
from rancang.features.datasets.regions import default_dataset, visible_dataset
from rancang.features.targets import page
from rancang.features.targets.routes import ReadTargets
from rancang.features.targets.service import (
    TABLE_NAMES,
    TargetOptions,
    TargetResult,
    run_targets,
)
from rancang.web.deps import EngineDep, LangDep, PathId, QueryId
from rancang.web.render import render

router = APIRouter(include_in_schema=False)


def dataset_of(engine: EngineDep, user: ReadTargets, dataset_id: PathId) -> DatasetInfo:
    """The dataset of the URL; one the user may not open is "not found"."""
    return visible_dataset(engine, user, dataset_id)


DatasetDep = Annotated[DatasetInfo, Depends(dataset_of)]


def options_of(
    engine: EngineDep, user: ReadTargets, dataset: DatasetDep, region: str | None = None,
    target_share: Annotated[float, Query(gt=0, lt=100)] = 30.0,
    target_year: Annotated[int, Query(ge=1900, le=2200)] = 2035,
    rest_growth: Annotated[float | None, Query(gt=-100, lt=100)] = None,
    shock_depth: Annotated[float, Query(ge=0, le=90)] = 5.0,
    shock_year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    recovery_years: Annotated[int, Query(ge=0, le=50)] = 2,
) -> TargetOptions:
    """The page's options (the CLI's, same defaults); the region defaults to the user's."""
    panel = load_panel(engine, dataset)
    return TargetOptions(region=region_in(panel, region, user), target_share=target_share,
                         target_year=target_year, rest_growth=rest_growth,
                         shock_depth=shock_depth, shock_year=shock_year,
                         recovery_years=recovery_years)


OptionsDep = Annotated[TargetOptions, Depends(options_of)]


def targets_of(engine: Engine, dataset: DatasetInfo, options: TargetOptions) -> TargetResult:
    """:func:`run_targets` on the stored panel (milliseconds: not cached)."""
    return run_targets(load_panel(engine, dataset), options)


def state(options: TargetOptions) -> str:
    """The options as a URL query (the defaults left out)."""
    defaults = TargetOptions(region=options.region)
    params = {k: v for k, v in options.__dict__.items()
              if k in ("region", "target_share", "target_year", "rest_growth",
                       "shock_depth", "shock_year", "recovery_years")
              and (k == "region" or v != getattr(defaults, k))}
    return urlencode({k: f"{v:g}" if isinstance(v, float) else v for k, v in params.items()})


@router.get("/targets")
def targets_entry(request: Request, engine: EngineDep, user: ReadTargets,
                  dataset: QueryId = None) -> Response:
    """The targets page of the default dataset (the user's region first)."""
    found = default_dataset(engine, user, dataset)
    if found is None:
        raise NotFoundError("complexity.page.no_dataset")
    kept = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "dataset"])
    return RedirectResponse(f"/targets/{found}" + (f"?{kept}" if kept else ""), status_code=303)


@router.get("/targets/{dataset_id}")
def targets_page(request: Request, engine: EngineDep, user: ReadTargets, lang: LangDep,
                 dataset: DatasetDep, options: OptionsDep) -> HTMLResponse:
    """Indicators against RIPIN, required growth, pathways and recession exposure."""
    result = targets_of(engine, dataset, options)
    panel = load_panel(engine, dataset)
    return render(request, "targets/page.html", {
        "title": f'{text("feature.targets", lang)} · {result.region_name}',
        "d": page.build(result, lang), "result": result, "o": options, "dataset": dataset,
        "regions": list(zip(panel.region_codes, panel.region_names, strict=True)),
        "state": state(options), "tables": TABLE_NAMES,
    })


@router.get("/targets/{dataset_id}/{name}.csv")
def targets_csv(engine: EngineDep, dataset: DatasetDep, options: OptionsDep,
                name: str, csv_locale: str = "en") -> Response:
    """One table as ``rancang targets`` writes it (``indicators``, ``required_growth``,
    ``pathways``, ``exposure``; ``csv_locale=id``: for an Indonesian Excel)."""
    from rancang.web.downloads import check_csv_locale, csv_download

    check_csv_locale(csv_locale)
    if name not in TABLE_NAMES:
        raise NotFoundError("targets.page.no_table", name=name)
    result = targets_of(engine, dataset, options)
    return csv_download(result.tables[name], f"{name}_{result.region_code}_{result.end}",
                        csv_locale)


