"""The 17 PDRB industry categories (lapangan usaha, KBLI 2009/2020 sections grouped by BPS).

Codes follow the KBLI section letters; BPS groups M and N, and R, S, T and U, so those are
``M_N`` and ``R_S_T_U``. :func:`category_from_title` maps the long titles of BPS web-table
exports ("PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha - Industri Pengolahan"),
short titles, letters and their common variants onto these codes.
"""

from __future__ import annotations

import re
import unicodedata

CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("A", "Pertanian, Kehutanan, dan Perikanan", "Agriculture, forestry and fishing"),
    ("B", "Pertambangan dan Penggalian", "Mining and quarrying"),
    ("C", "Industri Pengolahan", "Manufacturing"),
    ("D", "Pengadaan Listrik dan Gas", "Electricity and gas supply"),
    ("E", "Pengadaan Air, Pengelolaan Sampah, Limbah dan Daur Ulang",
     "Water supply, sewerage, waste management and remediation"),
    ("F", "Konstruksi", "Construction"),
    ("G", "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor",
     "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
    ("H", "Transportasi dan Pergudangan", "Transportation and storage"),
    ("I", "Penyediaan Akomodasi dan Makan Minum", "Accommodation and food service activities"),
    ("J", "Informasi dan Komunikasi", "Information and communication"),
    ("K", "Jasa Keuangan dan Asuransi", "Financial and insurance activities"),
    ("L", "Real Estat", "Real estate activities"),
    ("M_N", "Jasa Perusahaan", "Business services"),
    ("O", "Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib",
     "Public administration and defence; compulsory social security"),
    ("P", "Jasa Pendidikan", "Education"),
    ("Q", "Jasa Kesehatan dan Kegiatan Sosial", "Human health and social work activities"),
    ("R_S_T_U", "Jasa Lainnya", "Other services"),
)
CATEGORY_CODES: tuple[str, ...] = tuple(c for c, _, _ in CATEGORIES)
_TITLES = {c: (id_, en) for c, id_, en in CATEGORIES}

# normalised title fragments (after the last " - " of a BPS long title) -> code
_EXTRA_TITLES = {
    "pertanian": "A",
    "pertanian kehutanan perikanan": "A",
    "pertambangan": "B",
    "pertambangan penggalian": "B",
    "industri": "C",
    "industri pengolahan": "C",
    "listrik": "D",
    "pengadaan listrik gas": "D",
    "listrik gas": "D",
    "air": "E",
    "pengadaan air": "E",
    "perdagangan": "G",
    "transportasi": "H",
    "akomodasi": "I",
    "penyediaan akomodasi makan minum": "I",
    "informasi komunikasi": "J",
    "jasa keuangan": "K",
    "keuangan asuransi": "K",
    "real estate": "L",
    "real estat": "L",
    "jasa perusahaan": "M_N",
    "administrasi pemerintahan": "O",
    "jasa pendidikan": "P",
    "pendidikan": "P",
    "jasa kesehatan": "Q",
    "kesehatan kegiatan sosial": "Q",
    "jasa lainnya": "R_S_T_U",
    "jasa jasa lainnya": "R_S_T_U",
    "jasa lain": "R_S_T_U",
}
_STOP = {"dan", "&", "the", "of", "and"}
_TOTAL = {"", "pdrb", "total", "jumlah", "produk domestik regional bruto",
          "pdrb total", "total pdrb"}


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(w for w in text.split() if w not in _STOP)


_BY_TITLE: dict[str, str] = {}
for _code, _id, _en in CATEGORIES:
    _BY_TITLE[_normalise(_id)] = _code
    _BY_TITLE[_normalise(_en)] = _code
for _k, _v in _EXTRA_TITLES.items():
    _BY_TITLE[_normalise(_k)] = _v


def category_title(code: str, lang: str = "id") -> str:
    """Title of a category code in Indonesian (default) or English.

    >>> category_title("C")
    'Industri Pengolahan'
    >>> category_title("M_N", "en")
    'Business services'
    """
    id_, en = _TITLES[code]
    return en if lang == "en" else id_


def _strip_prefix(title: str) -> str:
    """Drop the indicator prefix of BPS long titles: everything up to the last ' - '."""
    text = str(title)
    m = re.search(r"lapangan usaha\s*-\s*(.*)$", text, flags=re.IGNORECASE)
    if m:
        return m.group(1)
    return text


def is_total_title(title: str) -> bool:
    """True for the total column of a BPS export ("... Berdasarkan Lapangan Usaha" alone).

    >>> is_total_title("PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha")
    True
    >>> is_total_title("PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha - Konstruksi")
    False
    """
    text = str(title).strip()
    if re.search(r"lapangan usaha\s*$", text, flags=re.IGNORECASE):
        return True
    return _normalise(text) in _TOTAL


def category_from_title(title: str) -> str | None:
    """Category code of a BPS title, short title or letter; None when unknown.

    >>> prefix = "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha"
    >>> category_from_title(prefix + " - Industri Pengolahan")
    'C'
    >>> category_from_title(prefix + " -Pengadaan Listrik dan Gas")
    'D'
    >>> [category_from_title(t) for t in ("M,N", "r_s_t_u", "Jasa Lainnya", "Z")]
    ['M_N', 'R_S_T_U', 'R_S_T_U', None]
    """
    raw = str(title).strip()
    letters = re.sub(r"[\s,;/._+-]+", "_", raw.upper()).strip("_")
    if letters in CATEGORY_CODES:
        return letters
    if letters in ("M_N", "MN"):
        return "M_N"
    if letters in ("R_S_T_U", "RSTU", "R_U"):
        return "R_S_T_U"
    text = _normalise(_strip_prefix(raw))
    text = re.sub(r"^(kategori|lapangan usaha|sektor)\s+", "", text)
    if re.match(r"^[a-u]( [a-u])* \w{3,}", text):  # "C. Industri ...", "M,N Jasa ..."
        text = re.sub(r"^[a-u]( [a-u])* ", "", text)
    return _BY_TITLE.get(text)
