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
    "herfindahl": ("Indeks Herfindahl",
                   "Herfindahl index"),
    "herfindahl_normalized": ("Herfindahl ternormalisasi",
                              "Normalised Herfindahl"),
    "hoover": ("Indeks Hoover",
               "Hoover index"),
    "industry_code": ("Kode lapangan usaha",
                      "Industry code"),
    "industry_mix": ("Bauran industri (industry mix)",
                     "Industry mix"),
    "industry_name": ("Lapangan usaha",
                      "Industry"),
    "krugman": ("Indeks Krugman",
                "Krugman index"),
    "lq": ("LQ",
           "LQ"),
    "national_share": ("Pertumbuhan acuan (national share)",
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
    "regional_share": ("Keunggulan kompetitif (regional share)",
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

WORDS: dict[str, tuple[str, str]] = {
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
