"""Words of the targets feature: column headers, the machine values of its CSVs, its
messages and the lines of its summary and workbook."""

from __future__ import annotations

from rancang.reference.ripin import milestone_years

#: How the region's indicators compare with RIPIN's (``indicators.csv`` carries the English
#: words in ``ripin_note``; the workbooks and the about sheet show them in their language).
RIPIN_NOTES: dict[str, tuple[str, str]] = {
    "industry_growth": (
        "RIPIN: pertumbuhan industri pengolahan nonmigas (nasional); di sini: pertumbuhan "
        "kategori C (seluruh industri pengolahan, termasuk pengilangan migas), harga konstan",
        "RIPIN: non-oil-and-gas manufacturing growth (national); here: growth of category C "
        "(all manufacturing, oil and gas refining included), constant prices"),
    "industry_share": (
        "RIPIN: pangsa terhadap PDB (termasuk pajak neto atas produk); di sini: kategori C "
        "terhadap jumlah 17 kategori (tanpa pajak), sehingga sedikit lebih tinggi",
        "RIPIN: share of GDP (net taxes on products included); here: category C of the sum "
        "of the 17 categories (no taxes), hence slightly higher"),
}

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
     for y in milestone_years()})

MESSAGES: dict[str, tuple[str, str]] = {
    # options and input
    "targets.no_manufacturing": ("panel tidak memuat industri pengolahan (kategori C atau "
                                 "KBLI 10-33)",
                                 "the panel has no manufacturing (category C or KBLI 10-33)"),
    "targets.two_years": ("periode membutuhkan sedikitnya dua tahun",
                          "the period needs at least two years"),
    "targets.target_year": ("--target-year {year} harus setelah {end}",
                            "--target-year {year} must be after {end}"),
    "targets.shock_year": (
        "--shock-year {year} harus setelah tahun dasar {end} dan tidak melewati tahun sasaran "
        "{target_year} ({first}-{target_year})",
        "--shock-year {year} must lie after the base year {end} and no later than the target "
        "year {target_year} ({first}-{target_year})"),
    "targets.recovery_years": ("--recovery-years tidak boleh negatif",
                               "--recovery-years cannot be negative"),
    "targets.shock_depth": ("--shock-depth adalah persentase dalam [0, 100)",
                            "--shock-depth is a percentage in [0, 100)"),
    "targets.target_share": ("--target-share adalah persentase antara 0 dan 100",
                             "--target-share is a percentage between 0 and 100"),
    # notes shown with the results
    "targets.note.high_trend": (
        "tren industri {growth} % per tahun sangat tinggi (mis. investasi besar baru): jalur "
        "tren hanya ilustrasi",
        "the manufacturing trend of {growth} % a year is exceptional (e.g. a large new "
        "investment): read the trend path as an illustration"),
    "targets.note.exposure_gaps": (
        "keterpaparan (beta, korelasi, volatilitas) memerlukan pertumbuhan setiap tahun; "
        "tahun data tidak berurutan ({years}): tidak dihitung. Pertumbuhan lain adalah "
        "rata-rata per tahun selama rentang tahunnya (CAGR)",
        "exposure (beta, correlation, volatility) needs the growth of every year; the data "
        "years are not consecutive ({years}): not computed. Other growth rates are average "
        "annual growth over the years spanned (CAGR)"),
    "targets.note.exposure_short": ("keterpaparan membutuhkan data sedikitnya 3 tahun: NaN",
                                    "exposure needs at least 3 years of data: NaN"),
    "targets.note.exposure_rough": (
        "keterpaparan (beta, korelasi) bertumpu pada hanya {n} pengamatan pertumbuhan tahunan "
        "(kurang dari {minimum}): perkiraan kasar, satu tahun luar biasa dapat membalik "
        "urutannya",
        "exposure (beta, correlation) rests on only {n} annual growth observations (fewer "
        "than {minimum}): a rough estimate, one unusual year can reverse the order"),
    # the workbook's first sheet and the summary
    "targets.about.region": ("Wilayah", "Region"),
    "targets.about.data": ("Data", "Data"),
    "targets.about.synthetic": ("SINTETIS (demo)", "SYNTHETIC (demo)"),
    "targets.about.bps": ("BPS / masukan pengguna", "BPS / user input"),
    "targets.about.period": ("Periode", "Period"),
    "targets.about.target": ("Sasaran", "Target"),
    "targets.about.target_value": ("{share} % PDRB pada {year}", "{share} % of PDRB by {year}"),
    "targets.about.rest_growth": ("Pertumbuhan sektor lain", "Rest-of-economy growth"),
    "targets.about.assumed": ("{growth} (asumsi)", "{growth} (assumed)"),
    "targets.about.panel_trend": ("{growth} (tren panel)", "{growth} (panel trend)"),
    "targets.about.recession": ("Skenario resesi", "Recession scenario"),
    "targets.about.recession_value": ("-{depth} % PDRB, {year}, pemulihan {n} tahun",
                                      "-{depth} % PDRB, {year}, {n} recovery years"),
    "targets.about.ripin_source": ("Sumber RIPIN", "RIPIN source"),
    "targets.about.ripin_growth": ("Perbandingan pertumbuhan RIPIN", "RIPIN growth comparison"),
    "targets.about.ripin_share": ("Perbandingan pangsa RIPIN", "RIPIN share comparison"),
    "targets.about.note": ("Catatan {n}", "Note {n}"),
    "targets.synthetic": ("DATA SINTETIS: data demo buatan Rancang, bukan BPS.",
                          "SYNTHETIC DATA: demo data made by Rancang, not BPS."),
    "targets.summary.indicators": ("Indikator vs RIPIN", "Indicators vs RIPIN"),
    "targets.summary.indicator": ("Indikator", "Indicator"),
    "targets.summary.value": ("Nilai", "Value"),
    "targets.summary.ripin": ("RIPIN (nasional)", "RIPIN (national)"),
    "targets.summary.manufacturing_growth": ("Pertumbuhan industri (%/th)",
                                             "Manufacturing growth (%/yr)"),
    "targets.summary.manufacturing_share": ("Pangsa industri (% PDRB)",
                                            "Manufacturing share (% of PDRB)"),
    "targets.summary.rest_growth": ("Pertumbuhan sektor lain (%/th)",
                                    "Rest-of-economy growth (%/yr)"),
    "targets.summary.already_met": (
        "Sasaran {share} % pada {year} sudah tercapai (pangsa {base} % pada {base_year}); "
        "pertumbuhan industri minimum agar tetap di atas sasaran: {growth} (tren {trend} %)",
        "Target of {share} % by {year} already met (share {base} % in {base_year}); minimum "
        "manufacturing growth to stay at or above it: {growth} (trend {trend} %)"),
    "targets.summary.required": (
        "Pertumbuhan industri yang diperlukan untuk {share} % pada {year}: {growth} "
        "(tren {trend} %)",
        "Required manufacturing growth for {share} % by {year}: {growth} (trend {trend} %)"),
    "targets.summary.exposed": ("Paling terpapar resesi", "Most exposed to a recession"),
    "targets.summary.industry": ("Lapangan usaha", "Industry"),
    "targets.summary.beta": ("Beta", "Beta"),
    "targets.summary.correlation": ("Korelasi", "Correlation"),
    "targets.summary.drop": ("Turun %", "Drop %"),
    "targets.written": ("Hasil ditulis ke {out}/ ({n} berkas)",
                        "Results written to {out}/ ({n} files)"),
    # sheet titles of targets.xlsx
    "targets.sheet.indicators": ("Indikator", "Indicators"),
    "targets.sheet.required_growth": ("Pertumbuhan yang diperlukan", "Required growth"),
    "targets.sheet.pathways": ("Jalur proyeksi", "Pathways"),
    "targets.sheet.exposure": ("Keterpaparan resesi", "Recession exposure"),
    # the targets page (web)
    "targets.page.nav": ("Sasaran RIPIN", "RIPIN targets"),
    "targets.page.title": ("Sasaran terhadap RIPIN", "Targets against RIPIN"),
    "targets.page.guide": (
        "Halaman ini membandingkan industri pengolahan wilayah dengan tonggak RIPIN "
        "(nasional), menghitung pertumbuhan yang diperlukan untuk mencapai pangsa sasaran, "
        "menggambar jalur tren, sasaran dan resesi, serta menunjukkan lapangan usaha yang "
        "paling terpapar resesi. Ubah sasaran atau skenario di bawah; alamat halaman "
        "menyimpan pilihan itu.",
        "This page compares the region's manufacturing with the RIPIN milestones "
        "(national), computes the growth needed to reach the target share, draws the "
        "trend, target and recession pathways, and shows the industries most exposed to a "
        "recession. Change the target or the scenario below; the page address keeps "
        "these choices."),
    "targets.page.options": ("Sasaran dan skenario", "Target and scenario"),
    "targets.page.rest_growth": ("Pertumbuhan sektor lain (%/th, kosong: tren)",
                                 "Rest-of-economy growth (%/yr, empty: trend)"),
    "targets.page.shock_depth": ("Kedalaman resesi (% PDRB)", "Recession depth (% of PDRB)"),
    "targets.page.shock_year": ("Tahun resesi (kosong: setahun setelah tahun dasar)",
                                "Recession year (empty: the year after the base year)"),
    "targets.page.recovery_years": ("Lama pemulihan (tahun)", "Recovery (years)"),
    "targets.page.indicators": ("Indikator wilayah dan tonggak RIPIN",
                                "The region's indicators and the RIPIN milestones"),
    "targets.page.required": ("Pertumbuhan yang diperlukan", "Required growth"),
    "targets.page.required_help": (
        "Pertumbuhan industri pengolahan per tahun agar pangsanya mencapai sasaran, bila "
        "sektor lain tumbuh {rest} % per tahun.",
        "Manufacturing growth per year for its share to reach the target, with the rest of "
        "the economy growing {rest} % a year."),
    "targets.page.share_title": ("Pangsa industri pengolahan: jalur",
                                 "Manufacturing share: pathways"),
    "targets.page.level_title": ("Nilai tambah industri pengolahan: jalur",
                                 "Manufacturing value added: pathways"),
    "targets.page.share_axis": ("Pangsa dalam PDRB (%)", "Share of PDRB (%)"),
    "targets.page.level_axis": ("Nilai tambah ({unit})", "Value added ({unit})"),
    "targets.page.share_note": (
        "garis: aktual, tren, sasaran, resesi; belah ketupat: sasaran pada tahunnya",
        "lines: actual, trend, target, recession; diamonds: targets in their year"),
    "targets.page.level_note": ("nilai tambah industri pengolahan, {unit}",
                                "manufacturing value added, {unit}"),
    "targets.page.path_table": ("Jalur sebagai tabel (pangsa dan nilai tambah tiap skenario)",
                                "The pathways as a table (share and value added by scenario)"),
    "targets.page.milestones": ("Sasaran (RIPIN, pengguna)", "Targets (RIPIN, user)"),
    "targets.page.exposure": ("Keterpaparan tiap lapangan usaha terhadap resesi",
                              "Each industry's exposure to a recession"),
    "targets.page.exposure_help": (
        "Beta: seberapa kuat pertumbuhan lapangan usaha mengikuti pertumbuhan PDRB total; "
        "penurunan saat resesi = beta x kedalaman resesi.",
        "Beta: how strongly the industry's growth follows total PDRB growth; drop in the "
        "recession = beta x the recession's depth."),
    "targets.page.exposure_note": ("resesi -{depth} % PDRB pada {year}",
                                   "recession of -{depth} % PDRB in {year}"),
    "targets.page.no_table": ("tabel {name} tidak ada", "no table {name}"),
    "targets.page.notes": ("Catatan", "Notes"),
    "perm.targets.read": ("melihat sasaran wilayah terhadap RIPIN",
                          "see the regions' targets against RIPIN"),
}
"""Messages, notes, summary and workbook words of ``rancang targets``."""

WORDS: dict[str, tuple[str, str]] = {
    "feature.targets": ("Sasaran terhadap RIPIN",
                        "Targets against RIPIN"),
    **LABELS,
    **MESSAGES,
    **{f"targets.ripin.{kind}": pair for kind, pair in RIPIN_NOTES.items()},
    **{f"value:{column}:{value}": pair for column, words in VALUE_WORDS.items()
       for value, pair in words.items()},
}
