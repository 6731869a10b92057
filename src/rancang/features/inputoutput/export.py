"""Write an input-output result as CSV files and one formatted ``io.xlsx``."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from rancang.core.i18n import localize_values
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
