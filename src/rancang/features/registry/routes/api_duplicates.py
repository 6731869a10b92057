"""JSON API of the duplicate review: stored clusters, find, merge, not duplicates, undo.

Same service and rules as the pages; state-changing calls need ``X-CSRF-Token``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from rancang.features.jobs.routes import JobOut
from rancang.features.registry import duplicates as svc
from rancang.features.registry.api_models import (
    DuplicatesOut,
    KeptOut,
    MergeOut,
    ReviewOut,
    UndoneOut,
)
from rancang.features.registry.routes import ReviewDuplicates
from rancang.web.deps import EngineDep, PageNo, PathId
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/register", tags=["register"], responses=ERROR_RESPONSES)


class MergeRequest(BaseModel):
    """Which record survives, and optionally which members to merge (default all)."""

    survivor: int
    ids: list[int] | None = Field(default=None, description="members to merge")


class FindRequest(BaseModel):
    """Options of a detection run."""

    threshold: float = Field(default=7.0, ge=0, le=40)


@router.get("/duplicates")
def duplicates(engine: EngineDep, user: ReviewDuplicates, page: PageNo = 1) -> DuplicatesOut:
    """The stored review of the user's region (``review`` null before the first run) and a
    page of its open clusters; ``review.fresh`` is false once the register changed."""
    return DuplicatesOut(**svc.overview(engine, user, page=page))


@router.post("/duplicates/find")
def find(engine: EngineDep, user: ReviewDuplicates,
         body: FindRequest | None = None) -> ReviewOut:
    """Run duplicate detection over the user's region now and store the clusters."""
    return ReviewOut(**svc.find(engine, user, threshold=(body or FindRequest()).threshold))


@router.post("/duplicates/find/job", status_code=202)
def find_job(request: Request, user: ReviewDuplicates,
             body: FindRequest | None = None) -> JobOut:
    """Start duplicate detection over the user's region as a background job (for a large
    register); follow it at ``/api/v1/jobs/{id}`` until ``status`` is done, then read
    ``/duplicates``."""
    from rancang.core.i18n import current_language
    from rancang.features.jobs.routes import job_out
    from rancang.features.jobs.service import get_job, submit

    scope = svc.user_scope(user)
    engine = request.app.state.engine
    job_id = submit(engine, user, "rancang.features.registry.jobs:find_duplicates",
                    {"threshold": (body or FindRequest()).threshold}, region=scope or None,
                    result_url="/register/duplicates?done=found",
                    broker_url=request.app.state.settings.broker_url)
    return job_out(get_job(engine, user, job_id), current_language())


@router.post("/duplicates/{cluster_id}/merge")
def merge(engine: EngineDep, user: ReviewDuplicates, cluster_id: PathId,
          body: MergeRequest) -> MergeOut:
    """Merge a cluster into ``survivor`` (audited); undo with ``/merges/{merge_id}/undo``."""
    return MergeOut(merge_id=svc.merge_cluster(engine, user, cluster_id, body.survivor,
                                               body.ids))


@router.post("/duplicates/{cluster_id}/keep")
def keep(engine: EngineDep, user: ReviewDuplicates, cluster_id: PathId) -> KeptOut:
    """Mark a cluster "not duplicates" (audited; not proposed again)."""
    svc.keep_cluster(engine, user, cluster_id)
    return KeptOut(kept=cluster_id)


@router.post("/merges/{merge_id}/undo")
def undo(engine: EngineDep, user: ReviewDuplicates, merge_id: PathId) -> UndoneOut:
    """Undo a merge (audited); its cluster is open for review again."""
    return UndoneOut(undone=merge_id, survivor=svc.undo_merge(engine, user, merge_id))
