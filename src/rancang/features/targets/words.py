"""Words of the targets feature: column headers and the machine values of its CSVs."""

from __future__ import annotations

from rancang.features.targets.service import RIPIN_NOTES
from rancang.reference.ripin import ripin_milestones

LABELS: dict[str, tuple[str, str]] = {
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
}

VALUE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "scenario": {
        "actual": ("aktual", "actual"),
        "trend": ("tren", "trend"),
        "target": ("sasaran", "target"),
        "recession": ("resesi", "recession"),
    },
    "indicator": {
        "manufacturing_growth": ("Pertumbuhan industri pengolahan",
                                 "Manufacturing growth"),
        "manufacturing_growth_last_year": ("Pertumbuhan industri pengolahan tahun terakhir",
                                           "Manufacturing growth, last year"),
        "manufacturing_share": ("Pangsa industri pengolahan", "Manufacturing share"),
        "manufacturing_share_start": ("Pangsa industri pengolahan awal periode",
                                      "Manufacturing share, first year"),
        "rest_growth": ("Pertumbuhan sektor lain", "Rest-of-economy growth"),
        "total_growth": ("Pertumbuhan PDRB total", "Total PDRB growth"),
        "subindustry_share_of_manufacturing": ("Pangsa subindustri dalam industri pengolahan",
                                               "Sub-industry share of manufacturing"),
        "subindustry_growth": ("Pertumbuhan subindustri", "Sub-industry growth"),
    },
    "unit": {
        "% per year": ("% per tahun", "% per year"),
        "% of PDRB": ("% PDRB", "% of PDRB"),
        "% of manufacturing": ("% industri pengolahan", "% of manufacturing"),
    },
    "target": {"user": ("sasaran pengguna", "user target")},
    "status": {
        "already_met": ("sudah tercapai", "already met"),
        "to_reach": ("belum tercapai", "to reach"),
    },
    # the CSV carries the English comparability note; the Indonesian workbook its original
    "ripin_note": {en: (id_, en) for id_, en in RIPIN_NOTES.values()},
}
"""Workbook words for the machine values of the CSVs (``indicators.csv``: indicator,
unit, ripin_note; ``required_growth.csv``: target, status; ``pathways.csv``: scenario).
RIPIN milestones are added per year: ``ripin_2025`` -> ``"RIPIN 2025"``."""

VALUE_WORDS["target"].update(
    {f"ripin_{y}": (f"RIPIN {y}", f"RIPIN {y}")
     for y in sorted(set(ripin_milestones()["year"].to_list()))})

WORDS: dict[str, tuple[str, str]] = {
    "feature.targets": ("Sasaran terhadap RIPIN",
                        "Targets against RIPIN"),
    **LABELS,
    **{f"value:{column}:{value}": pair for column, words in VALUE_WORDS.items()
       for value, pair in words.items()},
}
