"""Which industry classification a list of codes is, and the names the reference lists give.

A tidy table may carry any classification: the 17 PDRB categories, KBLI 2020 sections
(``A``-``U``, with ``M`` and ``N`` apart), KBLI 2-5 digit codes, ISIC, BPS's 52 sectors or
plain labels. PDRB categories are recognised only when the codes are PDRB's: a code that
exists only in the PDRB list (``M_N``, ``R_S_T_U``), or every code among the 17. Any other
list is analysed as given, with names from KBLI 2020 where the codes match.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from rancang.reference.pdrb import CATEGORY_CODES, category_title

__all__ = ["CLASSIFICATIONS", "classify", "industry_names", "kbli_sections"]

#: The classifications :func:`classify` tells apart.
CLASSIFICATIONS = ("pdrb17", "kbli2020_section", "kbli2020", "other")
_PDRB_ONLY = frozenset(c for c in CATEGORY_CODES if "_" in c)


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
    """Indonesian names of the codes the reference lists know (PDRB titles, KBLI sections,
    KBLI 2020 section C divisions and groups); codes they do not know are left out.

    Example
    -------
    >>> industry_names(["M", "N"], "kbli2020_section")["M"]
    'Aktivitas Profesional, Ilmiah dan Teknis'
    >>> industry_names(["10", "99"], "kbli2020")
    {'10': 'INDUSTRI MAKANAN'}
    """
    if classification == "pdrb17":
        return {c: category_title(c) for c in codes if c in CATEGORY_CODES}
    if classification == "kbli2020_section":
        sections = kbli_sections()
        return {c: sections[c][0] for c in codes if c in sections}
    if classification == "kbli2020":
        from rancang.reference.kbli import manufacturing_groups

        groups = manufacturing_groups()
        return {c: groups[c] for c in codes if c in groups}
    return {}
