"""``rancang targets``: current indicators, required growth, pathways, recession exposure."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


def register(app: typer.Typer) -> None:
    """Add ``targets`` to the app."""
    app.command("targets")(targets)


def targets(
    inputs: Annotated[list[Path], typer.Argument(
        help="Berkas atau folder PDRB (tata letak apa pun yang dibaca `analyze`).",
        exists=True)],
    region: Annotated[str, typer.Option(
        "--region", "-r", help="Kode wilayah (BPS 7203 atau Kemendagri 72.06).")],
    target_share: Annotated[float, typer.Option(
        help="Sasaran pangsa industri pengolahan dalam PDRB, % (RIPIN: 30 pada 2035).")] = 30.0,
    target_year: Annotated[int, typer.Option(help="Tahun sasaran.")] = 2035,
    rest_growth: Annotated[float | None, typer.Option(
        help="Asumsi pertumbuhan sektor lain, % per tahun (bawaan: trennya selama "
        "periode).")] = None,
    start: Annotated[int | None, typer.Option("--from", help="Tahun pertama periode.")
                     ] = None,
    end: Annotated[int | None, typer.Option("--to", help="Tahun terakhir (tahun dasar).")] = None,
    shock_depth: Annotated[float, typer.Option(
        help="Resesi: % penurunan PDRB total pada tahun guncangan.", min=0.0,
        max=90.0)] = 5.0,
    shock_year: Annotated[int | None, typer.Option(
        help="Tahun resesi (bawaan: setahun setelah tahun dasar).")] = None,
    recovery_years: Annotated[int, typer.Option(help="Lama pemulihan (tahun).", min=0)] = 2,
    out: Annotated[Path, typer.Option(help="Folder hasil.")] = Path("out/targets"),
    lang: Annotated[str | None, typer.Option(
        help="Bahasa buku kerja, ringkasan dan pesan: id (bawaan) atau en.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Tanpa ringkasan.")] = False,
) -> None:
    """Sasaran industri: indikator vs RIPIN, pertumbuhan, skenario.

    Indikator industri pengolahan, pertumbuhan yang diperlukan untuk sasaran
    pangsa, jalur tren, sasaran dan resesi, serta keterpaparan lapangan usaha.
    Menulis indicators.csv, required_growth.csv, pathways.csv, exposure.csv dan
    satu targets.xlsx berformat ke --out.
    """
    from rancang.cli.checks import print_total_checks
    from rancang.cli.lang import use_language
    from rancang.core.i18n import text
    from rancang.features.targets.cli_render import print_targets_summary
    from rancang.features.targets.export import export_targets
    from rancang.features.targets.service import TargetOptions, targets_from_files

    lang = use_language(lang)
    options = TargetOptions(
        region=region, target_share=target_share, target_year=target_year,
        rest_growth=rest_growth, start=start, end=end, shock_depth=shock_depth,
        shock_year=shock_year, recovery_years=recovery_years)
    result = targets_from_files(inputs, options)
    paths = export_targets(result, out, lang=lang)
    print_total_checks(Console(stderr=True), result.checks, lang=lang,
                       region=result.region_code)
    if not quiet:
        console = Console()
        print_targets_summary(console, result, lang=lang)
        console.print(text("targets.written", lang, out=out, n=len(paths)))
