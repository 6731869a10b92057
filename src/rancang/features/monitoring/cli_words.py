"""The words of ``rancang monitor --help`` (Indonesian, English)."""

from __future__ import annotations

_DB = ("URL SQLAlchemy basis data (bawaan RANCANG_DATABASE_URL).",
       "SQLAlchemy URL of the database (default RANCANG_DATABASE_URL).")
_LANG = ("Bahasa keluaran: id (bawaan) atau en.", "Output language: id (default) or en.")
_PLAN = ("ID rencana.", "Plan ID.")
_BY = ("Nama orang yang bertindak (dicatat di log audit).",
       "Name of the person acting (recorded in the audit log).")
_IDS = ("ID realisasi.", "Realisation IDs.")
_REGION = ("Kode wilayah Kemendagri (72.06).", "Kemendagri region code (72.06).")
_PERIOD = ("Periode: 2026, 2026-S1 atau 2026-Q3.", "Period: 2026, 2026-S1 or 2026-Q3.")
_GREEN = ("Ambang hijau: capaian (%) paling rendah (bawaan 91).",
          "Green threshold: the lowest achievement (%) (default 91).")
_YELLOW = ("Ambang kuning: capaian (%) paling rendah (bawaan 76).",
           "Yellow threshold: the lowest achievement (%) (default 76).")

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.monitor": (
        "Pemantauan sasaran rencana: indikator, realisasi, verifikasi, laporan.",
        "Monitoring of the plan's targets: indicators, realisations, verification, "
        "reports."),
    "cli.help.monitor.indicators": (
        "Buat/segarkan indikator dari sasaran rencana (target tahunan diinterpolasi).",
        "Create or refresh the indicators from the plan's targets (yearly targets "
        "interpolated)."),
    "cli.help.monitor.from-programmes": (
        "Indikator keluaran dari program yang sudah dikonfirmasi melayani sasaran atau strategi "
        "rencana, dengan target tahunan dari daftar program.",
        "Output indicators from the programmes confirmed as serving the plan's targets or "
        "strategies, with the yearly targets of the programme lists."),
    "cli.help.monitor.add": (
        "Tambah indikator bebas (keluaran program) pada rencana.",
        "Add a free indicator (a programme output) to the plan."),
    "cli.help.monitor.target": (
        "Ubah target satu tahun (dipertahankan saat sasaran rencana berubah).",
        "Change the target of one year (kept when the plan's targets change)."),
    "cli.opt.monitor.target.indicator_id": ("ID indikator.", "Indicator ID."),
    "cli.opt.monitor.target.year": ("Tahun.", "Year."),
    "cli.opt.monitor.target.value": ("Target tahun itu (1.234,5 atau 1234.5).",
                                     "The year's target (1.234,5 or 1234.5)."),
    "cli.help.monitor.propose": (
        "Usulkan realisasi dari data BPS dan register (perlu dikonfirmasi).",
        "Propose realisations from the BPS data and the register (to be confirmed)."),
    "cli.help.monitor.confirm": (
        "Konfirmasi realisasi usulan agar dihitung.",
        "Confirm proposed realisations so that they count."),
    "cli.help.monitor.import": (
        "Impor realisasi dari CSV/XLSX (semua atau tidak sama sekali).",
        "Import realisations from CSV/XLSX (all or nothing)."),
    "cli.help.monitor.export": (
        "Tulis lembar isian realisasi (kosong untuk diisi, lalu diimpor kembali).",
        "Write the sheet of realisations to fill (blanks to fill, then import it back)."),
    "cli.help.monitor.verify": (
        "Verifikasi realisasi (perlu bukti; pemverifikasi bukan penginput).",
        "Verify realisations (evidence needed; not by who entered them)."),
    "cli.help.monitor.show": (
        "Tampilkan capaian tiap indikator wilayah pada satu periode.",
        "Show the achievement of each indicator of a region in a period."),
    "cli.help.monitor.report": (
        "Tulis laporan pemantauan (DOCX dan XLSX) kabupaten/kota atau provinsi.",
        "Write the monitoring report (DOCX and XLSX) of a regency/city or a province."),
}
for _verb in ("indicators", "add", "from-programmes", "target", "propose", "confirm",
              "import", "export", "verify", "show", "report"):
    WORDS[f"cli.opt.monitor.{_verb}.database_url"] = _DB
    WORDS[f"cli.opt.monitor.{_verb}.lang"] = _LANG
for _verb in ("indicators", "add", "from-programmes", "propose"):
    WORDS[f"cli.opt.monitor.{_verb}.plan_id"] = _PLAN
for _verb in ("confirm", "verify"):
    WORDS[f"cli.opt.monitor.{_verb}.ids"] = _IDS
    WORDS[f"cli.opt.monitor.{_verb}.by"] = _BY
for _verb in ("export", "show", "report"):
    WORDS[f"cli.opt.monitor.{_verb}.region"] = _REGION
    WORDS[f"cli.opt.monitor.{_verb}.period"] = _PERIOD
for _verb in ("show", "report"):
    WORDS[f"cli.opt.monitor.{_verb}.green"] = _GREEN
    WORDS[f"cli.opt.monitor.{_verb}.yellow"] = _YELLOW
WORDS |= {
    "cli.opt.monitor.add.code": ("Kode indikator (mis. kode nomenklatur 3.31.02.2.01.0002).",
                                 "Indicator code (e.g. the nomenclature code "
                                 "3.31.02.2.01.0002)."),
    "cli.opt.monitor.add.unit": ("Satuan.", "Unit."),
    "cli.opt.monitor.add.label": ("Nama indikator.", "Name of the indicator."),
    "cli.opt.monitor.add.direction": ("up (makin tinggi makin baik) atau down.",
                                      "up (higher is better) or down."),
    "cli.opt.monitor.add.target_key": ("Sasaran rencana yang dilayani.",
                                       "The plan's target it serves."),
    "cli.opt.monitor.add.group": ("Kelompok program (mis. kode program).",
                                  "Programme group (e.g. the programme code)."),
    "cli.opt.monitor.add.kind": ("Jenis data: custom, ikm_units, ikm_workers, "
                                 "ikm_investment.",
                                 "Kind of data: custom, ikm_units, ikm_workers, "
                                 "ikm_investment."),
    "cli.opt.monitor.import.file": ("Berkas CSV atau XLSX.", "CSV or XLSX file."),
    "cli.opt.monitor.export.out": ("Berkas .xlsx atau .csv.", "An .xlsx or .csv file."),
    "cli.opt.monitor.report.out": ("Folder hasil.", "Output folder."),
    "cli.opt.monitor.report.province": ("Laporan gubernur: semua kabupaten/kota provinsi "
                                        "(72).",
                                        "The governor's report: every regency/city of the "
                                        "province (72)."),
}
