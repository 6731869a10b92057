"""Register queries for the pages and the API, always limited to what the user may see.

Single-firm records go only to administrators and to analysts of the firm's region
(:mod:`rancang.web.access`); everyone else gets the published aggregate, with small and
dominated cells suppressed by :mod:`rancang.features.registry.confidentiality`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import polars as pl
from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    asc,
    case,
    desc,
    func,
    or_,
    select,
)

from rancang.core.actors import Actor, Forbidden
from rancang.core.db.scope import in_scope
from rancang.core.errors import NotFoundError
from rancang.features.registry.audit import history
from rancang.features.registry.confidentiality import suppress
from rancang.features.registry.models import Enterprise, EnterprisePeriod
from rancang.features.registry.panel import aggregate, load_register
from rancang.features.registry.size_class import FIFTEEN_BILLION, ONE_BILLION

# size classes offered in the filter: BPS (workers only) and Permenperin 64/2016 (workers
# and investment), both of the firm's latest reporting period; see
# rancang.features.registry.size_class
BPS_CLASSES = {"micro": (1, 4), "small": (5, 19), "medium": (20, 99), "large": (100, None)}
PERMENPERIN_CLASSES = ("small", "medium", "large")
SIZE_CLASSES = (*(f"bps:{k}" for k in BPS_CLASSES),
                *(f"permenperin:{k}" for k in PERMENPERIN_CLASSES))
SORTS = ("name", "kbli", "regency_code", "workers", "id", "status")
PAGE_SIZE = 50
LIST_FIELDS = ("id", "nib", "name", "address", "regency_code", "district_name", "kbli",
               "product", "sentra_id", "status", "synthetic")


@dataclass(frozen=True)
class RecordFilter:
    """Search, filters, sort and page of the register list."""

    q: str = ""
    region: str = ""
    place: str = ""
    kbli: str = ""
    size: str = ""
    sentra: str = ""
    status: str = ""
    sort: str = "name"
    descending: bool = False
    page: int = 1


def _latest(column: str = "workers") -> Any:
    """The firm's value of ``column`` in its latest reporting period (correlated subquery,
    read from the index ``ix_enterprise_period_latest``)."""
    p = EnterprisePeriod.__table__
    return (
        select(p.c[column]).where(p.c.enterprise_id == Enterprise.__table__.c.id)
        .order_by(p.c.period.desc()).limit(1).correlate(Enterprise.__table__)
        .scalar_subquery()
    )


def _workers() -> Any:
    return _latest("workers")


def _latest_period_is(case: Any) -> Any:
    """Scalar subquery: ``case(workers, investment)`` evaluated on the firm's latest
    reporting period (one correlated index lookup per firm, however often ``case`` names
    the two columns)."""
    p = EnterprisePeriod.__table__
    return (
        select(case(p.c.workers, p.c.investment))
        .where(p.c.enterprise_id == Enterprise.__table__.c.id)
        .order_by(p.c.period.desc()).limit(1).correlate(Enterprise.__table__)
        .scalar_subquery()
    )


def size_condition(size: str) -> ColumnElement[bool] | None:
    """SQL condition for a size class ``bps:<class>`` or ``permenperin:<class>`` (a bare
    class name means BPS); None for an unknown value.

    Notes
    -----
    BPS: micro 1-4, small 5-19, medium 20-99, large 100+ workers. Permenperin 64/2016
    (L workers, I investment): small L <= 19 and I < 1e9; medium (L <= 19 and I >= 1e9) or
    (L >= 20 and I <= 15e9); large L >= 20 and I > 15e9. Both of the latest period, as
    :func:`rancang.features.registry.size_class.bps_class` and ``permenperin_class`` compute them.
    """
    system, _, cls = size.partition(":") if ":" in size else ("bps", "", size)
    if system == "bps" and cls in BPS_CLASSES:
        lo, hi = BPS_CLASSES[cls]
        w = _workers()
        return w >= lo if hi is None else w.between(lo, hi)
    if system != "permenperin" or cls not in PERMENPERIN_CLASSES:
        return None

    def permenperin(w: Any, i: Any) -> Any:
        return case(
            (or_(w.is_(None), i.is_(None)), None),
            (and_(w <= 19, i < ONE_BILLION), "small"),
            (w <= 19, "medium"),
            (i <= FIFTEEN_BILLION, "medium"),
            else_="large",
        )

    return _latest_period_is(permenperin) == cls


def _scoped(user: Actor, stmt: Select[Any]) -> Select[Any]:
    """``stmt`` limited to the live records the user may read (403 when none)."""
    scope = user.scope("registry.records.read")
    if scope.empty:
        raise Forbidden("registry.aggregates_only")
    e = Enterprise.__table__
    stmt = stmt.where(e.c.merged_into_id.is_(None))
    if not scope.everywhere:
        stmt = stmt.where(in_scope(e.c.regency_code, scope))
    return stmt


def _conditions(f: RecordFilter) -> list[Any]:
    e = Enterprise.__table__
    conds: list[Any] = []
    if f.q:
        like = f"%{f.q.strip().lower()}%"
        conds.append(or_(func.lower(e.c.name).like(like), e.c.nib.like(like),
                         func.lower(e.c.product).like(like)))
    if f.region:
        # a Kemendagri code names its level: 72 province, 72.06 regency, 72.06.01 district,
        # 72.06.01.2001 village; equality on that level's column uses its index
        region = f.region.strip()
        level = (e.c.province_code, e.c.regency_code, e.c.district_code,
                 e.c.village_code)[min(region.count("."), 3)]
        conds.append(level == region)
    if f.place.strip():
        conds.append(place_condition(f.place))
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
    if f.size:
        cond = size_condition(f.size)
        if cond is not None:
            conds.append(cond)
    return conds


_CODE = re.compile(r"^\d{2}(\.\d{1,4}){0,3}\.?$")


def is_place_code(text: str) -> bool:
    """Whether ``text`` is (the start of) a Kemendagri code rather than a place's name.

    Example
    -------
    >>> [is_place_code(s) for s in ("72.06.05", "72.06.05.2001", "7206", "Bahodopi")]
    [True, True, False, False]
    """
    return bool(_CODE.match(text.strip()))


def place_condition(place: str) -> ColumnElement[bool]:
    """Firms of a district or village named by ``place``: a Kemendagri code (the district
    ``72.06.05`` or the village ``72.06.05.2001``, or their start) matches the codes; any
    other text matches the district and village names, case ignored, anywhere in them."""
    e = Enterprise.__table__
    text = place.strip()
    if is_place_code(text):
        return or_(e.c.district_code.like(text + "%"), e.c.village_code.like(text + "%"))
    like = f"%{text.lower()}%"
    return or_(func.lower(e.c.district_name).like(like),
               func.lower(e.c.village_name).like(like))


def list_records(engine: Engine, user: Actor, f: RecordFilter) -> dict[str, Any]:
    """One page of records the user may read, with the total count.

    Notes
    -----
    Small queries instead of one wide one: the count; the ids of the page (sorted and
    offset over the indexes only, so page 900 costs about what page 1 does); the fields
    of those 50 ids. With a search or size filter, which must test every record, the ids
    and the total come from one query (window count). A page past the end shows the last
    page.
    """
    e = Enterprise.__table__
    conds = _conditions(f)
    sort = f.sort if f.sort in SORTS else "name"
    key = _workers() if sort == "workers" else e.c[sort]
    order = desc(key) if f.descending else asc(key)
    ids: list[int] = []
    total = -1
    with engine.connect() as conn:
        if (f.q or f.size or f.place) and f.page > 0:
            # costly filters: evaluate them once, the total rides along as a window count
            stmt = (_scoped(user, select(e.c.id, func.count().over().label("n")))
                    .where(*conds).order_by(order, e.c.id).limit(PAGE_SIZE)
                    .offset((f.page - 1) * PAGE_SIZE))
            got = conn.execute(stmt).all()
            if got or f.page == 1:
                ids, page = [r[0] for r in got], f.page
                total = int(got[0][1]) if got else 0
                pages = max(1, -(-total // PAGE_SIZE))
        if total < 0:
            count_stmt = _scoped(user, select(func.count()).select_from(e)).where(*conds)
            total = int(conn.execute(count_stmt).scalar_one())
            pages = max(1, -(-total // PAGE_SIZE))
            page = min(max(1, f.page), pages)
            ids_stmt = (_scoped(user, select(e.c.id)).where(*conds).order_by(order, e.c.id)
                        .limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE))
            ids = [r[0] for r in conn.execute(ids_stmt)]
        rows = {r["id"]: dict(r) for r in conn.execute(
            select(*[e.c[k] for k in LIST_FIELDS], _workers().label("workers"))
            .where(e.c.id.in_(ids))).mappings()} if ids else {}
    return {"total": total, "page": page, "page_size": PAGE_SIZE,
            "items": [rows[i] for i in ids], "pages": pages}


def get_record(engine: Engine, user: Actor, record_id: int) -> dict[str, Any]:
    """One record with its periods and audit trail (404 outside the user's region, as
    for an id that does not exist)."""
    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    with engine.connect() as conn:
        row = conn.execute(select(e).where(e.c.id == record_id)).mappings().first()
        missing = NotFoundError(f"usaha {record_id} tidak ada / record not found")
        if row is None:
            raise missing
        user.require_visible("registry.records.read", row["regency_code"], missing)
        periods = [dict(r) for r in conn.execute(
            select(p).where(p.c.enterprise_id == record_id).order_by(p.c.period)).mappings()]
        trail = history(conn, "enterprise", record_id)
    rec = {k: v for k, v in dict(row).items() if k != "match_key"}
    return {"record": rec, "periods": periods, "audit": trail}


POINTS_LIMIT = 20000


def points(engine: Engine, user: Actor, *, limit: int = POINTS_LIMIT) -> dict[str, Any]:
    """Firm locations for the map (records the user may read, with coordinates).

    Returns ``{"points": [...], "total": n, "limit": limit, "capped": bool}``: at most
    ``limit`` points, always the same ones (lowest ids first), and the true count so the
    page can say how many are not drawn.
    """
    e = Enterprise.__table__
    located = (e.c.latitude.is_not(None), e.c.longitude.is_not(None))
    stmt = _scoped(user, select(e.c.id, e.c.name, e.c.kbli, e.c.latitude, e.c.longitude,
                                e.c.synthetic))
    stmt = stmt.where(*located).order_by(e.c.id).limit(limit)
    count = _scoped(user, select(func.count()).select_from(e)).where(*located)
    with engine.connect() as conn:
        pts = [{"id": r.id, "name": r.name, "kbli": r.kbli, "lat": r.latitude,
                "lon": r.longitude, "synthetic": bool(r.synthetic)} for r in conn.execute(stmt)]
        total = len(pts) if len(pts) < limit else int(conn.execute(count).scalar_one())
    return {"points": pts, "total": total, "limit": limit, "capped": total > len(pts)}


UNPLACED_FIELDS = ("id", "name", "regency_code", "district_name", "village_code", "kbli",
                   "synthetic")


def unplaced(engine: Engine, user: Actor, *, province: str = "", page: int = 1,
             page_size: int = PAGE_SIZE) -> dict[str, Any]:
    """The firms the user may read that have no coordinates (latitude or longitude
    missing), so the map cannot show them: how many, and one page of them by name.

    ``province`` (a Kemendagri province code) narrows them to one province, as the map's
    filter does. Returns ``{"items", "total", "page", "pages", "page_size"}``; a page past
    the end shows the last page; 403 for a user who may read no firm's record.
    """
    e = Enterprise.__table__
    conds = [or_(e.c.latitude.is_(None), e.c.longitude.is_(None))]
    if province.strip():
        conds.append(e.c.province_code == province.strip())
    with engine.connect() as conn:
        total = int(conn.execute(_scoped(user, select(func.count()).select_from(e))
                                 .where(*conds)).scalar_one())
        pages = max(1, -(-total // page_size))
        page = min(max(1, page), pages)
        rows = conn.execute(
            _scoped(user, select(*[e.c[k] for k in UNPLACED_FIELDS])).where(*conds)
            .order_by(e.c.name, e.c.id).limit(page_size).offset((page - 1) * page_size))
        items = [dict(r) for r in rows.mappings()]
    return {"items": items, "total": total, "page": page, "pages": pages,
            "page_size": page_size}


def published_aggregate(
    engine: Engine, *, measure: str = "units", level: int = 2, region_level: str = "regency",
) -> list[dict[str, Any]]:
    """The register as a publishable table: firms and value per region x KBLI x year of the
    verified, published records, with sensitive cells (fewer than 3 firms, or one firm
    dominating) and their complements suppressed (null).

    Computed once per register version (:func:`~rancang.features.registry.review.
    register_version`, the last audit entry: every change of a record or its periods, and
    every publication, writes one) and kept (:func:`_published_cells`); each call gets its
    own list of its own rows.
    """
    from rancang.features.registry.review import register_version

    with engine.connect() as conn:
        version = register_version(conn)
    return [dict(r) for r in _published_cells(engine, measure, level, region_level, version)]


@functools.lru_cache(maxsize=32)
def _published_cells(engine: Engine, measure: str, level: int, region_level: str,
                     version: int) -> tuple[dict[str, Any], ...]:
    """:func:`published_aggregate` at one register version (cached: reading and
    aggregating the whole published register was most of the aggregate page's time, and
    twice that of a search by district or village)."""
    frame = load_register(engine, published=True)
    if frame.height == 0:
        return ()
    table = suppress(aggregate(frame, level=level, measure=measure, region_level=region_level))
    synthetic = bool(frame["synthetic"].any())
    return tuple(table.with_columns(pl.lit(measure).alias("measure"),
                                    pl.lit(synthetic).alias("synthetic")).to_dicts())


AGGREGATE_PAGE_SIZE = 200


@dataclass(frozen=True)
class AggregateFilter:
    """Filters and page of the published aggregate (region code prefix, KBLI prefix)."""

    region: str = ""
    kbli: str = ""
    page: int = 1
    #: a district or village (its name or Kemendagri code): the published cells of the
    #: districts it names
    place: str = ""


def published_places(engine: Engine, place: str) -> dict[str, str]:
    """The districts (code -> name) of the published records whose district or village
    ``place`` names (:func:`place_condition`): a village leads to its district, the finest
    level the aggregates are published at (a village's cells beside its district's would
    let a hidden cell be worked out by difference)."""
    from rancang.features.registry.publish import published_condition

    e = Enterprise.__table__
    stmt = (select(e.c.district_code, func.max(e.c.district_name))
            .where(e.c.merged_into_id.is_(None), e.c.district_code.is_not(None),
                   published_condition(), place_condition(place))
            .group_by(e.c.district_code).order_by(e.c.district_code))
    with engine.connect() as conn:
        return {str(code): str(name or "") for code, name in conn.execute(stmt)}


def _names(codes: list[str], lookup: Any) -> dict[str, str]:
    out = {}
    for c in codes:
        try:
            out[c] = lookup(c) or ""
        except (KeyError, ValueError):
            out[c] = ""
    return out


def aggregate_page(engine: Engine, f: AggregateFilter,
                   *, page_size: int | None = None) -> dict[str, Any]:
    """One page of the published aggregate, filtered, with region names and KBLI titles.

    Returns ``items`` (rows of :func:`published_aggregate` plus ``region_name`` and
    ``kbli_title``), ``total`` rows after the filters, ``page``, ``pages`` and the
    ``regions`` and ``kblis`` offered in the filters as (code, name) pairs. Filtering
    happens after suppression, so a filtered view never publishes a cell the full table
    hides.
    """
    from rancang.reference.kbli import manufacturing_groups
    from rancang.reference.regions import region_name

    page_size = page_size or AGGREGATE_PAGE_SIZE
    rows = published_aggregate(engine)
    titles = manufacturing_groups()
    region_codes = sorted({r["region_code"] for r in rows if r["region_code"] != "TOTAL"})
    kbli_codes = sorted({r["industry_code"] for r in rows if r["industry_code"] != "TOTAL"})
    region_names = _names(region_codes, region_name)
    kbli_titles = {c: titles.get(c, "") for c in kbli_codes}
    region, kbli = f.region.strip(), f.kbli.strip()
    districts: dict[str, str] = {}
    if f.place.strip():
        # the published district cells (suppressed as the district download publishes
        # them) of the districts the search names
        districts = published_places(engine, f.place)
        rows = [r for r in published_aggregate(engine, region_level="district")
                if r["region_code"] in districts]
        region_names = {**region_names, **districts}
    if region:
        rows = [r for r in rows if r["region_code"] == region
                or r["region_code"].startswith(region + ".")]
    if kbli:
        rows = [r for r in rows if r["industry_code"].startswith(kbli)]
    total = len(rows)
    pages = max(1, -(-total // page_size))
    page = min(max(1, f.page), pages)
    items = [{**r, "region_name": region_names.get(r["region_code"], ""),
              "kbli_title": kbli_titles.get(r["industry_code"], "")}
             for r in rows[(page - 1) * page_size:page * page_size]]
    return {"items": items, "total": total, "page": page, "pages": pages,
            "page_size": page_size, "regions": list(region_names.items()),
            "kblis": list(kbli_titles.items()), "districts": districts,
            "synthetic": any(r.get("synthetic") for r in rows)}


def facets(engine: Engine, user: Actor) -> dict[str, list[Any]]:
    """Values offered in the filters: regencies, KBLI divisions, sentra ids."""
    e = Enterprise.__table__
    base = _scoped(user, select(e.c.regency_code).distinct())
    with engine.connect() as conn:
        regions = sorted(r[0] for r in conn.execute(base) if r[0])
        sentra = sorted(r[0] for r in conn.execute(
            _scoped(user, select(e.c.sentra_id).distinct())) if r[0] is not None)
    return {"regions": regions, "sentra": sentra, "sizes": list(SIZE_CLASSES)}


def update_record(
    engine: Engine, user: Actor, record_id: int, changes: dict[str, Any]
) -> dict[str, Any]:
    """Change a record the user may edit (audited under the user's name)."""
    from rancang.features.registry.service import update_enterprise

    e = Enterprise.__table__
    with engine.connect() as conn:
        region = conn.execute(select(e.c.regency_code).where(e.c.id == record_id)).first()
    missing = NotFoundError(f"usaha {record_id} tidak ada / record not found")
    if region is None:
        raise missing
    user.require_visible("registry.records.read", region[0], missing)
    user.require("registry.records.edit", region[0])
    village = changes.get("village_code")
    if village and not user.can("registry.records.edit", village):
        raise Forbidden("registry.village_outside", village=village,
                        own=", ".join(user.scope("registry.records.edit").regions))
    return update_enterprise(engine, record_id, changes, actor=user.username)
