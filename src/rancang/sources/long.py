"""Reader for tidy long tables: ``region_code, industry_code, year, value`` (+ optional
``region_name, industry_name, measure, unit, is_reference``), CSV or XLSX."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.panel import LONG_COLUMNS, Panel
from rancang.reference.classifications import NAME_LISTS, classify, kbli_sections, named_codes
from rancang.reference.pdrb import CATEGORY_CODES
from rancang.sources._cells import (
    EXCEL_SUFFIXES,
    Where,
    duplicate_headers,
    hidden_sheets_only,
    visible_sheets,
)
from rancang.sources.csv_text import CsvFormat, read_csv_text
from rancang.sources.numbers import detect_decimal, number_problem, parse_numbers

REFERENCE_FLAG = "is_reference"
_MAX_PROBLEMS = 200
_PROVINCE_OR_NATION = r"^(\d\d00|9999|\d\d)$"
#: the catalogue name of each reference list that names industry codes
_LIST_WORDS = {"pdrb17": "sources.list.pdrb17", "kbli2020_section": "sources.list.kbli2020_section",
               "kbli2020": "sources.list.kbli2020", "isic4": "sources.list.isic4",
               "pdrb_manufacturing": "sources.list.pdrb_manufacturing"}


def read_table(path: Path, *, head: bool = False) -> tuple[pl.DataFrame, str | None]:
    """Read a CSV or the first sheet of an XLSX with every column as text.

    Returns the frame (header = first row) and the sheet name (None for CSV); ``head``:
    only the first lines of a CSV (enough to see its columns).
    """
    if head and path.suffix.lower() == ".csv":
        return read_csv_text(path, n_bytes=65536)[0], None
    frame, sheet, _ = read_table_as(path)
    return frame, sheet


#: The tidy columns a plain machine-written CSV gives as numbers at once (see
#: :func:`~rancang.sources.csv_text.read_csv_text`); every other file is read as text.
LONG_NUMBERS: dict[str, type[pl.DataType]] = {"year": pl.Int64, "value": pl.Float64}


def read_table_as(path: Path, number_columns: tuple[str, ...] = ("value",), *,
                  typed: dict[str, type[pl.DataType]] | None = None,
                  ) -> tuple[pl.DataFrame, str | None, CsvFormat | None]:
    """:func:`read_table` plus, for a CSV, how it was read (separator, decimal mark,
    encoding: :func:`~rancang.sources.csv_text.read_csv_text`); ``typed``: columns a plain
    CSV may give as numbers at once (the others stay text)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        frame, fmt = read_csv_text(path, number_columns, typed=typed)
        # polars renames a second column of one name (``x_duplicated_0``): refuse instead,
        # naming the heading given twice
        if any(c.endswith("_duplicated_0") for c in frame.columns):
            head, _ = read_csv_text(path, number_columns, n_bytes=65536)
            names = [c.rsplit("_duplicated_", 1)[0] for c in head.columns]
            raise InputError(duplicate_headers(names, file=path.name))
        return frame, None, fmt
    if suffix in EXCEL_SUFFIXES:
        sheet, grid = (visible_sheets(path) or hidden_sheets_only(path))[0]
        if grid.height == 0:
            return pl.DataFrame(), sheet, None
        header = [str(c).strip() if c is not None else f"column_{k + 1}"
                  for k, c in enumerate(grid.row(0))]
        twice = duplicate_headers(header, file=path.name, sheet=sheet)
        if twice:
            raise InputError(twice)
        return grid.slice(1).rename(dict(zip(grid.columns, header, strict=True))), sheet, None
    raise InputError(Problem(Msg("sources.unsupported_type", suffix=suffix), file=path.name))


def looks_like_long(frame: pl.DataFrame) -> bool:
    """True when the frame has the four tidy columns (any case, surrounding spaces ignored)."""
    cols = {c.strip().lower() for c in frame.columns}
    return set(LONG_COLUMNS) <= cols


#: What :func:`read_long` does with region-industry-year cells the table leaves out.
MISSING_MODES = ("refuse", "zero")


def read_long(path: str | Path, *, frame: pl.DataFrame | None = None,
              sheet: str | None = None, missing: str = "refuse") -> Panel:
    """Read a tidy long table into a Panel.

    Parameters
    ----------
    path : str or Path
        CSV or XLSX (first sheet), header in the first row.
    frame, sheet : optional
        An already loaded table (all columns text) and its sheet name.
    missing : {"refuse", "zero"}, default "refuse"
        A region-industry-year cell the table leaves out: refused (naming the region and
        what it lacks), or a zero, the convention of sparse trade and employment tables
        (ecomplexity, the Atlas of Economic Complexity); the number of cells filled is
        said in the panel's ``notes``.

    Returns
    -------
    Panel with region and industry codes kept exactly as given (either code system).

    Raises
    ------
    InputError
        Every problem found (up to 200), each with file, sheet, spreadsheet row and column:
        missing column, text in ``year`` or ``value``, negative value, duplicated
        region-industry-year, a region lacking an industry or a year.

    Notes
    -----
    Rows of reference economies may sit in the same table: mark them with a column
    ``is_reference`` (1/true/ya/yes). Without that column, province codes (BPS ``xx00``,
    Kemendagri ``xx``) and the national code ``9999`` are references, unless the table holds
    nothing else: then provinces are the regions and ``9999`` the reference. Values accept a
    decimal comma (``28893,19``).

    Example
    -------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "pdrb.csv"
    >>> _ = f.write_text("region_code,industry_code,year,value\\n"
    ...                  "72.06,C,2020,28893.19\\n72.04,C,2020,\\"120,5\\"\\n72,C,2020,40000\\n")
    >>> p = read_long(f)
    >>> p.region_codes, p.values[:, 0, 0].tolist(), p.parent_codes, p.references.region_codes
    (('72.06', '72.04'), [28893.19, 120.5], ('72', '72'), ('72',))
    """
    path = Path(path)
    fmt = None
    if frame is None:
        frame, sheet, fmt = read_table_as(path, typed=LONG_NUMBERS)
    where: Where = {"file": path.name, "sheet": sheet}
    frame = frame.rename({c: c.strip().lower() for c in frame.columns})
    absent = [c for c in LONG_COLUMNS if c not in frame.columns]
    if absent:
        raise InputError(Problem(
            Msg("sources.long.missing_columns", missing=", ".join(absent),
                found=", ".join(frame.columns)),
            **where, row=1, column=", ".join(absent)))
    frame = frame.with_columns(
        pl.col("region_code").cast(pl.String).str.strip_chars(),
        pl.col("industry_code").cast(pl.String).str.strip_chars(),
    ).with_row_index("_row", offset=2)
    frame = frame.filter(~pl.all_horizontal(
        pl.col(c).cast(pl.String).is_null() | (pl.col(c).cast(pl.String).str.len_bytes() == 0)
        for c in LONG_COLUMNS)) if frame.select(pl.any_horizontal(
            pl.col(c).is_null() for c in LONG_COLUMNS).any()).item() else frame
    decimal = (fmt.decimal if fmt is not None else detect_decimal(frame["value"]))
    original = frame
    frame, problems = _check_cells(frame, where, decimal)
    problems += _check_categories(frame, where)
    if problems:
        raise InputError(problems[:_MAX_PROBLEMS])
    classification = classify(frame["industry_code"].unique(maintain_order=True).to_list())
    frame, named = _category_names(frame, classification)
    is_ref = _reference_mask(frame)
    main, refs = (frame.filter(~is_ref), frame.filter(is_ref)) if is_ref.any() \
        else (frame, frame.clear())
    if main.height == 0:
        raise InputError(Problem(Msg("sources.long.no_regions"), **where))
    if missing not in MISSING_MODES:
        raise ValueError(f"missing must be one of {', '.join(MISSING_MODES)}")
    fill = 0.0 if missing == "zero" else None
    if fill is None:
        problems = _check_complete(main, where) + (
            _check_complete(refs, where) if refs.height else [])
        if problems:
            raise InputError(problems[:_MAX_PROBLEMS])
    try:
        panel = Panel.from_long(main.drop("_row"), source=path.name,
                                classification=classification, fill_missing=fill)
    except InputError as exc:
        first = exc.problems[0].message if exc.problems else None
        if isinstance(first, Msg) and first.key == "panel.duplicate":
            # list every duplicated row with its location (the panel names the first)
            raise InputError(_check_cells(original, where, decimal,
                                          check_duplicates=True)[1][:_MAX_PROBLEMS]) from None
        raise
    notes: list[Msg] = []
    if fmt is not None:
        notes.append(Msg("sources.file_note", file=path.name, note=fmt.note))
    notes.extend(Msg("sources.file_note", file=path.name, note=n) for n in named)
    filled = panel.values.size - main.height
    if filled:
        notes.append(Msg("sources.file_note", file=path.name, note=Msg(
            "sources.long.filled_zero", n=filled, total=panel.values.size)))
    panel = replace(panel, notes=tuple(notes))
    references = Panel.from_long(refs.drop("_row"), source=path.name,
                                 classification=classification, fill_missing=fill) \
        if refs.height else None
    if references is not None and (
        references.industry_codes != panel.industry_codes or references.years != panel.years
    ):
        references = references_aligned(references, panel, path.name)
    parents = tuple(_parent(c, references) for c in panel.region_codes)
    return replace(panel, references=references, parent_codes=parents)


def _check_cells(frame: pl.DataFrame, where: Where, decimal: str | None = None, *,
                 check_duplicates: bool | None = None) -> tuple[pl.DataFrame, list[Problem]]:
    """Parse ``year`` and ``value`` (``decimal``: the file's decimal mark); problems for
    text, non-finite values, spreadsheet errors, negatives, empty codes and (when asked:
    the panel found one, see :func:`read_long`; by default for tables up to 500,000 rows,
    so that every problem comes in one pass) every duplicated region-industry-year."""
    if check_duplicates is None:
        check_duplicates = frame.height <= 500_000
    problems: list[Problem] = []
    rows = frame["_row"].to_numpy()
    # a plain CSV gives year and value as numbers already (every cell one, finite)
    year_num = frame["year"] if frame["year"].dtype == pl.Int64 else \
        frame["year"].cast(pl.String).cast(pl.Int64, strict=False)
    if year_num.null_count():  # " 2020", "2020.0": the slower path only when needed
        year_num = frame["year"].cast(pl.String).str.strip_chars() \
            .str.replace(r"\.0$", "").cast(pl.Int64, strict=False)
    for k in np.flatnonzero(year_num.is_null().to_numpy()):
        problems.append(Problem(Msg("sources.long.year_not_whole", value=frame["year"][int(k)]),
                                **where, row=int(rows[k]), column="year"))
    if frame["value"].dtype == pl.Float64:
        values = frame["value"].fill_null(np.nan).to_numpy()
        if not np.isfinite(values).all():  # blanks and non-finite cells are problems
            values = np.where(np.isfinite(values), values, np.nan)
    else:
        values = parse_numbers(frame.select(pl.col("value").cast(pl.String)), decimal)[:, 0]
    for k in np.flatnonzero(np.isnan(values)):
        raw = frame["value"][int(k)]
        msg = Msg("sources.long.empty_value") if raw is None or not str(raw).strip() \
            else number_problem(raw)
        problems.append(Problem(msg, **where, row=int(rows[k]), column="value"))
    for k in np.flatnonzero(values < 0):
        problems.append(Problem(Msg("sources.negative_value", value=float(values[k])),
                                **where, row=int(rows[k]), column="value"))
    for col in ("region_code", "industry_code"):
        for k in np.flatnonzero(frame[col].fill_null("").eq("").to_numpy()):
            problems.append(Problem(Msg("sources.long.empty_code", column=col), **where,
                                    row=int(rows[k]), column=col))
    frame = frame.with_columns(year=year_num, value=pl.Series(values))
    keys = ["region_code", "industry_code", "year"]
    dups = frame.filter(pl.struct(keys).is_duplicated() & pl.col("year").is_not_null()) \
        if check_duplicates else frame.clear()
    if dups.height:
        first = dups.group_by(keys, maintain_order=True).agg(pl.col("_row").min().alias("_first"))
        for r in dups.join(first, on=keys).filter(pl.col("_row") != pl.col("_first")).iter_rows(
                named=True):
            problems.append(Problem(
                Msg("sources.long.duplicate", region=r["region_code"],
                    industry=r["industry_code"], year=r["year"], first=r["_first"]),
                **where, row=int(r["_row"]), column="region_code, industry_code, year"))
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return frame, problems


def _check_categories(frame: pl.DataFrame, where: Where) -> list[Problem]:
    """Codes outside the 17 PDRB categories in a table that otherwise uses them.

    A table whose industry codes are mostly PDRB categories (at least three, and at least
    half of its codes) is a PDRB table: any other code there is a typing error, reported
    per row, rather than a new industry that would leave every region incomplete. Single
    letters of KBLI 2020 sections (``M``, ``N``, ``R``-``U``) make it a KBLI-section table
    instead, unless a code only PDRB has (``M_N``, ``R_S_T_U``) is there too.
    """
    codes = [c for c in frame["industry_code"].unique(maintain_order=True).to_list() if c]
    known = [c for c in codes if c in CATEGORY_CODES]
    if len(known) < 3 or 2 * len(known) < len(codes) or len(known) == len(codes):
        return []
    if classify(codes) != "pdrb17" and all(c in kbli_sections() for c in codes):
        return []
    stray = frame.filter(~pl.col("industry_code").is_in(list(CATEGORY_CODES))
                         & (pl.col("industry_code") != ""))
    return [Problem(Msg("sources.long.unknown_category", code=r["industry_code"],
                        codes=", ".join(CATEGORY_CODES)),
                    **where, row=int(r["_row"]), column="industry_code")
            for r in stray.select("industry_code", "_row").iter_rows(named=True)]


def _category_names(frame: pl.DataFrame, classification: str,
                    ) -> tuple[pl.DataFrame, list[Msg]]:
    """Names from the reference lists (:func:`~rancang.reference.classifications.named_codes`)
    for the codes the table gives no name for, and one note per list that named some:
    which list, how many codes."""
    codes = frame["industry_code"].unique(maintain_order=True).to_list()
    found = named_codes(codes, classification)
    if not found:
        return frame, []
    given = pl.col("industry_name").cast(pl.String).str.strip_chars() \
        if "industry_name" in frame.columns else pl.lit(None, dtype=pl.String)
    unnamed = set(frame.filter(given.is_null() | (given == ""))["industry_code"].to_list())
    titles = {c: name for c, (name, _) in found.items() if c in unnamed}
    if not titles:
        return frame, []
    looked_up = pl.col("industry_code").replace_strict(titles, default=None,
                                                       return_dtype=pl.String)
    frame = frame.with_columns(
        pl.when(given.is_null() | (given == "")).then(looked_up).otherwise(given)
        .alias("industry_name"))
    notes = [Msg("sources.long.names_from", n=n, total=len(codes),
                 list=Msg(_LIST_WORDS[lst]))
             for lst in NAME_LISTS
             if (n := sum(found[c][1] == lst for c in titles))]
    return frame, notes


def _check_complete(frame: pl.DataFrame, where: Where) -> list[Problem]:
    """One problem per region lacking some industry-year cells (every region needs all)."""
    industries = frame["industry_code"].unique(maintain_order=True).to_list()
    years = sorted(frame["year"].unique().to_list())
    full = len(industries) * len(years)
    counts = frame.group_by("region_code", maintain_order=True).agg(
        pl.len().alias("n"), pl.col("industry_code"), pl.col("year"),
        pl.col("_row").min().alias("row"))
    problems = []
    for r in counts.filter(pl.col("n") < full).iter_rows(named=True):
        have = set(zip(r["industry_code"], r["year"], strict=True))
        lack = [(i, y) for i in industries for y in years if (i, y) not in have]
        whole_industry = any(all((i, y) not in have for y in years) for i in industries)
        shown = ", ".join(f"{i} {y}" for i, y in lack[:8]) + (" ..." if len(lack) > 8 else "")
        problems.append(Problem(
            Msg("sources.long.incomplete", region=r["region_code"], n=r["n"], full=full,
                shown=shown),
            **where, row=int(r["row"]), column="industry_code" if whole_industry else "year"))
    return problems


def _reference_mask(frame: pl.DataFrame) -> pl.Series:
    if REFERENCE_FLAG in frame.columns:
        return frame[REFERENCE_FLAG].cast(pl.String).str.strip_chars().str.to_lowercase() \
            .is_in(["1", "true", "ya", "yes", "y"]).fill_null(False)
    codes = frame["region_code"].unique()
    found = codes.filter(codes.str.contains(_PROVINCE_OR_NATION)).to_list()
    if not found:
        return pl.Series("_ref", [False] * frame.height, dtype=pl.Boolean)
    if len(found) == codes.len():  # a table of provinces: the nation is the reference
        return frame["region_code"] == "9999"
    return frame["region_code"].is_in(found)


def _parent(code: str, references: Panel | None) -> str | None:
    if references is None:
        return None
    candidates = [code.split(".")[0]] if "." in code else (
        [code[:2] + "00", code[:2]] if re.fullmatch(r"\d{4}", code) else [])
    return next((c for c in candidates if c in references.region_codes), None)


def references_aligned(refs: Panel, panel: Panel, file: str) -> Panel:
    """Reorder a reference panel onto the industries and years of ``panel``."""
    try:
        ii = [refs.industry_codes.index(c) for c in panel.industry_codes]
        ti = [refs.years.index(y) for y in panel.years]
    except ValueError:
        raise InputError(Problem(Msg("sources.long.references_misaligned"), file=file)) \
            from None
    return replace(refs, values=refs.values[:, ii][:, :, ti], industry_codes=panel.industry_codes,
                   industry_names=panel.industry_names, years=panel.years)
