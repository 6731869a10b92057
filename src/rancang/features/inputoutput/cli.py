"""``rancang io``: multipliers and linkages from a BPS input-output table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


def register(app: typer.Typer) -> None:
    """Add ``io`` to the app."""
    app.command("io")(io)


def io(
    table: Annotated[Path, typer.Argument(
        help="Tabel input-output BPS (.xlsx): provinsi 17 sektor atau nasional 52/185.",
        exists=True, dir_okay=False)],
    panel: Annotated[list[Path] | None, typer.Option(
        "--panel", help="Berkas/folder PDRB untuk --region (tata letak apa pun yang dibaca "
        "`analyze`); boleh diulang.")] = None,
    region: Annotated[str | None, typer.Option(
        "--region", "-r", help="Kabupaten/kota tujuan regionalisasi (BPS 7203 atau "
        "Kemendagri 72.06).")
    ] = None,
    method: Annotated[str, typer.Option(
        help="Metode location quotient: slq, cilq atau flq.")] = "flq",
    delta: Annotated[float, typer.Option(help="Delta FLQ (0 <= delta < 1).")] = 0.3,
    reference: Annotated[str | None, typer.Option(
        help="Baris ekonomi acuan dalam panel (bawaan: baris provinsi untuk tabel "
        "provinsi, 9999 untuk tabel nasional).")] = None,
    year: Annotated[int | None, typer.Option(help="Tahun PDRB untuk LQ (bawaan: tahun "
                                             "tabel).")] = None,
    mapping: Annotated[Path | None, typer.Option(
        help="CSV io_sector,pdrb_category (wajib untuk tabel 52/185 sektor).", exists=True,
        dir_okay=False)] = None,
    employment: Annotated[Path | None, typer.Option(
        help="CSV sector,workers untuk pengganda tenaga kerja.", exists=True,
        dir_okay=False)] = None,
    out: Annotated[Path, typer.Option(help="Folder hasil.")] = Path("out/io"),
    lang: Annotated[str | None, typer.Option(
        help="Bahasa buku kerja, ringkasan dan pesan: id (bawaan) atau en.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Tanpa ringkasan.")] = False,
) -> None:
    """Tabel input-output: pengganda, keterkaitan, sektor kunci, impor.

    Koefisien teknis, invers Leontief dan Ghosh, ekstraksi hipotetis. Menulis
    coefficients.csv, leontief.csv, multipliers.csv, linkages.csv (serta
    imports.csv, location_quotients.csv dan regional_coefficients.csv bila
    berlaku) dan satu io.xlsx
    berformat ke --out.
    """
    from rancang.cli.checks import print_total_checks
    from rancang.cli.lang import use_language
    from rancang.core.i18n import text
    from rancang.features.inputoutput.cli_render import print_io_summary
    from rancang.features.inputoutput.export import export_io
    from rancang.features.inputoutput.service import IOOptions, io_from_files

    lang = use_language(lang)
    if method not in ("slq", "cilq", "flq"):
        raise typer.BadParameter(text("inputoutput.bad_method", lang))
    if not 0.0 <= delta < 1.0:
        raise typer.BadParameter(text("inputoutput.bad_delta", lang))
    if (region is None) != (not panel):
        raise typer.BadParameter(text("inputoutput.region_with_panel", lang))
    options = IOOptions(region=region, method=method, delta=delta, reference=reference,
                        year=year)
    result = io_from_files(table, panel=panel or (), mapping=mapping, employment=employment,
                           options=options)
    paths = export_io(result, out, lang=lang)
    print_total_checks(Console(stderr=True), result.checks, lang=lang, region=region)
    if not quiet:
        console = Console()
        print_io_summary(console, result, lang=lang)
        console.print(text("inputoutput.written", lang, out=out, n=len(paths)))
