"""Publish, then show: the published aggregates count a record only once it is verified
and published, and only as it was when published.

A record counts (:func:`published_condition`) when its status is ``verified`` and it was
published (:func:`publish`) after its last change: an import or an edit that changes a
published record takes it out of the aggregates until it is published again, so an
analyst's upload never shows up at once in what viewers see (issue 11). Small cells stay
suppressed whatever is published (:mod:`rancang.features.registry.confidentiality`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, and_, func, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.features.registry.audit import log_many
from rancang.features.registry.models import Enterprise


def published_condition() -> Any:
    """SQL condition: the record is verified and published since its last change.

    >>> str(published_condition()).count("enterprise.published_at")
    2
    """
    e = Enterprise.__table__
    return and_(e.c.status == "verified", e.c.published_at.is_not(None),
                e.c.published_at >= e.c.updated_at, e.c.merged_into_id.is_(None))


def _waiting(actor: Actor) -> Any:
    e = Enterprise.__table__
    cond = and_(e.c.status == "verified", e.c.merged_into_id.is_(None),
                (e.c.published_at.is_(None)) | (e.c.published_at < e.c.updated_at))
    scope = actor.scope("registry.publish")
    return cond if scope.everywhere else and_(cond, in_scope(e.c.regency_code, scope))


def waiting(engine: Engine, actor: Actor) -> int:
    """Verified records of the actor's regions not yet published as they are now (0 for an
    actor who may not publish)."""
    if not actor.can("registry.publish"):
        return 0
    e = Enterprise.__table__
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(e)
                                .where(_waiting(actor))).scalar_one())


def publish(engine: Engine, actor: Actor) -> dict[str, int]:
    """Publish every verified record of the actor's regions as it is now (audited).

    Returns ``{"published": n}``, the records newly counted in the aggregates.
    """
    actor.require("registry.publish")
    e = Enterprise.__table__
    now = utcnow()
    with engine.begin() as conn:
        # updated_at given its own value: the column's onupdate must not move it
        n = conn.execute(update(e).where(_waiting(actor))
                         .values(published_at=now, updated_at=e.c.updated_at)).rowcount
        if n:
            log_many(conn, [{"action": "publish", "entity": "register",
                             "after": {"published": n,
                                       "regions": list(actor.scope("registry.publish").regions)
                                       or ["*"]}}], actor=actor.username)
    return {"published": int(n or 0)}


def publish_demo(engine: Engine) -> dict[str, int]:
    """Publish the verified records of the synthetic demo register (the demo's own publish
    step, so its aggregates show something)."""
    from rancang.core.actors import ADMIN_ROLE, Grant

    return publish(engine, Actor(id=0, username="demo", grants=(Grant(ADMIN_ROLE),)))
