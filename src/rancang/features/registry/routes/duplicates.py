"""Duplicate review pages: stored clusters, "find duplicates", merge, not duplicates, undo.

Every form posts the session's CSRF token; each action is audited under the user's name and
redirects back to the review (post/redirect/get).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from rancang.core.errors import InputError, Problem
from rancang.features.registry import duplicates as svc
from rancang.features.registry.routes import ReviewDuplicates
from rancang.web.deps import EngineDep
from rancang.web.render import render

router = APIRouter(include_in_schema=False)


def _ints(values: list[str]) -> list[int]:
    try:
        return [int(v) for v in values]
    except ValueError as exc:
        raise InputError(Problem("nomor usaha tidak sah / invalid record id")) from exc


@router.get("/register/duplicates")
def duplicates_page(request: Request, engine: EngineDep, user: ReviewDuplicates,
                    page: int = 1) -> HTMLResponse:
    """Stored duplicate clusters of the user's region (no detection on a page view)."""
    ctx = svc.overview(engine, user, page=page)
    ctx["done"] = request.query_params.get("done", "")
    ctx["merge_id"] = request.query_params.get("merge_id", "")
    return render(request, "registry/duplicates.html", ctx)


@router.post("/register/duplicates/find")
def find_duplicates(engine: EngineDep, user: ReviewDuplicates) -> RedirectResponse:
    """Run duplicate detection over the user's region now (explicit, can take seconds)."""
    svc.find(engine, user)
    return RedirectResponse("/register/duplicates?done=found", status_code=303)


@router.post("/register/duplicates/{cluster_id}/merge")
async def merge_cluster(request: Request, engine: EngineDep, user: ReviewDuplicates,
                        cluster_id: int) -> RedirectResponse:
    """Merge the ticked members of a cluster into the chosen surviving record."""
    form = await request.form()
    survivor = _ints([str(form.get("survivor") or "")])[0] if form.get("survivor") else None
    if survivor is None:
        raise InputError(Problem("pilih data utama / choose the surviving record"))
    ids = _ints([str(v) for v in form.getlist("ids")]) or None
    mid = svc.merge_cluster(engine, user, cluster_id, survivor, ids)
    return RedirectResponse(f"/register/duplicates?done=merged&merge_id={mid}",
                            status_code=303)


@router.post("/register/duplicates/{cluster_id}/keep")
def keep_cluster(engine: EngineDep, user: ReviewDuplicates, cluster_id: int) -> RedirectResponse:
    """Mark a cluster "not duplicates" (never proposed again)."""
    svc.keep_cluster(engine, user, cluster_id)
    return RedirectResponse("/register/duplicates?done=kept", status_code=303)


@router.post("/register/merges/{merge_id}/undo")
def undo_merge(engine: EngineDep, user: ReviewDuplicates, merge_id: int) -> RedirectResponse:
    """Undo a merge: the firms are separate again and the cluster is open again."""
    svc.undo_merge(engine, user, merge_id)
    return RedirectResponse("/register/duplicates?done=undone", status_code=303)
