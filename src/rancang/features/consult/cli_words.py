"""The words of ``rancang consult --help`` (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "cli.help.consult": (
        "Konsultasi rancangan rencana: FGD, masukan, tanggapan, berita acara, matriks.",
        "Consultation on the draft plan: FGDs, inputs, answers, minutes, response matrix."),
    "cli.opt.consult.attendance.event_id": ("ID kegiatan konsultasi.",
                                            "Consultation event ID."),
    "cli.opt.consult.minutes.event_id": ("ID kegiatan konsultasi.", "Consultation event ID."),
    "cli.opt.consult.attendance.file": ("Daftar hadir XLSX atau CSV.",
                                        "Attendance list, XLSX or CSV."),
    "cli.opt.consult.import.file": ("Formulir isian XLSX (atau CSV).",
                                    "The filled capture form, XLSX (or CSV)."),
    "cli.opt.consult.import-answers.file": ("Berkas jawaban XLSX (atau CSV).",
                                            "The answers workbook, XLSX (or CSV)."),
    "cli.help.consult.event": (
        "Buat kegiatan konsultasi atas versi beku rencana dan cetak ID-nya.",
        "Create a consultation event on a frozen version of the plan and print its ID."),
    "cli.opt.consult.event.version": ("Versi beku yang dibahas.",
                                      "The frozen version discussed."),
    "cli.opt.consult.event.title": ("Judul kegiatan.", "Title of the event."),
    "cli.opt.consult.event.when": ("Tanggal YYYY-MM-DD.", "Date YYYY-MM-DD."),
    "cli.opt.consult.event.place": ("Tempat.", "Place."),
    "cli.opt.consult.event.kind": ("fgd, konsultasi_publik, rakor atau tertulis.",
                                   "fgd, konsultasi_publik, rakor or tertulis."),
    "cli.opt.consult.event.online": ("Daring.", "Held online."),
    "cli.opt.consult.event.organiser": ("Penyelenggara.", "Organiser."),
    "cli.opt.consult.event.agenda": ("Acara (Markdown).", "Agenda (Markdown)."),
    "cli.opt.consult.event.chair": ("Pimpinan rapat.", "Chair of the meeting."),
    "cli.opt.consult.event.speaker": ("Narasumber (boleh berulang).",
                                      "Speaker (may repeat)."),
    "cli.opt.consult.event.invite": (
        "Instansi diundang 'KELOMPOK:Nama instansi' (boleh berulang).",
        "Invited organisation 'GROUP:Organisation name' (may repeat)."),
    "cli.opt.consult.event.number": ("Nomor berita acara.", "Number of the minutes."),
    "cli.opt.consult.event.signatory_name": ("Nama penandatangan berita acara.",
                                             "Name of the minutes' signatory."),
    "cli.opt.consult.event.signatory_position": ("Jabatan penandatangan berita acara.",
                                                 "Position of the minutes' signatory."),
    "cli.opt.consult.event.signatory_nip": ("NIP penandatangan (18 angka; boleh kosong).",
                                            "Signatory's NIP (18 digits; optional)."),
    "cli.help.consult.signatory": (
        "Tetapkan penandatangan berita acara kegiatan (tanpa opsi: hapus penandatangan).",
        "Set who signs the event's minutes (no option: remove the signatory)."),
    "cli.opt.consult.signatory.event_id": ("ID kegiatan konsultasi.",
                                           "Consultation event ID."),
    "cli.opt.consult.signatory.name": ("Nama penandatangan.", "Signatory's name."),
    "cli.opt.consult.signatory.position": ("Jabatan penandatangan.", "Signatory's position."),
    "cli.opt.consult.signatory.nip": ("NIP (18 angka; boleh kosong).",
                                      "NIP (18 digits; optional)."),
    "cli.help.consult.attendance": (
        "Muat daftar hadir (nama, instansi, kelompok, jabatan, kontak).",
        "Load an attendance list (name, organisation, group, position, contact)."),
    "cli.help.consult.form": (
        "Tulis formulir isian masukan (lembar masukan dan bagian) untuk satu versi.",
        "Write the capture form (sheets masukan and bagian) for one version."),
    "cli.opt.consult.form.out": ("Berkas .xlsx yang ditulis.", "The .xlsx file to write."),
    "cli.opt.consult.form.version": ("Versi beku (bawaan: yang terbaru).",
                                     "Frozen version (default: the newest)."),
    "cli.help.consult.import": (
        "Muat formulir isian masukan: semua atau tidak sama sekali.",
        "Load a filled capture form: all or nothing."),
    "cli.opt.consult.import.event_id": ("Kegiatan tempat masukan disampaikan.",
                                        "The event where the inputs were given."),
    "cli.help.consult.answers": (
        "Tulis semua masukan dengan kolom tanggapan, status, alasan, perubahan.",
        "Write every input with the columns tanggapan, status, alasan, perubahan."),
    "cli.opt.consult.answers.out": ("Berkas .xlsx atau .csv yang ditulis.",
                                    "The .xlsx or .csv file to write."),
    "cli.opt.consult.answers.csv_locale": (
        "CSV: id (';', untuk Excel berbahasa Indonesia; bawaan) atau en (',').",
        "CSV: id (';', for Excel in Indonesian; the default) or en (',')."),
    "cli.help.consult.import-answers": (
        "Muat tanggapan dari berkas jawaban: semua atau tidak sama sekali.",
        "Load the answers from the answers workbook: all or nothing."),
    "cli.help.consult.answer": (
        "Jawab satu atau beberapa masukan serupa sekaligus.",
        "Answer one or several similar inputs at once."),
    "cli.opt.consult.answer.input_ids": ("ID masukan (satu atau lebih).",
                                         "Input IDs (one or more)."),
    "cli.opt.consult.answer.response": ("Tanggapan.", "The answer."),
    "cli.opt.consult.answer.status": (
        "diakomodasi, diakomodasi_sebagian, tidak_diakomodasi atau di_luar_lingkup.",
        "diakomodasi, diakomodasi_sebagian, tidak_diakomodasi or di_luar_lingkup."),
    "cli.opt.consult.answer.reason": ("Alasan.", "The reason."),
    "cli.opt.consult.answer.change": (
        "Bagian versi berikut yang berubah: v0.2#kunci.bagian.",
        "The section of a later version that changed: v0.2#section.key."),
    "cli.help.consult.similar": (
        "Masukan yang mirip (kemiripan teks TF-IDF) untuk dijawab seragam.",
        "Similar inputs (TF-IDF text similarity), to answer them alike."),
    "cli.opt.consult.similar.input_id": ("ID masukan.", "Input ID."),
    "cli.opt.consult.similar.limit": ("Paling banyak.", "At most this many."),
    "cli.help.consult.matrix": (
        "Tulis matriks tanggapan (XLSX atau DOCX) dengan ringkasannya.",
        "Write the response matrix (XLSX or DOCX) with its summaries."),
    "cli.opt.consult.matrix.out": ("Berkas .xlsx atau .docx.", "An .xlsx or .docx file."),
    "cli.opt.consult.matrix.version": ("Hanya masukan atas versi ini.",
                                       "Only the inputs on this version."),
    "cli.help.consult.minutes": (
        "Tulis berita acara kegiatan (DOCX atau PDF) dengan daftar hadir dan masukan.",
        "Write the minutes of an event (DOCX or PDF) with the attendance list and inputs."),
    "cli.opt.consult.minutes.out": ("Berkas .docx atau .pdf.", "A .docx or .pdf file."),
}
