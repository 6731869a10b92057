"""One error family for the whole product.

Every mistake in user input is reported as an :class:`InputError` holding one or more
:class:`Problem` entries, each naming the file, sheet, row and column where it was found.
The CLI, the web pages and the API render them the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


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

    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(f"file {self.file}")
        if self.sheet:
            parts.append(f"sheet {self.sheet!r}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column!r}")
        return ", ".join(parts)

    def __str__(self) -> str:
        loc = self.location()
        return f"{loc}: {self.message}" if loc else self.message

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

    def _text(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        shown = "\n".join(f"  - {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        tail = f"\n  ... and {more} more" if more > 0 else ""
        return f"{len(self.problems)} problems in the input:\n{shown}{tail}"


class NotFoundError(RancangError):
    """A region, industry or record that was asked for does not exist."""

    status = 404
