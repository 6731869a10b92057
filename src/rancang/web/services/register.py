"""Register queries for the pages and the API, always limited to what the user may see.

Single-firm records go only to administrators and to analysts of the firm's region
(:mod:`rancang.web.access`); everyone else gets the published aggregate, with small and
dominated cells suppressed by :mod:`rancang.registry.confidentiality`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl
from sqlalchemy import Engine, Select, and_, asc, desc, func, or_, select

from rancang.errors import NotFoundError
from rancang.registry.audit import history
from rancang.registry.confidentiality import suppress
from rancang.registry.models import Enterprise, EnterprisePeriod
from rancang.registry.panel import aggregate, load_register
from rancang.web.access import Forbidden, can_read_records, record_scope, require
from rancang.web.auth import CurrentUser

SIZE_CLASSES = {"micro": (1, 4), "small": (5, 19), "medium": (20, 99), "large": (100, None)}
SORTS = ("name", "kbli", "regency_code", "workers", "id", "status")
PAGE_SIZE = 50
LIST_FIELDS = ("id", "nib", "name", "address", "regency_code", "district_name", "kbli",
               "product", "sentra_id", "status")


@dataclass(frozen=True)
class RecordFilter:
    """Search, filters, sort and page of the register list."""

    q: str = ""
    region: str = ""
    kbli: str = ""
    size: str = ""
    sentra: str = ""
    status: str = ""
    sort: str = "name"
    descending: bool = False
    page: int = 1


def _workers():  # type: ignore[no-untyped-def]
    p = EnterprisePeriod.__table__
    return (
        select(p.c.workers).where(p.c.enterprise_id == Enterprise.__table__.c.id)
        .order_by(p.c.period.desc()).limit(1).correlate(Enterprise.__table__)
        .scalar_subquery()
    )


def _scoped(user: CurrentUser, stmt: Select[Any]) -> Select[Any]:
    scope = record_scope(user)
    if scope is None:
        raise Forbidden("hanya agregat / aggregates only")
    e = Enterprise.__table__
    stmt = stmt.where(e.c.merged_into_id.is_(None))
    if scope:
        stmt = stmt.where(or_(e.c.regency_code == scope, e.c.regency_code.like(scope + ".%")))
    return stmt


def list_records(engine: Engine, user: CurrentUser, f: RecordFilter) -> dict[str, Any]:
    """One page of records the user may read, with the total count."""
    e = Enterprise.__table__
    workers = _workers().label("workers")
    stmt = _scoped(user, select(*[e.c[k] for k in LIST_FIELDS], workers))
    conds = []
    if f.q:
        like = f"%{f.q.strip().lower()}%"
        conds.append(or_(func.lower(e.c.name).like(like), e.c.nib.like(like),
                         func.lower(e.c.product).like(like)))
    if f.region:
        conds.append(or_(e.c.regency_code == f.region, e.c.regency_code.like(f.region + ".%"),
                         e.c.district_code.like(f.region + "%")))
    if f.kbli:
        conds.append(e.c.kbli.like(f.kbli + "%"))
    if f.status:
        conds.append(e.c.status == f.status)
    if f.sentra == "yes":
        conds.append(e.c.sentra_id.is_not(None))
    elif f.sentra == "no":
        conds.append(e.c.sentra_id.is_(None))
    elif f.sentra.isdigit():
        conds.append(e.c.sentra_id == int(f.sentra))
    if f.size in SIZE_CLASSES:
        lo, hi = SIZE_CLASSES[f.size]
        w = _workers()
        conds.append(w >= lo if hi is None else and_(w >= lo, w <= hi))
    if conds:
        stmt = stmt.where(*conds)
    sort = f.sort if f.sort in SORTS else "name"
    key = workers if sort == "workers" else e.c[sort]
    stmt = stmt.order_by(desc(key) if f.descending else asc(key), e.c.id)
    count_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
    page = max(1, f.page)
    with engine.connect() as conn:
        total = conn.execute(count_stmt).scalar_one()
        rows = conn.execute(stmt.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)).mappings()
        items = [dict(r) for r in rows]
    return {"total": int(total), "page": page, "page_size": PAGE_SIZE, "items": items,
            "pages": max(1, -(-int(total) // PAGE_SIZE))}


def get_record(engine: Engine, user: CurrentUser, record_id: int) -> dict[str, Any]:
    """One record with its periods and audit trail (403 outside the user's region)."""
    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    with engine.connect() as conn:
        row = conn.execute(select(e).where(e.c.id == record_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"usaha {record_id} tidak ada / record not found")
        require(can_read_records(user, row["regency_code"]))
        periods = [dict(r) for r in conn.execute(
            select(p).where(p.c.enterprise_id == record_id).order_by(p.c.period)).mappings()]
        trail = history(conn, "enterprise", record_id)
    rec = {k: v for k, v in dict(row).items() if k != "match_key"}
    return {"record": rec, "periods": periods, "audit": trail}


def points(engine: Engine, user: CurrentUser, *, limit: int = 20000) -> list[dict[str, Any]]:
    """Firm locations for the map (records the user may read, with coordinates)."""
    e = Enterprise.__table__
    stmt = _scoped(user, select(e.c.id, e.c.name, e.c.kbli, e.c.latitude, e.c.longitude))
    stmt = stmt.where(e.c.latitude.is_not(None), e.c.longitude.is_not(None)).limit(limit)
    with engine.connect() as conn:
        return [{"id": r.id, "name": r.name, "kbli": r.kbli, "lat": r.latitude,
                 "lon": r.longitude} for r in conn.execute(stmt)]


def published_aggregate(
    engine: Engine, *, measure: str = "units", level: int = 2, region_level: str = "regency",
) -> list[dict[str, Any]]:
    """The register as a publishable table: firms and value per region x KBLI x year, with
    sensitive cells and their complements suppressed (null)."""
    frame = load_register(engine)
    if frame.height == 0:
        return []
    table = suppress(aggregate(frame, level=level, measure=measure, region_level=region_level))
    return table.with_columns(pl.lit(measure).alias("measure")).to_dicts()


def facets(engine: Engine, user: CurrentUser) -> dict[str, list[Any]]:
    """Values offered in the filters: regencies, KBLI divisions, sentra ids."""
    e = Enterprise.__table__
    base = _scoped(user, select(e.c.regency_code).distinct())
    with engine.connect() as conn:
        regions = sorted(r[0] for r in conn.execute(base) if r[0])
        sentra = sorted(r[0] for r in conn.execute(
            _scoped(user, select(e.c.sentra_id).distinct())) if r[0] is not None)
    return {"regions": regions, "sentra": sentra, "sizes": list(SIZE_CLASSES)}


def update_record(
    engine: Engine, user: CurrentUser, record_id: int, changes: dict[str, Any]
) -> dict[str, Any]:
    """Change a record the user may edit (audited under the user's name)."""
    from rancang.registry.service import update_enterprise
    from rancang.web.access import can_edit_records

    e = Enterprise.__table__
    with engine.connect() as conn:
        region = conn.execute(select(e.c.regency_code).where(e.c.id == record_id)).first()
    if region is None:
        raise NotFoundError(f"usaha {record_id} tidak ada / record not found")
    require(can_edit_records(user, region[0]))
    return update_enterprise(engine, record_id, changes, actor=user.username)
