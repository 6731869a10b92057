"""The ``--lang`` option of every command: checked once, and made the call's language."""

from __future__ import annotations

import typer


def use_language(lang: str | None, *, inherit: bool = True) -> str:
    """Check ``--lang`` (``id``, ``en`` or not given) and make it the language of this call.

    Returns the language for summaries, workbooks and messages: the one given, else (with
    ``inherit``) the one chosen earlier in this call (``rancang --lang en decide leading``
    or ``rancang decide --lang en leading``), else ``RANCANG_LANG``, else Indonesian.

    Examples
    --------
    >>> use_language("en")
    'en'
    >>> use_language(None)
    'en'
    >>> from rancang.core.i18n import use_language as reset; reset(None)
    """
    from rancang.core import i18n

    if lang is not None and i18n.normalize_language(lang) is None:
        raise typer.BadParameter(i18n.text("cli.bad_lang"))
    if lang is not None:
        i18n.use_language(lang)
    elif not inherit:
        i18n.use_language(None)
    return i18n.current_language()
