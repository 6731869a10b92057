"""The cover page of the plan document, as Indonesian regional plans open: the title
("RENCANA PEMBANGUNAN INDUSTRI"), the region ("KABUPATEN MOROWALI", "PROVINSI SULAWESI
TENGAH"), the period ("TAHUN 2025-2045"), the status (a draft: "RANCANGAN" with the
version and its date; an adopted plan: its Perda), the issuing government and the year.

Everything comes from the plan's snapshot (:mod:`versions`); the DOCX and PDF writers of
:mod:`export` lay the lines out and break the page before the table of contents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from rancang.core.i18n import format_when, text

#: the kinds of region a name may start with, longest first, and their catalogue key
_KINDS = (("kabupaten administrasi ", "region.kind.adm_regency"),
          ("kota administrasi ", "region.kind.adm_city"),
          ("kabupaten ", "region.kind.regency"), ("kota ", "region.kind.city"),
          ("provinsi ", "plan.cover.province"))
_TAIL = re.compile(r"\s*(\([^()]*\))\s*$")


@dataclass(frozen=True)
class CoverLine:
    """One centred line of the cover: its text, size in points, bold or not, and the
    space before it (in points)."""

    text: str
    size: int = 12
    bold: bool = False
    space_before: int = 0


def _kind_of(name: str) -> tuple[str, str] | None:
    """(catalogue key, the name without its kind) when ``name`` starts with a kind."""
    low = name.lower()
    for prefix, key in _KINDS:
        if low.startswith(prefix):
            return key, name[len(prefix):].strip()
    return None


def cover_region(plan: dict[str, Any], lang: str) -> str:
    """The region as the cover names it, in capitals: the plan's name (the team's, else
    the data's), else the reference lists' name of its code, with its kind.

    >>> p = {"region_code": "72.06", "region_name": "Morowali", "level": "rpik"}
    >>> cover_region(p, "id"), cover_region(p, "en")
    ('KABUPATEN MOROWALI', 'MOROWALI REGENCY')
    >>> cover_region({"region_code": "72", "region_name": "", "level": "rpip"}, "id")
    'PROVINSI SULAWESI TENGAH'
    >>> cover_region({"region_code": "9903", "level": "rpik",
    ...               "region_name": "Kabupaten Tanjung Nikel (sintetis)"}, "en")
    'TANJUNG NIKEL REGENCY (SINTETIS)'
    >>> cover_region({"region_code": "99.99", "region_name": "Contoh", "level": "rpik"},
    ...              "id")
    'KABUPATEN/KOTA CONTOH'
    """
    from rancang.features.plan.service import reference_name
    from rancang.reference.regions import region_name

    code = str(plan["region_code"])
    name = (plan.get("region_name") or "").strip() or reference_name(code) or code
    found = _TAIL.search(name)
    tail = f" {found.group(1)}" if found else ""
    name = name[: found.start()] if found else name
    kind = _kind_of(name)
    if kind is None and plan.get("level") == "rpip":
        kind = ("plan.cover.province", name)
    if kind is None:  # the kind of regency from the reference lists, when they know it
        listed = _kind_of(region_name(code) or "")
        kind = ((listed[0], name) if listed and listed[0] != "plan.cover.province"
                else ("plan.cover.regency_or_city", name))
    return (text(kind[0], lang, name=kind[1]) + tail).upper()


def _when(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            return None
    return None


def cover_lines(snap: dict[str, Any], lang: str, *, today: date | None = None) -> list[
        CoverLine]:
    """The cover of the document ``snap`` in ``lang``.

    A plan not yet adopted is a *rancangan* (draft): the working draft is dated the day
    it is printed (``today``), a frozen version the day it was frozen (``frozen_at``, set
    by :func:`~rancang.features.plan.versions.snapshot`). An adopted plan names its Perda
    and is dated by it. The year at the foot is the same date's.
    """
    from rancang.core.db.base import utcnow

    p = snap["plan"]
    region = cover_region(p, lang)
    label = snap.get("label", "current")
    lines = [CoverLine(text("plan.cover.title", lang), 20, True, 120),
             CoverLine(region, 20, True, 6),
             CoverLine(text("plan.cover.period", lang, start=p["start_year"],
                            end=p["end_year"]), 16, True, 6)]
    perda = _when(p.get("perda_date"))
    if p.get("status") == "adopted" and p.get("perda_number"):
        when = perda
        lines.append(CoverLine(text("plan.cover.adopted", lang, number=p["perda_number"],
                                    date=format_when(perda, lang)), 12, False, 60))
        if label != "current":
            lines.append(CoverLine(text("plan.cover.version", lang, version=label), 11))
    else:
        when = (_when(snap.get("frozen_at")) if label != "current"
                else today or utcnow().date())
        version = (text("plan.version.current", lang) if label == "current"
                   else text("plan.cover.version", lang, version=label))
        status = p.get("status", "draft")
        # the status beside the version once the draft has moved on (in consultation...)
        shown = "" if status == "draft" else f" ({text(f'plan.status.{status}', lang)})"
        dated = f", {format_when(when, lang)}" if when else ""
        lines += [CoverLine(text("plan.cover.draft", lang), 16, True, 60),
                  CoverLine(f"{version[:1].upper()}{version[1:]}{shown}{dated}", 11)]
    lines.append(CoverLine(text("plan.cover.office", lang, region=region), 14, True, 150))
    if when is not None:
        lines.append(CoverLine(str(when.year), 14, True, 6))
    return lines
