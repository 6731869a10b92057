"""Words of ``rancang targets --help`` (Indonesian, English); the options shared with other
verbs (inputs, ``--region``, ``--from``, ``--out``...) are in :mod:`rancang.core.cli_words`."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.targets": (
        "Sasaran industri: indikator vs RIPIN, pertumbuhan, skenario.\n\n"
        "Indikator industri pengolahan, pertumbuhan yang diperlukan untuk mencapai sasaran "
        "pangsa, jalur tren, sasaran dan resesi, serta keterpaparan lapangan usaha terhadap "
        "resesi. Menulis indicators.csv, required_growth.csv, pathways.csv, exposure.csv dan "
        "satu buku kerja targets.xlsx berformat ke --out.",
        "Industry targets: indicators against RIPIN, growth, scenarios.\n\n"
        "Manufacturing indicators, the growth needed to reach the share target, trend, "
        "target and recession pathways, and each industry's exposure to a recession. Writes "
        "indicators.csv, required_growth.csv, pathways.csv, exposure.csv and one formatted "
        "workbook, targets.xlsx, into --out."),
    "cli.opt.targets.target_share": (
        "Sasaran pangsa industri pengolahan dalam PDRB, % (RIPIN: 30 pada 2035).",
        "Target share of manufacturing in PDRB, % (RIPIN: 30 by 2035)."),
    "cli.opt.targets.target_year": ("Tahun sasaran.", "Target year."),
    "cli.opt.targets.rest_growth": (
        "Asumsi pertumbuhan sektor lain, % per tahun (bawaan: trennya selama periode).",
        "Assumed growth of the other sectors, % a year (default: their trend over the "
        "period)."),
    "cli.opt.targets.end": ("Tahun terakhir periode, yaitu tahun dasar.",
                            "Last year of the period, the base year."),
    "cli.opt.targets.shock_depth": ("Resesi: penurunan PDRB total pada tahun guncangan, %.",
                                    "Recession: fall of total PDRB in the shock year, %."),
    "cli.opt.targets.shock_year": ("Tahun resesi (bawaan: setahun setelah tahun dasar).",
                                   "Recession year (default: the year after the base year)."),
    "cli.opt.targets.recovery_years": ("Lama pemulihan sesudah resesi, dalam tahun.",
                                       "Years of recovery after the recession."),
}
