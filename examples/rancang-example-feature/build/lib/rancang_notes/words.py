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
}
