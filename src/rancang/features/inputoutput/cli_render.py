"""Console summary of ``rancang io``: the table's context, key sectors and multipliers."""

from __future__ import annotations

import math

from rich.console import Console
from rich.table import Table

from rancang.core.i18n import format_number, text, value_label
from rancang.features.inputoutput.service import IOResult

#: Order of the key-sector classes in the summary (Miller and Blair 2009, section 12.2).
CLASS_ORDER = {"key": 0, "backward": 1, "forward": 2, "weak": 3}


def number(value: object, decimals: int = 2, lang: str | None = None) -> str:
    """A number for the console in the language's notation; "-" when missing.

    >>> number(0.5, 3, "id"), number(0.5, 3, "en"), number(float("nan"))
    ('0,500', '0.500', '-')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float | int) and not isinstance(value, bool):
        return format_number(value, decimals, lang)
    return str(value)


def print_io_summary(console: Console, result: IOResult, *, lang: str | None = None,
                     top: int = 8) -> None:
    """The table's context, then key sectors first and the largest output multipliers."""
    if result.table.synthetic:
        console.print(f"[bold red]{text('inputoutput.synthetic', lang)}[/]")
    for key, value in result.about(lang).items():
        console.print(f"[bold]{key}[/] {value}")
    links = result.tables["linkages"]
    mult = result.tables["multipliers"]
    joined = links.join(mult.select("sector", "output", "income"), on="sector")
    rows = sorted(joined.iter_rows(named=True),
                  key=lambda r: (CLASS_ORDER[r["class"]], -r["backward"] - r["forward"]))[:top]
    table = Table(title=text("inputoutput.summary.title", lang), title_justify="left")
    for col in (text("inputoutput.summary.sector", lang), "BL", "FL",
                text("inputoutput.summary.class", lang), text("inputoutput.summary.output", lang),
                text("inputoutput.summary.income", lang)):
        table.add_column(col)
    for r in rows:
        table.add_row(f"{r['sector']} {r['sector_name']}"[:30], number(r["backward"], 3, lang),
                      number(r["forward"], 3, lang), value_label("class", r["class"], lang),
                      number(r["output"], 3, lang), number(r["income"], 3, lang))
    console.print(table)
