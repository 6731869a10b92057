"""Plausibility warnings shared by the commands that read PDRB panels.

``analyze``, ``complexity``, ``targets`` and ``io --panel`` read the same BPS exports; the
2014 file, for one, has rows whose 17 categories do not add up to the published total
column (3507, 3522, 3525, 6403 ...). The commands read the panel through
:func:`read_checked` and print the same warning with :func:`print_total_checks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:
    from rancang.panel import Panel
    from rancang.sources.checks import TotalCheck


def read_checked(inputs: Sequence[Path]) -> tuple[Panel, list[TotalCheck]]:
    """The panel of ``inputs`` (values as published) and the total checks of its BPS files,
    in one pass (:func:`rancang.sources.read_panel_checked` with ``bps_totals="warn"``)."""
    from rancang.sources import read_panel_checked

    return read_panel_checked(list(inputs), bps_totals="warn")


def region_years(checks: Sequence[TotalCheck], region: str) -> list[int]:
    """Years of the flagged rows of one region (given as BPS 3507 or Kemendagri 35.07)."""
    from rancang.reference.regions import other_code

    codes = {region, other_code(region)} - {None}
    return sorted({int(c.year) for c in checks
                   if c.region_code in codes or other_code(c.region_code) in codes})


def print_total_checks(console: Console, checks: Sequence[TotalCheck], *, lang: str,
                       region: str | None = None, limit: int | None = 10,
                       with_repairs: bool = False) -> None:
    """Warn about BPS rows whose categories do not add up to the published total column.

    ``checks`` are ``TotalCheck`` objects, printed through their ``problem()``, which names
    the repair applied or found. ``with_repairs`` (``rancang analyze``, which writes checks.csv)
    counts the repairs applied in the first line; otherwise the values are analysed as
    published.
    Either way the warning lets the analyst check the rows (usually a lost decimal point in
    the BPS table) before the FGD. At most ``limit`` rows are listed (None: all). With
    ``region`` a last line says when that region's own rows are among them: its growth
    rates, shares and exposure then rest on them.
    """
    if not checks:
        return
    if with_repairs:
        repaired = sum(c.applied for c in checks)
        console.print(
            f"[yellow]Peringatan: {len(checks)} baris BPS dengan jumlah kategori yang tidak "
            f"sama dengan kolom total; {repaired} diperbaiki (titik desimal hilang), sisanya "
            "dianalisis apa adanya (lihat checks.csv):[/yellow]"
            if lang == "id"
            else f"[yellow]Warning: {len(checks)} BPS rows whose categories do not add up to "
            f"the total column; {repaired} repaired (lost decimal point), the rest analysed "
            "as published (see checks.csv):[/yellow]"
        )
    else:
        console.print(
            f"[yellow]Peringatan: {len(checks)} baris BPS dengan jumlah kategori yang tidak "
            "sama dengan kolom total (dianalisis apa adanya; periksa baris berikut):[/yellow]"
            if lang == "id"
            else f"[yellow]Warning: {len(checks)} BPS rows whose categories do not add up to "
            "the total column (analysed as published; check these rows):[/yellow]"
        )
    shown = checks if limit is None else checks[:limit]
    for check in shown:
        console.print(f"  - {check.problem()}", markup=False, highlight=False, soft_wrap=True)
    if len(checks) > len(shown):
        console.print(f"  ... (+{len(checks) - len(shown)})")
    years = region_years(checks, region) if region else []
    if years:
        listed = ", ".join(map(str, years))
        console.print(
            f"[bold yellow]Peringatan: data wilayah {region} sendiri memuat baris yang "
            f"ditandai ({listed}); pertumbuhan, pangsa dan keterpaparan memakai nilai itu apa "
            "adanya.[/]" if lang == "id" else
            f"[bold yellow]Warning: region {region}'s own data contains flagged rows "
            f"({listed}); growth, shares and exposure use those values as published.[/]"
        )


def print_notes(console: Console, panel: Panel, *, lang: str | None = None) -> None:
    """What the readers said about how the files were read (a CSV's separator, decimal mark
    and encoding; cells filled with zero), one line each, in the user's language."""
    from rancang.core.i18n import render_text

    for note in panel.notes:
        console.print(f"[dim]{render_text(note, lang)}[/]", highlight=False)
