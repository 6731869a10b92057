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

from rancang.core.errors import InputError, Problem
from rancang.features.datasets import save_panel
from rancang.features.datasets.models import ImportRecord
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


# upload messages in the interface language (Indonesian, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "no_file": ("tidak ada berkas yang diunggah", "no file uploaded"),
    "file_type": ("jenis berkas tidak didukung (gunakan {suffixes})",
                  "unsupported file type (use {suffixes})"),
    "too_large": ("berkas terlalu besar (maks. 50 MB)", "file too large (max 50 MB)"),
    "empty": ("berkas kosong", "empty file"),
    "unreadable": ("berkas tidak terbaca: {detail}", "file cannot be read: {detail}"),
    "outside": ("usaha di luar wilayah Anda {own}: wilayah {code}",
                "record outside your region {own}: region {code}"),
}


def say(key: str, lang: str = "id", **values: object) -> str:
    """An upload message in ``lang``.

    >>> say("outside", "en", own="72.03", code="72.06")
    'record outside your region 72.03: region 72.06'
    """
    pair = MESSAGES[key]
    return (pair[1] if lang == "en" else pair[0]).format(**values)


def _write(files: list[tuple[str, bytes]], folder: Path, lang: str = "id") -> list[Path]:
    problems = []
    paths = []
    if not files:
        raise InputError(Problem(say("no_file", lang)))
    for name, data in files:
        safe = _safe_name(name)
        if not safe.lower().endswith(SUFFIXES):
            problems.append(Problem(say("file_type", lang, suffixes=", ".join(SUFFIXES)),
                                    file=name))
            continue
        if len(data) > MAX_BYTES:
            problems.append(Problem(say("too_large", lang), file=name))
            continue
        if not data:
            problems.append(Problem(say("empty", lang), file=name))
            continue
        path = folder / safe
        path.write_bytes(data)
        paths.append(path)
    if problems:
        raise InputError(problems)
    return paths


def _readable(read: Callable[[], T], names: list[str], lang: str = "id") -> T:
    """Run a reader; a file no reader can open becomes an :class:`InputError`."""
    try:
        return read()
    except InputError:
        raise
    except Exception as exc:  # broken zip, wrong encoding... : the user's file, not a bug
        first = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
        raise InputError([Problem(say("unreadable", lang, detail=first),
                                  file=", ".join(names))]) from exc


def _own_names(exc: InputError, files: list[tuple[str, bytes]]) -> InputError:
    """The problems with the user's own file names (not the stored safe names or paths)."""
    from dataclasses import replace

    names = {_safe_name(n): n for n, _ in files}

    def own(file: str | None) -> str | None:
        if file is None:
            return None
        return names.get(Path(file.replace("\\", "/")).name, file)

    return InputError([replace(p, file=own(p.file)) for p in exc.problems])


def _record(engine: Engine, **values: Any) -> int:
    with engine.begin() as conn:
        return int(conn.execute(insert(ImportRecord).values(**values)
                                .returning(ImportRecord.id)).scalar_one())


def import_pdrb(
    engine: Engine, user: CurrentUser, files: list[tuple[str, bytes]], *, name: str = "",
    lang: str = "id",
) -> dict[str, Any]:
    """Read BPS PDRB files (any layout :func:`rancang.sources.read_panel` knows) into a new
    dataset. Raises :class:`InputError` (nothing saved) when the files have problems."""
    from rancang.sources import read_panel

    require(can_upload(user))
    names = [n for n, _ in files]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                paths = _write(files, Path(tmp), lang)
                panel = _readable(lambda: read_panel(paths), names, lang)
            except InputError as raw:
                raise _own_names(raw, files) from raw
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


LOCATION_FIELDS = ("regency_code", "district_code", "village_code")


def _regions_of(frame: pl.DataFrame, tables: list[Any] | None = None) -> list[
        tuple[int | None, str | None, str | None, str | None, str | None]]:
    """(row, file, sheet, regency code, column header) per record of a prepared register
    frame; the header is the user's own for the column the location comes from."""
    if "regency_code" in frame.columns:
        codes = frame["regency_code"].to_list()
    elif "village_code" in frame.columns:
        codes = [c[:5] if c else None for c in frame["village_code"].to_list()]
    else:
        codes = [None] * frame.height
    none = [None] * frame.height
    rows = frame["_row"].to_list() if "_row" in frame.columns else none
    fnames = frame["_file"].to_list() if "_file" in frame.columns else none
    sheets = frame["_sheet"].to_list() if "_sheet" in frame.columns else none
    headers: dict[tuple[str | None, str | None], str | None] = {}
    for t in tables or []:
        field = next((f for f in LOCATION_FIELDS if f in t.headers), None)
        headers[(t.file, t.sheet)] = t.headers[field] if field else None
    return [(r, f, sh, code, headers.get((f, sh)))
            for r, f, sh, code in zip(rows, fnames, sheets, codes, strict=True)]


def import_register(
    engine: Engine, user: CurrentUser, files: list[tuple[str, bytes]], *, lang: str = "id"
) -> dict[str, Any]:
    """Import register spreadsheets (all-or-nothing). An analyst may only import records
    located in their own region; every other row is reported as a problem."""
    from rancang.features.registry.importer import import_files, prepare

    require(can_upload(user))
    names = [n for n, _ in files]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                paths = _write(files, Path(tmp), lang)
                frame, tables = _readable(lambda: prepare(list(paths), lang=lang), names,
                                          lang)
                if not user.is_admin:
                    outside = [
                        Problem(say("outside", lang, own=user.region_code, code=code or "-"),
                                file=f, sheet=sheet, row=r, column=header)
                        for r, f, sheet, code, header in _regions_of(frame, tables)
                        if not in_region(user.region_code, code)
                    ]
                    if outside:
                        raise InputError(outside)
                report = import_files(engine, list(paths), actor=user.username, lang=lang)
            except InputError as raw:
                raise _own_names(raw, files) from raw
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
