"""Result tables of ``rancang decide`` as their CSV files hold them, and how to write them.

The decision verbs write small CSV files whose numbers are formatted with a fixed number of
decimals per column (``0.173000`` for a weight, ``0.1691`` for a consistency ratio); a
:class:`CsvTable` keeps the header and the rows exactly as written, so the web pages and the
API show the same figures as the files.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from rancang.core.cells import FORMULA_START, safe_cell


@dataclass(frozen=True)
class CsvTable:
    """A header and its rows (values as the CSV file writes them).

    >>> t = CsvTable(("criterion", "weight"), [["a", "0.500000"]])
    >>> t.records()
    [{'criterion': 'a', 'weight': '0.500000'}]
    """

    header: tuple[str, ...]
    rows: list[list[object]] = field(default_factory=list)

    def records(self) -> list[dict[str, object]]:
        """The rows as dicts keyed by the header."""
        return [dict(zip(self.header, row, strict=True)) for row in self.rows]


def write_table(path: Path, table: CsvTable) -> Path:
    """Write one table as a UTF-8 CSV file (folders created); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([safe_cell(h) for h in table.header])
        # only a text starting with a formula character needs safe_cell (83,000 rows of a
        # village ranking: 0.45 s of the command when every cell went through it)
        w.writerows(
            row if not any(isinstance(v, str) and v[:1] in FORMULA_START for v in row)
            else [safe_cell(v) for v in row] for row in table.rows)
    return path


def write_tables(out: Path, tables: Mapping[str, CsvTable]) -> list[Path]:
    """Write every table as ``<name>.csv`` into ``out``."""
    return [write_table(out / f"{name}.csv", table) for name, table in tables.items()]


def ratio(x: float) -> str:
    """A judgment as people write it on Saaty's scale: ``3``, ``1/5``, ``2.50``, ``0.437``.

    >>> ratio(3.0), ratio(0.2), ratio(2.5), ratio(0.4375)
    ('3', '1/5', '2.50', '0.438')
    """
    if x >= 1:
        return f"{x:g}" if abs(x - round(x)) < 1e-9 else f"{x:.2f}"
    f = Fraction(1 / x).limit_denominator(100)
    return f"1/{f}" if abs(float(f) - round(float(f))) < 1e-9 else f"{x:.3f}"


def fixed(values: Sequence[float], decimals: int = 6) -> list[str]:
    """Numbers with a fixed number of decimals, as the CSV files write them.

    >>> fixed([0.5, 1 / 3], 4)
    ['0.5000', '0.3333']
    """
    return [f"{v:.{decimals}f}" for v in values]
