"""Register spreadsheets uploaded on the data page: validated whole, imported whole.

An actor imports only records located where they may import register data; every other
row is reported with its file, sheet, row and column, and nothing is saved.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import polars as pl
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.datasets.imports import (
    own_names,
    readable,
    record_import,
    refusal,
    write_uploads,
)

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
    engine: Engine, user: Actor, files: list[tuple[str, bytes]], *, name: str = "",
    confirmed: bool = True,
) -> dict[str, Any]:
    """Import register spreadsheets (all-or-nothing). An actor may only import records
    located where they hold ``registry.import``; every other row is reported as a
    problem. ``name`` and ``confirmed`` are not used (a register import is checked whole
    and needs no second look)."""
    from rancang.features.registry.importer import import_files, prepare

    user.require("registry.import")
    scope = user.scope("registry.import")
    names = [n for n, _ in files]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                paths = write_uploads(files, Path(tmp))
                frame, tables = readable(lambda: prepare(list(paths)), names)
                if not scope.everywhere:
                    outside = [
                        Problem(Msg("upload.outside", own=", ".join(scope.regions),
                                    code=code or "-"),
                                file=f, sheet=sheet, row=r, column=header)
                        for r, f, sheet, code, header in _regions_of(frame, tables)
                        if not scope.contains(code)
                    ]
                    if outside:
                        raise InputError(outside)
                report = import_files(engine, list(paths), actor=user.username)
            except InputError as raw:
                raise own_names(raw, files) from raw
    except InputError as exc:
        record_import(engine, actor=user.username, kind="register", files=names,
                      status="refused", region_code=user.region_code, **refusal(exc))
        raise
    summary = {k: v for k, v in report.as_dict().items()
               if k in ("rows", "added", "changed", "unchanged", "periods_added",
                        "periods_changed", "batch")}
    record_import(engine, actor=user.username, kind="register", files=names, status="ok",
                  rows=report.rows, region_code=user.region_code, summary=summary)
    return summary
