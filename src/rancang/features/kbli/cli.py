"""``rancang kbli code`` and ``rancang kbli suggest``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add ``kbli`` to the app."""
    kbli = typer.Typer(help="KBLI 2020 codes for free-text descriptions.",
                       no_args_is_help=True)
    app.add_typer(kbli, name="kbli")
    kbli.command("code")(code)
    kbli.command("suggest")(suggest)
    kbli.command("register")(register_missing)


def code(
    file: Annotated[Path, typer.Argument(help="CSV or XLSX with a description column.",
                                         exists=True, dir_okay=False)],
    column: Annotated[str, typer.Option(help="Header of the column to code.")],
    out: Annotated[Path, typer.Option(help="Output CSV (or XLSX when it ends .xlsx): the "
                                           "input columns plus kbli_1..kbli_N with titles "
                                           "and scores.")],
    top: Annotated[int, typer.Option(help="Classes per row (1-10).")] = 3,
    sheet: Annotated[str | None, typer.Option(help="XLSX sheet (default the first).")] = None,
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help="No progress on stderr.")] = False,
) -> None:
    """Suggest KBLI 2020 classes for every row of a file's column (progress on stderr).
    The file written is byte for byte the one the page /kbli and POST /api/v1/kbli/code
    give for the same file and options."""
    from rancang.cli.lang import use_language
    from rancang.cli.progress import job_progress
    from rancang.core.i18n import text
    from rancang.features.kbli.batch import code_upload, output_format

    use_language(lang)
    with job_progress(quiet=quiet) as report:
        coded = code_upload(file.name, file.read_bytes(), column, top=top, sheet=sheet,
                            fmt=output_format(out.name), progress=report)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(coded.content)
        report(1.0)
    typer.echo(text("kbli.coded", n=coded.coded, blank=coded.blank, out=str(out)))


def suggest(
    phrase: Annotated[str, typer.Argument(help="A business activity or product, e.g. "
                                               "'keripik singkong pedas balado'.")],
    top: Annotated[int, typer.Option(help="Classes to show (1-10).")] = 3,
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
) -> None:
    """Suggest KBLI 2020 classes for one phrase, each with the words that matched."""
    from rancang.cli.lang import use_language
    from rancang.core.i18n import text
    from rancang.features.kbli.service import explain, suggest_text

    use_language(lang)
    found = suggest_text(phrase, top=top)
    if not found:
        typer.echo(text("kbli.none", text=phrase))
        return
    for s in found:
        typer.echo(f"{s.code}  {s.score:7.3f}  {s.title}")
        typer.echo(f"       {explain(s)}")
        if s.excerpt:
            typer.echo(f"       \u00ab{s.excerpt}\u00bb")


def register_missing(
    out: Annotated[Path, typer.Option(help="Output CSV of suggestions (nothing is applied).")],
    database_url: Annotated[str | None, typer.Option(
        "--database-url", help="SQLAlchemy URL of the register (default "
                               "RANCANG_DATABASE_URL).")] = None,
    top: Annotated[int, typer.Option(help="Classes per firm (1-10).", min=1, max=10)] = 3,
    lang: Annotated[str | None, typer.Option(
        help="Language of the messages: id (default) or en.")] = None,
) -> None:
    """Suggest KBLI classes for the register's firms without a KBLI code, from their
    product; writes a CSV to review: nothing in the register changes."""
    from rancang.cli.lang import use_language
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.i18n import text
    from rancang.features.kbli.batch import write_csv
    from rancang.features.kbli.register import register_suggestions
    from rancang.features.registry.service import open_register

    use_language(lang)
    engine = open_register(database_url)
    try:
        header, rows = register_suggestions(engine, CLI_ACTOR, top=top)
    finally:
        engine.dispose()
    write_csv(out, header, rows)
    typer.echo(text("kbli.register_suggested", n=len(rows), out=str(out)))
