"""Plausibility warnings shared by the commands that read PDRB panels.

``analyze``, ``complexity``, ``targets`` and ``io --panel`` read the same BPS exports; the
2014 file, for one, has rows whose 17 categories do not add up to the published total
column (3507, 3522, 3525, 6403 ...). The commands read the panel through
:func:`read_checked` and print the same warning with :func:`print_total_checks`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

if TYPE_CHECKING:
    from rancang.errors import Problem
    from rancang.panel import Panel

_REGION = re.compile(r"^region (\S+) (\d{4}):")


def total_checks(inputs: Sequence[Path]) -> list[Problem]:
    """Rows of the BPS exports among ``inputs`` whose categories miss the total column.

    One :class:`~rancang.errors.Problem` per region-year, from
    :func:`rancang.sources.total_discrepancies` (``|sum_i x_{r,i,t} / X_{r,t} - 1| > 0.1 %``);
    other layouts carry no total column and give nothing.
    """
    from rancang.sources import detect_layout, expand_paths, total_discrepancies

    problems: list[Problem] = []
    for path in expand_paths(list(inputs)):
        if detect_layout(path) == "bps_pdrb":
            problems.extend(total_discrepancies(path))
    return problems


def read_checked(inputs: Sequence[Path]) -> tuple[Panel, list[Problem]]:
    """The panel of ``inputs`` (values as published) and :func:`total_checks` of its files."""
    from rancang.sources import read_panel

    return read_panel(list(inputs)), total_checks(inputs)


def _region_year(check: Any) -> tuple[str, int] | None:
    """(region code, year) of a check: a ``TotalCheck`` or a ``Problem`` from it."""
    if hasattr(check, "region_code"):
        return str(check.region_code), int(check.year)
    hit = _REGION.match(getattr(check, "message", str(check)))
    return (hit.group(1), int(hit.group(2))) if hit else None


def region_years(checks: Sequence[Any], region: str) -> list[int]:
    """Years of the flagged rows of one region (given as BPS 3507 or Kemendagri 35.07)."""
    from rancang.reference.regions import other_code

    codes = {region, other_code(region)} - {None}
    years = set()
    for check in checks:
        found = _region_year(check)
        if found and (found[0] in codes or other_code(found[0]) in codes):
            years.add(found[1])
    return sorted(years)


def print_total_checks(console: Console, checks: Sequence[Any], *, lang: str,
                       region: str | None = None) -> None:
    """Warn about BPS rows whose categories do not add up to the published total column.

    ``checks`` are :class:`~rancang.errors.Problem` entries from :func:`total_checks` (or
    ``TotalCheck`` objects, printed through their ``problem()``). The values are analysed as
    published; the warning lets the analyst check the rows (usually a lost decimal point in
    the BPS table) before the FGD. With ``region`` a second line says when that region's
    own rows are among them: its growth rates, shares and exposure then rest on them.
    """
    if not checks:
        return
    console.print(
        f"[yellow]Peringatan: {len(checks)} baris BPS dengan jumlah kategori yang tidak sama "
        "dengan kolom total (dianalisis apa adanya; periksa baris berikut):[/yellow]"
        if lang == "id"
        else f"[yellow]Warning: {len(checks)} BPS rows whose categories do not add up to the "
        "total column (analysed as published; check these rows):[/yellow]"
    )
    for check in checks[:10]:
        text = check.problem() if hasattr(check, "problem") else check
        console.print(f"  - {text}", markup=False, highlight=False, soft_wrap=True)
    if len(checks) > 10:
        console.print(f"  ... (+{len(checks) - 10})")
    years = region_years(checks, region) if region else []
    if years:
        shown = ", ".join(map(str, years))
        console.print(
            f"[bold yellow]Peringatan: data wilayah {region} sendiri memuat baris yang "
            f"ditandai ({shown}); pertumbuhan, pangsa dan keterpaparan memakai nilai itu apa "
            "adanya.[/]" if lang == "id" else
            f"[bold yellow]Warning: region {region}'s own data contains flagged rows "
            f"({shown}); growth, shares and exposure use those values as published.[/]"
        )
