"""Write a complexity result as CSV files and one formatted ``complexity.xlsx``."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from rancang.features.complexity.service import NO_DRIVERS, ComplexityTables
from rancang.sources.writers import write_csvs, write_workbook

SHEET_TITLES = {
    "opportunities": ("Peluang diversifikasi", "Opportunities"),
    "eci": ("ECI wilayah", "Region ECI"),
    "pci": ("PCI lapangan usaha", "Industry PCI"),
    "complexity": ("RCA, kepadatan, COG", "RCA, density, COG"),
}
XLSX_MAX_ROWS = 1_048_575  # one header row


def for_people(name: str, frame: pl.DataFrame, lang: str = "id") -> pl.DataFrame:
    """A table as the workbook shows it: driver texts in the reader's language.

    The CSV keeps ``drivers`` machine-readable (``"C (0.82), G (0.71)"``: decimal point,
    English for a candidate without drivers). In the Indonesian workbook the proximities
    use a decimal comma (``"C (0,82)"``) and :data:`NO_DRIVERS` is in Indonesian.

    >>> f = pl.DataFrame({"drivers": ["C (0.82), G (0.71)", NO_DRIVERS[1]]})
    >>> for_people("opportunities", f)["drivers"].to_list()[0]
    'C (0,82), G (0,71)'
    """
    if name != "opportunities" or lang == "en" or "drivers" not in frame.columns:
        return frame
    return frame.with_columns(
        pl.col("drivers").str.replace_all(r"\((-?\d+)\.(\d+)\)", "(${1},${2})")
        .replace(NO_DRIVERS[1], NO_DRIVERS[0]))


def export_result(result: ComplexityTables, out_dir: Path, *, lang: str = "id") -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``complexity.xlsx``.

    A table longer than a worksheet allows (about a million rows) stays in its CSV only;
    the workbook's first sheet says so.
    """
    paths = write_csvs(out_dir, result.tables)
    about = result.about(lang)
    sheets = {}
    for name, (title_id, title_en) in SHEET_TITLES.items():
        frame = result.tables[name]
        if frame.height > XLSX_MAX_ROWS - 1:
            key = "Not in this workbook" if lang == "en" else "Tidak dalam buku kerja ini"
            about[key] = f"{name}.csv ({frame.height:,} rows)"
            continue
        sheets[title_en if lang == "en" else title_id] = for_people(name, frame, lang)
    paths.append(
        write_workbook(
            out_dir / "complexity.xlsx", sheets, about=about, lang=lang,
            synthetic=result.panel.synthetic,
        )
    )
    return paths
