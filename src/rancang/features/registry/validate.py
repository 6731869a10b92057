"""Validate and type one sheet of register records before anything is written.

Every problem is reported with file, sheet, row and column and a message in the
language of the request or command. Numbers are read the way Indonesian offices type them:
``1.250.000`` and ``Rp 1.250.000,50`` are thousands-dotted, ``2,5`` has a decimal comma.
Known limit: a text cell ``123.456`` is read as 123456 (Indonesian thousands); numeric XLSX
cells arrive unformatted and are not affected unless they hold exactly three decimals below
1,000 (e.g. 1.234). Coordinates are read as plain decimals.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import polars as pl

from rancang.core.errors import Problem
from rancang.core.text import CONTROL_PATTERN, MAX_FIELD, column_lengths, text_problem
from rancang.features.registry.mapping import FIELDS
from rancang.features.registry.messages import message
from rancang.features.registry.reader import SheetTable
from rancang.reference.kbli import known_group
from rancang.sources.numbers import number_expr as shared_number_expr

MAX_PER_CHECK = 200
TRUE = {"ya", "y", "ada", "1", "true", "v", "sudah", "punya", "yes", "x", "\u221a", "memiliki"}
FALSE = {"tidak", "t", "tdk", "0", "false", "belum", "tidak ada", "no", "n", "belum ada"}
STATUS = {
    "draf": "draft",
    "draft": "draft",
    "konsep": "draft",
    "dikembalikan": "returned",
    "returned": "returned",
    "kembali": "returned",
    "revisi": "returned",
    "terverifikasi": "verified",
    "verified": "verified",
    "valid": "verified",
    "sudah diverifikasi": "verified",
    "diverifikasi": "verified",
}
REGION_PATTERNS = {
    "province_code": r"^\d{2}$",
    "regency_code": r"^\d{2}\.\d{2}$",
    "district_code": r"^\d{2}\.\d{2}\.\d{2}$",
    "village_code": r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$",
}


@lru_cache(maxsize=1)
def known_regencies() -> frozenset[str] | None:
    """Kemendagri regency/city codes shipped in ``reference/data/regencies.csv``, if present."""
    try:
        ref = resources.files("rancang.reference").joinpath("data/regencies.csv")
        if not ref.is_file():
            return None
        frame = pl.read_csv(ref.read_bytes(), infer_schema=False)
    except (FileNotFoundError, OSError, pl.exceptions.PolarsError):
        return None
    for col in ("code", "kemendagri_code", "regency_code", *frame.columns):
        if col in frame.columns:
            values = frame[col].drop_nulls()
            if values.len() and values.str.contains(r"^\d{2}\.\d{2}$").all():
                return frozenset(values.to_list())
    return None


def load_area_codes(paths: list[str | Path]) -> frozenset[str]:
    """District and village codes from user-supplied lists (CSV with a ``code`` column).

    Parameters
    ----------
    paths : list of str or Path
        E.g. ``districts.csv`` and ``villages.csv`` of the idn-area-data set
        (Kemendagri dotted codes).

    Returns
    -------
    frozenset of str
    """
    import csv

    codes: set[str] = set()
    for p in paths:
        # the csv module, not polars: published lists carry stray quotes (Padala"a)
        with Path(p).open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            k = header.index("code")
            codes.update(row[k].strip() for row in reader if len(row) > k and row[k])
    return frozenset(codes)


def number_expr(col: str) -> pl.Expr:
    """Parse Indonesian-formatted numbers (``Rp 1.250.000,50``, ``12 %``) to Float64 (null
    on failure, for non-finite values and spreadsheet errors): the shared parser
    :func:`rancang.sources.numbers.number_expr` with a decimal comma.

    Example
    -------
    >>> s = pl.DataFrame({"v": ["1.250.000", "Rp 2.500,5", "2,5", "1,234,567.5", "12.5", "x",
    ...                         "NaN", "inf", "1e400"]})
    >>> s.select(number_expr("v"))["v"].to_list()
    [1250000.0, 2500.5, 2.5, 1234567.5, 12.5, None, None, None, None]
    """
    return shared_number_expr(pl.col(col).str.replace_all("%", ""), ",").alias(col)


@lru_cache(maxsize=1)
def text_limits() -> dict[str, int]:
    """The stored length of each text field (characters), from the register's tables; the
    phone is normalised before it is stored and has no limit here."""
    from rancang.features.registry.models import (
        Enterprise,
        EnterprisePeriod,
        RawMaterial,
        Sentra,
    )

    limits = {**column_lengths(RawMaterial.__table__),
              **column_lengths(EnterprisePeriod.__table__),
              **column_lengths(Enterprise.__table__)}
    limits["sentra"] = column_lengths(Sentra.__table__)["name"]
    for normalised in ("phone", "status", "period"):  # stored as their normal form
        limits.pop(normalised, None)
    return limits


def _check_text(out: pl.DataFrame, field: str, ck: _Checker) -> None:
    """Refuse control characters (NUL, escapes) and text longer than its column: the
    same rows are refused on SQLite and PostgreSQL, each with its place."""
    limit = text_limits().get(field, MAX_FIELD)
    col = pl.col(field)
    too_long = col.str.len_chars() > limit
    if field == "legal_form":  # a known form is stored as its short name
        from rancang.features.registry.normalize import legal_form

        known = [v for v in out[field].drop_nulls().unique().to_list() if legal_form(v)]
        too_long = too_long & ~col.is_in(known)
    bad = out.filter((col.str.contains(CONTROL_PATTERN) | too_long).fill_null(False))
    column = ck.table.headers.get(field, field)
    for row, value in bad.select("_row", field).head(MAX_PER_CHECK).iter_rows():
        found = text_problem(value, max_length=limit)
        if found is not None:
            ck.problems.append(Problem(found, file=ck.table.file, sheet=ck.table.sheet,
                                       row=row, column=column))


def _code_expr(col: str) -> pl.Expr:
    return pl.col(col).str.replace(r"\.0$", "").str.replace_all(r"[\s\-]", "")


class _Checker:
    def __init__(self, table: SheetTable) -> None:
        self.table = table
        self.problems: list[Problem] = []

    def report(
        self, frame: pl.DataFrame, mask: pl.Expr, field: str, code: str, **extra: str
    ) -> None:
        bad = frame.filter(mask.fill_null(False))
        if bad.height == 0:
            return
        column = self.table.headers.get(field, field)
        parent = extra.get("parent")
        cols = ["_row", field] + ([parent] if parent else [])
        for row in bad.select(cols).head(MAX_PER_CHECK).iter_rows():
            kw = {"parent": row[2]} if parent else {}
            self.problems.append(
                Problem(
                    message(code, value=row[1], **kw),
                    file=self.table.file,
                    sheet=self.table.sheet,
                    row=row[0],
                    column=column,
                )
            )
        if bad.height > MAX_PER_CHECK:
            self.problems.append(
                Problem(
                    message("truncated", value=bad.height - MAX_PER_CHECK),
                    file=self.table.file,
                    sheet=self.table.sheet,
                    column=column,
                )
            )


def _refuse_spreadsheet_errors(raw: pl.DataFrame, cols: set[str], ck: _Checker
                               ) -> pl.DataFrame:
    """Report every spreadsheet error value (``#REF!``, ``#DIV/0!``: a broken formula
    that an XLSX reader would otherwise give as an empty cell) with its place, the shared
    message of every reader (:func:`rancang.sources.numbers.number_problem`); the frame
    with those cells empty, so that the other checks do not report them again."""
    from rancang.sources.numbers import SPREADSHEET_ERROR, number_problem

    fields = sorted(c for c in cols if c != "_row" and raw.schema[c] == pl.String)
    pattern = f"(?i){SPREADSHEET_ERROR}"
    errors = {f: pl.col(f).str.strip_chars().str.contains(pattern).fill_null(False)
              for f in fields}
    if not errors:
        return raw
    hit = raw.select(pl.any_horizontal(*errors.values())).to_series()
    if not hit.any():
        return raw
    for f in fields:
        bad = raw.filter(errors[f]).select("_row", f)
        column = ck.table.headers.get(f, f)
        for row, value in bad.head(MAX_PER_CHECK).iter_rows():
            ck.problems.append(Problem(number_problem(value.strip()), file=ck.table.file,
                                       sheet=ck.table.sheet, row=row, column=column))
    return raw.with_columns(pl.when(e).then(None).otherwise(pl.col(f)).alias(f)
                            for f, e in errors.items())


def validate_table(
    table: SheetTable,
    *,
    period: str | None = None,
    areas: frozenset[str] | None = None,
) -> tuple[pl.DataFrame, list[Problem]]:
    """Check one sheet and return its typed records and the problems found.

    Parameters
    ----------
    table : SheetTable
        Output of :func:`~rancang.features.registry.reader.read_tables`.
    period : str, optional
        Reporting period for sheets without a year column (``2023``, ``2023-S1``).
    areas : frozenset of str, optional
        Known district and village codes (:func:`load_area_codes`); codes not in it are
        reported.

    Returns
    -------
    (DataFrame, list of Problem)
        Typed frame (``_row``, ``_file``, ``_sheet`` and one column per field present) and
        every problem, each with file, sheet, row and column.
    """
    ck = _Checker(table)
    raw = table.frame
    cols = set(raw.columns)
    out = _refuse_spreadsheet_errors(raw, cols, ck)
    # --- required name
    if "name" not in cols:
        ck.problems.append(
            Problem(
                message("required"),
                file=table.file,
                sheet=table.sheet,
                column="Nama Perusahaan",
            )
        )
    else:
        ck.report(raw, pl.col("name").is_null(), "name", "required")
    # --- period
    if "period" in cols:
        p = (
            pl.col("period")
            .str.replace(r"\.0$", "")
            .str.to_uppercase()
            .str.replace(r"^(\d{4})\s*[-/ ]?\s*([SQ])\s*([1-4])$", "${1}-${2}${3}")
        )
        out = out.with_columns(p.alias("_period"))
        if period:
            out = out.with_columns(pl.col("_period").fill_null(pl.lit(period)))
    elif period:
        out = out.with_columns(pl.lit(period).alias("_period"))
    else:
        ck.problems.append(Problem(message("no_period"), file=table.file, sheet=table.sheet))
        out = out.with_columns(pl.lit(None, pl.String).alias("_period"))
    valid_period = pl.col("_period").str.contains(r"^(19[9]\d|20\d\d)(-S[12]|-Q[1-4])?$")
    bad = out.with_columns(
        pl.col("_period").alias("period") if "period" not in cols else pl.col("period")
    )
    ck.report(bad, ~valid_period & pl.col("_period").is_not_null(), "period", "period")
    ck.report(bad, pl.col("_period").is_null() & pl.lit("period" in cols), "period", "required")
    out = out.with_columns(
        pl.col("_period").alias("period"),
        pl.col("_period").str.slice(0, 4).cast(pl.Int32, strict=False).alias("year"),
    ).drop("_period")
    # --- typed columns
    for field in sorted(cols - {"_row", "period"}):
        kind = FIELDS[field][0]
        if kind == "text":
            _check_text(out, field, ck)
        if kind in ("number", "int"):
            parsed = out.select(number_expr(field))[field]
            out_p = out.with_columns(parsed.alias("_v"))
            ck.report(out_p, pl.col(field).is_not_null() & pl.col("_v").is_null(), field, "number")
            ck.report(out_p, pl.col("_v") < 0, field, "negative")
            if kind == "int":
                ck.report(out_p, pl.col("_v") != pl.col("_v").floor(), field, "integer")
                parsed = parsed.round(0).cast(pl.Int64, strict=False)
            if field.endswith("_share"):
                ck.report(out_p, pl.col("_v") > 100, field, "share")
            out = out.with_columns(parsed.alias(field))
        elif kind == "coord":
            parsed = (
                out[field]
                .str.replace(",", ".")
                .str.replace_all(r"\s", "")
                .cast(pl.Float64, strict=False)
            )
            out_p = out.with_columns(parsed.alias("_v"))
            ck.report(out_p, pl.col(field).is_not_null() & pl.col("_v").is_null(), field, "number")
            lo, hi = (-11.0, 6.0) if field == "latitude" else (95.0, 141.0)
            ck.report(out_p, (pl.col("_v") < lo) | (pl.col("_v") > hi), field, field)
            out = out.with_columns(parsed.alias(field))
        elif kind == "bool":
            low = pl.col(field).str.to_lowercase()
            ck.report(out, ~low.is_in(list(TRUE | FALSE)) & low.is_not_null(), field, "bool")
            out = out.with_columns(
                pl.when(low.is_in(list(TRUE)))
                .then(True)
                .when(low.is_in(list(FALSE)))
                .then(False)
                .otherwise(None)
                .alias(field)
            )
        elif kind == "list":
            _check_text(out, field, ck)
            out = out.with_columns(pl.col(field).str.replace_all(r"\s*[;,/]\s*", ";"))
    out = _check_codes(out, cols, ck)
    if areas is not None:
        for c in ("district_code", "village_code"):
            if c in cols:
                ck.report(
                    out,
                    pl.col(c).str.contains(REGION_PATTERNS[c]) & ~pl.col(c).is_in(list(areas)),
                    c,
                    "area_unknown",
                )
    out = _derive(out, cols, ck)
    out = out.with_columns(
        pl.lit(table.file).alias("_file"), pl.lit(table.sheet, pl.String).alias("_sheet")
    )
    return out, ck.problems


def _check_codes(out: pl.DataFrame, cols: set[str], ck: _Checker) -> pl.DataFrame:
    if "nib" in cols:
        out = out.with_columns(_code_expr("nib").str.replace_all(r"\.", "").alias("nib"))
        ck.report(out, ~pl.col("nib").str.contains(r"^\d{13}$"), "nib", "nib")
    if "kbli" in cols:
        out = out.with_columns(_code_expr("kbli").str.replace_all(r"\.", "").alias("kbli"))
        uniq = out["kbli"].drop_nulls().unique().to_list()
        bad = [c for c in uniq if not known_group(c)]
        ck.report(out, pl.col("kbli").is_in(bad), "kbli", "kbli")
    if "status" in cols:
        low = pl.col("status").str.to_lowercase().str.strip_chars()
        ck.report(out, ~low.is_in(list(STATUS)) & low.is_not_null(), "status", "status")
        out = out.with_columns(low.replace_strict(STATUS, default=None).alias("status"))
    present = [c for c in REGION_PATTERNS if c in cols]
    for c in present:
        out = out.with_columns(_code_expr(c).alias(c))
        ck.report(out, ~pl.col(c).str.contains(REGION_PATTERNS[c]), c, "region_format")
    # fill parents from children and check consistency
    chain = [
        ("village_code", "district_code", 8),
        ("district_code", "regency_code", 5),
        ("regency_code", "province_code", 2),
    ]
    for child, parent, n in chain:
        if child not in out.columns:
            continue
        derived = pl.when(pl.col(child).str.contains(REGION_PATTERNS[child])).then(
            pl.col(child).str.slice(0, n))
        if parent in out.columns:
            ck.report(
                out.with_columns(derived.alias("_p")),
                pl.col("_p").is_not_null()
                & pl.col(parent).is_not_null()
                & (pl.col("_p") != pl.col(parent)),
                child,
                "region_mismatch",
                parent=parent,
            )
            out = out.with_columns(pl.coalesce(parent, derived).alias(parent))
        else:
            out = out.with_columns(derived.alias(parent))
    regencies = known_regencies()
    if regencies is not None and "regency_code" in out.columns:
        mask = pl.col("regency_code").str.contains(REGION_PATTERNS["regency_code"]) & ~pl.col(
            "regency_code"
        ).is_in(list(regencies))
        ck.report(out, mask, "regency_code", "region_unknown")
    return out


def _derive(out: pl.DataFrame, cols: set[str], ck: _Checker) -> pl.DataFrame:
    if {"workers_men", "workers_women"} <= cols:
        total = pl.col("workers_men") + pl.col("workers_women")
        if "workers" in cols:
            ck.report(
                out.with_columns(total.cast(pl.String).alias("_t")),
                pl.col("workers") != total,
                "workers",
                "workers_sum",
                parent="_t",
            )
            out = out.with_columns(pl.coalesce("workers", total).alias("workers"))
        else:
            out = out.with_columns(total.alias("workers"))
    if "export_share" in cols and "domestic_share" not in cols:
        out = out.with_columns((100.0 - pl.col("export_share")).alias("domestic_share"))
    return out
