"""Write an input-output result as CSV files and one formatted ``io.xlsx``."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from rancang.core.i18n import current_language, localize_values, text
from rancang.features.inputoutput.service import TABLE_NAMES, IOResult
from rancang.sources.writers import write_csvs, write_workbook

#: Catalogue key of each table's sheet title.
SHEET_TITLES = {name: f"inputoutput.sheet.{name}" for name in TABLE_NAMES}


def _for_people(name: str, frame: pl.DataFrame, lang: str | None = None) -> pl.DataFrame:
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


def export_io(result: IOResult, out_dir: Path, *, lang: str | None = None) -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``io.xlsx``.

    The CSVs keep machine values (``class``: key/backward/forward/weak); the workbook shows
    them in ``lang`` (default: the current language; :data:`KEY_SECTOR_WORDS`).
    """
    lang = lang or current_language()
    paths = write_csvs(out_dir, result.tables)
    sheets = {text(SHEET_TITLES[name], lang): _for_people(name, frame, lang)
              for name, frame in result.tables.items()}
    paths.append(write_workbook(out_dir / "io.xlsx", sheets, about=result.about(lang),
                                lang=lang, synthetic=result.table.synthetic))
    return paths
