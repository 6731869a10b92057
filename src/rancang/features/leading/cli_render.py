"""The summary ``rancang analyze`` prints (progress and weights: :mod:`rancang.cli.progress`)."""

from __future__ import annotations

import numpy as np
from rich.console import Console
from rich.table import Table

from rancang.core.i18n import format_number, render_text, term_label, text
from rancang.features.leading.service import AnalysisResult


def _fmt(v: object, decimals: int = 2, lang: str | None = None) -> str:
    """A number for the console in the language's notation; "-" when missing."""
    if v is None:
        return "-"
    if isinstance(v, float):
        return "-" if np.isnan(v) else format_number(v, decimals, lang)
    return str(v)


def print_analysis_summary(
    console: Console, result: AnalysisResult, *, lang: str | None = None, top: int = 5,
    max_regions: int = 10,
) -> None:
    """Readable summary: top leading industries per region with their evidence."""
    p = result.panel
    if p.synthetic:
        console.print(f"[bold red]{text('leading.cli.synthetic', lang)}[/]")
    console.print(
        f"[bold]{text('leading.cli.period', lang)}[/] {result.start}-{result.end} · "
        f"[bold]{text('leading.cli.reference', lang)}[/] "
        f"{render_text(result.reference_label, lang)} · "
        f"[bold]{text('leading.cli.regions', lang)}[/] {len(result.regions)}"
    )
    if "leading_industries" not in result.tables:
        return  # years with gaps: the CLI says what was left out
    lead = result.tables["leading_industries"]
    quad = result.tables["lq_quadrant"]
    klassen = result.tables["klassen"]
    from rich.markup import escape

    # names are the input's: shown as written, never read as the console's markup
    names = {c: escape(n) for c, n in zip(p.region_codes, p.region_names, strict=True)}
    inames = {c: escape(n) for c, n in zip(p.industry_codes, p.industry_names, strict=True)}
    joined = lead.join(quad, on=["region_code", "industry_code"], how="left").join(
        klassen.select("region_code", "industry_code", "quadrant"),
        on=["region_code", "industry_code"], how="left", suffix="_klassen",
    )
    shown = result.regions[:max_regions]
    for code in shown:
        rows = joined.filter(joined["region_code"] == code).sort("rank").head(top)
        table = Table(title=f"{code} {names.get(code, '')}: {text('leading.cli.title', lang)}",
                      title_justify="left")
        for col in ("#", text("leading.cli.industry", lang), text("leading.cli.score", lang),
                    text("leading.cli.rank_range", lang), "SLQ", "DLQ",
                    text("leading.cli.quadrant", lang), "Klassen"):
            table.add_column(col)
        for row in rows.iter_rows(named=True):
            table.add_row(
                str(row["rank"]),
                f"{row['industry_code']} {inames.get(row['industry_code'], '')}"[:48],
                _fmt(row["score"], 3, lang),
                f"{row['rank_low']}-{row['rank_high']}",
                _fmt(row["slq"], 2, lang),
                _fmt(row["dlq"], 2, lang),
                term_label(row["quadrant"], lang),
                term_label(row["quadrant_klassen"], lang),
            )
        console.print(table)
    if len(result.regions) > len(shown):
        console.print(text("leading.cli.more_regions", lang, n=len(result.regions) - len(shown)))
