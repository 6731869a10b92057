"""Register spreadsheets uploaded on the data page: validated whole, previewed, imported
whole.

An actor imports only records located where they may import register data, and matches
only firms stored there; every other row is reported with its file, sheet, row and
column, and nothing is saved. An upload that would change stored values is held first:
the page shows every change as before -> after, and nothing is written until the uploader
confirms.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.errors import InputError
from rancang.features.datasets.imports import (
    own_names,
    readable,
    record_import,
    refusal,
    write_uploads,
)

SUMMARY_FIELDS = ("rows", "added", "changed", "unchanged", "periods_added", "periods_changed",
                  "batch", "n_changes", "dry_run", "resolved", "without_kbli", "kbli_chosen")
PREVIEW_TEMPLATE = "registry/_preview.html"
UNDO_TEMPLATE = "registry/_saved.html"
PROBLEMS_KIND = "register-problems"
PAGE_CHANGES = 1000  # changes listed on the page (the rest counted; --dry-run lists 5,000)


def _shown(row: dict[str, Any], files: list[tuple[str, bytes]]) -> dict[str, Any]:
    """A suggestion row with the file named as the uploader named it (the key keeps the
    name the import reads)."""
    from rancang.features.datasets.imports import _safe_name

    names = {_safe_name(n): n for n, _ in files}
    return {**row, "file": names.get(row["file"], row["file"])}


def problem_workbook(engine: Engine, user: Actor, token: str) -> bytes:
    """The annotated copy (:mod:`rancang.features.registry.problem_sheet`) of a refused
    upload the user made (``NotFoundError`` for any other token)."""
    import re

    from rancang.core.errors import NotFoundError
    from rancang.features.datasets.imports import _safe_name
    from rancang.features.datasets.staging import take
    from rancang.features.registry.importer import import_files
    from rancang.features.registry.problem_sheet import write_problem_workbook

    user.require("registry.import")
    if not re.fullmatch(r"[A-Za-z0-9_-]{16,64}", token):
        raise NotFoundError("datasets.stage_gone")
    kind, _, files = take(engine, user, token, keep=True)
    if kind != PROBLEMS_KIND:
        raise NotFoundError("datasets.stage_gone")
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_uploads(files, Path(tmp))
        try:
            import_files(engine, list(paths), actor=user.username,
                         scope=user.scope("registry.import"), dry_run=True)
            problems = []
        except InputError as exc:
            problems = own_names(exc, files).problems
        out = write_problem_workbook(paths, problems, Path(tmp) / "masalah.xlsx",
                                     names={_safe_name(n): n for n, _ in files})
        return out.read_bytes()


def import_register(
    engine: Engine, user: Actor, files: list[tuple[str, bytes]], *, name: str = "",
    confirmed: bool = True, dry_run: bool = False,
    progress: Callable[[float, str], None] | None = None,
    choices: Mapping[str, str] | None = None,
    kbli_choices: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Import register spreadsheets (all-or-nothing) for ``user``.

    Rows located outside where ``user`` holds ``registry.import``, or matching a firm
    stored outside it, are problems. With ``confirmed`` false and any stored value to
    change, nothing is saved: the files are held (``staged``, the token that saves them)
    and ``changes`` lists each value before and after. ``dry_run`` reports the same
    without holding anything. ``name`` is not used. ``progress`` is told how far the
    import is (a background job's, :mod:`rancang.features.datasets.jobs`).

    Firms without KBLI get the installed features' suggestions (``kbli_suggestions``,
    the first :data:`~rancang.features.registry.kbli_suggest.LISTED`); a preview with
    any is held for confirmation even when nothing stored changes. ``choices`` are the
    confirmed preview's ``choice.<key>`` fields: a non-blank
    ``kbli/{row}/{sheet}/{file}`` key gives that row's firm the KBLI chosen;
    ``kbli_choices`` (the API's) give the same as ``{"row", "kbli", "file", "sheet"}``
    dicts (``file`` as uploaded, needed only when several files have the row)."""
    from rancang.features.datasets.imports import _safe_name
    from rancang.features.registry.importer import import_files
    from rancang.features.registry.kbli_suggest import LISTED, choices_from_form

    user.require("registry.import")
    scope = user.scope("registry.import")
    names = [n for n, _ in files]
    preview = dry_run or not confirmed
    chosen = choices_from_form(choices or {}) + [
        {**c, "file": _safe_name(str(c["file"])) if c.get("file") else None}
        for c in kbli_choices or []]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                paths = write_uploads(files, Path(tmp))
                report = readable(
                    lambda: import_files(engine, list(paths), actor=user.username,
                                         scope=scope, dry_run=preview,
                                         progress=progress,
                                         kbli_listed=LISTED if preview else 0,
                                         kbli_choices=chosen), names)
            except InputError as raw:
                raise own_names(raw, files) from raw
    except InputError as exc:
        record_import(engine, actor=user.username, kind="register", files=names,
                      status="refused", region_code=user.region_code, **refusal(exc))
        if any(p.row is not None for p in exc.problems):
            from rancang.features.datasets.staging import stage

            # kept (a day at most) for the annotated copy; never confirmable: no importer
            # has this kind
            token = stage(engine, user, PROBLEMS_KIND, "", files)
            exc.download = f"/register/problems/{token}.xlsx"  # type: ignore[attr-defined]
        raise
    summary = {k: v for k, v in report.as_dict().items() if k in SUMMARY_FIELDS}
    offered = [_shown(r, files) for r in report.kbli_suggestions if r["suggestions"]]
    if dry_run:
        return {**summary, "changes": report.changes, "kbli_suggestions": offered}
    if preview and (report.n_changes or offered):
        from rancang.features.datasets.staging import stage

        token = stage(engine, user, "register", name, files)
        return {**summary, "staged": token, "changes": report.changes[:PAGE_CHANGES],
                "kbli_suggestions": offered, "preview_template": PREVIEW_TEMPLATE}
    if preview:  # nothing stored changes: additions only, save them now
        return import_register(engine, user, files, name=name, confirmed=True,
                               progress=progress)
    record_import(engine, actor=user.username, kind="register", files=names, status="ok",
                  rows=report.rows, region_code=user.region_code, summary=summary)
    return {**summary, "undo_template": UNDO_TEMPLATE}
