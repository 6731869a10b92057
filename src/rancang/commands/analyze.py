"""``rancang analyze``: from BPS PDRB tables to leading industries."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


def register(app: typer.Typer) -> None:
    """Add ``analyze`` to the app."""
    app.command("analyze")(analyze)


def analyze(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Files or folders: BPS PDRB export (one file per year), Dalam Angka table, "
            "or tidy long CSV/XLSX. The layout is detected.",
            exists=True,
        ),
    ],
    region: Annotated[
        list[str] | None,
        typer.Option("--region", "-r", help="Region code (BPS 7203 or Kemendagri 72.06)."),
    ] = None,
    all_regions: Annotated[
        bool, typer.Option("--all-regions", help="Analyse every region of the input.")
    ] = False,
    reference: Annotated[
        str | None,
        typer.Option(help="Reference economy: a code of the input (e.g. the province row 7200). "
                     "Default: the sum of all regions in the input."),
    ] = None,
    start: Annotated[int | None, typer.Option("--from", help="First year of the period.")] = None,
    end: Annotated[int | None, typer.Option("--to", help="Last year of the period.")] = None,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/analysis"),
    weight: Annotated[
        list[str] | None,
        typer.Option("--weight", "-w", help="Ranking weight NAME=VALUE (e.g. slq=0.3); repeat."),
    ] = None,
    lang: Annotated[
        str, typer.Option(help="Language of the workbook and summary: id or en.")
    ] = "id",
    samples: Annotated[
        int, typer.Option(help="Weight samples for the rank intervals.", min=10)
    ] = 500,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Location quotient, shift-share, Klassen, specialisation and the leading-industry ranking.

    Writes CSV files and one formatted analysis.xlsx into --out.
    """
    from rancang.commands._render import (
        analysis_progress,
        parse_weights,
        print_analysis_summary,
    )
    from rancang.leading import AnalysisOptions, run_analysis
    from rancang.leading.export import export_result
    from rancang.sources import read_panel

    if region and all_regions:
        raise typer.BadParameter("use either --region or --all-regions, not both")
    if lang not in ("id", "en"):
        raise typer.BadParameter("--lang must be id or en")
    weights = parse_weights(weight)
    console = Console(stderr=False)
    with analysis_progress(console, quiet=quiet) as step:
        step("membaca data" if lang == "id" else "reading data")
        panel = read_panel(inputs)
        options = AnalysisOptions(
            regions=region or None, reference=reference, start=start, end=end,
            weights=weights, rank_samples=samples,
        )
        result = run_analysis(panel, options, progress=step)
        step("menulis hasil" if lang == "id" else "writing results")
        paths = export_result(result, out, lang=lang)
    if not quiet:
        print_analysis_summary(console, result, lang=lang)
        _print_total_checks(console, inputs, lang=lang)
        console.print(
            ("Hasil ditulis ke" if lang == "id" else "Results written to")
            + f" {out}/ ({len(paths)} files)"
        )


def _print_total_checks(console: Console, inputs: list[Path], *, lang: str) -> None:
    """Warn about BPS rows whose categories do not add up to the published total column.

    The values are analysed as published; the warning lets the analyst check the rows
    (usually a lost decimal point in the BPS table) before the FGD.
    """
    from rancang.sources import detect_layout, expand_paths, total_discrepancies

    problems = []
    for path in expand_paths(inputs):
        if detect_layout(path) == "bps_pdrb":
            problems.extend(total_discrepancies(path))
    if not problems:
        return
    console.print(
        f"[yellow]Peringatan: {len(problems)} baris BPS dengan jumlah kategori yang tidak sama "
        "dengan kolom total (dianalisis apa adanya; periksa baris berikut):[/yellow]"
        if lang == "id"
        else f"[yellow]Warning: {len(problems)} BPS rows whose categories do not add up to the "
        "total column (analysed as published; check these rows):[/yellow]"
    )
    for problem in problems[:10]:
        console.print(f"  - {problem}", markup=False, highlight=False)
    if len(problems) > 10:
        console.print(f"  ... (+{len(problems) - 10})")
