"""Sector sizes of a regency from its PDRB panel, aligned on the sectors of an IO table."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.io_table import IOTable, Note
from rancang.panel import Panel
from rancang.reference.pdrb import category_from_title

NATIONAL_CODES = ("9999",)


def note(message: Msg) -> Note:
    """A :class:`~rancang.io_table.Note` holding a catalogue message in both languages.

    >>> note(Msg("inputoutput.note.no_imports")).en
    'the table carries no import rows (2000/2001): import dependence not computed'
    """
    return Note(message.render("id"), message.render("en"))


@dataclass(frozen=True)
class RegionalSizes:
    """PDRB-based sizes of the IO sectors in the region and in the reference economy."""

    regional: np.ndarray
    national: np.ndarray
    categories: tuple[str, ...]
    region_code: str
    region_name: str
    reference_label: str
    year: int
    notes: tuple[Note, ...]

    @property
    def output_ratio(self) -> np.ndarray:
        """``PDRB^r_k / PDRB^n_k`` of each sector's category: scales national output."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.nan_to_num(self.regional / self.national)


def sector_categories(table: IOTable, mapping: Mapping[str, str] | None) -> tuple[str, ...]:
    """PDRB category of every IO sector: from ``mapping``, else from the code or name.

    The 17-sector table's codes (A .. MN .. RSTU) are PDRB letters. 52/185-sector tables
    need a mapping CSV; without one this raises an :class:`InputError` naming the sectors.
    """
    cats: list[str] = []
    missing: list[str] = []
    for code, name in zip(table.sector_codes, table.sector_names, strict=True):
        cat = (mapping or {}).get(code)
        if cat is None and mapping is None:
            cat = category_from_title(code) or category_from_title(name)
        if cat is None:
            missing.append(code)
        cats.append(cat or "")
    if missing:
        shown = ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise InputError(Problem(Msg("inputoutput.no_category", n=len(missing), sectors=shown),
                                 file=table.source or None))
    return tuple(cats)


def table_province(table: IOTable) -> tuple[str, str] | None:
    """BPS code (``xx00``) and name of the province an IO table is for, from title or file.

    The province names of the BPS crosswalk (``Provinsi Sulawesi Selatan`` ...) are looked
    up in the table's title and file name; the longest match wins, so that "Papua Barat" is
    not read as "Papua". None when no province name is found.

    Example
    -------
    >>> from rancang.io_table import IOTable
    >>> t = IOTable(z=np.eye(2) * 0.1, x=np.ones(2), sector_codes=("A", "B"),
    ...             sector_names=("a", "b"), final_demand=np.ones((2, 1)),
    ...             final_demand_codes=("3011",), final_demand_names=("rt",),
    ...             value_added=np.ones(2), title="Tabel Input-Output Provinsi Papua Barat")
    >>> table_province(t)
    ('9100', 'Papua Barat')
    """
    from rancang.reference.regions import load_province_crosswalk

    text = " ".join(f"{table.title} {table.source}".lower().split())
    best: tuple[str, str] | None = None
    pc = load_province_crosswalk()
    for code, full in zip(pc["bps_code"], pc["bps_name"], strict=True):
        name = re.sub(r"^provinsi\s+", "", full.strip(), flags=re.I)
        if code == NATIONAL_CODES[0] or not name:
            continue
        if re.search(rf"\b{re.escape(name.lower())}\b", text) and (
                best is None or len(name) > len(best[1])):
            best = (code, name)
    return best


def _province_of(panel: Panel, idx: int) -> str | None:
    """BPS province code (``xx00``) of a region: from its parent row, else from its code."""
    from rancang.reference.regions import kemendagri_to_bps

    for code in (panel.parent_codes[idx], panel.region_codes[idx]):
        if not code:
            continue
        code = str(code).strip()
        bps = code if re.fullmatch(r"\d{4}", code) else kemendagri_to_bps(code)
        if bps and re.fullmatch(r"\d{4}", bps) and bps != NATIONAL_CODES[0]:
            return bps[:2] + "00"
    return None


def _has_row(panel: Panel, code: str) -> bool:
    return (panel.references is not None and panel.references.has_region(code)) or \
        panel.has_region(code)


def _reference(panel: Panel, idx: int, table: IOTable,
               code: str | None) -> tuple[np.ndarray, str]:
    """The reference economy: ``code`` if given, else the table's province or the nation.

    Without an explicit ``code`` the reference must be the economy the table describes: the
    province of a provincial table (which must be the region's province) or the national
    row (9999) for a national table. Anything else is an :class:`InputError`; the sum of
    the regions in the input is never used silently.
    """
    if code is not None:
        return panel.reference_economy(code)
    region = f"{panel.region_codes[idx]} {panel.region_names[idx]}".strip()
    title: str | Msg = (table.title or table.source)[:80] or Msg("inputoutput.an_io_table")
    if "provinsi" in f"{table.title} {table.source}".lower():
        prov = table_province(table)
        if prov is None:
            raise InputError(Problem(Msg("inputoutput.province_unknown", title=title),
                                     file=table.source or None))
        prov_code, prov_name = prov
        own = _province_of(panel, idx)
        if own is not None and own != prov_code:
            raise InputError(Problem(
                Msg("inputoutput.other_province", province=f"{prov_code} {prov_name}",
                    region=region, own=own), file=table.source or None))
        if not _has_row(panel, prov_code):
            raise InputError(Problem(
                Msg("inputoutput.no_province_row", province=f"{prov_code} {prov_name}"),
                file=table.source or None))
        return panel.reference_economy(prov_code)
    national = next((c for c in NATIONAL_CODES if _has_row(panel, c)), None)
    if national is None:
        raise InputError(Problem(Msg("inputoutput.no_national_row", title=title),
                                 file=table.source or None))
    return panel.reference_economy(national)


def regional_sizes(table: IOTable, panel: Panel, region: str, *,
                   reference: str | None = None, year: int | None = None,
                   mapping: Mapping[str, str] | None = None) -> RegionalSizes:
    """Sizes of the IO sectors in ``region`` and its reference economy, from PDRB.

    Notes
    -----
    Each IO sector takes its category's PDRB, split among the sectors of that category in
    proportion to their output in the table (``w_i = x_i / Σ_{i' ∈ k} x_i'``), so that the
    location quotient of every sector equals its category's SLQ and the totals are the
    region's and the reference's PDRB. Without ``reference`` the reference is the economy
    the table describes: the province row of a provincial table (the table's province,
    named in its title or file, must be the region's province) or the national row (9999)
    of a national table; a mismatch or a missing row is an :class:`InputError`.
    """
    cats = sector_categories(table, mapping)
    idx = panel.region_index(region)
    notes: list[Note] = []
    if year is None:
        year = table.year if table.year in panel.years else panel.years[-1]
        if table.year is not None and table.year != year:
            notes.append(note(Msg("inputoutput.note.pdrb_year", year=year,
                                  table_year=table.year)))
    t = panel.year_index(year)
    ref, ref_label = _reference(panel, idx, table, reference)
    unknown = sorted({c for c in cats if c not in panel.industry_codes})
    if unknown:
        raise InputError(Problem(Msg("inputoutput.panel_lacks_category",
                                     categories=", ".join(unknown))))
    k = np.array([panel.industry_codes.index(c) for c in cats])
    x = np.asarray(table.x, dtype=np.float64)
    cat_output = np.bincount(k, weights=x, minlength=len(panel.industry_codes))
    with np.errstate(divide="ignore", invalid="ignore"):
        w = np.nan_to_num(x / cat_output[k])
    ref_name = ref_label.split(" ", 1)[-1].lower()
    if reference is not None and ref_name not in table.title.lower():
        notes.append(note(Msg("inputoutput.note.reference", title=table.title[:80],
                              reference=ref_label)))
    return RegionalSizes(
        regional=panel.values[idx, k, t] * w, national=ref[k, t] * w, categories=cats,
        region_code=panel.region_codes[idx], region_name=panel.region_names[idx],
        reference_label=ref_label, year=year, notes=tuple(notes),
    )
