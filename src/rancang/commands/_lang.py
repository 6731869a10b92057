"""The ``--lang`` option of every command: checked once, and applied to error messages."""

from __future__ import annotations

import typer


def use_language(lang: str | None, *, inherit: bool = False) -> str:
    """Check ``--lang`` (``id``, ``en`` or not given) and make it the message language.

    Returns the language for summaries and workbooks: the one given, else (with
    ``inherit``, for a sub-command such as ``rancang decide --lang en leading``) the one the
    group chose, else Indonesian. Error locations (:class:`rancang.core.errors.Problem`) follow a
    given ``--lang``; without one they keep their default (``RANCANG_LANG`` or Indonesian).

    Examples
    --------
    >>> use_language("en")
    'en'
    >>> from rancang.core.errors import set_message_language; set_message_language(None)
    """
    from rancang.core.errors import chosen_language, set_message_language

    if lang not in (None, "id", "en"):
        raise typer.BadParameter("--lang must be id or en")
    if lang is not None:
        set_message_language(lang)
    return lang or (chosen_language() if inherit else None) or "id"
