"""The summary ``rancang analyze`` prints.

Progress and ``NAME=VALUE`` options, shared by every verb, live in :mod:`rancang.cli.progress`."""

from __future__ import annotations

import numpy as np
from rich.console import Console
from rich.table import Table

from rancang.analysis.klassen import KLASSEN_LABELS_EN
from rancang.analysis.location_quotient import QUADRANT_LABELS_EN
from rancang.core.i18n import DEFAULT_LANG, format_number, render_text, text
from rancang.features.leading.service import AnalysisResult


def print_analysis_summary(
    console: Console, result: AnalysisResult, *, lang: str = "id", top: int = 5,
    max_regions: int = 10,
) -> None:
    """Readable summary: top leading industries per region with their evidence."""
    p = result.panel

    def term(labels: dict[str, str], value: object) -> str:
        # the machine labels are Indonesian; other languages read them through ``labels``
        return str(value) if lang == DEFAULT_LANG else labels.get(str(value), str(value))

    def fmt(v: object, decimals: int = 2) -> str:
        if v is None or (isinstance(v, float) and np.isnan(v)):
            return "-"
        return format_number(v, decimals, lang) if isinstance(v, float) else str(v)

    if p.synthetic:
        console.print(f"[bold red]{text('leading.summary.synthetic', lang)}[/]")
    console.print(
        f"[bold]{text('leading.about.period', lang)}[/] {result.start}-{result.end} · "
        f"[bold]{text('leading.summary.reference', lang)}[/] "
        f"{render_text(result.reference_label, lang)} · "
        f"[bold]{text('leading.summary.regions', lang)}[/] {len(result.regions)}"
    )
    lead = result.tables["leading_industries"]
    quad = result.tables["lq_quadrant"]
    klassen = result.tables["klassen"]
    names = dict(zip(p.region_codes, p.region_names, strict=True))
    inames = dict(zip(p.industry_codes, p.industry_names, strict=True))
    joined = lead.join(quad, on=["region_code", "industry_code"], how="left").join(
        klassen.select("region_code", "industry_code", "quadrant"),
        on=["region_code", "industry_code"], how="left", suffix="_klassen",
    )
    shown = result.regions[:max_regions]
    for code in shown:
        rows = joined.filter(joined["region_code"] == code).sort("rank").head(top)
        table = Table(
            title=f"{code} {names.get(code, '')}: " + text("leading.summary.title", lang),
            title_justify="left",
        )
        for col in ("#", text("leading.summary.industry", lang),
                    text("leading.summary.score", lang), text("leading.summary.rank_range", lang),
                    "SLQ", "DLQ", text("leading.summary.quadrant", lang), "Klassen"):
            table.add_column(col)
        for row in rows.iter_rows(named=True):
            table.add_row(
                str(row["rank"]),
                f"{row['industry_code']} {inames.get(row['industry_code'], '')}"[:48],
                fmt(row["score"], 3),
                f"{row['rank_low']}-{row['rank_high']}",
                fmt(row["slq"]),
                fmt(row["dlq"]),
                term(QUADRANT_LABELS_EN, row["quadrant"]),
                term(KLASSEN_LABELS_EN, row["quadrant_klassen"]),
            )
        console.print(table)
    if len(result.regions) > len(shown):
        rest = len(result.regions) - len(shown)
        console.print(text("leading.summary.more", lang, count=rest))
