"""Sector sizes of a regency from its PDRB panel, aligned on the sectors of an IO table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from rancang.errors import InputError, Problem
from rancang.io_table import IOTable, Note
from rancang.panel import Panel
from rancang.reference.pdrb import category_from_title

NATIONAL_CODES = ("9999",)


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
        raise InputError(Problem(
            f"{len(missing)} IO sector(s) have no PDRB category ({shown}): give a mapping CSV "
            "with columns io_sector,pdrb_category (--mapping)", file=table.source or None))
    return tuple(cats)


def _reference(panel: Panel, idx: int, table: IOTable,
               code: str | None) -> tuple[np.ndarray, str]:
    if code is None:
        provincial = "provinsi" in table.title.lower()
        parent = panel.parent_codes[idx]
        if provincial and parent:
            code = parent
        elif not provincial and panel.references is not None:
            code = next((c for c in NATIONAL_CODES if panel.references.has_region(c)), None)
    return panel.reference_economy(code)


def regional_sizes(table: IOTable, panel: Panel, region: str, *,
                   reference: str | None = None, year: int | None = None,
                   mapping: Mapping[str, str] | None = None) -> RegionalSizes:
    """Sizes of the IO sectors in ``region`` and its reference economy, from PDRB.

    Notes
    -----
    Each IO sector takes its category's PDRB, split among the sectors of that category in
    proportion to their output in the table (``w_i = x_i / Σ_{i' ∈ k} x_i'``), so that the
    location quotient of every sector equals its category's SLQ and the totals are the
    region's and the reference's PDRB. The reference defaults to the regency's province row
    for a provincial table and to the national row (9999) for a national table.
    """
    cats = sector_categories(table, mapping)
    idx = panel.region_index(region)
    notes: list[Note] = []
    if year is None:
        year = table.year if table.year in panel.years else panel.years[-1]
        if table.year is not None and table.year != year:
            notes.append(Note(f"PDRB tahun {year} dipakai (tabel untuk tahun {table.year})",
                              f"PDRB of {year} used (the table is for {table.year})"))
    t = panel.year_index(year)
    ref, ref_label = _reference(panel, idx, table, reference)
    unknown = sorted({c for c in cats if c not in panel.industry_codes})
    if unknown:
        raise InputError(Problem(f"PDRB panel has no category {', '.join(unknown)}"))
    k = np.array([panel.industry_codes.index(c) for c in cats])
    x = np.asarray(table.x, dtype=np.float64)
    cat_output = np.bincount(k, weights=x, minlength=len(panel.industry_codes))
    with np.errstate(divide="ignore", invalid="ignore"):
        w = np.nan_to_num(x / cat_output[k])
    if "provinsi" in table.title.lower() and ref_label.split(" ", 1)[-1].lower() not in \
            table.title.lower():
        notes.append(Note(f"tabel '{table.title[:80]}', ekonomi acuan {ref_label}",
                          f"the table is '{table.title[:80]}', the reference economy is "
                          f"{ref_label}"))
    return RegionalSizes(
        regional=panel.values[idx, k, t] * w, national=ref[k, t] * w, categories=cats,
        region_code=panel.region_codes[idx], region_name=panel.region_names[idx],
        reference_label=ref_label, year=year, notes=tuple(notes),
    )
