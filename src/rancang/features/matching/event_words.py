"""Words of the stored events, their meetings, outcomes and report, and of the needs a
register firm can serve (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "market.meeting": ("pertemuan", "meeting"),
    "market.event.edit": ("Ubah temu usaha", "Edit the event"),
    "market.event.delete": ("Hapus temu usaha", "Delete the event"),
    "market.event.delete_what": (
        "Temu usaha ini dihapus bersama {meetings} pertemuan terjadwalnya. {requests} "
        "permintaan pertemuannya tetap tersimpan pada kebutuhan masing-masing, tanpa temu "
        "usaha.",
        "The event is deleted with its {meetings} scheduled meetings. Its {requests} "
        "meeting requests stay with their needs, without an event."),
    "market.event.delete_confirm": ("Ya, hapus temu usaha ini", "Yes, delete this event"),
    "market.event.has_outcomes_delete": (
        "temu usaha ini tidak dapat dihapus: hasil pertemuannya sudah dicatat (kosongkan "
        "hasilnya dulu)",
        "this event cannot be deleted: outcomes of its meetings are recorded (clear them "
        "first)"),
    "market.event.has_outcomes_schedule": (
        "jadwal tidak dapat dibuat ulang: hasil pertemuannya sudah dicatat (kosongkan "
        "hasilnya dulu)",
        "the schedule cannot be made again: outcomes of its meetings are recorded (clear "
        "them first)"),
    "market.event.final": (
        "Hasil pertemuan sudah dicatat: jadwal ini final.",
        "Outcomes are recorded: this schedule is final."),
    "market.event.reschedule_note": (
        "Menjadwalkan ulang mempertahankan pertemuan yang sudah dijadwalkan di slotnya "
        "bila masih memungkinkan.",
        "Scheduling again keeps the scheduled meetings in their slots where it can."),
    "market.meetings.title": ("Jadwal pertemuan tersimpan", "Stored meeting schedule"),
    "market.meetings.none": ("Belum dijadwalkan.", "Not scheduled yet."),
    "market.meetings.slot": ("Slot", "Slot"),
    "market.meetings.table": ("Meja", "Table"),
    "market.meetings.moved": ("dipindah dari slot {slot}", "moved from slot {slot}"),
    "market.meetings.outcome": ("Hasil", "Outcome"),
    "market.meetings.status": ("Status", "Status"),
    "market.meetings.agreement": ("Kesepakatan", "Agreement"),
    "market.meetings.value": ("Nilai (Rp)", "Value (Rp)"),
    "market.meetings.follow_up": ("Tindak lanjut", "Follow-up"),
    "market.meetings.save": ("Simpan", "Save"),
    "market.meetings.import": ("Berkas hasil (.csv/.xlsx: from_id, to_id, status...)",
                               "Outcome files (.csv/.xlsx: from_id, to_id, status...)"),
    "market.meetings.import_button": ("Impor hasil", "Import outcomes"),
    "market.meeting.no_files": ("tidak ada berkas yang diunggah", "no file uploaded"),
    "market.meeting.not_scheduled": (
        "pertemuan {from_id} - {to_id} tidak ada di jadwal tersimpan temu usaha ini",
        "the meeting {from_id} - {to_id} is not in this event's stored schedule"),
    "market.f.follow_up": ("tindak lanjut", "follow-up"),
    "market.outcome.held": ("Terlaksana", "Held"),
    "market.outcome.no_show": ("Tidak hadir", "No-show"),
    "market.outcome.cancelled": ("Batal", "Cancelled"),
    "market.agreement.none": ("Tidak ada", "None"),
    "market.agreement.mou": ("MoU", "MoU"),
    "market.agreement.contract": ("Kontrak", "Contract"),
    "market.report.title": ("Laporan hasil temu usaha", "Business-matching outcome report"),
    "market.report.intro": (
        "Hasil yang dicatat pada pertemuan tersimpan semua temu usaha wilayah Anda: "
        "pertemuan, MoU dan nilai kontrak per acara, seksi dan golongan pokok KBLI, wilayah "
        "dan triwulan, dengan perbandingan antartriwulan.",
        "The outcomes recorded on the stored meetings of every event of your regions: "
        "meetings, MoUs and contract value by event, KBLI section and division, region and "
        "quarter, with the quarterly comparison."),
    "market.report.event": ("Laporan temu usaha ini", "This event's report"),
    "market.firm_needs.title": ("Kebutuhan yang dapat dipasok", "Needs this firm can serve"),
    "market.firm_needs.link": ("Kebutuhan pembeli yang dapat dipasok usaha ini",
                               "Buyers' needs this firm can serve"),
    "market.firm_needs.intro": (
        "Kebutuhan terbuka yang cocok untuk usaha ini (skor 50 ke atas, golongan KBLI "
        "yang sama, dalam radius kebutuhan), terbaik lebih dulu.",
        "Open needs this firm is adequate for (score 50 or more, the same KBLI group, "
        "within the need's radius), best first."),
}
