"""Reader for tidy long tables: ``region_code, industry_code, year, value`` (+ optional
``region_name, industry_name, measure, unit``), CSV or XLSX."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from rancang.errors import InputError, Problem
from rancang.panel import LONG_COLUMNS, Panel

REFERENCE_FLAG = "is_reference"


def read_table(path: Path) -> tuple[pl.DataFrame, str | None]:
    """Read a CSV or the first sheet of an XLSX with every column as text."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            return pl.read_csv(path, infer_schema=False), None
        except pl.exceptions.ComputeError as exc:
            raise InputError(Problem(f"cannot read CSV: {exc}", file=path.name)) from None
    if suffix in (".xlsx", ".xlsm", ".xls"):
        import fastexcel

        reader = fastexcel.read_excel(str(path))
        sheet = reader.sheet_names[0]
        return reader.load_sheet(0, dtypes="string").to_polars(), sheet
    raise InputError(Problem(f"unsupported file type {suffix!r} (use .csv or .xlsx)",
                             file=path.name))


def looks_like_long(frame: pl.DataFrame) -> bool:
    cols = {c.strip().lower() for c in frame.columns}
    return set(LONG_COLUMNS) <= cols


def read_long(path: str | Path, *, frame: pl.DataFrame | None = None,
              sheet: str | None = None) -> Panel:
    """Read a tidy long table into a Panel.

    Rows of reference economies (a province row used as reference) may sit in the same
    table: mark them with a column ``is_reference`` (1/true/ya) or give them BPS codes
    ending in ``00``/``9999``; they go to ``Panel.references``.

    Bad input (missing column, text in ``year`` or ``value``, duplicates, negative values,
    a region lacking a year or industry) raises InputError with file, sheet, row, column.
    """
    path = Path(path)
    if frame is None:
        frame, sheet = read_table(path)
    frame = frame.rename({c: c.strip().lower() for c in frame.columns})
    missing = [c for c in LONG_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(Problem(f"missing column(s): {', '.join(missing)}", file=path.name,
                                 sheet=sheet, row=1))
    bad_year = frame.with_row_index("_r").filter(
        pl.col("year").cast(pl.Int64, strict=False).is_null()
    )
    if bad_year.height:
        r = bad_year.row(0, named=True)
        raise InputError(Problem(f"year {r['year']!r} is not a whole number", file=path.name,
                                 sheet=sheet, row=int(r["_r"]) + 2, column="year"))
    frame = frame.with_columns(
        pl.col("year").cast(pl.Int64),
        pl.col("region_code").cast(pl.String).str.strip_chars(),
        pl.col("industry_code").cast(pl.String).str.strip_chars(),
    )
    if REFERENCE_FLAG in frame.columns:
        is_ref = pl.col(REFERENCE_FLAG).cast(pl.String).str.to_lowercase().is_in(
            ["1", "true", "ya", "yes", "y"])
    else:
        is_ref = pl.col("region_code").str.contains(r"^(\d\d00|9999)$")
    frame = frame.with_row_index("_row", offset=2).with_columns(_ref=is_ref)
    main = frame.filter(~pl.col("_ref"))
    refs = frame.filter(pl.col("_ref"))
    if main.height == 0:
        raise InputError(Problem("no region rows (only reference rows)", file=path.name,
                                 sheet=sheet))
    panel = _from_long(main, path.name, sheet)
    references = _from_long(refs, path.name, sheet) if refs.height else None
    if references is not None and (
        references.industry_codes != panel.industry_codes or references.years != panel.years
    ):
        references = references_aligned(references, panel, path.name)
    from dataclasses import replace

    parents = tuple(
        (c[:2] + "00") if (references is not None and len(c) == 4
                           and references.has_region(c[:2] + "00")) else None
        for c in panel.region_codes
    )
    return replace(panel, references=references, parent_codes=parents)


def _from_long(frame: pl.DataFrame, file: str, sheet: str | None) -> Panel:
    try:
        return Panel.from_long(frame.drop("_ref"), source=file)
    except InputError as exc:
        # translate positions of the filtered frame back to the file's rows
        rows = frame["_row"].to_list()
        fixed = []
        for p in exc.problems:
            row = p.row
            if row is not None and 2 <= row < len(rows) + 2:
                row = int(rows[row - 2])
            fixed.append(Problem(p.message, file=file, sheet=sheet, row=row, column=p.column))
        raise InputError(fixed) from None


def references_aligned(refs: Panel, panel: Panel, file: str) -> Panel:
    """Reorder a reference panel onto the industries and years of ``panel``."""
    try:
        ii = [refs.industry_codes.index(c) for c in panel.industry_codes]
        ti = [refs.years.index(y) for y in panel.years]
    except ValueError:
        raise InputError(Problem(
            "reference rows do not cover the same industries and years as the regions",
            file=file)) from None
    from dataclasses import replace

    return replace(refs, values=refs.values[:, ii][:, :, ti], industry_codes=panel.industry_codes,
                   industry_names=panel.industry_names, years=panel.years)
