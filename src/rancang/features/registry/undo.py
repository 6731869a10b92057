"""Undo a register import: every record it created removed, every value it changed put
back, from the import's audit entries (its batch).

An import writes, in the same transaction as its changes, one ``import_create`` entry per
table listing the ids it created and one ``update`` entry per changed record with the
values before and after (:mod:`rancang.features.registry.upsert`). Undoing reads them
back. It is refused, changing nothing, when a record the import touched was changed since
(a later edit, import, merge or transfer would be silently lost), when the import was
undone already, or when the actor may not import where those records lie.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from rancang.core.actors import Actor, Forbidden
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.registry.audit import log_many
from rancang.features.registry.models import (
    AuditLog,
    Enterprise,
    EnterprisePeriod,
    RawMaterial,
    Sentra,
)
from rancang.features.registry.normalize import match_key
from rancang.features.registry.review import ConflictError

BATCH = re.compile(r"^[0-9a-f]{16}$")
RAW = {"rm_name": "name", "rm_quantity": "quantity", "rm_value": "value",
       "rm_imported": "imported"}


def _expand(ranges: list[list[int]]) -> list[int]:
    """Id ranges ``[[first, last], ...]`` as ids.

    >>> _expand([[3, 5], [9, 9]])
    [3, 4, 5, 9]
    """
    return [i for lo, hi in ranges for i in range(lo, hi + 1)]


def _entries(conn: Connection, batch: str) -> list[Any]:
    a = AuditLog.__table__
    return list(conn.execute(select(a).where(a.c.batch == batch).order_by(a.c.id)))


def undo_import(engine: Engine, actor: Actor, batch: str) -> dict[str, Any]:
    """Undo the import ``batch`` (the id its report and the import history show).

    Returns
    -------
    dict
        ``batch``, ``removed`` firms, ``restored`` firms, ``periods_removed``,
        ``periods_restored``.
    """
    if not BATCH.match(batch or ""):
        raise InputError(Problem(Msg("registry.undo_bad_batch", batch=str(batch)[:40])))
    a, e, p = AuditLog.__table__, Enterprise.__table__, EnterprisePeriod.__table__
    with engine.begin() as conn:
        entries = _entries(conn, batch)
        if not entries or not any(x.action in ("import_create", "update") for x in entries):
            raise NotFoundError("registry.undo_unknown", batch=batch)
        done = conn.execute(select(a.c.id).where(a.c.action == "undo_import",
                                                 a.c.entity_id.is_(None))).all()
        for row in done:
            after = conn.execute(select(a.c.after).where(a.c.id == row.id)).scalar_one()
            if (after or {}).get("batch") == batch:
                raise ConflictError(Problem(Msg("registry.undo_done", batch=batch)))
        created: dict[str, list[int]] = {"enterprise": [], "enterprise_period": [],
                                         "sentra": []}
        updates: dict[str, list[Any]] = {"enterprise": [], "enterprise_period": []}
        for x in entries:
            if x.action == "import_create":
                created[x.entity] += _expand(x.after["ids"])
            elif x.action == "create" and x.entity == "sentra" and x.entity_id:
                created["sentra"].append(x.entity_id)
            elif x.action == "update" and x.entity in updates:
                updates[x.entity].append(x)
        upd_periods = [x.entity_id for x in updates["enterprise_period"]]
        firms = set(created["enterprise"]) | {x.entity_id for x in updates["enterprise"]}
        if upd_periods or created["enterprise_period"]:
            pids = upd_periods + created["enterprise_period"]
            for k in range(0, len(pids), 20_000):
                firms |= set(conn.execute(select(p.c.enterprise_id).where(
                    p.c.id.in_(pids[k:k + 20_000]))).scalars())
        _check_allowed(conn, actor, sorted(firms), batch)
        _check_unchanged(conn, entries[-1].id, firms, set(upd_periods), created)
        # put changed values back, then remove what was created
        for x in updates["enterprise_period"]:
            before = dict(x.before or {})
            raw = {RAW[k]: before.pop(k) for k in list(before) if k in RAW}
            if before:
                conn.execute(update(p).where(p.c.id == x.entity_id).values(**before))
            if raw:
                rt = RawMaterial.__table__
                conn.execute(delete(rt).where(rt.c.enterprise_period_id == x.entity_id))
                if raw.get("name"):
                    conn.execute(insert(rt).values(enterprise_period_id=x.entity_id, **raw))
        for x in updates["enterprise"]:
            firm = conn.execute(select(e).where(e.c.id == x.entity_id)).mappings().one()
            values = dict(x.before or {})
            merged = {**dict(firm), **values}
            values["match_key"] = match_key(merged["name"], merged["address"],
                                            merged["village_code"])
            conn.execute(update(e).where(e.c.id == x.entity_id).values(**values))
        _remove(conn, created)
        summary = {"batch": batch, "removed": len(created["enterprise"]),
                   "restored": len(updates["enterprise"]),
                   "periods_removed": len(created["enterprise_period"]),
                   "periods_restored": len(updates["enterprise_period"])}
        log_many(conn, [{"action": "undo_import", "entity": "import", "after": summary}],
                 actor=actor.username)
    return summary


def _check_allowed(conn: Connection, actor: Actor, firms: list[int], batch: str) -> None:
    e = Enterprise.__table__
    regions: set[str | None] = set()
    for k in range(0, len(firms), 20_000):
        regions |= set(conn.execute(select(e.c.regency_code).distinct().where(
            e.c.id.in_(firms[k:k + 20_000]))).scalars())
    outside = sorted(r or "-" for r in regions if not actor.can("registry.import", r))
    if outside and not any(actor.can("registry.import", r) for r in regions):
        # another region's import, asked for by its number: the same 404 as a missing one
        raise NotFoundError("registry.undo_unknown", batch=batch)
    if outside:
        raise Forbidden("registry.undo_outside", regions=", ".join(outside))


def _check_unchanged(conn: Connection, last: int, firms: set[int], periods: set[int],
                     created: dict[str, list[int]]) -> None:
    """Refuse when anything the import touched changed after it (entry id > ``last``)."""
    a, p = AuditLog.__table__, EnterprisePeriod.__table__
    later = conn.execute(select(a.c.entity, a.c.entity_id).where(a.c.id > last)).all()
    touched: list[int] = []
    for x in later:
        if (x.entity == "enterprise" and x.entity_id in firms) or (
                x.entity == "enterprise_period" and x.entity_id in periods):
            touched.append(x.entity_id)
    new_firms = created["enterprise"]
    if new_firms:
        known = set(created["enterprise_period"])
        for k in range(0, len(new_firms), 20_000):
            extra = conn.execute(select(p.c.id).where(
                p.c.enterprise_id.in_(new_firms[k:k + 20_000]))).scalars()
            if any(i not in known for i in extra):
                touched.append(new_firms[k])
    merged_into = conn.execute(select(func.count()).select_from(Enterprise.__table__).where(
        Enterprise.__table__.c.merged_into_id.in_(new_firms[:20_000]))).scalar_one() \
        if new_firms else 0
    if touched or merged_into:
        raise ConflictError(Problem(Msg("registry.undo_changed",
                                        ids=", ".join(map(str, sorted(set(touched))[:20])))))


def _remove(conn: Connection, created: dict[str, list[int]]) -> None:
    rt, p, e = RawMaterial.__table__, EnterprisePeriod.__table__, Enterprise.__table__
    pids, eids = created["enterprise_period"], created["enterprise"]
    for k in range(0, len(pids), 20_000):
        chunk = pids[k:k + 20_000]
        conn.execute(delete(rt).where(rt.c.enterprise_period_id.in_(chunk)))
        conn.execute(delete(p).where(p.c.id.in_(chunk)))
    for k in range(0, len(eids), 20_000):
        conn.execute(delete(e).where(e.c.id.in_(eids[k:k + 20_000])))
    s = Sentra.__table__
    for sid in created["sentra"]:
        members = conn.execute(select(func.count()).select_from(e).where(
            e.c.sentra_id == sid)).scalar_one()
        if not members:
            conn.execute(delete(s).where(s.c.id == sid))
