"""RIPIN 2015-2035 milestones (PP 14/2015): the national targets a regional plan cites.

Source: Peraturan Pemerintah No. 14 Tahun 2015 tentang Rencana Induk Pembangunan Industri
Nasional 2015-2035, annex (see ``reference/data/SOURCES.md``). The 2023 revision lowered the
2025 figures (industry share of GDP 19.2 %); these are the 2015 figures.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

__all__ = ["RIPIN_SOURCE", "milestone_years", "ripin_milestones", "ripin_value"]

RIPIN_SOURCE = ("PP 14/2015 tentang RIPIN 2015-2035, lampiran (sasaran pembangunan industri "
                "nasional); revisi 2023 menurunkan angka 2025")


@lru_cache(maxsize=1)
def ripin_milestones() -> pl.DataFrame:
    """The milestones as a table: indicator, year, value, unit, title_id, title_en.

    >>> import polars as pl
    >>> m = ripin_milestones()
    >>> m.filter((pl.col("indicator") == "industry_share") & (pl.col("year") == 2035))["value"][0]
    30.0
    >>> sorted(set(m["indicator"]))[:3]
    ['export_share', 'imported_inputs', 'industry_growth']
    """
    import polars as pl

    with _path().open("rb") as fh:
        return pl.read_csv(fh, schema_overrides={"year": pl.Int64, "value": pl.Float64})


def _path() -> Traversable:
    return resources.files("rancang.reference") / "data" / "ripin_milestones.csv"


def milestone_years() -> list[int]:
    """The years RIPIN gives milestones for (read without Polars, for the catalogue).

    >>> milestone_years()
    [2015, 2020, 2025, 2035]
    """
    text = _path().read_text(encoding="utf-8")
    return sorted({int(row["year"]) for row in csv.DictReader(io.StringIO(text))})


def ripin_value(indicator: str, year: int) -> float | None:
    """The milestone of ``indicator`` for ``year`` (2015, 2020, 2025, 2035), or None.

    >>> ripin_value("industry_growth", 2025), ripin_value("industry_share", 2030)
    (9.1, None)
    """
    import polars as pl

    m = ripin_milestones()
    hit = m.filter((pl.col("indicator") == indicator) & (pl.col("year") == year))["value"]
    return float(hit[0]) if hit.len() else None
