"""Words of ``rancang registry ... --help`` (Indonesian, English); ``--database-url``,
``--actor`` and the other shared options are in :mod:`rancang.core.cli_words` and
:mod:`rancang.core.words`."""

from __future__ import annotations

from rancang.core.cli_words import SYNTHETIC_SEED

MEASURE = ("Ukuran: units (jumlah usaha), workers (tenaga kerja), output_value (nilai "
           "produksi) atau investment (investasi).",
           "Measure: units (number of firms), workers, output_value or investment.")
REGION_LEVEL = ("Tingkat wilayah: province (provinsi), regency (kabupaten/kota), district "
                "(kecamatan) atau village (desa).",
                "Region level: province, regency (regency/city), district or village.")

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.registry": ("Register industri: impor, ekspor, statistik, panel, deduplikasi.",
                          "Industry register: import, export, statistics, panel, "
                          "de-duplication."),
    # registry import
    "cli.help.registry.import": ("Impor register dari Excel/CSV (semua atau tidak sama "
                                 "sekali).",
                                 "Import the register from Excel/CSV (all or nothing)."),
    "cli.opt.registry.import.files": ("Berkas XLSX/CSV.", "XLSX/CSV files."),
    "cli.opt.registry.import.sheet": ("Hanya lembar ini.", "Only this sheet."),
    "cli.opt.registry.import.mapping": (
        "Pemetaan judul kolom ke field (YAML/JSON/CSV); lihat `rancang registry mapping`.",
        "Mapping of column headings to fields (YAML/JSON/CSV); see `rancang registry "
        "mapping`."),
    "cli.opt.registry.import.period": ("Periode laporan bila tak ada kolom Tahun.",
                                       "Reporting period when there is no Tahun (year) "
                                       "column."),
    "cli.opt.registry.import.dry_run": ("Periksa saja, jangan simpan.",
                                        "Check only, store nothing."),
    "cli.opt.registry.import.regions": (
        "Daftar kode kecamatan/desa (CSV berkolom code) sebagai pembanding kode wilayah.",
        "List of district/village codes (CSV with a code column) to check region codes "
        "against."),
    "cli.opt.registry.import.lang": ("Bahasa pesan: id (bawaan) atau en.",
                                     "Language of the messages: id (default) or en."),
    # registry mapping
    "cli.help.registry.mapping": (
        "Tampilkan pemetaan judul kolom -> field (bisa diedit lalu dipakai dengan --mapping).",
        "Show the mapping of column headings -> fields (editable, then used with --mapping)."),
    "cli.opt.registry.mapping.out": ("Tulis ke berkas YAML/JSON/CSV untuk diedit.",
                                     "Write it to a YAML/JSON/CSV file to edit."),
    # registry stats
    "cli.help.registry.stats": (
        "Ringkasan register: jumlah usaha, status, kelas ukuran, KBLI, kecamatan.",
        "Register summary: number of firms, status, size classes, KBLI, districts."),
    "cli.opt.registry.stats.as_json": ("Keluaran JSON.", "JSON output."),
    # registry export
    "cli.help.registry.export": (
        "Ekspor register (internal), daftar publik, atau agregat untuk publikasi.",
        "Export the register (internal), the public list, or aggregates for publication."),
    "cli.opt.registry.export.out": ("Berkas keluaran .csv atau .xlsx.",
                                    "Output file, .csv or .xlsx."),
    "cli.opt.registry.export.aggregate": (
        "Agregat untuk publikasi (sel rahasia disembunyikan).",
        "Aggregates for publication (confidential cells suppressed)."),
    "cli.opt.registry.export.public": (
        "Daftar usaha tanpa data pribadi dan tanpa nilai per usaha.",
        "List of firms without personal data or per-firm values."),
    "cli.opt.registry.export.level": ("Digit KBLI agregat (2-5), bersama --aggregate.",
                                      "KBLI digits of the aggregates (2-5), with "
                                      "--aggregate."),
    "cli.opt.registry.export.measure": MEASURE,
    "cli.opt.registry.export.region_level": REGION_LEVEL,
    # registry panel
    "cli.help.registry.panel": (
        "Agregasi register menjadi panel wilayah x KBLI x tahun (CSV panjang).",
        "Aggregate the register into a region x KBLI x year panel (tidy long CSV)."),
    "cli.opt.registry.panel.out": ("CSV panjang untuk `rancang analyze`.",
                                   "Tidy long CSV for `rancang analyze`."),
    "cli.opt.registry.panel.level": ("Digit KBLI (2-5).", "KBLI digits (2-5)."),
    "cli.opt.registry.panel.measure": MEASURE,
    "cli.opt.registry.panel.region_level": REGION_LEVEL,
    "cli.opt.registry.panel.regency": (
        "Hanya kabupaten/kota ini (kode Kemendagri, mis. 72.06).",
        "Only this regency/city (Kemendagri code, e.g. 72.06)."),
    # registry demo
    "cli.help.registry.demo": (
        "Buat register demo SINTETIS (IKM Kabupaten Morowali) lalu impor ke basis data.",
        "Make a SYNTHETIC demo register (IKM of Morowali regency) and import it into the "
        "database."),
    "cli.opt.registry.demo.n": ("Jumlah IKM sintetis.", "Number of synthetic IKM units."),
    "cli.opt.registry.demo.seed": SYNTHETIC_SEED,
    "cli.opt.registry.demo.out": ("Tulis berkas XLSX ini saja, tanpa impor.",
                                  "Only write this XLSX file, without importing it."),
    # registry dedup, undo-merge, history
    "cli.help.registry.dedup": (
        "Cari usaha ganda; dengan --review gabungkan atau pisahkan (tercatat, bisa "
        "dibatalkan).",
        "Find duplicate firms; with --review merge them or keep them apart (logged, can be "
        "undone)."),
    "cli.opt.registry.dedup.review": ("Tinjau tiap kelompok: gabung / pisah / lewati.",
                                      "Review each group: merge / keep apart / skip."),
    "cli.opt.registry.dedup.threshold": ("Ambang skor kecocokan sepasang usaha.",
                                         "Minimum match score of a pair of firms."),
    "cli.opt.registry.dedup.limit": ("Jumlah kelompok yang ditampilkan (tanpa --review).",
                                     "Number of groups shown (without --review)."),
    "cli.help.registry.undo-merge": ("Batalkan satu penggabungan data ganda.",
                                     "Undo one merge of duplicates."),
    "cli.opt.registry.undo-merge.merge_id": (
        "Nomor penggabungan (dicetak oleh `registry dedup --review`).",
        "Merge number (as `registry dedup --review` prints it)."),
    "cli.help.registry.history": ("Riwayat perubahan satu usaha (log audit).",
                                  "Change history of one firm (audit log)."),
    "cli.opt.registry.history.enterprise_id": ("Id usaha.", "Firm id."),
    # the register's safeguards: deletes, transfers, publishing, undo, the template
    "cli.help.registry.delete": (
        "Hapus satu usaha (dapat dipulihkan selama masa simpan).",
        "Delete one firm (restorable during the retention period)."),
    "cli.opt.registry.delete.record_id": (
        "Nomor usaha.",
        "Firm number."),
    "cli.opt.registry.delete.yes": (
        "Tanpa pertanyaan konfirmasi.",
        "Do not ask for confirmation."),
    "cli.opt.registry.delete.reason": (
        "Alasan penghapusan.",
        "Reason for the deletion."),
    "cli.help.registry.deleted": (
        "Usaha terhapus yang masih dapat dipulihkan.",
        "Deleted firms that can still be restored."),
    "cli.opt.registry.import.user": (
        "Impor sebagai akun ini (hanya wilayahnya).",
        "Import as this account (its region only)."),
    "cli.opt.registry.import.problems_out": (
        "Bila ditolak: salinan XLSX dengan masalah di samping barisnya.",
        "When refused: an XLSX copy with each problem beside its row."),
    "cli.opt.registry.import.kbli_suggestions": (
        "Tulis saran KBLI untuk baris tanpa KBLI ke CSV ini (isi kolom kbli dengan "
        "pilihan Anda, lalu berikan lewat --accept-kbli).",
        "Write KBLI suggestions for the rows without KBLI to this CSV (fill its kbli "
        "column with your choices, then pass it to --accept-kbli)."),
    "cli.opt.registry.import.accept_kbli": (
        "CSV kolom row, kbli (dan file, sheet bila perlu): hanya usaha ini yang diberi "
        "KBLI pilihan Anda; tidak ada saran yang dipakai otomatis.",
        "CSV with columns row, kbli (and file, sheet when needed): only these firms get "
        "the KBLI you chose; no suggestion is ever applied automatically."),
    "cli.help.registry.publish": (
        "Terbitkan data terverifikasi (wilayah Anda) ke agregat publik.",
        "Publish verified records (of your region) to the public aggregates."),
    "cli.help.registry.restore": (
        "Pulihkan usaha yang terhapus.",
        "Restore a deleted firm."),
    "cli.opt.registry.restore.deleted_id": (
        "Nomor data terhapus (lihat registry deleted).",
        "Number of the deleted entry (see registry deleted)."),
    "cli.help.registry.template": (
        "Tulis templat register (kolom, arti, isian yang diterima) sebagai XLSX.",
        "Write the register template (columns, meaning, accepted values) as XLSX."),
    "cli.help.registry.transfer": (
        "Pindah wilayah usaha: minta, daftar, setujui, tolak.",
        "Moving a firm to another region: request, list, approve, reject."),
    "cli.help.registry.transfer.approve": (
        "Setujui permintaan pindah (usaha dipindahkan).",
        "Approve a move request (the firm moves)."),
    "cli.opt.registry.transfer.approve.transfer_id": (
        "Nomor permintaan.",
        "Request number."),
    "cli.help.registry.transfer.list": (
        "Permintaan pindah dari dan ke wilayah Anda.",
        "Move requests from and to your region."),
    "cli.help.registry.transfer.reject": (
        "Tolak permintaan pindah (usaha tetap di wilayahnya).",
        "Reject a move request (the firm stays in its region)."),
    "cli.opt.registry.transfer.reject.transfer_id": (
        "Nomor permintaan.",
        "Request number."),
    "cli.help.registry.transfer.request": (
        "Minta usaha (NIB) pindah ke desa di wilayah Anda; ditinjau wilayah asal.",
        "Ask for a firm (by NIB) to move to a village of your region; its current region reviews "
        "the request."),
    "cli.opt.registry.transfer.request.nib": (
        "NIB usaha yang diminta.",
        "NIB of the firm asked for."),
    "cli.opt.registry.transfer.request.village": (
        "Kode desa tujuan.",
        "Code of the destination village."),
    "cli.opt.registry.transfer.request.reason": (
        "Alasan permintaan.",
        "Reason for the request."),
    "cli.help.registry.undo-import": (
        "Batalkan satu impor register: usaha baru dihapus, nilai yang diubah dikembalikan.",
        "Undo one register import: new firms removed, changed values put back."),
    "cli.opt.registry.undo-import.batch": (
        "Nomor impor (dari laporan impor).",
        "Import number (from the import report)."),
    "cli.opt.registry.delete.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
    "cli.opt.registry.deleted.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
    "cli.opt.registry.publish.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
    "cli.opt.registry.restore.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
    "cli.opt.registry.transfer.approve.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
    "cli.opt.registry.transfer.list.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
    "cli.opt.registry.transfer.reject.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
    "cli.opt.registry.transfer.request.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
    "cli.opt.registry.undo-import.user": (
        "Bertindak sebagai akun ini (hanya wilayahnya).",
        "Act as this account (its region only)."),
}
