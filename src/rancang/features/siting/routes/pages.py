"""``/siting``: candidate districts of a regency ranked for a new sentra IKM, on a map."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from rancang.core.actors import Actor
from rancang.core.errors import NotFoundError
from rancang.core.i18n import current_language, text
from rancang.features.siting import page as sp
from rancang.web.deps import EngineDep, Permit, SettingsDep
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
api = APIRouter()
ReadSiting = Annotated[Actor, Depends(Permit("siting.read"))]


@router.get("/siting")
def siting_page(request: Request, engine: EngineDep, settings: SettingsDep, user: ReadSiting,
                regency: str | None = None, method: str = "topsis",
                estate: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
    """Rank the districts of a regency (the actor's own by default, else Morowali)."""
    lang = current_language()
    chosen, view = _view(request, engine, settings, user, regency, method, estate, lang)
    config: dict[str, Any] = {"lang": lang, "words": {
        "rank": text("siting.page.rank", lang), "interval": text("siting.page.interval", lang),
        "score": text("siting.page.score", lang), "ikm": text("siting.page.ikm", lang),
        "few": text("siting.page.few", lang), "estate": text("siting.page.estate", lang),
        "candidates": text("siting.page.candidates", lang),
        "estates": text("siting.page.estates", lang),
        "ikm_layer": text("siting.page.ikm_layer", lang),
        "km": text("siting.page.km", lang),
        "zoom_in": text("siting.page.zoom_in", lang),
        "zoom_out": text("siting.page.zoom_out", lang)}}
    return render(request, "siting/siting.html", {
        "regency": chosen, "method": method, "view": view, "config": config,
        "added": [e for e in (estate or []) if e.strip()],
        "methods": ("topsis", "promethee", "vikor", "wsm"),
        "notes": [p.as_dict(lang) for p in view["notes"]] if view else []})


def _view(request: Request, engine: Any, settings: Any, user: Actor, regency: str | None,
          method: str, estate: list[str] | None, lang: str
          ) -> tuple[str, dict[str, Any] | None]:
    """The regency and its ranking (None without a centroid file), for the page and the
    API alike."""
    from rancang.features.siting.candidates import kemendagri_regency
    from rancang.features.siting.points import named_points

    chosen = kemendagri_regency(regency or _home(user))
    added = named_points([e for e in (estate or []) if e.strip()])
    estates = {**sp.BUILTIN_ESTATES, **sp.register_estates(engine), **added}
    centroids = settings.find_centroids()
    if centroids is None:
        return chosen, None
    return chosen, sp.siting_view(engine, user, centroids, [chosen], estates=estates,
                                  method=method, query=request.query_params, lang=lang)


class SiteOut(BaseModel):
    """One candidate district: score, rank and rank interval (5-95 % of the weight
    samples), distance to the nearest estate, IKM units (None: fewer than 3 withheld)."""

    code: str
    name: str
    lat: float
    lng: float
    score: float
    rank: int
    rank_low: int
    rank_high: int
    dist_estate_km: float
    ikm: int | None
    unmet: int


class SitingOut(BaseModel):
    """The candidates of a regency ranked as the page ranks them (the same weights and
    samples), with the criteria, their normalised weights and the estates."""

    regency: str
    method: str
    samples: int
    higher_is_better: bool
    criteria: list[str]
    weights: list[float]
    estates: list[dict[str, Any]]
    notes: list[str]
    rows: list[SiteOut]


@api.get("/api/v1/siting", tags=["siting"], responses=ERROR_RESPONSES)
def siting_api(request: Request, engine: EngineDep, settings: SettingsDep, user: ReadSiting,
               regency: str | None = None, method: str = "topsis",
               estate: Annotated[list[str] | None, Query()] = None) -> SitingOut:
    """The ranking of the page ``/siting`` (same query: ``regency``, ``method``,
    ``estate`` NAME=LAT,LNG repeated, ``w_<criterion>``)."""
    lang = current_language()
    chosen, view = _view(request, engine, settings, user, regency, method, estate, lang)
    if view is None:
        raise NotFoundError("ui.no_centroids")
    return SitingOut(regency=chosen, method=method, samples=view["samples"],
                     higher_is_better=view["higher_is_better"], criteria=view["criteria"],
                     weights=view["weights"], estates=view["estates"],
                     notes=[p.as_dict(lang)["message"] for p in view["notes"]],
                     rows=[SiteOut(**r) for r in view["rows"]])


def _home(user: Actor) -> str:
    """The actor's regency (the first grant's, cut to a regency), else Morowali."""
    region = user.region_code or ""
    if region.count(".") >= 1:
        return ".".join(region.split(".")[:2])
    return "72.06"
