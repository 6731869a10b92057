"""``rancang registry delete | deleted | restore``: deliberate deletes from the command line.

The same service and rules as the page and the API: ``delete`` asks for confirmation
(or takes ``--yes``), a deleted firm is kept for the retention period and ``restore`` puts
it back.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

UserOpt = Annotated[str | None, typer.Option("--user", help="Bertindak sebagai akun ini.")]
DbOpt = Annotated[str | None, typer.Option("--database-url", help="URL basis data register.")]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Bahasa pesan: id atau en.")]


def register(reg: typer.Typer, engine_of: Any, input_guard: Any, closing: Any) -> None:
    """Add ``delete``, ``deleted`` and ``restore`` to ``rancang registry``."""
    from rancang.cli.lang import use_language
    # bad input: exit 2 (``input_guard``); refused or not found: the root command
    # prints the message and exits 1
    guard = input_guard

    def actor(url: str | None, user: str | None) -> tuple[Any, Any]:
        from rancang.features.registry.cli_actor import actor_for

        engine = engine_of(url)
        return engine, guard(lambda: actor_for(engine, user))

    @reg.command("delete")
    @closing
    def delete_cmd(
        record_id: Annotated[int, typer.Argument(help="Nomor usaha.")],
        yes: Annotated[bool, typer.Option("--yes", help="Tanpa pertanyaan konfirmasi.")] = False,
        reason: Annotated[str, typer.Option("--reason", help="Alasan.")] = "",
        user: UserOpt = None, lang: LangOpt = None, database_url: DbOpt = None,
    ) -> None:
        """Hapus satu usaha (dapat dipulihkan selama masa simpan)."""
        from rancang.core.i18n import text
        from rancang.features.registry.deletion import RETENTION, delete_record
        from rancang.features.registry.records import get_record

        use_language(lang)
        engine, who = actor(database_url, user)
        rec = guard(lambda: get_record(engine, who, record_id))["record"]
        if not yes:
            question = text("registry.delete_question", name=rec["name"], id=record_id,
                            days=RETENTION.days)
            if not typer.confirm(question, default=False):
                raise typer.Exit(1)
        out = guard(lambda: delete_record(engine, who, record_id, confirm=True,
                                          reason=reason))
        typer.echo(text("registry.deleted_done", name=out["name"],
                        until=out["purge_after"].strftime("%Y-%m-%d")) + f" (#{out['id']})")

    @reg.command("deleted")
    @closing
    def deleted_cmd(user: UserOpt = None, lang: LangOpt = None,
                    database_url: DbOpt = None) -> None:
        """Usaha terhapus yang masih dapat dipulihkan."""
        from rancang.features.registry.deletion import list_deleted

        use_language(lang)
        engine, who = actor(database_url, user)
        for d in guard(lambda: list_deleted(engine, who)):
            typer.echo(f"#{d['id']} usaha {d['record_id']} {d['name']} ({d['deleted_by']}, "
                       f"{d['deleted_at']:%Y-%m-%d}; s.d. {d['purge_after']:%Y-%m-%d})")

    @reg.command("restore")
    @closing
    def restore_cmd(
        deleted_id: Annotated[int, typer.Argument(help="Nomor data terhapus (registry deleted).")],
        user: UserOpt = None, lang: LangOpt = None, database_url: DbOpt = None,
    ) -> None:
        """Pulihkan usaha yang terhapus."""
        from rancang.core.i18n import text
        from rancang.features.registry.deletion import restore_record

        use_language(lang)
        engine, who = actor(database_url, user)
        out = guard(lambda: restore_record(engine, who, deleted_id))
        typer.echo(text("registry.restored_done", **out))
