"""Console summary of ``rancang complexity``: ECI leaders and top opportunities."""

from __future__ import annotations

import polars as pl
from rich.console import Console
from rich.table import Table

from rancang.features.complexity.service import ComplexityTables
from rancang.features.leading.cli_render import _fmt


def print_complexity_summary(
    console: Console, result: ComplexityTables, *, lang: str = "id", top: int = 5,
    max_regions: int = 10,
) -> None:
    """Highest-ECI regions of the last year, and each one's best opportunities."""
    en = lang == "en"
    p = result.panel
    if p.synthetic:
        console.print(
            "[bold red]SYNTHETIC DATA: demo data made by Rancang, not BPS.[/]" if en
            else "[bold red]DATA SINTETIS: data demo buatan Rancang, bukan data BPS.[/]"
        )
    last = p.years[-1]
    names = dict(zip(p.region_codes, p.region_names, strict=True))
    inames = dict(zip(p.industry_codes, p.industry_names, strict=True))
    eci = (result.tables["eci"].filter(pl.col("year") == last)
           .sort("eci", descending=True, nulls_last=True))
    console.print(
        f"[bold]{'Regions x industries' if en else 'Wilayah x lapangan usaha'}[/] "
        f"{len(p.region_codes)} x {len(p.industry_codes)} · "
        f"[bold]{'Period' if en else 'Periode'}[/] {p.years[0]}-{last} · "
        f"[bold]{'RCA threshold' if en else 'Ambang RCA'}[/] {result.threshold:g}"
    )
    opp = result.tables["opportunities"]
    opp = opp.filter(pl.col("year") == opp["year"].max()) if opp.height else opp
    shown = eci.head(max_regions)
    for row in shown.iter_rows(named=True):
        code = row["region_code"]
        table = Table(
            title=f"{code} {names.get(code, '')} · ECI {_fmt(row['eci'])} · "
            + ("opportunities" if en else "peluang diversifikasi"),
            title_justify="left",
        )
        for col in ("#", "Industry" if en else "Lapangan usaha", "Score" if en else "Skor",
                    "Rank range" if en else "Rentang peringkat",
                    "Near to (proximity)" if en else "Dekat dengan (kedekatan)"):
            table.add_column(col)
        rows = opp.filter(pl.col("region_code") == code).head(top)
        for o in rows.iter_rows(named=True):
            table.add_row(
                str(o["rank"]), f"{o['industry_code']} {inames.get(o['industry_code'], '')}"[:40],
                _fmt(o["score"], 3), f"{o['rank_low']}-{o['rank_high']}", o["drivers"],
            )
        console.print(table)
    rest = eci.height - shown.height
    if rest > 0:
        console.print(f"... {rest} more regions in the output files." if en
                      else f"... {rest} wilayah lainnya ada di berkas hasil.")
