"""Deliberate deletes of register records: confirmed, kept for a retention period, undone.

Deleting a firm asks for confirmation (``confirm=True``; the page shows what will go
first, the API wants ``confirm=true``, the CLI asks or takes ``--yes``). The firm's row,
periods and raw materials are then moved whole into ``deleted_record`` and the firm leaves
every list, aggregate and analysis at once; :func:`restore_record` puts it back with the same
id until :data:`RETENTION` has passed, after which :func:`purge_deleted` forgets it. Every
step is audited. A firm that a merge or a transfer refers to is not deleted (undo the merge
or decide the transfer first).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from rancang.core.actors import Actor, Forbidden
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.registry.audit import jsonable, log_many
from rancang.features.registry.models import (
    DeletedRecord,
    Enterprise,
    EnterprisePeriod,
    MergeRecord,
    RawMaterial,
    RegionTransfer,
)
from rancang.features.registry.review import ConflictError

#: how long a deleted firm can be restored
RETENTION = timedelta(days=90)


def _rows(conn: Connection, table: Any, cond: Any) -> list[dict[str, Any]]:
    return [jsonable(dict(r)) for r in conn.execute(select(table).where(cond)).mappings()]


def _typed(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    """A snapshot row with its dates and times back as Python values.

    >>> _typed(Enterprise.__table__, {"created_at": "2024-01-02T03:04:05", "name": "x"})
    {'created_at': datetime.datetime(2024, 1, 2, 3, 4, 5), 'name': 'x'}
    """
    out = dict(row)
    for col in table.c:
        v = out.get(col.name)
        if isinstance(v, str):
            kind = type(col.type).__name__
            if kind == "DateTime":
                out[col.name] = datetime.fromisoformat(v)
            elif kind == "Date":
                out[col.name] = date.fromisoformat(v)
    return out


def delete_record(engine: Engine, actor: Actor, record_id: int, *, confirm: bool,
                  reason: str = "") -> dict[str, Any]:
    """Delete one firm the actor may edit (kept :data:`RETENTION` long for undo).

    Returns the deleted entry as :func:`list_deleted` shows it.
    """
    e, p, r = Enterprise.__table__, EnterprisePeriod.__table__, RawMaterial.__table__
    with engine.begin() as conn:
        firm = conn.execute(select(e).where(e.c.id == record_id)).mappings().first()
        missing = NotFoundError("registry.record_unknown", id=record_id)
        if firm is None:
            raise missing
        actor.require_visible("registry.records.edit", firm["regency_code"], missing)
        if not confirm:
            raise InputError(Problem(Msg("registry.delete_confirm", name=firm["name"])))
        m, t = MergeRecord.__table__, RegionTransfer.__table__
        blocked = conn.execute(select(func.count()).select_from(e).where(
            e.c.merged_into_id == record_id)).scalar_one() or conn.execute(
            select(func.count()).select_from(m).where(m.c.survivor_id == record_id)
        ).scalar_one() or conn.execute(select(func.count()).select_from(t).where(
            t.c.enterprise_id == record_id)).scalar_one() or firm["merged_into_id"]
        if blocked:
            raise ConflictError(Problem(Msg("registry.delete_blocked", id=record_id)))
        periods = _rows(conn, p, p.c.enterprise_id == record_id)
        pids = [x["id"] for x in periods]
        raws = _rows(conn, r, r.c.enterprise_period_id.in_(pids)) if pids else []
        now = utcnow()
        snapshot = {"enterprise": jsonable(dict(firm)), "periods": periods, "raw": raws}
        did = int(conn.execute(insert(DeletedRecord).values(
            record_id=record_id, regency_code=firm["regency_code"], name=firm["name"],
            snapshot=snapshot, reason=reason.strip()[:2000] or None,
            deleted_by=actor.username, deleted_at=now, purge_after=now + RETENTION,
        ).returning(DeletedRecord.__table__.c.id)).scalar_one())
        if pids:
            conn.execute(delete(r).where(r.c.enterprise_period_id.in_(pids)))
            conn.execute(delete(p).where(p.c.id.in_(pids)))
        conn.execute(delete(e).where(e.c.id == record_id))
        log_many(conn, [{"action": "delete", "entity": "enterprise", "entity_id": record_id,
                         "before": {"name": firm["name"]},
                         "after": {"deleted": did, "reason": reason.strip()[:200] or None}}],
                 actor=actor.username)
    purge_deleted(engine)
    return next(x for x in list_deleted(engine, actor) if x["id"] == did)


def list_deleted(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    """Deleted firms of the actor's regions that can still be restored, newest first."""
    scope = actor.scope("registry.records.edit")
    if scope.empty:
        raise Forbidden("registry.aggregates_only")
    d = DeletedRecord.__table__
    stmt = (select(d.c.id, d.c.record_id, d.c.regency_code, d.c.name, d.c.reason,
                   d.c.deleted_by, d.c.deleted_at, d.c.purge_after)
            .where(d.c.restored_at.is_(None), d.c.purge_after > utcnow())
            .order_by(d.c.id.desc()))
    if not scope.everywhere:
        stmt = stmt.where(in_scope(d.c.regency_code, scope))
    with engine.connect() as conn:
        return [dict(x) for x in conn.execute(stmt).mappings()]


def restore_record(engine: Engine, actor: Actor, deleted_id: int) -> dict[str, Any]:
    """Put a deleted firm back, with its id, periods and raw materials (audited)."""
    d = DeletedRecord.__table__
    e, p, r = Enterprise.__table__, EnterprisePeriod.__table__, RawMaterial.__table__
    with engine.begin() as conn:
        row = conn.execute(select(d).where(d.c.id == deleted_id)).mappings().first()
        missing = NotFoundError("registry.deleted_unknown", id=deleted_id)
        if row is None or row["purge_after"] <= utcnow():
            raise missing
        actor.require_visible("registry.records.edit", row["regency_code"], missing)
        if row["restored_at"] is not None:
            raise ConflictError(Problem(Msg("registry.restored_already", id=deleted_id)))
        snap = row["snapshot"]
        firm = _typed(e, snap["enterprise"])
        if firm.get("sentra_id") is not None:
            from rancang.features.registry.models import Sentra

            s = Sentra.__table__
            if conn.execute(select(s.c.id).where(s.c.id == firm["sentra_id"])).first() is None:
                firm["sentra_id"] = None
        taken = conn.execute(select(e.c.id).where(e.c.id == firm["id"])).first()
        if taken is not None:
            raise ConflictError(Problem(Msg("registry.restore_taken", id=firm["id"])))
        conn.execute(insert(e).values(**firm))
        # periods and raw materials get new ids (theirs may have been reused since)
        new_pid = {}
        for x in snap["periods"]:
            values = {k: v for k, v in _typed(p, x).items() if k != "id"}
            new_pid[x["id"]] = conn.execute(insert(p).values(**values)
                                            .returning(p.c.id)).scalar_one()
        for x in snap["raw"]:
            values = {k: v for k, v in _typed(r, x).items() if k != "id"}
            values["enterprise_period_id"] = new_pid[x["enterprise_period_id"]]
            conn.execute(insert(r).values(**values))
        conn.execute(update(d).where(d.c.id == deleted_id).values(
            restored_at=utcnow(), restored_by=actor.username))
        log_many(conn, [{"action": "restore", "entity": "enterprise",
                         "entity_id": firm["id"], "after": {"deleted": deleted_id}}],
                 actor=actor.username)
    return {"id": deleted_id, "record_id": firm["id"], "name": firm["name"]}


def purge_deleted(engine: Engine, *, now: datetime | None = None) -> int:
    """Forget deleted firms whose retention period has ended; returns how many."""
    d = DeletedRecord.__table__
    with engine.begin() as conn:
        gone = conn.execute(delete(d).where(d.c.purge_after <= (now or utcnow()))).rowcount
    return int(gone or 0)


def highest_deleted_id(conn: Connection) -> int:
    """The highest firm id kept in ``deleted_record`` (0 when none): new firms are numbered
    above it, so a restored firm gets its own id back."""
    d = DeletedRecord.__table__
    return int(conn.execute(select(func.coalesce(func.max(d.c.record_id), 0))).scalar_one())
