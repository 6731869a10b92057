"""Readers for the files users have (behind :mod:`rancang.sources`): BPS exports, Dalam
Angka tables, tidy long tables.

:func:`read_panel` takes files and folders in any of these layouts, detects each file's
layout and combines one-file-per-year inputs into one multi-year :class:`~rancang.Panel`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.panel import Panel
from rancang.sources.bps_pdrb import looks_like_bps_pdrb, read_bps_pdrb
from rancang.sources.checks import (
    BPS_TOTALS_MODES,
    TotalCheck,
    apply_repairs,
    check_totals,
    total_discrepancies,
)
from rancang.sources.combine import combine_years, require_consecutive_years
from rancang.sources.dalam_angka import looks_like_dalam_angka, read_dalam_angka
from rancang.sources.long import MISSING_MODES, looks_like_long, read_long, read_table

LAYOUTS = ("bps_pdrb", "dalam_angka", "long")
_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")

__all__ = [
    "BPS_TOTALS_MODES",
    "LAYOUTS",
    "TotalCheck",
    "apply_repairs",
    "check_totals",
    "combine_years",
    "detect_layout",
    "expand_paths",
    "read_bps_pdrb",
    "read_dalam_angka",
    "read_long",
    "read_panel",
    "read_panel_checked",
    "total_discrepancies",
]


def detect_layout(path: str | Path) -> str:
    """The layout of one input file: ``bps_pdrb``, ``dalam_angka`` or ``long``.

    Parameters
    ----------
    path : str or Path
        An .xlsx/.xlsm/.xls or .csv file.

    Returns
    -------
    str
        ``bps_pdrb`` (a ``KodeWilayah`` header in the first 15 rows of the first sheet),
        ``long`` (columns region_code, industry_code, year, value) or ``dalam_angka`` (a row
        of years with category rows below it), tried in that order.

    Raises
    ------
    InputError
        Unsupported file type, or no layout fits (the message lists what was expected).

    Example
    -------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = f.write_text("region_code,industry_code,year,value\\n7203,C,2020,1\\n")
    >>> detect_layout(f)
    'long'
    """
    path = Path(path)
    if path.suffix.lower() not in _SUFFIXES:
        raise InputError(Problem(Msg("sources.unsupported_type", suffix=path.suffix),
                                 file=path.name))
    if looks_like_bps_pdrb(path):
        return "bps_pdrb"
    try:
        frame, _ = read_table(path, head=True)
        if looks_like_long(frame):
            return "long"
    except InputError:
        pass
    if looks_like_dalam_angka(path):
        return "dalam_angka"
    raise InputError(Problem(Msg("sources.layout_unknown"), file=path.name))


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given, folders expanded to their .xlsx/.csv files (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in _SUFFIXES
                           and not f.name.startswith(("~$", ".")))
            if not found:
                raise InputError(Problem(Msg("sources.folder_empty"), file=str(p)))
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(Problem(Msg("sources.file_not_found"), file=str(p)))
    return out


def read_panel(
    paths: Sequence[str | Path] | str | Path, *, bps_totals: str = "warn",
    allow_gaps: bool = False, missing: str = "refuse",
) -> Panel:
    """Read files and folders in any supported layout into one multi-year Panel.

    Parameters
    ----------
    paths : str, Path or a sequence of them
        Files and/or folders; a folder stands for its .xlsx/.csv files, sorted by name.
    bps_totals : {"warn", "repair", "stop"}, default "warn"
        What to do with BPS rows whose categories miss the published total column (see
        :func:`read_panel_checked`, which also returns the checks). ``warn`` keeps the
        values as published, which is what a reader should do unless told otherwise;
        ``rancang analyze`` repairs by default and lists every repair.
    allow_gaps : bool, default False
        Accept years with gaps (census years 2006, 2016, 2026) for the methods that work
        on any years (LQ, classic shift-share, specialisation, Klassen, complexity); by
        default a missing year is refused, naming it.
    missing : {"refuse", "zero"}, default "refuse"
        Cells a tidy long table leaves out: refused, or zeros (sparse tables, the
        convention of complexity analysis; :func:`~rancang.sources.long.read_long`). BPS
        exports and Dalam Angka tables keep refusing empty cells.

    Returns
    -------
    Panel
        One panel over every year of the inputs (one file per year, or several years per
        file), with the reference rows (province, national, "Acuan") in ``references``.

    Raises
    ------
    InputError
        From the readers (file, sheet, row, column of every problem) or from combining:
        a year in two files, regions or industries that differ between files (naming the
        file and the missing region).

    Example
    -------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for y, v in ((2019, 1.0), (2020, 2.0)):
    ...     _ = (d / f"{y}.csv").write_text(
    ...         f"region_code,industry_code,year,value\\n7203,C,{y},{v}\\n7206,C,{y},3\\n")
    >>> p = read_panel([d])
    >>> p.years, p.values[p.region_index("72.06"), 0].tolist()
    ((2019, 2020), [1.0, 2.0])
    """
    return _read(paths, bps_totals=bps_totals, check=bps_totals != "warn",
                 allow_gaps=allow_gaps, missing=missing)[0]


def read_panel_checked(
    paths: Sequence[str | Path] | str | Path, *, bps_totals: str = "repair",
    tolerance: float = 0.001, allow_gaps: bool = False, missing: str = "refuse",
) -> tuple[Panel, list[TotalCheck]]:
    """:func:`read_panel` plus the total-column checks of every BPS file.

    Parameters
    ----------
    paths : str, Path or a sequence of them
        As :func:`read_panel`.
    bps_totals : {"warn", "repair", "stop"}, default "repair"
        ``repair`` applies every unique lost-decimal-point correction
        (:func:`~rancang.sources.checks.find_repair`) and keeps the other flagged rows as
        published; ``warn`` applies nothing; ``stop`` raises :class:`InputError` listing
        every flagged row (file, sheet, row, column) when there is any.
    tolerance : float, default 0.001
        Largest accepted ``|sum of categories / total - 1|``.
    allow_gaps, missing
        As :func:`read_panel`.

    Returns
    -------
    (Panel, list of TotalCheck)
        The panel (repaired when asked) and one check per flagged region-year, with
        ``applied`` telling whether its repair was written.

    Example
    -------
    >>> panel, checks = read_panel_checked("bps-pdrb/")  # doctest: +SKIP
    >>> [c.problem().text("en") for c in checks if c.applied][:1]  # doctest: +SKIP
    ["file ... 2014.xlsx, ...: region 3216 2014: ...; repaired: B (column J) 269242 -> 2692.42"]
    """
    return _read(paths, bps_totals=bps_totals, check=True, tolerance=tolerance,
                 allow_gaps=allow_gaps, missing=missing)


def _read(
    paths: Sequence[str | Path] | str | Path, *, bps_totals: str, check: bool,
    tolerance: float = 0.001, allow_gaps: bool = False, missing: str = "refuse",
) -> tuple[Panel, list[TotalCheck]]:
    """Read every file with its layout's reader; ``check`` runs the BPS total checks
    (only worth their second pass over each BPS file when they are used)."""
    if bps_totals not in BPS_TOTALS_MODES:
        raise InputError(Problem(Msg("sources.bps_totals_mode",
                                     modes=", ".join(BPS_TOTALS_MODES), value=bps_totals)))
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = expand_paths(paths)
    if missing not in MISSING_MODES:
        raise InputError(Problem(Msg("sources.missing_mode", modes=", ".join(MISSING_MODES),
                                     value=missing)))
    readers: dict[str, Callable[[Path], Panel]] = {
        "bps_pdrb": read_bps_pdrb, "dalam_angka": read_dalam_angka,
        "long": partial(read_long, missing=missing)}
    panels: list[Panel] = []
    checks: list[TotalCheck] = []
    for f in files:
        layout = detect_layout(f)
        panel = readers[layout](f)
        if check and layout == "bps_pdrb":
            found = check_totals(f, panel, tolerance=tolerance)
            if bps_totals == "repair":
                panel, found = apply_repairs(panel, found)
            checks.extend(found)
        panels.append(panel)
    if bps_totals == "stop" and checks:
        raise InputError([c.problem() for c in checks])
    panel = combine_years(panels)
    return (panel if allow_gaps else require_consecutive_years(panel)), checks
