"""Combine panels read from several files (one file per year) into one multi-year panel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.panel import Panel
from rancang.reference.regions import other_code
from rancang.sources._cells import Joined


def _source(p: Panel) -> str | None:
    return p.sources[0] if p.sources else None


def _first_file(p: Panel) -> str | Msg:
    """The file a panel came from, or the words "the first file"."""
    return _source(p) or Msg("sources.combine.first_file")


def _listing(items: list[str], shown: int = 10) -> Joined:
    """The first ``shown`` items, then "and N more"."""
    head = ", ".join(items[:shown])
    if len(items) <= shown:
        return Joined([head])
    return Joined([head, Msg("error.more", n=len(items) - shown)], " ")


def _align_regions(base: Panel, other: Panel, label: Msg) -> np.ndarray:
    """Rows of ``other`` in the region order of ``base``.

    A region may be coded in the other numbering system in ``other`` (BPS ``7203`` in one
    file, Kemendagri ``72.06`` in the next); it is found through the crosswalk. The error
    names the file and every missing or extra region.
    """
    pos: dict[str, int] = {}
    for k, c in enumerate(other.region_codes):
        pos.setdefault(c, k)
        alt = other_code(c)
        if alt is not None:
            pos.setdefault(alt, k)
    rows = [pos.get(c) for c in base.region_codes]
    used = {r for r in rows if r is not None}
    missing = [f"{c} {n}" for c, n, r in zip(base.region_codes, base.region_names, rows,
                                             strict=True) if r is None]
    extra = [f"{c} {n}" for k, (c, n) in enumerate(zip(other.region_codes, other.region_names,
                                                      strict=True)) if k not in used]
    if missing or extra:
        parts = []
        if missing:
            parts.append(Msg("sources.combine.lacks", what=label, items=_listing(missing),
                             base=_first_file(base)))
        if extra:
            parts.append(Msg("sources.combine.extra", what=label, items=_listing(extra),
                             base=_first_file(base)))
        raise InputError(Problem(Joined(parts, "; "), file=_source(other)))
    return other.values[[r for r in rows if r is not None]]  # none is None here


def require_consecutive_years(panel: Panel) -> Panel:
    """Refuse a panel whose years have a gap (e.g. the 2017 file left out of the folder).

    Dynamic LQ, dynamic shift-share and CAGR step from year ``t`` to ``t + 1``; a gap would
    silently count 2016 -> 2018 as one step.

    Raises
    ------
    InputError
        Naming the missing year(s), the years found and the files read.

    Example
    -------
    >>> p = Panel(values=[[[1.0, 2.0]]], region_codes=("7203",), industry_codes=("C",),
    ...           years=(2016, 2018), sources=("a.xlsx", "b.xlsx"))
    >>> try:
    ...     require_consecutive_years(p)
    ... except InputError as e:
    ...     print(e.message("en")[:40])
    ...     print(e.message("id")[:47])
    year 2017 is missing: the input has 2016
    tahun 2017 tidak ada: masukan berisi tahun 2016
    """
    years = panel.years
    missing = sorted(set(range(years[0], years[-1] + 1)) - set(years)) if years else []
    if missing:
        files: str | Msg = Msg("sources.combine.files", files=", ".join(panel.sources)) \
            if panel.sources else ""
        raise InputError(Problem(Msg(
            "sources.combine.years_missing" if len(missing) > 1
            else "sources.combine.year_missing",
            missing=", ".join(map(str, missing)), found=", ".join(map(str, years)),
            files=files)))
    return panel


def combine_years(panels: Sequence[Panel]) -> Panel:
    """Stack panels that cover different years of the same regions and industries.

    Parameters
    ----------
    panels : sequence of Panel
        One per file, e.g. the BPS export of each year; same regions (either code system),
        same industries, same measure, no year in two panels.

    Returns
    -------
    Panel
        Years in increasing order; regions in the order of the earliest panel; references
        combined the same way when every panel has them.

    Raises
    ------
    InputError
        Naming the file: a year given twice, regions or reference rows that differ,
        industries or measure that differ. Years may have gaps (census years); the readers
        refuse them unless asked not to (:func:`require_consecutive_years`).

    Example
    -------
    >>> a = Panel(values=[[[1.0]]], region_codes=("7203",), industry_codes=("C",), years=(2019,))
    >>> b = Panel(values=[[[2.0]]], region_codes=("72.06",), industry_codes=("C",), years=(2020,))
    >>> combine_years([b, a]).values.tolist(), combine_years([a, b]).region_codes
    ([[[1.0, 2.0]]], ('7203',))
    """
    if len(panels) == 1:
        return panels[0]
    first = panels[0]
    seen: dict[int, str] = {}
    for p in panels:
        src = _source(p) or "?"
        if p.industry_codes != first.industry_codes:
            lack = [c for c in first.industry_codes if c not in p.industry_codes]
            extra = [c for c in p.industry_codes if c not in first.industry_codes]
            parts = ([Msg("sources.combine.lacks_codes", codes=", ".join(lack))] if lack
                     else []) + ([Msg("sources.combine.extra_codes", codes=", ".join(extra))]
                                 if extra else [])
            detail = Joined(parts) if parts else Msg("sources.combine.reordered")
            raise InputError(Problem(
                Msg("sources.combine.industries_differ", base=_first_file(first),
                    detail=detail), file=src))
        if p.measure != first.measure:
            raise InputError(Problem(
                Msg("sources.combine.measure_differs", measure=p.measure,
                    other=first.measure, base=_first_file(first)), file=src))
        for y in p.years:
            if y in seen:
                raise InputError(Problem(Msg("sources.combine.year_twice", year=y,
                                             other=seen[y]), file=src))
            seen[y] = src
    ps = sorted(panels, key=lambda p: p.years[0])
    years = tuple(y for p in ps for y in p.years)
    if list(years) != sorted(years):
        raise InputError(Problem(Msg(
            "sources.combine.overlap",
            spans=", ".join(f"{_source(p)} {p.years[0]}-{p.years[-1]}" for p in ps))))
    base = ps[0]
    values = np.concatenate([_align_regions(base, p, Msg("sources.combine.regions"))
                             for p in ps], axis=2)
    refs = None
    if all(p.references is not None for p in ps):
        rbase = ps[0].references
        assert rbase is not None
        rvals = np.concatenate(
            [_align_regions(rbase, p.references, Msg("sources.combine.reference_rows"))
             for p in ps if p.references is not None], axis=2)
        refs = replace(rbase, values=rvals, years=years,
                       sources=tuple(s for p in ps for s in p.sources))
    return replace(
        base, values=values, years=years, references=refs,
        sources=tuple(s for p in ps for s in p.sources),
        notes=tuple(n for p in ps for n in p.notes),
    )
