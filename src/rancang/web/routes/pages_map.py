"""Map page: choropleth of an indicator across regencies, firms as clustered points."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from rancang.datasets import get_dataset
from rancang.web.access import record_scope
from rancang.web.deps import EngineDep, LangDep, SettingsDep, UserDep
from rancang.web.render import render
from rancang.web.services.geo import INDICATORS, indicator
from rancang.web.services.regions import default_dataset, visible_datasets

router = APIRouter(include_in_schema=False)


@router.get("/map")
def map_page(
    request: Request, engine: EngineDep, settings: SettingsDep, user: UserDep, lang: LangDep,
    dataset: int | None = None, indicator_name: str = "lq", industry: str | None = None,
    year: int | None = None, province: str | None = None,
) -> HTMLResponse:
    """The map (or, without a boundary file, the same values as a table, labelled so)."""
    ds = default_dataset(engine, user, dataset)
    ctx: dict[str, object] = {"dataset": None, "datasets": visible_datasets(engine, user),
                              "indicators": INDICATORS, "province": province or ""}
    if ds is not None:
        data = indicator(engine, ds, indicator_name, industry=industry, year=year)
        boundary_file = settings.find_boundaries()
        ctx.update({
            "dataset": get_dataset(engine, ds), "data": data,
            "has_boundaries": boundary_file is not None,
            "matched": any(r["kemendagri_code"] for r in data["values"]),
            "show_firms": record_scope(user) is not None,
            "provinces": sorted({(r["kemendagri_code"] or "").split(".")[0]
                                 for r in data["values"] if r["kemendagri_code"]}),
        })
    return render(request, "map.html", ctx)
