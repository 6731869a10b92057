"""``rancang io``: multipliers and linkages from a BPS input-output table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from rancang.features.inputoutput import IOResult


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
    imports.csv dan location_quotients.csv bila berlaku) dan satu io.xlsx
    berformat ke --out.
    """
    from rancang.cli.checks import print_total_checks, read_checked
    from rancang.cli.lang import use_language
    from rancang.features.inputoutput import IOOptions, run_io
    from rancang.features.inputoutput.export import export_io
    from rancang.sources.bps_io import read_bps_io
    from rancang.sources.io_extras import read_employment, read_sector_mapping

    lang = use_language(lang)
    if method not in ("slq", "cilq", "flq"):
        raise typer.BadParameter("--method must be slq, cilq or flq")
    if not 0.0 <= delta < 1.0:
        raise typer.BadParameter("--delta must be in [0, 1)")
    if (region is None) != (not panel):
        raise typer.BadParameter("--region and --panel go together")
    io_table = read_bps_io(table)
    pdrb, checks = read_checked(panel) if panel else (None, [])
    options = IOOptions(
        region=region, method=method, delta=delta, reference=reference, year=year,
        mapping=read_sector_mapping(mapping) if mapping else None,
        employment=read_employment(employment) if employment else None,
    )
    result = run_io(io_table, pdrb, options)
    paths = export_io(result, out, lang=lang)
    if not quiet:
        console = Console()
        _summary(console, result, lang=lang)
        print_total_checks(console, checks, lang=lang, region=region)
        console.print(("Hasil ditulis ke" if lang == "id" else "Results written to")
                      + f" {out}/ ({len(paths)} files)")


def _summary(console: Console, result: IOResult, *, lang: str, top: int = 8) -> None:
    """Key sectors first, then the largest output multipliers."""
    from rancang.features.inputoutput.words import KEY_SECTOR_WORDS
    from rancang.features.leading.cli_render import _fmt

    en = lang == "en"
    if result.table.synthetic:
        console.print("[bold red]SYNTHETIC DATA: not BPS.[/]" if en
                      else "[bold red]DATA SINTETIS: bukan data BPS.[/]")
    for key, value in result.about(lang).items():
        console.print(f"[bold]{key}[/] {value}")
    links = result.tables["linkages"]
    mult = result.tables["multipliers"]
    joined = links.join(mult.select("sector", "output", "income"), on="sector")
    order = {"key": 0, "backward": 1, "forward": 2, "weak": 3}
    rows = sorted(joined.iter_rows(named=True),
                  key=lambda r: (order[r["class"]], -r["backward"] - r["forward"]))[:top]
    table = Table(title="Sektor kunci dan keterkaitan" if not en else "Key sectors and linkages",
                  title_justify="left")
    for col in ("Sektor" if not en else "Sector", "BL", "FL",
                "Kelompok" if not en else "Class",
                "Pengganda output" if not en else "Output multiplier",
                "Pengganda pendapatan" if not en else "Income multiplier"):
        table.add_column(col)
    for r in rows:
        table.add_row(f"{r['sector']} {r['sector_name']}"[:30], _fmt(r["backward"], 3),
                      _fmt(r["forward"], 3), KEY_SECTOR_WORDS[r["class"]][1 if en else 0],
                      _fmt(r["output"], 3), _fmt(r["income"], 3))
    console.print(table)
