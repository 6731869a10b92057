"""The words of ``rancang match --help`` (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.match": (
        "Temu usaha: kebutuhan pembeli dengan pemasok lokal, jadwal pertemuan Temu Usaha.",
        "Business matching: buyers' needs to local suppliers, Temu Usaha meeting schedules."),
    "cli.help.match.needs": (
        "Cocokkan setiap kebutuhan dengan pemasok terbaiknya (bagian skor dan alasannya) dan "
        "daftar permintaan yang tidak terpenuhi menurut KBLI dan wilayah.",
        "Match each need to its best suppliers (score parts and a reason) and list unmet demand by"
        " KBLI and region."),
    "cli.opt.match.needs.needs_file": (
        "CSV/XLSX kebutuhan: id, buyer, description, kbli, quantity, standards, lat, lng, "
        "radius_km, region.",
        "Needs CSV/XLSX: id, buyer, description, kbli, quantity, standards, lat, lng, radius_km, "
        "region."),
    "cli.opt.match.needs.suppliers": (
        "CSV/XLSX pemasok: id, name, product, kbli, capacity, certificates, lat, lng, region.",
        "Suppliers CSV/XLSX: id, name, product, kbli, capacity, certificates, lat, lng, region."),
    "cli.opt.match.needs.top": (
        "Jumlah pemasok per kebutuhan.",
        "Suppliers per need."),
    "cli.help.match.schedule": (
        "Jadwalkan sebanyak mungkin pertemuan yang diminta menurut prioritas, lalu sesedikit "
        "mungkin jeda.",
        "Schedule as many requested meetings as possible by priority, then the fewest breaks."),
    "cli.opt.match.schedule.event": (
        "EVENT.xlsx berisi lembar participants, slots, requests, settings.",
        "EVENT.xlsx with sheets participants, slots, requests, settings."),
    "cli.opt.match.schedule.time_limit": (
        "Detik yang boleh dipakai pemecah (kedua tahap, termasuk membangun model).",
        "Seconds the solver may use (both phases, model building included)."),
    "cli.opt.match.schedule.keep": (
        "schedule.csv sebelumnya: pertemuannya tetap di slotnya bila masih bisa.",
        "The previous schedule.csv: its meetings stay in their slots where they can."),
    "cli.opt.match.schedule.workers": (
        "Tidak dipakai lagi (dipertahankan untuk skrip lama): pemecah berjalan dengan satu "
        "utas agar acara yang sama selalu menghasilkan jadwal yang sama.",
        "Not used any more (kept for older scripts): the solver runs one thread so that the "
        "same event always gives the same schedule."),
    "cli.opt.match.schedule.out": (
        "Folder hasil, atau berkas .zip (sama persis dengan unduhan halaman dan API).",
        "Output folder, or a .zip file (byte for byte the download of the page and the API)."),
    "cli.opt.match.schedule.quiet": (
        "Tanpa kemajuan di stderr.",
        "No progress on stderr."),
    "cli.help.match.outcomes": (
        "Laporan hasil Temu Usaha dari berkas hasil pertemuan (terlaksana, MoU, kontrak dan "
        "nilainya) per acara, seksi dan golongan pokok KBLI, wilayah dan triwulan.",
        "Temu Usaha outcome report from meeting outcome files (held, MoUs, contracts and their "
        "value) by event, KBLI section and division, region and quarter."),
    "cli.opt.match.outcomes.files": (
        "CSV/XLSX hasil: event, date, from_id, to_id, status, follow_up, agreement, value, "
        "kbli, region.",
        "Outcome CSV/XLSX: event, date, from_id, to_id, status, follow_up, agreement, value, "
        "kbli, region."),
    "cli.help.match.unmet": (
        "Tulis permintaan yang belum terpenuhi dari kebutuhan tersimpan (per KBLI dan "
        "wilayah) sebagai CSV.",
        "Write unmet demand of the stored needs (by KBLI and region) as CSV."),
    "cli.opt.match.unmet.out": ("CSV yang ditulis.", "CSV to write."),
    "cli.help.match.market-export": (
        "Tulis kebutuhan, penawaran dan permintaan temu yang tersimpan sebagai berkas CSV.",
        "Write the stored needs, offers and meeting requests as CSV files."),
}
for _verb in ("unmet", "market-export"):
    WORDS[f"cli.opt.match.{_verb}.region"] = (
        "Hanya wilayah ini dan wilayah di dalamnya, mis. 72.06.",
        "Only this region and the regions inside it, e.g. 72.06.")
    WORDS[f"cli.opt.match.{_verb}.database_url"] = ("URL SQLAlchemy basis data.",
                                                    "SQLAlchemy URL.")
