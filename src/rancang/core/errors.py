"""One error family for the whole product, rendered the same way by every channel.

Every mistake in user input is reported as an :class:`InputError` holding one or more
:class:`Problem` entries, each naming the file, sheet, row and column where it was found.
Messages are catalogue messages (:class:`~rancang.core.i18n.Msg`) or plain text; they are
rendered in the language current *when shown*, so an error raised deep in a reader reads
in the language of the request or command that shows it. The CLI prints
:func:`error_text`; the web pages and the API render :func:`error_payload`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rancang.core.i18n import Msg, current_language, render_text, text, use_language

#: Problems listed in full in one message; the rest are counted.
SHOWN_PROBLEMS = 50


def set_message_language(lang: str | None) -> None:
    """Set the language of this context (the CLI's ``--lang``); see
    :func:`rancang.core.i18n.use_language`.

    Example
    -------
    >>> set_message_language("en"); str(Problem("x", file="a.csv", row=2))
    'file a.csv, row 2: x'
    >>> set_message_language("id"); str(Problem("x", file="a.csv", row=2))
    'berkas a.csv, baris 2: x'
    >>> set_message_language(None)
    """
    use_language(lang)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can.

    ``row`` is the 1-based row number as a spreadsheet program shows it (header rows count);
    ``column`` is the column header or letter as the user sees it.
    """

    message: str | Msg
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def location(self, lang: str | None = None) -> str:
        """``berkas X, lembar 'S', baris 5, kolom 'C'`` (``file/sheet/row/column`` in English).

        ``lang`` defaults to the current language.
        """
        lang = lang or current_language()
        parts = []
        if self.file:
            parts.append(f"{text('error.file', lang)} {self.file}")
        if self.sheet:
            parts.append(f"{text('error.sheet', lang)} {self.sheet!r}")
        if self.row is not None:
            parts.append(f"{text('error.row', lang)} {self.row}")
        if self.column:
            parts.append(f"{text('error.column', lang)} {self.column!r}")
        return ", ".join(parts)

    def text(self, lang: str | None = None) -> str:
        """The problem with its location in ``lang`` (default: the current language)."""
        loc = self.location(lang)
        message = render_text(self.message, lang)
        return f"{loc}: {message}" if loc else message

    def __str__(self) -> str:
        return self.text()

    def as_dict(self, lang: str | None = None) -> dict[str, str | int | None]:
        """The problem for JSON: ``file, sheet, row, column, message`` (in ``lang``)."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": render_text(self.message, lang),
        }


def form_problems(problems: Iterable[Problem], labels: Mapping[str, str],
                  lang: str | None = None) -> list[dict[str, str | int | None]]:
    """The problems as a page shows them (:meth:`Problem.as_dict`), each problem of a
    known form field said with the label the form shows for it.

    Parameters
    ----------
    problems : iterable of Problem
        The problems of one refused input.
    labels : mapping of str to str
        Form field name -> catalogue key of its label (a feature's ``form_labels``).
    lang : str, optional
        Language of the messages (default: the current language).

    Returns
    -------
    list of dict
        ``file, sheet, row, column, message`` per problem, in order.

    Notes
    -----
    A problem names a form field when its ``column`` is a key of ``labels`` and it has
    no file, sheet or row (those are a file's, shown in the located table); then
    ``message = text(labels[column]) + ": " + message``. Every other problem is
    :meth:`Problem.as_dict` unchanged.

    Example
    -------
    >>> labels = {"upload": "ui.file"}
    >>> [p["message"] for p in form_problems(
    ...     [Problem("too large", column="upload"), Problem("no name", column="name"),
    ...      Problem("empty", column="upload", row=2)], labels, "en")]
    ['File: too large', 'no name', 'empty']
    """
    out = []
    for p in problems:
        shown = p.as_dict(lang)
        key = labels.get(p.column or "")
        if key is not None and not (p.file or p.sheet or p.row is not None):
            shown["message"] = f"{text(key, lang)}: {shown['message']}"
        out.append(shown)
    return out


class RancangError(Exception):
    """Base class of every error Rancang raises on purpose. ``status`` maps to HTTP.

    The message is a catalogue key, a :class:`~rancang.core.i18n.Msg` or plain text; it
    is rendered when shown (:meth:`message`).
    """

    status: int = 500

    def __init__(self, message: str | Msg = "", /, **params: Any) -> None:
        self.raw: str | Msg = (Msg(message, **params) if params and isinstance(message, str)
                               else message)
        super().__init__(self.raw)

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the current language)."""
        raw = self.raw
        if isinstance(raw, str):
            return text(raw, lang) if raw else ""
        return raw.render(lang)

    def __str__(self) -> str:
        return self.message()


class InputError(RancangError):
    """Bad user input: carries every problem found, so a user can fix them all at once."""

    status = 422

    def __init__(self, problems: Problem | str | Msg | Iterable[Problem]) -> None:
        if isinstance(problems, str | Msg):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("")

    def message(self, lang: str | None = None) -> str:
        """One problem as it is; several as a count and a list (the first fifty)."""
        lang = lang or current_language()
        if len(self.problems) == 1:
            return self.problems[0].text(lang)
        shown = "\n".join(f"  - {p.text(lang)}" for p in self.problems[:SHOWN_PROBLEMS])
        more = len(self.problems) - SHOWN_PROBLEMS
        tail = "\n  ... " + text("error.more", lang, n=more) if more > 0 else ""
        return f"{text('error.problems', lang, n=len(self.problems))}:\n{shown}{tail}"


class NotFoundError(RancangError):
    """A region, industry or record that was asked for does not exist."""

    status = 404


def error_payload(exc: RancangError, lang: str | None = None) -> dict[str, Any]:
    """The one JSON shape of every error: ``{error, status, problems}``.

    >>> from rancang.core.i18n import Msg
    >>> error_payload(InputError(Problem(Msg("error.more", n=2), row=3)), "en")
    {'error': 'row 3: and 2 more', 'status': 422, 'problems': [{'file': None,
     'sheet': None, 'row': 3, 'column': None, 'message': 'and 2 more'}]}
    """
    problems = exc.problems if isinstance(exc, InputError) else []
    return {"error": exc.message(lang), "status": exc.status,
            "problems": [p.as_dict(lang) for p in problems]}


def error_text(exc: RancangError, lang: str | None = None) -> str:
    """The error as the CLI prints it: ``Galat: ...`` / ``Error: ...``.

    >>> error_text(NotFoundError("error.not_found"), "en")
    'Error: Not found.'
    """
    return f"{text('error.prefix', lang)}: {exc.message(lang)}"


def database_refusal(exc: BaseException) -> InputError | None:
    """A database's refusal of a value (too long, NUL, a number out of range, a broken
    constraint) as a 422 naming only the kind of refusal, never the values; None for
    anything else.

    >>> database_refusal(OverflowError("int too big")).status
    422
    >>> database_refusal(KeyError("x")) is None
    True
    """
    from sqlalchemy.exc import DataError, IntegrityError, StatementError

    kind = None
    if isinstance(exc, DataError | IntegrityError):
        kind = type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
    elif isinstance(exc, StatementError) and isinstance(exc.orig, OverflowError | ValueError):
        kind = type(exc.orig).__name__
    elif isinstance(exc, OverflowError):
        kind = type(exc).__name__
    if kind is None:
        return None
    return InputError(Problem(Msg("error.database", kind=kind)))
