"""Words of the KBLI coding feature, Indonesian and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.kbli": ("Kode KBLI", "KBLI coding"),
    "kbli.title": ("Saran kode KBLI 2020", "KBLI 2020 code suggestions"),
    "kbli.intro": (
        "Tulis uraian kegiatan usaha atau produk seperti di register; Rancang menyarankan "
        "kelas KBLI 2020 (5 digit) terbaik beserta alasannya. Saran tidak pernah diterapkan "
        "tanpa persetujuan Anda.",
        "Write a business activity or product as in the register; Rancang suggests the best "
        "KBLI 2020 classes (5 digits) with the reasons. A suggestion is never applied without "
        "your consent."),
    "kbli.text": ("Uraian", "Description"),
    "kbli.suggest": ("Sarankan", "Suggest"),
    "kbli.code": ("Kode", "Code"),
    "kbli.class_title": ("Judul KBLI", "KBLI title"),
    "kbli.score": ("Skor", "Score"),
    "kbli.why": ("Alasan", "Why"),
    "kbli.matched": ("kata yang cocok: {words} (pada {fields})",
                     "matched words: {words} (in {fields})"),
    "kbli.corrected": ("dibaca sebagai: {pairs}", "read as: {pairs}"),
    "kbli.similarity": ("kemiripan teks {value:.2f}", "text similarity {value:.2f}"),
    "kbli.field.title": ("judul", "title"),
    "kbli.field.description": ("uraian KBLI", "KBLI description"),
    "kbli.field.alias": ("leksikon", "lexicon"),
    "kbli.none": ("Tidak ada kata yang dikenal dalam KBLI: {text!r}",
                  "No word known to KBLI in {text!r}"),
    "kbli.empty_text": ("uraian kosong", "the description is empty"),
    "kbli.text_too_long": ("uraian terlalu panjang (paling banyak {max} karakter)",
                           "the description is too long (at most {max} characters)"),
    "kbli.bad_top": ("--top harus antara 1 dan {max}", "--top must be between 1 and {max}"),
    "kbli.missing_column": ("kolom {column!r} tidak ada; kolom yang ada: {columns}",
                            "no column {column!r}; the columns are: {columns}"),
    "kbli.bad_format": ("format berkas tidak didukung (gunakan .csv atau .xlsx)",
                        "unsupported file format (use .csv or .xlsx)"),
    "kbli.cannot_read": ("tidak dapat dibaca: {error}", "cannot read: {error}"),
    "kbli.empty_file": ("berkas tanpa baris data", "the file has no data rows"),
    "kbli.out_exists_columns": ("kolom keluaran {column!r} sudah ada di masukan",
                                "output column {column!r} already exists in the input"),
    "kbli.coded": ("{n} baris diberi saran kode ({blank} baris kosong) -> {out}",
                   "{n} rows given code suggestions ({blank} blank rows) -> {out}"),
    "kbli.register_suggested": (
        "{n} usaha tanpa KBLI diberi saran -> {out} (belum diterapkan: periksa lalu ubah lewat "
        "register)",
        "{n} firms without KBLI given suggestions -> {out} (not applied: review them, then "
        "edit through the register)"),
    "kbli.perm.use": ("Memakai saran kode KBLI", "Use KBLI code suggestions"),
    "kbli.register.title": ("Usulan KBLI untuk register", "KBLI suggestions for the register"),
    "kbli.register.intro": (
        "Usaha di wilayah Anda yang belum memiliki kode KBLI, dengan kelas yang diusulkan dari "
        "produknya dan alasannya. Usulan tidak pernah diterapkan otomatis: pilih 'Terapkan' "
        "pada kelas yang benar; perubahan dicatat di riwayat usaha.",
        "Firms of your region without a KBLI code, with the classes suggested from their "
        "product and why. A suggestion is never applied by itself: choose 'Apply' on the right "
        "class; the change is recorded in the firm's history."),
    "kbli.register.count": ("{total} usaha tanpa KBLI; {shown} ditampilkan.",
                            "{total} firms without KBLI; {shown} shown."),
    "kbli.register.firm": ("Usaha", "Firm"),
    "kbli.register.product": ("Produk", "Product"),
    "kbli.register.suggestions": ("Kelas yang diusulkan", "Suggested classes"),
    "kbli.register.no_suggestion": ("Tidak ada usulan (produk kosong atau tidak dikenal).",
                                    "No suggestion (product empty or not recognised)."),
    "kbli.register.apply": ("Terapkan", "Apply"),
    "kbli.register.applied": ("KBLI usaha {id} disimpan.", "The KBLI of firm {id} was saved."),
    "kbli.no_column": ("nama kolom uraian belum diisi", "the description column is not given"),
    "kbli.bad_output": ("format keluaran harus salah satu dari: {formats}",
                        "the output format must be one of: {formats}"),
    "kbli.batch.title": ("Kodekan sebuah berkas", "Code a file"),
    "kbli.batch.intro": (
        "Unggah CSV atau XLSX; setiap baris kolom uraian mendapat kelas KBLI terbaik. "
        "Berkas besar dikerjakan di latar belakang: halaman menunjukkan kemajuannya, lalu "
        "berkas hasilnya.",
        "Upload a CSV or XLSX; every row of the description column gets its best KBLI "
        "classes. A large file is coded in the background: the page shows its progress, "
        "then the result file."),
    "kbli.batch.file": ("Berkas (CSV/XLSX)", "File (CSV/XLSX)"),
    "kbli.batch.column": ("Kolom uraian", "Description column"),
    "kbli.batch.sheet": ("Lembar XLSX (kosong: yang pertama)",
                         "XLSX sheet (blank: the first)"),
    "kbli.batch.top": ("Kelas per baris", "Classes per row"),
    "kbli.batch.format": ("Format hasil", "Result format"),
    "kbli.batch.submit": ("Kodekan", "Code"),
    "kbli.batch.done": ("{coded} baris diberi saran kode ({blank} baris kosong).",
                        "{coded} rows coded ({blank} blank rows)."),
}
