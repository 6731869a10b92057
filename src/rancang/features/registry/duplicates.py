"""Duplicate review for the pages and the API, limited to what the user may change.

Detection runs only when asked (``find``) and is stored per (region scope, register
version) by :mod:`rancang.features.registry.review`; page views read the stored clusters. Merging,
"not duplicates" and undo call the audited functions of :mod:`rancang.features.registry.merge` under
the user's name. Administrators act on any cluster; an analyst only on clusters whose
records all lie in the analyst's region; viewers on none.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from rancang.core.actors import Actor, Forbidden
from rancang.core.errors import NotFoundError
from rancang.features.registry import review
from rancang.features.registry.models import Enterprise, MergeRecord

PAGE_SIZE = 25


def user_scope(user: Actor) -> str:
    """The region prefix the user reviews ("" = whole register; an actor holding the
    review in several regions reviews the first); 403 when they may review nowhere."""
    scope = user.scope("registry.duplicates.review")
    if scope.empty:
        raise Forbidden("registry.aggregates_only")
    return "" if scope.everywhere else scope.regions[0]


def _require_editable(engine: Engine, user: Actor, ids: list[int]) -> None:
    e = Enterprise.__table__
    with engine.connect() as conn:
        regions = [r[0] for r in conn.execute(select(e.c.regency_code).where(e.c.id.in_(ids)))]
    missing = NotFoundError("usaha tidak ada / record not found")
    if len(regions) < len(set(ids)):
        raise missing
    for region in regions:  # another region's records: as if they did not exist
        user.require_visible("registry.records.edit", region, missing)


def overview(engine: Engine, user: Actor, *, page: int = 1) -> dict[str, Any]:
    """The user's stored review (or None) and one page of its open clusters."""
    scope = user_scope(user)
    run = review.latest(engine, scope)
    page = max(1, page)
    clusters = ([] if run is None else
                review.open_clusters(engine, run.id, offset=(page - 1) * PAGE_SIZE,
                                     limit=PAGE_SIZE))
    pages = 1 if run is None else max(1, -(-run.open_clusters // PAGE_SIZE))
    return {"scope": scope, "review": run.as_dict() if run else None, "clusters": clusters,
            "page": page, "pages": pages}


def find(engine: Engine, user: Actor, *, threshold: float = 7.0) -> dict[str, Any]:
    """Run duplicate detection over the user's region now and store the clusters."""
    return review.find(engine, user_scope(user), actor=user.username,
                       threshold=threshold).as_dict()


def merge_cluster(engine: Engine, user: Actor, cluster_id: int, survivor: int,
                  ids: list[int] | None = None) -> int:
    """Merge a stored cluster into ``survivor``; returns the merge id (for undo)."""
    user_scope(user)
    cluster = review.get_cluster(engine, cluster_id)
    _require_editable(engine, user, cluster["ids"])
    return review.merge_cluster(engine, cluster_id, survivor, actor=user.username, ids=ids)


def keep_cluster(engine: Engine, user: Actor, cluster_id: int) -> None:
    """Mark a stored cluster "not duplicates"."""
    user_scope(user)
    cluster = review.get_cluster(engine, cluster_id)
    _require_editable(engine, user, cluster["ids"])
    review.keep_cluster(engine, cluster_id, actor=user.username)


def undoable_merge(engine: Engine, user: Actor, merge_id: int | None) -> int | None:
    """``merge_id`` when it names a merge that is not undone and that the user may change
    (so the page may offer its Undo form), else None. Never raises: the id comes from a
    link anyone can craft."""
    if merge_id is None:
        return None
    m = MergeRecord.__table__
    with engine.connect() as conn:
        row = conn.execute(select(m.c.survivor_id, m.c.merged_ids, m.c.undone_at)
                           .where(m.c.id == merge_id)).first()
    if row is None or row[2] is not None:
        return None
    try:
        _require_editable(engine, user, [row[0], *row[1]])
    except (Forbidden, NotFoundError):
        return None
    return merge_id


def undo_merge(engine: Engine, user: Actor, merge_id: int) -> int:
    """Undo a merge the user may change; returns the survivor's id."""
    user_scope(user)
    m = MergeRecord.__table__
    with engine.connect() as conn:
        row = conn.execute(select(m.c.survivor_id, m.c.merged_ids)
                           .where(m.c.id == merge_id)).first()
    if row is None:
        raise NotFoundError(f"penggabungan {merge_id} tidak ada / merge not found")
    _require_editable(engine, user, [row[0], *row[1]])
    review.undo_merge(engine, merge_id, actor=user.username)
    return int(row[0])
