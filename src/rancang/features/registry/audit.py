"""Audit trail: who changed which record when, with the values before and after.

Every write in the register (create, update, import, merge, undo) goes through
:func:`log_many` inside the same transaction as the change, so the log can never disagree
with the data.
"""

from __future__ import annotations

import getpass
import math
import os
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from rancang.features.registry.models import AuditLog, utcnow


def actor_name(actor: str | None = None) -> str:
    """Who is acting: the given name, ``RANCANG_ACTOR``, or the operating-system user.

    Example
    -------
    >>> actor_name("analis@dinas")
    'analis@dinas'
    """
    if actor:
        return actor
    env = os.environ.get("RANCANG_ACTOR")
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user database in some containers
        return "unknown"


def new_batch() -> str:
    """Identifier grouping the log entries of one operation (an import, a merge)."""
    return uuid.uuid4().hex[:16]


def jsonable(values: dict[str, Any]) -> dict[str, Any]:
    """Values made JSON-safe: dates as ISO text, NaN as None.

    Example
    -------
    >>> jsonable({"d": date(2024, 1, 2), "x": float("nan"), "n": 3})
    {'d': '2024-01-02', 'x': None, 'n': 3}
    """
    out: dict[str, Any] = {}
    for k, v in values.items():
        if isinstance(v, datetime | date):
            v = v.isoformat()
        elif isinstance(v, float) and math.isnan(v):
            v = None
        out[k] = v
    return out


def log_many(
    conn: Connection,
    entries: list[dict[str, Any]],
    *,
    actor: str,
    batch: str | None = None,
) -> int:
    """Write audit entries (dicts with action, entity, entity_id, before, after).

    Parameters
    ----------
    conn : Connection
        The connection of the transaction making the change.
    entries : list of dict
    actor : str
    batch : str, optional

    Returns
    -------
    int
        Number of entries written.
    """
    if not entries:
        return 0
    at = utcnow()
    rows = [
        {
            "at": at,
            "actor": actor,
            "batch": batch,
            "action": e["action"],
            "entity": e["entity"],
            "entity_id": e.get("entity_id"),
            "before": jsonable(e["before"]) if e.get("before") is not None else None,
            "after": jsonable(e["after"]) if e.get("after") is not None else None,
        }
        for e in entries
    ]
    for i in range(0, len(rows), 20_000):
        conn.execute(insert(AuditLog), rows[i : i + 20_000])
    return len(rows)


def history(conn: Connection, entity: str, entity_id: int) -> list[dict[str, Any]]:
    """Audit entries of one record, oldest first.

    Bulk imports record their creations as one ``import_create`` entry listing the id
    ranges created (the created state is the record now, minus the later ``update``
    entries, each of which keeps the values before and after).
    """
    t = AuditLog.__table__
    q = select(t).where(t.c.entity == entity, t.c.entity_id == entity_id)
    own = [dict(r._mapping) for r in conn.execute(q)]
    bulk = [
        dict(r._mapping)
        for r in conn.execute(select(t).where(t.c.entity == entity, t.c.action == "import_create"))
        if any(lo <= entity_id <= hi for lo, hi in r.after["ids"])
    ]
    return sorted(own + bulk, key=lambda e: e["id"])
