"""Rendering helpers shared by CLI verbs: progress, summaries, option parsing."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from rancang.analysis.klassen import KLASSEN_LABELS_EN
from rancang.analysis.location_quotient import QUADRANT_LABELS_EN
from rancang.core.i18n import format_number_id, render_text
from rancang.features.leading.service import AnalysisResult

ANALYSIS_STEPS = 8


@contextmanager
def analysis_progress(
    console: Console, *, quiet: bool = False, total: int = ANALYSIS_STEPS
) -> Iterator[Callable[[str], None]]:
    """Yield a ``step(label)`` callback; a progress bar appears once work passes one second."""
    started = time.perf_counter()
    progress: Progress | None = None
    task = None
    done = 0

    def step(label: str) -> None:
        nonlocal progress, task, done
        done += 1
        if quiet or not console.is_terminal:
            return
        if progress is None and time.perf_counter() - started > 1.0:
            progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                TimeElapsedColumn(), console=console, transient=True,
            )
            progress.start()
            task = progress.add_task(label, total=total, completed=done - 1)
        if progress is not None and task is not None:
            progress.update(task, description=label, completed=done - 1)

    try:
        yield step
    finally:
        if progress is not None:
            progress.stop()


def parse_weights(items: list[str] | None) -> dict[str, float] | None:
    """Parse ``NAME=VALUE`` options into a dict (None when none given)."""
    if not items:
        return None
    weights: dict[str, float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        try:
            if not sep:
                raise ValueError
            weights[name.strip()] = float(value)
        except ValueError:
            raise typer.BadParameter(f"weight {item!r} is not NAME=NUMBER") from None
        if weights[name.strip()] < 0:
            raise typer.BadParameter(f"weight {item!r} is negative")
    return weights


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
    if "leading_industries" not in result.tables:
        return  # years with gaps: the CLI says what was left out
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
