"""Write a targets result as CSV files and one formatted ``targets.xlsx``."""

from __future__ import annotations

from pathlib import Path

from rancang.core.i18n import current_language, localize_values, text
from rancang.features.targets.service import TABLE_NAMES, TargetResult
from rancang.sources.writers import write_csvs, write_workbook

#: Catalogue key of each table's sheet title.
SHEET_TITLES = {name: f"targets.sheet.{name}" for name in TABLE_NAMES}


def export_targets(result: TargetResult, out_dir: Path, *,
                   lang: str | None = None) -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``targets.xlsx``.

    The CSVs keep machine values (:data:`VALUE_WORDS`: ``manufacturing_growth``,
    ``% per year``, ``user``, ``ripin_2025``, ``already_met``, ``trend`` ...); the workbook
    shows them in ``lang`` (default: the current language): ``"Pertumbuhan industri
    pengolahan"``, ``"% per tahun"``, ``"sasaran pengguna"``, ``"RIPIN 2025"``, ``"sudah
    tercapai"``, ``"tren"``.
    """
    lang = lang or current_language()
    paths = write_csvs(out_dir, result.tables)
    sheets = {text(SHEET_TITLES[name], lang): localize_values(frame, lang)
              for name, frame in result.tables.items()}
    paths.append(write_workbook(out_dir / "targets.xlsx", sheets, about=result.about(lang),
                                lang=lang, synthetic=result.panel.synthetic))
    return paths
