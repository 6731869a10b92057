"""``rancang users``: create accounts (the first administrator), list them, set passwords."""

from __future__ import annotations

import os
from typing import Annotated

import typer

users_app = typer.Typer(help="Accounts of the web application.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add ``users`` to the app."""
    app.add_typer(users_app, name="users")


def _engine(database_url: str | None):  # type: ignore[no-untyped-def]
    from rancang.core.db import ensure_schema, make_engine
    from rancang.core.settings import get_settings

    engine = make_engine(database_url or get_settings().database_url)
    ensure_schema(engine)
    return engine


def _password(given: str | None) -> str:
    if given:
        return given
    env = os.environ.get("RANCANG_PASSWORD")
    if env:
        return env
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


DbOption = Annotated[str | None, typer.Option("--database-url", help="SQLAlchemy URL.")]


@users_app.command("create")
def create(
    username: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option(help="admin, analyst or viewer.")] = "admin",
    region: Annotated[
        str | None, typer.Option(help="Analyst's region, Kemendagri code (72 or 72.06).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    password: Annotated[
        str | None, typer.Option(help="Password (else RANCANG_PASSWORD, else asked).")
    ] = None,
    database_url: DbOption = None,
) -> None:
    """Create an account, e.g. the first administrator: ``rancang users create admin``."""
    from rancang.features.accounts.service import create_user

    uid = create_user(_engine(database_url), username, _password(password), role=role,
                      region_code=region, display_name=name)
    typer.echo(f"user {username} ({role}{' ' + region if region else ''}) created, id {uid}")


@users_app.command("list")
def list_(database_url: DbOption = None) -> None:
    """List accounts (never their passwords)."""
    from rancang.features.accounts.service import list_users

    for u in list_users(_engine(database_url)):
        region = u["region_code"] or "-"
        typer.echo(f"{u['id']:>4}  {u['username']:<20} {u['role']:<8} {region:<8} "
                   f"{'active' if u['active'] else 'disabled'}")


@users_app.command("password")
def password_(
    username: Annotated[str, typer.Argument(help="User name.")],
    password: Annotated[str | None, typer.Option(help="New password.")] = None,
    database_url: DbOption = None,
) -> None:
    """Set a new password (ends the user's sessions)."""
    from rancang.features.accounts.service import set_password

    set_password(_engine(database_url), username, _password(password))
    typer.echo(f"password of {username} changed")
