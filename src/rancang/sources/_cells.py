"""Cell-level helpers shared by the readers: sheets as text grids, numbers, column letters."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, NotRequired, TypedDict

import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, render_text
from rancang.sources.numbers import parse_number, parse_numbers

__all__ = ["EXCEL_SUFFIXES", "DamagedWorkbookError", "Joined", "PanelLabels", "Where",
           "col_letter", "damaged_workbook", "grid_of", "hidden_sheets", "load_sheets",
           "parse_number", "parse_numbers"]


class Joined(Msg):
    """Texts and messages joined by ``sep``, each message rendered in the language of the
    message that holds this one as a parameter (a list of repairs, of missing regions).

    >>> from rancang.core.i18n import language
    >>> m = Msg("sources.combine.industries_differ", base="a.xlsx",
    ...         detail=Joined([Msg("sources.combine.lacks_codes", codes="B"), "x"], "; "))
    >>> with language("en"):
    ...     str(m)
    'industries differ from a.xlsx: lacks B; x'
    """

    __slots__ = ("parts", "sep")

    def __init__(self, parts: Iterable[str | Msg], sep: str = ", ") -> None:
        super().__init__("")
        self.parts: tuple[str | Msg, ...] = tuple(parts)
        self.sep = sep

    def render(self, lang: str | None = None) -> str:
        """The parts in ``lang`` (default: the current language), joined."""
        return self.sep.join(render_text(p, lang) for p in self.parts)

    def __repr__(self) -> str:
        return f"Joined({self.parts!r}, {self.sep!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Joined):
            return (self.parts, self.sep) == (other.parts, other.sep)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.parts, self.sep))


class Where(TypedDict, total=False):
    """Where the problems of one sheet are: ``Problem(msg, **where, row=..., column=...)``."""

    file: str | None
    sheet: str | None


class PanelLabels(TypedDict):
    """The labels a reader gives both its region panel and its reference panel."""

    industry_codes: tuple[str, ...]
    industry_names: tuple[str, ...]
    years: tuple[int, ...]
    measure: str
    unit: str
    sources: NotRequired[tuple[str, ...]]


class DamagedWorkbookError(InputError):
    """A file with a workbook suffix that cannot be opened (truncated, damaged, not xlsx).

    Layout predicates (``looks_like_*``) let it through instead of answering False, so that
    the user reads "damaged" rather than "layout not recognised".
    """


def damaged_workbook(path: str | Path, exc: BaseException | None = None) -> DamagedWorkbookError:
    """The error for a workbook that cannot be opened, naming the file and the cause."""
    detail = f" ({type(exc).__name__}: {str(exc).strip()[:120]})" if exc is not None else ""
    return DamagedWorkbookError(Problem(Msg("sources.damaged_workbook", detail=detail),
                                       file=Path(path).name))


EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls")
#: calamine's names of the spreadsheet error values, as the spreadsheet shows them.
_EXCEL_ERRORS = {"Ref": "#REF!", "Div0": "#DIV/0!", "NA": "#N/A", "Value": "#VALUE!",
                 "Name": "#NAME?", "Num": "#NUM!", "Null": "#NULL!",
                 "GettingData": "#GETTING_DATA"}
_ERROR_DETAIL = re.compile(r"Error\((\w+)\)")


def col_letter(index: int) -> str:
    """Spreadsheet column letter of a 0-based column index.

    Example
    -------
    >>> [col_letter(i) for i in (0, 25, 26, 27)]
    ['A', 'Z', 'AA', 'AB']
    """
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path.resolve()), st.st_mtime_ns, st.st_size


@lru_cache(maxsize=2)
def _sheets(stamp: tuple[str, int, int]) -> tuple[tuple[str, pl.DataFrame], ...]:
    import fastexcel

    try:
        reader = fastexcel.read_excel(stamp[0])
        return tuple((name, sheet_text(reader, k)) for k, name in enumerate(reader.sheet_names))
    except Exception as exc:  # CalamineError and friends: truncated or not a workbook
        raise damaged_workbook(stamp[0], exc) from None


def sheet_text(reader: Any, k: int | str, **options: Any) -> pl.DataFrame:
    """One sheet (index or name) as text cells, spreadsheet errors kept as the text Excel
    shows (``#REF!``), so that the readers refuse them with their location instead of
    reading an empty cell; ``options`` go to fastexcel's ``load_sheet`` (``skip_rows``)."""
    batch, errors = reader.load_sheet(k, header_row=None, dtypes="string", **options) \
        .to_arrow_with_errors()
    frame = pl.DataFrame(pl.from_arrow(batch))
    if errors is None or not errors.errors:
        return frame
    cols = [list(frame[c]) for c in frame.columns]
    for e in errors.errors:
        row, col = e.offset_position
        found = _ERROR_DETAIL.search(str(e.detail))
        if found and row < frame.height and col < frame.width:
            cols[col][row] = _EXCEL_ERRORS.get(found.group(1), f"#{found.group(1).upper()}!")
    return pl.DataFrame({c: pl.Series(c, v, dtype=pl.String)
                         for c, v in zip(frame.columns, cols, strict=True)})


def load_sheets(path: Path) -> tuple[tuple[str, pl.DataFrame], ...]:
    """Every sheet of a workbook as a frame of text cells (no header row).

    Raises :class:`DamagedWorkbookError` when the file cannot be opened as a workbook.

    The last two workbooks read are kept (keyed by path, size and modification time), so
    detecting a layout and then reading the file parses it once.
    """
    return _sheets(_stamp(path))


def hidden_sheets(path: Path) -> frozenset[str]:
    """Names of the sheets of a workbook that are hidden (or very hidden) in Excel.

    A damaged workbook raises :class:`DamagedWorkbookError`, like :func:`load_sheets`.
    """
    return _hidden(_stamp(path))


@lru_cache(maxsize=2)
def _hidden(stamp: tuple[str, int, int]) -> frozenset[str]:
    import fastexcel

    try:
        reader = fastexcel.read_excel(stamp[0])
        return frozenset(name for k, name in enumerate(reader.sheet_names)
                         if str(reader.load_sheet(k, n_rows=1).visible) != "visible")
    except Exception as exc:
        raise damaged_workbook(stamp[0], exc) from None


def grid_of(frame: pl.DataFrame) -> list[list[str | None]]:
    """Rows of a text frame as lists (None for empty cells)."""
    return [[c if c != "" else None for c in row] for row in frame.iter_rows()]
