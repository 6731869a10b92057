"""Map page: choropleth of an indicator across regencies, firms as clustered points.

Without a boundary file it is still a map: regions as markers at their centroids (when a
centroid file is present) and, for analysts, the firms; the page says so, and the values
table is open below.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from rancang.features.datasets import get_dataset
from rancang.features.datasets.regions import default_dataset, visible_datasets
from rancang.features.leading.labels import map_words
from rancang.features.leading.maps import INDICATORS, indicator, indicator_label
from rancang.features.leading.routes import ReadAnalyses
from rancang.web.deps import EngineDep, LangDep, QueryId, SettingsDep
from rancang.web.render import fmt, render

router = APIRouter(include_in_schema=False)


@router.get("/map")
def map_page(
    request: Request, engine: EngineDep, settings: SettingsDep, user: ReadAnalyses, lang: LangDep,
    dataset: QueryId = None, indicator_name: str = "lq", industry: str | None = None,
    year: int | None = None, province: str | None = None,
) -> HTMLResponse:
    """The map (boundaries, or centroids, or firms only), the legend, the values table."""
    ds = default_dataset(engine, user, dataset)
    ctx: dict[str, object] = {"dataset": None, "datasets": visible_datasets(engine, user),
                              "indicators": [(i, indicator_label(i, lang)) for i in INDICATORS],
                              "province": province or ""}
    if ds is not None:
        data = indicator(engine, ds, indicator_name, industry=industry, year=year, lang=lang)
        has_boundaries = settings.find_boundaries() is not None
        has_centroids = settings.find_centroids() is not None
        matched = any(r["kemendagri_code"] for r in data["values"])
        perms = request.app.state.features.permissions()
        show_firms = ("registry.records.read" in perms
                      and user.can("registry.records.read", permissions=perms))
        prefix = (province or "") + "."
        shown = [r for r in data["values"]
                 if not province or (r["kemendagri_code"] or "").startswith(prefix)]
        for r in shown:
            r["label"] = fmt(r["value"], 2, lang)
        ctx.update({
            "dataset": get_dataset(engine, ds), "data": data, "shown": shown,
            "has_boundaries": has_boundaries, "has_centroids": has_centroids,
            "matched": matched, "show_firms": show_firms,
            "draw_map": (matched and (has_boundaries or has_centroids)) or show_firms,
            "provinces": sorted({(r["kemendagri_code"] or "").split(".")[0]
                                 for r in data["values"] if r["kemendagri_code"]}),
            "map_config": {
                "lang": lang, "dataset": ds, "province": province or "",
                "source": ("boundaries" if has_boundaries and matched else
                           "centroids" if has_centroids and matched else ""),
                "firms": show_firms, "indicator": data["indicator_label"],
                "industry": f'{data["industry"]} {data["industry_name"]}',
                "uses": data["uses"], "period": data["period"],
                "reference": data["reference"], "words": map_words(lang),
            },
        })
    return render(request, "leading/map.html", ctx)
