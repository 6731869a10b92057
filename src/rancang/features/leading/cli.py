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
                     "Default: the sum of all regions in the input; for a one-region input "
                     "with an Acuan: block, that reference row."),
    ] = None,
    start: Annotated[int | None, typer.Option("--from", help="First year of the period.")] = None,
    end: Annotated[int | None, typer.Option("--to", help="Last year of the period.")] = None,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/analysis"),
    weight: Annotated[
        list[str] | None,
        typer.Option("--weight", "-w", help="Ranking weight NAME=VALUE (e.g. slq=0.3); repeat."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="Language of the workbook, summary and messages: id "
                                 "(default) or en.")
    ] = None,
    samples: Annotated[
        int, typer.Option(help="Weight samples for the rank intervals.", min=10)
    ] = 500,
    bps_totals: Annotated[
        str,
        typer.Option(
            "--bps-totals",
            help="BPS rows whose categories miss the published total (a lost decimal point): "
            "repair (default: apply the one correction that reconciles the row, list every "
            "repair), warn (analyse as published) or stop.",
        ),
    ] = "repair",
    quadrant_convention: Annotated[str, typer.Option(
        help="SLQ x DLQ mixed cases: base-first (SLQ > 1, DLQ <= 1 = andalan) or "
             "growth-first (SLQ <= 1, DLQ > 1 = andalan); written in the workbook.")
    ] = "base-first",
    missing: Annotated[str, typer.Option(
        help="Cells a tidy long table leaves out: refuse (default) or zero (absent = 0, "
             "the number filled is said). BPS PDRB exports always refuse empty cells.")
    ] = "refuse",
    csv_locale: Annotated[str, typer.Option(
        "--csv-locale",
        help="CSV files: en (',' and decimal point) or id (';' and decimal comma, "
             "for Excel in Indonesian).")] = "en",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Location quotient, shift-share, Klassen, specialisation and the leading-industry ranking.

    Writes CSV files and one formatted analysis.xlsx into --out.
    """
    from rancang.cli.checks import print_notes, print_total_checks
    from rancang.cli.lang import use_language
    from rancang.cli.progress import analysis_progress, parse_weights
    from rancang.core.i18n import render_text, text
    from rancang.features.leading import AnalysisOptions, run_analysis
    from rancang.features.leading.cli_render import print_analysis_summary
    from rancang.features.leading.export import export_result
    from rancang.sources import BPS_TOTALS_MODES, read_panel_checked

    lang = use_language(lang)
    if bps_totals not in BPS_TOTALS_MODES:
        raise typer.BadParameter(text("leading.cli.bad_bps_totals", lang,
                                      choices=", ".join(BPS_TOTALS_MODES)))
    if region and all_regions:
        raise typer.BadParameter(text("leading.cli.region_or_all", lang))
    if quadrant_convention not in ("base-first", "growth-first"):
        raise typer.BadParameter(text("leading.cli.bad_convention", lang))
    if csv_locale not in ("en", "id"):
        raise typer.BadParameter(text("sources.csv_locale_bad", lang))
    weights = parse_weights(weight)
    console = Console(stderr=False)
    with analysis_progress(console, quiet=quiet) as step:
        step(text("leading.cli.reading", lang))
        panel, checks = read_panel_checked(inputs, bps_totals=bps_totals, allow_gaps=True,
                                           missing=missing)
        from rancang.core.text import refuse_control_names

        refuse_control_names(panel, inputs)
        options = AnalysisOptions(
            regions=region or None, reference=reference, start=start, end=end,
            weights=weights, rank_samples=samples, quadrant_convention=quadrant_convention,
        )
        result = run_analysis(panel, options, progress=step)
        step(text("leading.cli.writing", lang))
        paths = export_result(result, out, lang=lang, checks=checks, bps_totals=bps_totals,
                              csv_locale=csv_locale)
    print_total_checks(Console(stderr=True), checks, lang=lang, limit=None,
                       checks_file="checks.csv")
    print_notes(Console(stderr=True), panel, lang=lang)
    if result.left_out_note is not None:
        Console(stderr=True).print(f"[bold yellow]{render_text(result.left_out_note, lang)}[/]")
    if not quiet:
        print_analysis_summary(console, result, lang=lang)
        console.print(text("leading.cli.written", lang, out=out, n=len(paths)))
