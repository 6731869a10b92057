"""The 16 subcategories of manufacturing (Kategori C) in BPS's PDRB tables.

BPS publishes PDRB by 17 categories and 52 subcategories (2010 = 100); manufacturing is
split into 16 (rows "1." to "16." or "a." to "p." under "C. Industri Pengolahan"). Each
is a group of KBLI 2009/2020 divisions, which ties the PDRB analysis of manufacturing to
the register's KBLI divisions.

References
----------
BPS, *Produk Domestik Regional Bruto Kabupaten/Kota di Indonesia menurut Lapangan Usaha*
(table of the 52 subcategories; KBLI correspondence in its technical notes).
"""

from __future__ import annotations

import re

#: (code, BPS title, KBLI divisions)
SUBCATEGORIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("C1", "Industri Batubara dan Pengilangan Migas", ("19",)),
    ("C2", "Industri Makanan dan Minuman", ("10", "11")),
    ("C3", "Pengolahan Tembakau", ("12",)),
    ("C4", "Industri Tekstil dan Pakaian Jadi", ("13", "14")),
    ("C5", "Industri Kulit, Barang dari Kulit dan Alas Kaki", ("15",)),
    ("C6", "Industri Kayu, Barang dari Kayu dan Gabus dan Barang Anyaman dari Bambu, Rotan "
           "dan Sejenisnya", ("16",)),
    ("C7", "Industri Kertas dan Barang dari Kertas; Percetakan dan Reproduksi Media Rekaman",
     ("17", "18")),
    ("C8", "Industri Kimia, Farmasi dan Obat Tradisional", ("20", "21")),
    ("C9", "Industri Karet, Barang dari Karet dan Plastik", ("22",)),
    ("C10", "Industri Barang Galian bukan Logam", ("23",)),
    ("C11", "Industri Logam Dasar", ("24",)),
    ("C12", "Industri Barang dari Logam; Komputer, Barang Elektronik, Optik; dan Peralatan "
            "Listrik", ("25", "26", "27")),
    ("C13", "Industri Mesin dan Perlengkapan YTDL", ("28",)),
    ("C14", "Industri Alat Angkutan", ("29", "30")),
    ("C15", "Industri Furnitur", ("31",)),
    ("C16", "Industri Pengolahan Lainnya; Jasa Reparasi dan Pemasangan Mesin dan Peralatan",
     ("32", "33")),
)
SUBCATEGORY_CODES: tuple[str, ...] = tuple(c for c, _, _ in SUBCATEGORIES)
# the order matters: "barang dari logam" before "logam", "lainnya/reparasi" before "mesin"
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("C16", r"lainnya|reparasi|other manufactur|repair"),
    ("C11", r"logam dasar|basic metal"),
    ("C12", r"barang dari logam|komputer|elektronik|fabricated metal|computer"),
    ("C13", r"mesin|machinery"),
    ("C1", r"batu ?bara|migas|pengilangan|coal|petroleum"),
    ("C2", r"makanan|minuman|food|beverage"),
    ("C3", r"tembakau|tobacco"),
    ("C4", r"tekstil|pakaian|textile|apparel"),
    ("C5", r"kulit|alas kaki|leather|footwear"),
    ("C6", r"kayu|rotan|bambu|wood"),
    ("C7", r"kertas|percetakan|paper|printing"),
    ("C8", r"kimia|farmasi|chemical|pharma"),
    ("C9", r"karet|plastik|rubber|plastic"),
    ("C10", r"galian|non-?metallic"),
    ("C14", r"angkutan|transport"),
    ("C15", r"furnitur|furniture"),
)
_NUMBER = re.compile(r"^\s*(?:C\s*[.\-]?\s*)?(\d{1,2}|[a-p])[.)]\s*", re.IGNORECASE)


def subcategory_from_title(label: str) -> str | None:
    """The subcategory of a row label: its title words first, else its number ("7.")
    or letter ("g.") under "C. Industri Pengolahan"; None when neither fits.

    >>> subcategory_from_title("b. Industri Makanan dan Minuman")
    'C2'
    >>> subcategory_from_title("12. Industri Barang dari Logam; Komputer, Barang Elektronik")
    'C12'
    >>> subcategory_from_title("11. Industri Logam Dasar"), subcategory_from_title("16.")
    ('C11', 'C16')
    >>> subcategory_from_title("Jumlah") is None
    True
    """
    text = label.lower()
    for code, pattern in _KEYWORDS:
        if re.search(pattern, text):
            return code
    m = _NUMBER.match(label)
    if m:
        key = m.group(1).lower()
        n = int(key) if key.isdigit() else ord(key) - ord("a") + 1
        if 1 <= n <= 16:
            return f"C{n}"
    return None


def subcategory_title(code: str) -> str:
    """The BPS title of a subcategory.

    >>> subcategory_title("C3")
    'Pengolahan Tembakau'
    """
    return next(t for c, t, _ in SUBCATEGORIES if c == code)
