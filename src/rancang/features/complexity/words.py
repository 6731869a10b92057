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
}
