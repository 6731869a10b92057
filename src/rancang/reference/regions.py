"""Region codes: Kemendagri (``72.06``) and BPS (``7203``), and the crosswalk between them.

The two systems number regencies differently (Morowali is BPS 7203 but Kemendagri 72.06;
BPS 7206 is Toli-Toli, Kemendagri 72.04). Codes are translated only through the crosswalk
in ``data/region_crosswalk.csv`` (built by ``scripts/build_reference.py`` from the shared
raw data; see ``data/SOURCES.md``), never by adding or removing a dot.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import polars as pl

_DATA = "data"


def _read(name: str) -> pl.DataFrame:
    path = resources.files("rancang.reference").joinpath(f"{_DATA}/{name}")
    with path.open("rb") as fh:
        return pl.read_csv(fh, infer_schema=False)


@lru_cache(maxsize=1)
def load_crosswalk() -> pl.DataFrame:
    """The BPS <-> Kemendagri crosswalk of all 514 regencies/cities.

    >>> load_crosswalk().height
    514
    """
    return _read("region_crosswalk.csv")


@lru_cache(maxsize=1)
def _maps() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    cw = load_crosswalk()
    to_kem = dict(zip(cw["bps_code"], cw["kemendagri_code"], strict=True))
    to_bps = {v: k for k, v in to_kem.items()}
    names = dict(zip(cw["kemendagri_code"], cw["kemendagri_name"], strict=True))
    prov = _read("provinces.csv")
    names.update(zip(prov["code"], prov["name"], strict=True))
    return to_kem, to_bps, names


def code_system(code: str) -> str | None:
    """``"bps"`` for 4-digit codes, ``"kemendagri"`` for dotted ones, None otherwise.

    >>> [code_system(c) for c in ("7203", "72.06", "72", "x")]
    ['bps', 'kemendagri', 'kemendagri', None]
    """
    c = str(code).strip()
    if re.fullmatch(r"\d{4}", c):
        return "bps"
    if re.fullmatch(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?", c):
        return "kemendagri"
    return None


def bps_to_kemendagri(code: str) -> str | None:
    """Kemendagri code of a BPS regency code (None when unknown).

    >>> bps_to_kemendagri("7203"), bps_to_kemendagri("7206")
    ('72.06', '72.04')
    """
    return _maps()[0].get(str(code).strip())


def kemendagri_to_bps(code: str) -> str | None:
    """BPS code of a Kemendagri regency code (None when unknown).

    >>> kemendagri_to_bps("12.72")
    '1273'
    """
    return _maps()[1].get(str(code).strip())


def other_code(code: str) -> str | None:
    """The same regency's code in the other numbering system, or None when unknown."""
    c = str(code).strip()
    to_kem, to_bps, _ = _maps()
    return to_kem.get(c) or to_bps.get(c)


def region_name(code: str) -> str | None:
    """Kemendagri name of a province or regency given in either system.

    >>> region_name("7203")
    'KABUPATEN MOROWALI'
    """
    c = str(code).strip()
    _, _, names = _maps()
    return names.get(c) or names.get(bps_to_kemendagri(c) or "")
