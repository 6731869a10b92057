"""The ``rancang`` command line.

Thin by design: each verb lives in a module of :mod:`rancang.commands` that parses its
options, calls a service and renders the result. A module joins the CLI by being listed in
``COMMAND_MODULES`` and exposing ``register(app)``.
"""

from __future__ import annotations

import importlib
import sys

import typer

from rancang.core.errors import InputError, RancangError

COMMAND_MODULES = (
    "rancang.commands.analyze",
    "rancang.commands.demo",
    "rancang.commands.complexity",
    "rancang.commands.io",
    "rancang.commands.targets",
    "rancang.commands.decide",
    "rancang.commands.siting",
    "rancang.commands.registry",
    "rancang.commands.serve",
    "rancang.commands.users",
)


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="rancang",
        help="Rancang: workbench for regional industrial development plans (RPIK/RPIP).",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    @app.command("version")
    def version() -> None:
        """Print the Rancang version."""
        from rancang import __version__

        typer.echo(__version__)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)
    return app


def main(argv: list[str] | None = None) -> None:
    """Console entry point: user mistakes end with a clear message and exit code 2."""
    app = build_app()
    try:
        app(args=argv)
    except InputError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except RancangError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
