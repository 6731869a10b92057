"""Column headers as offices write them -> register fields.

The default mapping lists, for each field, the header variants seen in Indonesian
registers ("Nama Perusahaan", "Nama Usaha", "NAMA IKM"...). Headers are compared after
:func:`normalize_header` (lower case, no punctuation, no "(Rp)"/"(orang)"). Two header rows
(a merged group cell over sub-headers) are read as "group sub", e.g. "Tenaga Kerja L".
Users see the mapping with ``rancang registry mapping`` and extend or override it with a
YAML, JSON or CSV file passed as ``--mapping``.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from rancang.core.cells import safe_cell
from rancang.core.errors import InputError, Problem

#: field -> (kind, header variants). Kinds: text, int, number, coord, bool, list, code.
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "nib": ("code", ("nib", "nomor induk berusaha", "no nib", "nomor nib")),
    "name": (
        "text",
        (
            "nama perusahaan",
            "nama usaha",
            "nama ikm",
            "nama industri",
            "nama unit usaha",
            "nama perusahaan ikm",
            "perusahaan",
            "nama",
        ),
    ),
    "legal_form": (
        "text",
        ("bentuk badan usaha", "badan usaha", "bentuk usaha", "badan hukum", "bentuk badan hukum"),
    ),
    "owner_name": (
        "text",
        (
            "nama pemilik",
            "pemilik",
            "nama pimpinan",
            "penanggung jawab",
            "nama pemilik penanggung jawab",
        ),
    ),
    "phone": (
        "text",
        (
            "telepon",
            "no telepon",
            "nomor telepon",
            "no hp",
            "hp",
            "no telp",
            "telp",
            "kontak",
            "nomor hp",
            "no hp wa",
            "telepon hp",
        ),
    ),
    "email": ("text", ("email", "e mail", "surel", "alamat email")),
    "address": ("text", ("alamat", "alamat usaha", "alamat perusahaan", "alamat lengkap")),
    "village_code": ("code", ("kode desa", "kode kelurahan", "kode desa kelurahan")),
    "village_name": ("text", ("desa", "kelurahan", "desa kelurahan", "desa kel", "nama desa")),
    "district_code": ("code", ("kode kecamatan", "kode kec")),
    "district_name": ("text", ("kecamatan", "kec", "nama kecamatan")),
    "regency_code": ("code", ("kode kabupaten", "kode kab kota", "kode kabupaten kota")),
    "regency_name": ("text", ("kabupaten", "kab kota", "kabupaten kota")),
    "province_code": ("code", ("kode provinsi", "kode prov")),
    "latitude": (
        "coord",
        ("lintang", "latitude", "lat", "koordinat lintang", "koordinat latitude"),
    ),
    "longitude": (
        "coord",
        ("bujur", "longitude", "long", "lng", "koordinat bujur", "koordinat longitude"),
    ),
    "kbli": ("code", ("kbli", "kode kbli", "kbli 2020", "kbli utama", "kode kbli 2020")),
    "kbli_others": ("list", ("kbli lain", "kbli lainnya", "kbli tambahan")),
    "product": (
        "text",
        (
            "produk",
            "jenis produk",
            "komoditi",
            "produk utama",
            "jenis produksi",
            "komoditas",
            "jenis komoditi",
        ),
    ),
    "sentra": ("text", ("sentra", "nama sentra", "sentra ikm")),
    "status": ("text", ("status", "status data", "status verifikasi")),
    "source": ("text", ("sumber", "sumber data")),
    "period": ("text", ("tahun", "periode", "tahun data", "tahun laporan")),
    "workers_men": (
        "int",
        (
            "tenaga kerja laki laki",
            "tk laki laki",
            "tk l",
            "tenaga kerja l",
            "laki laki",
            "pria",
            "tk pria",
            "tenaga kerja pria",
            "l",
        ),
    ),
    "workers_women": (
        "int",
        (
            "tenaga kerja perempuan",
            "tk perempuan",
            "tk p",
            "tenaga kerja p",
            "perempuan",
            "wanita",
            "tk wanita",
            "tenaga kerja wanita",
            "p",
        ),
    ),
    "workers": (
        "int",
        (
            "jumlah tenaga kerja",
            "tk",
            "tenaga kerja",
            "jumlah tk",
            "tenaga kerja jumlah",
            "tk jumlah",
            "tenaga kerja total",
            "jumlah pekerja",
            "tenaga kerja l p",
            "jml tk",
        ),
    ),
    "investment": (
        "number",
        (
            "nilai investasi",
            "investasi",
            "modal",
            "nilai investasi modal",
            "investasi tidak termasuk tanah dan bangunan",
        ),
    ),
    "capacity": ("number", ("kapasitas produksi", "kapasitas", "kapasitas produksi jumlah")),
    "capacity_unit": ("text", ("satuan kapasitas", "kapasitas produksi satuan")),
    "output_quantity": (
        "number",
        ("jumlah produksi", "volume produksi", "produksi jumlah", "produksi volume"),
    ),
    "output_unit": ("text", ("satuan", "satuan produksi", "produksi satuan")),
    "output_value": ("number", ("nilai produksi", "produksi nilai", "nilai output")),
    "raw_material": (
        "text",
        (
            "bahan baku",
            "jenis bahan baku",
            "bahan baku jenis",
            "bahan baku nama",
            "nama bahan baku",
        ),
    ),
    "raw_material_quantity": (
        "number",
        ("jumlah bahan baku", "bahan baku jumlah", "volume bahan baku"),
    ),
    "raw_material_value": ("number", ("nilai bahan baku", "bahan baku nilai")),
    "raw_material_origin": (
        "text",
        ("asal bahan baku", "bahan baku asal", "bahan baku lokal impor"),
    ),
    "export_share": (
        "number",
        ("ekspor", "pangsa ekspor", "persentase ekspor", "pemasaran ekspor", "ekspor persen"),
    ),
    "domestic_share": (
        "number",
        (
            "pemasaran dalam negeri",
            "dalam negeri",
            "domestik",
            "pemasaran domestik",
            "pangsa domestik",
        ),
    ),
    "export_destinations": ("list", ("negara tujuan ekspor", "tujuan ekspor")),
    "cert_sni": ("bool", ("sni", "sertifikat sni", "sertifikasi sni")),
    "cert_halal": ("bool", ("halal", "sertifikat halal", "sertifikasi halal")),
    "cert_others": ("list", ("sertifikat lain", "sertifikasi lainnya", "sertifikat lainnya")),
}

IGNORED = ("no", "nomor", "no urut", "keterangan", "ket")
_UNIT_WORDS = re.compile(r"\b(?:rp|rupiah|orang|jiwa|persen)\b")


def normalize_header(text: object) -> str:
    """Header text reduced for matching.

    Example
    -------
    >>> normalize_header("Nilai Investasi (Rp)"), normalize_header("  NAMA\\nIKM ")
    ('nilai investasi', 'nama ikm')
    >>> normalize_header("Tenaga Kerja (orang) - Laki-laki")
    'tenaga kerja laki laki'
    """
    s = str(text or "").lower().replace("%", " persen ")
    s = re.sub(r"[^0-9a-z]+", " ", s)
    s = _UNIT_WORDS.sub(" ", s)
    return re.sub(r"\s+", " ", s).strip()


def default_mapping() -> dict[str, list[str]]:
    """The built-in mapping as field -> header variants (what ``registry mapping`` shows)."""
    return {field: list(variants) for field, (_kind, variants) in FIELDS.items()}


class HeaderMap:
    """Lookup from a normalised header to a field, built from defaults plus user entries.

    Example
    -------
    >>> m = HeaderMap()
    >>> m.field("NAMA IKM"), m.field("Jumlah Tenaga Kerja"), m.field("Warna")
    ('name', 'workers', None)
    >>> HeaderMap({"Merek Dagang": "product"}).field("merek dagang")
    'product'
    """

    def __init__(self, extra: dict[str, str] | None = None) -> None:
        self.lookup: dict[str, str] = {}
        for field, (_kind, variants) in FIELDS.items():
            for v in variants:
                self.lookup.setdefault(normalize_header(v), field)
        for header, field in (extra or {}).items():
            if field not in FIELDS:
                raise InputError(Problem(f"kolom tujuan tidak dikenal: {field!r}", column=header))
            self.lookup[normalize_header(header)] = field

    def field(self, header: object) -> str | None:
        """Field a header maps to, or None; a header of a KoBoToolbox or ODK export (the
        question's name under its groups) maps as its question does (:func:`form_header`).

        >>> m = HeaderMap()
        >>> m.field("identitas/nama_usaha"), m.field("_lokasi_latitude")
        ('name', 'latitude')
        >>> m.field("grp_usaha-jumlah_produksi"), m.field("_uuid")
        ('output_quantity', None)
        """
        found = self.lookup.get(normalize_header(header))
        if found is None:
            key = form_header(header)
            found = self.lookup.get(key) if key else None
        return found


def form_header(header: object) -> str | None:
    """The question of a column exported by a field-data app, normalised, or None when the
    header is not of that form.

    KoBoToolbox writes ``group/subgroup/question`` (XML names) and splits a GPS point
    ``lokasi`` into ``_lokasi_latitude``, ``_lokasi_longitude``, ``_lokasi_altitude`` and
    ``_lokasi_precision``; ODK Central writes ``group-question`` and ``lokasi-Latitude``.
    Its meta columns (``_id``, ``_uuid``, ``_submission_time``, ``meta-instanceID``,
    ``KEY``...) map to nothing.

    >>> form_header("identitas/kontak/no_hp"), form_header("_lokasi_longitude")
    ('no hp', 'longitude')
    >>> form_header("lokasi-Latitude"), form_header("Nama Usaha"), form_header("_uuid")
    ('latitude', None, None)
    """
    text = str(header or "").strip()
    if not text or " " in text:
        return None
    if "/" in text:
        text = text.rsplit("/", 1)[1]
    elif "-" in text:
        text = text.rsplit("-", 1)[1]
    elif not text.startswith("_"):
        return None
    key = normalize_header(text.replace("_", " "))
    for part in ("latitude", "longitude"):
        if key == part or key.endswith(" " + part):
            return part
    return key if key and not text.startswith("_") else None


def read_mapping_file(path: str | Path) -> dict[str, str]:
    """Read user mapping entries as header -> field.

    Parameters
    ----------
    path : str or Path
        YAML or JSON with either ``{field: [header, ...]}`` or ``{header: field}``; or a CSV
        with columns ``header,field``.

    Returns
    -------
    dict of header -> field
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".csv":
        with p.open(encoding="utf-8-sig", newline="") as fh:
            return {r["header"]: r["field"] for r in csv.DictReader(fh)}
    if suffix in (".yaml", ".yml"):
        import yaml

        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    else:
        data = json.loads(p.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise InputError(Problem("berkas pemetaan harus berupa tabel kunci: nilai", file=p.name))
    out: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, list):
            out.update({str(h): str(key) for h in value})
        else:
            out[str(key)] = str(value)
    return out


def write_mapping_file(path: str | Path, mapping: dict[str, list[str]] | None = None) -> Path:
    """Write the (default) mapping as YAML, JSON or CSV, chosen by the file suffix."""
    p = Path(path)
    mapping = mapping or default_mapping()
    suffix = p.suffix.lower()
    if suffix == ".csv":
        with p.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["header", "field"])
            for field, headers in mapping.items():
                w.writerows([safe_cell(h), field] for h in headers)
    elif suffix in (".yaml", ".yml"):
        import yaml

        p.write_text(yaml.safe_dump(mapping, allow_unicode=True, sort_keys=False), "utf-8")
    else:
        p.write_text(json.dumps(mapping, ensure_ascii=False, indent=1), "utf-8")
    return p
