"""``/siting``: candidate districts of a regency ranked for a new sentra IKM, on a map."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from rancang.core.actors import Actor
from rancang.core.i18n import current_language, text
from rancang.features.siting import page as sp
from rancang.web.deps import EngineDep, Permit, SettingsDep
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
ReadSiting = Annotated[Actor, Depends(Permit("siting.read"))]


@router.get("/siting")
def siting_page(request: Request, engine: EngineDep, settings: SettingsDep, user: ReadSiting,
                regency: str | None = None, method: str = "topsis",
                estate: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
    """Rank the districts of a regency (the actor's own by default, else Morowali)."""
    from rancang.features.siting.candidates import kemendagri_regency
    from rancang.features.siting.points import named_points

    lang = current_language()
    chosen = kemendagri_regency(regency or _home(user))
    added = named_points([e for e in (estate or []) if e.strip()])
    estates = {**sp.BUILTIN_ESTATES, **sp.register_estates(engine), **added}
    centroids = settings.find_centroids()
    view = None
    if centroids is not None:
        view = sp.siting_view(engine, user, centroids, [chosen], estates=estates,
                              method=method, query=request.query_params)
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


def _home(user: Actor) -> str:
    """The actor's regency (the first grant's, cut to a regency), else Morowali."""
    region = user.region_code or ""
    if region.count(".") >= 1:
        return ".".join(region.split(".")[:2])
    return "72.06"
