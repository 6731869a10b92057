"""Words of the input-output feature: column headers and the key-sector classes."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "sector": ("Kode sektor", "Sector code"),
    "sector_name": ("Sektor", "Sector"),
    "row_sector": ("Sektor baris (penjual)", "Row sector (seller)"),
    "column_sector": ("Sektor kolom (pembeli)", "Column sector (buyer)"),
    "a": ("Koefisien a_ij", "Coefficient a_ij"),
    "l": ("l_ij", "l_ij"),
    "output": ("Pengganda output", "Output multiplier"),
    "output_type2": ("Pengganda output tipe II", "Type II output multiplier"),
    "income": ("Pengganda pendapatan", "Income multiplier"),
    "income_type1": ("Pengganda pendapatan tipe I", "Type I income multiplier"),
    "income_type2": ("Pengganda pendapatan tipe II", "Type II income multiplier"),
    "value_added": ("Pengganda nilai tambah", "Value-added multiplier"),
    "employment": ("Pengganda tenaga kerja (orang per juta rupiah)",
                   "Employment multiplier (workers per million rupiah)"),
    "employment_type1": ("Pengganda tenaga kerja tipe I (rasio)",
                         "Type I employment multiplier (ratio)"),
    "backward": ("Keterkaitan ke belakang", "Backward linkage"),
    "forward": ("Keterkaitan ke depan", "Forward linkage"),
    "key_sector": ("Sektor kunci", "Key sector"),
    "class": ("Kelompok", "Class"),
    "extraction_loss": ("Kehilangan output (ekstraksi)", "Output lost (extraction)"),
    "extraction_share": ("Kehilangan / total output", "Loss / total output"),
    "import_foreign": ("Impor luar negeri langsung", "Direct foreign imports"),
    "import_other_regions": ("Impor antar wilayah langsung", "Direct imports, other regions"),
    "import_leakage": ("Kebocoran regional", "Regional leakage"),
    "import_direct": ("Impor langsung", "Direct imports"),
    "import_total": ("Impor total (langsung + tidak langsung)", "Total import content"),
    "pdrb_category": ("Kategori PDRB", "PDRB category"),
    "regional_pdrb": ("PDRB wilayah", "Regional PDRB"),
    "reference_pdrb": ("PDRB acuan", "Reference PDRB"),
}

KEY_SECTOR_WORDS: dict[str, tuple[str, str]] = {
    "key": ("sektor kunci", "key sector"),
    "backward": ("kuat ke belakang", "strong backward"),
    "forward": ("kuat ke depan", "strong forward"),
    "weak": ("lemah", "weak"),
}
"""Words for the ``class`` of ``linkages.csv`` (machine values ``key``, ``backward``,
``forward``, ``weak``; Miller and Blair 2009, section 12.2: backward and forward linkage
both above 1, only backward, only forward, neither)."""

WORDS: dict[str, tuple[str, str]] = {
    "feature.inputoutput": ("Input-output",
                            "Input-output"),
    **LABELS,
    **{f"value:class:{k}": v for k, v in KEY_SECTOR_WORDS.items()},
}
