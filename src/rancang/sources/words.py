"""Words of :mod:`rancang.sources`: its messages in Indonesian and English (see
:mod:`rancang.core.i18n`); also those of the data model (:mod:`rancang.panel`,
:mod:`rancang.io_table`) and of :mod:`rancang.reference`.

Readers report problems in the user's input; each problem carries its location (file,
sheet, row, column) beside the message, so the messages do not repeat it.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ shared by the readers
    "sources.file_not_found": (
        "berkas tidak ditemukan",
        "file not found"),
    "sources.folder_empty": (
        "folder tidak berisi berkas .xlsx atau .csv",
        "folder holds no .xlsx or .csv file"),
    "sources.unsupported_type": (
        "jenis berkas {suffix!r} tidak didukung (gunakan .xlsx atau .csv)",
        "unsupported file type {suffix!r} (use .xlsx or .csv)"),
    "sources.unsupported_type_bare": (
        "jenis berkas {suffix!r} tidak didukung",
        "unsupported file type {suffix!r}"),
    "sources.layout_unknown": (
        "tata letak berkas tidak dikenali: yang diharapkan adalah ekspor PDRB BPS (tajuk "
        "'KodeWilayah'), tabel rapi (region_code, industry_code, year, value) atau tabel "
        "Dalam Angka (baris kategori, kolom tahun)",
        "layout not recognised: expected a BPS PDRB export (header 'KodeWilayah'), a tidy "
        "table (region_code, industry_code, year, value) or a Dalam Angka table (category "
        "rows, year columns)"),
    "sources.missing_mode": (
        "--missing harus salah satu dari {modes}, bukan {value!r}",
        "--missing must be one of {modes}, not {value!r}"),
    "sources.bps_totals_mode": (
        "bps_totals harus salah satu dari {modes}, bukan {value!r}",
        "bps_totals must be one of {modes}, not {value!r}"),
    "sources.damaged_workbook": (
        "berkas rusak atau bukan buku kerja (workbook){detail}; buka berkas dengan aplikasi "
        "lembar kerja (mis. Excel) lalu simpan ulang sebagai .xlsx, atau unduh ulang "
        "berkasnya",
        "file is damaged or not a workbook{detail}; open it in a spreadsheet program and "
        "save it again as .xlsx, or download it again"),
    "sources.duplicate_header": (
        "judul kolom {column!r} muncul lebih dari sekali (kolom {first} dan {second}); "
        "beri setiap kolom judul yang berbeda",
        "column heading {column!r} appears more than once (columns {first} and {second}); "
        "give every column its own heading"),
    "sources.hidden_sheets_only": (
        "semua lembar berkas tersembunyi ({sheets}); tampilkan lembar data lalu simpan ulang",
        "every sheet of the file is hidden ({sheets}); unhide the data sheet and save again"),
    "sources.uncomputed_formula": (
        "sel {cell} berisi rumus yang tersimpan tanpa nilainya (berkas dibuat oleh program, "
        "bukan disimpan dari Excel); buka berkas di aplikasi lembar kerja lalu simpan ulang, "
        "atau tulis nilainya",
        "cell {cell} holds a formula saved without its value (the file was written by a "
        "program, not saved from Excel); open it in a spreadsheet program and save it again, "
        "or write the value"),
    "sources.sheet_hidden": (
        "lembar {sheet!r} tersembunyi; tampilkan lembar itu di Excel lalu simpan ulang",
        "sheet {sheet!r} is hidden; unhide it in Excel and save again"),
    "sources.sheet_missing": (
        "lembar {sheet!r} tidak ditemukan",
        "sheet {sheet!r} not found"),
    "sources.kbli_ref.column": ("kolom {column} tidak ada (tabel acuan kbli,workers,"
                                 "output_value)", "column {column} is missing (the reference "
                                 "table kbli,workers,output_value)"),
    "sources.kbli_ref.code": ("'{code}' bukan kode KBLI industri pengolahan (10-33)",
                               "'{code}' is not a manufacturing KBLI code (10-33)"),
    "sources.kbli_ref.number": ("'{value}' bukan angka >= 0", "'{value}' is not a number "
                                 ">= 0"),
    "sources.da.unknown_subcategory": ("subkategori industri pengolahan tidak dikenal: "
                                       "{title}", "unknown manufacturing subcategory: "
                                       "{title}"),
    "sources.missing_column": (
        "kolom {column!r} tidak ada",
        "missing column {column!r}"),
    "sources.csv_unreadable": (
        "berkas CSV tidak dapat dibaca: {error}",
        "cannot read CSV: {error}"),
    "sources.unknown_category": (
        "kategori lapangan usaha {title!r} tidak dikenal",
        "unknown industry category {title!r}"),
    "sources.unknown_pdrb_category": (
        "kategori PDRB {code!r} tidak dikenal",
        "unknown PDRB category {code!r}"),
    "sources.value_not_a_number": (
        "nilai {value!r} bukan angka",
        "value {value!r} is not a number"),
    "sources.spreadsheet_error": (
        "galat lembar kerja {value!r} di sel (rumus yang rusak): perbaiki di berkas sumber",
        "spreadsheet error {value!r} in the cell (a broken formula): fix it in the source "
        "file"),
    "sources.not_finite": (
        "nilai {value!r} bukan angka terhingga (tak hingga atau NaN)",
        "value {value!r} is not a finite number (infinite or NaN)"),
    "sources.decimal_comma": (
        "koma desimal (1.234,5)",
        "decimal comma (1.234,5)"),
    "sources.decimal_point": (
        "titik desimal (1,234.5)",
        "decimal point (1,234.5)"),
    "sources.csv_read_as": (
        "dibaca sebagai CSV dengan pemisah {separator}, {decimal}, pengodean {encoding}",
        "read as CSV with separator {separator}, {decimal}, encoding {encoding}"),
    "sources.csv_locale_bad": (
        "--csv-locale harus en (',' dan titik desimal) atau id (';' dan koma desimal)",
        "--csv-locale must be en (',' and decimal point) or id (';' and decimal comma)"),
    "sources.file_note": (
        "{file}: {note}",
        "{file}: {note}"),
    "sources.csv_encoding_unknown": (
        "pengodean berkas CSV tidak dikenali (bukan UTF-8, UTF-16 atau Windows-1252); "
        "simpan ulang sebagai CSV UTF-8",
        "the CSV file's encoding is not recognised (not UTF-8, UTF-16 or Windows-1252); "
        "save it again as CSV UTF-8"),
    "sources.negative_value": (
        "nilai negatif {value:g}",
        "negative value {value:g}"),
    "sources.not_a_number_in": (
        "{value!r} bukan angka ({label})",
        "{value!r} is not a number ({label})"),
    "sources.negative_in": (
        "nilai negatif {value:g} ({label})",
        "negative value {value:g} ({label})"),
    # ------------------------------------------------------------ BPS PDRB export
    "sources.bps.not_export": (
        "bukan ekspor PDRB BPS: baris tajuk 'KodeWilayah' tidak ditemukan",
        "not a BPS PDRB export: no 'KodeWilayah' header row found"),
    "sources.bps.expected_year": (
        "seharusnya berisi tahun, tetapi tertulis {found!r}",
        "expected a year, found {found!r}"),
    "sources.bps.category_twice": (
        "kategori {code} tahun {year} muncul dua kali (juga di kolom {column})",
        "category {code} for {year} appears twice (also column {column})"),
    "sources.bps.year_lacks": (
        "tahun {year} tidak memuat kategori {codes}",
        "year {year} lacks categories {codes}"),
    "sources.bps.row_without_code": (
        "baris tanpa KodeWilayah",
        "row without a KodeWilayah"),
    "sources.bps.region_twice": (
        "wilayah {code} muncul dua kali (juga di baris {row})",
        "region {code} appears twice (also row {row})"),
    "sources.bps.no_regencies": (
        "tidak ada baris kabupaten/kota",
        "no regency/city rows found"),
    "sources.bps.empty_cell": (
        "sel kosong ({label}): wilayah {region} tidak memiliki nilai untuk tahun {year}",
        "empty cell ({label}): region {region} has no value for {year}"),
    # ------------------------------------------------------------ checks of the BPS totals
    "sources.check.total": (
        "wilayah {region} {year}: jumlah kategori {summed:.2f}, sedangkan kolom total "
        "{total:.2f} ({rel:+.1%}); {outcome}",
        "region {region} {year}: categories add up to {summed:.2f}, the total column says "
        "{total:.2f} ({rel:+.1%}); {outcome}"),
    "sources.check.fix": (
        "{code} (kolom {column}) {old:.2f} -> {new:.2f}",
        "{code} (column {column}) {old:.2f} -> {new:.2f}"),
    "sources.check.repaired": (
        "diperbaiki: {fixes}",
        "repaired: {fixes}"),
    "sources.check.repair_found": (
        "perbaikan ditemukan (tidak diterapkan): {fixes}",
        "repair found (not applied): {fixes}"),
    "sources.check.ambiguous": (
        "tidak diperbaiki: {n} koreksi yang berbeda sama-sama cocok (ambigu)",
        "not repaired: {n} different corrections fit (ambiguous)"),
    "sources.check.no_repair": (
        "tidak diperbaiki: tidak ada titik desimal hilang yang dapat menjelaskannya",
        "not repaired: no lost decimal point explains it"),
    # ------------------------------------------------------------ combining files
    "sources.combine.first_file": (
        "berkas pertama",
        "the first file"),
    "sources.combine.regions": (
        "wilayah",
        "regions"),
    "sources.combine.reference_rows": (
        "baris acuan",
        "reference rows"),
    "sources.combine.lacks": (
        "tidak memuat {what} {items} (yang ada di {base})",
        "lacks {what} {items} (present in {base})"),
    "sources.combine.extra": (
        "memuat {what} yang tidak ada di {base}: {items}",
        "has {what} not in {base}: {items}"),
    "sources.combine.year_missing": (
        "tahun {missing} tidak ada: masukan berisi tahun {found}{files}; metode analisis "
        "memerlukan tahun yang berurutan",
        "year {missing} is missing: the input has {found}{files}; the methods need "
        "consecutive years"),
    "sources.combine.years_missing": (
        "tahun {missing} tidak ada: masukan berisi tahun {found}{files}; metode analisis "
        "memerlukan tahun yang berurutan",
        "years {missing} are missing: the input has {found}{files}; the methods need "
        "consecutive years"),
    "sources.combine.files": (
        " (berkas {files})",
        " (files {files})"),
    "sources.combine.industries_differ": (
        "lapangan usaha berbeda dengan {base}: {detail}",
        "industries differ from {base}: {detail}"),
    "sources.combine.lacks_codes": (
        "tidak memuat {codes}",
        "lacks {codes}"),
    "sources.combine.extra_codes": (
        "memuat {codes} yang tidak ada di berkas lain",
        "has {codes} not in the other files"),
    "sources.combine.reordered": (
        "lapangan usahanya sama, tetapi urutannya berbeda",
        "same industries in another order"),
    "sources.combine.measure_differs": (
        "jenis data {measure} berbeda dengan {other} pada {base}",
        "measure {measure} differs from {other} of {base}"),
    "sources.combine.year_twice": (
        "tahun {year} juga terdapat di {other}",
        "year {year} is also in {other}"),
    "sources.combine.overlap": (
        "tahun dalam berkas-berkas saling tumpang tindih: {spans}",
        "files overlap in years: {spans}"),
    # ------------------------------------------------------------ Dalam Angka tables
    "sources.da.negative": (
        "nilai negatif {value:g} (wilayah {region}, {label})",
        "negative value {value:g} (region {region}, {label})"),
    "sources.da.empty_cell": (
        "sel kosong (wilayah {region}, {label})",
        "empty cell (region {region}, {label})"),
    "sources.da.not_a_number": (
        "{value!r} bukan angka (wilayah {region}, {label})",
        "{value!r} is not a number (region {region}, {label})"),
    "sources.da.category_twice": (
        "kategori {code} muncul dua kali pada wilayah {region}",
        "category {code} appears twice in region {region}"),
    "sources.da.no_table": (
        "tabel Dalam Angka tidak ditemukan (baris tahun dan baris kategori)",
        "no Dalam Angka table found (a row of years and category rows)"),
    "sources.da.lacks_categories": (
        "wilayah {region} tidak memuat kategori {codes}",
        "region {region} lacks categories {codes}"),
    "sources.da.lacks_years": (
        "wilayah {region} tidak memiliki kolom untuk tahun {years}",
        "region {region} has no column for year(s) {years}"),
    "sources.da.only_reference": (
        "tidak ada blok wilayah (hanya blok 'Acuan:')",
        "no region block (only 'Acuan:' blocks)"),
    # ------------------------------------------------------------ tidy long tables
    "sources.long.missing_columns": (
        "kolom tidak ada: {missing} (kolom yang ada: {found})",
        "missing column(s): {missing} (found: {found})"),
    "sources.long.no_regions": (
        "tidak ada baris wilayah (hanya baris acuan)",
        "no region rows (only reference rows)"),
    "sources.long.year_not_whole": (
        "tahun {value!r} bukan bilangan bulat",
        "year {value!r} is not a whole number"),
    "sources.long.empty_value": (
        "nilai kosong",
        "empty value"),
    "sources.long.empty_code": (
        "{column} kosong",
        "empty {column}"),
    "sources.long.duplicate": (
        "kombinasi wilayah-lapangan usaha-tahun {region} / {industry} / {year} ganda (juga "
        "di baris {first})",
        "duplicate region-industry-year {region} / {industry} / {year} (also row {first})"),
    "sources.long.unknown_category": (
        "kategori PDRB {code!r} tidak dikenal (17 kategori: {codes})",
        "unknown PDRB category {code!r} (the 17 categories: {codes})"),
    "sources.long.names_from": (
        "nama {n:d} dari {total:d} kode lapangan usaha diambil dari {list}; kode lain tetap "
        "seperti tertulis",
        "names of {n:d} of the {total:d} industry codes taken from {list}; other codes stay "
        "as given"),
    "sources.list.pdrb17": ("17 kategori PDRB BPS", "BPS's 17 PDRB categories"),
    "sources.list.kbli2020_section": ("kategori KBLI 2020 (= seksi ISIC Rev. 4)",
                                      "the KBLI 2020 sections (= ISIC Rev. 4 sections)"),
    "sources.list.kbli2020": ("KBLI 2020 (BPS)", "KBLI 2020 (BPS)"),
    "sources.list.isic4": ("ISIC Rev. 4 (PBB, judul bahasa Inggris)",
                           "ISIC Rev. 4 (United Nations)"),
    "sources.list.pdrb_manufacturing": ("16 subkategori industri pengolahan PDRB BPS",
                                        "BPS's 16 PDRB manufacturing subcategories"),
    "sources.long.filled_zero": (
        "{n:d} dari {total:d} sel wilayah-lapangan usaha-tahun tidak ada di tabel dan diisi "
        "nol",
        "{n:d} of {total:d} region-industry-year cells are absent from the table and were "
        "filled with zero"),
    "sources.long.incomplete": (
        "wilayah {region} hanya memiliki {n} dari {full} nilai lapangan usaha-tahun; yang "
        "kurang: {shown}",
        "region {region} has {n} of {full} industry-year values; missing: {shown}"),
    "sources.long.references_misaligned": (
        "baris acuan tidak mencakup lapangan usaha dan tahun yang sama dengan wilayah",
        "reference rows do not cover the same industries and years as the regions"),
    # ------------------------------------------------------------ BPS input-output tables
    "sources.io.unsupported_type": (
        "jenis berkas {suffix!r} tidak didukung untuk tabel input-output (gunakan .xlsx)",
        "unsupported file type {suffix!r} for an input-output table (use .xlsx)"),
    "sources.io.layout_unknown": (
        "tata letak tidak dikenali sebagai tabel input-output BPS: yang diharapkan adalah "
        "tajuk 'Kode' dalam 15 baris pertama, kode sektor sebagai baris dan kolom (A..RSTU, "
        "atau 001..185), kolom permintaan akhir (3011 ...), kolom 'Total Output' (3100), "
        "serta baris 'Nilai Tambah Bruto' (2090) dan 'Total Input' (2100); lihat "
        "docs/input-formats.md",
        "layout not recognised as a BPS input-output table: expected a 'Kode' header in the "
        "first 15 rows, sector codes as rows and columns (A..RSTU, or 001..185), "
        "final-demand columns (3011 ...), a 'Total Output' column (3100) and rows 'Nilai "
        "Tambah Bruto' (2090) and 'Total Input' (2100); see docs/input-formats.md"),
    "sources.io.no_sectors": (
        "tidak ada kode sektor yang muncul sekaligus sebagai baris dan sebagai kolom",
        "no sector codes found that appear both as a row and as a column"),
    "sources.io.sector_order": (
        "urutan baris sektor tidak sama dengan urutan kolom sektor",
        "sector rows are not in the same order as sector columns"),
    "sources.io.missing_row": (
        "baris {label!r} (kode {code}) tidak ada",
        "missing row {label!r} (code {code})"),
    "sources.io.missing_output": (
        "kolom 'Total Output' (kode 3100) tidak ada",
        "missing column 'Total Output' (code 3100)"),
    "sources.io.empty_total": (
        "sel total kosong",
        "empty total"),
    "sources.io.text_in_number": (
        "teks {text!r} di sel angka",
        "text {text!r} in a number cell"),
    "sources.io.row_without_column": (
        "sektor {code} memiliki baris tetapi tidak memiliki kolom",
        "sector {code} has a row but no column"),
    "sources.io.column_without_row": (
        "sektor {code} memiliki kolom tetapi tidak memiliki baris",
        "sector {code} has a column but no row"),
    "sources.io.row_flows": (
        "jumlah baris tidak sesuai: transaksi antara = {flows:,.2f}, total permintaan "
        "antara = {total:,.2f}",
        "row does not add up: flows = {flows:,.2f}, total intermediate demand = "
        "{total:,.2f}"),
    "sources.io.row_output": (
        "jumlah baris tidak sesuai: permintaan antara + permintaan akhir = {demand:,.2f}, "
        "total output = {output:,.2f}",
        "row does not add up: intermediate + final demand = {demand:,.2f}, total output = "
        "{output:,.2f}"),
    "sources.io.input_output": (
        "total input {total_input:,.2f} berbeda dengan total output {output:,.2f}",
        "total input {total_input:,.2f} differs from total output {output:,.2f}"),
    "sources.io.column_intermediate": (
        "jumlah kolom tidak sesuai: input antara = {inputs:,.2f}, total input antara = "
        "{total:,.2f}",
        "column does not add up: intermediate inputs = {inputs:,.2f}, total intermediate "
        "input = {total:,.2f}"),
    "sources.io.column_total": (
        "jumlah kolom tidak sesuai: input antara + nilai tambah = {inputs:,.2f}, total "
        "input = {total:,.2f}",
        "column does not add up: intermediate inputs + value added = {inputs:,.2f}, total "
        "input = {total:,.2f}"),
    "sources.io.note_final_demand": (
        "baris {row} ({code}): kolom permintaan akhir berjumlah {got:,.2f}, total "
        "permintaan akhir tabel {told:,.2f} (total tabel yang dipakai)",
        "row {row} ({code}): final-demand columns add up to {got:,.2f}, the table's total "
        "final demand is {told:,.2f} (the table's total is used)"),
    "sources.io.note_no_compensation": (
        "tabel tanpa baris kompensasi tenaga kerja (2010/201): pengganda pendapatan dan "
        "pengganda tipe II tidak dihitung (NaN)",
        "no compensation-of-employees row (2010/201): income multipliers and type II "
        "multipliers are not computed (NaN)"),
    # ------------------------------------------------------------ mapping, employment CSV
    "sources.extras.missing_columns": (
        "kolom {missing} tidak ada (yang diharapkan: {expected})",
        "missing column(s) {missing} (expected {expected})"),
    "sources.extras.sector_twice": (
        "sektor {code!r} tercantum dua kali",
        "sector {code!r} listed twice"),
    "sources.extras.workers": (
        "jumlah tenaga kerja {value!r} bukan angka nol atau positif",
        "workers {value!r} is not a non-negative number"),
    # ------------------------------------------------------------ AHP forms
    "sources.ahp.formula_code": (
        "kode kriteria {code!r} diawali {start!r}, yang dibaca program lembar kerja sebagai "
        "rumus; pakai kode yang diawali huruf atau angka",
        "criterion code {code!r} starts with {start!r}, which a spreadsheet reads as a "
        "formula; use a code starting with a letter or digit"),
    "sources.ahp.two_criteria": (
        "formulir AHP memerlukan sekurang-kurangnya dua kriteria",
        "an AHP form needs at least two criteria"),
    "sources.ahp.few_criteria": (
        "baris judul memuat kurang dari dua kriteria",
        "fewer than two criteria in the header row"),
    "sources.ahp.criteria_differ": (
        "kriteria {found} berbeda dengan kriteria kajian {expected}",
        "criteria {found} differ from the study's {expected}"),
    "sources.ahp.row_label": (
        "label baris {label!r} seharusnya {expected!r}",
        "row label {label!r} should be {expected!r}"),
    "sources.ahp.date_cell": (
        "sel berisi tanggal ({value}), bukan nilai perbandingan: program lembar kerja "
        "mengubah nilai seperti 1/3 menjadi tanggal; ubah format sel menjadi teks lalu "
        "ketik ulang nilainya",
        "the cell holds a date ({value}), not a judgment: the spreadsheet turned a value "
        "such as 1/3 into a date; format the cell as text and type the value again"),
    "sources.ahp.off_scale": (
        "{value!r} tidak termasuk skala Saaty (1, 2, ..., 9 atau 1/2, ..., 1/9)",
        "{value!r} is not on Saaty's scale (1, 2, ..., 9 or 1/2, ..., 1/9)"),
    "sources.ahp.not_number": (
        "{value!r} bukan angka (gunakan 1..9 atau 1/2..1/9)",
        "{value!r} is not a number (use 1..9 or 1/2..1/9)"),
    "sources.ahp.not_reciprocal": (
        "tidak berkebalikan: {a} terhadap {b} bernilai {up}, tetapi sel cerminannya berisi "
        "{low} (seharusnya 1/{up})",
        "not reciprocal: {a} vs {b} is {up} but the mirror cell holds {low} (should be "
        "1/{up})"),
    "sources.ahp.missing": (
        "penilaian {a} terhadap {b} belum diisi",
        "missing judgment {a} vs {b}"),
    "sources.ahp.unlinked": (
        "peserta {participant!r}: sel yang diisi tidak menghubungkan semua kriteria (tidak "
        "ada rangkaian penilaian yang sampai ke {criteria}), sehingga prioritas tidak dapat "
        "dihitung; isi sekurang-kurangnya satu sel pada setiap baris atau kolom kriteria "
        "tersebut",
        "participant {participant!r}: the filled cells do not link every criterion (no "
        "chain of judgments reaches {criteria}), so the priorities are undefined; fill at "
        "least one cell of each such row or column"),
    # ------------------------------------------------------------ decision CSV files
    "sources.csv.unreadable": (
        "berkas tidak dapat dibaca: {error}",
        "cannot read the file: {error}"),
    "sources.csv.empty": (
        "berkas kosong",
        "the file is empty"),
    "sources.csv.criterion_empty": (
        "nama kriteria kosong",
        "criterion name is empty"),
    "sources.csv.criterion_twice": (
        "kriteria {name!r} muncul dua kali",
        "criterion {name!r} appears twice"),
    "sources.csv.criterion_empty_or_repeated": (
        "nama kriteria kosong atau berulang",
        "criterion name is empty or repeated"),
    "sources.csv.criterion_column_of": (
        "kolom untuk kriteria {name!r} (dari {criteria}) tidak ada",
        "missing column for criterion {name!r} (of {criteria})"),
    "sources.csv.criterion_column": (
        "kolom untuk kriteria {name!r} tidak ada",
        "missing column for criterion {name!r}"),
    "sources.csv.weight_not_number": (
        "bobot {value!r} bukan angka >= 0",
        "weight {value!r} is not a number >= 0"),
    "sources.csv.weight_nonnegative": (
        "bobot harus berupa angka >= 0",
        "weight must be a number >= 0"),
    "sources.csv.weight_positive": (
        "bobot harus berupa angka > 0",
        "weight must be a number > 0"),
    "sources.csv.weights_zero": (
        "semua bobot bernilai nol",
        "all weights are zero"),
    "sources.csv.direction": (
        "arah {value!r} harus 'benefit' atau 'cost'",
        "direction {value!r} must be 'benefit' or 'cost'"),
    "sources.csv.function": (
        "fungsi {value!r} harus salah satu dari {choices}",
        "function {value!r} must be one of {choices}"),
    "sources.csv.parameter_not_number": (
        "{key} {value!r} bukan angka >= 0",
        "{key} {value!r} is not a number >= 0"),
    "sources.csv.function_needs": (
        "fungsi {function} memerlukan nilai {key}",
        "function {function} needs a value for {key}"),
    "sources.csv.q_below_p": (
        "fungsi {function} memerlukan q < p (ambang indiferensi di bawah ambang "
        "preferensi), tetapi q={q:g} dan p={p:g}",
        "function {function} needs q < p (indifference below preference), got q={q:g} and "
        "p={p:g}"),
    "sources.csv.vshape_p": (
        "fungsi v-shape memerlukan p > 0",
        "function v-shape needs p > 0"),
    "sources.csv.gaussian_s": (
        "fungsi gaussian memerlukan s > 0",
        "function gaussian needs s > 0"),
    "sources.csv.no_criteria": (
        "tidak ada kriteria yang dicantumkan",
        "no criteria listed"),
    "sources.csv.alternative_empty": (
        "nama alternatif kosong",
        "alternative name is empty"),
    "sources.csv.alternative_twice": (
        "alternatif {name!r} muncul dua kali",
        "alternative {name!r} appears twice"),
    "sources.csv.value_empty": (
        "nilai kosong",
        "value is empty"),
    "sources.csv.no_alternatives": (
        "tidak ada alternatif yang dicantumkan",
        "no alternatives listed"),
    "sources.csv.participant_without_form": (
        "peserta {name!r} tidak memiliki formulir (formulir yang ada: {forms})",
        "participant {name!r} has no form (forms: {forms})"),
    "sources.csv.participants_without_weight": (
        "peserta {names} belum diberi bobot",
        "no weight for participants {names}"),
    "sources.csv.criteria_file": (
        "berkas kriteria",
        "the criteria file"),
    "sources.csv.leading_criteria": (
        "kriteria industri unggulan",
        "the leading-industry criteria"),
    "sources.csv.criterion_unknown": (
        "kriteria {name!r} tidak termasuk dalam {what} ({criteria})",
        "criterion {name!r} is not among {what} ({criteria})"),
    "sources.csv.participant_lacks": (
        "peserta {name!r} belum memberi bobot untuk {criteria}",
        "participant {name!r} has no weight for {criteria}"),
    "sources.csv.no_participants": (
        "tidak ada peserta",
        "no participants"),
    # ------------------------------------------------------------ result workbooks
    "sources.workbook.synthetic": (
        "DATA SINTETIS",
        "SYNTHETIC DATA"),
    "sources.workbook.synthetic_note": (
        "DATA SINTETIS: dibuat oleh generator demo Rancang, bukan data BPS.",
        "SYNTHETIC DATA: made by Rancang's demo generator, not BPS data."),
    "sources.workbook.about": (
        "Keterangan",
        "About"),
    "sources.workbook.item": (
        "Keterangan",
        "Item"),
    "sources.workbook.value": (
        "Isi",
        "Value"),
    # ------------------------------------------------------------ the panel (rancang.panel)
    "panel.values_3d": (
        "nilai harus berdimensi tiga (wilayah, lapangan usaha, tahun), bukan berbentuk "
        "{shape}",
        "values must be 3-D (region, industry, year), got shape {shape}"),
    "panel.label_lengths": (
        "panjang label {labels} tidak sesuai dengan bentuk nilai {shape}",
        "label lengths {labels} do not match values shape {shape}"),
    "panel.name_lengths": (
        "panjang daftar nama harus sama dengan daftar kode",
        "name arrays must match the code arrays in length"),
    "panel.parent_lengths": (
        "parent_codes harus berisi satu kode untuk setiap wilayah",
        "parent_codes must have one entry per region"),
    "panel.years_increasing": (
        "tahun harus berurutan naik tanpa pengulangan",
        "years must be strictly increasing"),
    "panel.references_aligned": (
        "baris acuan harus memiliki lapangan usaha dan tahun yang sama dengan panel",
        "references must share industries and years with the panel"),
    "panel.region_unknown": (
        "wilayah {code!r} tidak ada dalam data",
        "region {code!r} is not in the data"),
    "panel.year_unknown": (
        "tahun {year} tidak ada dalam data ({first}-{last})",
        "year {year} is not in the data ({first}-{last})"),
    "panel.period_reversed": (
        "tahun awal periode ({start}) lebih akhir daripada tahun akhir periode ({end})",
        "the first year of the period ({start}) is after its last year ({end})"),
    "panel.reference_unknown": (
        "ekonomi acuan {code!r} bukan baris acuan maupun wilayah dalam masukan{rows}",
        "reference {code!r} is neither a reference row nor a region of the input{rows}"),
    "panel.reference_rows": (
        " (baris acuan: {codes})",
        " (reference rows: {codes})"),
    "panel.missing_columns": (
        "kolom tidak ada: {columns}",
        "missing column(s): {columns}"),
    "panel.duplicate": (
        "kombinasi wilayah-lapangan usaha-tahun ganda: {region} / {industry} / {year}",
        "duplicate region-industry-year: {region} / {industry} / {year}"),
    "panel.value_not_a_number": (
        "nilai {value!r} bukan angka",
        "value {value!r} is not a number"),
    "panel.negative_value": (
        "nilai negatif {value}",
        "negative value {value}"),
    "panel.missing_cells": (
        "tidak ada nilai untuk wilayah {region}, lapangan usaha {industry}, tahun {year} "
        "({n} sel wilayah-lapangan usaha-tahun kosong; setiap wilayah harus memiliki nilai "
        "untuk semua lapangan usaha dan tahun)",
        "no value for region {region}, industry {industry}, year {year} ({n} "
        "region-industry-year cells missing; every region needs every industry and year)"),
    # ------------------------------------------------------------ input-output table
    "io.shapes": (
        "z {z} / x {x} tidak sesuai dengan {n} sektor",
        "z {z} / x {x} do not fit {n} sectors"),
    # ------------------------------------------------------------ reference data
    "reference.kbli_columns": (
        "berkas KBLI memerlukan kolom code,title",
        "KBLI file needs columns code,title"),
}
