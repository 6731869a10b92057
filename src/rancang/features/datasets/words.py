"""Words of the datasets feature: uploads, the data page, dataset administration."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "datasets.stage_gone": ("unggahan yang menunggu konfirmasi tidak ada lagi (kedaluwarsa "
                            "atau sudah disimpan/dibatalkan); unggah ulang berkasnya",
                            "the upload waiting for confirmation is gone (expired, or "
                            "already saved or cancelled); upload the files again"),
    "ui.check_title": ("Periksa sebelum menyimpan: baris BPS yang kategorinya tidak sama "
                       "dengan kolom total",
                       "Check before saving: BPS rows whose categories do not add up to "
                       "the total column"),
    "ui.check_help": ("{repaired} baris diperbaiki (titik desimal yang hilang, seperti "
                      "dilakukan rancang analyze) dan {flagged} baris ditandai (dianalisis "
                      "apa adanya). Belum ada yang disimpan.",
                      "{repaired} rows repaired (a lost decimal point, as rancang analyze "
                      "does) and {flagged} rows flagged (analysed as published). Nothing "
                      "has been saved yet."),
    "ui.check_save": ("Simpan dengan perbaikan ini", "Save with these repairs"),
    "ui.check_cancel": ("Batal", "Cancel"),
    "ui.checks_table": ("Pemeriksaan total BPS per berkas", "BPS total checks by file"),
    "ui.notes_title": ("Periksa sebelum menyimpan: cara berkas dibaca",
                       "Check before saving: how the files were read"),
    "ui.notes_save": ("Simpan", "Save"),
    "ui.cancelled": ("Unggahan dibatalkan; tidak ada yang disimpan.",
                     "Upload cancelled; nothing was saved."),
    "ui.checks_saved": ("Pemeriksaan total BPS: {repaired} baris diperbaiki, {flagged} "
                        "baris ditandai.",
                        "BPS total check: {repaired} rows repaired, {flagged} rows "
                        "flagged."),
    "ui.categories_sum": ("Jumlah kategori", "Sum of categories"),
    "ui.published_total": ("Total BPS", "BPS total"),
    "ui.repair": ("Perbaikan", "Repair"),
    "check.repaired": ("diperbaiki", "repaired"),
    "check.not_repaired": ("ditandai", "flagged"),
    "check.repair_not_applied": ("perbaikan ditemukan, tidak diterapkan",
                                 "repair found, not applied"),
    "feature.datasets": ("Set data",
                         "Datasets"),
    "perm.datasets.history.read": ("melihat riwayat impor",
                                   "see the import history"),
    "perm.datasets.import": ("mengunggah berkas PDRB BPS",
                             "upload BPS PDRB files"),
    "perm.datasets.manage": ("menerbitkan, memilih bawaan dan menghapus set data",
                             "publish, choose the default and delete datasets"),
    "perm.datasets.private.read": ("membaca set data wilayah sendiri yang belum terbit",
                                   "read the unpublished datasets of one's region"),
    "perm.datasets.read": ("membaca set data dan analisis yang terbit",
                           "read published datasets and analyses"),
    "datasets.region_not_found": ("wilayah {code} tidak ada", "region {code} not found"),
    "datasets.not_found": ("set data {id} tidak ada", "dataset {id} does not exist"),
    "datasets.unknown_kind": ("jenis unggahan {kind} tidak dikenal",
                              "unknown upload kind {kind}"),
    "upload.no_file": ("tidak ada berkas yang diunggah", "no file uploaded"),
    "upload.file_type": ("jenis berkas tidak didukung (gunakan {suffixes})",
                         "unsupported file type (use {suffixes})"),
    "upload.gap_years": (
        "tahun tidak berurutan ({years}; tidak ada {missing}): LQ per tahun, shift-share "
        "klasik dan Esteban-Marquillas {first}-{last}, spesialisasi per tahun dan Klassen "
        "(pertumbuhan rata-rata per tahun selama {first}-{last}) dihitung; DLQ, kuadran "
        "SLQ x DLQ, shift-share dinamis dan peringkat unggulan tidak dihitung karena "
        "memerlukan data setiap tahun",
        "the years are not consecutive ({years}; {missing} absent): LQ per year, classic "
        "and Esteban-Marquillas shift-share {first}-{last}, specialisation per year and "
        "Klassen (average annual growth over {first}-{last}) are computed; DLQ, the "
        "SLQ x DLQ quadrant, dynamic shift-share and the leading-industry ranking are left "
        "out because they need every year"),
    "upload.zero_year": ("semua nilai tahun {year} nol: PDRB nol tidak dapat dianalisis "
                         "(LQ, pangsa dan pertumbuhan tak terdefinisi)",
                         "every value of {year} is zero: a zero PDRB cannot be analysed "
                         "(LQ, shares and growth are undefined)"),
    "upload.zero_region": ("PDRB wilayah {region} tahun {year} nol di semua lapangan usaha: "
                           "LQ, pangsa dan pertumbuhannya tak terdefinisi",
                           "the PDRB of region {region} in {year} is zero in every industry: "
                           "its LQ, shares and growth are undefined"),
    "upload.one_region": ("hanya satu wilayah ({region}) tanpa blok 'Acuan:' (provinsi atau "
                          "nasional): wilayah itu akan dibandingkan dengan dirinya sendiri",
                          "one region only ({region}) and no 'Acuan:' block (province or "
                          "nation): the region would be compared with itself"),
    "upload.too_large": ("berkas terlalu besar (maks. 50 MB)", "file too large (max 50 MB)"),
    "upload.empty": ("berkas kosong", "empty file"),
    "upload.unreadable": ("berkas tidak terbaca: {detail}", "file cannot be read: {detail}"),
    "import.kind.pdrb": ("PDRB",
                         "PDRB"),
    "import.kind.register": ("Registri",
                             "Register"),
    "import.status.ok": ("tersimpan",
                         "saved"),
    "import.status.refused": ("ditolak",
                              "refused"),
    "summary.added": ("Usaha baru",
                      "New firms"),
    "summary.batch": ("Batch impor",
                      "Import batch"),
    "summary.changed": ("Usaha diubah",
                        "Firms changed"),
    "summary.industries": ("Lapangan usaha",
                           "Industries"),
    "summary.periods_added": ("Periode baru",
                              "New periods"),
    "summary.periods_changed": ("Periode diubah",
                                "Periods changed"),
    "summary.regions": ("Wilayah",
                        "Regions"),
    "summary.rows": ("Baris dibaca",
                     "Rows read"),
    "summary.unchanged": ("Usaha tidak berubah",
                          "Firms unchanged"),
    "summary.years": ("Tahun",
                      "Years"),
    "ui.admin_datasets": ("Kelola set data",
                          "Manage datasets"),
    "ui.admin_datasets_help": ("Unggahan baru hanya terlihat oleh wilayah pengunggah sampai "
                               "diterbitkan. Set data bawaan adalah yang dibuka halaman untuk"
                               " semua pengguna.",
                               "New uploads are visible only to the uploader's region until "
                               "published. The default dataset is the one pages open with for"
                               " everyone."),
    "ui.admin_done_default": ("Set data bawaan diubah.",
                              "Default dataset changed."),
    "ui.admin_done_deleted": ("Set data dihapus.",
                              "Dataset deleted."),
    "ui.admin_done_published": ("Status terbit disimpan.",
                                "Publication status saved."),
    "ui.dataset_name": ("Nama set data",
                        "Dataset name"),
    "ui.default": ("Bawaan",
                   "Default"),
    "ui.delete": ("Hapus",
                  "Delete"),
    "ui.details": ("Rincian",
                   "Details"),
    "ui.files": ("Berkas",
                 "Files"),
    "ui.history": ("Riwayat impor",
                   "Import history"),
    "ui.kind": ("Jenis",
                "Kind"),
    "ui.make_default": ("Jadikan bawaan",
                        "Make default"),
    "ui.more_not_kept": ("(hanya {n} masalah pertama yang disimpan)",
                         "(only the first {n} problems were kept)"),
    "ui.no": ("tidak",
              "no"),
    "ui.open_dashboard": ("Buka dasbor",
                          "Open dashboard"),
    "ui.private": ("belum terbit",
                   "not published"),
    "upload.one_year": ("berkas hanya berisi tahun {year}; dasbor membandingkan tahun "
                        "(pertumbuhan, shift-share, DLQ, Klassen), jadi perlu paling sedikit "
                        "dua tahun. Unggah tabel dengan dua tahun atau lebih; untuk LQ satu "
                        "tahun pakai rancang analyze",
                        "the file holds only the year {year}; the dashboards compare years "
                        "(growth, shift-share, DLQ, Klassen), so at least two years are "
                        "needed. Upload a table with two or more years; for a one-year LQ use "
                        "rancang analyze"),
    "datasets.delete_confirm": ("hapus dataset {id}? Centang konfirmasi (API: "
                                "confirm=true); dataset dapat dipulihkan selama 90 hari",
                                "delete dataset {id}? Tick the confirmation (API: "
                                "confirm=true); it can be restored for 90 days"),
    "ui.delete_sure": ("yakin", "sure"),
    "ui.deleted_datasets": ("Dataset terhapus (dapat dipulihkan)",
                            "Deleted datasets (can be restored)"),
    "ui.restorable_until": ("Dapat dipulihkan sampai", "Restorable until"),
    "ui.restore": ("Pulihkan", "Restore"),
    "ui.admin_done_restored": ("Dataset dipulihkan.", "Dataset restored."),
    "ui.problems_download": ("Unduh salinan berkas dengan setiap masalah di samping "
                             "barisnya (XLSX)",
                             "Download a copy of the file with each problem beside its row "
                             "(XLSX)"),
    "ui.problems": ("Masalah dalam berkas (tidak ada yang disimpan)",
                    "Problems in the files (nothing was saved)"),
    "ui.publish": ("Terbitkan",
                   "Publish"),
    "ui.published": ("Terbit",
                     "Published"),
    "ui.rows": ("Baris",
                "Rows"),
    "ui.saved": ("Tersimpan",
                 "Saved"),
    "ui.saved_pdrb": ("Set data PDRB baru tersimpan: {regions} wilayah, {industries} lapangan"
                      " usaha, tahun {years}.",
                      "New PDRB dataset saved: {regions} regions, {industries} industries, "
                      "years {years}."),
    "ui.show_more": ("Tampilkan {n} masalah lainnya",
                     "Show {n} more problems"),
    "ui.unpublish": ("Tarik kembali",
                     "Unpublish"),
    "ui.upload": ("Unggah",
                  "Upload"),
    "ui.upload_pdrb": ("Unggah berkas PDRB BPS",
                       "Upload BPS PDRB files"),
    "ui.upload_register": ("Unggah lembar registri IKM",
                           "Upload register spreadsheets"),
    "ui.yes": ("ya",
               "yes"),
    "home.start.title": ("Mulai di sini", "Start here"),
    "home.start.admin_intro": (
        "Sebagai administrator, siapkan akun dan data sebelum tim mulai bekerja:",
        "As an administrator, set up the accounts and the data before the team starts:"),
    "home.start.users": ("Buat akun pengguna, peran dan wilayah kerjanya",
                         "Create the user accounts, their roles and regions"),
    "home.start.upload": ("Unggah tabel PDRB kabupaten/kota dari BPS (XLSX atau CSV)",
                          "Upload BPS regency GRDP tables (XLSX or CSV)"),
    "home.start.register": ("Muat register IKM (berkas dinas, XLSX atau CSV)",
                            "Load the IKM register (the office's file, XLSX or CSV)"),
    "home.start.analyst_intro": ("Langkah pertama untuk wilayah Anda:",
                                 "First steps for your region:"),
    "home.start.no_data": (
        "Belum ada data PDRB: unggah tabel PDRB kabupaten/kota dari BPS dulu",
        "No GRDP data yet: upload the BPS regency GRDP tables first"),
    "home.start.open_own": ("Buka dasbor {region}: sektor unggulan, peta dan peringkat",
                            "Open the dashboard of {region}: leading sectors, map and ranking"),
    "home.start.check_register": ("Periksa dan lengkapi register IKM wilayah Anda",
                                  "Check and complete your region's IKM register"),
    "home.start.field": ("Pendataan lapangan dengan ponsel, juga tanpa sinyal",
                         "Field data collection on a phone, also without signal"),
    "home.start.viewer_intro": ("Untuk membaca data wilayah:", "To read a region's data:"),
    "home.start.choose": ("Pilih kabupaten/kota pada daftar di bawah untuk membuka dasbornya",
                          "Choose a regency in the list below to open its dashboard"),
    "home.start.map": ("Lihat semua wilayah di peta", "See every region on the map"),
    "home.start.aggregates": ("Baca agregat register IKM yang sudah terbit",
                              "Read the published IKM register aggregates"),
    "home.start.guest": (
        "Akun Anda belum punya peran. Minta administrator memberi peran dan wilayah kerja.",
        "Your account has no role yet. Ask the administrator for a role and a region."),
}
