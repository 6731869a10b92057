"""``--help`` in the call's language, from the catalogue.

The command-line library takes a verb's help from its docstring and an option's from its
``help=`` text, written once in the code. Before a call runs, :func:`translate_help` walks
the command tree and replaces each text by the catalogue's, in the call's language:

- a verb: ``cli.help.<path>`` (``cli.help.users.create``; the root is ``cli.help.rancang``);
- an option or argument: ``cli.opt.<path>.<name>`` (``cli.opt.users.create.role``), else
  the shared ``cli.opt.<name>`` (``cli.opt.database_url``, ``cli.opt.out``...);
- the library's own words (``Usage:``, the panel titles, ``[required]``, ``[default: ...]``):
  ``cli.lib.*``.

A text the catalogue lacks stays as written in the code; ``tests/core/test_cli_help.py``
fails on any such gap, so both languages are complete.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from rancang.core.i18n import LANGS, Catalogue

#: the core's modules holding the library's words, the root's and the shared options'
CORE_HELP_WORDS = ("rancang.core.words", "rancang.core.cli_words")


@lru_cache(maxsize=1)
def help_words() -> Catalogue:
    """The words ``--help`` shows: the core's and every feature's ``cli_words`` module,
    read without the rest of the catalogue (whose modules import the methods, NumPy and
    SciPy), so that ``rancang --help`` stays fast."""
    from rancang.core.features import installed

    modules = [m for m in installed().words_modules() if m.endswith(".cli_words")]
    return Catalogue((*CORE_HELP_WORDS, *modules))


def has(key: str) -> bool:
    """The help catalogue knows ``key``."""
    return key in help_words().words


def text(key: str, lang: str) -> str:
    """``key`` of the help catalogue in ``lang`` (the key itself when unknown)."""
    return help_words().get(key, lang) or key

#: the library's words and the catalogue's key for each (module-level strings of typer's
#: rich help formatter)
LIBRARY_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "cli.lib.arguments",
    "OPTIONS_PANEL_TITLE": "cli.lib.options",
    "COMMANDS_PANEL_TITLE": "cli.lib.commands",
    "ERRORS_PANEL_TITLE": "cli.lib.errors",
    "REQUIRED_LONG_STRING": "cli.lib.required",
    "DEFAULT_STRING": "cli.lib.default",
    "ENVVAR_STRING": "cli.lib.envvar",
}


def call_language(args: Sequence[str] | None) -> str:
    """The language of a call from its arguments (``--lang en``, ``--lang=en``), else
    ``RANCANG_LANG``, else Indonesian; an unknown value counts as the default (the option
    itself then says what is wrong).

    >>> call_language(["--lang", "en", "analyze", "x.csv"]), call_language(["--lang=id"])
    ('en', 'id')
    >>> call_language(["users", "list"]) in ("id", "en")
    True
    """
    found: str | None = None
    items = list(args or [])
    for k, arg in enumerate(items):
        if arg == "--lang" and k + 1 < len(items):
            found = items[k + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    found = found or os.environ.get("RANCANG_LANG") or LANGS[0]
    return found if found in LANGS else LANGS[0]


def shows_help(root: Any, args: list[str]) -> bool:
    """Whether a call prints help: ``--help``/``-h`` anywhere, no arguments, or a group of
    verbs named without one of its verbs (such a group prints its help).

    >>> import typer
    >>> app = typer.Typer()
    >>> sub = typer.Typer()
    >>> @sub.command()
    ... def go() -> None: ...
    >>> @sub.command()
    ... def stop() -> None: ...
    >>> app.add_typer(sub, name="users")
    >>> root = typer.main.get_command(app)
    >>> shows_help(root, []), shows_help(root, ["users"]), shows_help(root, ["users", "go"])
    (True, True, False)
    >>> shows_help(root, ["users", "go", "--help"])
    True
    """
    if not args or "--help" in args or "-h" in args:
        return True
    cmd = root
    for arg in args:
        if arg.startswith("-"):
            continue
        commands = getattr(cmd, "commands", None)
        if not commands or arg not in commands:
            break
        cmd = commands[arg]
    return (bool(getattr(cmd, "commands", None)) and cmd is not root) or (cmd is root and all(
        a.startswith("-") or a in ("en", "id") for a in args))


def walk(cmd: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command of the tree under ``cmd`` with its path of verb names."""
    yield path, cmd
    for name, sub in sorted(getattr(cmd, "commands", {}).items()):
        if not getattr(sub, "hidden", False):
            yield from walk(sub, (*path, name))


def command_key(path: tuple[str, ...]) -> str:
    """The catalogue key of a verb's help.

    >>> command_key(()), command_key(("users", "create"))
    ('cli.help.rancang', 'cli.help.users.create')
    """
    return "cli.help." + (".".join(path) or "rancang")


def param_keys(path: tuple[str, ...], name: str) -> tuple[str, str]:
    """The catalogue keys of an option's help: its own, then the shared one.

    >>> param_keys(("users", "create"), "role")
    ('cli.opt.users.create.role', 'cli.opt.role')
    """
    return "cli.opt." + ".".join((*path, name)), f"cli.opt.{name}"


def translate_help(root: Any, lang: str) -> None:
    """Put the catalogue's help texts in ``lang`` on every command and option under
    ``root`` and on the library's own words."""
    import typer.rich_utils as rich_utils

    for attribute, key in LIBRARY_WORDS.items():
        setattr(rich_utils, attribute, text(key, lang))
    usage = text("cli.lib.usage", lang) + " "
    help_text = text("cli.opt.help", lang)
    for path, cmd in walk(root):
        cmd.format_usage = _usage_writer(cmd, usage)
        cmd.get_help_option = _help_option(cmd, help_text)
        key = command_key(path)
        if has(key):
            cmd.help = text(key, lang)
            cmd.short_help = None
        for param in cmd.params:
            for pkey in param_keys(path, param.name or ""):
                if has(pkey):
                    param.help = text(pkey, lang)
                    break


def _usage_writer(cmd: Any, prefix: str) -> Any:
    """The verb's usage line with the catalogue's ``Usage:``."""
    def format_usage(ctx: Any, formatter: Any) -> None:
        pieces = cmd.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)

    return format_usage


def _help_option(cmd: Any, help_text: str) -> Any:
    """The verb's ``--help`` option with the catalogue's words (the library makes it on
    demand, outside ``cmd.params``)."""
    made = type(cmd).get_help_option

    def get_help_option(ctx: Any) -> Any:
        option = made(cmd, ctx)
        if option is not None:
            option.help = help_text
        return option

    return get_help_option


def missing_texts(root: Any) -> list[str]:
    """Keys of the verbs and options whose help the catalogue lacks (each should be there
    in every language)."""
    missing = []
    for path, cmd in walk(root):
        if not has(command_key(path)):
            missing.append(command_key(path))
        for param in cmd.params:
            if getattr(param, "hidden", False):
                continue
            own, shared = param_keys(path, param.name or "")
            if not (has(own) or has(shared)):
                missing.append(own)
    return missing
