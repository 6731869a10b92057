"""Code a column of a CSV or XLSX file: the input columns plus the best classes."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rancang.core.cells import safe_cell
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.kbli.coder import KbliCoder

MAX_TOP = 10


@dataclass(frozen=True)
class Table:
    """A read file: its header and rows of text (``sheet`` for XLSX)."""

    header: list[str]
    rows: list[list[str]]
    sheet: str | None = None


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """Read a CSV (UTF-8, comma or semicolon) or the first (or named) sheet of an XLSX.

    Raises :class:`InputError` naming the file when it cannot be read or has no data rows.
    """
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            text = path.read_text(encoding="utf-8-sig")
            first = text.split("\n", 1)[0]
            delimiter = ";" if first.count(";") > first.count(",") else ","
            rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
            table = Table(header=rows[0] if rows else [], rows=rows[1:])
        elif suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            ws = wb[sheet] if sheet else wb.worksheets[0]
            values = [["" if v is None else str(v) for v in r]
                      for r in ws.iter_rows(values_only=True)]
            wb.close()
            table = Table(header=values[0] if values else [], rows=values[1:], sheet=ws.title)
        else:
            raise InputError(Problem(Msg("kbli.bad_format"), file=path.name))
    except InputError:
        raise
    except (OSError, UnicodeDecodeError, KeyError, ValueError, csv.Error) as exc:
        raise InputError(Problem(Msg("kbli.cannot_read", error=str(exc)),
                                 file=path.name)) from exc
    if not table.rows:
        raise InputError(Problem(Msg("kbli.empty_file"), file=path.name, sheet=table.sheet))
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
               coder: KbliCoder | None = None) -> tuple[list[str], list[list[str]], int]:
    """Suggest classes for every row's ``column``; returns (header, rows, blank rows).

    A blank cell gets blank suggestions. The column is found by its header, ignoring case and
    surrounding spaces.
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
    seen: dict[str, list[str]] = {}
    for text, found in zip(unique, coder.suggest_many(unique, top=top), strict=True):
        cells = [""] * len(extra)
        for k, s in enumerate(found):
            cells[3 * k: 3 * k + 3] = [s.code, s.title, f"{s.score:.3f}"]
        if found:
            cells[-1] = " ".join(found[0].matched)
        seen[text] = cells
    out: list[list[str]] = []
    blank = 0
    for row in rows:
        text = row[idx].strip()
        if not text:
            blank += 1
        out.append(row + seen.get(text, [""] * len(extra)))
    return [*table.header, *extra], out, blank


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Write UTF-8 CSV (the folder is created); no text cell starts a formula."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([safe_cell(h) for h in header])
        w.writerows([safe_cell(v) for v in row] for row in rows)
