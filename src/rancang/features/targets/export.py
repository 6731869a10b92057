"""Write a targets result as CSV files and one formatted ``targets.xlsx``."""

from __future__ import annotations

from pathlib import Path

from rancang.core.i18n import localize_values
from rancang.features.targets.service import TargetResult
from rancang.sources.writers import write_csvs, write_workbook

SHEET_TITLES = {
    "indicators": ("Indikator", "Indicators"),
    "required_growth": ("Pertumbuhan yang diperlukan", "Required growth"),
    "pathways": ("Jalur proyeksi", "Pathways"),
    "exposure": ("Keterpaparan resesi", "Recession exposure"),
}


def export_targets(result: TargetResult, out_dir: Path, *, lang: str = "id") -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``targets.xlsx``.

    The CSVs keep machine values (:data:`VALUE_WORDS`: ``manufacturing_growth``,
    ``% per year``, ``user``, ``ripin_2025``, ``already_met``, ``trend`` ...); the workbook
    shows them in ``lang`` (``"Pertumbuhan industri pengolahan"``, ``"% per tahun"``,
    ``"sasaran pengguna"``, ``"RIPIN 2025"``, ``"sudah tercapai"``, ``"tren"``).
    """
    paths = write_csvs(out_dir, result.tables)
    sheets = {SHEET_TITLES[name][1 if lang == "en" else 0]: localize_values(frame, lang)
              for name, frame in result.tables.items()}
    paths.append(write_workbook(out_dir / "targets.xlsx", sheets, about=result.about(lang),
                                lang=lang, synthetic=result.panel.synthetic))
    return paths
