"""Plausibility warnings shared by the commands that read PDRB panels.

``analyze``, ``complexity``, ``targets`` and ``io --panel`` read the same BPS exports; the
2014 file, for one, has rows whose 17 categories do not add up to the published total
column (3507, 3522, 3525, 6403 ...). The commands read the panel through
:func:`rancang.sources.read_panel_checked` (repair by default, as the web upload) and print
the same warning with :func:`print_total_checks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:
    from rancang.panel import Panel
    from rancang.sources.checks import TotalCheck


def region_years(checks: Sequence[TotalCheck], region: str) -> list[int]:
    """Years of the flagged rows of one region (given as BPS 3507 or Kemendagri 35.07)."""
    from rancang.reference.regions import other_code

    codes = {region, other_code(region)} - {None}
    return sorted({int(c.year) for c in checks
                   if c.region_code in codes or other_code(c.region_code) in codes})


def print_total_checks(console: Console, checks: Sequence[TotalCheck], *, lang: str,
                       region: str | None = None, limit: int | None = 10,
                       checks_file: str | None = None) -> None:
    """Warn about BPS rows whose categories do not add up to the published total column.

    Every verb reads BPS files the same way (:func:`rancang.sources.read_panel_checked`,
    ``repair`` by default): a row that one lost decimal point explains is repaired, the
    others are analysed as published. ``checks`` are the ``TotalCheck`` objects of that read,
    each printed through its ``problem()``, which names the repair applied or found; the first
    line counts the repairs; ``checks_file`` (``rancang analyze`` writes checks.csv) is named
    when the verb wrote the list. The warning is printed even with ``-q`` so the analyst can
    check the rows before the FGD. At most ``limit`` rows are listed (None: all). With
    ``region`` a last line says when that region's own rows are among them: its growth
    rates, shares and exposure then rest on them.
    """
    from rancang.core.i18n import text

    if not checks:
        return
    repaired = sum(c.applied for c in checks)
    head = text("cli.totals.head", lang, count=len(checks), repaired=repaired)
    if checks_file:
        head += " " + text("cli.totals.see_file", lang, file=checks_file)
    console.print(f"[yellow]{head}:[/yellow]")
    shown = checks if limit is None else checks[:limit]
    for check in shown:
        console.print(f"  - {check.problem().text(lang)}", markup=False,
                      highlight=False, soft_wrap=True)
    if len(checks) > len(shown):
        console.print(f"  ... (+{len(checks) - len(shown)})")
    years = region_years(checks, region) if region else []
    if years:
        listed = ", ".join(map(str, years))
        console.print("[bold yellow]" + text("cli.totals.own_region", lang, region=region,
                                             years=listed) + "[/]")


def print_notes(console: Console, panel: Panel, *, lang: str | None = None) -> None:
    """What the readers said about how the files were read (a CSV's separator, decimal mark
    and encoding; cells filled with zero), one line each, in the user's language."""
    from rancang.core.i18n import render_text

    for note in panel.notes:
        console.print(f"[dim]{render_text(note, lang)}[/]", highlight=False)
