"""Words of ``rancang worker`` and ``rancang jobs ... --help`` (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.worker": (
        "Jalankan pekerja latar: mengerjakan pekerjaan dari antrean Redis "
        "RANCANG_BROKER_URL (bisa dijalankan beberapa, di mesin mana pun yang mencapai "
        "basis data).",
        "Run a background worker: does the jobs of the Redis queue RANCANG_BROKER_URL "
        "(run several, on any machine that reaches the database)."),
    "cli.opt.worker.burst": ("Berhenti setelah antrean kosong.",
                             "Stop once the queue is empty."),
    "cli.opt.worker.broker_url": ("URL Redis broker (bawaan: RANCANG_BROKER_URL).",
                                  "Redis URL of the broker (default: RANCANG_BROKER_URL)."),
    "cli.help.jobs": ("Pekerjaan latar: daftar dan keadaannya.",
                      "Background jobs: the list and their state."),
    "cli.help.jobs.list": ("Daftar pekerjaan latar terakhir dengan keadaan dan kemajuannya.",
                           "The latest background jobs with their state and progress."),
    "cli.opt.jobs.list.limit": ("Paling banyak sekian pekerjaan.", "At most this many jobs."),
    "cli.help.jobs.purge": (
        "Hapus berkas hasil yang kedaluwarsa (RANCANG_JOB_RETENTION_DAYS setelah pekerjaan "
        "selesai) dan pekerjaan yang kedaluwarsa satu periode sebelumnya.",
        "Delete the expired result files (RANCANG_JOB_RETENTION_DAYS after a job ended) "
        "and the jobs that expired one period before."),
}
