"""Words of the business-matching feature, Indonesian and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.matching": ("Temu usaha", "Business matching"),
    "match.cannot_read": ("tidak dapat dibaca: {error}", "cannot read: {error}"),
    "match.missing_sheet": ("lembar {sheet!r} (atau {alt!r}) tidak ada",
                            "no sheet {sheet!r} (or {alt!r})"),
    "match.missing_column": ("kolom {column!r} tidak ada", "missing column {column!r}"),
    "match.bad_slot_number": ("nomor slot {value!r}: seharusnya {expected} (urut mulai 1)",
                              "slot number {value!r}: expected {expected} (1, 2, ... in order)"),
    "match.bad_session": ("sesi {value!r}: gunakan pagi/morning atau siang/afternoon",
                          "session {value!r}: use morning/pagi or afternoon/siang"),
    "match.bad_slot_ref": ("slot {value!r} tidak ada (slot 1 sampai {n})",
                           "no slot {value!r} (slots 1 to {n})"),
    "match.empty_id": ("id kosong", "empty id"),
    "match.duplicate_id": ("id {id!r} dipakai lebih dari sekali", "id {id!r} used twice"),
    "match.bad_role": ("peran {value!r}: gunakan pembeli/buyer, penjual/seller atau "
                       "lainnya/other",
                       "role {value!r}: use buyer/pembeli, seller/penjual or other/lainnya"),
    "match.unknown_participant": ("peserta {id!r} tidak ada di lembar peserta",
                                  "participant {id!r} is not in the participants sheet"),
    "match.self_meeting": ("{id!r} tidak bisa bertemu dirinya sendiri",
                           "{id!r} cannot meet themselves"),
    "match.duplicate_request": ("pasangan yang sama sudah diminta di baris {row}",
                                "the same pair is already requested in row {row}"),
    "match.bad_priority": ("prioritas {value!r}: bilangan bulat 1 (tertinggi) atau lebih",
                           "priority {value!r}: a whole number, 1 (highest) or more"),
    "match.bad_tables": ("jumlah meja {value!r}: bilangan bulat positif (baris 'meja | 20')",
                         "number of tables {value!r}: a positive whole number "
                         "(a row 'tables | 20')"),
    "match.fixed_wrong_session": ("slot tetap {slot} bukan sesi {session}",
                                  "fixed slot {slot} is not in the {session} session"),
    "match.fixed_unavailable": ("slot tetap {slot}: {id!r} tidak tersedia",
                                "fixed slot {slot}: {id!r} is unavailable"),
    "match.fixed_double": ("slot tetap {slot}: {id!r} juga bertemu di slot itu (baris {row})",
                           "fixed slot {slot}: {id!r} already meets then (row {row})"),
    "match.fixed_tables": ("slot tetap {slot}: lebih banyak pertemuan tetap daripada {tables} "
                           "meja",
                           "fixed slot {slot}: more fixed meetings than {tables} tables"),
    "match.reason.no_common_slot": ("tidak ada slot yang cocok bagi keduanya (sesi atau "
                                    "ketersediaan)",
                                    "no slot suits both (session or availability)"),
    "match.reason.no_room": ("slot yang cocok sudah terisi pertemuan lain yang lebih "
                             "diutamakan atau meja penuh",
                             "the suitable slots are taken by other meetings or all tables "
                             "are in use"),
    "match.scheduled": ("{n} dari {total} pertemuan dijadwalkan{most}, {breaks} jeda "
                        "({method}{opt}) -> {out}",
                        "{n} of {total} meetings scheduled{most}, {breaks} breaks "
                        "({method}{opt}) -> {out}"),
    "match.optimal": (", optimal", ", optimal"),
    "match.lower_bound": (", batas bawah jeda {lb}", ", lower bound on breaks {lb}"),
    "match.breaks_sat_skipped": (
        ", fase SAT jeda dilewati: sekitar {clauses:,} klausa, di atas batas {limit:,}",
        ", SAT phase for breaks skipped: about {clauses:,} clauses, above the limit of "
        "{limit:,}"),
    "match.meetings_proven": (" (terbukti paling banyak yang mungkin)",
                              " (proven the most possible)"),
    "match.meetings_bound": (" (paling banyak {bound} mungkin, belum terbukti)",
                             " (at most {bound} possible, not proven)"),
    "match.job_done": ("{n} dari {total} pertemuan dijadwalkan{most}, {breaks} jeda{opt}.",
                       "{n} of {total} meetings scheduled{most}, {breaks} breaks{opt}."),
    "match.not_xlsx": ("unggah berkas .xlsx", "upload an .xlsx file"),
    "match.page_title": ("Jadwal temu usaha", "Business-matching schedule"),
    "match.page_intro": (
        "Unggah berkas acara (lembar peserta, slot, permintaan, pengaturan); Rancang "
        "menjadwalkan sebanyak mungkin pertemuan menurut prioritas, lalu dengan jeda paling "
        "sedikit, dan mengembalikan schedule.csv, unscheduled.csv, schedule.xlsx serta "
        "jadwal cetak per peserta dan kartu meja (PDF) dalam satu ZIP.",
        "Upload the event workbook (sheets participants, slots, requests, settings); Rancang "
        "schedules as many meetings as possible by priority, then with the fewest breaks, and "
        "returns schedule.csv, unscheduled.csv, schedule.xlsx and the printable schedules per "
        "participant and table cards (PDF) in one ZIP."),
    "match.event_file": ("Berkas acara (.xlsx)", "Event workbook (.xlsx)"),
    "match.time_limit": ("Batas waktu (detik)", "Time limit (seconds)"),
    "match.schedule_button": ("Jadwalkan", "Schedule"),
    "match.perm.schedule": ("Menyusun jadwal temu usaha", "Build business-matching schedules"),
    "match.bad_kbli": ("KBLI {value!r}: 5 digit", "KBLI {value!r}: 5 digits"),
    "match.outcome.bad_region": (
        "kode wilayah {value!r} bukan kode Kemendagri (mis. 72.06 atau 72.06.05.1014)",
        "region code {value!r} is not a Kemendagri code (e.g. 72.06 or 72.06.05.1014)"),
    "match.unknown_kbli": ("KBLI {value!r} tidak ada dalam KBLI 2020",
                           "KBLI {value!r} is not a class of KBLI 2020"),
    "match.negative": ("nilai {value!r} negatif; isi 0 atau lebih",
                       "value {value!r} is negative; give 0 or more"),
    "match.bad_coordinate": ("koordinat {value!r} di luar jangkauan",
                             "coordinate {value!r} out of range"),
    "match.why.kbli5": ("KBLI sama ({code})", "same KBLI class ({code})"),
    "match.why.kbli4": ("KBLI satu subgolongan ({code})", "same KBLI subgroup ({code})"),
    "match.why.kbli3": ("KBLI satu golongan ({code})", "same KBLI group ({code})"),
    "match.why.kbli2": ("KBLI satu golongan pokok ({code})", "same KBLI division ({code})"),
    "match.why.kbli0": ("KBLI berbeda ({code})", "different KBLI ({code})"),
    "match.why.words": ("kata yang sama: {words}", "shared words: {words}"),
    "match.why.km": ("{km} km dari lokasi pengiriman", "{km} km from the delivery place"),
    "match.why.no_location": ("lokasi tidak diketahui", "location unknown"),
    "match.why.capacity": ("kapasitas {pct}% dari kebutuhan",
                           "capacity {pct}% of the quantity"),
    "match.why.no_capacity": ("kapasitas atau jumlah tidak diketahui",
                              "capacity or quantity unknown"),
    "match.why.certs": ("sertifikat dimiliki: {have}; belum: {lack}",
                        "certificates held: {have}; lacking: {lack}"),
    "match.matched": ("{needs} kebutuhan, {suppliers} pemasok: {matches} pasangan, {unmet} "
                      "kebutuhan tanpa pemasok lokal yang memadai -> {out}",
                      "{needs} needs, {suppliers} suppliers: {matches} matches, {unmet} needs "
                      "without an adequate local supplier -> {out}"),
    "match.two_files": ("unggah dua berkas: kebutuhan lalu pemasok",
                        "upload two files: the needs, then the suppliers"),
    "match.needs_title": ("Kebutuhan pembeli dan pemasok lokal",
                          "Buyers' needs and local suppliers"),
    "match.needs_intro": (
        "Unggah berkas kebutuhan (id, pembeli, uraian, kbli, jumlah, standar, lat, lng, "
        "radius_km, wilayah) dan berkas pemasok (id, nama, produk, kbli, kapasitas, sertifikat, "
        "lat, lng, wilayah); Rancang mengembalikan pemasok terbaik tiap kebutuhan dengan rincian "
        "skor dan alasannya, serta kebutuhan tanpa pemasok lokal yang memadai.",
        "Upload the needs file (id, buyer, description, kbli, quantity, standards, lat, lng, "
        "radius_km, region) and the suppliers file (id, name, product, kbli, capacity, "
        "certificates, lat, lng, region); Rancang returns each need's best suppliers with the "
        "parts of the score and the reason, and the needs without an adequate local "
        "supplier."),
    "match.needs_file": ("Kebutuhan (.csv/.xlsx)", "Needs (.csv/.xlsx)"),
    "match.suppliers_file": ("Pemasok (.csv/.xlsx)", "Suppliers (.csv/.xlsx)"),
    "match.top": ("Pemasok per kebutuhan", "Suppliers per need"),
    "match.match_button": ("Cocokkan", "Match"),
    "match.sheet.participants": ("Per peserta", "By participant"),
    "match.sheet.tables": ("Kartu meja", "Table cards"),
    "match.sheet.grid": ("Jadwal induk", "Master grid"),
    "match.reschedule.bad_slot": ("slot {value!r} bukan nomor slot",
                                  "slot {value!r} is not a slot number"),
    "match.reschedule.kept": (
        "{kept} dari {confirmed} pertemuan yang sudah dikonfirmasi tetap di slotnya; {moved} "
        "berpindah atau batal (lihat moved.csv).",
        "{kept} of {confirmed} confirmed meetings stay in their slots; {moved} moved or "
        "dropped (see moved.csv)."),
    "match.reschedule.withdrawn": ("permintaan ditarik", "request withdrawn"),
    "match.reschedule.slot_not_allowed": ("slot tidak lagi bisa dipakai (peserta berhalangan "
                                          "atau sesi berubah)",
                                          "slot no longer allowed (a participant is unavailable "
                                          "or the session changed)"),
    "match.reschedule.no_room": ("tidak ada meja atau peserta sudah terjadwal di slot itu",
                                 "no table left or a participant is already booked in that "
                                 "slot"),
    "match.outcome.title": ("Hasil temu usaha", "Business-matching outcomes"),
    "match.outcome.intro": (
        "Unggah berkas hasil pertemuan (schedule.csv dengan kolom tambahan: acara, tanggal, "
        "status, tindak_lanjut, kesepakatan, nilai, kbli, wilayah); Rancang menghitung "
        "pertemuan terlaksana, MoU, kontrak dan nilainya per acara, seksi KBLI, wilayah dan "
        "triwulan.",
        "Upload the meeting outcome files (schedule.csv with columns added: event, date, "
        "status, follow_up, agreement, value, kbli, region); Rancang counts meetings held, "
        "MoUs, contracts and their value by event, KBLI section, region and quarter."),
    "match.outcome.files": ("Berkas hasil (.csv/.xlsx)", "Outcome files (.csv/.xlsx)"),
    "match.outcome.download": ("Unduh sebagai ZIP (XLSX + CSV)", "Download as ZIP (XLSX + CSV)"),
    "match.outcome.button": ("Buat laporan", "Make the report"),
    "match.outcome.required": ("wajib diisi", "required"),
    "match.outcome.bad_date": ("tanggal {value!r} tidak dikenali (tulis 2026-03-15 atau "
                               "15/03/2026)",
                               "date {value!r} not recognised (write 2026-03-15 or 15/03/2026)"),
    "match.outcome.bad_status": (
        "status {value!r} tidak dikenal: terlaksana, tidak_hadir atau batal",
        "unknown status {value!r}: held, no_show or cancelled"),
    "match.outcome.bad_agreement": (
        "kesepakatan {value!r} tidak dikenal: tidak_ada, mou atau kontrak",
        "unknown agreement {value!r}: none, mou or contract"),
    "match.outcome.negative": ("nilai {value!r} negatif", "value {value!r} is negative"),
    "match.outcome.agreement_not_held": (
        "ada kesepakatan padahal pertemuan tidak terlaksana",
        "an agreement for a meeting that was not held"),
    "match.outcome.value_without_agreement": (
        "nilai {value!r} tanpa kesepakatan (isi kolom kesepakatan: mou atau kontrak)",
        "value {value!r} without an agreement (fill the agreement column: mou or contract)"),
    "match.outcome.duplicate": ("pertemuan ini sudah ada di {first}",
                                "this meeting is already in {first}"),
    "match.outcome.done": (
        "{meetings} pertemuan dari {events} acara: {held} terlaksana ({share}), {mou} MoU, "
        "{contracts} kontrak senilai Rp {value} -> {out}",
        "{meetings} meetings of {events} events: {held} held ({share}), {mou} MoUs, "
        "{contracts} contracts worth Rp {value} -> {out}"),
    "match.outcome.sheet.events": ("Per acara", "By event"),
    "match.outcome.sheet.sections": ("Per seksi KBLI", "By KBLI section"),
    "match.outcome.sheet.divisions": ("Per golongan pokok KBLI", "By KBLI division"),
    "match.outcome.sheet.regions": ("Per wilayah", "By region"),
    "match.outcome.sheet.quarters": ("Per triwulan", "By quarter"),
    "match.outcome.sheet.total": ("Jumlah", "Total"),
    "match.outcome.col.event": ("Acara", "Event"),
    "match.outcome.col.section": ("Seksi KBLI", "KBLI section"),
    "match.outcome.col.division": ("Golongan pokok KBLI", "KBLI division"),
    "match.outcome.col.region": ("Wilayah", "Region"),
    "match.outcome.col.quarter": ("Triwulan", "Quarter"),
    "match.outcome.col.total": ("Jumlah", "Total"),
    "match.outcome.col.meetings": ("Pertemuan", "Meetings"),
    "match.outcome.col.held": ("Terlaksana", "Held"),
    "match.outcome.col.no_show": ("Tidak hadir", "No-shows"),
    "match.outcome.col.cancelled": ("Batal", "Cancelled"),
    "match.outcome.col.held_share": ("Terlaksana (%)", "Held (%)"),
    "match.outcome.col.mou": ("MoU", "MoUs"),
    "match.outcome.col.contracts": ("Kontrak", "Contracts"),
    "match.outcome.col.contract_value": ("Nilai kontrak (Rp)", "Contract value (Rp)"),
    "match.outcome.col.change_pct": ("Perubahan nilai (%)", "Change in value (%)"),
    "match.pdf.participants": ("Jadwal pertemuan per peserta", "Meeting schedule by participant"),
    "match.pdf.meetings": ("{n} pertemuan terjadwal", "{n} meetings scheduled"),
    "match.pdf.from": ("Peminta", "Requested by"),
    "match.pdf.to": ("Diminta", "Requested"),
    "match.col.slot": ("Slot", "Slot"),
    "match.col.start": ("Mulai", "Start"),
    "match.col.table": ("Meja", "Table"),
    "match.col.with": ("Bertemu dengan", "Meets"),
}
