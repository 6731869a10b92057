"""Rows of the workbooks and CSV files people fill in (capture form, attendance list,
answers): the header found on the first row, each later row with its spreadsheet row
number, every cell as trimmed text. Reading goes through the library's readers
(:func:`rancang.sources._cells.load_sheets`, :func:`rancang.sources.csv_text.read_csv_rows`)
so damaged workbooks, encodings and spreadsheet errors are handled once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import text_problem
from rancang.features.consult.vocab import norm


@dataclass
class Rows:
    """A table read from a file: its file and sheet names, header and data rows."""

    file: str
    sheet: str | None
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    #: the file's own heading of each column key
    names: dict[str, str] = field(default_factory=dict)

    def named(self, problems: list[Problem]) -> list[Problem]:
        """``problems`` with their columns named as the file names them."""
        return [Problem(p.message, file=p.file, sheet=p.sheet, row=p.row,
                        column=self.names.get(p.column or "", p.column)) for p in problems]

    def problem(self, msg: Msg, row: int | None = None, column: str | None = None) -> Problem:
        """A problem located in this table."""
        return Problem(msg, file=self.file, sheet=self.sheet, row=row, column=column)


def read_rows(path: Path, *, sheet: str | None = None,
              aliases: dict[str, tuple[str, ...]]) -> Rows:
    """The table of ``path`` (CSV, or the sheet ``sheet`` of a workbook, else its first),
    with the columns renamed to the keys of ``aliases`` (``{"name": ("nama", "name")}``);
    blank rows left out; a cell holding control characters refused with its place."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        grid = _csv_grid(path)
        found_sheet = None
    elif suffix in (".xlsx", ".xlsm"):
        from rancang.sources._cells import visible_sheets

        sheets = visible_sheets(path)  # a hidden sheet is never read
        chosen = [s for s in sheets if sheet is None or norm(s[0]) == norm(sheet)]
        if not chosen:
            raise InputError(Problem(Msg("consult.file.no_sheet", sheet=sheet or ""),
                                     file=path.name))
        found_sheet, frame = chosen[0]
        grid = [["" if c is None else str(c) for c in r] for r in frame.iter_rows()]
    else:
        raise InputError(Problem(Msg("consult.file.type", suffix=suffix), file=path.name))
    if not grid:
        raise InputError(Problem(Msg("consult.file.empty"), file=path.name, sheet=found_sheet))
    from rancang.sources._cells import duplicate_headers
    from rancang.sources.numbers import is_spreadsheet_error

    lookup = {norm(a): key for key, names in aliases.items() for a in (key, *names)}
    header = [lookup.get(norm(h), norm(h)) for h in grid[0]]
    table = Rows(path.name, found_sheet, header, [],
                 {h: str(raw).strip() for h, raw in zip(header, grid[0], strict=False)})
    # two headings naming one column (``nama`` twice, or ``nama`` and ``name``)
    problems = duplicate_headers(header, file=path.name, sheet=found_sheet)
    for k, raw in enumerate(grid[1:], start=2):
        cells = {h: str(v).strip() for h, v in zip(header, raw, strict=False) if h}
        if not any(cells.values()):
            continue
        for h, v in cells.items():
            bad = (Msg("sources.spreadsheet_error", value=v) if is_spreadsheet_error(v)
                   else text_problem(v, max_length=10_000))
            if bad is not None:
                problems.append(table.problem(bad, k, h))
        table.rows.append((k, cells))
    if problems:
        raise InputError(problems)
    return table


def _csv_grid(path: Path) -> list[list[str]]:
    """The rows of a CSV file as offices save them (any encoding Excel writes, see
    :func:`rancang.sources.csv_text.decode_csv`). The separator is the library's guess
    (:func:`rancang.sources.csv_text.sniff_separator`) unless the header row, which holds
    no quotes in these files, says otherwise: a long answer running over several lines
    can leave the guess at ``,`` for a ``;`` file."""
    import csv
    import io

    from rancang.sources.csv_text import SEPARATORS, decode_csv, sniff_separator

    text, _ = decode_csv(path.read_bytes(), path.name)
    sep, body = sniff_separator(text)
    header = body.partition("\n")[0]
    by_header = max(SEPARATORS, key=header.count)
    if header.count(by_header) > header.count(sep):
        sep = by_header
    try:
        return list(csv.reader(io.StringIO(body, newline=""), delimiter=sep))
    except csv.Error as exc:
        raise InputError(Problem(Msg("sources.csv_unreadable", error=str(exc)[:200]),
                                 file=path.name)) from None


def plain_cell(value: str) -> str:
    """A text cell read back as it was before :func:`rancang.core.cells.safe_cell` put
    an apostrophe before it (a text that would start a formula), so that a file written
    and read back leaves a text unchanged.

    >>> plain_cell("'=HYPERLINK(1)"), plain_cell("'- poin satu"), plain_cell("'tulisan")
    ('=HYPERLINK(1)', '- poin satu', "'tulisan")
    """
    from rancang.core.cells import safe_cell

    if value.startswith("'") and safe_cell(value[1:]) == value:
        return value[1:]
    return value


def need_columns(table: Rows, columns: tuple[str, ...]) -> None:
    """Refuse a table without one of ``columns`` (naming each missing column)."""
    missing = [c for c in columns if c not in table.header]
    if missing:
        raise InputError([table.problem(Msg("consult.file.no_column"), column=c)
                          for c in missing])


def parse_date(value: str) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from ``2026-05-12``, ``2026-05-12 00:00:00``,
    ``12/05/2026`` or ``12-05-2026``; None when it is no date.

    >>> parse_date("2026-05-12 00:00:00"), parse_date("12/05/2026"), parse_date("besok")
    ('2026-05-12', '2026-05-12', None)
    """
    import re
    from datetime import date

    v = value.strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$", v)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    else:
        m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", v)
        if not m:
            return None
        d, mo, y = (int(x) for x in m.groups())
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None
