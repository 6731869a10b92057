"""``rancang notes add`` and ``rancang notes list``."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the ``notes`` verbs to the ``rancang`` command."""
    notes = typer.Typer(help="Field notes from visits to sentra IKM.", no_args_is_help=True)
    app.add_typer(notes, name="notes")

    @notes.command("add")
    def add(region: Annotated[str, typer.Option(help="Kemendagri code, e.g. 72.06.")],
            text: Annotated[str, typer.Argument(help="The note.")]) -> None:
        """Save a note for a region."""
        from rancang.core.actors import CLI_ACTOR
        from rancang.core.db import ensure_schema, make_engine
        from rancang.core.i18n import text as word
        from rancang.core.settings import get_settings
        from rancang_notes.service import add_note

        engine = make_engine(get_settings().database_url)
        ensure_schema(engine)
        note = add_note(engine, CLI_ACTOR, region, text)
        typer.echo(word("notes.added", id=note, region=region))

    @notes.command("list")
    def list_() -> None:
        """List the notes."""
        from rancang.core.actors import CLI_ACTOR
        from rancang.core.db import ensure_schema, make_engine
        from rancang.core.settings import get_settings
        from rancang_notes.service import list_notes

        engine = make_engine(get_settings().database_url)
        ensure_schema(engine)
        for n in list_notes(engine, CLI_ACTOR):
            typer.echo(f"{n['id']:>4} {n['region_code']:<8} {n['author']:<12} {n['text']}")
