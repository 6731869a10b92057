"""Cell-level helpers shared by the readers: sheets as text grids, numbers, column letters."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NotRequired, TypedDict

import numpy as np
import numpy.typing as npt
import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, render_text


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


_NUMBER = re.compile(r"^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$")
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def parse_number(text: object) -> float | None:
    """A number as offices type it: ``1234.5``, ``1234,5``, ``1.234.567,8``; None if not.

    Parameters
    ----------
    text : the cell as text (or None).

    Returns
    -------
    The value as float, or None for an empty cell or text that is not a number.

    Notes
    -----
    With both separators present the last one is the decimal mark; a single comma is a
    decimal comma; several dots are thousands separators.

    Example
    -------
    >>> [parse_number(t) for t in ("12.5", "12,5", "1.234,5", "1,234.5", "x", "", "nan")]
    [12.5, 12.5, 1234.5, 1234.5, None, None, None]
    """
    if text is None:
        return None
    t = str(text).strip().replace(" ", "").replace("\u00a0", "")
    if not t:
        return None
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") \
            else t.replace(",", "")
    elif t.count(",") == 1:
        t = t.replace(",", ".")
    elif t.count(".") > 1:
        t = t.replace(".", "")
    if not _NUMBER.match(t):
        return None
    return float(t)


def parse_numbers(texts: pl.DataFrame) -> npt.NDArray[np.float64]:
    """Parse a block of text cells into floats at once (NaN where a cell is not a number).

    Parameters
    ----------
    texts : polars frame of String columns.

    Returns
    -------
    float64 array of the frame's shape.

    Notes
    -----
    Plain numbers are cast by polars in one pass; only the cells that fail (decimal commas,
    thousands separators, text) go through :func:`parse_number`.

    Example
    -------
    >>> parse_numbers(pl.DataFrame({"a": ["1.5", "2,5"], "b": ["x", None]})).tolist()
    [[1.5, nan], [2.5, nan]]
    """
    if texts.width == 0:
        return np.empty((texts.height, 0))
    out = texts.select(
        pl.all().cast(pl.String).str.strip_chars().cast(pl.Float64, strict=False)
    ).to_numpy().astype(np.float64, copy=True)
    out[~np.isfinite(out)] = np.nan
    for r, c in zip(*np.nonzero(np.isnan(out)), strict=True):
        v = parse_number(texts[int(r), int(c)])
        if v is not None:
            out[r, c] = v
    return out


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
        return tuple(
            (name, reader.load_sheet(k, header_row=None, dtypes="string").to_polars())
            for k, name in enumerate(reader.sheet_names)
        )
    except Exception as exc:  # CalamineError and friends: truncated or not a workbook
        raise damaged_workbook(stamp[0], exc) from None


def load_sheets(path: Path) -> tuple[tuple[str, pl.DataFrame], ...]:
    """Every sheet of a workbook as a frame of text cells (no header row).

    Raises :class:`DamagedWorkbookError` when the file cannot be opened as a workbook.

    The last two workbooks read are kept (keyed by path, size and modification time), so
    detecting a layout and then reading the file parses it once.
    """
    return _sheets(_stamp(path))


def grid_of(frame: pl.DataFrame) -> list[list[str | None]]:
    """Rows of a text frame as lists (None for empty cells)."""
    return [[c if c != "" else None for c in row] for row in frame.iter_rows()]
