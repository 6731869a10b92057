"""Writers for result tables: plain CSV for machines, one formatted XLSX for people.

CSV files keep the English machine column names and plain numbers. The workbook gets
Indonesian (or English) sheet names and headers, bold frozen header rows, sensible column
widths, number formats, and a first sheet that says what the data is (source, period,
reference economy, and a visible warning when the data is synthetic).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import polars as pl

from rancang.i18n import header_label

_NUMBER_FORMATS = {
    "int": "#,##0",
    "float": "#,##0.0000",
    "money": "#,##0.00",
}


def write_csvs(out_dir: Path, tables: Mapping[str, pl.DataFrame]) -> list[Path]:
    """Write each table as ``out_dir/<name>.csv``; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = out_dir / f"{name}.csv"
        frame.write_csv(path, float_precision=None)
        written.append(path)
    return written


def write_workbook(
    path: Path,
    sheets: Mapping[str, pl.DataFrame],
    *,
    about: Mapping[str, str] | None = None,
    lang: str = "id",
    synthetic: bool = False,
    headers: Mapping[str, str] | None = None,
) -> Path:
    """Write several tables into one formatted XLSX workbook.

    Parameters
    ----------
    path : output file.
    sheets : mapping of sheet title -> table. Titles are shown as given (max 31 characters).
    about : key -> value lines for a first "Keterangan"/"About" sheet (source, period...).
    lang : ``"id"`` (default) or ``"en"``: language of headers and the about sheet.
    synthetic : add a red banner saying the data is synthetic demo data.
    headers : extra machine-name -> label translations for this workbook.
    """
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"nan_inf_to_errors": True})
    try:
        bold = wb.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True,
                              "valign": "top"})
        warn = wb.add_format({"bold": True, "font_color": "#9C0006", "bg_color": "#FFC7CE"})
        title = wb.add_format({"bold": True, "font_size": 14})
        fmts = {k: wb.add_format({"num_format": v}) for k, v in _NUMBER_FORMATS.items()}

        if about or synthetic:
            ws = wb.add_worksheet("Keterangan" if lang == "id" else "About")
            ws.write(0, 0, "Rancang", title)
            row = 2
            if synthetic:
                ws.write(
                    row, 0,
                    "DATA SINTETIS: dibuat oleh generator demo Rancang, bukan data BPS."
                    if lang == "id"
                    else "SYNTHETIC DATA: made by Rancang's demo generator, not BPS data.",
                    warn,
                )
                row += 2
            for key, value in (about or {}).items():
                ws.write(row, 0, key, bold)
                ws.write(row, 1, value)
                row += 1
            ws.set_column(0, 0, 28)
            ws.set_column(1, 1, 80)

        for name, frame in sheets.items():
            frame = frame.with_columns(
                pl.col(c).fill_nan(None) for c, t in frame.schema.items() if t.is_float()
            )
            ws = wb.add_worksheet(name[:31])
            first = 0
            if synthetic:
                ws.write(0, 0, "DATA SINTETIS" if lang == "id" else "SYNTHETIC DATA", warn)
                first = 1
            for c, col in enumerate(frame.columns):
                label = (headers or {}).get(col) or header_label(col, lang)
                ws.write(first, c, label, bold)
                dtype = frame.schema[col]
                if dtype.is_integer():
                    fmt = fmts["int"] if col != "year" else None
                    width = 12
                elif dtype.is_float():
                    fmt = fmts["float"]
                    width = 14
                else:
                    fmt = None
                    width = min(
                        60, max(12, int(frame[col].cast(pl.String).str.len_chars().max() or 0) + 2)
                    )
                ws.set_column(c, c, max(width, min(len(label) + 2, 30)), fmt)
            for r, row_values in enumerate(frame.iter_rows(), start=first + 1):
                ws.write_row(r, 0, row_values)
            ws.freeze_panes(first + 1, 0)
            if frame.height:
                ws.autofilter(first, 0, first + frame.height, max(0, frame.width - 1))
    finally:
        wb.close()
    return path
