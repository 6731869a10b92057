"""Text at the boundary: what any stored or echoed string may hold, the same for every
database.

PostgreSQL refuses a NUL character and text longer than a ``VARCHAR(n)``; SQLite stores
both. Rancang checks text where it enters (a file's cell, a form field, a JSON value, a
query string), so both databases see the same rows and a refused value is reported with
its place instead of a database error. Control characters (C0 and C1, DEL, the escape that
starts a terminal sequence) are refused as input and neutralised when shown.

>>> text_problem("Roti\\x00", max_length=10).key
'text.control'
>>> text_problem("x" * 11, max_length=10).key
'text.too_long'
>>> text_problem("Roti Ibu\\tSari", max_length=200) is None
True
>>> printable("\\x1b[2JKota")
'\\\\x1b[2JKota'
"""

from __future__ import annotations

import re
from typing import Any

from rancang.core.i18n import Msg

#: Characters refused in any text input: C0 controls except tab, line feed and carriage
#: return; DEL; the C1 controls (U+0080-U+009F, among them the CSI of terminal sequences).
CONTROL_PATTERN = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
_CONTROL = re.compile(CONTROL_PATTERN)
#: For echoing: also tab, line feed and carriage return (one line of a message).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

#: The longest free text any form field or query parameter may carry (characters).
MAX_FIELD = 10_000


def has_control(value: str) -> bool:
    """True when ``value`` holds a character of :data:`CONTROL_PATTERN`.

    >>> has_control("a\\x1bb"), has_control("a\\nb"), has_control("a\\x85")
    (True, False, True)
    """
    return _CONTROL.search(value) is not None


def text_problem(value: str, *, max_length: int | None = None) -> Msg | None:
    """Why ``value`` may not be stored, or None when it may.

    Parameters
    ----------
    value : str
    max_length : int, optional
        The column's length (characters); None: no limit.

    Returns
    -------
    Msg or None
        ``text.control`` naming the first forbidden character, or ``text.too_long`` with
        the limit and the length found.
    """
    found = _CONTROL.search(value)
    if found is not None:
        return Msg("text.control", char=f"U+{ord(found.group()):04X}",
                   position=found.start() + 1)
    if max_length is not None and len(value) > max_length:
        return Msg("text.too_long", limit=max_length, length=len(value))
    return None


def printable(value: Any, *, limit: int = 200) -> str:
    """``value`` as one safe line for a terminal, a log or a page: control characters,
    line breaks and bidirectional overrides written as escapes, cut at ``limit``.

    >>> printable("a\\nb\\u202ec"), printable("x" * 5, limit=3)
    ('a\\\\nb\\\\u202ec', 'xxx…')
    """
    text = str(value)
    cut = text[:limit] + ("…" if len(text) > limit else "")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), cut)


def column_lengths(table: Any) -> dict[str, int]:
    """``{column name: length}`` of the length-limited text columns of a SQLAlchemy table.

    >>> import sqlalchemy as sa
    >>> t = sa.Table("t", sa.MetaData(), sa.Column("a", sa.String(5)), sa.Column("b", sa.Text))
    >>> column_lengths(t)
    {'a': 5}
    """
    out: dict[str, int] = {}
    for col in table.columns:
        length = getattr(col.type, "length", None)
        if isinstance(length, int):
            out[col.name] = length
    return out


def decode_text(data: bytes, *, file: str) -> str:
    """The text of a CSV or JSON file as offices save it, or an :class:`InputError`
    naming the file (and the line of the first byte that is no text).

    UTF-8 (with or without its byte-order mark) and UTF-16 with its mark are read as they
    are; a file that is not UTF-8 is read as Windows-1252 (what a spreadsheet program saves
    as "CSV" on an Indonesian Windows), so ``Sédap`` is never garbled. A file that is none
    of these (a binary file, UTF-16 without its mark) is refused, as is an empty one.

    >>> decode_text("Kopi S\\u00e9dap".encode("cp1252"), file="a.csv")
    'Kopi Sédap'
    >>> decode_text("\\ufeffa,b".encode("utf-16-le"), file="a.csv")
    'a,b'
    >>> decode_text(b"a\\n\\x81\\x8d", file="a.csv")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    rancang.core.errors.InputError: berkas a.csv, baris 2: ...
    """
    from rancang.core.errors import InputError, Problem

    if not data.strip():
        raise InputError(Problem(Msg("text.empty_file"), file=file))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _not_text(data, exc.start, file) from None
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            decoded = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise _not_text(data, exc.start, file) from None
    if decoded.count("\x00") > len(decoded) // 100:  # binary, or UTF-16 without its mark
        raise _not_text(data, data.index(b"\x00"), file)
    return decoded  # a stray NUL is left for the cell's check, which names its column


#: The most columns a table may have: Excel's limit (XFD), so no sheet an office keeps is
#: refused; a wider CSV is a damaged or hostile file, refused before it is parsed.
MAX_COLUMNS = 16_384


def refuse_wide_text(text: str, separator: str, *, file: str,
                     limit: int = MAX_COLUMNS) -> None:
    """Refuse a CSV text whose first line holds more than ``limit`` fields, naming the
    file and row 1, before any parser builds its columns (a one-million-column line of
    10 MB made the register reader hold 2 GB). Fields are counted as separators + 1,
    quotes ignored, so a count can only be too high for a line with quoted separators,
    which no real header of 16,384 columns has.

    >>> refuse_wide_text("a,b,c\\n1,2,3", ",", file="a.csv")
    >>> refuse_wide_text("a,b,c\\n1,2,3", ",", file="a.csv", limit=2)
    ... # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    rancang.core.errors.InputError: berkas a.csv, baris 1: ...
    """
    from rancang.core.errors import InputError, Problem

    end = text.find("\n")
    count = (text if end < 0 else text[:end]).count(separator) + 1
    if count > limit:
        raise InputError(Problem(Msg("text.too_many_columns", count=count, limit=limit),
                                 file=file, row=1))


def _not_text(data: bytes, position: int, file: str) -> Exception:
    from rancang.core.errors import InputError, Problem

    line = data.count(b"\n", 0, position) + 1
    return InputError(Problem(Msg("text.not_text"), file=file, row=line))


def refuse_control_names(panel: Any, files: Any, *,
                         limits: dict[str, int] | None = None) -> None:
    """Refuse a panel whose region or industry names hold control characters (a name that
    clears the terminal, a NUL), naming the file(s) read and the code of each name.

    ``panel`` is a :class:`rancang.panel.Panel` (or anything with ``region_codes``,
    ``region_names``, ``industry_codes`` and ``industry_names``); ``files`` the paths it
    was read from; ``limits`` the longest name of each kind (``region``, ``industry``) and
    the longest ``code`` where they are stored.

    >>> from types import SimpleNamespace as P
    >>> refuse_control_names(P(region_codes=("7203",), region_names=("Morowali",),
    ...                        industry_codes=("C",), industry_names=("Industri",)), [])
    >>> refuse_control_names(P(region_codes=("7203",), region_names=("\\x1b[2JX",),
    ...                        industry_codes=(), industry_names=()), ["a.csv"])
    ... # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    rancang.core.errors.InputError: berkas a.csv, kolom 'region_name': ...
    """
    from pathlib import Path

    from rancang.core.errors import InputError, Problem

    paths = [files] if isinstance(files, str | Path) else list(files or [])
    shown = ", ".join(Path(p).name for p in paths) or None
    problems = []
    most = limits or {}
    parts = [panel, getattr(panel, "references", None)]
    for kind in ("region", "industry"):
        for part in (p for p in parts if p is not None):
            codes = getattr(part, f"{kind}_codes", ())
            names = getattr(part, f"{kind}_names", ())
            for code, name in zip(codes, names, strict=False):
                bad_code = text_problem(str(code), max_length=most.get("code", MAX_FIELD))
                if bad_code is not None:
                    problems.append(Problem(bad_code, file=shown, column=f"{kind}_code"))
                    continue
                found = text_problem(str(name), max_length=most.get(kind, MAX_FIELD))
                if found is not None:
                    problems.append(Problem(Msg("text.name_of", code=code, problem=found),
                                            file=shown, column=f"{kind}_name"))
    if problems:
        raise InputError(problems)


def pdf_text(value: Any) -> str:
    """``value`` as text the PDF core fonts (Helvetica: latin-1) can show; dashes become
    hyphens and any other character outside latin-1 a question mark.

    >>> pdf_text("Sulawesi Tengah \\u2013 Bahodopi \\u2713")
    'Sulawesi Tengah - Bahodopi ?'
    """
    return str(value).replace("\u2013", "-").replace("\u2014", "-").encode(
        "latin-1", "replace").decode("latin-1")
