"""Write a targets result as CSV files and one formatted ``targets.xlsx``."""

from __future__ import annotations

from pathlib import Path

from rancang.i18n import register_labels
from rancang.sources.writers import write_csvs, write_workbook
from rancang.targets.service import TargetResult

SHEET_TITLES = {
    "indicators": ("Indikator", "Indicators"),
    "required_growth": ("Pertumbuhan yang diperlukan", "Required growth"),
    "pathways": ("Jalur proyeksi", "Pathways"),
    "exposure": ("Keterpaparan resesi", "Recession exposure"),
}

register_labels({
    "indicator": ("Indikator", "Indicator"),
    "unit": ("Satuan", "Unit"),
    "period": ("Periode", "Period"),
    "ripin_year": ("Tahun RIPIN", "RIPIN year"),
    "ripin_value": ("Sasaran RIPIN (nasional)", "RIPIN milestone (national)"),
    "ripin_note": ("Catatan perbandingan RIPIN", "RIPIN comparability"),
    "target": ("Sasaran", "Target"),
    "status": ("Status", "Status"),
    "base_year": ("Tahun dasar", "Base year"),
    "target_year": ("Tahun sasaran", "Target year"),
    "target_share": ("Pangsa sasaran (%)", "Target share (%)"),
    "base_share": ("Pangsa tahun dasar (%)", "Base-year share (%)"),
    "rest_growth": ("Pertumbuhan sektor lain (%)", "Rest-of-economy growth (%)"),
    "required_growth": ("Pertumbuhan industri diperlukan / minimum (%/th)",
                        "Required (or minimum) growth (%/yr)"),
    "trend_growth": ("Pertumbuhan tren (%/th)", "Trend growth (%/yr)"),
    "gap": ("Selisih (poin %)", "Gap (points)"),
    "scenario": ("Skenario", "Scenario"),
    "mean_growth": ("Rata-rata pertumbuhan (%)", "Mean growth (%)"),
    "volatility": ("Volatilitas (poin %)", "Volatility (points)"),
    "correlation": ("Korelasi dengan total", "Correlation with total"),
    "beta": ("Beta", "Beta"),
    "shock_drop": ("Penurunan saat resesi (%)", "Drop in the recession (%)"),
    "exposure_rank": ("Peringkat keterpaparan", "Exposure rank"),
})


def export_targets(result: TargetResult, out_dir: Path, *, lang: str = "id") -> list[Path]:
    """Write every table as CSV into ``out_dir`` and all of them into ``targets.xlsx``."""
    paths = write_csvs(out_dir, result.tables)
    sheets = {SHEET_TITLES[name][1 if lang == "en" else 0]: frame
              for name, frame in result.tables.items()}
    paths.append(write_workbook(out_dir / "targets.xlsx", sheets, about=result.about(lang),
                                lang=lang, synthetic=result.panel.synthetic))
    return paths
