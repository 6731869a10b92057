"""Write the leading-industry ranking of ``rancang decide leading``: three CSV files and one
formatted ``leading_decision.xlsx``."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from rancang.core.i18n import current_language, text
from rancang.features.decide.leading_rank import LeadingRankResult
from rancang.sources.writers import write_csvs, write_workbook

#: Catalogue key of each table's sheet title, in the workbook's order.
SHEET_TITLES = {"criteria_matrix": "decide.sheet.criteria_matrix",
                "weights": "decide.sheet.weights", "ranking": "decide.sheet.ranking"}
#: Columns of the workbook whose headers this feature words (the others: the catalogue's).
COLUMNS = ("criterion", "weight", "direction", "acceptability", "competitive")
DIRECTIONS = ("benefit", "cost")


def for_people(frame: pl.DataFrame, lang: str | None = None) -> pl.DataFrame:
    """A table as the workbook shows it: the criteria's directions in words (the CSV keeps
    ``benefit``/``cost``).

    >>> f = pl.DataFrame({"direction": ["benefit", "cost"]})
    >>> for_people(f, "en")["direction"].to_list()
    ['benefit (higher is better)', 'cost (lower is better)']
    """
    if "direction" not in frame.columns:
        return frame
    words = {d: text(f"decide.direction.{d}", lang) for d in DIRECTIONS}
    return frame.with_columns(pl.col("direction").replace(words))


def write_leading_rank(result: LeadingRankResult, out: Path, *,
                       lang: str | None = None) -> list[Path]:
    """Write ``criteria_matrix.csv``, ``weights.csv``, ``ranking.csv`` and
    ``leading_decision.xlsx`` (in ``lang``, default: the current language)."""
    lang = lang or current_language()
    paths = write_csvs(out, result.tables)
    sheets = {text(SHEET_TITLES[name], lang): for_people(frame, lang)
              for name, frame in result.tables.items()}
    headers = {c: text(f"decide.column.{c}", lang) for c in COLUMNS}
    paths.append(write_workbook(out / "leading_decision.xlsx", sheets,
                                about=result.about(lang), lang=lang, headers=headers,
                                synthetic=result.synthetic))
    return paths
