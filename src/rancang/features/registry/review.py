"""Stored duplicate reviews: run the matcher once per region, review its clusters later.

Duplicate detection over a large register takes seconds (about 10-20 s at 100k records),
too long for a page view. :func:`find` runs :func:`rancang.features.registry.merge.detect` over the
records of one region and stores the clusters with the **register version** it saw (the id
of the last audit entry: every change of the register is audited in the same
transaction). Pages then read the stored clusters (:func:`open_clusters`), and reviewers
resolve them with :func:`merge_cluster` and :func:`keep_cluster`, which call the audited,
undoable functions of :mod:`rancang.features.registry.merge` and remember the decision.

A review is *fresh* while nothing but review decisions (merges, undos, "not duplicates")
has changed the register since it ran; otherwise the page offers to find again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, or_, select, update

from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.features.registry.merge import detect, keep_apart, merge, undo
from rancang.features.registry.models import AuditLog, DedupCluster, DedupReview, Enterprise

REVIEW_ACTIONS = ("merge", "merged", "dedup_keep", "undo_merge")


class ConflictError(InputError):
    """The cluster was already resolved (by someone else, or in another tab)."""

    status = 409


@dataclass(frozen=True)
class Review:
    """A stored detection run: what it covered, when, and whether it is still fresh."""

    id: int
    scope: str
    version: int
    threshold: float
    computed_at: datetime
    computed_by: str
    n_records: int
    n_clusters: int
    seconds: float
    fresh: bool
    open_clusters: int

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {k: (v.isoformat() if isinstance(v, datetime) else v)
                for k, v in self.__dict__.items()}


def register_version(conn: Connection) -> int:
    """The register version: id of the last audit entry (0 for an empty register)."""
    return int(conn.execute(select(func.coalesce(func.max(AuditLog.id), 0))).scalar_one())


def _region_clause(scope: str) -> Any:
    e = Enterprise.__table__
    return or_(e.c.regency_code == scope, e.c.regency_code.like(scope + ".%"))


def find(engine: Engine, scope: str, *, actor: str, threshold: float = 7.0) -> Review:
    """Run duplicate detection over the active records of ``scope`` and store the clusters.

    Parameters
    ----------
    engine : Engine
    scope : str
        Region prefix (Kemendagri code, ``72`` or ``72.06``); "" for the whole register.
    actor : str
        Who asked (shown on the review page).
    threshold : float
        Minimum pair score for a match (see :func:`rancang.features.registry.dedup.score_pairs`).

    Returns
    -------
    Review
        The stored run; earlier runs of the same scope are deleted.
    """
    with engine.connect() as conn:
        version = register_version(conn)
        n_records = conn.execute(
            select(func.count()).select_from(Enterprise).where(
                Enterprise.merged_into_id.is_(None),
                *([_region_clause(scope)] if scope else []))
        ).scalar_one()
    t0 = time.perf_counter()
    clusters = detect(engine, threshold=threshold, region=scope or None)
    seconds = time.perf_counter() - t0
    with engine.begin() as conn:
        conn.execute(delete(DedupCluster).where(DedupCluster.review_id.in_(
            select(DedupReview.id).where(DedupReview.scope == scope))))
        conn.execute(delete(DedupReview).where(DedupReview.scope == scope))
        rid = conn.execute(insert(DedupReview).values(
            scope=scope, version=version, threshold=threshold, computed_by=actor,
            n_records=int(n_records), n_clusters=len(clusters), seconds=round(seconds, 3),
        ).returning(DedupReview.id)).scalar_one()
        rows = [{"review_id": rid, "position": k, "ids": c.ids, "survivor": c.survivor,
                 "records": c.records} for k, c in enumerate(clusters)]
        for i in range(0, len(rows), 5000):
            conn.execute(insert(DedupCluster), rows[i:i + 5000])
    review = latest(engine, scope)
    assert review is not None
    return review


def latest(engine: Engine, scope: str) -> Review | None:
    """The stored run of ``scope`` with its freshness, or None when there is none."""
    r = DedupReview.__table__
    with engine.connect() as conn:
        row = conn.execute(select(r).where(r.c.scope == scope).order_by(r.c.id.desc())
                           .limit(1)).mappings().first()
        if row is None:
            return None
        changed = conn.execute(
            select(func.count()).select_from(AuditLog).where(
                AuditLog.id > row["version"], AuditLog.action.not_in(REVIEW_ACTIONS))
        ).scalar_one()
        n_open = conn.execute(
            select(func.count()).select_from(DedupCluster).where(
                DedupCluster.review_id == row["id"], DedupCluster.resolution.is_(None))
        ).scalar_one()
    return Review(**dict(row), fresh=changed == 0, open_clusters=int(n_open))


def open_clusters(
    engine: Engine, review_id: int, *, offset: int = 0, limit: int = 50
) -> list[dict[str, Any]]:
    """Unresolved clusters of a run, largest first, without those whose members were
    merged elsewhere since (e.g. from the command line)."""
    c, e = DedupCluster.__table__, Enterprise.__table__
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(
            select(c).where(c.c.review_id == review_id, c.c.resolution.is_(None))
            .order_by(c.c.position).offset(offset).limit(limit)).mappings()]
        ids = sorted({i for r in rows for i in r["ids"]})
        gone = {r[0] for r in conn.execute(
            select(e.c.id).where(e.c.id.in_(ids), e.c.merged_into_id.is_not(None)))}
    return [r for r in rows if not gone.intersection(r["ids"])]


def get_cluster(engine: Engine, cluster_id: int) -> dict[str, Any]:
    """One stored cluster (404 when unknown)."""
    c = DedupCluster.__table__
    with engine.connect() as conn:
        row = conn.execute(select(c).where(c.c.id == cluster_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"kelompok {cluster_id} tidak ada / cluster not found")
    return dict(row)


def _resolve(engine: Engine, cluster_id: int, resolution: str | None, *, actor: str | None,
             merge_id: int | None = None, expect_open: bool = True) -> None:
    c = DedupCluster.__table__
    cond = c.c.resolution.is_(None) if expect_open else c.c.resolution.is_not(None)
    with engine.begin() as conn:
        done = conn.execute(update(c).where(and_(c.c.id == cluster_id, cond)).values(
            resolution=resolution, merge_id=merge_id, resolved_by=actor)).rowcount
    if not done:
        raise ConflictError(Problem("kelompok ini sudah diputuskan / cluster already resolved"))


def merge_cluster(
    engine: Engine, cluster_id: int, survivor: int, *, actor: str, ids: list[int] | None = None
) -> int:
    """Merge a stored cluster into ``survivor`` (audited, undoable); returns the merge id.

    Parameters
    ----------
    ids : list of int, optional
        The members to merge (default all); must include ``survivor`` and one other.
    """
    cluster = get_cluster(engine, cluster_id)
    if cluster["resolution"] is not None:
        raise ConflictError(Problem("kelompok ini sudah diputuskan / cluster already resolved"))
    members = sorted(set(ids if ids else cluster["ids"]))
    if not set(members) <= set(cluster["ids"]):
        raise InputError(Problem("usaha di luar kelompok / record not in the cluster"))
    if survivor not in members or len(members) < 2:
        raise InputError(Problem("pilih data utama dan minimal satu usaha lain / choose the "
                                 "surviving record and at least one other"))
    _resolve(engine, cluster_id, "merged", actor=actor)  # claim it first: no double merge
    try:
        mid = merge(engine, survivor, [i for i in members if i != survivor], actor=actor)
    except Exception:
        _resolve(engine, cluster_id, None, actor=None, expect_open=False)
        raise
    with engine.begin() as conn:
        conn.execute(update(DedupCluster).where(DedupCluster.id == cluster_id)
                     .values(merge_id=mid))
    return mid


def keep_cluster(engine: Engine, cluster_id: int, *, actor: str) -> None:
    """Mark a stored cluster "not duplicates" (audited; never proposed again)."""
    cluster = get_cluster(engine, cluster_id)
    _resolve(engine, cluster_id, "kept", actor=actor)
    keep_apart(engine, cluster["ids"], actor=actor)


def undo_merge(engine: Engine, merge_id: int, *, actor: str) -> None:
    """Undo a merge (audited) and reopen the stored cluster it resolved, if any."""
    undo(engine, merge_id, actor=actor)
    with engine.begin() as conn:
        conn.execute(update(DedupCluster).where(DedupCluster.merge_id == merge_id).values(
            resolution=None, merge_id=None, resolved_by=None))
