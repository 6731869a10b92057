"""Region codes: Kemendagri (``72.06``) and BPS (``7203``), and the crosswalk between them.

The two systems number regencies differently (Morowali is BPS 7203 but Kemendagri 72.06;
BPS 7206 is Toli-Toli, Kemendagri 72.04). Codes are translated only through the crosswalk
in ``data/region_crosswalk.csv`` (514 regencies/cities) and ``data/province_crosswalk.csv``
(BPS province rows ``xx00``), built by ``scripts/build_reference.py`` from public data (see
``data/SOURCES.md``), never by adding or removing a dot.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import polars as pl

__all__ = ["bps_to_kemendagri", "code_system", "kemendagri_to_bps", "load_crosswalk",
           "load_province_crosswalk", "other_code", "place_title", "region_label",
           "region_name"]

_BPS = re.compile(r"\d{4}")
_KEMENDAGRI = re.compile(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?")


def _read(name: str) -> pl.DataFrame:
    path = resources.files("rancang.reference").joinpath(f"data/{name}")
    with path.open("rb") as fh:
        return pl.read_csv(fh, infer_schema=False).with_columns(pl.all().fill_null(""))


@lru_cache(maxsize=1)
def load_crosswalk() -> pl.DataFrame:
    """The BPS <-> Kemendagri crosswalk of all 514 regencies/cities.

    Returns
    -------
    polars.DataFrame
        Columns bps_code, kemendagri_code, bps_name, kemendagri_name, province_bps,
        province_kemendagri, match_method (exact, normalised, fuzzy, override), match_score;
        all text.

    Notes
    -----
    Matched by name within each province (Papua and Papua Barat of the BPS 2013-2020 tables
    against Kemendagri's six Papua provinces 91-96), checked against the centroids of both
    code systems; see ``scripts/build_reference.py``.

    References
    ----------
    Kemendagri codes: npm package idn-area-data 3.1.2 (ODbL-1.0). BPS codes: BPS web-table
    export of PDRB by regency/city 2013-2020.

    Example
    -------
    >>> cw = load_crosswalk()
    >>> cw.height, cw.filter(cw["bps_code"] == "7203")["kemendagri_code"].item()
    (514, '72.06')
    """
    return _read("region_crosswalk.csv")


@lru_cache(maxsize=1)
def load_province_crosswalk() -> pl.DataFrame:
    """BPS province rows (``xx00``) and national row (``9999``) with their Kemendagri codes.

    Papua (9400) and Papua Barat (9100) have no Kemendagri code: the provinces were split
    in 2022 and no current code covers their territory (see the ``note`` column).

    Example
    -------
    >>> pc = load_province_crosswalk()
    >>> pc.filter(pc["bps_code"] == "7200")["kemendagri_code"].item()
    '72'
    """
    return _read("province_crosswalk.csv")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """(BPS -> Kemendagri, Kemendagri -> BPS, either -> other, Kemendagri code -> name)."""
    to_kem: dict[str, str] = {}
    for frame in (load_crosswalk(), load_province_crosswalk()):
        to_kem.update((b, k) for b, k in zip(frame["bps_code"], frame["kemendagri_code"],
                                              strict=True) if k)
    to_bps = {k: b for b, k in to_kem.items()}
    names = dict(zip(_read("provinces.csv")["code"], _read("provinces.csv")["name"],
                     strict=True))
    regencies = _read("regencies.csv")
    names.update(zip(regencies["code"], regencies["name"], strict=True))
    pc = load_province_crosswalk()
    names.update((b, n) for b, k, n in zip(pc["bps_code"], pc["kemendagri_code"],
                                           pc["bps_name"], strict=True) if not k)
    return to_kem, to_bps, {**to_kem, **to_bps}, names


def code_system(code: str) -> str | None:
    """``"bps"`` for 4-digit codes, ``"kemendagri"`` for dotted ones (and 2-digit provinces).

    Parameters
    ----------
    code : a region code as text.

    Returns
    -------
    ``"bps"``, ``"kemendagri"`` or None when the code fits neither pattern.

    Example
    -------
    >>> [code_system(c) for c in ("7203", "72.06", "72", "72.06.05.1014", "x", "720")]
    ['bps', 'kemendagri', 'kemendagri', 'kemendagri', None, None]
    """
    c = str(code).strip()
    if _BPS.fullmatch(c):
        return "bps"
    if _KEMENDAGRI.fullmatch(c):
        return "kemendagri"
    return None


def bps_to_kemendagri(code: str) -> str | None:
    """Kemendagri code of a BPS regency or province code (None when unknown).

    Example
    -------
    >>> bps_to_kemendagri("7203"), bps_to_kemendagri("7206"), bps_to_kemendagri("7200")
    ('72.06', '72.04', '72')
    >>> bps_to_kemendagri("9400") is None  # Papua before the 2022 split
    True
    """
    return _tables()[0].get(str(code).strip())


def kemendagri_to_bps(code: str) -> str | None:
    """BPS code of a Kemendagri regency or province code (None when unknown).

    Example
    -------
    >>> kemendagri_to_bps("12.72"), kemendagri_to_bps("72.06"), kemendagri_to_bps("72")
    ('1273', '7203', '7200')
    """
    return _tables()[1].get(str(code).strip())


def other_code(code: str) -> str | None:
    """The same region's code in the other numbering system, or None when unknown.

    Called for every region code whenever a panel looks a region up, so it is one lookup
    in a dictionary built once.

    Example
    -------
    >>> other_code("7203"), other_code("72.06"), other_code("9999"), other_code("x")
    ('72.06', '7203', None, None)
    """
    table = _OTHER if _OTHER is not None else _load_other()
    hit = table.get(code)
    if hit is None and not (isinstance(code, str) and code == code.strip()):
        hit = table.get(str(code).strip())
    return hit


_OTHER: dict[str, str] | None = None


def _load_other() -> dict[str, str]:
    global _OTHER
    _OTHER = _tables()[2]
    return _OTHER


def region_name(code: str) -> str | None:
    """Kemendagri name of a province or regency given in either system (None if unknown).

    BPS rows without a Kemendagri code (Papua and Papua Barat before 2022, the national
    row) keep their BPS name.

    Example
    -------
    >>> region_name("7203"), region_name("72.04"), region_name("7200"), region_name("9999")
    ('KABUPATEN MOROWALI', 'KABUPATEN TOLI TOLI', 'SULAWESI TENGAH', 'Nasional')
    """
    c = str(code).strip()
    names = _tables()[3]
    return names.get(c) or names.get(bps_to_kemendagri(c) or "")


# the kinds of regency in the Kemendagri names, longest prefix first, with their catalogue
# key ("Kabupaten {name}" / "{name} Regency")
_KINDS = (("KABUPATEN ADMINISTRASI ", "region.kind.adm_regency"),
          ("KOTA ADMINISTRASI ", "region.kind.adm_city"),
          ("KABUPATEN ", "region.kind.regency"), ("KOTA ", "region.kind.city"))
_KEEP_UPPER = frozenset({"DKI"})
_LOWER = frozenset({"DAN"})


def place_title(name: str) -> str:
    """A place name of the reference lists (written in capitals) as people write it:
    each word capitalised, acronyms kept (``DKI``), ``dan`` in lower case.

    Example
    -------
    >>> place_title("PANGKAJENE DAN KEPULAUAN"), place_title("DKI JAKARTA")
    ('Pangkajene dan Kepulauan', 'DKI Jakarta')
    >>> place_title("TOJO UNA-UNA"), place_title("Bungku Tengah")
    ('Tojo Una-Una', 'Bungku Tengah')
    """
    def word(w: str) -> str:
        if w in _KEEP_UPPER:
            return w
        if w in _LOWER:
            return w.lower()
        if not w.isupper():
            return w  # already written by people
        return "-".join(part.capitalize() for part in w.split("-"))

    return " ".join(word(w) for w in name.split())


def region_label(code: str, lang: str | None = None) -> str:
    """A province or regency for people: its Kemendagri name and code, the kind of regency
    in the words of ``lang`` (default: the current language); the code alone when the
    reference lists do not know it.

    Parameters
    ----------
    code : a Kemendagri (``72.06``, ``72``) or BPS (``7203``) code.
    lang : ``"id"`` or ``"en"``.

    Returns
    -------
    ``"Kabupaten Morowali (72.06)"`` in Indonesian, ``"Morowali Regency (72.06)"`` in
    English; a province keeps its Indonesian name (``"Sulawesi Tengah (72)"``), a proper
    name in both languages. The code shown is the one given.

    Example
    -------
    >>> region_label("72.06", "id"), region_label("72.06", "en")
    ('Kabupaten Morowali (72.06)', 'Morowali Regency (72.06)')
    >>> region_label("72.71", "en"), region_label("72", "en"), region_label("7203", "id")
    ('Palu City (72.71)', 'Sulawesi Tengah (72)', 'Kabupaten Morowali (7203)')
    >>> region_label("31.01", "en"), region_label("99.99", "id")
    ('Kepulauan Seribu Administrative Regency (31.01)', '99.99')
    """
    from rancang.core.i18n import text

    c = str(code).strip()
    name = region_name(c)
    if not name:
        return c
    for prefix, key in _KINDS:
        if name.startswith(prefix):
            return f"{text(key, lang, name=place_title(name[len(prefix):]))} ({c})"
    return f"{place_title(name)} ({c})"
