"""CSV files as offices save them: any encoding Excel writes, ``;`` or ``,``, Excel quoting.

Excel in the Indonesian locale saves "CSV" with ``;`` between fields and a decimal comma
(``1.234,56``), in Windows-1252 unless "CSV UTF-8" is chosen (then with a byte-order
mark); it may put ``sep=;`` on the first line. :func:`read_csv_text` detects all of this
and says what it found (:attr:`CsvFormat.note`), so a user can see how the file was read.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.sources.numbers import decimal_name, detect_decimal

__all__ = ["CsvFormat", "decode_csv", "read_csv_rows", "read_csv_text", "sniff_separator"]

SEPARATORS = (";", ",", "\t", "|")
_SEPARATOR_NAMES = {";": "';'", ",": "','", "\t": "tab", "|": "'|'"}


@dataclass(frozen=True)
class CsvFormat:
    """How a CSV file was read: separator, decimal mark (and whether the cells showed it),
    encoding."""

    separator: str
    decimal: str
    encoding: str
    decimal_detected: bool = False

    @property
    def note(self) -> Msg:
        """What was detected, as a message (``dibaca sebagai CSV dengan pemisah ';' ...``).

        >>> from rancang.core.i18n import language
        >>> with language("en"):
        ...     str(CsvFormat(";", ",", "UTF-8").note)
        "read as CSV with separator ';', decimal comma (1.234,5), encoding UTF-8"
        """
        return Msg("sources.csv_read_as", separator=_SEPARATOR_NAMES[self.separator],
                   decimal=decimal_name(self.decimal), encoding=self.encoding)


def decode_csv(data: bytes, file: str) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding.

    UTF-8 and UTF-16 with a byte-order mark, UTF-8 without, else Windows-1252 (what Excel
    writes for "CSV (comma delimited)" on an Indonesian or English Windows).

    Example
    -------
    >>> decode_csv("Café;1,5".encode("cp1252"), "x.csv")
    ('Café;1,5', 'Windows-1252')
    >>> decode_csv(codecs.BOM_UTF8 + "Kopi".encode(), "x.csv")
    ('Kopi', 'UTF-8')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            try:
                return data.decode("cp1252"), "Windows-1252"
            except UnicodeDecodeError:
                pass
    raise InputError(Problem(Msg("sources.csv_encoding_unknown"), file=file))


def sniff_separator(text: str) -> tuple[str, str]:
    """The field separator of a CSV text, and the text without an Excel ``sep=`` line.

    The separator that splits the first lines into the same number of fields (more than
    one), with the most fields; ``,`` when none does.

    Example
    -------
    >>> sniff_separator('a;b;c\\n"1,5";2;3\\n')[0], sniff_separator("a,b\\n1,2\\n")[0]
    (';', ',')
    """
    first, _, rest = text.partition("\n")
    hint = re.fullmatch(r"\s*sep=(.)\s*", first)
    if hint:
        return hint.group(1), rest
    lines = [ln for ln in text[:65536].splitlines()[:30] if ln.strip()]
    if len(lines) > 2:
        lines = lines[:-1]  # the last may be cut at 64 KB
    best, best_fields = ",", 1
    for sep in SEPARATORS:
        counts = {len(r) for r in csv.reader(lines, delimiter=sep)}
        if len(counts) == 1 and (n := counts.pop()) > best_fields:
            best, best_fields = sep, n
    return best, text


def read_csv_text(path: Path, number_columns: Sequence[str] | None = None, *,
                  n_bytes: int | None = None,
                  typed: Mapping[str, type[pl.DataType]] | None = None,
                  ) -> tuple[pl.DataFrame, CsvFormat]:
    """A CSV file as a frame of text columns (header = first row) and how it was read.

    ``number_columns`` (names, any case; default every column but the first) are the
    columns whose cells tell the decimal mark: the one they show
    (:func:`~rancang.sources.numbers.detect_decimal`); when they show none, a
    ``;``-separated file has a decimal comma (an Indonesian Excel) and any other a decimal
    point. ``n_bytes``: read only the first lines (up to that many bytes), e.g. to look at
    the header.

    ``typed`` (lower-case column names: ``pl.Float64`` or ``pl.Int64``; they must include
    every ``number_columns``): a machine-written file (separator other than ``;``) is read
    with those columns as numbers at once, on every core, when every one of their cells
    is a plain finite number; such cells hold no comma and at most one point, so the
    decimal mark is the point the text reading would find, and the numbers are the ones
    :func:`~rancang.sources.numbers.parse_series` gives (the same parser; a test checks
    it). Any other file (a ``;`` separator, a blank, a text or a non-finite cell, a
    duplicated heading) is read as text as above, so that every problem is reported with
    its row and column.

    Example
    -------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = f.write_bytes('kode;nilai\\n"Kopi ""Lé"" y";1.234,5\\n'.encode("cp1252"))
    >>> frame, fmt = read_csv_text(f)
    >>> frame.row(0), fmt.separator, fmt.decimal, fmt.encoding
    (('Kopi "Lé" y', '1.234,5'), ';', ',', 'Windows-1252')
    """
    data = path.read_bytes() if n_bytes is None else _head(path, n_bytes)
    if data.isascii() and b"\x00" not in data:
        # what decode_csv says of it (UTF-8), without decoding a copy of the whole file
        text, encoding = data[:65536].decode("ascii"), "UTF-8"
    else:
        text, encoding = decode_csv(data, path.name)
    head = text[:65536]
    sep, body = sniff_separator(head)
    skip = 1 if body is not head else 0  # an Excel "sep=;" first line
    if encoding == "UTF-8":  # hand polars the bytes as they are: no second copy
        source = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    else:
        source = text.encode("utf-8")
    del text
    wanted = {c.strip().lower() for c in number_columns} if number_columns is not None \
        else None
    if typed and sep != ";" and wanted is not None and wanted <= set(typed):
        fast = _read_typed(source, sep, skip, body, typed)
        if fast is not None:
            floats = [c for c in fast.columns if fast[c].dtype == pl.Float64]
            shown = any(bool((fast[c] != fast[c].floor()).any()) for c in floats)
            return fast, CsvFormat(sep, ".", encoding, shown)
    try:
        frame = pl.read_csv(io.BytesIO(source), separator=sep, infer_schema=False,
                            quote_char='"', truncate_ragged_lines=False, skip_rows=skip)
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError) as exc:
        raise InputError(Problem(Msg("sources.csv_unreadable", error=str(exc)[:200]),
                                 file=path.name)) from None
    cols = [c for k, c in enumerate(frame.columns)
            if (k > 0 if wanted is None else c.strip().lower() in wanted)]
    found = detect_decimal(frame.select(cols)) if cols else None
    decimal = found or ("," if sep == ";" else ".")
    return frame, CsvFormat(sep, decimal, encoding, found is not None)


def _read_typed(source: bytes, sep: str, skip: int, body: str,
                typed: Mapping[str, type[pl.DataType]]) -> pl.DataFrame | None:
    """The CSV with the ``typed`` columns read as numbers, or None when a cell of theirs
    is not a plain finite number (or a heading is missing or given twice): see
    :func:`read_csv_text`."""
    header = next(csv.reader(io.StringIO(body), delimiter=sep), [])
    names = [c.strip().lower() for c in header]
    if len(set(header)) != len(header) or not set(typed) <= set(names):
        return None
    overrides = {c: typed[n] for c, n in zip(header, names, strict=True) if n in typed}
    try:
        frame = pl.read_csv(io.BytesIO(source), separator=sep, infer_schema=False,
                            schema_overrides=overrides, quote_char='"',
                            truncate_ragged_lines=False, skip_rows=skip)
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError):
        return None
    if frame.columns != header:
        return None
    for c in overrides:
        col = frame[c]
        if col.null_count() or (col.dtype == pl.Float64 and not col.is_finite().all()):
            return None
    return frame


def _head(path: Path, n_bytes: int) -> bytes:
    """The first whole lines of a file, up to ``n_bytes``."""
    with path.open("rb") as fh:
        data = fh.read(n_bytes)
        if len(data) == n_bytes and b"\n" in data:
            data = data[:data.rindex(b"\n") + 1]
    return data


def read_csv_rows(path: Path) -> tuple[list[list[str]], CsvFormat]:
    """A small CSV file as rows of strings (the csv module), decoded and split the same way
    as :func:`read_csv_text`; for the readers of hand-made tables (criteria, matrices)."""
    text, encoding = decode_csv(path.read_bytes(), path.name)
    sep, text = sniff_separator(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    cells = pl.Series([c for r in rows[1:] for c in r[1:]], dtype=pl.String)
    found = detect_decimal(cells) if cells.len() else None
    decimal = found or ("," if sep == ";" else ".")
    return rows, CsvFormat(sep, decimal, encoding, found is not None)
