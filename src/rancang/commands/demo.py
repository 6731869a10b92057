"""``rancang demo``: the main job on built-in synthetic demo data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


def register(app: typer.Typer) -> None:
    """Add ``demo`` to the app."""
    app.command("demo")(demo)


def demo(
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/demo"),
    lang: Annotated[str, typer.Option(help="id or en.")] = "id",
    seed: Annotated[int, typer.Option(help="Seed of the synthetic data.")] = 2024,
    serve: Annotated[
        bool, typer.Option(help="Then load the demo into an SQLite file and start the web app.")
    ] = False,
    host: Annotated[str, typer.Option(help="With --serve: address.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="With --serve: port.")] = 8000,
    bps_dir: Annotated[
        Path | None, typer.Option(help="With --serve: also load this BPS PDRB folder.")
    ] = None,
) -> None:
    """Generate a synthetic province (clearly labelled) and run the full analysis on it.

    Writes the synthetic input as a tidy CSV (``input/pdrb_demo_sintetis.csv``, which
    ``rancang analyze`` reads) and the analysis into ``out/analysis``.
    """
    from rancang.commands._render import analysis_progress, print_analysis_summary
    from rancang.features.leading import AnalysisOptions, run_analysis
    from rancang.features.leading.export import export_result
    from rancang.sources.synthetic import DEMO_PROVINCE_CODE, demo_province

    console = Console()
    panel = demo_province(seed=seed)
    input_dir = out / "input"
    input_dir.mkdir(parents=True, exist_ok=True)
    long = panel.to_long()
    refs = panel.references.to_long() if panel.references is not None else None
    if refs is not None:
        long = long.vstack(refs)
    long.write_csv(input_dir / "pdrb_demo_sintetis.csv")
    with analysis_progress(console) as step:
        result = run_analysis(panel, AnalysisOptions(reference=DEMO_PROVINCE_CODE), progress=step)
        export_result(result, out / "analysis", lang=lang)
    print_analysis_summary(console, result, lang=lang, max_regions=3)
    console.print(
        f"Input sintetis: {input_dir}/  ·  Hasil: {out / 'analysis'}/ (CSV + analysis.xlsx)"
        if lang == "id"
        else f"Synthetic input: {input_dir}/  ·  Results: {out / 'analysis'}/ (CSV + analysis.xlsx)"
    )
    if serve:
        _serve_demo(out, seed=seed, host=host, port=port, bps_dir=bps_dir)


def _serve_demo(out: Path, *, seed: int, host: str, port: int, bps_dir: Path | None) -> None:
    """Load the demo into ``out/rancang-demo.sqlite``, print the logins, start the server."""
    import os

    from rancang.commands.serve import serve as serve_cmd
    from rancang.core.db import ensure_schema, make_engine
    from rancang.web.demo import load_demo

    url = os.environ.get("RANCANG_DATABASE_URL") or f"sqlite:///{out.resolve()}/rancang-demo.sqlite"
    engine = make_engine(url)
    ensure_schema(engine)
    logins = load_demo(engine, seed=seed, bps_dir=bps_dir)
    engine.dispose()
    typer.echo("")
    typer.echo(f"Rancang demo (DATA SINTETIS): http://{host}:{port}/")
    for username, password, role, region in logins:
        typer.echo(f"  login: {username} / {password}  ({role}{' ' + region if region else ''})")
    serve_cmd(host=host, port=port, database_url=url, workers=1, proxy_headers=False,
              forwarded_allow_ips="127.0.0.1")
