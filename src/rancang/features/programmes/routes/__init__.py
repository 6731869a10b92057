"""The programmes' pages and API; permissions as dependencies (the service narrows to the
actor's regions)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query
from sqlalchemy import Engine, func, select

from rancang.core.actors import Actor
from rancang.core.db.scope import in_scope
from rancang.features.programmes.models import Programme
from rancang.web.deps import Permit

ReadProgrammes = Annotated[Actor, Depends(Permit("programmes.read"))]
Province = Annotated[str | None, Query(pattern=r"^\d{2}$")]
Year = Annotated[int | None, Query(ge=2000, le=2100)]


def default_province(actor: Actor) -> str:
    """The province of the actor's first regional grant, else the demo province 72."""
    regions = [g.region for g in actor.grants if g.region]
    return regions[0][:2] if regions else "72"


def default_year(engine: Engine, actor: Actor, province: str) -> int:
    """The latest year with programmes the actor may read in ``province``, else 2026."""
    t = Programme.__table__
    with engine.connect() as conn:
        found = conn.execute(select(func.max(t.c.year)).where(
            in_scope(t.c.region_code, actor.scope("programmes.read")),
            (t.c.region_code == province) | t.c.region_code.like(f"{province}.%"))).scalar()
    return int(found) if found else 2026
