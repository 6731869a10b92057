"""Words of the methods: column headers of the result tables, result values the methods
write in Indonesian (SLQ x DLQ quadrants, Klassen classes) and the leading-industry
criteria."""

from __future__ import annotations

from rancang.analysis.klassen import KLASSEN_LABELS_EN
from rancang.analysis.location_quotient import QUADRANT_LABELS_EN
from rancang.analysis.ranking import CRITERIA_DESCRIPTIONS

CRITERIA_DESCRIPTIONS_EN: dict[str, str] = {
    "slq": "static LQ of the last year (basic sector when > 1)",
    "dlq": "dynamic LQ over the period",
    "competitive": "growth-rate difference against the reference economy (shift-share "
                   "competitive advantage)",
    "growth": "mean annual growth rate (CAGR)",
    "share": "share of the region's PDRB in the last year",
}
"""English of :data:`rancang.analysis.ranking.CRITERIA_DESCRIPTIONS`."""

HEADERS: dict[str, tuple[str, str]] = {
    "actual_change": ("Perubahan aktual",
                      "Actual change"),
    "dlq": ("DLQ",
            "DLQ"),
    "em_allocation": ("Efek alokasi E-M",
                      "E-M allocation effect"),
    "em_competitive": ("Efek kompetitif E-M",
                       "E-M competitive effect"),
    "gini": ("Koefisien Gini",
             "Gini coefficient"),
    "gini_specialization": ("Indeks spesialisasi Gini",
                            "Gini specialisation index"),
    "growth": ("Laju pertumbuhan",
               "Growth rate"),
    "growth_pct": ("Pertumbuhan (%)",
                   "Growth (%)"),
    "years_spanned": ("Rentang tahun",
                      "Years spanned"),
    "herfindahl": ("Indeks Herfindahl",
                   "Herfindahl index"),
    "herfindahl_normalized": ("Herfindahl ternormalisasi",
                              "Normalised Herfindahl"),
    "hoover": ("Indeks Hoover",
               "Hoover index"),
    "industry_code": ("Kode lapangan usaha",
                      "Industry code"),
    "industry_mix": ("Bauran industri",
                     "Industry mix"),
    "industry_name": ("Lapangan usaha",
                      "Industry"),
    "krugman": ("Indeks Krugman",
                "Krugman index"),
    "lq": ("LQ",
           "LQ"),
    "national_share": ("Pengaruh pertumbuhan acuan",
                       "National share"),
    "quadrant": ("Kuadran",
                 "Quadrant"),
    "rank": ("Peringkat",
             "Rank"),
    "rank_high": ("Peringkat terburuk",
                  "Worst rank"),
    "rank_low": ("Peringkat terbaik",
                 "Best rank"),
    "reference_growth": ("Laju pertumbuhan acuan",
                         "Reference growth rate"),
    "reference_share": ("Pangsa acuan",
                        "Reference share"),
    "region_code": ("Kode wilayah",
                    "Region code"),
    "region_name": ("Nama wilayah",
                    "Region name"),
    "regional_share": ("Keunggulan kompetitif",
                       "Regional share"),
    "score": ("Skor",
              "Score"),
    "share": ("Kontribusi (pangsa)",
              "Share"),
    "share_pct": ("Pangsa (%)",
                  "Share (%)"),
    "slq": ("SLQ",
            "SLQ"),
    "theil": ("Indeks Theil",
              "Theil index"),
    "value": ("Nilai",
              "Value"),
    "year": ("Tahun",
             "Year"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "analysis.reference_shape": (
        "acuan berbentuk {reference} tidak sesuai dengan data wilayah berbentuk {data}",
        "reference of shape {reference} does not fit regional data of shape {data}"),
    "analysis.values_shape": (
        "nilai harus berbentuk (R, I) atau (R, I, T), bukan {shape}",
        "values must be (R, I) or (R, I, T), got shape {shape}"),
    "analysis.rca_threshold": (
        "ambang RCA harus berupa angka positif",
        "the RCA threshold must be a positive number"),
    "analysis.presence": (
        'presence harus "rca" atau "manual"',
        'presence must be "rca" or "manual"'),
    "analysis.presence_manual": (
        'presence="manual" memerlukan matriks 0/1',
        'presence="manual" needs a 0/1 matrix'),
    "analysis.complexity_negative": (
        "analisis kompleksitas memerlukan nilai yang tidak negatif",
        "complexity needs non-negative values"),
    "analysis.cagr_years": (
        "CAGR memerlukan sekurang-kurangnya dua tahun",
        "CAGR needs at least two years"),
    "analysis.contribution_shape": (
        "sumbangan terhadap pertumbuhan memerlukan nilai berbentuk (R, I, T), T >= 2",
        "contribution to growth needs values of shape (R, I, T), T >= 2"),
    "analysis.io_shapes": (
        "Z harus berbentuk (n, n) dan x berbentuk (n,), bukan {z} dan {x}",
        "Z must be (n, n) and x (n,), got {z} and {x}"),
    "analysis.io_square": (
        "{what} memerlukan matriks bujur sangkar, bukan berbentuk {shape}",
        "{what} needs a square matrix, got shape {shape}"),
    "analysis.io_singular": (
        "I - {letter} singular: tabel tidak produktif",
        "I - {letter} is singular: the table is not productive"),
    "analysis.share_basis": (
        'share_basis harus "mean" atau "last"',
        'share_basis must be "mean" or "last"'),
    "analysis.dlq_shape": (
        "LQ dinamis memerlukan nilai berbentuk (R, I, T) dengan T >= 2",
        "dynamic LQ needs values of shape (R, I, T) with T >= 2"),
    "analysis.convention": (
        "convention harus salah satu dari {choices}",
        "convention must be one of {choices}"),
    "analysis.weights_unknown": (
        "bobot untuk kriteria yang tidak dikenal: {names}",
        "weights for unknown criteria: {names}"),
    "analysis.opportunity_weights": (
        "bobot harus berhingga, tidak negatif, dan berjumlah lebih dari 0",
        "weights must be finite, not negative, and add up to more than 0"),
    "analysis.year_indices": (
        "indeks tahun harus berada di antara 0..{last}",
        "year indices must lie in 0..{last}"),
    "analysis.ranking_shape": (
        "pemeringkatan memerlukan nilai berbentuk (R, I, T) dengan T >= 2",
        "the ranking needs values of shape (R, I, T) with T >= 2"),
    "analysis.weights_negative": (
        "bobot harus berhingga dan tidak negatif",
        "weights must be finite and not negative"),
    "analysis.weights_zero": (
        "jumlah bobot harus lebih dari nol",
        "the weights must add up to more than zero"),
    "analysis.periods": (
        'periods harus "all", "full" atau daftar indeks tahun awal',
        'periods must be "all", "full" or a sequence of start indices'),
    "analysis.period_starts": (
        "indeks tahun awal periode harus berada di antara 0..{last}",
        "period start indices must lie in 0..{last}"),
    "analysis.sizes_differ": (
        "ukuran sektor wilayah {regional} dan nasional {national} berbeda",
        "regional {regional} and national {national} sizes differ"),
    "analysis.sizes_negative": (
        "ukuran sektor tidak boleh negatif",
        "sector sizes must be non-negative"),
    "analysis.delta": (
        "delta harus berada di dalam [0, 1), bukan {delta}",
        "delta must be in [0, 1), got {delta}"),
    "analysis.national_total": (
        "total nasional harus positif",
        "national total must be positive"),
    "analysis.lq_method": (
        "metode {method!r} tidak dikenal; gunakan salah satu dari {choices}",
        "unknown method {method!r}; use one of {choices}"),
    "analysis.shift_share_shape": (
        "shift-share dinamis memerlukan nilai berbentuk (R, I, T) dengan T >= 2",
        "dynamic shift-share needs values of shape (R, I, T) with T >= 2"),
    "analysis.target_share": (
        "pangsa sasaran harus berada di dalam (0, 1), bukan {share}",
        "target share must be in (0, 1), got {share}"),
    "analysis.target_year": (
        "tahun sasaran harus sesudah tahun dasar",
        "the target year must be after the base year"),
    "analysis.depth": (
        "kedalaman resesi harus berada di dalam [0, 1), bukan {depth}",
        "depth must be in [0, 1), got {depth}"),
    "analysis.exposure_shape": (
        "diperlukan nilai lapangan usaha (I, T) dan total (T,) dengan T >= 3",
        "need industries (I, T) and total (T,) with T >= 3"),
}
"""Messages of the methods (the errors they raise on arguments they cannot use)."""

WORDS: dict[str, tuple[str, str]] = {
    **MESSAGES,
    "reference.all_regions": ("jumlah semua wilayah dalam masukan",
                              "sum of all regions in the input"),
    "reference.each_default": ("provinsi masing-masing wilayah (baris provinsi BPS), atau "
                               "jumlah semua wilayah bila tidak ada",
                               "each region's province (BPS province row), or the sum of "
                               "all regions where there is none"),
    **HEADERS,
    **{f"term:{id_}": (id_, en) for id_, en in {**QUADRANT_LABELS_EN,
                                                **KLASSEN_LABELS_EN}.items()},
    **{f"crit.desc.{k}": (v, CRITERIA_DESCRIPTIONS_EN[k])
       for k, v in CRITERIA_DESCRIPTIONS.items()},
}
