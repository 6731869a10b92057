"""``rancang demo``: the main job on built-in synthetic demo data, from every feature.

Each feature's demo hook (:attr:`rancang.core.features.Feature.demo`) receives a
:class:`~rancang.core.features.DemoContext`: the leading-industry feature writes the
synthetic province and its full analysis to ``--out``; with ``--serve`` the context also
carries a database, which the other features fill (the synthetic dataset and register,
the demo logins) before the web application starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rancang.core.features import DemoContext


def run_demo_hooks(ctx: DemoContext) -> None:
    """Call every feature's demo hook with ``ctx`` (in feature order)."""
    from rancang.core.features import DemoHook, installed, load_ref

    for feature in installed():
        if feature.demo:
            hook: DemoHook = load_ref(feature.demo)
            hook(ctx)


def load_demo_database(engine: Any, *, seed: int = 2024, bps_dir: Path | None = None,
                       **options: Any) -> list[tuple[str, str, str, str | None]]:
    """Fill a database with every feature's demo data (idempotent); returns the logins.

    ``options`` reach the hooks (``firms=3000`` for a larger synthetic register). Files
    the demo writes go to a temporary folder.
    """
    import tempfile

    from rancang.core.features import DemoContext

    with tempfile.TemporaryDirectory() as tmp:
        ctx = DemoContext(engine=engine, seed=seed, out=Path(tmp), bps_dir=bps_dir,
                          say=lambda _: None, options=options, files=False)
        run_demo_hooks(ctx)
    return ctx.logins


def register(app: typer.Typer) -> None:
    """Add ``demo`` to the app."""
    app.command("demo")(demo)


def demo(
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out/demo"),
    lang: Annotated[str | None, typer.Option(help="id or en.")] = None,
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
    from rancang.cli.lang import use_language
    from rancang.core.features import DemoContext

    use_language(lang)
    engine = None
    url = ""
    if serve:
        import os

        from rancang.core.db import ensure_schema, make_engine

        url = (os.environ.get("RANCANG_DATABASE_URL")
               or f"sqlite:///{out.resolve()}/rancang-demo.sqlite")
        out.mkdir(parents=True, exist_ok=True)
        engine = make_engine(url)
        ensure_schema(engine)
    ctx = DemoContext(engine=engine, seed=seed, out=out, bps_dir=bps_dir, say=typer.echo)
    run_demo_hooks(ctx)
    if engine is None:
        return
    engine.dispose()
    typer.echo("")
    typer.echo(f"Rancang demo (DATA SINTETIS): http://{host}:{port}/")
    for username, password, role, region in ctx.logins:
        typer.echo(f"  login: {username} / {password}  ({role}{' ' + region if region else ''})")
    from rancang.cli.serve import serve as serve_cmd

    serve_cmd(host=host, port=port, database_url=url, workers=1, forwarded_allow_ips="")
