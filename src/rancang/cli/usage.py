"""Usage mistakes at the command line (an unknown option, a missing argument, a value that
is not a number) in the call's language, with the hint to ``--help``.

The command-line library writes these in English inside a box; Rancang's root command
(:class:`RancangGroup`) catches them and prints one line through the catalogue instead,
``Galat: ...`` / ``Error: ...``, exit code 2, as for every other mistake in the input.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer import Abort
from typer._click.exceptions import (  # the command-line library of the pinned typer
    BadParameter,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperGroup

from rancang.core.errors import InputError, RancangError, error_text
from rancang.core.i18n import text

# what the command-line library says about a bad value, and the catalogue's words for it
_KNOWN = (
    (re.compile(r"Input should be a valid integer"), "cli.not_integer"),
    (re.compile(r"Input should be a valid (number|float|decimal)"), "cli.not_number"),
    (re.compile(r"Input should be a valid boolean"), "cli.not_boolean"),
    (re.compile(r"[Pp]ath '(?P<path>.+)' does not exist"), "cli.path_missing"),
    (re.compile(r"[Ff]ile '(?P<path>.+)' does not exist"), "cli.path_missing"),
    (re.compile(r"'?(?P<value>[^']*)'? is not one of (?P<choices>.+?)\.?$"), "cli.not_one_of"),
)


def _hint(exc: BadParameter) -> str:
    hint: Sequence[str] | str | None = exc.param_hint
    if hint is None and exc.param is not None:
        hint = exc.param.get_error_hint()
    if hint is None:
        return ""
    return hint if isinstance(hint, str) else " / ".join(hint)


def _detail(message: str) -> str:
    """A bad value's reason in the catalogue's words when it is one the library writes.

    >>> from rancang.core.i18n import language
    >>> with language("id"):
    ...     _detail("Input should be a valid integer, unable to parse string as an integer")
    'bukan bilangan bulat'
    >>> _detail("sudah dalam bahasa pengguna")
    'sudah dalam bahasa pengguna'
    """
    for pattern, key in _KNOWN:
        found = pattern.search(message)
        if found:
            return text(key, **found.groupdict())
    return message


def usage_message(exc: UsageError) -> str:
    """The mistake as one sentence in the current language."""
    if isinstance(exc, NoSuchOption):
        msg = text("cli.no_such_option", option=exc.option_name)
        if exc.possibilities:
            msg += " " + text("cli.did_you_mean", options=", ".join(sorted(exc.possibilities)))
        return msg
    if isinstance(exc, MissingParameter):
        return text("cli.missing", what=_hint(exc))
    if isinstance(exc, BadParameter):
        hint = _hint(exc)
        detail = _detail(exc.message)
        return text("cli.bad_value", what=hint, detail=detail) if hint else detail
    extra = re.match(r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)",
                     exc.message)
    if extra:
        return text("cli.extra_args", args=extra.group("args"))
    return _detail(exc.message)


def usage_text(exc: UsageError) -> str:
    """The line printed for a usage mistake, with the hint to the command's help."""
    line = f"{text('error.prefix')}: {usage_message(exc)}"
    if exc.ctx is not None:
        line += "\n" + text("cli.see_help", command=f"{exc.ctx.command_path} --help")
    return line


class RancangGroup(TyperGroup):
    """The root command: usage mistakes and Rancang's input errors in the call's language
    (exit code 2), other Rancang errors and an interrupted call said so (exit code 1);
    everything else as the library does it."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        from rancang.cli.help import call_language, shows_help, translate_help

        given = list(sys.argv[1:] if args is None else args)
        if shows_help(self, given):  # the catalogue is read only when help is shown
            translate_help(self, call_language(given))
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False,
                                  windows_expand_args=windows_expand_args, **extra)
        except UsageError as exc:
            typer.echo(usage_text(exc), err=True)
            code = 2
        except Abort:
            typer.echo(text("cli.aborted"), err=True)
            code = 1
        except InputError as exc:  # bad input: the located message, exit code 2
            typer.echo(error_text(exc), err=True)
            code = 2
        except RancangError as exc:
            typer.echo(error_text(exc), err=True)
            code = 1
        else:
            code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
