"""Normalisers for Indonesian firm names, legal forms, addresses, phones and region names.

They produce *keys* for matching (lower case, no punctuation, abbreviations spelled out),
never the text shown to users. The same rules serve import matching and de-duplication.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LEGAL_FORMS = {
    "pt": "PT",
    "perseroan terbatas": "PT",
    "cv": "CV",
    "ud": "UD",
    "usaha dagang": "UD",
    "pd": "PD",
    "perusahaan dagang": "PD",
    "fa": "Firma",
    "firma": "Firma",
    "koperasi": "Koperasi",
    "kop": "Koperasi",
    "kub": "KUB",
    "kelompok usaha bersama": "KUB",
    "perorangan": "Perorangan",
    "perseorangan": "Perorangan",
    "pt perorangan": "PT Perorangan",
}
_FORM_WORDS = sorted(LEGAL_FORMS, key=len, reverse=True)
_FORM_RE = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _FORM_WORDS) + r")\b\s*")
_FORM_TAIL_RE = re.compile(r"\s*\b(?:" + "|".join(re.escape(w) for w in _FORM_WORDS) + r")$")
_NAME_NOISE = re.compile(r"\b(?:tbk|persero|usaha|industri|ind|home industry|ikm)\b")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"\s+")

_ADDRESS_WORDS = {
    "jl": "jalan",
    "jln": "jalan",
    "jalan": "jalan",
    "gg": "gang",
    "kp": "kampung",
    "kmp": "kampung",
    "ds": "desa",
    "kel": "kelurahan",
    "kec": "kecamatan",
    "kab": "kabupaten",
    "dsn": "dusun",
    "dusun": "dusun",
    "lrg": "lorong",
    "komp": "kompleks",
    "perum": "perumahan",
    "blk": "blok",
    "nomor": "no",
    "nmr": "no",
    "btn": "btn",
}
_RT_RW = re.compile(r"\b(rt|rw)\s*\.?\s*0*(\d+)")
_NUMBER = re.compile(r"\bno\s*\.?\s*0*(\d+)")


def _ascii_lower(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return text.encode("ascii", "ignore").decode().lower()


def legal_form(name: str | None) -> str | None:
    """Legal form written at the start or end of a firm name (``PT``, ``CV``, ``UD``...).

    Parameters
    ----------
    name : str or None

    Returns
    -------
    str or None
        Canonical form (``PT``, ``CV``, ``UD``, ``PD``, ``Firma``, ``Koperasi``, ``KUB``,
        ``Perorangan``) or None when the name does not carry one.

    Example
    -------
    >>> legal_form("C.V. Sinar Jaya"), legal_form("Koperasi Tani Makmur"), legal_form("Maju")
    ('CV', 'Koperasi', None)
    """
    if not name:
        return None
    key = _SPACES.sub(" ", _NON_ALNUM.sub(" ", _ascii_lower(name).replace(".", ""))).strip()
    m = _FORM_RE.match(key) or _FORM_TAIL_RE.search(key)
    return LEGAL_FORMS[m.group(0).strip()] if m else None


@lru_cache(maxsize=200_000)
def normalize_name(name: str | None) -> str:
    """Matching key of a firm name: no legal form, no punctuation, lower case.

    Parameters
    ----------
    name : str or None

    Returns
    -------
    str
        Key ("" for empty input).

    Notes
    -----
    Dots inside abbreviations are removed first (``C.V.`` -> ``cv``), then the legal form at
    either end, then filler words (``usaha``, ``industri``, ``home industry``, ``ikm``).

    Example
    -------
    >>> normalize_name("C.V.  Sinar-Jaya Abadi"), normalize_name("Sinar Jaya Abadi, CV")
    ('sinar jaya abadi', 'sinar jaya abadi')
    >>> normalize_name("UD. Usaha Roti Bu Ani")
    'roti bu ani'
    """
    if not name:
        return ""
    key = _ascii_lower(name).replace(".", "")
    key = _SPACES.sub(" ", _NON_ALNUM.sub(" ", key)).strip()
    key = _FORM_TAIL_RE.sub("", _FORM_RE.sub("", key))
    key = _NAME_NOISE.sub(" ", key)
    return _SPACES.sub(" ", key).strip()


@lru_cache(maxsize=200_000)
def normalize_address(address: str | None) -> str:
    """Matching key of an address: abbreviations spelled out, RT/RW and numbers canonical.

    Parameters
    ----------
    address : str or None

    Returns
    -------
    str

    Notes
    -----
    ``Jl.``/``Jln`` -> ``jalan``, ``Gg`` -> ``gang``, ``Ds`` -> ``desa``, ``Kel``/``Kec``/
    ``Kab`` spelled out; ``RT.001/RW.02`` -> ``rt 1 rw 2``; ``No.07`` -> ``no 7``.

    Example
    -------
    >>> normalize_address("Jl. Trans Sulawesi No.07, RT.001/RW.02 Ds. Bahodopi")
    'jalan trans sulawesi no 7 rt 1 rw 2 desa bahodopi'
    >>> normalize_address("JALAN TRANS SULAWESI NOMOR 7 RT 1 RW 2 DESA BAHODOPI")
    'jalan trans sulawesi no 7 rt 1 rw 2 desa bahodopi'
    """
    if not address:
        return ""
    text = _ascii_lower(address)
    text = _RT_RW.sub(lambda m: f" {m.group(1)} {int(m.group(2))} ", text)
    text = _SPACES.sub(" ", _NON_ALNUM.sub(" ", text)).strip()
    words = [_ADDRESS_WORDS.get(w, w) for w in text.split(" ")]
    text = " ".join(words)
    text = _NUMBER.sub(lambda m: f"no {int(m.group(1))}", text)
    return text


def normalize_phone(phone: str | None) -> str | None:
    """Indonesian phone number as digits with a leading ``0`` (``+62``/``62`` removed).

    Parameters
    ----------
    phone : str or None

    Returns
    -------
    str or None
        None when fewer than 8 or more than 15 digits remain.

    Example
    -------
    >>> normalize_phone("+62 812-3456-789"), normalize_phone("0812 3456 789")
    ('08123456789', '08123456789')
    >>> normalize_phone("(0465) 21234"), normalize_phone("123") is None
    ('046521234', True)
    """
    if not phone:
        return None
    digits = re.sub(
        r"\D", "", str(phone).split(".")[0] if re.fullmatch(r"\d+\.0", str(phone)) else str(phone)
    )
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    elif digits.startswith("8"):
        digits = "0" + digits
    if not 8 <= len(digits) <= 15:
        return None
    return digits


_REGION_PREFIX = re.compile(r"^(?:kabupaten|kab|kota|kecamatan|kec|desa|ds|kelurahan|kel)\b\s*")
REGION_MISSPELLINGS = {
    "morowali utara": "morowaliutara",
    "palangkaraya": "palangkaraya",
    "pematang siantar": "pematangsiantar",
    "tolitoli": "tolitoli",
    "toli toli": "tolitoli",
    "bau bau": "baubau",
    "pare pare": "parepare",
}


@lru_cache(maxsize=50_000)
def normalize_region_name(name: str | None) -> str:
    """Key of a region name: no ``Kabupaten``/``Kota``/``Kec.`` prefix, no spaces.

    Parameters
    ----------
    name : str or None

    Returns
    -------
    str

    Notes
    -----
    Spaces are dropped so that ``Pematang Siantar`` and ``PEMATANGSIANTAR``, ``Palangka
    Raya`` and ``PALANGKARAYA``, ``Toli-Toli`` and ``Tolitoli`` share a key. Remaining
    misspellings are caught by fuzzy matching (:func:`match_region_name`).

    Example
    -------
    >>> normalize_region_name("Kota Pematang Siantar") == normalize_region_name("PEMATANGSIANTAR")
    True
    >>> normalize_region_name("Kec. Bahodopi")
    'bahodopi'
    """
    if not name:
        return ""
    text = _SPACES.sub(" ", _NON_ALNUM.sub(" ", _ascii_lower(name))).strip()
    text = _REGION_PREFIX.sub("", text)
    return text.replace(" ", "")


def match_region_name(name: str, candidates: dict[str, str], *, cutoff: float = 85.0) -> str | None:
    """Code of the candidate region whose name best matches ``name`` (typos allowed).

    Parameters
    ----------
    name : str
        Name as typed, e.g. ``"Bahodopy"``.
    candidates : dict of code -> name
        Names of the regions it may be (e.g. the districts of one regency).
    cutoff : float
        Minimum rapidfuzz ratio (0-100) on the normalised names.

    Returns
    -------
    str or None

    Example
    -------
    >>> match_region_name("Bahodopy", {"72.06.05": "Bahodopi", "72.06.06": "Bungku Pesisir"})
    '72.06.05'
    """
    from rapidfuzz import fuzz, process

    keys = {code: normalize_region_name(n) for code, n in candidates.items()}
    best = process.extractOne(
        normalize_region_name(name), keys, scorer=fuzz.ratio, score_cutoff=cutoff
    )
    return None if best is None else str(best[2])


def match_key(name: str | None, address: str | None, village_code: str | None) -> str:
    """Identity key used when a record has no NIB: normalised name + address + village.

    Example
    -------
    >>> match_key("UD. Roti Bu Ani", "Jl. Merdeka No. 3", "72.06.05.1014")
    'roti bu ani|jalan merdeka no 3|72.06.05.1014'
    """
    return f"{normalize_name(name)}|{normalize_address(address)}|{village_code or ''}"
