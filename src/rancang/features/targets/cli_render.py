"""Console summary of ``rancang targets``: indicators, required growth, exposure."""

from __future__ import annotations

import math

from rich.console import Console
from rich.table import Table

from rancang.core.i18n import format_number, text
from rancang.features.targets.service import TargetResult

#: The indicators of the summary table, by their machine name.
SUMMARY_INDICATORS = ("manufacturing_growth", "manufacturing_share", "rest_growth")


def number(value: object, decimals: int = 2, lang: str | None = None) -> str:
    """A number for the console in the language's notation; "-" when missing.

    >>> number(30.0, 1, "id"), number(30.0, 1, "en"), number(None)
    ('30,0', '30.0', '-')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float | int) and not isinstance(value, bool):
        return format_number(value, decimals, lang)
    return str(value)


def print_targets_summary(console: Console, result: TargetResult, *,
                          lang: str | None = None, top: int = 5) -> None:
    """The context, the indicators against RIPIN, the growth each target needs and the
    industries most exposed to a recession."""
    if result.panel.synthetic:
        console.print(f"[bold red]{text('targets.synthetic', lang)}[/]")
    for key, value in result.about(lang).items():
        console.print(f"[bold]{key}[/] {value}")
    t = result.tables
    ind = {r["indicator"]: r for r in t["indicators"].iter_rows(named=True)}
    table = Table(title=text("targets.summary.indicators", lang), title_justify="left")
    for col in ("indicator", "value", "ripin"):
        table.add_column(text(f"targets.summary.{col}", lang))
    for key in SUMMARY_INDICATORS:
        r = ind[key]
        ripin = ("-" if r["ripin_value"] is None
                 else f"{number(r['ripin_value'], 1, lang)} ({r['ripin_year']})")
        table.add_row(text(f"targets.summary.{key}", lang), number(r["value"], lang=lang), ripin)
    console.print(table)
    seen = set()
    for r in t["required_growth"].iter_rows(named=True):
        if (r["target_share"], r["target_year"]) in seen:
            continue
        seen.add((r["target_share"], r["target_year"]))
        key = ("targets.summary.already_met" if r["status"] == "already_met"
               else "targets.summary.required")
        console.print(text(
            key, lang, share=number(r["target_share"], 1, lang), year=r["target_year"],
            base=number(r["base_share"], 1, lang), base_year=r["base_year"],
            growth=f"[bold]{number(r['required_growth'], lang=lang)} %[/]",
            trend=number(r["trend_growth"], lang=lang)))
    ex = Table(title=text("targets.summary.exposed", lang), title_justify="left")
    for col in ("industry", "beta", "correlation", "drop"):
        ex.add_column(text(f"targets.summary.{col}", lang))
    for r in t["exposure"].head(top).iter_rows(named=True):
        ex.add_row(f"{r['industry_code']} {r['industry_name']}"[:40], number(r["beta"], lang=lang),
                   number(r["correlation"], lang=lang), number(r["shock_drop"], lang=lang))
    console.print(ex)
