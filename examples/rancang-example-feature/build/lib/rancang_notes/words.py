"""Words of the notes feature (Indonesian, English)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "notes.title": ("Catatan lapangan", "Field notes"),
    "notes.perm.read": ("membaca catatan lapangan", "read field notes"),
    "notes.perm.write": ("menulis catatan lapangan di wilayah sendiri",
                         "write field notes in one's own region"),
    "notes.none": ("Belum ada catatan.", "No notes yet."),
    "notes.added": ("Catatan {id} disimpan untuk {region}.", "Note {id} saved for {region}."),
    "notes.empty": ("catatan tidak boleh kosong", "a note must not be empty"),
    # --help of the verbs and their options (see rancang.cli.help)
    "cli.help.notes": ("Catatan lapangan dari kunjungan ke sentra IKM.",
                       "Field notes from visits to sentra IKM."),
    "cli.help.notes.add": ("Simpan catatan untuk satu wilayah.", "Save a note for a region."),
    "cli.opt.notes.add.region": ("Kode Kemendagri, mis. 72.06.", "Kemendagri code, e.g. 72.06."),
    "cli.opt.notes.add.text": ("Isi catatan.", "The note."),
    "cli.help.notes.list": ("Daftar catatan.", "List the notes."),
}
