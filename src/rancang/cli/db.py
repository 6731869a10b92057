"""``rancang db backup|restore``: the whole database to one file and back
(:mod:`rancang.core.db.backup`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from sqlalchemy import Engine

db_app = typer.Typer(help="The database: backup and restore (SQLite and PostgreSQL).",
                     no_args_is_help=True)
DbOption = Annotated[str | None, typer.Option("--database-url", help="SQLAlchemy URL.")]


def register(app: typer.Typer) -> None:
    """Add ``db`` to the app."""
    app.add_typer(db_app, name="db")


def _engine(database_url: str | None) -> Engine:
    from rancang.core.db import make_engine
    from rancang.core.settings import get_settings

    return make_engine(database_url or get_settings().database_url)


@db_app.command("backup")
def backup_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="Backup file to write (.zip).")],
    database_url: DbOption = None,
) -> None:
    """Back up the whole database to one ZIP file."""
    from rancang.core.db.backup import backup
    from rancang.core.i18n import text

    manifest = backup(_engine(database_url), out)
    rows = sum(t["rows"] for t in manifest["tables"].values())
    typer.echo(text("db.backup.done", out=out, tables=len(manifest["tables"]), rows=rows))


@db_app.command("restore")
def restore_cmd(
    file: Annotated[Path, typer.Argument(help="Backup file (.zip).", exists=True,
                                         dir_okay=False)],
    database_url: DbOption = None,
) -> None:
    """Restore a backup file into an empty database."""
    from rancang.core.db.backup import restore
    from rancang.core.i18n import text

    counts = restore(_engine(database_url), file)
    typer.echo(text("db.restore.done", file=file.name, tables=len(counts),
                    rows=sum(counts.values())))
