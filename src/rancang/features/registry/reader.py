"""Read office spreadsheets (XLSX, CSV) into tables of register fields.

Finds the header row below any title rows, reads two header rows when a merged group cell
sits above sub-headers ("Tenaga Kerja" over "L" and "P"), maps headers to fields with
:class:`~rancang.features.registry.mapping.HeaderMap`, and keeps each record's spreadsheet
row number for error messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import printable
from rancang.features.registry.mapping import IGNORED, HeaderMap, normalize_header

HEADER_SEARCH_ROWS = 15
TOTAL_WORDS = {"jumlah", "total", "jumlah total", "grand total", "sub total", "subtotal"}


@dataclass
class SheetTable:
    """One sheet's records: ``frame`` has a ``_row`` column and one str column per field."""

    file: str
    sheet: str | None
    frame: pl.DataFrame
    headers: dict[str, str] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)


def _grid_csv(path: Path) -> pl.DataFrame:
    """The cells of a CSV file as text; an empty, binary or broken file is an
    :class:`InputError` naming it (never a reader's traceback)."""
    import io

    from rancang.core.text import decode_text, refuse_wide_text

    text = decode_text(path.read_bytes(), file=path.name)
    first = "\n".join(text[:65536].splitlines()[:5])
    sep = max((";", ",", "\t", "|"), key=first.count)
    refuse_wide_text(text, sep, file=path.name)
    try:
        return pl.read_csv(
            io.BytesIO(text.encode("utf-8")),
            has_header=False,
            infer_schema=False,
            separator=sep,
            truncate_ragged_lines=True,
            quote_char='"',
        )
    except (pl.exceptions.PolarsError, pl.exceptions.ComputeError) as exc:
        raise InputError(Problem(Msg("registry.unreadable_csv",
                                     detail=printable(str(exc).splitlines()[0], limit=120)),
                                 file=path.name)) from None


def _grids_xlsx(path: Path, sheet: str | None) -> list[tuple[str | None, pl.DataFrame]]:
    import fastexcel

    from rancang.sources._cells import (
        damaged_workbook,
        hidden_sheets,
        hidden_sheets_only,
        refuse_uncomputed,
        sheet_text,
    )

    try:
        reader = fastexcel.read_excel(str(path))
    except Exception as exc:  # CalamineError: truncated or not a workbook
        raise damaged_workbook(path, exc) from None
    refuse_uncomputed(path)
    names = reader.sheet_names
    if sheet is None:  # a sheet nobody sees in Excel is read only when asked by name
        hidden = hidden_sheets(path)
        names = [n for n in names if n not in hidden]
        if not names:
            hidden_sheets_only(path)
    if sheet is not None:
        if sheet not in names:
            raise InputError(
                Problem(f"lembar {sheet!r} tidak ada (ada: {', '.join(names)})", file=path.name)
            )
        names = [sheet]
    out: list[tuple[str | None, pl.DataFrame]] = []
    for name in names:
        try:  # spreadsheet errors (#REF!, #DIV/0!) kept as their text: refused, not blank
            grid = sheet_text(reader, name, skip_rows=0)
        except Exception as exc:
            raise damaged_workbook(path, exc) from None
        out.append((name, grid))
    return out


def _cells(grid: pl.DataFrame, i: int) -> list[str | None]:
    row = grid.row(i)
    return [None if v is None or not str(v).strip() else str(v).strip() for v in row]


def _locate_header(
    grid: pl.DataFrame, hmap: HeaderMap
) -> tuple[int, int, dict[int, tuple[str | None, str]]]:
    """(header row index, number of header rows, column -> (field, header label))."""
    best: tuple[int, int, dict[int, tuple[str | None, str]]] | None = None
    n = min(HEADER_SEARCH_ROWS, grid.height)
    for i in range(n):
        top = _cells(grid, i)
        if sum(v is not None for v in top) < 2:
            continue
        single = {j: (hmap.field(v), v) for j, v in enumerate(top) if v}
        s1 = sum(f is not None for f, _ in single.values())
        double: dict[int, tuple[str | None, str]] = {}
        s2 = 0
        if i + 1 < grid.height:
            sub = _cells(grid, i + 1)
            parent: str | None = None
            for j, (t, b) in enumerate(zip(top, sub, strict=True)):
                if t is not None:
                    parent = t
                elif b is None:
                    parent = None
                if b is not None and parent is not None:
                    label = f"{parent} / {b}" if t is None or t != b else b
                    f = hmap.field(f"{parent} {b}") or (hmap.field(b) if t is None else None)
                    double[j] = (f, label)
                elif b is not None:
                    double[j] = (hmap.field(b), b)
                elif t is not None:
                    double[j] = (hmap.field(t), t)
            s2 = sum(f is not None for f, _ in double.values())
        if max(s1, s2) >= 2:
            best = (i, 2, double) if s2 > s1 else (i, 1, single)
            break
    if best is None:
        raise InputError(Problem(Msg("registry.no_header_row")))
    return best


def _table_from_grid(
    grid: pl.DataFrame, hmap: HeaderMap, file: str, sheet: str | None
) -> SheetTable:
    try:
        start, nrows, cols = _locate_header(grid, hmap)
    except InputError as exc:
        raise InputError(Problem(exc.problems[0].message, file=file, sheet=sheet)) from None
    headers: dict[str, str] = {}
    ignored: list[str] = []
    problems: list[Problem] = []
    names = grid.columns
    select: list[pl.Expr] = []
    for j, (f, label) in sorted(cols.items()):
        if f is None:
            if normalize_header(label) not in IGNORED:
                ignored.append(label)
            continue
        if f in headers:
            problems.append(
                Problem(
                    f"kolom {headers[f]!r} dan {label!r} sama-sama dipetakan ke {f!r}",
                    file=file,
                    sheet=sheet,
                    column=label,
                )
            )
            continue
        headers[f] = label
        col = pl.col(names[j]).cast(pl.String).str.strip_chars()
        select.append(pl.when(col.is_in(["", "-", "--"])).then(None).otherwise(col).alias(f))
    if problems:
        raise InputError(problems)
    body = grid.with_row_index("_row", offset=1).slice(start + nrows)
    frame = body.select(pl.col("_row").cast(pl.Int64), *select)
    fields = [c for c in frame.columns if c != "_row"]
    if fields:
        frame = frame.filter(~pl.all_horizontal(pl.col(fields).is_null()))
    if "name" in frame.columns:
        frame = frame.filter(
            ~pl.col("name").str.to_lowercase().is_in(list(TOTAL_WORDS)).fill_null(False)
        )
    return SheetTable(file=file, sheet=sheet, frame=frame, headers=headers, ignored=ignored)


def read_tables(
    paths: list[str | Path], *, sheet: str | None = None, mapping: dict[str, str] | None = None
) -> list[SheetTable]:
    """Read every sheet of every file into :class:`SheetTable` objects.

    Parameters
    ----------
    paths : list of str or Path
        ``.xlsx``/``.xlsm`` or ``.csv``/``.txt`` files.
    sheet : str, optional
        Read only this sheet of each workbook (default: every sheet with a header row).
    mapping : dict of header -> field, optional
        Extra header mappings (see :func:`~rancang.features.registry.mapping.read_mapping_file`).

    Returns
    -------
    list of SheetTable
        Sheets without any recognisable header row are skipped when ``sheet`` is None.
    """
    hmap = HeaderMap(mapping)
    tables: list[SheetTable] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append(Problem("berkas tidak ditemukan", file=path.name))
            continue
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
            grids = _grids_xlsx(path, sheet)
        else:
            grids = [(None, _grid_csv(path))]
        found = 0
        for name, grid in grids:
            try:
                table = _table_from_grid(grid, hmap, path.name, name)
            except InputError as exc:
                if sheet is not None or len(grids) == 1:
                    problems.extend(exc.problems)
                continue
            if table.frame.height == 0:  # a header and no record: nothing to import
                if sheet is not None or len(grids) == 1:
                    problems.append(Problem(Msg("registry.no_rows"), file=path.name,
                                            sheet=name))
                continue
            tables.append(table)
            found += 1
        if found == 0 and not problems:
            problems.append(Problem("tidak ada lembar berisi data register", file=path.name))
    if problems:
        raise InputError(problems)
    return tables
