"""Write a complexity result as CSV files and one formatted ``complexity.xlsx``."""

from __future__ import annotations

from pathlib import Path

from rancang.complexity.service import ComplexityTables
from rancang.sources.writers import write_csvs, write_workbook

SHEET_TITLES = {
    "opportunities": ("Peluang diversifikasi", "Opportunities"),
    "eci": ("ECI wilayah", "Region ECI"),
    "pci": ("PCI lapangan usaha", "Industry PCI"),
    "complexity": ("RCA, kepadatan, COG", "RCA, density, COG"),
}
XLSX_MAX_ROWS = 1_048_575  # one header row


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
        sheets[title_en if lang == "en" else title_id] = frame
    paths.append(
        write_workbook(
            out_dir / "complexity.xlsx", sheets, about=about, lang=lang,
            synthetic=result.panel.synthetic,
        )
    )
    return paths
