"""Words of the complexity feature: column headers of its tables, its messages, the lines
of its console summary and of its workbook."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "complexity.about.top_title": ("Peluang yang ditampilkan", "Opportunities shown"),
    "complexity.about.top": (
        "{top} peluang teratas tiap wilayah (dengan penjelasan dan rentang peringkat); "
        "matriks lengkap di {files} (penjelasan dan rentang peringkat hanya untuk {top} "
        "peluang teratas, kosong untuk yang lain)",
        "the top {top} opportunities of each region (explained, with rank intervals); "
        "the full matrices in {files} (drivers and rank intervals for the top {top} "
        "only, empty for the others)"),
    "complexity.top_said": (
        "Hasil besar: matriks lengkap ditulis sebagai Parquet ({files}); CSV dan buku "
        "kerja berisi {top} peluang teratas tiap wilayah. Penjelasan dan rentang "
        "peringkat dihitung hanya untuk {top} peluang teratas itu (kosong di Parquet "
        "untuk yang lain).",
        "Large result: the full matrices are written as Parquet ({files}); the CSV files "
        "and the workbook hold the top {top} opportunities of each region. Drivers and "
        "rank intervals are computed for those top {top} only (empty in the Parquet for "
        "the others)."),
    "complexity.samples_said": (
        "Rentang peringkat dari {samples} undian (bukan {default}) karena ada {cells} sel "
        "wilayah x lapangan usaha; --samples N untuk memilih sendiri.",
        "Rank intervals from {samples} draws (not {default}) because there are {cells} "
        "region x industry cells; --samples N to choose."),
    "feature.complexity": ("Kompleksitas dan diversifikasi",
                           "Complexity and diversification"),
    # column headers
    "rca": ("RCA (LQ)", "RCA (LQ)"),
    "mcp": ("Hadir (Mcp)", "Present (Mcp)"),
    "density": ("Kepadatan (density)", "Density"),
    "distance": ("Jarak (distance)", "Distance"),
    "cog": ("Tambahan peluang kompleksitas (COG)", "Complexity outlook gain (COG)"),
    "coi": ("Indeks peluang kompleksitas (COI)", "Complexity outlook index (COI)"),
    "eci": ("Indeks kompleksitas ekonomi (ECI)", "Economic complexity index (ECI)"),
    "pci": ("Indeks kompleksitas produk (PCI)", "Product complexity index (PCI)"),
    "diversity": ("Diversitas", "Diversity"),
    "ubiquity": ("Ubikuitas", "Ubiquity"),
    "drivers": ("Industri pendorong (kedekatan)", "Driving industries (proximity)"),
    # a candidate without a present industry nearby (the CSV keeps the English words)
    "complexity.no_drivers": ("tidak ada industri yang sudah ada dengan kedekatan > 0",
                              "no present industry with proximity > 0"),
    # options and input
    "complexity.bad_threshold": ("--threshold harus bernilai positif",
                                 "--threshold must be positive"),
    "complexity.unknown_weight": ("bobot tidak dikenal: {names}; gunakan density, cog atau "
                                  "pci",
                                  "unknown weight {names}: use density, cog or pci"),
    "complexity.weights_zero": ("jumlah bobot harus lebih dari nol",
                                "the weights must add up to more than zero"),
    "complexity.too_small": ("analisis kompleksitas membutuhkan sedikitnya dua wilayah dan "
                             "dua lapangan usaha",
                             "complexity needs at least two regions and two industries"),
    "complexity.bad_rca_threshold": ("ambang RCA harus bernilai positif, bukan {value}",
                                     "the RCA threshold must be positive, got {value}"),
    "complexity.negative": ("analisis kompleksitas membutuhkan nilai yang tidak negatif "
                            "(ditemukan nilai negatif)",
                            "complexity needs non-negative values (negative found)"),
    # progress
    "complexity.step.reading": ("membaca data", "reading data"),
    "complexity.step.measures": ("menghitung ECI, PCI, kedekatan, kepadatan, COG",
                                 "computing ECI, PCI, proximity, density, COG"),
    "complexity.step.opportunities": ("menghitung peluang diversifikasi",
                                      "computing the opportunities"),
    "complexity.step.tables": ("menyusun tabel", "building the tables"),
    "complexity.step.writing": ("menulis hasil", "writing the results"),
    # warnings
    "complexity.warning": ("Peringatan", "Warning"),
    "complexity.warning_n": ("Peringatan {n}", "Warning {n}"),
    "complexity.few_industries": (
        "Hanya {what}: ukuran kompleksitas (ECI, PCI, kedekatan, kepadatan) kurang bermakna "
        "dengan kurang dari sekitar {limit} industri. Gunakan klasifikasi yang lebih rinci, "
        "mis. tenaga kerja atau output KBLI 2-5 digit dari register industri (rancang "
        "registry).",
        "Only {what}: complexity measures (ECI, PCI, proximity, density) mean little with "
        "fewer than about {limit} industries. Use a finer classification, e.g. KBLI 2-5 "
        "digit employment or output from the industry register (rancang registry)."),
    "complexity.few_pdrb": ("{n} kategori PDRB", "the {n} PDRB categories"),
    "complexity.few_other": ("{n} lapangan usaha", "{n} industries"),
    "complexity.eci_undefined": (
        "{year}: ECI/PCI tidak terdefinisi (kurang dari dua wilayah/industri yang hadir).",
        "{year}: ECI/PCI undefined (fewer than two regions or industries present)."),
    # console summary
    "complexity.synthetic": ("DATA SINTETIS: data demo buatan Rancang, bukan data BPS.",
                             "SYNTHETIC DATA: demo data made by Rancang, not BPS."),
    "complexity.summary.size": ("Wilayah x lapangan usaha", "Regions x industries"),
    "complexity.summary.period": ("Periode", "Period"),
    "complexity.summary.threshold": ("Ambang RCA", "RCA threshold"),
    "complexity.summary.title": ("{region} · ECI {eci} · peluang diversifikasi",
                                 "{region} · ECI {eci} · opportunities"),
    "complexity.summary.industry": ("Lapangan usaha", "Industry"),
    "complexity.summary.score": ("Skor", "Score"),
    "complexity.summary.rank_range": ("Rentang peringkat", "Rank range"),
    "complexity.summary.near": ("Dekat dengan (kedekatan)", "Near to (proximity)"),
    "complexity.summary.more": ("... {n} wilayah lainnya ada di berkas hasil.",
                                "... {n} more regions in the output files."),
    "complexity.written": ("Hasil ditulis ke {out}/ ({n} berkas)",
                           "Results written to {out}/ ({n} files)"),
    # workbook
    "complexity.sheet.opportunities": ("Peluang diversifikasi", "Opportunities"),
    "complexity.sheet.eci": ("ECI wilayah", "Region ECI"),
    "complexity.sheet.pci": ("PCI lapangan usaha", "Industry PCI"),
    "complexity.sheet.complexity": ("RCA, kepadatan, COG", "RCA, density, COG"),
    "complexity.about.data": ("Data", "Data"),
    "complexity.about.synthetic": ("SINTETIS (demo)", "SYNTHETIC (demo)"),
    "complexity.about.bps": ("BPS / masukan pengguna", "BPS / user input"),
    "complexity.about.measure": ("Ukuran", "Measure"),
    "complexity.about.period": ("Periode", "Period"),
    "complexity.about.size": ("Wilayah x industri", "Regions x industries"),
    "complexity.about.threshold": ("Ambang RCA (Mcp = 1 bila RCA >= ambang)",
                                   "RCA threshold (Mcp = 1 if RCA >=)"),
    "complexity.about.weights": ("Bobot skor peluang", "Opportunity score weights"),
    "complexity.about.years": ("Tahun peluang", "Opportunity years"),
    "complexity.about.rank_thresholds": ("Ambang uji peringkat",
                                         "Thresholds tested for the ranks"),
    "complexity.about.sources": ("Sumber", "Sources"),
    "complexity.about.method": ("Metode", "Method"),
    "complexity.about.method_text": (
        "Hidalgo & Hausmann (2009); Atlas of Economic Complexity (2014); definisi sama "
        "dengan ecomplexity 0.5.3",
        "Hidalgo & Hausmann (2009); Atlas of Economic Complexity (2014); same definitions "
        "as ecomplexity 0.5.3"),
    "complexity.about.not_in_workbook": ("Tidak dalam buku kerja ini", "Not in this workbook"),
    "complexity.about.csv_only": ("{name}.csv ({n} baris)", "{name}.csv ({n} rows)"),
    # the diversification page (web)
    "complexity.page.title": ("Diversifikasi", "Diversification"),
    "complexity.page.guide": (
        "Halaman ini menunjukkan seberapa beragam dan kompleks ekonomi wilayah (ECI), dan "
        "lapangan usaha yang paling dekat dengan kemampuan yang sudah dimiliki wilayah: "
        "peluang diversifikasi. Pilih wilayah, ambang RCA dan tahun; alamat halaman "
        "menyimpan pilihan itu sehingga dapat dibagikan.",
        "This page shows how diverse and complex the region's economy is (ECI), and the "
        "industries closest to what the region already does well: its diversification "
        "opportunities. Choose the region, the RCA threshold and the year; the page "
        "address keeps these choices, so a view can be shared."),
    "complexity.page.threshold": ("Ambang RCA", "RCA threshold"),
    "complexity.page.threshold_help": (
        "Lapangan usaha dianggap hadir di wilayah bila RCA (LQ) >= ambang; bawaan 1.",
        "An industry counts as present in a region when its RCA (LQ) >= the threshold; "
        "default 1."),
    "complexity.page.bad_year": ("tahun {year} tidak ada dalam data",
                                 "year {year} is not in the data"),
    "complexity.page.no_dataset": ("belum ada data PDRB yang dapat dibuka",
                                   "no PDRB data you may open yet"),
    "complexity.page.eci_title": ("ECI dan diversitas dari tahun ke tahun",
                                  "ECI and diversity over time"),
    "complexity.page.eci_help": (
        "ECI di atas 0: ekonomi wilayah lebih kompleks daripada rata-rata wilayah dalam "
        "data; diversitas: jumlah lapangan usaha yang hadir (RCA >= ambang).",
        "ECI above 0: the region's economy is more complex than the average region of the "
        "data; diversity: the number of industries present (RCA >= threshold)."),
    "complexity.page.eci_axis": ("ECI (indeks, rata-rata 0)", "ECI (index, mean 0)"),
    "complexity.page.diversity_axis": ("Diversitas (lapangan usaha)",
                                       "Diversity (industries)"),
    "complexity.page.industries_unit": ("lapangan usaha", "industries"),
    "complexity.page.eci_note": ("ECI dan diversitas tiap tahun, ambang RCA {threshold}",
                                 "ECI and diversity per year, RCA threshold {threshold}"),
    "complexity.page.opp_title": ("Peluang diversifikasi {year}",
                                  "Diversification opportunities {year}"),
    "complexity.page.opp_help": (
        "Lapangan usaha yang belum hadir, diurutkan menurut skor (kepadatan 50 %, COG 25 %, "
        "PCI 25 %). Rentang peringkat: peringkat terendah dan tertinggi dari {samples} "
        "undian ambang dan bobot; rentang lebar berarti urutan itu belum pasti.",
        "Industries not yet present, ranked by score (density 50 %, COG 25 %, PCI 25 %). "
        "Rank interval: the lowest and highest rank over {samples} draws of threshold and "
        "weights; a wide interval means the order is uncertain."),
    "complexity.page.rank_axis": ("Peringkat (1 = terbaik)", "Rank (1 = best)"),
    "complexity.page.interval_note": (
        "titik: peringkat; batang: rentang peringkat dari {samples} undian",
        "dot: rank; bar: rank interval over {samples} draws"),
    "complexity.page.density_short": ("Kepadatan", "Density"),
    "complexity.page.why": ("Mengapa dekat", "Why it is close"),
    "complexity.page.close_to": (
        "dekat dengan {industries}, yang sudah hadir di wilayah (kedekatan 0-1)",
        "close to {industries}, already present in the region (proximity 0-1)"),
    "complexity.page.heat_title": ("Keterkaitan lapangan usaha wilayah",
                                   "Relatedness of the region's industries"),
    "complexity.page.heat_help": (
        "Kedekatan (0-1) antara lapangan usaha yang hadir di wilayah dan peluang "
        "teratasnya: seberapa sering dua lapangan usaha hadir bersama di wilayah-wilayah "
        "dalam data. Semakin gelap, semakin dekat.",
        "Proximity (0-1) between the industries present in the region and its first "
        "opportunities: how likely two industries are present together across the "
        "regions of the data. The darker, the closer."),
    "complexity.page.proximity": ("Kedekatan (0-1)", "Proximity (0-1)"),
    "complexity.page.heat_table": ("Angka kedekatan sebagai tabel", "The proximities as a table"),
    "complexity.page.heat_note": (
        "{n} lapangan usaha pertama hadir di wilayah, sisanya peluang",
        "the first {n} industries are present in the region, the others are opportunities"),
    "complexity.page.province_title": ("Kabupaten/kota satu provinsi berdampingan, {year}",
                                       "The province's regencies side by side, {year}"),
    "complexity.page.province_note": ("ECI tahun {year}; wilayah ini berwarna gelap",
                                      "ECI in {year}; this region in dark"),
    "complexity.page.first_opps": ("Tiga peluang teratas", "First three opportunities"),
    "perm.complexity.read": ("melihat kompleksitas dan peluang diversifikasi wilayah",
                             "see the complexity and diversification opportunities of regions"),
}
