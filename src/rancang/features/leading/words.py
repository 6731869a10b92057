"""Words of the leading-industry feature: the dashboard, the map, the criteria."""

from __future__ import annotations

#: Workbook headers of the ranking's per-criterion contributions (``contribution_<c>``:
#: weight x normalised value; they add up to the score and explain the rank).
CONTRIBUTION_LABELS = {
    "contribution_slq": ("Sumbangan SLQ", "SLQ contribution"),
    "contribution_dlq": ("Sumbangan DLQ", "DLQ contribution"),
    "contribution_competitive": ("Sumbangan efek kompetitif", "Competitive-effect contribution"),
    "contribution_growth": ("Sumbangan pertumbuhan", "Growth contribution"),
    "contribution_share": ("Sumbangan pangsa", "Share contribution"),
}

WORDS: dict[str, tuple[str, str]] = {
    "leading.two_years": ("periode memerlukan sedikitnya dua tahun (--from < --to)",
                          "the period needs at least two years (--from < --to)"),
    "leading.no_centroids": ("berkas pusat wilayah tidak tersedia di instalasi ini",
                             "this installation has no region centroid file"),
    "leading.no_boundaries": ("berkas batas wilayah tidak tersedia di instalasi ini",
                              "this installation has no boundary file"),
    "feature.leading": ("Industri unggulan",
                        "Leading industries"),
    "perm.leading.read": ("melihat dasbor, peta dan analisis industri unggulan",
                          "see the dashboard, the map and the leading-industry analyses"),
    "leading.weights_zero": ("bobot harus berjumlah lebih dari 0",
                             "weights must add up to more than 0"),
    "leading.reference_not_found": ("ekonomi acuan {code} tidak ada",
                                    "reference economy {code} not found"),
    "leading.no_table": ("tabel {name} tidak ada", "no table {name}"),
    "leading.no_format": ("format {fmt} tidak didukung", "unsupported format {fmt}"),
    "leading.reference_is_region": ("--reference {code} juga --region: wilayah yang "
                                    "dibandingkan dengan dirinya sendiri ber-LQ 1 di semua "
                                    "lapangan usaha; pilih provinsinya atau nasional",
                                    "--reference {code} is also --region: a region compared "
                                    "with itself has LQ 1 in every industry; choose its "
                                    "province or the nation"),
    "leading.reference_is_only_region": ("ekonomi acuan ({label}) sama dengan satu-satunya "
                                         "wilayah masukan ({code}), sehingga semua LQ = 1: "
                                         "tambahkan blok 'Acuan:' (provinsi atau nasional) "
                                         "ke berkas, atau analisis berkas dengan beberapa "
                                         "wilayah",
                                         "the reference economy ({label}) equals the only "
                                         "region of the input ({code}), so every LQ would be "
                                         "1: add an 'Acuan:' block (the province or the "
                                         "nation) to the file, or analyse a file with "
                                         "several regions"),
    "demo.written": ("Input sintetis: {input}/  ·  Hasil: {out}/ (CSV + analysis.xlsx)",
                     "Synthetic input: {input}/  ·  Results: {out}/ (CSV + analysis.xlsx)"),
    **CONTRIBUTION_LABELS,
    "crit.competitive": ("Daya saing",
                         "Competitiveness"),
    "crit.dlq": ("DLQ",
                 "DLQ"),
    "crit.growth": ("Pertumbuhan",
                    "Growth"),
    "crit.share": ("Kontribusi",
                   "Share"),
    "crit.slq": ("SLQ",
                 "SLQ"),
    "map.capped": ("Menampilkan {shown} dari {total} usaha berlokasi (dibatasi; urut ID). "
                   "Saring wilayah untuk melihat semuanya.",
                   "Showing {shown} of {total} located firms (capped; by ID). Filter by "
                   "region to see them all."),
    "map.firms": ("{n} usaha",
                  "{n} firms"),
    "map.industry": ("Lapangan usaha",
                     "Industry"),
    "map.legend": ("Legenda",
                   "Legend"),
    "map.legend_help": ("kelas kuantil (5) atas wilayah yang ditampilkan",
                        "quantile classes (5) over the regions shown"),
    "map.no_value": ("tidak ada nilai",
                     "no value"),
    "map.period": ("Periode",
                   "Period"),
    "map.reference": ("Acuan",
                      "Reference"),
    "map.regions": ("{n} wilayah",
                    "{n} regions"),
    "ui.dashboard": ("Dasbor wilayah",
                     "Region dashboard"),
    "ui.download": ("Unduh",
                    "Download"),
    "ui.firms": ("Usaha dari registri",
                 "Firms from the register"),
    "ui.growth_chart": ("Pertumbuhan PDRB per tahun",
                        "PDRB growth per year"),
    "ui.indicator": ("Indikator",
                     "Indicator"),
    "ui.industry": ("Lapangan usaha",
                    "Industry"),
    "ui.klassen": ("Tipologi Klassen",
                   "Klassen typology"),
    "ui.lq_table": ("Location quotient (LQ)",
                    "Location quotient (LQ)"),
    "ui.no_boundaries": ("Berkas batas wilayah (GeoJSON) tidak tersedia: wilayah ditampilkan "
                         "sebagai titik di pusatnya (bila ada), nilai lengkap di tabel.",
                         "No boundary file (GeoJSON) available: regions are shown as points "
                         "at their centres (when known), all values in the table."),
    "ui.no_boundary_match": ("Tidak ada batas wilayah untuk wilayah set data ini.",
                             "No boundaries match the regions of this dataset."),
    "ui.no_centroids": ("Tanpa berkas pusat wilayah: peta hanya menampilkan usaha dari "
                        "registri; nilai wilayah ada di tabel.",
                        "No region centroid file either: the map shows the register's firms "
                        "only; the regions' values are in the table."),
    "ui.quadrant_chart": ("Kuadran SLQ x DLQ",
                          "SLQ x DLQ quadrants"),
    "ui.rank_interval": ("Rentang peringkat",
                         "Rank interval"),
    "ui.ranking": ("Peringkat industri unggulan",
                   "Leading-industry ranking"),
    "ui.reference": ("Ekonomi acuan",
                     "Reference economy"),
    "ui.shift_share": ("Shift-share per lapangan usaha",
                       "Shift-share by industry"),
    "ui.specialization": ("Spesialisasi dari waktu ke waktu",
                          "Specialisation over time"),
    "ui.structure": ("Struktur PDRB",
                     "PDRB structure"),
    "ui.sum_of_regions": ("jumlah semua wilayah",
                          "sum of all regions"),
    "ui.value": ("Nilai",
                 "Value"),
    "ui.weight": ("bobot",
                  "weight"),
    "ui.weights": ("Bobot kriteria",
                   "Criteria weights"),
    "ui.weights_help": ("Ubah bobot; peringkat diperbarui langsung. Bobot dinormalkan "
                        "sehingga berjumlah 1.",
                        "Change a weight; the ranking updates at once. Weights are normalised"
                        " to sum to 1."),
    "ui.weights_used": ("Bobot yang dipakai",
                        "Weights used"),
}
