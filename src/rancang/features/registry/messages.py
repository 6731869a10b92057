"""Validation messages of the register: catalogue messages rendered when shown.

The words are in :mod:`rancang.features.registry.words` (keys ``registry.<code>``).
"""

from __future__ import annotations

from rancang.core.i18n import Msg

MESSAGES: dict[str, tuple[str, str]] = {
    "area_unknown": ("kode kecamatan/desa tidak ada di daftar wilayah: {value!r}",
                     "district/village code not in the region list: {value!r}"),
    "bool": ("isi dengan Ya/Tidak: {value!r}",
             "expected yes/no: {value!r}"),
    "duplicate": ("data ganda dalam berkas (sama dengan baris {parent}): {value!r}",
                  "duplicate record in the file (same as row {parent}): {value!r}"),
    "integer": ("harus bilangan bulat: {value!r}",
                "must be a whole number: {value!r}"),
    "kbli": ("kode KBLI 2020 industri pengolahan (2-5 digit, golongan pokok 10-33) tidak "
             "dikenal: {value!r}",
             "unknown KBLI 2020 manufacturing code (2-5 digits, divisions 10-33): {value!r}"),
    "latitude": ("lintang di luar wilayah Indonesia (-11 s.d. 6): {value!r}",
                 "latitude outside Indonesia (-11 to 6): {value!r}"),
    "longitude": ("bujur di luar wilayah Indonesia (95 s.d. 141): {value!r}",
                  "longitude outside Indonesia (95 to 141): {value!r}"),
    "negative": ("tidak boleh negatif: {value!r}",
                 "must not be negative: {value!r}"),
    "nib": ("NIB harus 13 digit angka, tertulis {value!r}",
            "NIB must be 13 digits, got {value!r}"),
    "no_period": ("kolom Tahun tidak ada: sebutkan periode dengan --period",
                  "no year column: give the period with --period"),
    "number": ("bukan angka: {value!r}",
               "not a number: {value!r}"),
    "period": ("periode harus tahun (2023) atau semester/triwulan (2023-S1, 2023-Q2): {value!r}",
               "period must be a year (2023) or 2023-S1 / 2023-Q2: {value!r}"),
    "phone": ("nomor telepon tidak valid: {value!r}",
              "invalid phone number: {value!r}"),
    "region_format": ("kode wilayah Kemendagri bertitik tidak valid: {value!r} (contoh "
                      "72.06.05.1014)",
                      "invalid dotted Kemendagri code: {value!r} (e.g. 72.06.05.1014)"),
    "region_mismatch": ("kode wilayah {value!r} tidak berada di dalam {parent!r}",
                        "region code {value!r} does not lie inside {parent!r}"),
    "region_unknown": ("kode kabupaten/kota tidak dikenal: {value!r}",
                       "unknown regency/city code: {value!r}"),
    "required": ("wajib diisi",
                 "is required"),
    "share": ("persentase harus 0-100: {value!r}",
              "share must be 0-100: {value!r}"),
    "status": ("status harus draf, dikembalikan atau terverifikasi: {value!r}",
               "status must be draft, returned or verified: {value!r}"),
    "truncated": ("... dan {value} masalah lain di kolom ini",
                  "... and {value} more problems in this column"),
    "workers_sum": ("jumlah tenaga kerja {value!r} tidak sama dengan laki-laki + perempuan "
                    "({parent!r})",
                    "total workers {value!r} differ from men + women ({parent!r})"),
}
"""Indonesian and English of each validation message, by code."""


def message(code: str, **kwargs: object) -> Msg:
    """The validation message ``code`` with its values, rendered in the language current
    when it is shown.

    Example
    -------
    >>> from rancang.core.i18n import language
    >>> m = message("nib", value="123")
    >>> str(m)
    "NIB harus 13 digit angka, tertulis '123'"
    >>> with language("en"):
    ...     str(m)
    "NIB must be 13 digits, got '123'"
    """
    if code not in MESSAGES:
        raise KeyError(code)
    return Msg(f"registry.{code}", **kwargs)
