"""Words of the input-output feature: column headers, the key-sector classes, messages,
notes and the lines of its summary and workbook."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "sector": ("Kode sektor", "Sector code"),
    "sector_name": ("Sektor", "Sector"),
    "row_sector": ("Sektor baris (penjual)", "Row sector (seller)"),
    "column_sector": ("Sektor kolom (pembeli)", "Column sector (buyer)"),
    "a": ("Koefisien a_ij", "Coefficient a_ij"),
    "l": ("l_ij", "l_ij"),
    "output": ("Pengganda output", "Output multiplier"),
    "output_type2": ("Pengganda output tipe II", "Type II output multiplier"),
    "income": ("Pengganda pendapatan", "Income multiplier"),
    "income_type1": ("Pengganda pendapatan tipe I", "Type I income multiplier"),
    "income_type2": ("Pengganda pendapatan tipe II", "Type II income multiplier"),
    "value_added": ("Pengganda nilai tambah", "Value-added multiplier"),
    "employment": ("Pengganda tenaga kerja (orang per juta rupiah)",
                   "Employment multiplier (workers per million rupiah)"),
    "employment_type1": ("Pengganda tenaga kerja tipe I (rasio)",
                         "Type I employment multiplier (ratio)"),
    "backward": ("Keterkaitan ke belakang", "Backward linkage"),
    "forward": ("Keterkaitan ke depan", "Forward linkage"),
    "key_sector": ("Sektor kunci", "Key sector"),
    "class": ("Kelompok", "Class"),
    "extraction_loss": ("Kehilangan output (ekstraksi)", "Output lost (extraction)"),
    "extraction_share": ("Kehilangan / total output", "Loss / total output"),
    "import_foreign": ("Impor luar negeri langsung", "Direct foreign imports"),
    "import_other_regions": ("Impor antar wilayah langsung", "Direct imports, other regions"),
    "import_leakage": ("Kebocoran regional", "Regional leakage"),
    "import_direct": ("Impor langsung", "Direct imports"),
    "import_total": ("Impor total (langsung + tidak langsung)", "Total import content"),
    "pdrb_category": ("Kategori PDRB", "PDRB category"),
    "regional_pdrb": ("PDRB wilayah", "Regional PDRB"),
    "reference_pdrb": ("PDRB acuan", "Reference PDRB"),
    "national_a": ("Koefisien tabel acuan (a_ij)", "Coefficient of the source table (a_ij)"),
    "lq_ij": ("LQ yang dipakai (LQ_ij)", "LQ used (LQ_ij)"),
    "regional_a": ("Koefisien wilayah (r_ij)", "Regional coefficient (r_ij)"),
}

KEY_SECTOR_WORDS: dict[str, tuple[str, str]] = {
    "key": ("sektor kunci", "key sector"),
    "backward": ("kuat ke belakang", "strong backward"),
    "forward": ("kuat ke depan", "strong forward"),
    "weak": ("lemah", "weak"),
}
"""Words for the ``class`` of ``linkages.csv`` (machine values ``key``, ``backward``,
``forward``, ``weak``; Miller and Blair 2009, section 12.2: backward and forward linkage
both above 1, only backward, only forward, neither)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # options and input
    "inputoutput.bad_method": ("--method harus slq, cilq atau flq",
                               "--method must be slq, cilq or flq"),
    "inputoutput.bad_delta": ("--delta harus berada dalam [0, 1)", "--delta must be in [0, 1)"),
    "inputoutput.region_with_panel": ("--region dan --panel harus diberikan bersama",
                                      "--region and --panel go together"),
    "inputoutput.unknown_method": ("metode {method!r} tidak dikenal: gunakan slq, cilq atau "
                                   "flq",
                                   "unknown method {method!r}: use slq, cilq or flq"),
    "inputoutput.region_needs_panel": ("--region membutuhkan panel PDRB (--panel MASUKAN...)",
                                       "--region needs a PDRB panel (--panel INPUT...)"),
    "inputoutput.employment_lacks": ("berkas tenaga kerja tidak memuat sektor {sectors}",
                                     "employment file lacks sector(s) {sectors}"),
    "inputoutput.no_category": (
        "{n} sektor IO tidak memiliki kategori PDRB ({sectors}): berikan CSV pemetaan "
        "dengan kolom io_sector,pdrb_category (--mapping)",
        "{n} IO sector(s) have no PDRB category ({sectors}): give a mapping CSV with "
        "columns io_sector,pdrb_category (--mapping)"),
    "inputoutput.panel_lacks_category": ("panel PDRB tidak memuat kategori {categories}",
                                         "PDRB panel has no category {categories}"),
    "inputoutput.province_unknown": (
        "provinsi tabel IO '{title}' tidak dikenali dari judul atau nama berkasnya: berikan "
        "ekonomi acuan dengan --reference (mis. baris provinsi 7300)",
        "the province of the IO table '{title}' is not recognised from its title or file "
        "name: give the reference economy with --reference (e.g. the province row 7300)"),
    "inputoutput.other_province": (
        "tabel IO untuk provinsi {province}, tetapi wilayah {region} berada di provinsi "
        "{own}: pakai tabel IO provinsinya, atau berikan --reference secara eksplisit bila "
        "memang disengaja",
        "the IO table is for province {province} but region {region} lies in province "
        "{own}: use its province's table, or give --reference explicitly if this is "
        "intended"),
    "inputoutput.no_province_row": (
        "data PDRB tidak memuat baris provinsi {province} (ekonomi acuan tabel IO ini): "
        "tambahkan baris provinsi ke data atau berikan --reference",
        "the PDRB data has no row for province {province}, the reference economy of this IO "
        "table: add the province row or give --reference"),
    "inputoutput.no_national_row": (
        "tabel IO nasional '{title}' membutuhkan baris nasional (9999) dalam data PDRB "
        "sebagai ekonomi acuan: tambahkan baris itu atau berikan --reference",
        "the national IO table '{title}' needs the national row (9999) in the PDRB data as "
        "its reference economy: add it or give --reference"),
    "inputoutput.an_io_table": ("tabel IO", "IO table"),
    # notes shown with the results
    "inputoutput.note.pdrb_year": ("PDRB tahun {year} dipakai (tabel untuk tahun {table_year})",
                                   "PDRB of {year} used (the table is for {table_year})"),
    "inputoutput.note.reference": ("tabel '{title}', ekonomi acuan {reference}",
                                   "the table is '{title}', the reference economy is "
                                   "{reference}"),
    "inputoutput.note.regional_output": (
        "output wilayah diperkirakan = output tabel x rasio PDRB kategori sektornya; "
        "koefisien nilai tambah, pendapatan dan impor dari tabel (asumsi teknologi sama)",
        "regional output estimated as the table's output x the PDRB ratio of the sector's "
        "category; value-added, income and import coefficients are the table's "
        "(same-technology assumption)"),
    "inputoutput.note.no_employment": (
        "tanpa berkas tenaga kerja (--employment sector,workers): pengganda tenaga kerja NaN",
        "no employment file (--employment sector,workers): employment multipliers are NaN"),
    "inputoutput.note.no_household": (
        "tanpa kolom konsumsi rumah tangga (3011): pengganda tipe II NaN",
        "no household-consumption column (3011): type II multipliers are NaN"),
    "inputoutput.note.no_imports": (
        "tabel tanpa baris impor (2000/2001): ketergantungan impor tidak dihitung",
        "the table carries no import rows (2000/2001): import dependence not computed"),
    # the workbook's first sheet and the summary
    "inputoutput.about.title": ("Judul tabel", "Table title"),
    "inputoutput.about.data": ("Data", "Data"),
    "inputoutput.about.synthetic": ("SINTETIS (bukan BPS)", "SYNTHETIC (not BPS)"),
    "inputoutput.about.bps": ("BPS", "BPS"),
    "inputoutput.about.sectors": ("Jumlah sektor", "Sectors"),
    "inputoutput.about.unit": ("Satuan", "Unit"),
    "inputoutput.about.employment_unit": ("Satuan pengganda tenaga kerja",
                                          "Employment multiplier unit"),
    "inputoutput.about.region": ("Wilayah", "Region"),
    "inputoutput.about.reference": ("Ekonomi acuan", "Reference economy"),
    "inputoutput.about.year": ("Tahun PDRB", "PDRB year"),
    "inputoutput.about.regionalisation": ("Regionalisasi", "Regionalisation"),
    "inputoutput.about.note": ("Catatan {n}", "Note {n}"),
    "inputoutput.employment_unit": ("orang per {currency} permintaan akhir",
                                    "workers per {currency} of final demand"),
    "inputoutput.currency.juta_rupiah": ("juta rupiah", "million rupiah"),
    "inputoutput.currency.miliar_rupiah": ("miliar rupiah", "billion rupiah"),
    "inputoutput.currency.table": ("satuan tabel", "unit of the table"),
    "inputoutput.synthetic": ("DATA SINTETIS: bukan data BPS.", "SYNTHETIC DATA: not BPS."),
    "inputoutput.summary.title": ("Sektor kunci dan keterkaitan", "Key sectors and linkages"),
    "inputoutput.summary.sector": ("Sektor", "Sector"),
    "inputoutput.summary.class": ("Kelompok", "Class"),
    "inputoutput.summary.output": ("Pengganda output", "Output multiplier"),
    "inputoutput.summary.income": ("Pengganda pendapatan", "Income multiplier"),
    "inputoutput.written": ("Hasil ditulis ke {out}/ ({n} berkas)",
                            "Results written to {out}/ ({n} files)"),
    # sheet titles of io.xlsx
    "inputoutput.sheet.coefficients": ("Koefisien teknis (A)", "Technical coefficients (A)"),
    "inputoutput.sheet.leontief": ("Invers Leontief (L)", "Leontief inverse (L)"),
    "inputoutput.sheet.multipliers": ("Pengganda", "Multipliers"),
    # the input-output pages (web)
    "inputoutput.page.nav": ("Input-output", "Input-output"),
    "inputoutput.page.list_title": ("Tabel input-output", "Input-output tables"),
    "inputoutput.page.title": ("Analisis input-output", "Input-output analysis"),
    "inputoutput.page.title_of": ("Analisis input-output, {n} sektor · {table}",
                                  "Input-output analysis, {n} sectors · {table}"),
    "inputoutput.page.guide": (
        "Unggah tabel input-output BPS (.xlsx: provinsi 17 sektor, atau nasional 52/185 "
        "sektor) lalu buka untuk melihat pengganda, keterkaitan, sektor kunci dan "
        "ketergantungan impor; pilih kabupaten/kota untuk meregionalkan tabel. Tabel "
        "sintetis tersedia untuk mencoba.",
        "Upload a BPS input-output table (.xlsx: a 17-sector provincial table, or the "
        "52/185-sector national one), then open it to see multipliers, linkages, key "
        "sectors and import dependence; choose a regency to regionalise the table. A "
        "synthetic table is there to try."),
    "inputoutput.page.table_guide": (
        "Pengganda output: berapa output seluruh ekonomi bertambah bila permintaan akhir "
        "sektor naik 1 rupiah. Sektor kunci: keterkaitan ke belakang dan ke depan keduanya "
        "di atas rata-rata (> 1). Pilih data PDRB dan kabupaten/kota untuk tabel regional "
        "(metode LQ dan delta FLQ dapat diubah); alamat halaman menyimpan pilihan itu.",
        "Output multiplier: how much the whole economy's output grows when the sector's "
        "final demand rises by 1 rupiah. Key sectors: backward and forward linkages both "
        "above average (> 1). Choose PDRB data and a regency for the regional table (the "
        "LQ method and the FLQ delta can be changed); the page address keeps these "
        "choices."),
    "inputoutput.page.file": ("Berkas tabel IO BPS (.xlsx)", "BPS IO table file (.xlsx)"),
    "inputoutput.page.upload": ("Unggah", "Upload"),
    "inputoutput.page.employment": ("Tenaga kerja per sektor", "Workers per sector"),
    "inputoutput.page.employment_file": (
        "Tenaga kerja per sektor untuk pengganda tenaga kerja (CSV sector,workers)",
        "Workers per sector for the employment multipliers (CSV sector,workers)"),
    "inputoutput.page.stored": ("Tabel tersimpan", "Stored tables"),
    "inputoutput.page.uploaded": ("Diunggah oleh", "Uploaded by"),
    "inputoutput.page.no_table": ("tabel IO {id} tidak ada", "IO table {id} does not exist"),
    "inputoutput.page.no_download": ("tabel {name} tidak ada", "no table {name}"),
    "inputoutput.page.empty_file": ("berkas kosong", "the file is empty"),
    "inputoutput.page.too_large": ("berkas lebih dari {mb} MB", "the file exceeds {mb} MB"),
    "inputoutput.page.not_xlsx": ("tabel IO BPS dibaca dari berkas .xlsx",
                                  "BPS IO tables are read from .xlsx files"),
    "inputoutput.page.regionalise": ("Regionalisasi ke kabupaten/kota",
                                     "Regionalise to a regency"),
    "inputoutput.page.no_region": ("tanpa regionalisasi (ekonomi tabel)",
                                   "no regionalisation (the table's economy)"),
    "inputoutput.page.table_economy": ("bawaan: ekonomi tabel", "default: the table's economy"),
    "inputoutput.page.method": ("Metode LQ", "LQ method"),
    "inputoutput.page.delta": ("Delta FLQ", "FLQ delta"),
    "inputoutput.page.delta_help": (
        "Delta (0 sampai < 1) mengatur seberapa kuat ukuran wilayah mengecilkan koefisien "
        "(FLQ, Flegg); bawaan 0,3.",
        "Delta (0 to < 1) sets how strongly the region's size shrinks the coefficients "
        "(FLQ, Flegg); default 0.3."),
    "inputoutput.page.lambda": ("lambda* = {value}.", "lambda* = {value}."),
    "inputoutput.page.notes": ("Catatan ({n})", "Notes ({n})"),
    "inputoutput.page.sector": ("Sektor", "Sector"),
    "inputoutput.page.multipliers": ("Pengganda", "Multipliers"),
    "inputoutput.page.multipliers_help": (
        "Output dan nilai tambah per rupiah permintaan akhir; pendapatan: upah per rupiah; "
        "tenaga kerja: {unit} (kosong tanpa data tenaga kerja).",
        "Output and value added per rupiah of final demand; income: wages per rupiah; "
        "employment: {unit} (empty without employment data)."),
    "inputoutput.page.multiplier_axis": ("Pengganda (rupiah per rupiah permintaan akhir)",
                                         "Multiplier (rupiah per rupiah of final demand)"),
    "inputoutput.page.multiplier_note": ("pengganda sederhana (tipe I) dari invers Leontief",
                                         "simple (type I) multipliers from the Leontief inverse"),
    "inputoutput.page.linkages": ("Keterkaitan ke belakang dan ke depan",
                                  "Backward and forward linkages"),
    "inputoutput.page.linkages_help": (
        "Indeks 1 = rata-rata semua sektor. Kanan atas: sektor kunci; label untuk enam "
        "sektor dengan keterkaitan terbesar, sisanya saat disorot.",
        "Index 1 = the average of all sectors. Top right: key sectors; labels for the six "
        "sectors with the largest linkages, the others on hover."),
    "inputoutput.page.backward_axis": ("Keterkaitan ke belakang (indeks, 1 = rata-rata)",
                                       "Backward linkage (index, 1 = average)"),
    "inputoutput.page.forward_axis": ("Ke depan (indeks)", "Forward (index)"),
    "inputoutput.page.linkage_note": ("ke belakang dari Leontief, ke depan dari Ghosh",
                                      "backward from Leontief, forward from Ghosh"),
    "inputoutput.page.key_sectors": ("Sektor kunci", "Key sectors"),
    "inputoutput.page.imports": ("Ketergantungan impor per sektor",
                                 "Import dependence per sector"),
    "inputoutput.page.imports_help": (
        "Impor langsung: impor per rupiah output sektor (termasuk kebocoran ke luar wilayah "
        "untuk tabel regional); total: langsung dan tidak langsung lewat rantai pasok.",
        "Direct imports: imports per rupiah of the sector's output (the leakage out of the "
        "region included for a regional table); total: direct and indirect, through the "
        "supply chain."),
    "inputoutput.page.import_axis": ("Impor (% dari output)", "Imports (% of output)"),
    "inputoutput.page.import_note": ("impor per 100 rupiah output",
                                     "imports per 100 rupiah of output"),
    "inputoutput.page.regional": ("Tabel regional ({method}): ukuran sektor dari PDRB",
                                  "Regional table ({method}): sector sizes from PDRB"),
    "inputoutput.page.regional_help": (
        "Koefisien nasional atau provinsi dikecilkan menurut location quotient sektor; SLQ "
        "di bawah 1 berarti wilayah membeli sebagian input dari luar.",
        "The national or provincial coefficients are shrunk by the sectors' location "
        "quotients; an SLQ below 1 means the region buys part of the inputs elsewhere."),
    "perm.inputoutput.read": ("melihat tabel dan analisis input-output",
                              "see input-output tables and their analysis"),
    "perm.inputoutput.import": ("mengunggah tabel input-output BPS",
                                "upload BPS input-output tables"),
    "inputoutput.sheet.linkages": ("Keterkaitan", "Linkages"),
    "inputoutput.sheet.imports": ("Ketergantungan impor", "Import dependence"),
    "inputoutput.sheet.location_quotients": ("LQ regionalisasi", "Regionalisation LQ"),
    "inputoutput.sheet.regional_coefficients": ("Tabel wilayah (LQ, r_ij)",
                                                "Regional table (LQ, r_ij)"),
    "inputoutput.page.regional_matrix": ("Tabel wilayah: {lq} dan koefisien r_ij",
                                         "Regional table: {lq} and the coefficients r_ij"),
    "inputoutput.page.regional_matrix_help": (
        "Setiap sel: LQ_ij yang dipakai di atas, koefisien wilayah r_ij = a_ij x min(LQ_ij; "
        "1) di bawah (baris: sektor penjual, kolom: sektor pembeli). SLQ_i = (PDRB wilayah_i "
        "/ PDRB wilayah) / (PDRB acuan_i / PDRB acuan); CILQ_ij = SLQ_i / SLQ_j; FLQ_ij = "
        "lambda* x CILQ_ij dengan lambda* = [log2(1 + PDRB wilayah / PDRB acuan)]^delta "
        "(Flegg dan Webber 2000). Ubah delta di atas untuk melihat pengaruhnya.",
        "Each cell: the LQ_ij used above, the regional coefficient r_ij = a_ij x min(LQ_ij, "
        "1) below (rows: selling sector, columns: buying sector). SLQ_i = (regional PDRB_i / "
        "regional PDRB) / (reference PDRB_i / reference PDRB); CILQ_ij = SLQ_i / SLQ_j; "
        "FLQ_ij = lambda* x CILQ_ij with lambda* = [log2(1 + regional PDRB / reference "
        "PDRB)]^delta (Flegg and Webber 2000). Change delta above to see its effect."),
    "inputoutput.page.regional_too_big": (
        "Tabel {n} sektor terlalu besar untuk halaman; unduh tabel wilayah di bawah.",
        "A {n}-sector table is too large for the page; download the regional table below."),
    "inputoutput.page.delta_used": ("delta = {delta}; lambda* = {value}",
                                    "delta = {delta}; lambda* = {value}"),
}
"""Messages, notes, summary and workbook words of ``rancang io``."""

WORDS: dict[str, tuple[str, str]] = {
    "feature.inputoutput": ("Input-output",
                            "Input-output"),
    **LABELS,
    **{f"value:class:{k}": v for k, v in KEY_SECTOR_WORDS.items()},
    **MESSAGES,
}
