"""Write the leading-industry ranking of ``rancang decide leading``: three CSV files and one
formatted ``leading_decision.xlsx``."""

from __future__ import annotations

from pathlib import Path

from rancang.core.i18n import current_language, text
from rancang.features.decide.leading_rank import LeadingRankResult
from rancang.sources.writers import write_csvs, write_workbook

#: Catalogue key of each table's sheet title, in the workbook's order.
SHEET_TITLES = {"criteria_matrix": "decide.sheet.criteria_matrix",
                "weights": "decide.sheet.weights", "ranking": "decide.sheet.ranking"}


def write_leading_rank(result: LeadingRankResult, out: Path, *,
                       lang: str | None = None) -> list[Path]:
    """Write ``criteria_matrix.csv``, ``weights.csv``, ``ranking.csv`` and
    ``leading_decision.xlsx`` (in ``lang``, default: the current language)."""
    lang = lang or current_language()
    paths = write_csvs(out, result.tables)
    sheets = {text(SHEET_TITLES[name], lang): frame for name, frame in result.tables.items()}
    paths.append(write_workbook(out / "leading_decision.xlsx", sheets,
                                about=result.about(lang), lang=lang,
                                synthetic=result.synthetic))
    return paths
