"""``rancang targets``: current indicators, required growth, pathways, recession exposure."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from rancang.features.targets import TargetResult


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
    from rancang.cli.checks import print_total_checks, read_checked
    from rancang.cli.lang import use_language
    from rancang.features.targets import TargetOptions, run_targets
    from rancang.features.targets.export import export_targets

    lang = use_language(lang)
    panel, checks = read_checked(inputs)
    options = TargetOptions(
        region=region, target_share=target_share, target_year=target_year,
        rest_growth=rest_growth, start=start, end=end, shock_depth=shock_depth,
        shock_year=shock_year, recovery_years=recovery_years)
    result = run_targets(panel, options)
    paths = export_targets(result, out, lang=lang)
    if not quiet:
        console = Console()
        _summary(console, result, lang=lang)
        print_total_checks(console, checks, lang=lang, region=result.region_code)
        console.print(("Hasil ditulis ke" if lang == "id" else "Results written to")
                      + f" {out}/ ({len(paths)} files)")


def _summary(console: Console, result: TargetResult, *, lang: str, top: int = 5) -> None:
    from rancang.features.leading.cli_render import _fmt

    en = lang == "en"
    if result.panel.synthetic:
        console.print("[bold red]SYNTHETIC DATA: not BPS.[/]" if en
                      else "[bold red]DATA SINTETIS: data demo buatan Rancang, bukan BPS.[/]")
    for key, value in result.about(lang).items():
        console.print(f"[bold]{key}[/] {value}")
    t = result.tables
    ind = {r["indicator"]: r for r in t["indicators"].iter_rows(named=True)}
    table = Table(title="Indicators vs RIPIN" if en else "Indikator vs RIPIN",
                  title_justify="left")
    for col in ("Indicator" if en else "Indikator", "Value" if en else "Nilai",
                "RIPIN (national)" if en else "RIPIN (nasional)"):
        table.add_column(col)
    labels = {"manufacturing_growth": ("Pertumbuhan industri (%/th)", "Manufacturing growth"),
              "manufacturing_share": ("Pangsa industri (% PDRB)", "Manufacturing share"),
              "rest_growth": ("Pertumbuhan sektor lain (%/th)", "Rest-of-economy growth")}
    for key, (id_, en_) in labels.items():
        r = ind[key]
        ripin = ("-" if r["ripin_value"] is None
                 else f"{_fmt(r['ripin_value'], 1)} ({r['ripin_year']})")
        table.add_row(en_ if en else id_, _fmt(r["value"]), ripin)
    console.print(table)
    seen = set()
    for r in t["required_growth"].iter_rows(named=True):
        if (r["target_share"], r["target_year"]) in seen:
            continue
        seen.add((r["target_share"], r["target_year"]))
        if r["status"] == "already_met":
            console.print(
                (f"Target of {_fmt(r['target_share'], 1)} % by {r['target_year']} already "
                 f"met (share {_fmt(r['base_share'], 1)} % in {r['base_year']}); minimum "
                 "manufacturing growth to stay at or above it: " if en else
                 f"Sasaran {_fmt(r['target_share'], 1)} % pada {r['target_year']} sudah "
                 f"tercapai (pangsa {_fmt(r['base_share'], 1)} % pada {r['base_year']}); "
                 "pertumbuhan industri minimum agar tetap di atas sasaran: ")
                + f"[bold]{_fmt(r['required_growth'])} %[/] "
                + (f"(trend {_fmt(r['trend_growth'])} %)" if en
                   else f"(tren {_fmt(r['trend_growth'])} %)"))
            continue
        console.print(
            (f"Required manufacturing growth for {_fmt(r['target_share'], 1)} % by "
             f"{r['target_year']}: " if en else
             f"Pertumbuhan industri yang diperlukan untuk {_fmt(r['target_share'], 1)} % pada "
             f"{r['target_year']}: ")
            + f"[bold]{_fmt(r['required_growth'])} %[/] "
            + (f"(trend {_fmt(r['trend_growth'])} %)" if en
               else f"(tren {_fmt(r['trend_growth'])} %)"))
    ex = Table(title="Most exposed to a recession" if en else "Paling terpapar resesi",
               title_justify="left")
    for col in ("Industry" if en else "Lapangan usaha", "Beta",
                "Correlation" if en else "Korelasi", "Drop %" if en else "Turun %"):
        ex.add_column(col)
    for r in t["exposure"].head(top).iter_rows(named=True):
        ex.add_row(f"{r['industry_code']} {r['industry_name']}"[:40], _fmt(r["beta"]),
                   _fmt(r["correlation"]), _fmt(r["shock_drop"]))
    console.print(ex)
