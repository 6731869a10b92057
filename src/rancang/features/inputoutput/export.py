"""Write an input-output result as CSV files and one formatted ``io.xlsx``."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from rancang.core.i18n import localize_values, register_labels, register_values
from rancang.features.inputoutput.service import IOResult
from rancang.sources.writers import write_csvs, write_workbook

SHEET_TITLES = {
    "coefficients": ("Koefisien teknis (A)", "Technical coefficients (A)"),
    "leontief": ("Invers Leontief (L)", "Leontief inverse (L)"),
    "multipliers": ("Pengganda", "Multipliers"),
    "linkages": ("Keterkaitan", "Linkages"),
    "imports": ("Ketergantungan impor", "Import dependence"),
    "location_quotients": ("LQ regionalisasi", "Regionalisation LQ"),
}

register_labels({
    "sector": ("Kode sektor", "Sector code"),
    "sector_name": ("Sektor", "Sector"),
    "row_sector": ("Sektor baris (penjual)", "Row sector (seller)"),
    "column_sector": ("Sektor kolom (pembeli)", "Column sector (buyer)"),
    "a": ("Koefisien a_ij", "Coefficient a_ij"),
    "l": ("l_ij", "l_ij"),
    "output": ("Pengganda output", "Output multiplier"),
    "output_type2": ("Pengganda output tipe II", "Type II output multiplier"),
    "income": ("Pengganda pendapatan", "Income multiplier"),
    "income_type1": ("Pengganda pendapatan tipe I", "Type I income multiplier"),
    "income_type2": ("Pengganda pendapatan tipe II", "Type II income multiplier"),
    "value_added": ("Pengganda nilai tambah", "Value-added multiplier"),
    "employment": ("Pengganda tenaga kerja (orang per juta rupiah)",
                   "Employment multiplier (workers per million rupiah)"),
    "employment_type1": ("Pengganda tenaga kerja tipe I (rasio)",
                         "Type I employment multiplier (ratio)"),
    "backward": ("Keterkaitan ke belakang", "Backward linkage"),
    "forward": ("Keterkaitan ke depan", "Forward linkage"),
    "key_sector": ("Sektor kunci", "Key sector"),
    "class": ("Kelompok", "Class"),
    "extraction_loss": ("Kehilangan output (ekstraksi)", "Output lost (extraction)"),
    "extraction_share": ("Kehilangan / total output", "Loss / total output"),
    "import_foreign": ("Impor luar negeri langsung", "Direct foreign imports"),
    "import_other_regions": ("Impor antar wilayah langsung", "Direct imports, other regions"),
    "import_leakage": ("Kebocoran regional", "Regional leakage"),
    "import_direct": ("Impor langsung", "Direct imports"),
    "import_total": ("Impor total (langsung + tidak langsung)", "Total import content"),
    "pdrb_category": ("Kategori PDRB", "PDRB category"),
    "regional_pdrb": ("PDRB wilayah", "Regional PDRB"),
    "reference_pdrb": ("PDRB acuan", "Reference PDRB"),
})


KEY_SECTOR_WORDS = {
    "key": ("sektor kunci", "key sector"),
    "backward": ("kuat ke belakang", "strong backward"),
    "forward": ("kuat ke depan", "strong forward"),
    "weak": ("lemah", "weak"),
}
"""Words for the ``class`` of ``linkages.csv`` (machine values ``key``, ``backward``,
``forward``, ``weak``; Miller and Blair 2009, section 12.2: backward and forward linkage
both above 1, only backward, only forward, neither)."""

register_values("class", KEY_SECTOR_WORDS)


def _for_people(name: str, frame: pl.DataFrame, lang: str = "id") -> pl.DataFrame:
    """A table as the workbook shows it: matrices square, machine values in words.

    Coefficient and Leontief matrices get one column per buying sector; the key-sector
    ``class`` is written in the reader's language (``"sektor kunci"``, ``"kuat ke
    belakang"``, ``"kuat ke depan"``, ``"lemah"``) while ``linkages.csv`` keeps ``key``,
    ``backward``, ``forward``, ``weak``.
    """
    if name in ("coefficients", "leontief"):
        value = frame.columns[-1]
        return frame.pivot(on="column_sector", index="row_sector", values=value,
                           maintain_order=True)
    return localize_values(frame, lang)


def export_io(result: IOResult, out_dir: Path, *, lang: str = "id") -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``io.xlsx``.

    The CSVs keep machine values (``class``: key/backward/forward/weak); the workbook shows
    them in ``lang`` (:data:`KEY_SECTOR_WORDS`).
    """
    paths = write_csvs(out_dir, result.tables)
    sheets = {SHEET_TITLES[name][1 if lang == "en" else 0]: _for_people(name, frame, lang)
              for name, frame in result.tables.items()}
    paths.append(write_workbook(out_dir / "io.xlsx", sheets, about=result.about(lang),
                                lang=lang, synthetic=result.table.synthetic))
    return paths
