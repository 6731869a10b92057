"""Readers for the files users have: BPS exports, Dalam Angka tables, tidy long tables.

:func:`read_panel` takes files and folders in any of these layouts, detects each file's
layout and combines one-file-per-year inputs into one multi-year :class:`~rancang.Panel`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rancang.errors import InputError, Problem
from rancang.panel import Panel
from rancang.sources.bps_pdrb import looks_like_bps_pdrb, read_bps_pdrb
from rancang.sources.combine import combine_years
from rancang.sources.dalam_angka import looks_like_dalam_angka, read_dalam_angka
from rancang.sources.long import looks_like_long, read_long, read_table

LAYOUTS = ("bps_pdrb", "dalam_angka", "long")
_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")

__all__ = [
    "LAYOUTS",
    "combine_years",
    "detect_layout",
    "expand_paths",
    "read_bps_pdrb",
    "read_dalam_angka",
    "read_long",
    "read_panel",
]


def detect_layout(path: str | Path) -> str:
    """``bps_pdrb``, ``dalam_angka`` or ``long``; InputError when none fits."""
    path = Path(path)
    if path.suffix.lower() not in _SUFFIXES:
        raise InputError(Problem(
            f"unsupported file type {path.suffix!r} (use .xlsx or .csv)", file=path.name))
    if looks_like_bps_pdrb(path):
        return "bps_pdrb"
    try:
        frame, _ = read_table(path)
        if looks_like_long(frame):
            return "long"
    except InputError:
        pass
    if looks_like_dalam_angka(path):
        return "dalam_angka"
    raise InputError(Problem(
        "layout not recognised: expected a BPS PDRB export (header 'KodeWilayah'), a tidy "
        "table (region_code, industry_code, year, value) or a Dalam Angka table (category "
        "rows, year columns)", file=path.name))


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given, folders expanded to their .xlsx/.csv files (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in _SUFFIXES
                           and not f.name.startswith(("~$", ".")))
            if not found:
                raise InputError(Problem("folder holds no .xlsx or .csv file", file=str(p)))
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(Problem("file not found", file=str(p)))
    return out


def read_panel(paths: Sequence[str | Path] | str | Path) -> Panel:
    """Read files/folders in any supported layout into one multi-year Panel."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = expand_paths(paths)
    readers = {"bps_pdrb": read_bps_pdrb, "dalam_angka": read_dalam_angka, "long": read_long}
    panels = [readers[detect_layout(f)](f) for f in files]
    return combine_years(panels)
