"""Console summary of ``rancang complexity``: ECI leaders and top opportunities."""

from __future__ import annotations

import math

import polars as pl
from rich.console import Console
from rich.table import Table

from rancang.core.i18n import format_number, text
from rancang.features.complexity.export import for_people
from rancang.features.complexity.service import ComplexityTables


def number(value: object, decimals: int = 2, lang: str | None = None) -> str:
    """A number for the console in the language's notation; "-" when missing.

    >>> number(1234.5, lang="id"), number(1234.5, lang="en"), number(None), number("x")
    ('1.234,50', '1,234.50', '-', 'x')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float | int) and not isinstance(value, bool):
        return format_number(value, decimals, lang)
    return str(value)


def print_complexity_summary(
    console: Console, result: ComplexityTables, *, lang: str | None = None, top: int = 5,
    max_regions: int = 10,
) -> None:
    """Highest-ECI regions of the last year, and each one's best opportunities."""
    p = result.panel
    if p.synthetic:
        console.print(f"[bold red]{text('complexity.synthetic', lang)}[/]")
    last = p.years[-1]
    names = dict(zip(p.region_codes, p.region_names, strict=True))
    inames = dict(zip(p.industry_codes, p.industry_names, strict=True))
    eci = (result.tables["eci"].filter(pl.col("year") == last)
           .sort("eci", descending=True, nulls_last=True))
    console.print(
        f"[bold]{text('complexity.summary.size', lang)}[/] "
        f"{len(p.region_codes)} x {len(p.industry_codes)} · "
        f"[bold]{text('complexity.summary.period', lang)}[/] {p.years[0]}-{last} · "
        f"[bold]{text('complexity.summary.threshold', lang)}[/] {result.threshold:g}"
    )
    opp = result.tables["opportunities"]
    opp = opp.filter(pl.col("year") == opp["year"].max()) if opp.height else opp
    opp = for_people("opportunities", opp, lang)  # drivers in the reader's language
    shown = eci.head(max_regions)
    for row in shown.iter_rows(named=True):
        code = row["region_code"]
        table = Table(
            title=text("complexity.summary.title", lang,
                       region=f"{code} {names.get(code, '')}",
                       eci=number(row["eci"], lang=lang)),
            title_justify="left",
        )
        table.add_column("#")
        for key in ("industry", "score", "rank_range", "near"):
            table.add_column(text(f"complexity.summary.{key}", lang))
        rows = opp.filter(pl.col("region_code") == code).head(top)
        for o in rows.iter_rows(named=True):
            table.add_row(
                str(o["rank"]), f"{o['industry_code']} {inames.get(o['industry_code'], '')}"[:40],
                number(o["score"], 3, lang), f"{o['rank_low']}-{o['rank_high']}", o["drivers"],
            )
        console.print(table)
    rest = eci.height - shown.height
    if rest > 0:
        console.print(text("complexity.summary.more", lang, n=rest))
