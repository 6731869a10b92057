"""Home panel: choose a dataset, a province and a regency (search by name or code)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.features.datasets.regions import (
    default_dataset,
    provinces,
    search_regions,
    visible_dataset,
    visible_datasets,
)
from rancang.features.datasets.service import get_dataset, load_panel
from rancang.web.deps import EngineDep, Permit, RequiredQueryId
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
ReadDatasets = Annotated[Actor, Depends(Permit("datasets.read"))]


def _int(value: str | None) -> int | None:
    """``?dataset=`` as a number (None when absent or not a number).

    >>> _int("3"), _int(""), _int("x"), _int(None)
    (3, None, None, None)
    """
    try:
        return int(value) if value else None
    except ValueError:
        return None


def regions_panel(request: Request, engine: Engine, actor: Actor) -> dict[str, Any] | None:
    """The home page's region chooser: datasets, provinces and the matching regencies
    (``?dataset=``, ``?province=``, ``?q=``); hidden for actors who may not read data."""
    if not actor.can("datasets.read"):
        return None
    params = request.query_params
    province = params.get("province") or None
    q = params.get("q", "")
    ds = default_dataset(engine, actor, _int(params.get("dataset")))
    ctx: dict[str, Any] = {"datasets": visible_datasets(engine, actor), "dataset": None,
                           "provinces": [], "regions": [], "province": province, "q": q}
    if ds is not None:
        ctx["dataset"] = get_dataset(engine, ds)
        ctx["provinces"] = provinces(load_panel(engine, ds))
        ctx["regions"] = search_regions(engine, ds, q, province=province, limit=600)
    return ctx


def own_region(engine: Engine, actor: Actor, dataset: int | None) -> tuple[str, str] | None:
    """The dataset's region (code, name) of the actor's first regional grant (None for an
    actor without a region or a dataset without it)."""
    from rancang.features.datasets.service import kemendagri_code

    mine = [g.region for g in actor.grants if g.region]
    if dataset is None or not mine:
        return None
    panel = load_panel(engine, get_dataset(engine, dataset))
    for code, name in zip(panel.region_codes, panel.region_names, strict=True):
        k = kemendagri_code(code) or ""
        if any(k == r or k.startswith(f"{r}.") for r in mine):
            return code, name
    return None


def start_panel(request: Request, engine: Engine, actor: Actor) -> dict[str, Any]:
    """The home page's first steps for this actor: what to do first, by what they may
    do (set up accounts and data, open their own region, or pick a region to read)."""
    ds = default_dataset(engine, actor, None) if actor.can("datasets.read") else None
    own = own_region(engine, actor, ds)
    if own is None and ds is not None and any(g.region for g in actor.grants):
        # the default dataset lacks the actor's region: the newest few that hold it
        for info in visible_datasets(engine, actor)[:5]:
            own = own_region(engine, actor, info.id)
            if own is not None:
                ds = info.id
                break
    return {"dataset_id": ds, "own": own, "admin": actor.can("accounts.manage"),
            "may_import": actor.can("datasets.import"),
            "may_register": actor.can("registry.import"),
            "may_read": actor.can("datasets.read"),
            "reads_register": actor.can("registry.aggregates.read")}


@router.get("/regions/search", response_model=None)
def region_search(
    request: Request, engine: EngineDep, user: ReadDatasets, dataset: RequiredQueryId, q: str = "",
    province: str | None = None,
) -> Response:
    """htmx fragment: the list of matching regions; opened as a page (a shared address),
    the home page with the same search."""
    visible_dataset(engine, user, dataset)  # a hidden dataset is "not found" either way
    if request.headers.get("HX-Request") != "true":
        return RedirectResponse(f"/?{request.url.query}", status_code=303)
    found = search_regions(engine, dataset, q, province=province or None, limit=600)
    return render(request, "datasets/_region_list.html",
                  {"regions": found, "dataset": get_dataset(engine, dataset)})
