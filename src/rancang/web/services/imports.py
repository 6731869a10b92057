"""Uploads: BPS PDRB files become stored datasets, register spreadsheets go through the
register importer. Everything is validated before anything is saved; every attempt, accepted
or refused, is written to the import history."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import polars as pl
from sqlalchemy import Engine, insert, or_, select

from rancang.datasets import save_panel
from rancang.datasets.models import ImportRecord
from rancang.errors import InputError, Problem
from rancang.web.access import Forbidden, can_upload, in_region, record_scope, require
from rancang.web.auth import CurrentUser

T = TypeVar("T")
MAX_BYTES = 50 * 1024 * 1024
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")


def _safe_name(name: str) -> str:
    """A file name without folders or odd characters.

    >>> _safe_name("../../etc/PDRB 2020.xlsx")
    'PDRB_2020.xlsx'
    """
    base = Path(name.replace("\\", "/")).name
    return re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._") or "upload"


def _write(files: list[tuple[str, bytes]], folder: Path) -> list[Path]:
    problems = []
    paths = []
    if not files:
        raise InputError(Problem("no file uploaded / tidak ada berkas"))
    for name, data in files:
        safe = _safe_name(name)
        if not safe.lower().endswith(SUFFIXES):
            problems.append(Problem(f"unsupported file type (use {', '.join(SUFFIXES)})",
                                    file=name))
            continue
        if len(data) > MAX_BYTES:
            problems.append(Problem("file too large (max 50 MB)", file=name))
            continue
        if not data:
            problems.append(Problem("empty file / berkas kosong", file=name))
            continue
        path = folder / safe
        path.write_bytes(data)
        paths.append(path)
    if problems:
        raise InputError(problems)
    return paths


def _readable(read: Callable[[], T], names: list[str]) -> T:
    """Run a reader; a file no reader can open becomes an :class:`InputError`."""
    try:
        return read()
    except InputError:
        raise
    except Exception as exc:  # broken zip, wrong encoding... : the user's file, not a bug
        first = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
        raise InputError([Problem(f"file cannot be read / berkas tidak terbaca: {first}",
                                  file=", ".join(names))]) from exc


def _record(engine: Engine, **values: Any) -> int:
    with engine.begin() as conn:
        return int(conn.execute(insert(ImportRecord).values(**values)
                                .returning(ImportRecord.id)).scalar_one())


def import_pdrb(
    engine: Engine, user: CurrentUser, files: list[tuple[str, bytes]], *, name: str = ""
) -> dict[str, Any]:
    """Read BPS PDRB files (any layout :func:`rancang.sources.read_panel` knows) into a new
    dataset. Raises :class:`InputError` (nothing saved) when the files have problems."""
    from rancang.sources import read_panel

    require(can_upload(user))
    names = [n for n, _ in files]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            paths = _write(files, Path(tmp))
            panel = _readable(lambda: read_panel(paths), names)
    except InputError as exc:
        _record(engine, actor=user.username, kind="pdrb", files=names, status="refused",
                message=str(exc)[:4000],
                summary={"problems": [p.as_dict() for p in exc.problems[:200]]})
        raise
    label = name.strip() or f"PDRB {panel.years[0]}-{panel.years[-1]} ({', '.join(names)[:120]})"
    # private to the uploader's region until an administrator publishes it
    ds = save_panel(engine, panel, name=label[:200], actor=user.username, published=False,
                    region_code=user.region_code)
    summary = {"regions": len(panel.region_codes), "industries": len(panel.industry_codes),
               "years": list(panel.years), "dataset_id": ds}
    _record(engine, actor=user.username, kind="pdrb", files=names, status="ok",
            rows=int(panel.values.size), dataset_id=ds, summary=summary)
    return summary


def _regions_of(frame: pl.DataFrame) -> list[tuple[int | None, str | None, str | None]]:
    """(row, file, regency code) per record of a prepared register frame."""
    if "regency_code" in frame.columns:
        codes = frame["regency_code"].to_list()
    elif "village_code" in frame.columns:
        codes = [c[:5] if c else None for c in frame["village_code"].to_list()]
    else:
        codes = [None] * frame.height
    rows = frame["_row"].to_list() if "_row" in frame.columns else [None] * frame.height
    fnames = frame["_file"].to_list() if "_file" in frame.columns else [None] * frame.height
    return list(zip(rows, fnames, codes, strict=True))


def import_register(
    engine: Engine, user: CurrentUser, files: list[tuple[str, bytes]], *, lang: str = "id"
) -> dict[str, Any]:
    """Import register spreadsheets (all-or-nothing). An analyst may only import records
    located in their own region; every other row is reported as a problem."""
    from rancang.registry.importer import import_files, prepare

    require(can_upload(user))
    names = [n for n, _ in files]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            paths = _write(files, Path(tmp))
            frame, _ = _readable(lambda: prepare(list(paths), lang=lang), names)
            if not user.is_admin:
                outside = [
                    Problem(f"record outside your region {user.region_code} "
                            f"(region {code or '-'})", file=f, row=r, column="region")
                    for r, f, code in _regions_of(frame) if not in_region(user.region_code, code)
                ]
                if outside:
                    raise InputError(outside)
            report = import_files(engine, list(paths), actor=user.username, lang=lang)
    except InputError as exc:
        _record(engine, actor=user.username, kind="register", files=names, status="refused",
                region_code=user.region_code, message=str(exc)[:4000],
                summary={"problems": [p.as_dict() for p in exc.problems[:200]]})
        raise
    summary = {k: v for k, v in report.as_dict().items()
               if k in ("rows", "added", "changed", "unchanged", "periods_added",
                        "periods_changed", "batch")}
    _record(engine, actor=user.username, kind="register", files=names, status="ok",
            rows=report.rows, region_code=user.region_code, summary=summary)
    return summary


def import_history(engine: Engine, user: CurrentUser, *, limit: int = 200) -> list[dict[str, Any]]:
    """Past imports: all for administrators, an analyst's own region's and own uploads."""
    scope = record_scope(user)
    if scope is None:
        raise Forbidden("hanya analis dan administrator / analysts and administrators only")
    t = ImportRecord.__table__
    stmt = select(t).order_by(t.c.id.desc()).limit(limit)
    if scope:
        stmt = stmt.where(or_(t.c.actor == user.username, t.c.region_code == scope))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]
