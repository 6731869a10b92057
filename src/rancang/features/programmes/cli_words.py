"""The words of ``rancang programmes --help`` (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.programmes": (
        "Program pusat, provinsi dan kabupaten/kota: impor, pemetaan ke rencana, "
        "sinkronisasi.",
        "Central, provincial and regency programmes: import, mapping to the plan, "
        "synchronisation."),
    "cli.help.programmes.import": (
        "Impor daftar program (semua berkas atau tidak sama sekali).",
        "Import programme lists (all files or nothing)."),
    "cli.opt.programmes.import.files": (
        "Berkas XLSX/CSV daftar program.", "XLSX/CSV files of programmes."),
    "cli.opt.programmes.import.user": (
        "Bertindak sebagai akun ini (wilayah dan perannya).",
        "Act as this account (its region and roles)."),
    "cli.help.programmes.suggest": (
        "Tulis usulan pemetaan program ke sasaran dan strategi rencana, untuk dikonfirmasi.",
        "Write suggested mappings of programmes to the plan's targets and strategies, to "
        "confirm."),
    "cli.opt.programmes.suggest.plan_id": ("ID rencana.", "Plan ID."),
    "cli.opt.programmes.suggest.out": ("Berkas XLSX usulan pemetaan.",
                                       "XLSX file of suggested mappings."),
    "cli.opt.programmes.suggest.top": ("Usulan terbaik per program.",
                                       "Best suggestions per programme."),
    "cli.opt.programmes.suggest.threshold": ("Skor kemiripan terkecil (0-1).",
                                             "Smallest similarity score (0-1)."),
    "cli.opt.programmes.suggest.user": (
        "Bertindak sebagai akun ini (wilayah dan perannya).",
        "Act as this account (its region and roles)."),
    "cli.help.programmes.map": (
        "Muat pemetaan yang dikonfirmasi (semua baris atau tidak sama sekali).",
        "Load confirmed mappings (all rows or nothing)."),
    "cli.opt.programmes.map.plan_id": ("ID rencana.", "Plan ID."),
    "cli.opt.programmes.map.file": ("XLSX pemetaan yang sudah dikonfirmasi.",
                                    "XLSX of confirmed mappings."),
    "cli.opt.programmes.map.user": (
        "Bertindak sebagai akun ini (wilayah dan perannya).",
        "Act as this account (its region and roles)."),
    "cli.help.programmes.sync": (
        "Tulis laporan sinkronisasi program provinsi dan kabupaten/kota (XLSX, DOCX).",
        "Write the synchronisation report of a province and its regencies (XLSX, DOCX)."),
    "cli.opt.programmes.sync.province": ("Kode provinsi (72).", "Province code (72)."),
    "cli.opt.programmes.sync.year": ("Tahun program.", "Programme year."),
    "cli.opt.programmes.sync.user": (
        "Bertindak sebagai akun ini (wilayah dan perannya).",
        "Act as this account (its region and roles)."),
}
