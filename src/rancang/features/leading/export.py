"""Write an analysis result as CSV files and one formatted ``analysis.xlsx``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from rancang.core.cells import safe_frame
from rancang.core.i18n import term_label, text
from rancang.features.leading.service import AnalysisResult
from rancang.sources.checks import TotalCheck
from rancang.sources.writers import write_csv_locale, write_csvs, write_workbook

#: The catalogue key of each analysis table's sheet title.
SHEET_TITLES = {name: f"leading.sheet.{name}" for name in (
    "location_quotient", "dynamic_lq", "lq_quadrant", "shift_share", "shift_share_dynamic",
    "klassen", "specialization", "leading_industries")}


def _for_people(name: str, frame: pl.DataFrame, lang: str | None = None) -> pl.DataFrame:
    """The workbook shows LQ with one column per year, as analysts lay it out; in English
    the quadrant and Klassen labels are translated (the CSV keeps the Indonesian machine
    labels, see docs/methods.md)."""
    if name == "location_quotient":
        return frame.pivot(on="year", index=["region_code", "industry_code"], values="lq")
    if name in ("lq_quadrant", "klassen") and "quadrant" in frame.columns:
        labels = {q: term_label(q, lang) for q in frame["quadrant"].drop_nulls().unique()}
        return frame.with_columns(pl.col("quadrant").replace(labels))
    return frame


CHECK_COLUMNS = ("file", "sheet", "row", "column", "region_code", "year", "categories_sum",
                 "published_total", "status", "repair", "message")


def checks_frame(checks: Sequence[TotalCheck]) -> pl.DataFrame:
    """``checks.csv``: one row per BPS region-year whose categories miss the total column."""
    schema = {c: pl.String for c in CHECK_COLUMNS} | {
        "row": pl.Int64, "year": pl.Int64, "categories_sum": pl.Float64,
        "published_total": pl.Float64}
    return pl.DataFrame([c.as_row() for c in checks], schema=schema)


def checks_about(checks: Sequence[TotalCheck], mode: str,
                 lang: str | None = None) -> dict[str, str]:
    """Lines of the Keterangan sheet on the BPS total checks (mode and every flagged row)."""
    head = text("leading.checks.title", lang)
    lines = {head: text("leading.checks.summary", lang, mode=mode, n=len(checks),
                        repaired=sum(c.applied for c in checks))}
    for n, c in enumerate(checks, 1):
        lines[f"{head} {n}"] = c.problem().text(lang)
    return lines


def export_result(
    result: AnalysisResult, out_dir: Path, *, lang: str | None = None,
    checks: Sequence[TotalCheck] | None = None, bps_totals: str | None = None,
    csv_locale: str = "en",
) -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``analysis.xlsx``.

    ``csv_locale="id"`` writes the CSV files for an Indonesian Excel (``;``, decimal comma,
    :func:`rancang.sources.writers.write_csv_locale`).

    ``checks`` (from :func:`rancang.sources.read_panel_checked`) go to ``checks.csv`` and to
    the Keterangan/About sheet, with the ``bps_totals`` mode that produced them.
    """
    paths = write_csvs(out_dir, result.tables, locale=csv_locale)
    about = result.about(lang)
    if checks is not None:
        path = out_dir / "checks.csv"
        write_csv_locale(safe_frame(checks_frame(checks)), path, csv_locale)
        paths.append(path)
        about |= checks_about(checks, bps_totals or "repair", lang)
    sheets = {
        text(SHEET_TITLES[name], lang): _for_people(name, frame, lang)
        for name, frame in result.tables.items()
    }
    paths.append(
        write_workbook(
            out_dir / "analysis.xlsx",
            sheets,
            about=about,
            lang=lang,
            synthetic=result.panel.synthetic,
        )
    )
    return paths
