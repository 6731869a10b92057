"""``rancang complexity``: economic complexity, relatedness and diversification options."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


def register(app: typer.Typer) -> None:
    """Add ``complexity`` to the app."""
    app.command("complexity")(complexity)


def complexity(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Berkas atau folder: ekspor PDRB BPS, tabel Dalam Angka, atau CSV/XLSX "
            "panjang (region_code, industry_code, year, value). Tata letak dikenali otomatis.",
            exists=True,
        ),
    ],
    threshold: Annotated[
        float, typer.Option(help="Ambang RCA: lapangan usaha dianggap hadir bila RCA >= ambang.")
    ] = 1.0,
    out: Annotated[Path, typer.Option(help="Folder hasil.")] = Path("out/complexity"),
    weight: Annotated[
        list[str] | None,
        typer.Option("--weight", "-w",
                     help="Bobot peluang NAMA=NILAI atas density, cog, pci "
                     "(mis. density=0.5); boleh diulang."),
    ] = None,
    start: Annotated[int | None, typer.Option("--from", help="Tahun pertama.")] = None,
    end: Annotated[int | None, typer.Option("--to", help="Tahun terakhir.")] = None,
    all_years: Annotated[
        bool, typer.Option("--all-years",
                           help="Peluang untuk setiap tahun, bukan hanya tahun terakhir.")
    ] = False,
    samples: Annotated[
        int | None, typer.Option(help="Jumlah undian (ambang x bobot) untuk rentang "
                                 "peringkat (bawaan 60, lebih sedikit untuk lebih dari 1,5 "
                                 "juta sel, disebutkan).", min=10)
    ] = None,
    top: Annotated[int, typer.Option(
        help="Hasil besar (lebih dari 1 juta sel): jumlah peluang teratas tiap wilayah di "
             "CSV dan buku kerja; matriks lengkap ditulis sebagai Parquet.", min=1)] = 20,
    lang: Annotated[str | None, typer.Option(
        help="Bahasa buku kerja, ringkasan dan pesan: id (bawaan) atau en.")] = None,
    missing: Annotated[str, typer.Option(
        help="Sel yang tidak ada di tabel panjang: zero (bawaan, dianggap nol seperti "
             "ecomplexity dan Atlas; jumlahnya disebutkan) atau refuse (ditolak).")] = "zero",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Tanpa ringkasan.")] = False,
) -> None:
    """Kompleksitas ekonomi dan peluang diversifikasi tiap wilayah.

    ECI, PCI, kedekatan (proximity), kepadatan (density), COI, COG dan peluang.
    Menulis complexity.csv, eci.csv, pci.csv, opportunities.csv dan
    complexity.xlsx ke --out.
    """
    from rancang.cli.checks import print_notes, print_total_checks
    from rancang.cli.lang import use_language
    from rancang.cli.progress import analysis_progress, parse_weights
    from rancang.core.i18n import text
    from rancang.core.memory import reuse_freed_memory
    from rancang.features.complexity.inputs import read_beside_imports

    reuse_freed_memory()  # a batch command: freed large arrays re-used, not faulted in again
    lang = use_language(lang)
    if not threshold > 0:
        raise typer.BadParameter(text("complexity.bad_threshold", lang))
    weights = parse_weights(weight)
    if weights:
        unknown = sorted(set(weights) - {"density", "cog", "pci"})
        if unknown:
            raise typer.BadParameter(text("complexity.unknown_weight", lang,
                                          names=", ".join(unknown)))
        if sum(weights.values()) <= 0:
            raise typer.BadParameter(text("complexity.weights_zero", lang))
    console = Console(stderr=False)
    with analysis_progress(console, quiet=quiet, total=5) as step:
        # the computation's modules (SciPy) are imported while the input is read
        panel, checks = read_beside_imports(
            inputs, ["rancang.features.complexity.cli_render"], progress=step,
            missing=missing)
        from rancang.features.complexity.cli_render import print_complexity_summary
        from rancang.features.complexity.export import export_result
        from rancang.features.complexity.service import ComplexityOptions, run_complexity

        options = ComplexityOptions(
            threshold=threshold, start=start, end=end, weights=weights,
            all_years=all_years, rank_samples=samples, top=top,
        )
        result = run_complexity(panel, options, progress=step)
        result.checks = checks
        step(text("complexity.step.writing", lang))
        paths = export_result(result, out, lang=lang)
    print_total_checks(Console(stderr=True), result.checks, lang=lang)
    print_notes(console, result.panel, lang=lang)
    if samples is None and result.rank_samples < 60:
        cells = len(result.panel.region_codes) * len(result.panel.industry_codes)
        console.print(text("complexity.samples_said", lang, samples=result.rank_samples,
                           default=60, cells=cells))
    if result.top is not None:
        console.print(text("complexity.top_said", lang, top=result.top,
                           files=", ".join(f"{n}.parquet" for n in result.full)))
    for warning in result.warnings(lang):
        console.print(f"[bold yellow]{text('complexity.warning', lang)}:[/] {warning}")
    if not quiet:
        print_complexity_summary(console, result, lang=lang)
        console.print(text("complexity.written", lang, out=out, n=len(paths)))
