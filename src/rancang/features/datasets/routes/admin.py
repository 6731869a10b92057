"""Administration of datasets: list, publish (or take back), choose the default, delete.

Administrators only; every form posts the session's CSRF token and redirects back to the
list (post/redirect/get).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from rancang.core.actors import Actor
from rancang.features.datasets import delete_dataset, list_datasets, set_default, set_published
from rancang.web.deps import EngineDep, PathId, Permit
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
ManageDatasets = Annotated[Actor, Depends(Permit("datasets.manage"))]


@router.get("/admin/datasets")
def datasets_page(request: Request, engine: EngineDep, user: ManageDatasets,
                  done: str = "") -> HTMLResponse:
    """Every dataset with who uploaded it, whether it is published, and the default."""
    from rancang.features.datasets.service import deleted_datasets

    known = done if done in ("published", "default", "deleted", "restored") else ""
    return render(request, "datasets/admin_datasets.html", {"datasets": list_datasets(engine),
                                                   "deleted": deleted_datasets(engine),
                                                   "done": known})


@router.post("/admin/datasets/{dataset_id}/publish")
def publish(engine: EngineDep, user: ManageDatasets, dataset_id: PathId,
            published: Annotated[str, Form()] = "1") -> RedirectResponse:
    """Publish a dataset to everyone (``published=1``) or make it private again (``0``)."""
    set_published(engine, dataset_id, published not in ("0", "false", ""))
    return RedirectResponse("/admin/datasets?done=published", status_code=303)


@router.post("/admin/datasets/{dataset_id}/default")
def make_default(engine: EngineDep, user: ManageDatasets, dataset_id: PathId) -> RedirectResponse:
    """Make a dataset the one the pages open with (publishing it)."""
    set_default(engine, dataset_id)
    return RedirectResponse("/admin/datasets?done=default", status_code=303)


@router.post("/admin/datasets/{dataset_id}/delete")
def remove(engine: EngineDep, user: ManageDatasets, dataset_id: PathId,
           confirm: Annotated[str, Form()] = "") -> RedirectResponse:
    """Delete a dataset once the box "sure" is ticked (restorable for the retention
    period, listed under the datasets)."""
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg

    if confirm != "1":
        raise InputError(Problem(Msg("datasets.delete_confirm", id=dataset_id)))
    delete_dataset(engine, dataset_id, actor=user.username)
    return RedirectResponse("/admin/datasets?done=deleted", status_code=303)


@router.post("/admin/datasets/{dataset_id}/restore")
def restore(engine: EngineDep, user: ManageDatasets, dataset_id: PathId) -> RedirectResponse:
    """Bring back a deleted dataset."""
    from rancang.features.datasets.service import restore_dataset

    restore_dataset(engine, dataset_id)
    return RedirectResponse("/admin/datasets?done=restored", status_code=303)
