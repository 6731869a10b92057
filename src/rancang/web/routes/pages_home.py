"""Home: choose a dataset, a province and a regency (search by name or code)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from rancang.features.datasets import get_dataset, load_panel
from rancang.web.deps import EngineDep, UserDep
from rancang.web.render import render
from rancang.web.services.regions import (
    default_dataset,
    provinces,
    search_regions,
    visible_dataset,
    visible_datasets,
)

router = APIRouter(include_in_schema=False)


@router.get("/")
def home(
    request: Request, engine: EngineDep, user: UserDep, dataset: int | None = None,
    province: str | None = None, q: str = "",
) -> HTMLResponse:
    """Datasets, provinces and the regencies matching the search."""
    ds = default_dataset(engine, user, dataset)
    ctx: dict[str, object] = {"datasets": visible_datasets(engine, user), "dataset": None,
                              "provinces": [], "regions": [], "province": province, "q": q}
    if ds is not None:
        ctx["dataset"] = get_dataset(engine, ds)
        ctx["provinces"] = provinces(load_panel(engine, ds))
        ctx["regions"] = search_regions(engine, ds, q, province=province, limit=600)
    return render(request, "home.html", ctx)


@router.get("/regions/search")
def region_search(
    request: Request, engine: EngineDep, user: UserDep, dataset: int, q: str = "",
    province: str | None = None,
) -> HTMLResponse:
    """htmx fragment: the list of matching regions."""
    visible_dataset(engine, user, dataset)
    found = search_regions(engine, dataset, q, province=province or None, limit=600)
    return render(request, "_region_list.html", {"regions": found,
                                                 "dataset": get_dataset(engine, dataset)})
