"""The 17 PDRB industry categories (lapangan usaha, KBLI 2009/2020 sections grouped by BPS).

Codes follow the KBLI section letters; BPS groups M and N, and R, S, T and U, so those are
``M_N`` and ``R_S_T_U``. :func:`category_from_title` maps the long titles of BPS web-table
exports ("PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha - Industri Pengolahan"),
short titles, English titles, letters and their common variants onto these codes;
:func:`is_total_title` recognises the total column or row.
"""

from __future__ import annotations

import re
import unicodedata

from rancang.core.i18n import pick

__all__ = ["CATEGORIES", "CATEGORY_CODES", "category_from_title", "category_title",
           "is_total_title"]

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

# other titles seen in BPS tables, Dalam Angka books and analysts' sheets -> code
_EXTRA_TITLES = {
    "A": ("pertanian", "pertanian kehutanan perikanan", "agriculture", "agriculture forestry"
          " fishery", "pertanian peternakan kehutanan perikanan"),
    "B": ("pertambangan", "pertambangan penggalian", "mining", "mining quarrying"),
    "C": ("industri", "industri pengolahan", "manufacturing", "manufacturing industry"),
    "D": ("listrik", "listrik gas", "pengadaan listrik gas", "ketenagalistrikan gas",
          "electricity", "electricity gas"),
    "E": ("air", "pengadaan air", "pengadaan air pengelolaan sampah limbah daur ulang",
          "water supply", "water supply waste management"),
    "F": ("bangunan", "konstruksi", "construction"),
    "G": ("perdagangan", "perdagangan besar eceran", "perdagangan reparasi",
          "perdagangan besar eceran reparasi mobil sepeda motor", "trade",
          "wholesale retail trade"),
    "H": ("transportasi", "transportasi pergudangan", "pengangkutan pergudangan",
          "transportation", "transport", "transport storage"),
    "I": ("akomodasi", "akomodasi makan minum", "penyediaan akomodasi makan minum",
          "accommodation", "accommodation food", "accommodation food service"),
    "J": ("informasi komunikasi", "information communication", "ict"),
    "K": ("jasa keuangan", "keuangan", "keuangan asuransi", "jasa keuangan asuransi",
          "financial", "finance", "financial insurance", "finance insurance"),
    "L": ("real estate", "real estat", "realestat", "realestate"),
    "M_N": ("jasa perusahaan", "business services", "professional business services"),
    "O": ("administrasi pemerintahan", "administrasi pemerintahan pertahanan jaminan sosial"
          " wajib", "public administration", "public administration defence"),
    "P": ("jasa pendidikan", "pendidikan", "education"),
    "Q": ("jasa kesehatan", "kesehatan", "jasa kesehatan kegiatan sosial",
          "kesehatan kegiatan sosial", "health", "health social work"),
    "R_S_T_U": ("jasa lainnya", "jasa jasa lainnya", "jasa jasa", "jasa lain",
                "other services", "other service activities"),
}
_LETTERS = {"M_N": "M_N", "MN": "M_N", "R_S_T_U": "R_S_T_U", "RSTU": "R_S_T_U",
            "R_U": "R_S_T_U", **{c: c for c in CATEGORY_CODES}}
_STOP = {"dan", "the", "of", "and", "serta"}
_TOTAL = {"", "pdrb", "total", "jumlah", "produk domestik regional bruto",
          "produk domestik bruto", "pdb", "pdrb total", "total pdrb", "grand total",
          "pdrb adhk", "pdrb adhb", "nilai pdrb"}


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(w for w in text.split() if w not in _STOP)


_BY_TITLE: dict[str, str] = {}
for _code, _id, _en in CATEGORIES:
    _BY_TITLE[_normalise(_id)] = _code
    _BY_TITLE[_normalise(_en)] = _code
for _code, _variants in _EXTRA_TITLES.items():
    for _v in _variants:
        _BY_TITLE[_normalise(_v)] = _code


def category_title(code: str, lang: str | None = "id") -> str:
    """Title of a category code in Indonesian (default) or English.

    Parameters
    ----------
    code : one of :data:`CATEGORY_CODES`.
    lang : ``"id"`` (default: the title as BPS writes it, as the readers store it in the
        data), ``"en"``, or None for the current language (for display).

    Returns
    -------
    The title as BPS writes it (Indonesian) or the ISIC-style English title.

    Example
    -------
    >>> category_title("C")
    'Industri Pengolahan'
    >>> category_title("M_N", "en")
    'Business services'
    """
    return pick(_TITLES[code], lang)


def category_label(code: str, name: str, lang: str | None = None) -> str:
    """A short title for a PDRB category code (``C``, ``M_N``) in ``lang``, else the name
    the data gives (a KBLI class, an IO sector).

    >>> category_label("C", "x", "en"), category_label("10", "Makanan", "en")
    ('Manufacturing', 'Makanan')
    """
    try:
        return category_title(code, lang)
    except (KeyError, ValueError):
        return name


def _letters(text: str) -> str | None:
    key = re.sub(r"\b(DAN|AND)\b|&", "_", text.upper())
    key = re.sub(r"[\s,;/._+-]+", "_", key).strip("_")
    return _LETTERS.get(key)


def _candidates(title: str) -> list[str]:
    """The title as given, then what follows "Lapangan Usaha -", then what follows the last
    hyphen (indicator prefixes such as "PDRB ADHB - ")."""
    out = [title]
    m = re.search(r"lapangan\s+usaha\s*-\s*(.*)$", title, flags=re.IGNORECASE)
    if m:
        out.insert(0, m.group(1))
    if "-" in title:
        out.append(title.rsplit("-", 1)[1])
    return out


def _match(text: str) -> str | None:
    code = _letters(text)
    if code:
        return code
    norm = _normalise(text)
    norm = re.sub(r"^(kategori|lapangan usaha|sektor|sector|category)\s+", "", norm)
    norm = re.sub(r"^\d{1,2}\s+", "", norm)  # "1. Pertanian ..."
    code = _letters(norm)
    if code:
        return code
    if norm in _BY_TITLE:
        return _BY_TITLE[norm]
    m = re.match(r"^((?:[a-u] )+)(\w.{2,})$", norm)  # "C. Industri ...", "M,N Jasa ..."
    if m:
        code = _BY_TITLE.get(m.group(2))
        letters = _letters(m.group(1))
        if code is not None and letters in (None, code):
            return code
    return None


def category_from_title(title: str) -> str | None:
    """Category code of a BPS title, short or English title, or letter; None when unknown.

    Parameters
    ----------
    title : str
        A column header or row label: "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan
        Usaha - Industri Pengolahan", "C. Industri Pengolahan", "Manufacturing", "C",
        "M,N", "R_S_T_U", "Kategori C"...

    Returns
    -------
    The code from :data:`CATEGORY_CODES`, or None (also for the total column).

    Notes
    -----
    Titles are compared after lower-casing, dropping punctuation and the words "dan",
    "and", "of", "the", "serta"; letters are compared after turning any separator into
    ``_``. A letter prefix that contradicts the title ("B. Industri Pengolahan") gives None.

    References
    ----------
    BPS, *Produk Domestik Regional Bruto Kabupaten/Kota di Indonesia menurut Lapangan
    Usaha* (the 17 categories of KBLI 2009 as grouped for PDRB 2010=100).

    Example
    -------
    >>> prefix = "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha"
    >>> category_from_title(prefix + " - Industri Pengolahan")
    'C'
    >>> category_from_title(prefix + " -Pengadaan Listrik dan Gas")
    'D'
    >>> [category_from_title(t) for t in ("M,N", "r_s_t_u", "Jasa Lainnya", "Z", prefix)]
    ['M_N', 'R_S_T_U', 'R_S_T_U', None, None]
    """
    raw = unicodedata.normalize("NFKC", str(title)).strip()
    if not raw:
        return None
    for candidate in _candidates(raw):
        code = _match(candidate)
        if code is not None:
            return code
    return None


def is_total_title(title: str) -> bool:
    """True for the total column/row: "... Berdasarkan Lapangan Usaha" alone, "PDRB", "Total".

    Parameters
    ----------
    title : a column header or row label.

    Returns
    -------
    bool

    Example
    -------
    >>> is_total_title("PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha")
    True
    >>> is_total_title("PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha - Konstruksi")
    False
    >>> [is_total_title(t) for t in ("PDRB", "Total", "Produk Domestik Regional Bruto", "C")]
    [True, True, True, False]
    """
    text = unicodedata.normalize("NFKC", str(title)).strip()
    if re.search(r"lapangan\s+usaha\s*$", text, flags=re.IGNORECASE):
        return True
    norm = _normalise(text)
    if norm in _TOTAL:
        return True
    # "PDRB Atas Dasar Harga Konstan 2010", "PDRB Tanpa Migas": a total, unless a category
    # follows a hyphen ("PDRB ADHB - Konstruksi"; an unknown one there is an error, not a total)
    return ("-" not in text and norm.startswith(("pdrb", "produk domestik"))
            and category_from_title(text) is None)
