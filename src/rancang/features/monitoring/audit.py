"""The audit log of monitoring: every change with who, when, the values before and after.

Writers call :func:`log` inside the transaction of the change, so the log never
disagrees with the data.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.features.monitoring.models import MonitorAudit


def plain(value: Any) -> Any:
    """A value as JSON keeps it (dates as ISO text, NaN as None).

    >>> plain(datetime(2026, 1, 2)), plain(float("nan")), plain(3)
    ('2026-01-02T00:00:00', None, 3)
    """
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def changed(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any],
                                                                 dict[str, Any]]:
    """The fields of ``new`` that differ from ``old``: (before, after).

    >>> changed({"a": 1, "b": 2}, {"a": 1, "b": 3})
    ({'b': 2}, {'b': 3})
    """
    keys = [k for k in new if old.get(k) != new[k]]
    return ({k: plain(old.get(k)) for k in keys}, {k: plain(new[k]) for k in keys})


def log(conn: Connection, actor: str, action: str, entity: str, entity_id: int,
        region: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
    """Record one change (in the caller's transaction)."""
    conn.execute(insert(MonitorAudit).values(
        at=utcnow(), actor=actor, action=action, entity=entity, entity_id=entity_id,
        region_code=region,
        old=None if old is None else {k: plain(v) for k, v in old.items()},
        new=None if new is None else {k: plain(v) for k, v in new.items()}))


def history(engine: Engine, actor: Actor, *, entity: str | None = None,
            entity_id: int | None = None, region: str | None = None,
            limit: int = 200) -> list[dict[str, Any]]:
    """The changes the actor may read (their regions), newest first."""
    t = MonitorAudit.__table__
    q = select(t).where(in_scope(t.c.region_code, actor.scope("monitoring.read")))
    if entity is not None:
        q = q.where(t.c.entity == entity)
    if entity_id is not None:
        q = q.where(t.c.entity_id == entity_id)
    if region is not None:
        q = q.where(t.c.region_code == region)
    with engine.connect() as conn:
        rows = conn.execute(q.order_by(t.c.id.desc()).limit(limit)).mappings().all()
    return [dict(r) for r in rows]
