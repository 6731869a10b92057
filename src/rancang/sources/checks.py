"""Plausibility checks on data that is well formed but may still be wrong.

BPS exports carry a total column beside the 17 categories. A row whose categories do not
add up to its total usually holds a typing error: a lost decimal point turns ``1097.42``
into ``109742``. :func:`check_totals` lists every such row and, where the published total
pins down the error, the repair; :func:`apply_repairs` applies them to a panel.

The repair rule (``--bps-totals repair``, the default of ``rancang analyze``): for a
flagged region-year with categories ``x_1..x_17`` and published total ``X``, look for a
correction that multiplies one category cell by ``f`` in ``{10^-1, 10^-2, 10^-3, 10^-4}``
so that

    | (sum_i x_i - x_k + f * x_k) / X - 1 | <= tolerance (0.1 %)

and apply it only when exactly one pair ``(k, f)`` does so. When no single cell reconciles
the row, pairs of cells ``(k, f), (l, g)`` are tried the same way (the 2014 row of
Lamongan, 3507, lost the decimal point of both B and C) and applied only when exactly one
pair fits. Rows with no unique correction are reported and kept as published.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from rancang.core.errors import Problem
from rancang.core.i18n import Msg, render_text
from rancang.panel import Panel
from rancang.reference.pdrb import is_total_title
from rancang.sources._cells import Joined, col_letter, parse_numbers
from rancang.sources.bps_pdrb import (
    NATIONAL_CODE,
    _value_columns,
    data_sheet,
    find_header_row,
    read_bps_pdrb,
)
from rancang.sources.numbers import detect_decimal

BPS_TOTALS_MODES = ("warn", "repair", "stop")
REPAIR_FACTORS = (0.1, 0.01, 0.001, 0.0001)


@dataclass(frozen=True)
class CellFix:
    """One cell of a repair: category, spreadsheet column, value as published and repaired."""

    industry_code: str
    column: str
    old: float
    new: float
    factor: float


@dataclass(frozen=True)
class TotalCheck:
    """A region-year whose categories do not add up to the published total column.

    ``status`` is ``repaired`` (one unique correction found; ``fixes`` lists its cells, and
    it is applied unless the mode is ``warn``), or ``not_repaired`` (``candidates`` is the
    number of corrections that fit: 0 = none, 2+ = ambiguous).
    """

    file: str
    sheet: str
    row: int
    column: str
    region_code: str
    year: int
    summed: float
    total: float
    fixes: tuple[CellFix, ...] = ()
    candidates: int = 0
    applied: bool = False

    @property
    def status(self) -> str:
        return "repaired" if self.fixes else "not_repaired"

    def problem(self) -> Problem:
        """The check as a located :class:`~rancang.core.errors.Problem` (at the total cell)."""
        rel = self.summed / self.total - 1 if self.total else np.inf
        outcome: Msg
        if self.fixes:
            fixes = Joined(Msg("sources.check.fix", code=f.industry_code, column=f.column,
                               old=f.old, new=f.new) for f in self.fixes)
            outcome = Msg("sources.check.repaired" if self.applied
                          else "sources.check.repair_found", fixes=fixes)
        elif self.candidates > 1:
            outcome = Msg("sources.check.ambiguous", n=self.candidates)
        else:
            outcome = Msg("sources.check.no_repair")
        msg = Msg("sources.check.total", region=self.region_code, year=self.year,
                  summed=self.summed, total=self.total, rel=rel, outcome=outcome)
        return Problem(msg, file=self.file, sheet=self.sheet, row=self.row, column=self.column)

    def as_row(self) -> dict[str, object]:
        """One line of ``checks.csv`` (the message in the current language)."""
        return {
            "file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column,
            "region_code": self.region_code, "year": self.year,
            "categories_sum": round(self.summed, 6), "published_total": self.total,
            "status": ("repaired" if self.applied else
                       "repair_not_applied" if self.fixes else "not_repaired"),
            "repair": "; ".join(f"{f.industry_code} {f.column} {f.old:.2f} -> {f.new:.2f}"
                                for f in self.fixes),
            "message": render_text(self.problem().message),
        }


def find_repair(
    values: np.ndarray, total: float, *, tolerance: float = 0.001, max_cells: int = 2,
    factors: Sequence[float] = REPAIR_FACTORS,
) -> tuple[list[tuple[int, float]] | None, int]:
    """The unique lost-decimal-point correction that reconciles ``values`` with ``total``.

    Parameters
    ----------
    values : ndarray of shape (I,)
        The category cells of one region-year as published.
    total : float
        The published total of the row.
    tolerance : float, default 0.001
        Largest accepted ``|sum' / total - 1|`` after the correction.
    max_cells : int, default 2
        Corrections of 1 cell are tried first; 2 cells only when no 1-cell correction fits.
    factors : sequence of float
        Power-of-ten factors tried for each cell (``10^-1 .. 10^-4``).

    Returns
    -------
    (fix, n)
        ``fix`` is ``[(cell index, factor), ...]`` when exactly one correction of the
        smallest size fits, else None; ``n`` is the number of corrections of that size
        that fit (0: none at any size).

    Example
    -------
    >>> find_repair(np.array([10.0, 2000.0, 5.0]), 35.0)
    ([(1, 0.01)], 1)
    >>> find_repair(np.array([10.0, 20.0]), 25.0)[0] is None
    True
    """
    x = np.asarray(values, dtype=np.float64)
    if not total or not np.isfinite(total):
        return None, 0
    base = float(x.sum())
    f = np.asarray(factors, dtype=np.float64)
    delta = x[:, None] * (f[None, :] - 1.0)  # (I, F): change of the sum per cell and factor
    for size in range(1, max_cells + 1):
        found: list[list[tuple[int, float]]] = []
        for cells in itertools.combinations(range(len(x)), size):
            if any(x[c] == 0 for c in cells):
                continue
            for combo in itertools.product(range(len(f)), repeat=size):
                s = base + sum(delta[c, k] for c, k in zip(cells, combo, strict=True))
                if abs(s / total - 1.0) <= tolerance:
                    found.append([(c, float(f[k])) for c, k in zip(cells, combo, strict=True)])
        if found:
            return (found[0] if len(found) == 1 else None), len(found)
    return None, 0


def check_totals(
    path: str | Path, panel: Panel | None = None, *, tolerance: float = 0.001
) -> list[TotalCheck]:
    """Every region-year of a BPS export whose categories miss the total column, with repairs.

    Parameters
    ----------
    path : str or Path
        A BPS web-table export (as read by :func:`~rancang.sources.read_bps_pdrb`).
    panel : Panel, optional
        The panel already read from ``path`` (read again when not given).
    tolerance : float, default 0.001
        Largest accepted relative difference ``|sum / total - 1|`` (0.1 %).

    Returns
    -------
    list of TotalCheck
        Regions and reference rows (not the national row ``9999``: its total also holds net
        taxes on products); located at the total cell; ``fixes`` set when
        :func:`find_repair` finds a unique correction (not applied here).
    """
    path = Path(path)
    panel = panel if panel is not None else read_bps_pdrb(path)
    sheet, frame = data_sheet(path)
    head = frame.head(15).rows()
    h = find_header_row(head)
    assert h is not None  # read_bps_pdrb succeeded
    raw_header = [str(c).strip() if c is not None else "" for c in head[h]]
    header = [c.lower().replace(" ", "") for c in raw_header]
    code_col = header.index("kodewilayah")
    totals = {(int(str(head[h][c]).strip()), c) for c in range(len(header))
              if head[h - 1][c] and is_total_title(str(head[h - 1][c]))
              and re.fullmatch(r"\d{4}", str(head[h][c] or "").strip())}
    value_cols, _ = _value_columns(list(head[h - 1]), raw_header,
                                   header.index("namawilayah") + 1, h, {})
    cat_col = {(k, y): c for c, k, y in value_cols}
    data = frame.slice(h + 1)
    codes = [str(v or "").strip() for v in data[frame.columns[code_col]].to_list()]
    rows = {(c[:-2] if re.fullmatch(r"\d+\.0", c) else c): k
            for k, c in enumerate(codes) if c}
    checks: list[TotalCheck] = []
    blocks = [(panel.region_codes, panel.values)]
    if panel.references is not None:
        blocks.append((panel.references.region_codes, panel.references.values))
    decimal = detect_decimal(data.select([frame.columns[c] for c, _, _ in value_cols]))
    for year, col in sorted(totals):
        t = panel.years.index(year)
        published = parse_numbers(data.select(frame.columns[col]), decimal)[:, 0]
        for codes_, values in blocks:
            for k, code in enumerate(codes_):
                if code == NATIONAL_CODE:
                    continue
                r = rows[code]
                total, x = float(published[r]), values[k, :, t]
                summed = float(x.sum())
                if np.isnan(total) or (total == 0 and summed == 0):
                    continue
                rel = summed / total - 1 if total else np.inf
                if abs(rel) <= tolerance:
                    continue
                fix, n = find_repair(x, total, tolerance=tolerance)
                fixes = tuple(
                    CellFix(panel.industry_codes[i], col_letter(cat_col[(panel.industry_codes[i],
                                                                         year)]),
                            float(x[i]), round(float(x[i]) * f, 6), f)
                    for i, f in (fix or []))
                checks.append(TotalCheck(
                    file=path.name, sheet=sheet, row=h + r + 2, column=col_letter(col),
                    region_code=code, year=year, summed=summed, total=total,
                    fixes=fixes, candidates=n))
    return checks


def apply_repairs(panel: Panel, checks: Sequence[TotalCheck]) -> tuple[Panel, list[TotalCheck]]:
    """Apply the unique repairs of ``checks`` to ``panel`` (regions and reference rows).

    Returns the repaired panel (a copy; ``panel`` is unchanged) and the checks with
    ``applied`` set on those whose repair was written.
    """
    values = panel.values.copy()
    refs = panel.references
    rvalues = refs.values.copy() if refs is not None else None
    out: list[TotalCheck] = []
    for chk in checks:
        if not chk.fixes:
            out.append(chk)
            continue
        if panel.has_region(chk.region_code):
            target, r = values, panel.region_index(chk.region_code)
        elif refs is not None and rvalues is not None and refs.has_region(chk.region_code):
            target, r = rvalues, refs.region_index(chk.region_code)
        else:  # pragma: no cover - checks come from the same file
            out.append(chk)
            continue
        t = panel.years.index(chk.year)
        for fix in chk.fixes:
            target[r, panel.industry_codes.index(fix.industry_code), t] = fix.new
        out.append(replace(chk, applied=True))
    new_refs = replace(refs, values=rvalues) if refs is not None and rvalues is not None \
        else None
    return replace(panel, values=values, references=new_refs), out


def total_discrepancies(path: str | Path, *, tolerance: float = 0.001) -> list[Problem]:
    """Rows of a BPS export whose 17 categories do not add up to the total column.

    Parameters
    ----------
    path : str or Path
        A BPS web-table export (as read by :func:`~rancang.sources.read_bps_pdrb`).
    tolerance : float, default 0.001
        Largest accepted relative difference ``|sum / total - 1|`` (0.1 %).

    Returns
    -------
    list of Problem
        One per region-year beyond the tolerance, located at the total cell (file, sheet,
        row, column), the message giving both figures and the repair if one is unique
        (see :func:`check_totals`). The national row (``9999``) is left out: its total
        also holds net taxes on products, so it exceeds the categories.

    Notes
    -----
    ``sum_i x_{r,i,t}`` against the published total ``X_{r,t}``; BPS rounds each cell to two
    decimals, so honest rows differ by well under 0.1 %.

    Example
    -------
    >>> with language("en"):  # doctest: +SKIP
    ...     str(total_discrepancies("PDRB ... ADHK tahun 2014.xlsx")[0].message)
    "region 3216 2014: categories add up to 463713.15, the total column says 197163.57 ..."
    """
    return [c.problem() for c in check_totals(path, tolerance=tolerance)]
