"""The ``rancang`` command line: the core's verbs and every feature's.

Thin by design: the core adds ``version``, ``demo`` and ``serve``; each feature adds its
own verbs through its manifest (:attr:`rancang.core.features.Feature.cli`). A verb parses
its options, calls a service and renders the result. Rancang's errors end with a clear
message in the call's language and exit code 2 (bad input) or 1, never a traceback.
"""

from __future__ import annotations

import sys

import typer

from rancang.core.errors import InputError, RancangError, error_text


def _root(
    lang: str | None = typer.Option(
        None, "--lang", help="Language of messages and outputs: id (default) or en.",
        envvar="RANCANG_LANG"),
) -> None:
    """Rancang: workbench for regional industrial development plans (RPIK/RPIP).

    Every call starts in its own language: ``--lang``, else ``RANCANG_LANG``, else
    Indonesian (a verb's own ``--lang`` may change it for the rest of the call).
    """
    from rancang.cli.lang import use_language
    from rancang.core import i18n

    i18n.use_language(None)
    use_language(lang)


def build_app() -> typer.Typer:
    """The root command with the core's verbs and every installed feature's."""
    from rancang.cli.usage import RancangGroup
    from rancang.core.features import installed

    app = typer.Typer(
        name="rancang",
        help="Rancang: workbench for regional industrial development plans (RPIK/RPIP).",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        callback=_root,
        cls=RancangGroup,
    )

    @app.command("version")
    def version() -> None:
        """Print the Rancang version."""
        from rancang import __version__

        typer.echo(__version__)

    from rancang.cli import db, demo, serve

    demo.register(app)
    serve.register(app)
    db.register(app)
    installed().register_cli(app)
    return app


def main(argv: list[str] | None = None) -> None:
    """Console entry point: user mistakes end with a clear message and exit code 2."""
    from rancang.core import i18n

    i18n.use_language(None)
    app = build_app()
    try:
        app(args=argv)
    except InputError as exc:
        typer.echo(error_text(exc), err=True)
        sys.exit(2)
    except MemoryError:  # a resource limit is a message, never a traceback
        typer.echo(i18n.text("cli.out_of_memory"), err=True)
        sys.exit(2)
    except RancangError as exc:
        typer.echo(error_text(exc), err=True)
        sys.exit(1)
    except Exception as exc:  # the last resort: never a traceback with the user's data
        _unexpected(exc)


def _unexpected(exc: Exception) -> None:
    """A value the database refused is bad input (exit 2); anything else is reported
    with a reference and its traceback written, without the statement's values, to a
    private file of the temporary folder (exit 1). ``RANCANG_DEBUG=1`` shows it instead."""
    import os
    import secrets
    import tempfile
    import traceback

    from rancang.core.errors import database_refusal

    refused = database_refusal(exc)
    if refused is not None:
        typer.echo(error_text(refused), err=True)
        sys.exit(2)
    if os.environ.get("RANCANG_DEBUG"):
        raise exc
    ref = secrets.token_hex(4)
    fd, path = tempfile.mkstemp(prefix=f"rancang-error-{ref}-", suffix=".log")
    with os.fdopen(fd, "w", encoding="utf-8") as log:
        log.write("".join(traceback.format_exception(exc)))
    typer.echo(error_text(RancangError("error.unexpected", ref=ref)), err=True)
    typer.echo(path, err=True)
    sys.exit(1)
