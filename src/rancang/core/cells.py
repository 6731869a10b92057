"""Cells of every CSV and XLSX file Rancang writes: text never starts a formula.

A spreadsheet program runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in
some, a tab or carriage return) as a formula: a firm named ``=HYPERLINK("http://...")``
in the register would become a live link in the public export, ``@SUM(...)`` or
``+cmd|...`` worse (OWASP, "CSV Injection"). Every writer passes its text through
:func:`safe_cell` or :func:`safe_frame`, which put an apostrophe before such a text (the
spreadsheet's own mark for "this is text"); numbers stay numbers, and a text that is only
a number (``-12``, ``+62 812``) is left as it is.

References
----------
OWASP Foundation, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection

>>> [safe_cell(v) for v in ("=HYPERLINK(1)", "+cmd|x", "@SUM(A1)", "-12", "Roti", 5)]
["'=HYPERLINK(1)", "'+cmd|x", "'@SUM(A1)", '-12', 'Roti', 5]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import polars as pl

#: First characters a spreadsheet reads as the start of a formula (with the full-width
#: forms some programs accept).
FORMULA_START = "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
_START = re.compile(f"^[{re.escape(FORMULA_START)}]")
#: A text that is only a (signed) number, a phone number or a dash: left as it is.
_NUMBER = re.compile(r"^[+\-]?[\d .,]*\d$|^-$")
_START_PATTERN = r"^[=+\-@\t\r\x{FF1D}\x{FF0B}\x{FF0D}\x{FF20}]"
_NUMBER_PATTERN = r"^[+\-]?[\d .,]*\d$|^-$"


def safe_cell(value: Any) -> Any:
    """``value`` with an apostrophe before a text that would start a formula.

    >>> safe_cell("＝1+1"), safe_cell("\\t=1"), safe_cell("-"), safe_cell(None)
    ("'＝1+1", "'\\t=1", '-', None)
    """
    if isinstance(value, str) and _START.match(value) and not _NUMBER.match(value):
        return "'" + value
    return value


def safe_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with :func:`safe_cell` applied to every text column and to the column
    names (numbers and dates are left as they are).

    >>> import polars as pl
    >>> safe_frame(pl.DataFrame({"=x": ["=1+1", "-5", "ok"], "n": [-1, 2, 3]})).rows()
    [("'=1+1", -1), ('-5', 2), ('ok', 3)]
    >>> safe_frame(pl.DataFrame({"=x": ["a"]})).columns
    ["'=x"]
    """
    import polars as pl

    texts = [c for c, t in frame.schema.items() if t == pl.String]
    if texts:
        frame = frame.with_columns(
            pl.when(pl.col(c).str.contains(_START_PATTERN)
                    & ~pl.col(c).str.contains(_NUMBER_PATTERN))
            .then(pl.lit("'") + pl.col(c)).otherwise(pl.col(c)).alias(c)
            for c in texts)
    renamed = {c: safe_cell(c) for c in frame.columns if safe_cell(c) != c}
    return frame.rename(renamed) if renamed else frame


def unique_labels(labels: list[str]) -> list[str]:
    """Column labels made unique, a repeated one numbered (two fields may share one label,
    as ``period`` and ``year`` both read "Tahun"; a workbook may not repeat a header).

    >>> unique_labels(["Tahun", "Nama", "Tahun", "Tahun"])
    ['Tahun', 'Nama', 'Tahun (2)', 'Tahun (3)']
    """
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        n = seen.get(label, 0) + 1
        seen[label] = n
        out.append(label if n == 1 else f"{label} ({n})")
    return out


def finite_or_none(value: Any) -> float | None:
    """A number cell as pages and JSON carry it: a finite float, else None (shown "-";
    JSON has no NaN).

    >>> [finite_or_none(v) for v in (1, "2.5", float("nan"), float("inf"), None, "x")]
    [1.0, 2.5, None, None, None, None]
    """
    import math

    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
