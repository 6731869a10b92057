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

from rancang.core.i18n import text

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
        head = text("cli.checks.repaired", lang, n=len(checks),
                    repaired=sum(c.applied for c in checks))
    else:
        head = text("cli.checks.flagged", lang, n=len(checks))
    console.print(f"[yellow]{head}[/yellow]")
    shown = checks if limit is None else checks[:limit]
    for check in shown:
        console.print(f"  - {check.problem()}", markup=False, highlight=False, soft_wrap=True)
    if len(checks) > len(shown):
        console.print(f"  ... (+{len(checks) - len(shown)})")
    years = region_years(checks, region) if region else []
    if years:
        listed = ", ".join(map(str, years))
        console.print("[bold yellow]" + text("cli.checks.own_region", lang, region=region,
                                             years=listed) + "[/]")
