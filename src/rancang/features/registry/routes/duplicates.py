"""Duplicate review pages: stored clusters, "find duplicates", merge, not duplicates, undo.

Every form posts the session's CSRF token; each action is audited under the user's name and
redirects back to the review (post/redirect/get).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.registry import duplicates as svc
from rancang.features.registry.routes import ReviewDuplicates
from rancang.web.deps import EngineDep, PageNo, PathId, parse_id
from rancang.web.render import render

router = APIRouter(include_in_schema=False)

#: The notices the review page may show after an action (``?done=``); anything else is
#: ignored.
DONE = frozenset({"found", "merged", "kept", "undone"})


def _ints(values: list[str], field: str) -> list[int]:
    """Record ids of a form field (each 1 to 2^63 - 1), else a 422 naming the field."""
    ids = [parse_id(v) for v in values]
    bad = [v for v, i in zip(values, ids, strict=True) if i is None]
    if bad:
        raise InputError(Problem(Msg("error.parameter", value=bad[0][:40]), column=field))
    return [i for i in ids if i is not None]


@router.get("/register/duplicates")
def duplicates_page(request: Request, engine: EngineDep, user: ReviewDuplicates,
                    page: PageNo = 1) -> HTMLResponse:
    """Stored duplicate clusters of the user's region (no detection on a page view).

    After a merge the page offers its Undo form only for a merge the user may undo: the
    ``merge_id`` of the link is parsed as an id and looked up, never copied into the form.
    """
    ctx = svc.overview(engine, user, page=page)
    done = request.query_params.get("done", "")
    ctx["done"] = done if done in DONE else ""
    ctx["merge_id"] = svc.undoable_merge(engine, user,
                                         parse_id(request.query_params.get("merge_id")))
    return render(request, "registry/duplicates.html", ctx)


@router.post("/register/duplicates/find")
def find_duplicates(request: Request, user: ReviewDuplicates) -> Response:
    """Run duplicate detection over the user's region as a background job (it can take
    minutes on a large register): the review page when it ends within a moment, else the
    job's progress page."""
    from rancang.features.jobs.routes import start

    scope = svc.user_scope(user)
    return start(request, user, "rancang.features.registry.jobs:find_duplicates",
                 {"threshold": 7.0}, region=scope or None,
                 result_url="/register/duplicates?done=found")


@router.post("/register/duplicates/{cluster_id}/merge")
async def merge_cluster(request: Request, engine: EngineDep, user: ReviewDuplicates,
                        cluster_id: PathId) -> RedirectResponse:
    """Merge the ticked members of a cluster into the chosen surviving record."""
    form = await request.form()
    survivor = _ints([str(form.get("survivor"))], "survivor")[0] if form.get("survivor") else None
    if survivor is None:
        raise InputError(Problem("pilih data utama / choose the surviving record"))
    ids = _ints([str(v) for v in form.getlist("ids")], "ids") or None
    mid = svc.merge_cluster(engine, user, cluster_id, survivor, ids)
    return RedirectResponse(f"/register/duplicates?done=merged&merge_id={mid}",
                            status_code=303)


@router.post("/register/duplicates/{cluster_id}/keep")
def keep_cluster(engine: EngineDep, user: ReviewDuplicates, cluster_id: PathId) -> RedirectResponse:
    """Mark a cluster "not duplicates" (never proposed again)."""
    svc.keep_cluster(engine, user, cluster_id)
    return RedirectResponse("/register/duplicates?done=kept", status_code=303)


@router.post("/register/merges/{merge_id}/undo")
def undo_merge(engine: EngineDep, user: ReviewDuplicates, merge_id: PathId) -> RedirectResponse:
    """Undo a merge: the firms are separate again and the cluster is open again."""
    svc.undo_merge(engine, user, merge_id)
    return RedirectResponse("/register/duplicates?done=undone", status_code=303)
