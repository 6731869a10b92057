"""Code a column of a CSV or XLSX file: the input columns plus the best classes.

:func:`code_upload` is the one path of every channel (``rancang kbli code``, the page
``/kbli``, ``POST /api/v1/kbli/code``, the latter two as a background job): the same file,
column and options give the same bytes, CSV or XLSX.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rancang.core.cells import safe_cell
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.kbli.coder import KbliCoder

MAX_TOP = 10
#: descriptions coded between two progress reports
STEP = 512
#: the fixed creation time of a coded workbook: the same input gives the same bytes
STAMP = dt.datetime(2020, 1, 1)
#: output formats and their media types
FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
Progress = Callable[..., None]


@dataclass(frozen=True)
class Table:
    """A read file: its header and rows of text (``sheet`` for XLSX)."""

    header: list[str]
    rows: list[list[str]]
    sheet: str | None = None


def read_table(path: Path, *, sheet: str | None = None,
               spreadsheet_errors: bool = True) -> Table:
    """Read a CSV (any encoding offices save, comma or semicolon) or the first visible (or
    named) sheet of an XLSX, through the library's readers
    (:func:`rancang.sources.csv_text.decode_csv`, :func:`rancang.sources._cells.load_sheets`)
    so damaged workbooks, formulas saved without values and encodings are handled once.

    Raises :class:`InputError` naming the file when it cannot be read or has no data rows,
    and naming file, sheet, row and column for a heading given twice, a spreadsheet error
    (``#REF!``; ``spreadsheet_errors=False`` leaves them to a caller that names the
    field) or a cell holding control characters or over 10,000 characters.
    """
    from rancang.core.text import has_control, text_problem
    from rancang.sources._cells import (
        col_letter,
        duplicate_headers,
        load_sheets,
        visible_sheets,
    )
    from rancang.sources.numbers import is_spreadsheet_error

    suffix = path.suffix.lower()
    if suffix == ".csv":
        from rancang.sources.csv_text import decode_csv

        try:
            text, _ = decode_csv(path.read_bytes(), path.name)
        except OSError as exc:
            raise InputError(Problem(Msg("kbli.cannot_read", error=str(exc)),
                                     file=path.name)) from exc
        text = text.lstrip("\ufeff")
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        try:
            rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
        except csv.Error as exc:
            raise InputError(Problem(Msg("kbli.cannot_read", error=str(exc)),
                                     file=path.name)) from exc
        table = Table(header=rows[0] if rows else [], rows=rows[1:])
    elif suffix in (".xlsx", ".xlsm"):
        sheets = load_sheets(path) if sheet else visible_sheets(path)
        chosen = [s for s in sheets if sheet is None or s[0] == sheet]
        if not chosen:
            raise InputError(Problem(Msg("sources.sheet_missing", sheet=sheet or ""),
                                     file=path.name))
        name, frame = chosen[0]
        values = [["" if v is None else str(v) for v in r] for r in frame.iter_rows()]
        table = Table(header=values[0] if values else [], rows=values[1:], sheet=name)
    else:
        raise InputError(Problem(Msg("kbli.bad_format"), file=path.name))
    if not table.rows:
        raise InputError(Problem(Msg("kbli.empty_file"), file=path.name, sheet=table.sheet))
    problems = duplicate_headers(table.header, file=path.name, sheet=table.sheet)
    for i, row in enumerate([table.header, *table.rows], start=1):
        for k, value in enumerate(row):
            bad = (Msg("sources.spreadsheet_error", value=value.strip())
                   if spreadsheet_errors and is_spreadsheet_error(value)
                   else text_problem(value, max_length=10_000))
            if bad is not None:  # the column by its heading, else by its letter
                head = table.header[k].strip() if k < len(table.header) and i > 1 else ""
                problems.append(Problem(bad, file=path.name, sheet=table.sheet, row=i,
                                        column=head if head and not has_control(head)
                                        else col_letter(k)))
            if len(problems) >= 50:
                raise InputError(problems)
    if problems:
        raise InputError(problems)
    return table


def output_columns(top: int) -> list[str]:
    """``kbli_1, kbli_1_title, kbli_1_score, ...`` then ``kbli_why`` (the best's reason).

    Example
    -------
    >>> output_columns(2)
    ['kbli_1', 'kbli_1_title', 'kbli_1_score', 'kbli_2', 'kbli_2_title', 'kbli_2_score', 'kbli_why']
    """
    cols = []
    for k in range(1, top + 1):
        cols += [f"kbli_{k}", f"kbli_{k}_title", f"kbli_{k}_score"]
    return [*cols, "kbli_why"]


def code_table(table: Table, column: str, *, top: int = 3, file: str = "",
               coder: KbliCoder | None = None, progress: Progress | None = None
               ) -> tuple[list[str], list[list[str]], int]:
    """Suggest classes for every row's ``column``; returns (header, rows, blank rows).

    A blank cell gets blank suggestions. The column is found by its header, ignoring case and
    surrounding spaces. ``progress(fraction, key, **params)`` (a job's
    :meth:`~rancang.features.jobs.service.JobContext.progress`) hears every
    :data:`STEP` distinct descriptions.
    """
    if not 1 <= top <= MAX_TOP:
        raise InputError(Problem(Msg("kbli.bad_top", max=MAX_TOP)))
    names = [h.strip().lower() for h in table.header]
    if column.strip().lower() not in names:
        raise InputError(Problem(Msg("kbli.missing_column", column=column,
                                     columns=", ".join(table.header)),
                                 file=file, sheet=table.sheet, row=1, column=column))
    extra = output_columns(top)
    for c in extra:
        if c in names:
            raise InputError(Problem(Msg("kbli.out_exists_columns", column=c), file=file,
                                     sheet=table.sheet, row=1, column=c))
    idx = names.index(column.strip().lower())
    coder = coder or KbliCoder.default()
    width = len(table.header)
    rows = [(row + [""] * width)[:width] for row in table.rows]
    unique = list(dict.fromkeys(t for t in (r[idx].strip() for r in rows) if t))
    suggested: list[Any] = []
    for start in range(0, len(unique), STEP):
        if progress is not None:
            progress(0.05 + 0.9 * start / len(unique), "jobs.step.coding", done=start,
                     total=len(unique))
        suggested += coder.suggest_many(unique[start:start + STEP], top=top)
    seen: dict[str, list[str]] = {}
    for text, found in zip(unique, suggested, strict=True):
        cells = [""] * len(extra)
        for k, s in enumerate(found):
            cells[3 * k: 3 * k + 3] = [s.code, s.title, f"{s.score:.3f}"]
        if found:  # the best class's words that matched and the passage they matched in
            best = found[0]
            cells[-1] = " ".join(best.matched) + (f" \u00ab{best.excerpt}\u00bb"
                                                  if best.excerpt else "")
        seen[text] = cells
    out: list[list[str]] = []
    blank = 0
    for row in rows:
        text = row[idx].strip()
        if not text:
            blank += 1
        out.append(row + seen.get(text, [""] * len(extra)))
    return [*table.header, *extra], out, blank


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    """UTF-8 CSV; no text cell starts a formula.

    >>> csv_bytes(["a", "b"], [["=1+1", "x"]])
    b"a,b\\n'=1+1,x\\n"
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([safe_cell(h) for h in header])
    w.writerows([safe_cell(v) for v in row] for row in rows)
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    """An XLSX of one sheet ``kbli``: every cell as text (a code keeps its leading zero),
    the header bold and frozen; the same rows give the same bytes (fixed creation time).

    >>> xlsx_bytes(["a"], [["01"]]) == xlsx_bytes(["a"], [["01"]])
    True
    """
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"created": STAMP})
    ws = wb.add_worksheet("kbli")
    bold = wb.add_format({"bold": True})
    for c, h in enumerate(header):
        ws.write_string(0, c, h, bold)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            ws.write_string(r, c, v)
    ws.freeze_panes(1, 0)
    wb.close()
    return buf.getvalue()


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Write UTF-8 CSV (the folder is created); no text cell starts a formula."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(csv_bytes(header, rows))


def output_format(name: str) -> str:
    """``xlsx`` for a name ending ``.xlsx``, else ``csv``.

    >>> output_format("hasil.XLSX"), output_format("hasil.csv")
    ('xlsx', 'csv')
    """
    return "xlsx" if name.lower().endswith(".xlsx") else "csv"


@dataclass(frozen=True)
class Coded:
    """A coded file: its bytes, the coded and blank rows' counts."""

    content: bytes
    coded: int
    blank: int


def code_upload(name: str, content: bytes, column: str, *, top: int = 3,
                sheet: str | None = None, fmt: str = "csv",
                progress: Progress | None = None) -> Coded:
    """Read the file ``name`` (CSV or XLSX, as bytes), code its ``column`` and give the
    result as ``fmt`` (``csv`` or ``xlsx``) bytes. Bad input raises
    :class:`InputError` naming the file."""
    if fmt not in FORMATS:
        raise InputError(Problem(Msg("kbli.bad_output", formats=", ".join(FORMATS)),
                                 column="format"))
    if progress is not None:
        progress(0.02, "jobs.step.reading")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (Path(name).name or "upload.csv")
        path.write_bytes(content)
        table = read_table(path, sheet=sheet)
    header, rows, blank = code_table(table, column, top=top, file=Path(name).name,
                                     progress=progress)
    if progress is not None:
        progress(0.97, "jobs.step.files")
    data = xlsx_bytes(header, rows) if fmt == "xlsx" else csv_bytes(header, rows)
    return Coded(data, len(rows) - blank, blank)
