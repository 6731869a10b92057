"""The summary ``rancang analyze`` prints.

Progress and ``NAME=VALUE`` options, shared by every verb, live in :mod:`rancang.cli.progress`."""

from __future__ import annotations

import numpy as np
from rich.console import Console
from rich.table import Table

from rancang.analysis.klassen import KLASSEN_LABELS_EN
from rancang.analysis.location_quotient import QUADRANT_LABELS_EN
from rancang.core.i18n import format_number_id, render_text
from rancang.features.leading.service import AnalysisResult


def _fmt(v: object, decimals: int = 2) -> str:
    """A number for the console in Indonesian notation; "-" when missing (None or nan)."""
    if v is None:
        return "-"
    if isinstance(v, float):
        return "-" if np.isnan(v) else format_number_id(v, decimals)
    return str(v)


def print_analysis_summary(
    console: Console, result: AnalysisResult, *, lang: str = "id", top: int = 5,
    max_regions: int = 10,
) -> None:
    """Readable summary: top leading industries per region with their evidence."""
    en = lang == "en"
    p = result.panel

    def term(labels: dict[str, str], value: object) -> str:
        return labels.get(str(value), str(value)) if en else str(value)

    if p.synthetic:
        console.print(
            "[bold red]SYNTHETIC DATA: demo data made by Rancang, not BPS.[/]" if en
            else "[bold red]DATA SINTETIS: data demo buatan Rancang, bukan data BPS.[/]"
        )
    console.print(
        f"[bold]{'Period' if en else 'Periode'}[/] {result.start}-{result.end} · "
        f"[bold]{'Reference' if en else 'Acuan'}[/] "
        f"{render_text(result.reference_label, lang)} · "
        f"[bold]{'Regions' if en else 'Wilayah'}[/] {len(result.regions)}"
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
            title=f"{code} {names.get(code, '')}: "
            + ("leading industries" if en else "industri unggulan"),
            title_justify="left",
        )
        for col in (
            "#", "Industry" if en else "Lapangan usaha", "Score" if en else "Skor",
            "Rank range" if en else "Rentang peringkat", "SLQ", "DLQ",
            "Quadrant" if en else "Kuadran", "Klassen",
        ):
            table.add_column(col)
        for row in rows.iter_rows(named=True):
            table.add_row(
                str(row["rank"]),
                f"{row['industry_code']} {inames.get(row['industry_code'], '')}"[:48],
                _fmt(row["score"], 3),
                f"{row['rank_low']}-{row['rank_high']}",
                _fmt(row["slq"]),
                _fmt(row["dlq"]),
                term(QUADRANT_LABELS_EN, row["quadrant"]),
                term(KLASSEN_LABELS_EN, row["quadrant_klassen"]),
            )
        console.print(table)
    if len(result.regions) > len(shown):
        rest = len(result.regions) - len(shown)
        console.print(
            f"... {rest} more regions in the output files." if en
            else f"... {rest} wilayah lainnya ada di berkas hasil."
        )
