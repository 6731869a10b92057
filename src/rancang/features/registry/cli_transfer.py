"""``rancang registry transfer``: ask for, list, approve and reject region transfers.

The same service and rules as the page and the API; ``--user`` acts as an account (its
grants decide where it may ask and decide), the default is the command line's own actor.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

UserOpt = Annotated[str | None, typer.Option("--user", help="Bertindak sebagai akun ini.")]
DbOpt = Annotated[str | None, typer.Option("--database-url", help="URL basis data register.")]
LangOpt = Annotated[str | None, typer.Option("--lang", help="Bahasa pesan: id atau en.")]


def _line(x: dict[str, Any]) -> str:
    from rancang.core.i18n import text

    name = f" {x['name']}" if x.get("name") else ""
    return (f"#{x['id']} NIB {x['nib']}{name}: {x['from_regency']} -> {x['to_village_code']} "
            f"({x['requested_by']}) {text('registry.transfer_status_' + x['status'])}")


def register(reg: typer.Typer, engine_of: Any, input_guard: Any, closing: Any) -> None:
    """Add the ``transfer`` sub-commands to ``rancang registry``."""
    from rancang.cli.lang import use_language
    # bad input: exit 2 (``input_guard``); refused or not found: the root command
    # prints the message and exits 1
    guard = input_guard

    tr = typer.Typer(help="Pindah wilayah usaha: minta, daftar, setujui, tolak.",
                     no_args_is_help=True)
    reg.add_typer(tr, name="transfer")

    def _actor(url: str | None, user: str | None) -> tuple[Any, Any]:
        from rancang.features.registry.cli_actor import actor_for

        engine = engine_of(url)
        return engine, guard(lambda: actor_for(engine, user))

    @tr.command("request")
    @closing
    def request_cmd(
        nib: Annotated[str, typer.Option("--nib", help="NIB usaha yang diminta.")],
        village: Annotated[str, typer.Option("--village", help="Kode desa tujuan.")],
        reason: Annotated[str, typer.Option("--reason", help="Alasan.")] = "",
        user: UserOpt = None, lang: LangOpt = None, database_url: DbOpt = None,
    ) -> None:
        """Minta usaha (NIB) pindah ke desa di wilayah Anda; ditinjau wilayah asal."""
        from rancang.features.registry.transfers import request_transfer

        use_language(lang)
        engine, who = _actor(database_url, user)
        x = guard(lambda: request_transfer(engine, who, nib=nib, village_code=village,
                                           reason=reason))
        typer.echo(_line(x))

    @tr.command("list")
    @closing
    def list_cmd(user: UserOpt = None, lang: LangOpt = None,
                 database_url: DbOpt = None) -> None:
        """Permintaan pindah dari dan ke wilayah Anda."""
        from rancang.features.registry.transfers import list_transfers

        use_language(lang)
        engine, who = _actor(database_url, user)
        for x in guard(lambda: list_transfers(engine, who)):
            typer.echo(_line(x))

    for verb, approve in (("approve", True), ("reject", False)):
        def decide(
            transfer_id: Annotated[int, typer.Argument(help="Nomor permintaan.")],
            user: UserOpt = None, lang: LangOpt = None, database_url: DbOpt = None,
            _approve: bool = typer.Option(approve, hidden=True),
        ) -> None:
            from rancang.core.i18n import text
            from rancang.features.registry.transfers import decide_transfer

            use_language(lang)
            engine, who = _actor(database_url, user)
            out = guard(lambda: decide_transfer(engine, who, transfer_id, approve=_approve))
            typer.echo(f"#{out['id']}: {text('registry.transfer_status_' + out['status'])}")

        decide.__doc__ = ("Setujui permintaan pindah (usaha dipindahkan)." if approve
                          else "Tolak permintaan pindah (usaha tetap).")
        tr.command(verb)(closing(decide))
