"""Write a complexity result as CSV files and one formatted ``complexity.xlsx``."""

from __future__ import annotations

import contextvars
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polars as pl

from rancang.core.i18n import current_language, format_number, text
from rancang.features.complexity.service import NO_DRIVERS, ComplexityTables
from rancang.sources.writers import write_csvs, write_workbook

#: Catalogue key of each table's sheet title, in the workbook's order.
SHEET_TITLES = {
    "opportunities": "complexity.sheet.opportunities",
    "eci": "complexity.sheet.eci",
    "pci": "complexity.sheet.pci",
    "complexity": "complexity.sheet.complexity",
}
XLSX_MAX_ROWS = 1_048_575  # one header row


def for_people(name: str, frame: pl.DataFrame, lang: str | None = None) -> pl.DataFrame:
    """A table as the workbook shows it: driver texts in the reader's language.

    The CSV keeps ``drivers`` machine-readable (``"C (0.82), G (0.71)"``: decimal point,
    English for a candidate without drivers). In the workbook the proximities use the
    language's decimal separator (a comma in Indonesian: ``"C (0,82)"``) and
    :data:`NO_DRIVERS` is in the language (default: the current one).

    >>> f = pl.DataFrame({"drivers": ["C (0.82), G (0.71)", NO_DRIVERS[1]]})
    >>> for_people("opportunities", f, "id")["drivers"].to_list()[0]
    'C (0,82), G (0,71)'
    >>> for_people("opportunities", f, "en")["drivers"].to_list()[0]
    'C (0.82), G (0.71)'
    """
    if name != "opportunities" or "drivers" not in frame.columns:
        return frame
    lang = lang or current_language()
    decimal = format_number(0.5, 1, lang)[1]  # the language's decimal separator
    return frame.with_columns(
        pl.col("drivers").str.replace_all(r"\((-?\d+)\.(\d+)\)", f"(${{1}}{decimal}${{2}})")
        .replace(NO_DRIVERS[1], text("complexity.no_drivers", lang)))


def export_result(result: ComplexityTables, out_dir: Path, *,
                  lang: str | None = None) -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``complexity.xlsx``
    (in ``lang``, default: the current language).

    A table longer than a worksheet allows (about a million rows) stays in its CSV only;
    the workbook's first sheet says so. A large result (:data:`~rancang.features.
    complexity.service.LARGE_CELLS`) writes its full matrices as Parquet
    (``complexity.parquet``, ``opportunities.parquet``) and the top opportunities of each
    region to the CSV and the workbook.
    """
    lang = lang or current_language()
    out_dir.mkdir(parents=True, exist_ok=True)
    # the workbook on one more thread and the full matrices of a large result to Parquet on
    # another (polars and the workbook writer let go of the GIL) while this one writes the
    # CSV files; the workbook's thread runs in this call's context (its language)
    parquet = [out_dir / f"{name}.parquet" for name in result.full]
    with ThreadPoolExecutor(max_workers=2) as pool:
        book = pool.submit(contextvars.copy_context().run, _workbook, result, out_dir, lang)
        writing = [pool.submit(frame.write_parquet, path, compression="lz4")  # zstd: 2.5x
                   for path, frame in zip(parquet, result.full.values(), strict=True)]
        paths = write_csvs(out_dir, result.tables)
        paths += parquet
        paths.append(book.result())
        for done in writing:
            done.result()
    return paths


def _workbook(result: ComplexityTables, out_dir: Path, lang: str) -> Path:
    """``complexity.xlsx``: every table that fits a worksheet, in ``lang``."""
    about = result.about(lang)
    if result.top is not None:
        about[text("complexity.about.top_title", lang)] = text(
            "complexity.about.top", lang, top=result.top,
            files=", ".join(f"{n}.parquet" for n in result.full))
    sheets = {}
    for name, title in SHEET_TITLES.items():
        if name not in result.tables:
            continue
        frame = result.tables[name]
        if frame.height > XLSX_MAX_ROWS - 1:
            about[text("complexity.about.not_in_workbook", lang)] = text(
                "complexity.about.csv_only", lang, name=name,
                n=format_number(frame.height, 0, lang))
            continue
        sheets[text(title, lang)] = for_people(name, frame, lang)
    return write_workbook(out_dir / "complexity.xlsx", sheets, about=about, lang=lang,
                          synthetic=result.panel.synthetic)
