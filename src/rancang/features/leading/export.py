"""Write an analysis result as CSV files and one formatted ``analysis.xlsx``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import polars as pl

from rancang.core.cells import safe_frame
from rancang.core.i18n import render_text, term_label, text
from rancang.features.leading.service import AnalysisResult
from rancang.sources.checks import TotalCheck
from rancang.sources.writers import with_names, write_csv_locale, write_csvs, write_workbook

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


#: Columns holding fractions (0.05 = 5 %), shown as percent in a downloaded workbook.
FRACTION_COLUMNS = frozenset({
    "growth", "reference_growth", "share", "reference_share",
    "criterion_competitive", "criterion_growth", "criterion_share"})
#: Columns in % (5 = 5 %), divided by 100 and shown as percent in a downloaded workbook.
PERCENT_COLUMNS = frozenset({"share_pct", "growth_pct"})
#: Columns in the panel's unit (rupiah): thousands separator and two decimals.
MONEY_COLUMNS = frozenset({"value", "actual_change", "national_share", "industry_mix",
                           "regional_share", "em_competitive", "em_allocation"})


def download_sheet(result: AnalysisResult, name: str, frame: pl.DataFrame,
                   lang: str | None = None
                   ) -> tuple[pl.DataFrame, dict[str, str], dict[str, str]]:
    """One table as a person reads it in a downloaded workbook: the layout of
    :func:`_for_people`, the region's and industries' names beside their codes (the names
    the page shows), percentages as fractions to be shown with a % format (``share_pct``
    12.5 -> 0.125, shown ``12.50%``), rupiah columns with thousands separators.

    Returns the frame, the header labels of the added or unit-bearing columns and the
    number format of each column (for :func:`rancang.sources.writers.write_workbook`).
    """
    from rancang.features.leading.dashboard import industry_label

    p = result.panel
    people = _for_people(name, frame, lang)
    industries = {c: industry_label(c, n, lang)
                  for c, n in zip(p.industry_codes, p.industry_names, strict=True)}
    regions = dict(zip(p.region_codes, p.region_names, strict=True))
    people = with_names(people, "industry_code", industries, "industry_name")
    people = with_names(people, "region_code", regions, "region_name")
    people = people.with_columns(
        pl.col(c) / 100 for c in people.columns if c in PERCENT_COLUMNS)
    formats = {c: "percent" for c in people.columns if c in FRACTION_COLUMNS | PERCENT_COLUMNS}
    formats |= {c: "money" for c in people.columns if c in MONEY_COLUMNS}
    headers = {"industry_name": text("leading.workbook.industry_name", lang),
               "region_name": text("leading.workbook.region_name", lang)}
    if p.unit:
        headers["value"] = text("leading.workbook.value_unit", lang, unit=p.unit)
    return people, headers, formats


def download_title(result: AnalysisResult, sheet: str, lang: str | None = None) -> str:
    """The line above a downloaded table: which table, of which region, over which period,
    against which reference."""
    p = result.panel
    code = result.regions[0]
    names = dict(zip(p.region_codes, p.region_names, strict=True))
    return text("leading.workbook.title", lang, table=sheet, region=names.get(code) or code,
                code=code, start=result.start, end=result.end,
                reference=render_text(result.reference_label, lang))


def download_notes(result: AnalysisResult, lang: str | None = None) -> dict[str, str]:
    """The notes sheet of a downloaded table: the lines of
    :meth:`AnalysisResult.about`, each said in a sentence (the weights with the criteria's
    names, not their codes)."""
    from rancang.core.i18n import format_number
    from rancang.features.leading.labels import criterion_label

    p = result.panel
    about = result.about(lang)
    out = {text("leading.about.data", lang): text(
        "leading.note.data_synthetic" if p.synthetic else "leading.note.data_bps", lang)}
    out[text("leading.about.measure", lang)] = (
        text("leading.note.measure", lang, measure=p.measure, unit=p.unit) if p.unit
        else text("leading.note.measure_no_unit", lang, measure=p.measure))
    out[text("leading.about.period", lang)] = text("leading.note.period", lang,
                                                   start=result.start, end=result.end)
    out[text("leading.about.reference", lang)] = text(
        "leading.note.reference", lang, reference=render_text(result.reference_label, lang))
    out[text("leading.about.regions", lang)] = text("leading.note.regions", lang,
                                                    n=len(result.regions))
    out[text("leading.about.sources", lang)] = text("leading.note.sources", lang,
                                                    sources="; ".join(p.sources) or "-")
    if result.weights:
        weights = "; ".join(f"{criterion_label(k, lang)} {format_number(v, 2, lang)}"
                            for k, v in result.weights.items())
        out[text("leading.about.weights", lang)] = text("leading.note.weights", lang,
                                                        weights=weights)
    out[text("leading.about.convention", lang)] = text(
        "leading.note.growth_first" if result.quadrant_convention == "growth-first"
        else "leading.note.base_first", lang)
    for key, line in about.items():  # further notes (years left out) are sentences already
        if key not in out:
            out[key] = line
    out[text("sources.workbook.about", lang)] = text("leading.note.percent", lang)
    return out


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
