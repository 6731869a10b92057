"""Words of background jobs (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "feature.jobs": ("Pekerjaan latar", "Background jobs"),
    "jobs.title": ("Pekerjaan latar Anda", "Your background jobs"),
    "jobs.job": ("Pekerjaan {id}", "Job {id}"),
    "jobs.none": ("Belum ada pekerjaan.", "No jobs yet."),
    "jobs.what": ("Pekerjaan", "Work"),
    "jobs.state": ("Keadaan", "State"),
    "jobs.started": ("Dimulai", "Started"),
    "jobs.all": ("Semua pekerjaan Anda", "All your jobs"),
    "jobs.refreshing": ("Halaman ini diperbarui sendiri setiap 2 detik.",
                        "This page refreshes itself every 2 seconds."),
    "jobs.see_result": ("Lihat hasilnya", "See the result"),
    "jobs.status.queued": ("Menunggu giliran", "Waiting in the queue"),
    "jobs.status.running": ("Sedang berjalan", "Running"),
    "jobs.status.done": ("Selesai", "Done"),
    "jobs.status.failed": ("Gagal", "Failed"),
    "jobs.kind.registry.duplicates": ("Pencarian duplikat di direktori usaha",
                                      "Duplicate search in the register"),
    "jobs.kind.plan.draft": ("Penyusunan draf rencana", "Drafting the plan"),
    "jobs.kind.jobs.example": ("Pekerjaan contoh", "Example job"),
    "jobs.step.reading": ("Membaca data", "Reading the data"),
    "jobs.step.matching": ("Mencocokkan data usaha", "Matching the firms"),
    "jobs.step.saving": ("Menyimpan hasil", "Saving the result"),
    "jobs.step.counting": ("Menghitung {done} dari {total}", "Counting {done} of {total}"),
    "jobs.problems_download": ("Unduh salinan berkas dengan setiap masalah di samping "
                               "barisnya (XLSX)",
                               "Download a copy of the file with each problem beside its "
                               "row (XLSX)"),
    "jobs.more_not_kept": ("(hanya {n} masalah pertama yang disimpan)",
                           "(only the first {n} problems were kept)"),
    "jobs.kind.datasets.import": ("Impor unggahan", "Importing an upload"),
    "jobs.step.checking": ("Memeriksa setiap baris", "Checking every row"),
    "jobs.step.writing": ("Menulis ke basis data", "Writing to the database"),
    "jobs.not_found": ("Pekerjaan {id} tidak ditemukan.", "Job {id} not found."),
    "jobs.error.unexpected": (
        "Pekerjaan {id} gagal karena kesalahan internal; administrator dapat melihat "
        "rinciannya di log server.",
        "Job {id} failed on an internal error; an administrator can read the details in "
        "the server log."),
    "jobs.error.interrupted": (
        "Pekerjaan {id} terhenti: proses yang menjalankannya berhenti sebelum selesai "
        "(misalnya server atau pekerja dimatikan atau dimulai ulang). Jalankan sekali "
        "lagi; impor yang terhenti tidak menyimpan apa pun.",
        "Job {id} was interrupted: the process running it stopped before it finished (for "
        "example the server or the worker was stopped or restarted). Run it again; an "
        "interrupted import saved nothing."),
    "jobs.worker.started": ("Pekerja mendengarkan antrean {queue} di {broker}.",
                            "Worker listening to queue {queue} at {broker}."),
    "jobs.worker.no_broker": (
        "RANCANG_BROKER_URL belum diisi: tanpa broker, pekerjaan berjalan di proses yang "
        "memulainya dan tidak perlu pekerja.",
        "RANCANG_BROKER_URL is not set: without a broker, jobs run in the process that "
        "started them and need no worker."),
    "jobs.worker.unreachable": ("Broker {broker} tidak menjawab.",
                                "The broker {broker} does not answer."),
    "jobs.list.empty": ("Belum ada pekerjaan.", "No jobs yet."),
    "jobs.kind.kbli.code": ("Pengodean KBLI sebuah berkas", "KBLI coding of a file"),
    "jobs.kind.matching.schedule": ("Penjadwalan Temu Usaha", "Scheduling a Temu Usaha"),
    "jobs.step.coding": ("Mengodekan {done} dari {total} uraian",
                         "Coding {done} of {total} descriptions"),
    "jobs.step.scheduling": ("Menyusun jadwal pertemuan", "Building the meeting schedule"),
    "jobs.step.files": ("Menulis berkas hasil", "Writing the result files"),
    "jobs.no_file": ("Pekerjaan {id} tidak (atau belum) menghasilkan berkas.",
                     "Job {id} made no file (or has not finished)."),
    "jobs.download": ("Unduh {name}", "Download {name}"),
    "jobs.kept_until": ("Berkas hasil disimpan sampai", "Result file kept until"),
    "jobs.result_expired": ("Kedaluwarsa", "Expired"),
    "jobs.expires": ("Berkas hasil disimpan sampai {when}; setelah itu dihapus.",
                     "The result file is kept until {when}; then it is deleted."),
    "jobs.expired": (
        "Hasil pekerjaan {id} sudah kedaluwarsa pada {when} dan telah dihapus (hasil "
        "disimpan untuk jangka waktu yang ditetapkan administrator). Jalankan pekerjaan "
        "itu sekali lagi.",
        "The result of job {id} expired on {when} and was deleted (results are kept for a "
        "period the administrator sets). Run the job again."),
    "jobs.purged": ("Dihapus: {files} berkas hasil yang kedaluwarsa dan {jobs} pekerjaan "
                    "lama.",
                    "Deleted: {files} expired result files and {jobs} old jobs."),
}
