"""Edit pages of a stored need and offer: ``/match/market/needs/{id}/edit`` and
``/match/market/offers/{id}/edit``.

The same fields as when posting, the stored values filled in, the KBLI classes suggested
for the text shown beside the KBLI field; saving calls the service the API's ``PUT``
calls (:func:`~rancang.features.matching.market.update_need`,
:func:`~rancang.features.matching.market.update_offer`), so the stored record, the audit
entry and who may change what are the same on both channels. A need or an offer the user
may not change answers 404, as for reading it; a refused form comes back with each
problem beside its field and what the user typed kept.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.actors import Actor
from rancang.core.errors import InputError
from rancang.features.matching import market as mk
from rancang.features.matching import market_forms as mf
from rancang.features.matching.models import FREQUENCIES
from rancang.web.deps import EngineDep, LangDep, PathId, Permit
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
Post = Annotated[Actor, Depends(Permit("matching.post"))]
STANDARDS = ("sni", "halal", "tkdn")
Action = Annotated[str, Form()]


def _page(request: Request, kind: str, item: dict[str, Any], form: dict[str, Any],
          suggestions: list[dict[str, Any]], errors: dict[str, list[str]] | None = None,
          status: int = 200) -> HTMLResponse:
    return render(request, f"matching/{kind}_edit.html", {
        "item": item, "form": form, "suggestions": suggestions, "errors": errors or {},
        "frequencies": FREQUENCIES, "standards": STANDARDS}, status=status)


@router.get("/match/market/needs/{need_id}/edit")
def need_edit_page(request: Request, engine: EngineDep, user: Post,
                   need_id: PathId) -> HTMLResponse:
    """The need's edit form, with the KBLI classes suggested for its description."""
    need = mk.get_need(engine, user, need_id)
    return _page(request, "need", need, mf.need_form(need),
                 mf.stored_suggestions(need["description"]))


@router.post("/match/market/needs/{need_id}/edit", response_model=None)
def need_edit_save(request: Request, engine: EngineDep, user: Post, lang: LangDep,
                   need_id: PathId, form: mf.NeedForm, action: Action = "save"
                   ) -> HTMLResponse | Response:
    """Suggest KBLI classes for the edited description (``action=suggest``) or save the
    need through the API's service (audited)."""
    need = mk.get_need(engine, user, need_id)  # 404 before anything is read or said
    try:
        if action == "suggest":
            return _page(request, "need", need, form, mf.suggest(form, "need"))
        mk.update_need(engine, user, need_id, mf.need_data(form))
    except InputError as exc:
        return _page(request, "need", need, form,
                     mf.stored_suggestions(form["description"]),
                     mf.field_errors(exc.problems, lang, "need"), status=422)
    return RedirectResponse(f"/match/market/needs/{need_id}", status_code=303)


@router.get("/match/market/offers/{offer_id}/edit")
def offer_edit_page(request: Request, engine: EngineDep, user: Post,
                    offer_id: PathId) -> HTMLResponse:
    """The offer's edit form, with the KBLI classes suggested for its products."""
    offer = mk.get_offer(engine, user, offer_id)
    return _page(request, "offer", offer, mf.offer_form(offer),
                 mf.stored_suggestions(offer["products"]))


@router.post("/match/market/offers/{offer_id}/edit", response_model=None)
def offer_edit_save(request: Request, engine: EngineDep, user: Post, lang: LangDep,
                    offer_id: PathId, form: mf.OfferForm, action: Action = "save"
                    ) -> HTMLResponse | Response:
    """Suggest KBLI classes for the edited products or save the offer (audited; the
    supplier index follows the change on its next use)."""
    offer = mk.get_offer(engine, user, offer_id)
    try:
        if action == "suggest":
            return _page(request, "offer", offer, form, mf.suggest(form, "offer"))
        mk.update_offer(engine, user, offer_id, mf.offer_data(form))
    except InputError as exc:
        return _page(request, "offer", offer, form,
                     mf.stored_suggestions(form["products"]),
                     mf.field_errors(exc.problems, lang, "offer"), status=422)
    return RedirectResponse(f"/match/market/offers/{offer_id}", status_code=303)
