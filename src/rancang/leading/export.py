"""Write an analysis result as CSV files and one formatted ``analysis.xlsx``."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from rancang.leading.service import AnalysisResult
from rancang.sources.writers import write_csvs, write_workbook

SHEET_TITLES = {
    "location_quotient": ("LQ", "LQ"),
    "dynamic_lq": ("DLQ", "DLQ"),
    "lq_quadrant": ("Kuadran SLQ-DLQ", "SLQ-DLQ quadrants"),
    "shift_share": ("Shift-share", "Shift-share"),
    "shift_share_dynamic": ("Shift-share dinamis", "Dynamic shift-share"),
    "klassen": ("Tipologi Klassen", "Klassen typology"),
    "specialization": ("Spesialisasi", "Specialisation"),
    "leading_industries": ("Industri unggulan", "Leading industries"),
}


def _for_people(name: str, frame: pl.DataFrame) -> pl.DataFrame:
    """The workbook shows LQ with one column per year, as analysts lay it out."""
    if name == "location_quotient":
        return frame.pivot(on="year", index=["region_code", "industry_code"], values="lq")
    return frame


def export_result(result: AnalysisResult, out_dir: Path, *, lang: str = "id") -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``analysis.xlsx``."""
    paths = write_csvs(out_dir, result.tables)
    sheets = {
        SHEET_TITLES[name][1 if lang == "en" else 0]: _for_people(name, frame)
        for name, frame in result.tables.items()
    }
    paths.append(
        write_workbook(
            out_dir / "analysis.xlsx",
            sheets,
            about=result.about(lang),
            lang=lang,
            synthetic=result.panel.synthetic,
        )
    )
    return paths
