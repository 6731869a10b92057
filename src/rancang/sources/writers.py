"""Writers for result tables: plain CSV for machines, one formatted XLSX for people.

CSV files keep the English machine column names and plain numbers. The workbook gets
Indonesian (or English) sheet names and headers, bold frozen header rows, sensible column
widths, number formats, and a first sheet that says what the data is (source, period,
reference economy, and a visible warning when the data is synthetic).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, cast

import polars as pl

from rancang.core.cells import safe_cell, safe_frame
from rancang.core.i18n import current_language, header_label, text

if TYPE_CHECKING:
    from rustpy_xlsxwriter import Format

_NUMBER_FORMATS = {
    "int": "#,##0",
    "float": "#,##0.0000",
    "money": "#,##0.00",
    "percent": "0.00%",
    "rank": "0",
}

#: Columns shown as whole numbers without a thousands separator (ranks and their interval).
RANK_COLUMNS = frozenset({"rank", "rank_low", "rank_high"})


#: CSV dialects: ``en`` (``,`` and a decimal point, for machines and English Excel) and
#: ``id`` (``;``, a decimal comma and a UTF-8 byte-order mark: what Excel in the Indonesian
#: locale opens by double-click with every number as a number).
CSV_LOCALES = ("en", "id")


def write_csv_locale(frame: pl.DataFrame, target: Path | io.BytesIO, locale: str = "en",
                     ) -> None:
    """Write one table as CSV in the dialect of ``locale`` (see :data:`CSV_LOCALES`).

    Example
    -------
    >>> buf = io.BytesIO()
    >>> write_csv_locale(pl.DataFrame({"kode": ["C"], "lq": [1234.5]}), buf, "id")
    >>> buf.getvalue().decode("utf-8-sig").splitlines()
    ['kode;lq', 'C;1234,5']
    """
    if locale not in CSV_LOCALES:
        raise ValueError(f"CSV locale must be one of {', '.join(CSV_LOCALES)}, not {locale!r}")
    if locale == "id":
        frame.write_csv(target, separator=";", decimal_comma=True, include_bom=True,
                        float_precision=None)
    else:
        frame.write_csv(target, float_precision=None)


def write_csvs(out_dir: Path, tables: Mapping[str, pl.DataFrame], *,
               locale: str = "en") -> list[Path]:
    """Write each table as ``out_dir/<name>.csv`` (dialect ``locale``, see
    :data:`CSV_LOCALES`); return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = out_dir / f"{name}.csv"
        write_csv_locale(safe_frame(frame), path, locale)
        written.append(path)
    return written


def write_workbook(
    path: Path,
    sheets: Mapping[str, pl.DataFrame],
    *,
    about: Mapping[str, str] | None = None,
    lang: str | None = None,
    synthetic: bool = False,
    headers: Mapping[str, str] | None = None,
    titles: Mapping[str, str] | None = None,
    formats: Mapping[str, str] | None = None,
) -> Path:
    """Write several tables into one formatted XLSX workbook.

    The cells are written by ``rustpy_xlsxwriter`` (a binding of the compiled
    ``rust_xlsxwriter``), about six times faster than pure-Python writers: the workbook of
    an all-regency analysis holds about 490,000 cells.

    Parameters
    ----------
    path : output file.
    sheets : mapping of sheet title -> table. Titles are shown as given (max 31 characters).
    about : key -> value lines for a first "Keterangan"/"About" sheet (source, period...).
    lang : ``"id"`` or ``"en"``: language of headers and the about sheet (default: the
        current language).
    synthetic : add a red banner saying the data is synthetic demo data.
    headers : extra machine-name -> label translations for this workbook.
    titles : sheet title -> a line written above the table (bold, merged): which table it
        is, of which region and period, so that a copied sheet still says what it holds.
    formats : machine column name -> ``"percent"`` (the column holds fractions, shown as
        ``12.34%``), ``"money"`` (thousands separator, two decimals), ``"rank"`` or
        ``"int"``. Rank columns (:data:`RANK_COLUMNS`) are whole numbers without it.
    """
    from rustpy_xlsxwriter import FastExcel, Format

    path.parent.mkdir(parents=True, exist_ok=True)
    header_fmt = (
        Format().set_bold().set_background_color("#DCE6F1").set_border("thin").set_text_wrap()
    )
    warn_fmt = Format().set_bold().set_font_color("#9C0006").set_background_color("#FFC7CE")
    number_fmts = {k: Format().set_num_format(v) for k, v in _NUMBER_FORMATS.items()}
    title_fmt = Format().set_bold().set_font_size(12)
    lang = lang or current_language()
    banner = text("sources.workbook.synthetic", lang)
    book = FastExcel(str(path))

    if about or synthetic:
        key_label = text("sources.workbook.item", lang)
        value_label = text("sources.workbook.value", lang)
        lines = [(text("sources.workbook.synthetic_note", lang), "")] if synthetic else []
        lines += list((about or {}).items())
        frame = pl.DataFrame(
            {key_label: [safe_cell(k) for k, _ in lines],
             value_label: [safe_cell(v) for _, v in lines]},
            schema={key_label: pl.String, value_label: pl.String},
        )
        book.sheet(
            text("sources.workbook.about", lang),
            frame.to_dicts(),
            header_row=1,
            merge_ranges=[(0, 0, 0, 1, "Rancang", Format().set_bold().set_font_size(14))],
            header_format=header_fmt,
            column_widths=[28, 80],
            row_formats={2: warn_fmt} if synthetic else None,
        )

    for name, frame in sheets.items():
        frame = safe_frame(frame).with_columns(
            pl.col(c).fill_nan(None) for c, t in frame.schema.items() if t.is_float()
        )
        kinds = {c: "rank" for c in frame.columns if c in RANK_COLUMNS} | dict(formats or {})
        frame = frame.with_columns(
            pl.col(c).round(0).cast(pl.Int64) for c in frame.columns
            if kinds.get(c) == "rank" and frame.schema[c].is_float())
        labels = [(headers or {}).get(c) or header_label(c, lang) for c in frame.columns]
        widths: list[float] = []
        column_fmts: list[Format | None] = []
        for col, label in zip(frame.columns, labels, strict=True):
            dtype = frame.schema[col]
            kind = kinds.get(col)
            fmt: Format | None
            if kind is not None and dtype.is_numeric():
                fmt, width = number_fmts[kind], 14
            elif dtype.is_integer():
                # years (year, base_year, target_year, ripin_year) without thousands separator
                is_year = col == "year" or col.endswith("_year")
                fmt, width = (None if is_year else number_fmts["int"]), 12
            elif dtype.is_float():
                fmt, width = number_fmts["float"], 14
            else:
                longest = cast("int | None", frame[col].cast(pl.String).str.len_chars().max())
                fmt, width = None, min(60, max(12, (longest or 0) + 2))
            column_fmts.append(fmt)
            widths.append(max(width, min(len(label) + 2, 30)))
        frame.columns = _unique([safe_cell(label) for label in labels])
        # by (unique) header: the columns without a number format are left out
        by_header = {h: f for h, f in zip(frame.columns, column_fmts, strict=True)
                     if f is not None}
        title = (titles or {}).get(name)
        last_col = max(1, frame.width - 1)
        merges: list[tuple[int, int, int, int, str, Format]] = []
        if title:
            merges.append((0, 0, 0, last_col, safe_cell(title), title_fmt))
        if synthetic:
            merges.append((len(merges), 0, len(merges), last_col, banner, warn_fmt))
        first = len(merges)
        book.sheet(
            name[:31],
            frame,
            header_row=first,
            merge_ranges=merges or None,
            header_format=header_fmt,
            column_formats=by_header,
            column_widths=widths,
            autofilter=frame.height > 0,
        )
        book.freeze(row=first + 1, sheet=name[:31])
    book.save()
    return path


def _unique(labels: list[str]) -> list[str]:
    """Column labels made unique (two machine names may share one translated label)."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        n = seen.get(label, 0)
        seen[label] = n + 1
        out.append(label if n == 0 else f"{label} ({n + 1})")
    return out


def with_names(frame: pl.DataFrame, code_column: str, names: Mapping[str, str],
               name_column: str) -> pl.DataFrame:
    """``frame`` with ``name_column`` (the name of each code of ``code_column``, empty when
    ``names`` has none) right after ``code_column``: a workbook shows names beside codes.

    Example
    -------
    >>> f = with_names(pl.DataFrame({"industry_code": ["C", "X"], "lq": [1.5, 0.5]}),
    ...                "industry_code", {"C": "Industri Pengolahan"}, "industry_name")
    >>> f.columns, f["industry_name"].to_list()
    (['industry_code', 'industry_name', 'lq'], ['Industri Pengolahan', None])
    """
    if code_column not in frame.columns or name_column in frame.columns:
        return frame
    named = frame.with_columns(
        pl.col(code_column).cast(pl.String).replace_strict(
            dict(names), default=None, return_dtype=pl.String).alias(name_column))
    at = frame.columns.index(code_column) + 1
    order = [*frame.columns[:at], name_column, *frame.columns[at:]]
    return named.select(order)
