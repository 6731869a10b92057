"""Words of the programmes feature, Indonesian and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.programmes": ("Program dan sinkronisasi", "Programmes and synchronisation"),
    "programmes.nav": ("Program", "Programmes"),
    "perm.programmes.read": ("Membaca program wilayahnya dan laporan sinkronisasi",
                             "Read the programmes of their region and the synchronisation "
                             "report"),
    "perm.programmes.write": ("Mengimpor dan mengubah program wilayahnya serta "
                              "memetakannya ke rencana",
                              "Import and change the programmes of their region and map "
                              "them to a plan"),
    "programmes.level.pusat": ("Pusat", "Central"),
    "programmes.level.provinsi": ("Provinsi", "Province"),
    "programmes.level.kabupaten": ("Kabupaten/kota", "Regency/city"),
    "programmes.kind.target": ("Sasaran", "Target"),
    "programmes.kind.strategy": ("Strategi", "Strategy"),
    # code checks
    "programmes.code.form": (
        "kode '{code}' tidak berbentuk nomenklatur Kemendagri (misalnya 3.31.02 atau "
        "3.31.02.2.01.0002)",
        "code '{code}' is not in the Kemendagri nomenclature form (e.g. 3.31.02 or "
        "3.31.02.2.01.0002)"),
    "programmes.code.level": (
        "kode '{code}' memakai digit tingkat {digit} ({code_level}) tetapi tingkatnya "
        "{level}",
        "code '{code}' has level digit {digit} ({code_level}) but the level is {level}"),
    # import
    "programmes.import.type": ("jenis berkas '{suffix}' tidak didukung (XLSX atau CSV)",
                               "file type '{suffix}' is not supported (XLSX or CSV)"),
    "programmes.import.no_header": (
        "tidak ada lembar dengan judul kolom program (kode, nomenklatur, tingkat, instansi, "
        "wilayah, tahun, pagu ...)",
        "no sheet has the programme columns (code, name, level, agency, region, year, "
        "budget ..., in English or Indonesian)"),
    "programmes.import.missing_columns": ("kolom wajib tidak ada: {columns}",
                                          "required columns missing: {columns}"),
    "programmes.import.required": ("nilai wajib kosong", "a required value is empty"),
    "programmes.import.negative": ("pagu '{value}' negatif", "budget '{value}' is negative"),
    "programmes.import.year": ("tahun '{value}' bukan tahun 2000-2100",
                               "year '{value}' is not a year 2000-2100"),
    "programmes.import.level": (
        "tingkat '{value}' tidak dikenal (pusat, provinsi, kabupaten)",
        "unknown level '{value}' (central, province or regency)"),
    "programmes.import.region": (
        "wilayah '{value}' bukan kode Kemendagri provinsi atau kabupaten/kota (72, 72.06)",
        "region '{value}' is not a Kemendagri province or regency code (72, 72.06)"),
    "programmes.import.regency_region": (
        "program kabupaten/kota memerlukan kode kabupaten/kota, bukan '{region}'",
        "a regency programme needs a regency code, not '{region}'"),
    "programmes.import.scope": (
        "Anda tidak berwenang mengimpor program wilayah {region}",
        "you may not import programmes of region {region}"),
    "programmes.import.name_deeper": (
        "kode '{code}' adalah {kind}, tetapi kolom ini (lebih rinci) terisi",
        "code '{code}' is a {kind}, but this (more detailed) column is filled"),
    "programmes.import.name_missing": (
        "kode '{code}' adalah {kind}, tetapi nama {kind} kosong",
        "code '{code}' is a {kind}, but the {kind} name is empty"),
    "programmes.import.name_differs": (
        "nomenklatur berbeda dari kolom {other} untuk kode '{code}' ({kind})",
        "the name differs from column {other} for code '{code}' (a {kind})"),
    "programmes.code_kind.program": ("program", "programme"),
    "programmes.code_kind.kegiatan": ("kegiatan", "activity"),
    "programmes.code_kind.subkegiatan": ("sub kegiatan", "sub-activity"),
    "programmes.import.twice": (
        "program yang sama (kode, wilayah, tahun, instansi) sudah ada di {file} baris {row}",
        "the same programme (code, region, year, agency) is already in {file} row {row}"),
    "programmes.imported": (
        "{files} berkas, {rows} program: {inserted} baru, {updated} diubah, {unchanged} "
        "tetap.",
        "{files} file(s), {rows} programmes: {inserted} new, {updated} changed, {unchanged} "
        "unchanged."),
    "programmes.user_unknown": ("akun '{user}' tidak ada atau tidak aktif",
                                "account '{user}' does not exist or is inactive"),
    # suggest and map
    "programmes.sheet.suggest": ("Usulan pemetaan", "Suggested mappings"),
    "programmes.suggest.about.plan": ("Rencana", "Plan"),
    "programmes.suggest.about.how": ("Cara mengisi", "How to fill in"),
    "programmes.suggest.how": (
        "Usulan dari kemiripan kata (TF-IDF, kosinus); kata_cocok menunjukkan kata yang sama. "
        "Tulis 'ya' di kolom konfirmasi untuk pemetaan yang benar (atau 'tidak' untuk "
        "menghapusnya), isi kontribusi yang diharapkan, lalu muat dengan rancang programmes "
        "map.",
        "Suggestions by word similarity (TF-IDF, cosine); kata_cocok shows the shared words. "
        "Write 'ya' (yes) in the konfirmasi column for a right mapping (or 'tidak' to remove "
        "it), fill in the expected contribution, then load it with rancang programmes map."),
    "programmes.suggested": ("{n} usulan untuk {programmes} program ditulis ke {path}.",
                             "{n} suggestions for {programmes} programmes written to {path}."),
    "programmes.map.no_header": ("tidak ada lembar dengan kolom {columns}",
                                 "no sheet has the columns {columns}"),
    "programmes.map.answer": ("konfirmasi '{value}' tidak dikenal (ya atau tidak)",
                              "unknown confirmation '{value}' (yes or no)"),
    "programmes.map.no_programme": (
        "program {code} di {region} tahun {year} tidak ada (atau di luar wilayah Anda)",
        "programme {code} in {region} in {year} does not exist (or is outside your region)"),
    "programmes.map.ambiguous": (
        "kode {code} dipakai beberapa instansi di tempat dan tahun itu: isi kolom instansi",
        "code {code} is used by several agencies in that place and year: fill in the agency"),
    "programmes.map.no_anchor": (
        "{kind} '{key}' tidak ada di rencana {plan} (jenis target atau strategy)",
        "{kind} '{key}' is not in plan {plan} (kind target or strategy)"),
    "programmes.mapped": (
        "Rencana {plan}: {confirmed} pemetaan dikonfirmasi, {removed} ditarik kembali, "
        "{skipped} baris tanpa konfirmasi dilewati.",
        "Plan {plan}: {confirmed} mappings confirmed, {removed} taken back, {skipped} rows "
        "without a confirmation skipped."),
    # sync
    "programmes.sync.title": ("Sinkronisasi Program Pembangunan Industri {province} Tahun "
                              "{year}",
                              "Synchronisation of Industrial Development Programmes {province} "
                              "{year}"),
    "programmes.sync.intro": (
        "Program pusat, provinsi dan kabupaten/kota terhadap sasaran dan strategi RPIP/RPIK "
        "yang berlaku: cakupan, sasaran tanpa program, kegiatan ganda, kewenangan, dan pagu. "
        "Pemetaan program hanya yang sudah dikonfirmasi; pagu program yang melayani dua "
        "sasaran dihitung pada keduanya, total per tingkat menghitungnya sekali.",
        "Central, provincial and regency programmes against the targets and strategies of the "
        "RPIP/RPIK in force: coverage, targets without a programme, activities planned twice, "
        "authority, and budgets. Only confirmed mappings count; a programme serving two "
        "targets counts in both, the totals per level count it once."),
    "programmes.sync.source": ("Sumber: program tersimpan dan pemetaan yang dikonfirmasi, "
                               "provinsi {province}, tahun {year} (Rancang).",
                               "Source: stored programmes and confirmed mappings, province "
                               "{province}, year {year} (Rancang)."),
    "programmes.sync.province_row": ("Provinsi {code}", "Province {code}"),
    "programmes.synced": (
        "Sinkronisasi {province} {year}: {programmes} program, {anchors} sasaran/strategi, "
        "{gaps} tanpa program, {duplicates} kegiatan ganda, {outside} di luar kewenangan, "
        "{without_plan} kabupaten/kota tanpa RPIK; pagu Rp {budget}.",
        "Synchronisation {province} {year}: {programmes} programmes, {anchors} "
        "targets/strategies, {gaps} without a programme, {duplicates} activities planned "
        "twice, {outside} outside authority, {without_plan} regencies without an RPIK; "
        "budget Rp {budget}."),
    "programmes.no_format": ("format '{fmt}' tidak ada (xlsx atau docx)",
                             "there is no format '{fmt}' (xlsx or docx)"),
    "programmes.no_plan": ("tidak ada rencana", "no plan"),
    "programmes.none": ("Tidak ada.", "None."),
    "programmes.sheet.summary": ("Ringkasan", "Summary"),
    "programmes.sheet.regions": ("Wilayah dan rencana", "Regions and plans"),
    "programmes.sheet.coverage": ("Cakupan sasaran-strategi", "Coverage of targets"),
    "programmes.sheet.gaps": ("Sasaran tanpa program", "Targets without programme"),
    "programmes.sheet.duplicates": ("Kegiatan ganda", "Activities planned twice"),
    "programmes.sheet.authority": ("Di luar kewenangan", "Outside authority"),
    "programmes.sheet.budget_anchor": ("Pagu per strategi", "Budget per strategy"),
    "programmes.sheet.budget_level": ("Pagu per tingkat", "Budget per level"),
    "programmes.fig.programmes": ("Program tahun ini", "Programmes this year"),
    "programmes.fig.anchors": ("Sasaran dan strategi", "Targets and strategies"),
    "programmes.fig.gaps": ("Sasaran/strategi tanpa program", "Targets/strategies without "
                            "a programme"),
    "programmes.fig.duplicates": ("Kegiatan ganda (kelompok)", "Activities planned twice "
                                  "(groups)"),
    "programmes.fig.outside_authority": ("Program di luar kewenangan",
                                         "Programmes outside authority"),
    "programmes.fig.without_plan": ("Kabupaten/kota tanpa RPIK", "Regencies without an RPIK"),
    "programmes.fig.unmapped": ("Program belum dipetakan", "Programmes not mapped"),
    "programmes.fig.budget_pusat": ("Pagu pusat (Rp)", "Central budget (Rp)"),
    "programmes.fig.budget_provinsi": ("Pagu provinsi (Rp)", "Provincial budget (Rp)"),
    "programmes.fig.budget_kabupaten": ("Pagu kabupaten/kota (Rp)", "Regency budget (Rp)"),
    "programmes.fig.budget_total": ("Pagu seluruhnya (Rp)", "Total budget (Rp)"),
    "programmes.col.figure": ("Ukuran", "Figure"),
    "programmes.col.value": ("Nilai", "Value"),
    "programmes.col.province": ("Provinsi", "Province"),
    "programmes.col.region": ("Wilayah", "Region"),
    "programmes.col.region_name": ("Nama wilayah", "Region name"),
    "programmes.col.plan": ("Rencana", "Plan"),
    "programmes.col.status": ("Status", "Status"),
    "programmes.col.programmes": ("Program", "Programmes"),
    "programmes.col.budget": ("Pagu (Rp)", "Budget (Rp)"),
    "programmes.col.kind": ("Jenis", "Kind"),
    "programmes.col.key": ("Kunci", "Key"),
    "programmes.col.anchor": ("Sasaran/strategi", "Target/strategy"),
    "programmes.col.codes": ("Kode program", "Programme codes"),
    "programmes.col.group": ("Kelompok", "Group"),
    "programmes.col.name": ("Nomenklatur", "Nomenclature"),
    "programmes.col.year": ("Tahun", "Year"),
    "programmes.col.level": ("Tingkat", "Level"),
    "programmes.col.agency": ("Instansi", "Agency"),
    "programmes.col.code": ("Kode", "Code"),
    "programmes.col.indicator": ("Indikator", "Indicator"),
    "programmes.col.unit": ("Satuan", "Unit"),
    "programmes.col.target": ("Target", "Target"),
    "programmes.page.title": ("Program pembangunan industri", "Industrial development "
                              "programmes"),
    "programmes.page.intro": (
        "Program pusat, provinsi dan kabupaten/kota dalam nomenklatur Kemendagri. Impor "
        "daftar program di bawah (XLSX/CSV, semua berkas atau tidak sama sekali) atau dengan "
        "rancang programmes import.",
        "Central, provincial and regency programmes in the Kemendagri nomenclature. Import "
        "programme lists below (XLSX/CSV, every file or none) or with rancang programmes "
        "import."),
    "programmes.page.show": ("Tampilkan", "Show"),
    "programmes.page.sync": ("Laporan sinkronisasi", "Synchronisation report"),
    "programmes.page.download": ("Unduh", "Download"),
    "programmes.page.count": ("{n} program (ditampilkan {shown}).",
                              "{n} programmes ({shown} shown)."),
    "programmes.page.all": ("Semua", "All"),
    "programmes.page.import": ("Impor daftar program", "Import programme lists"),
    "programmes.page.import_help": (
        "Satu masalah di berkas mana pun: tidak ada yang disimpan. Hanya program wilayah "
        "Anda. Kolom (nama Inggris juga diterima):",
        "One problem in any file: nothing is stored. Only programmes of your region. "
        "Columns (English names accepted too):"),
    "programmes.page.upload": ("Unggah", "Upload"),
    "programmes.page.plans": ("Pemetaan ke rencana", "Mapping to plans"),
    "programmes.page.plans_help": (
        "Usulan pemetaan program ke sasaran dan strategi rencana, untuk dikonfirmasi atau "
        "ditolak satu per satu.",
        "Suggested mappings of programmes to the plan's targets and strategies, to confirm "
        "or reject one by one."),
    "programmes.page.review": ("Tinjau pemetaan", "Review mappings"),
    "programmes.review.title": ("Pemetaan program: rencana {plan}",
                                "Programme mappings: plan {plan}"),
    "programmes.review.intro": (
        "Usulan dari kemiripan kata nomenklatur dan indikator dengan sasaran/strategi "
        "(TF-IDF, kosinus). Usulan baru dihitung setelah seseorang mengonfirmasinya; "
        "yang ditolak tidak diusulkan lagi.",
        "Suggestions from the similarity of the nomenclature and indicator words to the "
        "targets/strategies (TF-IDF, cosine). A suggestion counts only once a person "
        "confirms it; a rejected one is not suggested again."),
    "programmes.review.state": ("Keadaan", "State"),
    "programmes.review.state.suggested": ("Usulan", "Suggested"),
    "programmes.review.state.confirmed": ("Dikonfirmasi", "Confirmed"),
    "programmes.review.state.rejected": ("Ditolak", "Rejected"),
    "programmes.review.score": ("Skor", "Score"),
    "programmes.review.words": ("Kata yang cocok", "Shared words"),
    "programmes.review.contribution": ("Kontribusi yang diharapkan", "Expected contribution"),
    "programmes.review.by": ("Oleh", "By"),
    "programmes.review.confirm": ("Konfirmasi", "Confirm"),
    "programmes.review.save": ("Simpan kontribusi", "Save contribution"),
    "programmes.review.reject": ("Tolak", "Reject"),
    "programmes.review.count": ("{n} baris.", "{n} rows."),
    "programmes.review.download": ("Unduh usulan (XLSX)", "Download suggestions (XLSX)"),
    "programmes.review.upload": ("Unggah pemetaan yang dikonfirmasi (XLSX)",
                                 "Upload confirmed mappings (XLSX)"),
    "programmes.review.upload_help": (
        "Lembar usulan dengan kolom konfirmasi diisi ya/tidak; semua baris atau tidak sama "
        "sekali.",
        "The suggestions sheet with the konfirmasi column filled yes/no; every row or none."),
    "programmes.review.no_programme": ("program {id} tidak ada di wilayah rencana ini",
                                       "programme {id} is not in this plan's region"),
    "programmes.review.too_long": ("kontribusi lebih dari {n} karakter",
                                   "contribution longer than {n} characters"),
    "programmes.review.decision": ("keputusan harus confirm atau reject",
                                   "the decision must be confirm or reject"),
    "programmes.page.links": ("Program dan sinkronisasi", "Programmes and synchronisation"),
    "programmes.page.no_file": ("pilih berkas untuk diunggah", "choose a file to upload"),
    # one programme changed on the web or through the API
    "programmes.edit.not_found": ("Program {id} tidak ada.", "Programme {id} does not exist."),
    "programmes.edit.scope": ("Anda tidak berwenang mengubah program wilayah {region}",
                              "you may not change programmes of region {region}"),
    "programmes.edit.exists": (
        "program lain (nomor {id}) sudah memakai kode, wilayah, tahun dan instansi ini",
        "another programme (number {id}) already has this code, region, year and agency"),
    "programmes.edit.title": ("Ubah program", "Edit programme"),
    "programmes.edit.intro": (
        "Pemeriksaan sama dengan impor: bentuk kode dan digit tingkat, kode kabupaten/kota "
        "untuk program kabupaten/kota, tahun, pagu. Kolom pilihan yang dikosongkan tetap "
        "berisi nilai tersimpan. Setiap perubahan dicatat.",
        "The same checks as an import: code form and level digit, a regency code for a "
        "regency programme, year, budget. An optional field left blank keeps the stored "
        "value. Every change is logged."),
    "programmes.edit.save": ("Simpan perubahan", "Save changes"),
    "programmes.edit.saved": ("Perubahan disimpan.", "Changes saved."),
    "programmes.edit.unchanged": ("Tidak ada yang berubah.", "Nothing changed."),
    "programmes.edit.removed": (
        "{n} pemetaan ke rencana yang wilayahnya tidak lagi memuat program ini dihapus.",
        "{n} mappings to plans whose region no longer holds this programme were removed."),
    "programmes.edit.problems": ("Belum disimpan: perbaiki isian yang ditandai.",
                                 "Not saved: correct the marked fields."),
    "programmes.edit.link": ("Ubah", "Edit"),
    "programmes.edit.back": ("Kembali ke daftar program", "Back to the programme list"),
    "programmes.edit.history": ("Riwayat perubahan", "History of changes"),
    "programmes.edit.no_history": ("Belum ada perubahan lewat formulir atau API.",
                                   "No change made through the form or the API yet."),
    "programmes.edit.at": ("Waktu", "When"),
    "programmes.edit.by": ("Oleh", "By"),
    "programmes.edit.change": ("Perubahan", "Change"),
    "programmes.edit.optional": ("pilihan", "optional"),
    "programmes.edit.mappings_removed": ("pemetaan dihapus", "mappings removed"),
}
