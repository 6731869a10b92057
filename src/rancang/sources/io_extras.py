"""Small CSV inputs of ``rancang io``: a sector mapping and an employment vector.

* Mapping (``--mapping``): columns ``io_sector,pdrb_category``, one row per IO sector,
  mapping the sectors of a 52/185-sector table onto the 17 PDRB categories (letters or
  titles, as :func:`rancang.reference.pdrb.category_from_title` reads them).
* Employment (``--employment``): columns ``sector,workers``, workers per IO sector of the
  economy analysed (the region with ``--region``, otherwise the table's economy).
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.reference.pdrb import category_from_title
from rancang.sources._cells import parse_number

__all__ = ["read_employment", "read_sector_mapping"]


def _read(path: Path, columns: tuple[str, str]) -> pl.DataFrame:
    if not path.is_file():
        raise InputError(Problem(Msg("sources.file_not_found"), file=str(path)))
    try:
        frame = pl.read_csv(path, infer_schema=False)
    except Exception as exc:
        raise InputError(Problem(Msg("sources.csv_unreadable", error=str(exc)),
                                 file=path.name)) from None
    frame = frame.rename({c: c.strip().lower() for c in frame.columns})
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(Problem(Msg("sources.extras.missing_columns",
                                     missing=", ".join(missing), expected=",".join(columns)),
                                 file=path.name, row=1))
    return frame


def read_sector_mapping(path: str | Path) -> dict[str, str]:
    """IO sector code -> PDRB category code, from ``io_sector,pdrb_category``.

    Raises
    ------
    InputError
        Missing columns, unknown categories or a sector listed twice (file, row, column).
    """
    path = Path(path)
    frame = _read(path, ("io_sector", "pdrb_category"))
    out: dict[str, str] = {}
    problems = []
    for k, (sector, cat) in enumerate(frame.select("io_sector", "pdrb_category").iter_rows()):
        row = k + 2
        code = category_from_title(cat or "")
        if code is None:
            problems.append(Problem(Msg("sources.unknown_pdrb_category", code=cat),
                                    file=path.name, row=row, column="pdrb_category"))
            continue
        key = str(sector or "").strip()
        if key in out:
            problems.append(Problem(Msg("sources.extras.sector_twice", code=key),
                                    file=path.name, row=row, column="io_sector"))
        out[key] = code
    if problems:
        raise InputError(problems)
    return out


def read_employment(path: str | Path) -> dict[str, float]:
    """Sector code -> workers, from ``sector,workers`` (text in a number cell is an error)."""
    path = Path(path)
    frame = _read(path, ("sector", "workers"))
    out: dict[str, float] = {}
    problems = []
    for k, (sector, workers) in enumerate(frame.select("sector", "workers").iter_rows()):
        value = parse_number(workers)
        if value is None or value < 0:
            problems.append(Problem(Msg("sources.extras.workers", value=workers),
                                    file=path.name, row=k + 2, column="workers"))
            continue
        out[str(sector or "").strip()] = value
    if problems:
        raise InputError(problems)
    return out
