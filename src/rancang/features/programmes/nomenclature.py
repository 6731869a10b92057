"""The Kemendagri nomenclature of regional programmes: code form, level digit and the
reference list of industry affairs (urusan 3.31 Perindustrian) shipped as data.

A regional code reads ``U.BB.PP.L.AA.SSSS``: urusan ``U`` and bidang ``BB`` (``3.31``
Perindustrian), programme ``PP``, the level digit ``L`` (``1`` a province's activity, ``2``
a regency's or city's), activity ``AA`` and sub-activity ``SSSS`` (Permendagri 90/2019 and
Kepmendagri 050-5889/2021 as updated; see ``data/nomenklatur_3_31.csv`` for what was
found and how sure we are, and ``scripts/nomenclature_3_31.py`` for how). A programme
code (``3.31.02``) has no level digit. Central programmes (Kemenperin, Kemendag) use the
ministries' own budget codes, which are not checked here.

Which level may run what follows UU 23/2014 Lampiran I huruf I (Perindustrian): the
province plans its RPIP and licenses large industry and estates spanning several regencies;
the regency plans its RPIK and licenses small and medium industry.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rancang.core.i18n import Msg

LEVELS = ("pusat", "provinsi", "kabupaten")
#: level digit of a regional code -> the level that runs the activity
LEVEL_DIGITS = {"1": "provinsi", "2": "kabupaten"}
#: how people write the levels -> the stored level
LEVEL_WORDS = {
    "pusat": "pusat", "central": "pusat", "nasional": "pusat", "kementerian": "pusat",
    "provinsi": "provinsi", "province": "provinsi", "prov": "provinsi",
    "kabupaten": "kabupaten", "kota": "kabupaten", "kabupaten/kota": "kabupaten",
    "kab/kota": "kabupaten", "kab": "kabupaten", "regency": "kabupaten", "city": "kabupaten",
    "regency/city": "kabupaten",
}
_CODE = re.compile(r"^(\d)\.(\d{2})(?:\.(\d{2})(?:\.(\d)\.(\d{2})(?:\.(\d{4}))?)?)?$")
#: words that mark a nomenclature reserved to the province (UU 23/2014 Lampiran I.I):
#: large-industry licences, estates across regencies, the provincial plan, and the
#: province's own activities as the nomenclature names them ("... Kewenangan Provinsi")
PROVINCE_PHRASES = ("industri besar", "iui besar", "lintas daerah kabupaten",
                    "rencana pembangunan industri provinsi", "kewenangan provinsi")


@dataclass(frozen=True)
class Code:
    """A parsed regional nomenclature code."""

    urusan: str
    bidang: str
    programme: str | None = None
    level_digit: str | None = None
    activity: str | None = None
    sub: str | None = None

    @property
    def kind(self) -> str:
        """``bidang``, ``program``, ``kegiatan`` or ``subkegiatan``."""
        if self.sub:
            return "subkegiatan"
        if self.activity:
            return "kegiatan"
        return "program" if self.programme else "bidang"

    @property
    def level(self) -> str | None:
        """The level the level digit names (None for a programme code)."""
        return LEVEL_DIGITS.get(self.level_digit or "")

    @property
    def programme_code(self) -> str | None:
        """``3.31.02`` for ``3.31.02.2.01.0002``."""
        return f"{self.urusan}.{self.bidang}.{self.programme}" if self.programme else None

    def activity_code(self, digit: str | None = None) -> str | None:
        """``3.31.02.2.01`` (with another level digit when given)."""
        if not self.activity:
            return None
        return f"{self.programme_code}.{digit or self.level_digit}.{self.activity}"


def parse_code(code: str) -> Code | None:
    """The parts of a regional code, or None when it is not of the form.

    >>> c = parse_code("3.31.02.2.01.0002")
    >>> c.kind, c.level, c.programme_code, c.activity_code("1")
    ('subkegiatan', 'kabupaten', '3.31.02', '3.31.02.1.01')
    >>> parse_code("3.31.02").kind, parse_code("3.31.2.201"), parse_code("3.31.02.3.01")
    ('program', None, None)
    """
    m = _CODE.match(code.strip())
    if m is None:
        return None
    parsed = Code(*m.groups())
    if parsed.level_digit is not None and parsed.level_digit not in LEVEL_DIGITS:
        return None
    return parsed


def level_of(value: str) -> str | None:
    """The stored level for what a sheet says (``Kabupaten/Kota`` -> ``kabupaten``).

    >>> level_of("Kabupaten/Kota"), level_of("Province"), level_of("desa")
    ('kabupaten', 'provinsi', None)
    """
    return LEVEL_WORDS.get(" ".join(value.strip().lower().split()))


def code_problem(code: str, level: str) -> Msg | None:
    """Why ``code`` cannot be a programme code at ``level``, or None.

    A regional level needs the Kemendagri form down to at least the programme, and a level
    digit that names the same level; a central programme keeps its ministry's code.

    >>> code_problem("3.31.02.2.01.0002", "kabupaten") is None
    True
    >>> code_problem("3.31.02.1.01", "kabupaten").key, code_problem("3.31.2.201", "provinsi").key
    ('programmes.code.level', 'programmes.code.form')
    >>> code_problem("019.05.WA", "pusat") is None
    True
    """
    if level == "pusat":
        return None
    parsed = parse_code(code)
    if parsed is None or parsed.programme is None:
        return Msg("programmes.code.form", code=code)
    if parsed.level is not None and parsed.level != level:
        return Msg("programmes.code.level", code=code, digit=parsed.level_digit,
                   code_level=Msg(f"programmes.level.{parsed.level}"),
                   level=Msg(f"programmes.level.{level}"))
    return None


_NOT_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """A nomenclature for comparison: lower case, no accents, punctuation or extra spaces
    (cached: programme lists repeat their names across regions and years).

    >>> normalise("  Penyusunan  RPIK, Kab./Kota "), normalise("Pengembangan Désa")
    ('penyusunan rpik kab kota', 'pengembangan desa')
    """
    if name.isascii():
        plain = name.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(_NOT_WORD.sub(" ", plain).split())


@dataclass(frozen=True)
class Entry:
    """A row of the reference nomenclature: its confidence (``tinggi``, ``sedang``,
    ``rendah``), the public datasets behind it (letters of
    ``scripts/nomenclature_3_31.py``) and a note (an earlier wording...)."""

    code: str
    kind: str
    level: str
    name: str
    confidence: str
    sources: str = ""
    note: str = ""


@lru_cache(maxsize=1)
def reference() -> tuple[Entry, ...]:
    """The shipped reference of urusan 3.31 (``data/nomenklatur_3_31.csv``).

    >>> [e.code for e in reference() if e.kind == "program"][:3]
    ['3.31.01', '3.31.02', '3.31.03']
    """
    raw = (resources.files("rancang.features.programmes") / "data" / "nomenklatur_3_31.csv"
           ).read_text(encoding="utf-8")
    lines = [ln for ln in raw.splitlines() if not ln.startswith("#")]
    return tuple(Entry(r["kode"], r["jenis"], r["tingkat"], r["nomenklatur"], r["keyakinan"],
                       r.get("sumber") or "", r.get("catatan") or "")
                 for r in csv.DictReader(io.StringIO("\n".join(lines))))


@lru_cache(maxsize=1)
def _province_only() -> tuple[frozenset[str], frozenset[str]]:
    """(activity codes of the reference listed for the province only, their names)."""
    codes = {e.code for e in reference()}
    only = {e for e in reference() if e.kind == "kegiatan" and e.level == "provinsi"
            and (parse_code(e.code) or Code("", "")).activity_code("2") not in codes}
    return frozenset(e.code for e in only), frozenset(normalise(e.name) for e in only)


@lru_cache(maxsize=65536)
def reserved_to_province(code: str, name: str) -> bool:
    """True when a regency's programme uses what only the province runs: an activity of the
    reference listed for provinces only (the same numbers with the province's digit), or a
    name with the words of :data:`PROVINCE_PHRASES`.

    >>> reserved_to_province("3.31.03.2.01", "Penerbitan IUI Besar bagi Industri Besar")
    True
    >>> reserved_to_province("3.31.02.2.01.0001", "Penyusunan RPIK")
    False
    >>> reserved_to_province("3.31.03.2.01", "Penerbitan IUI, IPUI, IUKI dan IPKI "
    ...                      "Kewenangan Provinsi")
    True
    """
    codes, names = _province_only()
    parsed = parse_code(code)
    if parsed is not None and parsed.activity and parsed.activity_code("1") in codes:
        return True
    plain = normalise(name)
    return plain in names or any(p in plain for p in PROVINCE_PHRASES)
