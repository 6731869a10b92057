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

#: Headers of the ranking's criterion values (``criterion_<c>``: the raw value the score
#: is built from, beside its contribution).
CRITERION_VALUE_LABELS = {
    "criterion_slq": ("Nilai SLQ", "SLQ value"),
    "criterion_dlq": ("Nilai DLQ", "DLQ value"),
    "criterion_competitive": ("Nilai daya saing (selisih pertumbuhan)",
                              "Competitiveness value (growth difference)"),
    "criterion_growth": ("Nilai pertumbuhan (CAGR)", "Growth value (CAGR)"),
    "criterion_share": ("Nilai kontribusi (pangsa)", "Share value"),
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
    # hover texts of the dashboard: the formula of a column (with period and reference)
    # ranking table: the criteria's parts of the score, named as such (not their values)
    "leading.score_from": ("Bagian skor dari {criterion}", "Score from {criterion}"),
    # chart axes (titles in words, with units)
    "leading.axis.slq": ("SLQ (indeks; di atas 1 = sektor basis)",
                         "SLQ (index; above 1 = base sector)"),
    "leading.axis.dlq": ("DLQ (indeks)", "DLQ (index)"),
    "leading.axis.klassen_x": ("Pertumbuhan dikurangi acuan (poin %)",
                               "Growth minus the reference's (points)"),
    "leading.axis.klassen_y": ("Pangsa dikurangi acuan (poin %)",
                               "Share minus the reference's (points)"),
    "leading.axis.share": ("Pangsa dalam PDRB (%)", "Share of PDRB (%)"),
    "leading.axis.growth": ("Laju pertumbuhan (%)", "Growth rate (%)"),
    "leading.axis.score": ("Skor (0-1)", "Score (0-1)"),
    "leading.axis.index": ("Indeks (tanpa satuan)", "Index (no unit)"),
    "leading.axis.change": ("Perubahan PDRB ({unit})", "Change of PDRB ({unit})"),
    "leading.formula.lq": (
        "LQ = (x_ij / x_j) / (X_i / X): pangsa lapangan usaha i di wilayah j dibagi pangsanya "
        "di ekonomi acuan",
        "LQ = (x_ij / x_j) / (X_i / X): industry i's share in region j over its share in the "
        "reference economy"),
    "leading.formula.slq": (
        "SLQ = LQ tahun terakhir",
        "SLQ = LQ of the last year"),
    "leading.formula.dlq": (
        "DLQ = ((1+g_ij)/(1+g_j))^t / ((1+G_i)/(1+G))^t, g laju pertumbuhan rata-rata",
        "DLQ = ((1+g_ij)/(1+g_j))^t / ((1+G_i)/(1+G))^t, g mean growth rates"),
    "leading.formula.quadrant": (
        "SLQ>1 & DLQ>1 unggulan; SLQ>1 & DLQ<1 andalan; SLQ<1 & DLQ>1 prospektif; lainnya "
        "tertinggal",
        "SLQ>1 & DLQ>1 leading; SLQ>1 & DLQ<1 mainstay; SLQ<1 & DLQ>1 prospective; else lagging"),
    "leading.formula.national_share": (
        "NS = x_ij,0 * (X_t/X_0 - 1)",
        "NS = x_ij,0 * (X_t/X_0 - 1)"),
    "leading.formula.industry_mix": (
        "IM = x_ij,0 * (X_i,t/X_i,0 - X_t/X_0)",
        "IM = x_ij,0 * (X_i,t/X_i,0 - X_t/X_0)"),
    "leading.formula.regional_share": (
        "RS = x_ij,0 * (x_ij,t/x_ij,0 - X_i,t/X_i,0)",
        "RS = x_ij,0 * (x_ij,t/x_ij,0 - X_i,t/X_i,0)"),
    "leading.formula.actual_change": (
        "D = x_ij,t - x_ij,0 = NS + IM + RS",
        "D = x_ij,t - x_ij,0 = NS + IM + RS"),
    "leading.formula.growth": (
        "laju pertumbuhan rata-rata per tahun lapangan usaha di wilayah",
        "mean annual growth rate of the industry in the region"),
    "leading.formula.share": (
        "kontribusi = x_ij / x_j (rata-rata periode)",
        "share = x_ij / x_j (period mean)"),
    "leading.formula.score": (
        "skor = jumlah bobot x kriteria ternormalisasi (0-1 dalam wilayah)",
        "score = sum of weight x normalised criterion (0-1 within the region)"),
    "leading.formula.rank_interval": (
        "rentang peringkat 5-95 % saat bobot diacak (Dirichlet di sekitar bobot)",
        "5-95 % rank range when weights are drawn at random around the weights"),
    "leading.formula.pdrb_value": (
        "PDRB x_ij: nilai lapangan usaha i (atau jumlah semua) di wilayah j",
        "PDRB x_ij: value of industry i (or of all industries) in region j"),
    "leading.formula.pdrb_share": (
        "pangsa = 100 x x_ij / x_j: bagian lapangan usaha i dalam PDRB wilayah",
        "share = 100 x x_ij / x_j: industry i's part of the region's PDRB"),
    "leading.formula.pdrb_growth": (
        "pertumbuhan = 100 x (X_t / X_t-1 - 1), X jumlah PDRB wilayah",
        "growth = 100 x (X_t / X_t-1 - 1), X the region's total PDRB"),
    "leading.formula.pdrb_growth_gap": (
        "pertumbuhan rata-rata per tahun = 100 x ((X_t / X_s)^(1 / (t - s)) - 1) antara "
        "tahun data s dan t yang tidak berurutan (CAGR), X jumlah PDRB wilayah",
        "average annual growth = 100 x ((X_t / X_s)^(1 / (t - s)) - 1) between data years "
        "s and t that are not consecutive (CAGR), X the region's total PDRB"),
    "leading.formula.rank": (
        "peringkat menurut skor (1 = skor tertinggi di wilayah)",
        "rank by score (1 = the region's highest score)"),
    "leading.formula.contribution": (
        "kontribusi = bobot x kriteria ternormalisasi (0-1 dalam wilayah); jumlah "
        "kontribusi = skor",
        "contribution = weight x normalised criterion (0-1 within the region); the "
        "contributions add up to the score"),
    "leading.formula.klassen": (
        "Klassen: g - G selisih laju pertumbuhan, s - S selisih pangsa terhadap acuan; kanan "
        "atas maju dan tumbuh pesat",
        "Klassen: g - G growth-rate gap, s - S share gap against the reference; top right: "
        "advanced and fast-growing"),
    "leading.formula.shift_share_chart": (
        "D = NS + IM + RS per lapangan usaha (batang bertumpuk)",
        "D = NS + IM + RS per industry (stacked bars)"),
    "leading.formula.specialization": (
        "indeks spesialisasi terhadap ekonomi acuan, per tahun",
        "specialisation index against the reference economy, per year"),
    "leading.explain": ("{what} · periode {when} · acuan: {reference}",
                        "{what} · period {when} · reference: {reference}"),
    # sheet titles of the workbooks
    "leading.sheet.location_quotient": ("LQ", "LQ"),
    "leading.sheet.dynamic_lq": ("DLQ", "DLQ"),
    "leading.sheet.lq_quadrant": ("Kuadran SLQ-DLQ", "SLQ-DLQ quadrants"),
    "leading.sheet.shift_share": ("Shift-share", "Shift-share"),
    "leading.sheet.shift_share_dynamic": ("Shift-share dinamis", "Dynamic shift-share"),
    "leading.sheet.klassen": ("Tipologi Klassen", "Klassen typology"),
    "leading.sheet.specialization": ("Spesialisasi", "Specialisation"),
    "leading.sheet.leading_industries": ("Industri unggulan", "Leading industries"),
    "leading.sheet.pdrb_structure": ("Struktur PDRB", "PDRB structure"),
    "leading.sheet.pdrb_growth": ("Pertumbuhan PDRB", "PDRB growth"),
    # the indicators of the map
    "leading.indicator.lq": ("Location quotient (LQ)",
                             "Location quotient (LQ)"),
    "leading.indicator.share": ("Pangsa lapangan usaha dalam PDRB wilayah (%)",
                                "Industry's share of the region's PDRB (%)"),
    "leading.indicator.growth": ("Pertumbuhan PDRB rata-rata per tahun (%)",
                                 "Mean annual PDRB growth (%)"),
    "leading.indicator.pdrb": ("PDRB total",
                               "Total PDRB"),
    "leading.checks.title": ("Pemeriksaan total BPS", "BPS total check"),
    "leading.checks.summary": ("--bps-totals {mode}: {n} baris ditandai, {repaired} "
                               "diperbaiki",
                               "--bps-totals {mode}: {n} rows flagged, {repaired} repaired"),
    # the summary of rancang analyze
    "leading.cli.reading": ("membaca data", "reading data"),
    "leading.cli.writing": ("menulis hasil", "writing results"),
    "leading.cli.written": ("Hasil ditulis ke {out}/ ({n} berkas)",
                            "Results written to {out}/ ({n} files)"),
    "leading.cli.synthetic": ("DATA SINTETIS: data demo buatan Rancang, bukan data BPS.",
                              "SYNTHETIC DATA: demo data made by Rancang, not BPS."),
    "leading.cli.period": ("Periode", "Period"),
    "leading.cli.reference": ("Acuan", "Reference"),
    "leading.cli.regions": ("Wilayah", "Regions"),
    "leading.cli.title": ("industri unggulan", "leading industries"),
    "leading.cli.industry": ("Lapangan usaha", "Industry"),
    "leading.cli.score": ("Skor", "Score"),
    "leading.cli.rank_range": ("Rentang peringkat", "Rank range"),
    "leading.cli.quadrant": ("Kuadran", "Quadrant"),
    "leading.cli.more_regions": ("... {n} wilayah lainnya ada di berkas hasil.",
                                 "... {n} more regions in the output files."),
    "leading.cli.bad_bps_totals": ("--bps-totals harus salah satu dari {choices}",
                                   "--bps-totals must be one of {choices}"),
    "leading.cli.region_or_all": ("pakai --region atau --all-regions, tidak keduanya",
                                  "use either --region or --all-regions, not both"),
    "leading.cli.bad_convention": ("--quadrant-convention harus 'base-first' atau "
                                   "'growth-first'",
                                   "--quadrant-convention must be 'base-first' or "
                                   "'growth-first'"),
    # the steps of the progress bar of rancang analyze
    "leading.step.lq": ("location quotient", "location quotient"),
    "leading.step.shift_share": ("shift-share", "shift-share"),
    "leading.step.klassen": ("tipologi Klassen", "Klassen typology"),
    "leading.step.specialization": ("spesialisasi", "specialisation"),
    "leading.step.ranking": ("peringkat industri unggulan", "leading-industry ranking"),
    "leading.about.data": ("Data", "Data"),
    "leading.about.synthetic": ("SINTETIS (demo)", "SYNTHETIC (demo)"),
    "leading.about.bps": ("BPS / masukan pengguna", "BPS / user input"),
    "leading.about.measure": ("Ukuran", "Measure"),
    "leading.about.period": ("Periode", "Period"),
    "leading.about.reference": ("Ekonomi acuan", "Reference economy"),
    "leading.about.regions": ("Jumlah wilayah", "Regions"),
    "leading.about.sources": ("Sumber", "Sources"),
    "leading.about.weights": ("Bobot peringkat", "Ranking weights"),
    "leading.about.convention": ("Kuadran SLQ-DLQ", "SLQ-DLQ quadrants"),
    "leading.convention.base_first": (
        "konvensi 'base-first': SLQ > 1 dan DLQ <= 1 = andalan; "
        "SLQ <= 1 dan DLQ > 1 = prospektif",
        "convention 'base-first': SLQ > 1 and DLQ <= 1 = mainstay; "
        "SLQ <= 1 and DLQ > 1 = prospective"),
    "leading.convention.growth_first": (
        "konvensi 'growth-first': SLQ <= 1 dan DLQ > 1 = andalan; "
        "SLQ > 1 dan DLQ <= 1 = prospektif",
        "convention 'growth-first': SLQ <= 1 and DLQ > 1 = mainstay; "
        "SLQ > 1 and DLQ <= 1 = prospective"),
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
    **CRITERION_VALUE_LABELS,
    # the ranking table: a criterion's value, beside its part of the score
    "leading.value_of": ("Nilai {criterion}", "{criterion} value"),
    "leading.values_head": ("Nilai kriteria", "Criterion values"),
    "leading.contributions_head": ("Bagian skor", "Parts of the score"),
    # the line above every downloaded table: which table, region, period
    "leading.workbook.title": ("{table} · {region} ({code}) · {start}–{end} · acuan: "
                               "{reference}",
                               "{table} · {region} ({code}) · {start}–{end} · reference: "
                               "{reference}"),
    "leading.workbook.industry_name": ("Nama lapangan usaha", "Industry name"),
    "leading.workbook.region_name": ("Nama wilayah", "Region name"),
    "leading.workbook.value_unit": ("Nilai ({unit})", "Value ({unit})"),
    # the notes sheet, in sentences
    "leading.note.data_bps": ("Data berasal dari tabel PDRB BPS yang diunggah.",
                              "The data come from the uploaded BPS PDRB tables."),
    "leading.note.data_synthetic": ("Data ini SINTETIS, dibuat oleh generator demo Rancang; "
                                    "angkanya bukan data BPS.",
                                    "These data are SYNTHETIC, made by Rancang's demo "
                                    "generator; the numbers are not BPS data."),
    "leading.note.measure": ("Nilai yang dianalisis adalah {measure}, dalam {unit}.",
                             "The values analysed are {measure}, in {unit}."),
    "leading.note.measure_no_unit": ("Nilai yang dianalisis adalah {measure}.",
                                     "The values analysed are {measure}."),
    "leading.note.period": ("Analisis mencakup tahun {start} sampai {end}.",
                            "The analysis covers the years {start} to {end}."),
    "leading.note.reference": ("Ekonomi acuan pembanding adalah {reference}.",
                               "The reference economy compared with is {reference}."),
    "leading.note.regions": ("Tabel ini memuat {n} wilayah.",
                             "This table holds {n} region(s)."),
    "leading.note.sources": ("Sumber berkas: {sources}.", "Source files: {sources}."),
    "leading.note.weights": ("Bobot peringkat industri unggulan: {weights}.",
                             "Weights of the leading-industry ranking: {weights}."),
    "leading.note.base_first": (
        "Pada matriks SLQ-DLQ, industri yang sudah basis (SLQ di atas 1) tetapi tidak makin "
        "terspesialisasi (DLQ paling tinggi 1) disebut andalan, dan yang belum basis tetapi "
        "makin terspesialisasi disebut prospektif (konvensi 'base-first').",
        "In the SLQ-DLQ matrix, an industry that is a base (SLQ above 1) but not gaining "
        "(DLQ at most 1) is called mainstay, and one that is not a base yet but gaining is "
        "called prospective (the 'base-first' convention)."),
    "leading.note.growth_first": (
        "Pada matriks SLQ-DLQ, industri yang belum basis (SLQ paling tinggi 1) tetapi makin "
        "terspesialisasi (DLQ di atas 1) disebut andalan, dan yang sudah basis tetapi tidak "
        "makin terspesialisasi disebut prospektif (konvensi 'growth-first').",
        "In the SLQ-DLQ matrix, an industry that is not a base yet (SLQ at most 1) but "
        "gaining (DLQ above 1) is called mainstay, and one that is a base but not gaining "
        "is called prospective (the 'growth-first' convention)."),
    "leading.note.percent": ("Persentase ditampilkan sebagai persen (sel berformat %); "
                             "peringkat adalah bilangan bulat; nilai rupiah memakai pemisah "
                             "ribuan.",
                             "Percentages are shown as percent (cells formatted %); ranks "
                             "are whole numbers; rupiah values carry thousands separators."),
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
    "map.synthetic": ("SINTETIS (demo)",
                      "SYNTHETIC (demo)"),
    "map.legend": ("Legenda",
                   "Legend"),
    "map.zoom_in": ("Perbesar",
                    "Zoom in"),
    "map.zoom_out": ("Perkecil",
                     "Zoom out"),
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
    # the dashboard's heading: the page and the region it is about
    "ui.dashboard_of": ("Dasbor wilayah {region}", "Region dashboard: {region}"),
    "leading.left_out_title": ("Tidak dihitung", "Left out"),
    "leading.gap_dashboard": (
        "Tahun data tidak berurutan ({years}). DLQ, kuadran SLQ x DLQ, shift-share dinamis "
        "dan peringkat unggulan memerlukan data setiap tahun, jadi tidak ditampilkan. LQ "
        "per tahun, shift-share klasik dan Esteban-Marquillas {start}-{end}, Klassen dan "
        "spesialisasi dihitung; pertumbuhan antara dua tahun yang tidak berurutan adalah "
        "rata-rata per tahun (CAGR).",
        "The data years are not consecutive ({years}). DLQ, the SLQ x DLQ quadrant, "
        "dynamic shift-share and the leading-industry ranking need every year, so they are "
        "not shown. LQ per year, classic and Esteban-Marquillas shift-share {start}-{end}, "
        "Klassen and specialisation are computed; growth between two years that are not "
        "consecutive is the average annual growth (CAGR)."),
    "leading.avg_growth": ("Pertumbuhan rata-rata per tahun (CAGR, %)",
                           "Average annual growth (CAGR, %)"),
    "leading.gap_ranking": (
        "Peringkat unggulan memerlukan data setiap tahun (DLQ, pertumbuhan tahunan); "
        "tahun data: {years}",
        "The leading-industry ranking needs every year (DLQ, year-to-year growth); the "
        "data years: {years}"),
    "leading.gap_table": (
        "tabel {table} memerlukan data setiap tahun; tahun data: {years}",
        "the table {table} needs every year; the data years: {years}"),
    "leading.left_out": (
        "{tables}: metode ini memerlukan data setiap tahun (DLQ, shift-share dinamis, "
        "peringkat unggulan), masukan hanya berisi tahun {years}; LQ, shift-share klasik "
        "dan Esteban-Marquillas antara tahun pertama dan terakhir, spesialisasi dan Klassen "
        "tetap dihitung",
        "{tables}: these methods need every year (DLQ, dynamic shift-share, the leading "
        "ranking), the input has only the years {years}; LQ, classic and "
        "Esteban-Marquillas shift-share between the first and last year, specialisation "
        "and Klassen are computed"),
    "ui.firms": ("Usaha dari registri",
                 "Firms from the register"),
    "leading.map.unplaced": ("Usaha registri yang tidak tampak di peta (tanpa koordinat)",
                             "Register firms the map cannot show (no coordinates)"),
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
