"""Which industry classification a list of codes is, and the names the reference lists give.

A tidy table may carry any classification: the 17 PDRB categories, KBLI 2020 sections
(``A``-``U``, with ``M`` and ``N`` apart), KBLI 2-5 digit codes, ISIC, BPS's 52 sectors or
plain labels. PDRB categories are recognised only when the codes are PDRB's: a code that
exists only in the PDRB list (``M_N``, ``R_S_T_U``), or every code among the 17. Any other
list is analysed as given, with names from the reference lists where the codes match
(:func:`named_codes`): KBLI 2020 (all levels, Indonesian), ISIC Rev. 4 (English; sections
and divisions have the same codes as KBLI's), and BPS's manufacturing subcategories of PDRB
(``C1``-``C16``, also written ``C.1``, ``C.01``). Codes no list knows stay as given.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from rancang.reference.pdrb import CATEGORY_CODES, category_title

__all__ = ["CLASSIFICATIONS", "NAME_LISTS", "classify", "industry_names", "isic_titles",
           "kbli_sections", "kbli_titles", "named_codes"]

#: The classifications :func:`classify` tells apart.
CLASSIFICATIONS = ("pdrb17", "kbli2020_section", "kbli2020", "other")
_PDRB_ONLY = frozenset(c for c in CATEGORY_CODES if "_" in c)
#: The reference lists :func:`named_codes` takes names from (catalogue ``sources.list.*``).
NAME_LISTS = ("pdrb17", "kbli2020_section", "kbli2020", "isic4", "pdrb_manufacturing")
_SUBCATEGORY = re.compile(r"^C\s*([.\-_ ]?)\s*0?(\d{1,2})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def kbli_sections() -> dict[str, tuple[str, str]]:
    """The 21 KBLI 2020 sections: code -> (Indonesian title, English title).

    Example
    -------
    >>> s = kbli_sections()
    >>> len(s), s["M"][1]
    (21, 'Professional, scientific and technical activities')
    """
    data = resources.files("rancang.reference").joinpath("data/kbli2020_sections.csv")
    with data.open(encoding="utf-8") as fh:
        return {r["code"]: (r["title_id"], r["title_en"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def kbli_titles() -> dict[str, str]:
    """Every KBLI 2020 entry (sections, 2-5 digit codes): code -> Indonesian title.

    Example
    -------
    >>> k = kbli_titles()
    >>> len(k), k["10"], k["47"][:31]
    (2704, 'INDUSTRI MAKANAN', 'PERDAGANGAN ECERAN, BUKAN MOBIL')
    """
    data = resources.files("rancang.reference").joinpath("data/kbli2020.csv")
    with data.open(encoding="utf-8") as fh:
        return {r["code"]: r["title"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def isic_titles() -> dict[str, tuple[str, str]]:
    """ISIC Rev. 4 (United Nations, 2008): code -> (level, English title) for the 21
    sections, 88 divisions, 238 groups and 419 classes (``reference/data/isic4.csv``,
    derived by ``scripts/build_isic.py``).

    Example
    -------
    >>> i = isic_titles()
    >>> len(i), i["C"][1], i["0111"][0]
    (766, 'Manufacturing', 'class')
    >>> i["0111"][1]
    'Growing of cereals (except rice), leguminous crops and oil seeds'
    """
    data = resources.files("rancang.reference").joinpath("data/isic4.csv")
    with data.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["code"]: (r["level"], r["title_en"]) for r in rows}


def _subcategories(codes: Sequence[str]) -> dict[str, str]:
    """BPS manufacturing subcategory codes -> ``C1``..``C16``, when the codes are those:
    every ``C``-number code between 1 and 16, and one of them below 10 or written with a
    separator (``C.1``); ``C10``-``C16`` alone could be section C with a KBLI division."""
    found = {c: _SUBCATEGORY.match(c.strip()) for c in codes if c}
    hits = {c: m for c, m in found.items() if m is not None}
    if not hits or any(not 1 <= int(m.group(2)) <= 16 for m in hits.values()):
        return {}
    if not any(m.group(1) or int(m.group(2)) < 10 for m in hits.values()):
        return {}
    return {c: f"C{int(m.group(2))}" for c, m in hits.items()}


def named_codes(codes: Sequence[str], classification: str,
                ) -> dict[str, tuple[str, str]]:
    """Names of the codes the reference lists know, and which list named each: code ->
    (name, list), the list one of :data:`NAME_LISTS`. Codes no list knows are left out.

    The classification (:func:`classify`) decides, as it does for the analysis: PDRB
    categories get PDRB titles; single letters that are not PDRB's get KBLI 2020 section
    titles (the sections of ISIC Rev. 4); digit codes get KBLI 2020 titles, unless every
    code is an ISIC Rev. 4 code and some are not KBLI's (an ISIC table: ISIC titles for
    all), and codes KBLI lacks get ISIC's where it has them; BPS manufacturing subcategory
    codes (``C.1``) get BPS's titles, and the PDRB categories beside them (``E``, ``M_N``)
    PDRB's: a table of BPS's 52 subcategories is named where our lists reach.

    Example
    -------
    >>> named_codes(["M", "N"], "kbli2020_section")["M"]
    ('Aktivitas Profesional, Ilmiah dan Teknis', 'kbli2020_section')
    >>> named_codes(["1010", "1410", "99"], "kbli2020")["1410"]
    ('Manufacture of wearing apparel, except fur apparel', 'isic4')
    >>> named_codes(["10", "1011"], "kbli2020")["1011"][1]
    'kbli2020'
    >>> named_codes(["C.1", "C.2", "A"], "other")["C.2"]
    ('Industri Makanan dan Minuman', 'pdrb_manufacturing')
    >>> named_codes(["C.1", "G.1", "E"], "other")["E"][1], "G.1" in named_codes(["C.1"], "other")
    ('pdrb17', False)
    """
    from rancang.reference.manufacturing import subcategory_title

    subs = {c: (subcategory_title(s), "pdrb_manufacturing")
            for c, s in _subcategories(codes).items()}
    if classification == "pdrb17" or (classification == "other" and subs):
        # a PDRB table, or BPS's subcategories among categories (C.1 ... beside E, F, M_N)
        return {c: (category_title(c), "pdrb17") for c in codes if c in CATEGORY_CODES} | subs
    if classification == "kbli2020_section":
        sections = kbli_sections()
        return {c: (sections[c][0], "kbli2020_section") for c in codes if c in sections}
    if classification == "kbli2020":
        kbli, isic = kbli_titles(), isic_titles()
        present = {c for c in codes if c}
        isic_table = present <= set(isic) and not present <= set(kbli)
        out: dict[str, tuple[str, str]] = {}
        for c in present:
            if c in kbli and not isic_table:
                out[c] = (kbli[c], "kbli2020")
            elif c in isic:
                out[c] = (isic[c][1], "isic4")
        return out
    return subs


def classify(codes: Sequence[str]) -> str:
    """The classification of a list of industry codes.

    Returns
    -------
    ``pdrb17`` (every code a PDRB category, or one of the PDRB-only codes ``M_N``,
    ``R_S_T_U`` present), ``kbli2020_section`` (single letters A-U), ``kbli2020`` (2-5
    digit codes) or ``other`` (anything else: ISIC, BPS sectors, labels).

    Example
    -------
    >>> classify(["A", "C", "M_N"]), classify(list("ABCDEFGHIJKLMNOPQRSTU"))
    ('pdrb17', 'kbli2020_section')
    >>> classify(["10", "1079", "46100"]), classify(["A", "C", "G"]), classify(["x1", "y"])
    ('kbli2020', 'pdrb17', 'other')
    """
    found = {c for c in codes if c}
    if not found:
        return "other"
    if found & _PDRB_ONLY or found <= set(CATEGORY_CODES):
        return "pdrb17"
    if found <= set(kbli_sections()):
        return "kbli2020_section"
    if all(re.fullmatch(r"\d{2,5}", c) for c in found):
        return "kbli2020"
    return "other"


def industry_names(codes: Sequence[str], classification: str) -> dict[str, str]:
    """The names of :func:`named_codes`, without the list.

    Example
    -------
    >>> industry_names(["M", "N"], "kbli2020_section")["M"]
    'Aktivitas Profesional, Ilmiah dan Teknis'
    >>> industry_names(["10", "9999"], "kbli2020")
    {'10': 'INDUSTRI MAKANAN'}
    """
    return {c: name for c, (name, _) in named_codes(codes, classification).items()}
