"""``rancang users``: accounts (the first administrator), their role grants, passwords."""

from __future__ import annotations

import os
from typing import Annotated, Any

import typer

users_app = typer.Typer(help="Accounts and their roles (web application and API).",
                        no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add ``users`` to the app."""
    app.add_typer(users_app, name="users")


def _engine(database_url: str | None) -> Any:
    from rancang.core.db import open_database

    return open_database(database_url)


def _cli_actor() -> str:
    """Who acts at the command line: ``RANCANG_ACTOR``, else the operating-system user."""
    import getpass

    try:
        return os.environ.get("RANCANG_ACTOR") or f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user database in some containers
        return "cli"


def _password(given: str | None) -> str:
    from rancang.core.i18n import text

    if given:
        return given
    env = os.environ.get("RANCANG_PASSWORD")
    if env:
        return env
    return str(typer.prompt(text("accounts.password_prompt"), hide_input=True,
                            confirmation_prompt=True))


def _grant_text(role: str, region: str | None) -> str:
    from rancang.core.i18n import text

    return f"{role} {region or text('accounts.central')}"


DbOption = Annotated[str | None, typer.Option("--database-url", help="SQLAlchemy URL.")]
RegionOption = Annotated[str | None, typer.Option(
    help="Region of the role: Kemendagri code (72 or 72.06), or central for the whole "
         "country; not for admin and viewer.")]


@users_app.command("create")
def create(
    username: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option(help="First role: admin, analyst, viewer or a role "
                                      "a feature brings.")] = "admin",
    region: RegionOption = None,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    password: Annotated[
        str | None, typer.Option(help="Password (else RANCANG_PASSWORD, else asked).")
    ] = None,
    database_url: DbOption = None,
) -> None:
    """Create an account, e.g. the first administrator: ``rancang users create admin``."""
    from rancang.core.i18n import text
    from rancang.features.accounts.service import create_user

    uid = create_user(_engine(database_url), username, _password(password), role=role,
                      region_code=region, display_name=name)
    typer.echo(text("accounts.created", username=username, id=uid,
                    grants=_grant_text(role, None if region == "central" else region)))


@users_app.command("grant")
def grant(
    username: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option(help="Role to give.")],
    region: RegionOption = None,
    database_url: DbOption = None,
) -> None:
    """Give an account a role for a region (or the whole country)."""
    from rancang.core.i18n import text
    from rancang.features.accounts.service import grant_role

    g = grant_role(_engine(database_url), username, role, region)
    typer.echo(text("accounts.granted", username=username, grant=_grant_text(g.role, g.region)))


@users_app.command("revoke")
def revoke(
    username: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option(help="Role to take away.")],
    region: RegionOption = None,
    database_url: DbOption = None,
) -> None:
    """Take a role for a region from an account (its sessions end)."""
    from rancang.core.i18n import text
    from rancang.features.accounts.service import revoke_role

    revoke_role(_engine(database_url), username, role, region)
    typer.echo(text("accounts.revoked", username=username, role=role,
                    region=region or text("accounts.central")))


@users_app.command("list")
def list_(database_url: DbOption = None) -> None:
    """List accounts and their roles (never their passwords)."""
    from rancang.core.i18n import text
    from rancang.core.text import printable
    from rancang.features.accounts.service import list_users
    from rancang.features.accounts.throttle import throttled_users

    engine = _engine(database_url)
    failures = throttled_users(engine)
    for u in list_users(engine):
        grants = "; ".join(_grant_text(g.role, g.region) for g in u.grants) or "-"
        state = text("accounts.active" if u.active else "accounts.inactive")
        failed = failures.get(u.username, 0)
        note = f"  {text('accounts.failures', n=failed)}" if failed else ""
        typer.echo(f"{u.id:>4}  {printable(u.username):<20} {state:<9} {grants}{note}")


@users_app.command("password")
def password_(
    username: Annotated[str, typer.Argument(help="User name.")],
    password: Annotated[str | None, typer.Option(help="New password.")] = None,
    database_url: DbOption = None,
) -> None:
    """Set a new password (ends the user's sessions)."""
    from rancang.core.i18n import text
    from rancang.features.accounts.service import set_password

    set_password(_engine(database_url), username, _password(password))
    typer.echo(text("accounts.password_changed", username=username))


@users_app.command("disable")
def disable(username: Annotated[str, typer.Argument(help="User name.")],
            database_url: DbOption = None) -> None:
    """Disable an account (it can no longer sign in; its sessions end)."""
    from rancang.core.i18n import text
    from rancang.features.accounts.service import set_active

    set_active(_engine(database_url), username, False)
    typer.echo(text("accounts.disabled", username=username))


@users_app.command("enable")
def enable(username: Annotated[str, typer.Argument(help="User name.")],
           database_url: DbOption = None) -> None:
    """Enable a disabled account."""
    from rancang.core.i18n import text
    from rancang.features.accounts.service import set_active

    set_active(_engine(database_url), username, True)
    typer.echo(text("accounts.enabled", username=username))


@users_app.command("unlock")
def unlock(username: Annotated[str, typer.Argument(help="User name.")],
           database_url: DbOption = None) -> None:
    """Lift the sign-in throttle of a user (forget their recent failed sign-ins)."""
    from rancang.core.i18n import text
    from rancang.features.accounts.throttle import unlock as unlock_user

    n = unlock_user(_engine(database_url), username, actor=_cli_actor())
    typer.echo(text("accounts.unlocked", username=username, n=n))
