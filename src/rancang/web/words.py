"""Words of the web pages (Indonesian, English), added to :mod:`rancang.core.i18n`."""

from __future__ import annotations

from typing import Any

from rancang.analysis.klassen import KLASSEN_LABELS_EN
from rancang.analysis.location_quotient import QUADRANT_LABELS_EN
from rancang.analysis.ranking import CRITERIA_DESCRIPTIONS
from rancang.core.i18n import register_labels, register_terms

WORDS: dict[str, tuple[str, str]] = {
    "ui.app": ("Rancang", "Rancang"),
    "ui.tagline": ("Perencanaan pembangunan industri daerah",
                   "Regional industrial development planning"),
    "ui.login": ("Masuk", "Sign in"),
    "ui.logout": ("Keluar", "Sign out"),
    "ui.username": ("Nama pengguna", "User name"),
    "ui.password": ("Kata sandi", "Password"),
    "ui.login_failed": ("Nama pengguna atau kata sandi salah.", "Wrong user name or password."),
    "ui.throttled": ("Terlalu banyak percobaan gagal. Coba lagi dalam 15 menit.",
                     "Too many failed attempts. Try again in 15 minutes."),
    "ui.home": ("Beranda", "Home"),
    "ui.dashboard": ("Dasbor wilayah", "Region dashboard"),
    "ui.map": ("Peta", "Map"),
    "ui.data": ("Data", "Data"),
    "ui.register": ("Registri industri", "Industry register"),
    "ui.api": ("API", "API"),
    "ui.choose_region": ("Pilih provinsi dan kabupaten/kota", "Choose a province and regency"),
    "ui.search_region": ("Cari nama atau kode wilayah", "Search region by name or code"),
    "ui.province": ("Provinsi", "Province"),
    "ui.regency": ("Kabupaten/kota", "Regency/city"),
    "ui.all": ("Semua", "All"),
    "ui.dataset": ("Set data", "Dataset"),
    "ui.no_dataset": ("Belum ada data PDRB. Unggah berkas BPS di halaman Data.",
                      "No PDRB data yet. Upload BPS files on the Data page."),
    "ui.synthetic": ("DATA SINTETIS", "SYNTHETIC DATA"),
    "ui.reference": ("Ekonomi acuan", "Reference economy"),
    "ui.period": ("Periode", "Period"),
    "ui.apply": ("Terapkan", "Apply"),
    "ui.structure": ("Struktur PDRB", "PDRB structure"),
    "ui.growth_chart": ("Pertumbuhan PDRB per tahun", "PDRB growth per year"),
    "ui.lq_table": ("Location quotient (LQ)", "Location quotient (LQ)"),
    "ui.quadrant_chart": ("Kuadran SLQ x DLQ", "SLQ x DLQ quadrants"),
    "ui.shift_share": ("Shift-share per lapangan usaha", "Shift-share by industry"),
    "ui.klassen": ("Tipologi Klassen", "Klassen typology"),
    "ui.specialization": ("Spesialisasi dari waktu ke waktu", "Specialisation over time"),
    "ui.ranking": ("Peringkat industri unggulan", "Leading-industry ranking"),
    "ui.weights": ("Bobot kriteria", "Criteria weights"),
    "ui.weights_help": ("Ubah bobot; peringkat diperbarui langsung. Bobot dinormalkan "
                        "sehingga berjumlah 1.",
                        "Change a weight; the ranking updates at once. Weights are "
                        "normalised to sum to 1."),
    "ui.rank_interval": ("Rentang peringkat", "Rank interval"),
    "ui.download": ("Unduh", "Download"),
    "ui.indicator": ("Indikator", "Indicator"),
    "ui.industry": ("Lapangan usaha", "Industry"),
    "ui.no_boundaries": ("Berkas batas wilayah (GeoJSON) tidak tersedia: wilayah ditampilkan "
                         "sebagai titik di pusatnya (bila ada), nilai lengkap di tabel.",
                         "No boundary file (GeoJSON) available: regions are shown as points "
                         "at their centres (when known), all values in the table."),
    "ui.no_centroids": ("Tanpa berkas pusat wilayah: peta hanya menampilkan usaha dari "
                        "registri; nilai wilayah ada di tabel.",
                        "No region centroid file either: the map shows the register's firms "
                        "only; the regions' values are in the table."),
    "map.regions": ("{n} wilayah", "{n} regions"),
    "map.firms": ("{n} usaha", "{n} firms"),
    "map.capped": ("Menampilkan {shown} dari {total} usaha berlokasi (dibatasi; urut ID). "
                   "Saring wilayah untuk melihat semuanya.",
                   "Showing {shown} of {total} located firms (capped; by ID). Filter by "
                   "region to see them all."),
    "map.no_value": ("tidak ada nilai", "no value"),
    "map.industry": ("Lapangan usaha", "Industry"),
    "map.period": ("Periode", "Period"),
    "map.reference": ("Acuan", "Reference"),
    "map.legend": ("Legenda", "Legend"),
    "map.legend_help": ("kelas kuantil (5) atas wilayah yang ditampilkan",
                        "quantile classes (5) over the regions shown"),
    "ui.no_boundary_match": ("Tidak ada batas wilayah untuk wilayah set data ini.",
                             "No boundaries match the regions of this dataset."),
    "ui.firms": ("Usaha dari registri", "Firms from the register"),
    "ui.upload": ("Unggah", "Upload"),
    "ui.upload_pdrb": ("Unggah berkas PDRB BPS", "Upload BPS PDRB files"),
    "ui.upload_register": ("Unggah lembar registri IKM", "Upload register spreadsheets"),
    "ui.dataset_name": ("Nama set data", "Dataset name"),
    "ui.files": ("Berkas", "Files"),
    "ui.problems": ("Masalah dalam berkas (tidak ada yang disimpan)",
                    "Problems in the files (nothing was saved)"),
    "ui.saved": ("Tersimpan", "Saved"),
    "ui.history": ("Riwayat impor", "Import history"),
    "ui.when": ("Waktu", "When"),
    "ui.who": ("Oleh", "By"),
    "ui.kind": ("Jenis", "Kind"),
    "ui.status": ("Status", "Status"),
    "ui.rows": ("Baris", "Rows"),
    "ui.file": ("Berkas", "File"),
    "ui.sheet": ("Lembar", "Sheet"),
    "ui.row": ("Baris", "Row"),
    "ui.column": ("Kolom", "Column"),
    "ui.message": ("Pesan", "Message"),
    "ui.search": ("Cari", "Search"),
    "ui.search_firm": ("Nama, NIB atau produk", "Name, NIB or product"),
    "ui.region": ("Wilayah", "Region"),
    "ui.kbli": ("KBLI", "KBLI"),
    "ui.size_class": ("Skala usaha", "Size class"),
    "ui.sentra": ("Sentra", "Sentra"),
    "ui.size.bps": ("BPS (tenaga kerja)", "BPS (workers)"),
    "ui.size.permenperin": ("Permenperin 64/2016 (tenaga kerja dan investasi)",
                            "Permenperin 64/2016 (workers and investment)"),
    "ui.size.bps:micro": ("Mikro: 1-4 TK", "Micro: 1-4 workers"),
    "ui.size.bps:small": ("Kecil: 5-19 TK", "Small: 5-19 workers"),
    "ui.size.bps:medium": ("Sedang: 20-99 TK", "Medium: 20-99 workers"),
    "ui.size.bps:large": ("Besar: 100+ TK", "Large: 100+ workers"),
    "ui.size.permenperin:small": ("Kecil: <= 19 TK dan investasi < Rp 1 miliar",
                                  "Small: <= 19 workers and investment < Rp 1 billion"),
    "ui.size.permenperin:medium": ("Menengah: <= 19 TK dan investasi >= Rp 1 miliar, atau "
                                   ">= 20 TK dan investasi <= Rp 15 miliar",
                                   "Medium: <= 19 workers and investment >= Rp 1 billion, "
                                   "or >= 20 workers and investment <= Rp 15 billion"),
    "ui.size.permenperin:large": ("Besar: >= 20 TK dan investasi > Rp 15 miliar",
                                  "Large: >= 20 workers and investment > Rp 15 billion"),
    "ui.sort": ("Urutkan", "Sort"),
    "ui.name": ("Nama", "Name"),
    "ui.address": ("Alamat", "Address"),
    "ui.workers": ("Tenaga kerja", "Workers"),
    "ui.edit": ("Ubah", "Edit"),
    "ui.save": ("Simpan", "Save"),
    "ui.audit": ("Jejak audit", "Audit trail"),
    "ui.duplicates": ("Kelompok duplikat", "Duplicate clusters"),
    "ui.merge": ("Gabungkan", "Merge"),
    "ui.keep_apart": ("Bukan duplikat", "Not duplicates"),
    "ui.find_duplicates": ("Cari data ganda", "Find duplicates"),
    "ui.find_help": ("Mencocokkan semua usaha di wilayah Anda; bisa perlu beberapa detik "
                     "untuk register besar. Hasilnya disimpan untuk ditinjau.",
                     "Compares every firm of your region; can take some seconds on a "
                     "large register. The result is stored for review."),
    "ui.no_review": ("Belum ada pencarian data ganda untuk wilayah ini.",
                     "No duplicate search has been run for this region yet."),
    "ui.review_stale": ("Registri telah berubah sejak pencarian ini; cari lagi untuk hasil "
                        "terbaru.",
                        "The register has changed since this search; find again for an "
                        "up-to-date result."),
    "ui.clusters": ("kelompok", "clusters"),
    "ui.open": ("belum diputuskan", "open"),
    "ui.survivor": ("Data utama", "Surviving record"),
    "ui.include": ("Ikut digabung", "Include"),
    "ui.owner": ("Pemilik", "Owner"),
    "ui.undo": ("Batalkan", "Undo"),
    "ui.merged_done": ("Digabungkan (tercatat di jejak audit): penggabungan",
                       "Merged (recorded in the audit trail): merge"),
    "ui.done_kept": ("Ditandai bukan duplikat (tercatat di jejak audit).",
                     "Marked as not duplicates (recorded in the audit trail)."),
    "ui.done_undone": ("Penggabungan dibatalkan (tercatat di jejak audit).",
                       "Merge undone (recorded in the audit trail)."),
    "ui.done_found": ("Pencarian data ganda selesai.", "Duplicate search finished."),
    "ui.previous": ("Sebelumnya", "Previous"),
    "ui.next": ("Berikutnya", "Next"),
    "ui.records": ("catatan", "records"),
    "ui.aggregates_only": ("Anda melihat agregat yang dipublikasikan saja (sel kecil "
                           "disembunyikan).",
                           "You see published aggregates only (small cells suppressed)."),
    "ui.not_allowed": ("Tidak diizinkan", "Not allowed"),
    "ui.error": ("Terjadi kesalahan", "Something went wrong"),
    "ui.role.admin": ("Administrator", "Administrator"),
    "ui.role.analyst": ("Analis", "Analyst"),
    "ui.role.viewer": ("Pemangku kepentingan", "Stakeholder"),
    "ui.open_dashboard": ("Buka dasbor", "Open dashboard"),
    "ui.value": ("Nilai", "Value"),
    "ui.firm_count": ("Jumlah usaha", "Number of firms"),
    "ui.hidden": ("disembunyikan", "suppressed"),
    "ui.none": ("Tidak ada", "None"),
    "ui.admin": ("Admin", "Admin"),
    "ui.admin_datasets": ("Kelola set data", "Manage datasets"),
    "ui.admin_datasets_help": ("Unggahan baru hanya terlihat oleh wilayah pengunggah sampai "
                               "diterbitkan. Set data bawaan adalah yang dibuka halaman "
                               "untuk semua pengguna.",
                               "New uploads are visible only to the uploader's region until "
                               "published. The default dataset is the one pages open with for "
                               "everyone."),
    "ui.published": ("Terbit", "Published"),
    "ui.default": ("Bawaan", "Default"),
    "ui.publish": ("Terbitkan", "Publish"),
    "ui.unpublish": ("Tarik kembali", "Unpublish"),
    "ui.make_default": ("Jadikan bawaan", "Make default"),
    "ui.delete": ("Hapus", "Delete"),
    "ui.yes": ("ya", "yes"),
    "ui.no": ("tidak", "no"),
    "ui.private": ("belum terbit", "not published"),
    "ui.admin_done_published": ("Status terbit disimpan.", "Publication status saved."),
    "ui.admin_done_default": ("Set data bawaan diubah.", "Default dataset changed."),
    "ui.admin_done_deleted": ("Set data dihapus.", "Dataset deleted."),
    "ui.sum_of_regions": ("jumlah semua wilayah", "sum of all regions"),
    "ui.weight": ("bobot", "weight"),
    "ui.own_records": ("Data usaha wilayah Anda", "Firm records of your region"),
    "ui.published_aggregates": ("Agregat terbit semua wilayah",
                                "Published aggregates of all regions"),
    "ui.aggregates_all": ("Agregat yang dipublikasikan untuk semua wilayah (sel kecil "
                          "disembunyikan).",
                          "Published aggregates of every region (small cells suppressed)."),
    "ui.cells": ("sel", "cells"),
    "ui.page": ("halaman", "page"),
    "ui.total": ("Jumlah", "Total"),
    "ui.suppressed_primary": ("disembunyikan: terlalu sedikit usaha atau satu usaha dominan",
                              "suppressed: too few firms or one dominant firm"),
    "ui.suppressed_secondary": ("disembunyikan agar sel lain tidak dapat dihitung balik",
                                "suppressed so that another cell cannot be worked out"),
    "ui.details": ("Rincian", "Details"),
    "ui.show_more": ("Tampilkan {n} masalah lainnya", "Show {n} more problems"),
    "ui.more_not_kept": ("(hanya {n} masalah pertama yang disimpan)",
                         "(only the first {n} problems were kept)"),
    "import.status.ok": ("tersimpan", "saved"),
    "import.status.refused": ("ditolak", "refused"),
    "import.kind.pdrb": ("PDRB", "PDRB"),
    "import.kind.register": ("Registri", "Register"),
    "ui.weights_used": ("Bobot yang dipakai", "Weights used"),
    "ui.in_sentra": ("Di dalam sentra", "In a sentra"),
    "ui.not_in_sentra": ("Di luar sentra", "Not in a sentra"),
    "ui.periods": ("Data per periode", "Data by period"),
    "ui.action": ("Tindakan", "Action"),
    "ui.before": ("Sebelum", "Before"),
    "ui.after": ("Sesudah", "After"),
    "ui.import_batch": ("batch impor", "import batch"),
    "ui.saved_pdrb": ("Set data PDRB baru tersimpan: {regions} wilayah, {industries} lapangan "
                      "usaha, tahun {years}.",
                      "New PDRB dataset saved: {regions} regions, {industries} industries, "
                      "years {years}."),
    "ui.saved_register": ("Registri diimpor: {rows} baris dibaca; {added} usaha baru, "
                          "{changed} diubah, {unchanged} tidak berubah.",
                          "Register imported: {rows} rows read; {added} new firms, "
                          "{changed} changed, {unchanged} unchanged."),
    # leading-industry criteria (short names; descriptions in CRITERIA_DESCRIPTIONS_EN)
    "crit.slq": ("SLQ", "SLQ"),
    "crit.dlq": ("DLQ", "DLQ"),
    "crit.competitive": ("Daya saing", "Competitiveness"),
    "crit.growth": ("Pertumbuhan", "Growth"),
    "crit.share": ("Kontribusi", "Share"),
    # register record status
    "status.draft": ("Draf", "Draft"),
    "status.returned": ("Dikembalikan", "Returned"),
    "status.verified": ("Terverifikasi", "Verified"),
    # audit actions
    "audit.create": ("dibuat", "created"),
    "audit.import_create": ("dibuat lewat impor", "created by an import"),
    "audit.update": ("diubah", "changed"),
    "audit.merge": ("digabungkan", "merged"),
    "audit.merged": ("digabung ke data lain", "merged into another record"),
    "audit.undo_merge": ("penggabungan dibatalkan", "merge undone"),
    "audit.dedup_keep": ("ditandai bukan duplikat", "marked as not duplicates"),
    # upload summaries (register import report)
    "summary.rows": ("Baris dibaca", "Rows read"),
    "summary.added": ("Usaha baru", "New firms"),
    "summary.changed": ("Usaha diubah", "Firms changed"),
    "summary.unchanged": ("Usaha tidak berubah", "Firms unchanged"),
    "summary.periods_added": ("Periode baru", "New periods"),
    "summary.periods_changed": ("Periode diubah", "Periods changed"),
    "summary.batch": ("Batch impor", "Import batch"),
    "summary.regions": ("Wilayah", "Regions"),
    "summary.industries": ("Lapangan usaha", "Industries"),
    "summary.years": ("Tahun", "Years"),
}

# register record fields (record page, audit trail), Indonesian and English
FIELDS: dict[str, tuple[str, str]] = {
    "id": ("ID", "ID"),
    "nib": ("NIB", "NIB"),
    "name": ("Nama usaha", "Firm name"),
    "legal_form": ("Bentuk badan usaha", "Legal form"),
    "owner_name": ("Nama pemilik", "Owner"),
    "phone": ("Telepon", "Phone"),
    "email": ("Surel", "E-mail"),
    "address": ("Alamat", "Address"),
    "province_code": ("Kode provinsi", "Province code"),
    "regency_code": ("Kode kabupaten/kota", "Regency code"),
    "district_code": ("Kode kecamatan", "District code"),
    "village_code": ("Kode desa/kelurahan", "Village code"),
    "district_name": ("Kecamatan", "District"),
    "village_name": ("Desa/kelurahan", "Village"),
    "latitude": ("Lintang", "Latitude"),
    "longitude": ("Bujur", "Longitude"),
    "kbli": ("KBLI", "KBLI"),
    "kbli_others": ("KBLI lainnya", "Other KBLI codes"),
    "product": ("Produk", "Product"),
    "sentra_id": ("Sentra", "Sentra"),
    "status": ("Status data", "Data status"),
    "source": ("Sumber data", "Data source"),
    "public": ("Publik", "Public"),
    "synthetic": ("Data sintetis", "Synthetic data"),
    "merged_into_id": ("Digabung ke", "Merged into"),
    "created_at": ("Dibuat", "Created"),
    "updated_at": ("Diubah", "Updated"),
    "period": ("Periode", "Period"),
    "year": ("Tahun", "Year"),
    "workers": ("Tenaga kerja", "Workers"),
    "workers_men": ("Tenaga kerja laki-laki", "Male workers"),
    "workers_women": ("Tenaga kerja perempuan", "Female workers"),
    "investment": ("Investasi (Rp)", "Investment (Rp)"),
    "capacity": ("Kapasitas produksi", "Production capacity"),
    "output_quantity": ("Jumlah produksi", "Output quantity"),
    "output_unit": ("Satuan", "Unit"),
    "output_value": ("Nilai produksi (Rp)", "Output value (Rp)"),
}

# English descriptions of the leading-industry criteria (the Indonesian ones are
# rancang.analysis.ranking.CRITERIA_DESCRIPTIONS)
CRITERIA_DESCRIPTIONS_EN: dict[str, str] = {
    "slq": "static LQ of the last year (basic sector when > 1)",
    "dlq": "dynamic LQ over the period",
    "competitive": "growth-rate difference against the reference economy (shift-share "
                   "competitive advantage)",
    "growth": "mean annual growth rate (CAGR)",
    "share": "share of the region's PDRB in the last year",
}

register_labels(WORDS)
# columns of the PDRB structure and growth downloads
register_labels({"share_pct": ("Pangsa (%)", "Share (%)"),
                 "growth_pct": ("Pertumbuhan (%)", "Growth (%)")})
# result values shown on the dashboard: SLQ x DLQ quadrants and Klassen quadrants
register_terms({**QUADRANT_LABELS_EN, **KLASSEN_LABELS_EN})


def word(key: str, lang: str) -> str:
    """A word of :data:`WORDS` in ``lang`` (the key itself when unknown).

    >>> word("crit.competitive", "en"), word("crit.competitive", "id"), word("x.y", "en")
    ('Competitiveness', 'Daya saing', 'x.y')
    """
    pair = WORDS.get(key)
    return key if pair is None else pair[1 if lang == "en" else 0]


def label_of(prefix: str, value: str | None, lang: str) -> str:
    """The word ``prefix.value`` in ``lang``, else the value itself (a new machine value
    shows as it is rather than disappearing).

    >>> label_of("import.status", "refused", "en"), label_of("import.status", "odd", "en")
    ('refused', 'odd')
    """
    if value is None:
        return ""
    return word(f"{prefix}.{value}", lang) if f"{prefix}.{value}" in WORDS else value


def criterion_label(key: str, lang: str) -> str:
    """Short name of a leading-industry criterion (``slq``, ``competitive``...)."""
    return word(f"crit.{key}", lang) if f"crit.{key}" in WORDS else key


def criterion_description(key: str, lang: str) -> str:
    """What a leading-industry criterion measures, in ``lang``.

    >>> criterion_description("growth", "en")
    'mean annual growth rate (CAGR)'
    """
    table = CRITERIA_DESCRIPTIONS_EN if lang == "en" else CRITERIA_DESCRIPTIONS
    return table.get(key, key)


def field_label(key: str, lang: str) -> str:
    """Label of a register record field (``owner_name`` -> "Owner" / "Nama pemilik")."""
    pair = FIELDS.get(key)
    return key if pair is None else pair[1 if lang == "en" else 0]


def status_label(value: str | None, lang: str) -> str:
    """A record status (``draft``, ``returned``, ``verified``) for people."""
    if not value:
        return ""
    return word(f"status.{value}", lang) if f"status.{value}" in WORDS else value


def display_value(key: str, value: Any, lang: str) -> str:
    """A record field's value for people: yes/no, lists joined, status translated."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return word("ui.yes" if value else "ui.no", lang)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if key == "status":
        return status_label(str(value), lang)
    return str(value)


def describe_changes(values: Any, lang: str) -> str:
    """An audit entry's before/after values as "Label: value; ..." (not a raw dict).

    >>> describe_changes({"product": "Keripik", "public": True}, "en")
    'Product: Keripik; Public: yes'
    """
    if values is None:
        return ""
    if not isinstance(values, dict):
        return str(values)
    return "; ".join(f"{field_label(k, lang)}: {display_value(k, v, lang) or '-'}"
                     for k, v in values.items())


def audit_action(action: str, lang: str) -> str:
    """An audit action (``update``, ``import_create``...) for people."""
    return word(f"audit.{action}", lang) if f"audit.{action}" in WORDS else action


SUMMARY_KEYS = ("regions", "industries", "years", "rows", "added", "changed", "unchanged",
                "periods_added", "periods_changed", "batch")


def _years_text(years: Any) -> str:
    """``[2019, 2020, 2021]`` -> ``"2019-2021"`` (one year alone, "" for none)."""
    if not isinstance(years, list | tuple) or not years:
        return str(years or "")
    return str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"


def upload_summary(summary: dict[str, Any], lang: str) -> dict[str, Any]:
    """An accepted upload for people: a sentence and (label, value) rows, no raw keys.

    >>> upload_summary({"regions": 3, "industries": 17, "years": [2019, 2020],
    ...                 "dataset_id": 4}, "en")["sentence"]
    'New PDRB dataset saved: 3 regions, 17 industries, years 2019-2020.'
    >>> upload_summary({"rows": 5, "added": 5, "batch": "b1"}, "id")["rows"][1]
    ('Usaha baru', '5')
    """
    rows = [(word(f"summary.{k}", lang),
             _years_text(summary[k]) if k == "years" else str(summary[k]))
            for k in SUMMARY_KEYS if k in summary and summary[k] is not None]
    if "regions" in summary:
        sentence = word("ui.saved_pdrb", lang).format(
            regions=summary.get("regions"), industries=summary.get("industries"),
            years=_years_text(summary.get("years")))
    else:
        sentence = word("ui.saved_register", lang).format(
            **{k: summary.get(k, 0) for k in ("rows", "added", "changed", "unchanged")})
    return {"sentence": sentence, "rows": rows, "dataset_id": summary.get("dataset_id")}


def map_words(lang: str) -> dict[str, str]:
    """The words the map script shows (``map.*``), in the page's language."""
    k = 1 if lang == "en" else 0
    return {key.split(".", 1)[1]: pair[k] for key, pair in WORDS.items()
            if key.startswith("map.")}
