"""Combine panels read from several files (one file per year) into one multi-year panel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from rancang.errors import InputError, Problem
from rancang.panel import Panel


def _align_regions(base: Panel, other: Panel, label: str) -> np.ndarray:
    """Rows of ``other`` in the region order of ``base``; error names a missing region."""
    pos = {c: k for k, c in enumerate(other.region_codes)}
    missing = [c for c in base.region_codes if c not in pos]
    extra = [c for c in other.region_codes if c not in set(base.region_codes)]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"lacks {label} {', '.join(missing[:10])}")
        if extra:
            parts.append(f"has {label} not in {base.sources[0] if base.sources else 'the first'}"
                         f": {', '.join(extra[:10])}")
        raise InputError(Problem(
            " and ".join(parts), file=other.sources[0] if other.sources else None))
    return other.values[[pos[c] for c in base.region_codes]]


def combine_years(panels: Sequence[Panel]) -> Panel:
    """Stack panels that cover different years of the same regions and industries."""
    if len(panels) == 1:
        return panels[0]
    first = panels[0]
    seen: dict[int, str] = {}
    for p in panels:
        src = p.sources[0] if p.sources else "?"
        if p.industry_codes != first.industry_codes:
            raise InputError(Problem("industries differ from the other files", file=src))
        if p.measure != first.measure:
            raise InputError(Problem(
                f"measure {p.measure} differs from {first.measure} of the other files", file=src))
        for y in p.years:
            if y in seen:
                raise InputError(Problem(f"year {y} is also in {seen[y]}", file=src))
            seen[y] = src
    order = sorted(range(len(panels)), key=lambda k: panels[k].years[0])
    ps = [panels[k] for k in order]
    base = ps[0]
    values = np.concatenate([_align_regions(base, p, "regions") for p in ps], axis=2)
    years = tuple(y for p in ps for y in p.years)
    refs = None
    if all(p.references is not None for p in ps):
        rbase = ps[0].references
        assert rbase is not None
        rvals = np.concatenate(
            [_align_regions(rbase, p.references, "reference rows") for p in ps  # type: ignore[arg-type]
             ], axis=2)
        refs = replace(rbase, values=rvals, years=years)
    if list(years) != sorted(years):
        raise InputError(Problem("files overlap in years"))
    return replace(
        base, values=values, years=years, references=refs,
        sources=tuple(s for p in ps for s in p.sources),
    )
