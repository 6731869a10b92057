"""Store a :class:`~rancang.Panel` in the database and rebuild it, with an in-process cache.

Stored datasets never change (a new upload is a new dataset), but a deleted dataset's id can
be given to the next one (SQLite reuses the highest id). Caches are therefore keyed by the
dataset's *stamp* (:func:`dataset_stamp`: id and creation time, never reused), read from the
database on every use, so no worker process serves a deleted dataset's panel.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Engine, delete, insert, select

from rancang.core.db.base import utcnow
from rancang.core.errors import NotFoundError
from rancang.features.datasets.models import Dataset, DatasetIndustry, DatasetRegion, DatasetValue
from rancang.panel import Panel
from rancang.reference.regions import bps_to_kemendagri, code_system

_CACHE: weakref.WeakKeyDictionary[Engine, dict[int, tuple[str, Panel]]] = (
    weakref.WeakKeyDictionary())
_LOCK = threading.Lock()


@dataclass(frozen=True)
class DatasetInfo:
    """What a list of datasets shows about each one."""

    id: int
    name: str
    measure: str
    unit: str
    synthetic: bool
    first_year: int
    last_year: int
    n_regions: int
    created_at: datetime
    created_by: str | None
    sources: tuple[str, ...]
    published: bool = True
    is_default: bool = False
    region_code: str | None = None

    @property
    def stamp(self) -> str:
        """Identity of this stored version: id and creation time (see :func:`dataset_stamp`)."""
        return _stamp(self.id, self.created_at)


def _stamp(dataset_id: int, created_at: datetime | None) -> str:
    """``"<id>@<created_at>"``: unique over time even when ids are reused.

    >>> _stamp(3, datetime(2026, 1, 2, 3, 4, 5, 6))
    '3@2026-01-02T03:04:05.000006'
    """
    return f"{dataset_id}@{created_at.isoformat() if created_at else ''}"


def dataset_stamp(engine: Engine, dataset_id: int) -> str:
    """The stamp of the dataset stored under ``dataset_id`` now (``NotFoundError`` when none).

    Cache keys use it: a dataset deleted and replaced by another under the same id gets a
    new stamp, so results computed from the old one are never served again, in any worker.
    """
    with engine.connect() as conn:
        created = conn.execute(select(Dataset.created_at).where(
            Dataset.id == dataset_id, Dataset.deleted_at.is_(None))).first()
    if created is None:
        raise NotFoundError(f"dataset {dataset_id} tidak ada / does not exist")
    return _stamp(int(dataset_id), created[0])


def kemendagri_code(code: str) -> str | None:
    """Kemendagri dotted code of a region code in either system (None when unknown).

    >>> kemendagri_code("7203"), kemendagri_code("72.06"), kemendagri_code("9901")
    ('72.06', '72.06', None)
    """
    system = code_system(code)
    if system == "kemendagri":
        return code
    if system == "bps":
        return bps_to_kemendagri(code)
    return None


def save_panel(engine: Engine, panel: Panel, *, name: str, actor: str | None = None,
               published: bool = True, region_code: str | None = None) -> int:
    """Store ``panel`` (with its references) as a new dataset and return its id.

    ``published=False`` keeps it private to ``actor``, analysts of ``region_code`` and
    administrators until :func:`set_published` (web uploads are stored so).

    Example
    -------
    >>> from rancang.core.db import ensure_schema, make_engine
    >>> from rancang.sources.synthetic import demo_province
    >>> eng = make_engine("sqlite://"); _ = ensure_schema(eng)
    >>> ds = save_panel(eng, demo_province(), name="demo")
    >>> load_panel(eng, ds).shape
    (12, 17, 12)
    """
    years = np.asarray(panel.years, dtype=np.int64)
    with engine.begin() as conn:
        ds_id = conn.execute(
            insert(Dataset).values(
                name=name, measure=panel.measure, unit=panel.unit,
                classification=panel.classification, synthetic=panel.synthetic,
                sources=list(panel.sources), first_year=int(years[0]), last_year=int(years[-1]),
                n_regions=len(panel.region_codes), created_by=actor, published=published,
                region_code=region_code,
            ).returning(Dataset.id)
        ).scalar_one()
        conn.execute(
            insert(DatasetIndustry),
            [
                {"dataset_id": ds_id, "position": k, "code": c, "name": n}
                for k, (c, n) in enumerate(
                    zip(panel.industry_codes, panel.industry_names, strict=True)
                )
            ],
        )
        parts: list[tuple[Panel, bool]] = [(panel, False)]
        if panel.references is not None:
            parts.append((panel.references, True))
        for part, is_ref in parts:
            for k, code in enumerate(part.region_codes):
                region_id = conn.execute(
                    insert(DatasetRegion).values(
                        dataset_id=ds_id, position=k, code=code, name=part.region_names[k],
                        parent_code=part.parent_codes[k], kemendagri_code=kemendagri_code(code),
                        is_reference=is_ref,
                    ).returning(DatasetRegion.id)
                ).scalar_one()
                vals = part.values[k]
                rows = [
                    {"dataset_id": ds_id, "region_id": region_id, "industry": i,
                     "year": int(years[t]),
                     "value": None if np.isnan(vals[i, t]) else float(vals[i, t])}
                    for i in range(vals.shape[0])
                    for t in range(vals.shape[1])
                ]
                conn.execute(insert(DatasetValue), rows)
    return int(ds_id)


def _info(row: Dataset) -> DatasetInfo:
    return DatasetInfo(
        id=row.id, name=row.name, measure=row.measure, unit=row.unit, synthetic=row.synthetic,
        first_year=row.first_year, last_year=row.last_year, n_regions=row.n_regions,
        created_at=row.created_at, created_by=row.created_by, sources=tuple(row.sources or ()),
        published=bool(row.published), is_default=bool(row.is_default),
        region_code=row.region_code,
    )


def list_datasets(engine: Engine) -> list[DatasetInfo]:
    """All stored datasets, newest first."""
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        return [_info(r) for r in s.scalars(select(Dataset).where(Dataset.deleted_at.is_(None))
                                            .order_by(Dataset.id.desc()))]


def get_dataset(engine: Engine, dataset_id: int) -> DatasetInfo:
    """One dataset's description (``NotFoundError`` when it does not exist)."""
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        row = s.get(Dataset, dataset_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(f"dataset {dataset_id} tidak ada / does not exist")
        return _info(row)


def _build(engine: Engine, dataset_id: int, info: DatasetInfo | None = None) -> Panel:
    info = info or get_dataset(engine, dataset_id)
    r, ind, v = DatasetRegion.__table__, DatasetIndustry.__table__, DatasetValue.__table__
    with engine.connect() as conn:
        industries = conn.execute(
            select(ind.c.code, ind.c.name).where(ind.c.dataset_id == dataset_id)
            .order_by(ind.c.position)
        ).all()
        regions = conn.execute(
            select(r.c.id, r.c.code, r.c.name, r.c.parent_code, r.c.is_reference)
            .where(r.c.dataset_id == dataset_id).order_by(r.c.is_reference, r.c.position)
        ).all()
        cells = conn.execute(
            select(v.c.region_id, v.c.industry, v.c.year, v.c.value)
            .where(v.c.dataset_id == dataset_id)
        ).all()
    years = list(range(info.first_year, info.last_year + 1))
    present = sorted({c[2] for c in cells})
    years = present or years
    y_pos = {y: k for k, y in enumerate(years)}
    own = [x for x in regions if not x.is_reference]
    refs = [x for x in regions if x.is_reference]
    slot = {x.id: (False, k) for k, x in enumerate(own)}
    slot.update({x.id: (True, k) for k, x in enumerate(refs)})
    n_i, n_t = len(industries), len(years)
    main = np.full((len(own), n_i, n_t), np.nan)
    ref = np.full((len(refs), n_i, n_t), np.nan)
    if cells:
        arr = np.array([(c[0], c[1], c[2], np.nan if c[3] is None else c[3]) for c in cells])
        rid, ii, yy, val = arr[:, 0].astype(int), arr[:, 1].astype(int), arr[:, 2], arr[:, 3]
        is_ref = np.array([slot[x][0] for x in rid])
        pos = np.array([slot[x][1] for x in rid])
        tt = np.array([y_pos[int(y)] for y in yy])
        main[pos[~is_ref], ii[~is_ref], tt[~is_ref]] = val[~is_ref]
        ref[pos[is_ref], ii[is_ref], tt[is_ref]] = val[is_ref]
    def panel(values: np.ndarray, rows: list[Any], references: Panel | None) -> Panel:
        return Panel(
            values=values, region_codes=tuple(x.code for x in rows),
            region_names=tuple(x.name for x in rows),
            parent_codes=tuple(x.parent_code for x in rows),
            industry_codes=tuple(c for c, _ in industries),
            industry_names=tuple(n for _, n in industries), years=tuple(years),
            measure=info.measure, unit=info.unit, synthetic=info.synthetic,
            sources=tuple(info.sources), references=references,
        )

    return panel(main, own, panel(ref, refs, None) if refs else None)


def load_panel(engine: Engine, dataset: int | DatasetInfo) -> Panel:
    """The stored dataset as a :class:`~rancang.Panel` (cached per engine, id and stamp).

    Given the :class:`DatasetInfo` a request has already read, the cache is checked
    against its stamp without reading the dataset row again.
    """
    if isinstance(dataset, DatasetInfo):
        dataset_id, stamp = dataset.id, dataset.stamp
    else:
        dataset_id, stamp = dataset, dataset_stamp(engine, dataset)
    with _LOCK:
        hit = _CACHE.get(engine, {}).get(int(dataset_id))
    if hit is not None and hit[0] == stamp:
        return hit[1]
    panel = _build(engine, dataset_id, dataset if isinstance(dataset, DatasetInfo) else None)
    with _LOCK:
        _CACHE.setdefault(engine, {})[int(dataset_id)] = (stamp, panel)
    return panel


def set_published(engine: Engine, dataset_id: int, published: bool) -> None:
    """Publish a dataset to everyone, or take it back (it then stops being the default)."""
    from sqlalchemy import update

    get_dataset(engine, dataset_id)
    values: dict[str, bool] = {"published": published}
    if not published:
        values["is_default"] = False
    with engine.begin() as conn:
        conn.execute(update(Dataset).where(Dataset.id == dataset_id).values(**values))


def set_default(engine: Engine, dataset_id: int) -> None:
    """Make a dataset the one pages open with (it is published too; the only default)."""
    from sqlalchemy import update

    get_dataset(engine, dataset_id)
    with engine.begin() as conn:
        conn.execute(update(Dataset).where(Dataset.is_default.is_(True), Dataset.id != dataset_id)
                     .values(is_default=False))
        conn.execute(update(Dataset).where(Dataset.id == dataset_id)
                     .values(is_default=True, published=True))


#: how long a deleted dataset can be restored before it is purged
RETENTION = timedelta(days=90)


def delete_dataset(engine: Engine, dataset_id: int, *, actor: str | None = None) -> None:
    """Delete a dataset: hidden from every page, API and analysis at once, kept (and
    restorable with :func:`restore_dataset`) for :data:`RETENTION`, then purged."""
    from sqlalchemy import update

    get_dataset(engine, dataset_id)
    with engine.begin() as conn:
        conn.execute(update(Dataset).where(Dataset.id == dataset_id).values(
            deleted_at=utcnow(), deleted_by=actor, is_default=False))
    with _LOCK:
        _CACHE.get(engine, {}).pop(int(dataset_id), None)
    purge_datasets(engine)


def deleted_datasets(engine: Engine) -> list[dict[str, Any]]:
    """Deleted datasets that can still be restored, newest first, with ``purge_after``."""
    t = Dataset.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t.c.id, t.c.name, t.c.deleted_at, t.c.deleted_by)
                            .where(t.c.deleted_at.is_not(None),
                                   t.c.deleted_at > utcnow() - RETENTION)
                            .order_by(t.c.deleted_at.desc())).mappings().all()
    return [{**dict(r), "purge_after": r["deleted_at"] + RETENTION} for r in rows]


def restore_dataset(engine: Engine, dataset_id: int) -> None:
    """Bring back a deleted dataset (``NotFoundError`` once purged or when not deleted)."""
    from sqlalchemy import update

    t = Dataset.__table__
    with engine.begin() as conn:
        done = conn.execute(update(t).where(t.c.id == dataset_id, t.c.deleted_at.is_not(None),
                                            t.c.deleted_at > utcnow() - RETENTION)
                            .values(deleted_at=None, deleted_by=None)).rowcount
    if not done:
        raise NotFoundError(f"dataset {dataset_id} tidak ada / does not exist")


def purge_datasets(engine: Engine, *, now: datetime | None = None) -> int:
    """Remove for good the datasets deleted more than :data:`RETENTION` ago."""
    cutoff = (now or utcnow()) - RETENTION
    with engine.begin() as conn:
        ids = list(conn.execute(select(Dataset.id).where(Dataset.deleted_at <= cutoff))
                   .scalars())
        for table in (DatasetValue, DatasetRegion, DatasetIndustry):
            if ids:
                conn.execute(delete(table).where(table.dataset_id.in_(ids)))
        if ids:
            conn.execute(delete(Dataset).where(Dataset.id.in_(ids)))
    return len(ids)
