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

__all__ = [
    "EXCEL_SUFFIXES",
    "DamagedWorkbookError",
    "Joined",
    "PanelLabels",
    "Where",
    "col_letter",
    "damaged_workbook",
    "duplicate_headers",
    "grid_of",
    "hidden_sheets",
    "hidden_sheets_only",
    "load_sheets",
    "parse_number",
    "parse_numbers",
    "refuse_uncomputed",
    "visible_sheets",
]


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


class UncomputedFormulaError(DamagedWorkbookError):
    """A workbook holding a formula saved without its value: refused like a damaged one
    (layout predicates let it through, so the user reads the cell, not "layout not
    recognised")."""


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
        sheets = tuple((name, sheet_text(reader, k))
                       for k, name in enumerate(reader.sheet_names))
    except Exception as exc:  # CalamineError and friends: truncated or not a workbook
        raise damaged_workbook(stamp[0], exc) from None
    refuse_uncomputed(Path(stamp[0]))
    return sheets


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
                         if str(reader.load_sheet(k, n_rows=1, header_row=None,
                                                  dtypes="string").visible) != "visible")
    except Exception as exc:
        raise damaged_workbook(stamp[0], exc) from None


def visible_sheets(path: Path) -> tuple[tuple[str, pl.DataFrame], ...]:
    """The sheets of :func:`load_sheets` a person sees in Excel (hidden ones left out): a
    reader taking "the first sheet" never reads a sheet nobody sees."""
    hidden = hidden_sheets(path)
    return tuple(s for s in load_sheets(path) if s[0] not in hidden)


def hidden_sheets_only(path: Path) -> tuple[tuple[str, pl.DataFrame], ...]:
    """Raise :class:`InputError` for a workbook whose every sheet is hidden (what a
    reader of :func:`visible_sheets` is left with); the return type lets a reader write
    ``visible_sheets(path) or hidden_sheets_only(path)``."""
    names = ", ".join(repr(s[0]) for s in load_sheets(path))
    raise InputError(Problem(Msg("sources.hidden_sheets_only", sheets=names),
                             file=path.name))


#: a formula cell (``<f>``) closed without a value (no ``<v>``): saved by a program that
#: does not compute formulas (a script), so the cell's value is unknown
_UNCOMPUTED = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3}[0-9]+)"[^>]*>\s*'
                         rb"<f\b[^>]*?(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")
_SHEET_ENTRY = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]+)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"'
                  rb'|<Relationship\b[^>]*?\bTarget="([^"]+)"[^>]*?\bId="([^"]+)"')
_CHUNK = 1 << 20


def uncomputed_formula(path: Path) -> tuple[str, str] | None:
    """(sheet, cell) of the first formula cell of a workbook saved without its value, or
    None. Real spreadsheet programs store each formula's last value; a file written by a
    script may not, and the reader would see an empty cell where the formula stands. The
    sheets' XML is streamed (1 MB at a time), so a large workbook is never held whole.
    """
    import html
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            targets: dict[str, str] = {}
            if "xl/_rels/workbook.xml.rels" in names:
                for m in _REL.finditer(archive.read("xl/_rels/workbook.xml.rels")):
                    rid, target = (m[1], m[2]) if m[1] else (m[4], m[3])
                    t = target.decode().lstrip("/")
                    targets[rid.decode()] = t if t.startswith("xl/") else f"xl/{t}"
            sheets: list[tuple[str, str]] = []
            if "xl/workbook.xml" in names:
                for m in _SHEET_ENTRY.finditer(archive.read("xl/workbook.xml")):
                    member = targets.get(m[2].decode())
                    if member in names:
                        sheets.append((html.unescape(m[1].decode("utf-8", "replace")),
                                       member))
            for sheet, member in sheets:
                with archive.open(member) as fh:
                    tail = b""
                    while chunk := fh.read(_CHUNK):
                        block = tail + chunk
                        if b"<f" in block:
                            found = _UNCOMPUTED.search(block)
                            if found:
                                return sheet, found[1].decode()
                        tail = block[-4096:]
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError):
        return None  # the workbook reader says it is damaged
    return None


def refuse_uncomputed(path: Path) -> None:
    """Raise :class:`InputError` naming the file, sheet and cell of a formula saved
    without its value (:func:`uncomputed_formula`)."""
    found = uncomputed_formula(path)
    if found is not None:
        sheet, cell = found
        raise UncomputedFormulaError(Problem(Msg("sources.uncomputed_formula", cell=cell),
                                 file=path.name, sheet=sheet,
                                 column=re.sub(r"[0-9]+", "", cell),
                                 row=int(re.sub(r"[A-Z]+", "", cell))))


def duplicate_headers(header: Iterable[object], *, file: str, sheet: str | None = None,
                      row: int = 1) -> list[Problem]:
    """A problem for every heading (case and spaces ignored, blanks left out) that names a
    second column: a reader would take one and silently drop the other.

    >>> [p.column for p in duplicate_headers(["Nama", "KBLI", " nama "], file="a.csv")]
    ['C']
    """
    seen: dict[str, int] = {}
    problems = []
    for k, raw in enumerate(header):
        key = " ".join(str(raw or "").split()).lower()
        if not key:
            continue
        if key in seen:
            problems.append(Problem(Msg("sources.duplicate_header", column=str(raw).strip(),
                                        first=col_letter(seen[key]), second=col_letter(k)),
                                    file=file, sheet=sheet, row=row, column=col_letter(k)))
        else:
            seen[key] = k
    return problems


def grid_of(frame: pl.DataFrame) -> list[list[str | None]]:
    """Rows of a text frame as lists (None for empty cells)."""
    return [[c if c != "" else None for c in row] for row in frame.iter_rows()]
