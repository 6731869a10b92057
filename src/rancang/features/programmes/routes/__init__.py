"""The programmes' pages and API; permissions as dependencies (the service narrows to the
actor's regions)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Query, UploadFile
from sqlalchemy import Engine, func, select

from rancang.core.actors import Actor
from rancang.core.db.scope import in_scope
from rancang.features.programmes.models import Programme
from rancang.web.deps import Permit

ReadProgrammes = Annotated[Actor, Depends(Permit("programmes.read"))]
WriteProgrammes = Annotated[Actor, Depends(Permit("programmes.write"))]
Province = Annotated[str | None, Query(pattern=r"^\d{2}$")]
Region = Annotated[str | None, Query(pattern=r"^\d{2}(\.\d{2})?$")]
Level = Annotated[str | None, Query(pattern=r"^(pusat|provinsi|kabupaten)$")]
Year = Annotated[int | None, Query(ge=2000, le=2100)]
State = Annotated[str | None, Query(pattern=r"^(suggested|confirmed|rejected)$")]
Top = Annotated[int, Query(ge=1, le=10)]
Threshold = Annotated[float, Query(ge=0.0, le=1.0)]


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


def upload_name(name: str | None, k: int) -> str:
    """A file name to keep an upload under (the messages name it): its own name made
    safe, else ``upload-K``.

    >>> upload_name("../Program Morowali 2026.xlsx", 0), upload_name(None, 1)
    ('Program Morowali 2026.xlsx', 'upload-1')
    """
    base = Path(name or "").name
    safe = re.sub(r"[^\w .()-]", "_", base).strip(" .")
    if len(safe) > 120:
        suffix = Path(safe).suffix[:8]
        safe = safe[:120 - len(suffix)] + suffix
    return safe or f"upload-{k}"


async def save_uploads(files: list[UploadFile], folder: Path) -> list[Path]:
    """The uploaded files written to ``folder`` under their own (safe) names."""
    out: list[Path] = []
    for k, upload in enumerate(files):
        name = upload_name(upload.filename, k)
        path = folder / name
        if path.exists():
            path = folder / f"{k}-{name}"
        path.write_bytes(await upload.read())
        out.append(path)
    return out
