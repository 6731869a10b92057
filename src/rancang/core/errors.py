"""One error family for the whole product.

Every mistake in user input is reported as an :class:`InputError` holding one or more
:class:`Problem` entries, each naming the file, sheet, row and column where it was found.
The CLI, the web pages and the API render them the same way.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass

#: Words of a location, per language: Indonesian by default (the users' language).
LOCATION_WORDS = {
    "id": {"file": "berkas", "sheet": "lembar", "row": "baris", "column": "kolom",
           "problems": "masalah dalam masukan", "more": "dan {n} lainnya"},
    "en": {"file": "file", "sheet": "sheet", "row": "row", "column": "column",
           "problems": "problems in the input", "more": "and {n} more"},
}
_LANGUAGE: ContextVar[str | None] = ContextVar("rancang_message_language", default=None)


def message_language() -> str:
    """Language of the location words: :func:`set_message_language`, else the environment
    variable ``RANCANG_LANG`` (``id`` or ``en``), else ``id``."""
    lang = _LANGUAGE.get() or os.environ.get("RANCANG_LANG", "id").strip().lower()
    return lang if lang in LOCATION_WORDS else "id"


def chosen_language() -> str | None:
    """The language set with :func:`set_message_language` (a CLI ``--lang``), or None."""
    return _LANGUAGE.get()


def set_message_language(lang: str | None) -> None:
    """Set the language of error locations for this context (the CLI's ``--lang``).

    ``None`` returns to the default (``RANCANG_LANG`` or Indonesian).

    Example
    -------
    >>> set_message_language("en"); str(Problem("x", file="a.csv", row=2))
    'file a.csv, row 2: x'
    >>> set_message_language("id"); str(Problem("x", file="a.csv", row=2))
    'berkas a.csv, baris 2: x'
    >>> set_message_language(None)
    """
    if lang is not None and lang not in LOCATION_WORDS:
        raise ValueError(f"language must be one of {', '.join(LOCATION_WORDS)}")
    _LANGUAGE.set(lang)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can.

    ``row`` is the 1-based row number as a spreadsheet program shows it (header rows count);
    ``column`` is the column header or letter as the user sees it.
    """

    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def location(self, lang: str | None = None) -> str:
        """``berkas X, lembar 'S', baris 5, kolom 'C'`` (``file/sheet/row/column`` in English).

        ``lang`` defaults to :func:`message_language`.
        """
        words = LOCATION_WORDS[lang if lang in LOCATION_WORDS else message_language()]
        parts = []
        if self.file:
            parts.append(f"{words['file']} {self.file}")
        if self.sheet:
            parts.append(f"{words['sheet']} {self.sheet!r}")
        if self.row is not None:
            parts.append(f"{words['row']} {self.row}")
        if self.column:
            parts.append(f"{words['column']} {self.column!r}")
        return ", ".join(parts)

    def text(self, lang: str | None = None) -> str:
        """The problem with its location in ``lang`` (default :func:`message_language`)."""
        loc = self.location(lang)
        return f"{loc}: {self.message}" if loc else self.message

    def __str__(self) -> str:
        return self.text()

    def as_dict(self) -> dict[str, str | int | None]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


class RancangError(Exception):
    """Base class of every error Rancang raises on purpose. ``status`` maps to HTTP."""

    status: int = 500


class InputError(RancangError):
    """Bad user input: carries every problem found, so a user can fix them all at once."""

    status = 422

    def __init__(self, problems: Problem | str | Iterable[Problem]) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__(self._text())

    def _text(self, lang: str | None = None) -> str:
        words = LOCATION_WORDS[lang if lang in LOCATION_WORDS else message_language()]
        if len(self.problems) == 1:
            return self.problems[0].text(lang)
        shown = "\n".join(f"  - {p.text(lang)}" for p in self.problems[:50])
        more = len(self.problems) - 50
        tail = "\n  ... " + words["more"].format(n=more) if more > 0 else ""
        return f"{len(self.problems)} {words['problems']}:\n{shown}{tail}"

    def __str__(self) -> str:
        """The problems in the current message language (evaluated when shown)."""
        return self._text()


class NotFoundError(RancangError):
    """A region, industry or record that was asked for does not exist."""

    status = 404
