"""The one number parser of every reader: ``1.234,5`` and ``1,234.5``, decided the same way.

Offices type numbers in the Indonesian way (``1.234.567,8``, ``Rp 2.500``, ``2,5``) and
export them in the English way (``1234567.8``); Excel prints numeric cells with a decimal
point whatever the locale. A cell is read by its own form when the form is unambiguous
(both separators, several thousands groups, a decimal part that is not three digits). The
ambiguous forms ``1.602`` and ``1,602`` (one separator before exactly three digits) are
read with the decimal mark of their context: the one the other cells of the same column
show (:func:`detect_decimal`), else the file's locale (``;``-separated CSV from an
Indonesian Excel: decimal comma), else a decimal point, which is how a numeric XLSX cell
is printed.

Non-finite values (``inf``, ``NaN``, ``1e400``) and spreadsheet errors (``#REF!``,
``#DIV/0!``) are never numbers: the readers refuse them with their location
(:func:`number_problem` gives the message).
"""

from __future__ import annotations

import math
import re

import numpy as np
import numpy.typing as npt
import polars as pl

from rancang.core.i18n import Msg

__all__ = ["DECIMALS", "decimal_name", "detect_decimal", "is_spreadsheet_error",
           "number_expr", "number_problem", "parse_number", "parse_numbers", "parse_series"]

#: The decimal marks a context can have.
DECIMALS = (",", ".")

_SPACES = r"[\s\u00a0\u202f\u2009']"
_CURRENCY = r"^(?i:rp)\.?"
SPREADSHEET_ERROR = (r"^#(NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|GETTING_DATA|SPILL!|"
                     r"CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$")
_SPREADSHEET_ERROR = re.compile(SPREADSHEET_ERROR, re.IGNORECASE)
_NON_FINITE = re.compile(r"^[-+]?(inf|infinity|nan)$", re.IGNORECASE)
_S = r"^[-+]?"
# unambiguous forms
_ID_GROUPED = _S + r"\d{1,3}(\.\d{3})+,\d+$"      # 1.234,5
_EN_GROUPED = _S + r"\d{1,3}(,\d{3})+\.\d+$"      # 1,234.5
_ID_THOUSANDS = _S + r"\d{1,3}(\.\d{3}){2,}$"     # 1.234.567
_EN_THOUSANDS = _S + r"\d{1,3}(,\d{3}){2,}$"      # 1,234,567
_COMMA_DECIMAL = _S + r"\d*,\d+$"    # 2,5  28893,19  0,602 (after the ambiguous form)
_POINT_DECIMAL = _S + r"\d*\.\d+$"   # 2.5  28893.19  0.602 (after the ambiguous form)
# ambiguous forms: one separator before exactly three digits
_AMBIGUOUS_POINT = _S + r"[1-9]\d{0,2}\.\d{3}$"   # 1.602
_AMBIGUOUS_COMMA = _S + r"[1-9]\d{0,2},\d{3}$"    # 1,602


def _clean(expr: pl.Expr) -> pl.Expr:
    return (expr.cast(pl.String).str.replace_all(_SPACES, "")
            .str.replace(_CURRENCY, "").str.strip_chars())


def number_expr(expr: pl.Expr | str, decimal: str | None = None) -> pl.Expr:
    """A polars expression reading text cells as finite floats (null when not a number).

    Parameters
    ----------
    expr : polars expression or column name, String (other types are cast).
    decimal : {",", ".", None}
        The context's decimal mark, used only for the ambiguous forms ``1.602`` and
        ``1,602``; None reads them with a decimal point (``1.602``) and a decimal comma
        (``1,602``), as an XLSX numeric cell and an Indonesian typed one are meant.

    Returns
    -------
    Float64 expression; null for blanks, text, non-finite values and spreadsheet errors.

    Example
    -------
    >>> s = pl.DataFrame({"v": ["1.234,5", "1,234.5", "1.602", "1,602", "Rp 2.500.000", "1e400",
    ...                         "#REF!", "2,5"]})
    >>> s.select(number_expr("v", ","))["v"].to_list()
    [1234.5, 1234.5, 1602.0, 1.602, 2500000.0, None, None, 2.5]
    >>> s.select(number_expr("v", "."))["v"].to_list()[:5]
    [1234.5, 1234.5, 1.602, 1602.0, 2500000.0]
    """
    if decimal not in (*DECIMALS, None):
        raise ValueError(f"decimal must be ',' or '.', not {decimal!r}")
    s = _clean(pl.col(expr) if isinstance(expr, str) else expr)
    drop_points = s.str.replace_all(r"\.", "")
    drop_commas = s.str.replace_all(",", "")
    text = (
        pl.when(s.str.contains(_ID_GROUPED)).then(drop_points.str.replace(",", "."))
        .when(s.str.contains(_EN_GROUPED) | s.str.contains(_EN_THOUSANDS)).then(drop_commas)
        .when(s.str.contains(_ID_THOUSANDS)).then(drop_points)
        .when(s.str.contains(_AMBIGUOUS_POINT))
        .then(drop_points if decimal == "," else s)
        .when(s.str.contains(_AMBIGUOUS_COMMA))
        .then(drop_commas if decimal == "." else s.str.replace(",", "."))
        .when(s.str.contains(_COMMA_DECIMAL)).then(s.str.replace(",", "."))
        .when(s.str.contains(r"^[-+]?[\d.]+([eE][-+]?\d+)?$")).then(s)
        .otherwise(pl.lit(None, dtype=pl.String))
    )
    value = text.cast(pl.Float64, strict=False)
    return pl.when(value.is_finite()).then(value).otherwise(None)


def parse_number(text: object, decimal: str | None = None) -> float | None:
    """One cell as a finite float, or None (blank, text, non-finite, spreadsheet error).

    Parameters
    ----------
    text : the cell (any type; read as text).
    decimal : the context's decimal mark for ``1.602``/``1,602`` (see :func:`number_expr`).

    Example
    -------
    >>> [parse_number(t) for t in ("12.5", "12,5", "1.234,5", "1,234.5", "x", "", "nan",
    ...                            "inf", "1e400", "#DIV/0!")]
    [12.5, 12.5, 1234.5, 1234.5, None, None, None, None, None, None]
    >>> parse_number("1.602"), parse_number("1.602", ","), parse_number(7)
    (1.602, 1602.0, 7.0)
    """
    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text) if math.isfinite(text) else None
    t = _CURRENCY_RE.sub("", _SPACES_RE.sub("", str(text))).strip()
    if not t:
        return None
    if _PLAIN_RE.match(t) and not _AMBIGUOUS_POINT_RE.match(t):
        v = float(t)  # the common case, without regular-expression work
    else:
        norm = _normalise(t, decimal)
        v = float(norm) if norm else math.nan
    return v if math.isfinite(v) else None


_SPACES_RE = re.compile(_SPACES)
_CURRENCY_RE = re.compile(_CURRENCY)
_PLAIN_RE = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
_AMBIGUOUS_POINT_RE = re.compile(_AMBIGUOUS_POINT)


def _normalise(t: str, decimal: str | None) -> str | None:
    """The same decisions as :func:`number_expr`, for one cleaned cell."""
    def m(pattern: str) -> bool:
        return re.match(pattern, t) is not None

    if m(_ID_GROUPED):
        return t.replace(".", "").replace(",", ".")
    if m(_EN_GROUPED) or m(_EN_THOUSANDS):
        return t.replace(",", "")
    if m(_ID_THOUSANDS):
        return t.replace(".", "")
    if m(_AMBIGUOUS_POINT):
        return t.replace(".", "") if decimal == "," else t
    if m(_AMBIGUOUS_COMMA):
        return t.replace(",", "") if decimal == "." else t.replace(",", ".")
    if m(_COMMA_DECIMAL):
        return t.replace(",", ".")
    if m(r"^[-+]?[\d.]+([eE][-+]?\d+)?$"):
        return t if t.count(".") <= 1 else None
    return None


def parse_series(cells: pl.Series, decimal: str | None = None) -> pl.Series:
    """One column of text cells as finite floats (null where not a number), fast.

    The cells a plain cast reads and that are not of the ambiguous form ``1.602`` (nearly
    every cell of a machine-written file) are cast at once; only the others go through
    :func:`number_expr`. Same numbers as :func:`number_expr`, a test checks it.

    Example
    -------
    >>> parse_series(pl.Series(["12.5", "1.602", "2,5", None]), ",").to_list()
    [12.5, 1602.0, 2.5, None]
    """
    text = cells.cast(pl.String)
    direct = text.str.strip_chars().cast(pl.Float64, strict=False)
    slow = direct.is_null() | ~direct.is_finite()
    if decimal == ",":  # only then is 1.602 read otherwise than the cast reads it
        slow = slow | text.str.contains(r"^\s*[-+]?[1-9]\d{0,2}\.\d{3}\s*$")
    slow = slow.fill_null(True) & text.is_not_null()
    if not slow.any():
        return direct.alias(cells.name)
    idx = slow.arg_true()
    fixed = pl.select(number_expr(pl.lit(text.gather(idx)), decimal)).to_series()
    return direct.scatter(idx, fixed).alias(cells.name)


def parse_numbers(texts: pl.DataFrame, decimal: str | None = None) -> npt.NDArray[np.float64]:
    """A block of text cells as floats at once (NaN where a cell is not a finite number).

    Parameters
    ----------
    texts : polars frame of String columns.
    decimal : the context's decimal mark (see :func:`number_expr`).

    Returns
    -------
    float64 array of the frame's shape.

    Example
    -------
    >>> parse_numbers(pl.DataFrame({"a": ["1.5", "2,5"], "b": ["x", None]})).tolist()
    [[1.5, nan], [2.5, nan]]
    """
    if texts.width == 0:
        return np.empty((texts.height, 0))
    out = np.empty((texts.height, texts.width), dtype=np.float64)
    for k, c in enumerate(texts.columns):
        out[:, k] = parse_series(texts[c], decimal).fill_null(np.nan).to_numpy()
    return out


def detect_decimal(cells: pl.Series | pl.DataFrame) -> str | None:
    """The decimal mark the unambiguous cells show, or None (no evidence, or both marks).

    Example
    -------
    >>> detect_decimal(pl.Series(["1.602", "28893,19", "7"])), detect_decimal(pl.Series(
    ...     ["1.602", "12.25"])), detect_decimal(pl.Series(["1.602", "4"]))
    (',', '.', None)
    """
    frame = cells.to_frame() if isinstance(cells, pl.Series) else cells
    if frame.width == 0 or frame.height == 0:
        return None
    flat = frame.select(pl.concat_list(pl.all().cast(pl.String)).explode().alias("v")) \
        if frame.width > 1 else frame.select(pl.first().cast(pl.String).alias("v"))
    # only cells with a separator can tell; plain integers and text cannot
    s = _clean(pl.col("v"))
    comma_expr = (s.str.contains(_ID_GROUPED) | s.str.contains(_ID_THOUSANDS)
                  | (s.str.contains(_COMMA_DECIMAL) & ~s.str.contains(_AMBIGUOUS_COMMA)))
    point_expr = (s.str.contains(_EN_GROUPED) | s.str.contains(_EN_THOUSANDS)
                  | (s.str.contains(_POINT_DECIMAL) & ~s.str.contains(_AMBIGUOUS_POINT)))
    # comma evidence needs a comma or two points: the few cells that have them, at once
    comma = bool(flat.filter(pl.col("v").str.contains(",", literal=True)
                             | (pl.col("v").str.count_matches(".", literal=True) > 1))
                 .select(comma_expr.any()).item())
    point = False
    separated = pl.col("v").str.contains(".", literal=True) \
        | pl.col("v").str.contains(",", literal=True)
    for a in range(0, flat.height, 100_000):  # one cell of evidence is enough
        if flat.slice(a, 100_000).filter(separated).select(point_expr.any()).item():
            point = True
            break
    if comma and not point:
        return ","
    if point and not comma:
        return "."
    return None


def is_spreadsheet_error(text: object) -> bool:
    """True for a spreadsheet error value (``#REF!``, ``#DIV/0!``, ``#N/A`` ...).

    >>> is_spreadsheet_error("#DIV/0!"), is_spreadsheet_error("#1")
    (True, False)
    """
    return text is not None and bool(_SPREADSHEET_ERROR.match(str(text).strip()))


def number_problem(raw: object, label: str | None = None) -> Msg:
    """The message for a cell that is not a finite number: a spreadsheet error, a
    non-finite value, or text (``label``: what the cell holds, e.g. "Industri 2020").

    >>> from rancang.core.i18n import language
    >>> with language("en"):
    ...     [str(number_problem(v)) for v in ("#REF!", "1e400", "abc")]
    ["spreadsheet error '#REF!' in the cell (a broken formula): fix it in the source file", \
"value '1e400' is not a finite number (infinite or NaN)", "value 'abc' is not a number"]
    """
    text = "" if raw is None else str(raw).strip()
    if is_spreadsheet_error(text):
        return Msg("sources.spreadsheet_error", value=text)
    cleaned = re.sub(_SPACES, "", text)
    if _NON_FINITE.match(cleaned):
        return Msg("sources.not_finite", value=text)
    try:
        if not math.isfinite(float(cleaned.replace(",", "."))):
            return Msg("sources.not_finite", value=text)
    except ValueError:
        pass
    if label is not None:
        return Msg("sources.not_a_number_in", value=text, label=label)
    return Msg("sources.value_not_a_number", value=text)


def decimal_name(decimal: str | None) -> Msg:
    """How a decimal mark is said: "koma desimal (1.234,5)" / "decimal comma (1.234,5)"."""
    return Msg("sources.decimal_comma" if decimal == "," else "sources.decimal_point")
