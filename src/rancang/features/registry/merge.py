"""Review of duplicate clusters in the database: merge (undoable) or keep apart, audited."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl
from sqlalchemy import Engine, or_, select, update

from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.features.registry.audit import actor_name, log_many
from rancang.features.registry.dedup import find_duplicates
from rancang.features.registry.importer import ENTERPRISE_FIELDS
from rancang.features.registry.models import (
    AuditLog,
    Enterprise,
    EnterprisePeriod,
    MergeRecord,
    utcnow,
)

FIELDS = (
    "id",
    "nib",
    "name",
    "owner_name",
    "phone",
    "address",
    "village_code",
    "village_name",
    "district_name",
    "kbli",
)


@dataclass
class Cluster:
    """A group of stored firms that look like one firm, with a proposed survivor."""

    ids: list[int]
    survivor: int
    records: list[dict[str, Any]] = field(default_factory=list)


def _kept_sets(engine: Engine) -> list[set[int]]:
    a = AuditLog.__table__
    with engine.connect() as c:
        rows = c.execute(select(a.c.after).where(a.c.action == "dedup_keep")).all()
    return [set(r[0]["ids"]) for r in rows]


def detect(
    engine: Engine, *, threshold: float = 7.0, region: str | None = None
) -> list[Cluster]:
    """Clusters of active firms that the matcher puts together, minus those kept apart.

    Parameters
    ----------
    threshold : float
        Minimum pair score for a match.
    region : str, optional
        Only firms located in this region (Kemendagri code ``72`` or ``72.06``).

    Returns
    -------
    list of Cluster
        Largest clusters first; the proposed survivor has a NIB if any member has one,
        then the most filled-in fields, then the lowest id.
    """
    e = Enterprise.__table__
    stmt = select(*[e.c[f] for f in FIELDS]).where(e.c.merged_into_id.is_(None))
    if region:
        stmt = stmt.where(or_(e.c.regency_code == region, e.c.regency_code.like(region + ".%")))
    with engine.connect() as c:
        rows = c.execute(stmt.order_by(e.c.id)).all()
    if not rows:
        return []
    frame = pl.DataFrame([dict(r._mapping) for r in rows], infer_schema_length=None)
    labels = find_duplicates(frame, threshold=threshold).labels
    groups: dict[int, list[int]] = {}
    for pos, lab in enumerate(labels.tolist()):
        groups.setdefault(lab, []).append(pos)
    kept = _kept_sets(engine)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        recs = [frame.row(p, named=True) for p in members]
        ids = sorted(r["id"] for r in recs)
        if any(set(ids) <= k for k in kept):
            continue
        best = max(
            recs,
            key=lambda r: (r["nib"] is not None, sum(v is not None for v in r.values()), -r["id"]),
        )
        out.append(Cluster(ids=ids, survivor=best["id"], records=recs))
    out.sort(key=lambda c: (-len(c.ids), c.ids[0]))
    return out


def keep_apart(engine: Engine, ids: list[int], *, actor: str | None = None) -> None:
    """Record that these firms are different (the cluster will not be proposed again)."""
    with engine.begin() as conn:
        log_many(
            conn,
            [
                {
                    "action": "dedup_keep",
                    "entity": "enterprise",
                    "entity_id": min(ids),
                    "after": {"ids": sorted(ids)},
                }
            ],
            actor=actor_name(actor),
        )


def merge(
    engine: Engine, survivor_id: int, merged_ids: list[int], *, actor: str | None = None
) -> int:
    """Fold ``merged_ids`` into ``survivor_id``; returns the merge id (for :func:`undo`).

    Notes
    -----
    The survivor's empty fields are filled from the merged firms (in the order given); the
    merged firms' reporting periods that the survivor lacks move to the survivor; merged
    firms stay in the database, marked ``merged_into_id``.
    """
    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    merged_ids = [i for i in merged_ids if i != survivor_id]
    if not merged_ids:
        raise InputError(Problem("tidak ada usaha yang digabung"))
    who = actor_name(actor)
    with engine.begin() as conn:
        recs = {
            r["id"]: dict(r)
            for r in conn.execute(
                select(e).where(e.c.id.in_([survivor_id, *merged_ids]))
            ).mappings()
        }
        missing = {survivor_id, *merged_ids} - set(recs)
        if missing:
            raise NotFoundError(f"usaha tidak ada: {sorted(missing)}")
        if any(recs[i]["merged_into_id"] is not None for i in [survivor_id, *merged_ids]):
            raise InputError(Problem("salah satu usaha sudah digabung sebelumnya"))
        surv = recs[survivor_id]
        fill: dict[str, Any] = {}
        for f in ENTERPRISE_FIELDS:
            if surv[f] in (None, [], ""):
                for m in merged_ids:
                    if recs[m][f] not in (None, [], ""):
                        fill[f] = recs[m][f]
                        break
        have = {
            r[0] for r in conn.execute(select(p.c.period).where(p.c.enterprise_id == survivor_id))
        }
        moved: dict[str, int] = {}
        for pid, eid, period in conn.execute(
            select(p.c.id, p.c.enterprise_id, p.c.period)
            .where(p.c.enterprise_id.in_(merged_ids))
            .order_by(p.c.id)
        ):
            if period not in have:
                have.add(period)
                moved[str(pid)] = eid
        if moved:
            conn.execute(
                update(p)
                .where(p.c.id.in_([int(k) for k in moved]))
                .values(enterprise_id=survivor_id)
            )
        if fill:
            conn.execute(update(e).where(e.c.id == survivor_id).values(**fill))
        conn.execute(update(e).where(e.c.id.in_(merged_ids)).values(merged_into_id=survivor_id))
        mid = conn.execute(
            MergeRecord.__table__.insert().values(
                actor=who,
                survivor_id=survivor_id,
                merged_ids=merged_ids,
                survivor_before={f: surv[f] for f in fill},
                moved_period_ids=moved,
            ).returning(MergeRecord.id)
        ).scalar_one()
        log_many(
            conn,
            [
                {
                    "action": "merge",
                    "entity": "enterprise",
                    "entity_id": survivor_id,
                    "before": {f: surv[f] for f in fill},
                    "after": {
                        **fill,
                        "merged_ids": merged_ids,
                        "merge_id": mid,
                        "moved_periods": sorted(int(k) for k in moved),
                    },
                }
            ]
            + [
                {
                    "action": "merged",
                    "entity": "enterprise",
                    "entity_id": m,
                    "before": {"merged_into_id": None},
                    "after": {"merged_into_id": survivor_id, "merge_id": mid},
                }
                for m in merged_ids
            ],
            actor=who,
            batch=f"merge-{mid}",
        )
    return int(mid)


def undo(engine: Engine, merge_id: int, *, actor: str | None = None) -> None:
    """Undo a merge: restore the survivor's fields, move periods back, reactivate firms."""
    e, p, mr = Enterprise.__table__, EnterprisePeriod.__table__, MergeRecord.__table__
    who = actor_name(actor)
    with engine.begin() as conn:
        rec = conn.execute(select(mr).where(mr.c.id == merge_id)).mappings().first()
        if rec is None:
            raise NotFoundError(f"penggabungan {merge_id} tidak ada")
        if rec["undone_at"] is not None:
            raise InputError(Problem(f"penggabungan {merge_id} sudah dibatalkan"))
        for pid, eid in rec["moved_period_ids"].items():
            conn.execute(update(p).where(p.c.id == int(pid)).values(enterprise_id=eid))
        if rec["survivor_before"]:
            conn.execute(
                update(e).where(e.c.id == rec["survivor_id"]).values(**rec["survivor_before"])
            )
        conn.execute(update(e).where(e.c.id.in_(rec["merged_ids"])).values(merged_into_id=None))
        conn.execute(update(mr).where(mr.c.id == merge_id).values(undone_at=utcnow()))
        log_many(
            conn,
            [
                {
                    "action": "undo_merge",
                    "entity": "enterprise",
                    "entity_id": rec["survivor_id"],
                    "before": {"merged_ids": rec["merged_ids"]},
                    "after": {**rec["survivor_before"], "merge_id": merge_id},
                }
            ],
            actor=who,
            batch=f"undo-{merge_id}",
        )
