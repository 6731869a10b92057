"""Import office spreadsheets into the register: validate everything, then write it all in
one transaction, updating known firms instead of duplicating them.

A record is the same firm as a stored one when the NIB matches, or else when the matching
key (normalised name + address + village code,
:func:`~rancang.features.registry.normalize.match_key`) matches. Records that were merged by
de-duplication resolve to their survivor. Only the fields present in the file are compared
and updated; a re-import of the same file reports every firm as unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
from sqlalchemy import Engine

from rancang.core.actors import Scope
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.registry.messages import message
from rancang.features.registry.normalize import legal_form, match_key, normalize_phone
from rancang.features.registry.reader import SheetTable, read_tables
from rancang.features.registry.region_names import Resolved
from rancang.features.registry.validate import validate_table

ENTERPRISE_FIELDS = (
    "nib",
    "name",
    "legal_form",
    "owner_name",
    "phone",
    "email",
    "address",
    "province_code",
    "regency_code",
    "district_code",
    "village_code",
    "district_name",
    "village_name",
    "latitude",
    "longitude",
    "kbli",
    "kbli_others",
    "product",
    "status",
)
PERIOD_FIELDS = (
    "workers_men",
    "workers_women",
    "workers",
    "investment",
    "capacity",
    "capacity_unit",
    "output_quantity",
    "output_unit",
    "output_value",
    "domestic_share",
    "export_share",
    "export_destinations",
    "cert_sni",
    "cert_halal",
    "cert_others",
)
RAW_FIELDS = ("raw_material", "raw_material_quantity", "raw_material_value", "raw_material_origin")
LIST_FIELDS = ("kbli_others", "export_destinations", "cert_others")
MAX_CHANGES = 5000


@dataclass
class ImportReport:
    """What an import did (or, with ``dry_run``, would do)."""

    rows: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    periods_added: int = 0
    periods_changed: int = 0
    sheets: list[str] = field(default_factory=list)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    ignored: dict[str, list[str]] = field(default_factory=dict)
    batch: str | None = None
    dry_run: bool = False
    #: every stored value the import changes: record id, firm name, period (None for a
    #: firm's own fields), field, before, after (at most ``MAX_CHANGES`` listed)
    changes: list[dict[str, Any]] = field(default_factory=list)
    n_changes: int = 0
    #: place names resolved to Kemendagri codes (level, written, code, name, how, rows)
    resolved: list[dict[str, Any]] = field(default_factory=list)
    #: firms left without KBLI (none in the files, none stored), after the choices
    without_kbli: int = 0
    #: firms given a KBLI the user chose from the suggestions
    kbli_chosen: int = 0
    #: KBLI suggestions of the first firms without KBLI
    #: (:func:`rancang.features.registry.kbli_suggest.suggest`)
    kbli_suggestions: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output."""
        return dict(self.__dict__)


def _duplicates(frame: pl.DataFrame) -> list[Problem]:
    dup = frame.with_columns(
        pl.col("_row").first().over("_ident", "period").alias("_first"),
        pl.len().over("_ident", "period").alias("_n"),
    ).filter((pl.col("_n") > 1) & (pl.col("_row") != pl.col("_first")))
    out = []
    for row in dup.select("_file", "_sheet", "_row", "_first", "name").head(500).iter_rows():
        out.append(
            Problem(
                message("duplicate", value=row[4], parent=row[3]),
                file=row[0],
                sheet=row[1],
                row=row[2],
                column=None,
            )
        )
    return out


def prepare(
    paths: list[str | Path],
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    period: str | None = None,
    areas: frozenset[str] | None = None,
) -> tuple[pl.DataFrame, list[SheetTable]]:
    """Read and validate files into one typed frame; raise :class:`InputError` on problems.

    Parameters
    ----------
    paths : list of str or Path
    sheet : str, optional
        Only this sheet of each workbook.
    mapping : dict of header -> field, optional
        Extra header mappings.
    period : str, optional
        Period for sheets without a year column.
    areas : frozenset of str, optional
        Known district/village codes (see ``validate.load_area_codes``).

    Returns
    -------
    (DataFrame, list of SheetTable)
        One typed row per record with ``_ident`` (NIB or matching key) and ``match_key``.
    """
    frame, tables, problems, _ = collect(paths, sheet=sheet, mapping=mapping, period=period,
                                         areas=areas)
    if problems:
        raise InputError(sort_problems(problems))
    return frame, tables


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Problems in the order of the sheet: by file, sheet, row (whole-sheet ones first),
    then column.

    >>> ps = [Problem("b", file="f", row=9), Problem("a", file="f", row=3),
    ...       Problem("c", file="f")]
    >>> [p.row for p in sort_problems(ps)]
    [None, 3, 9]
    """
    return sorted(problems, key=lambda p: (p.file or "", p.sheet or "",
                                           -1 if p.row is None else p.row,
                                           p.column or ""))


def collect(
    paths: list[str | Path],
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    period: str | None = None,
    areas: frozenset[str] | None = None,
    scope: Scope | None = None,
) -> tuple[pl.DataFrame, list[SheetTable], list[Problem], list[Resolved]]:
    """:func:`prepare` without raising: the frame, the tables, every problem found in one
    pass (cell errors, unknown place names and duplicates inside the files together) and
    the place names resolved to codes (inside ``scope``, default everywhere)."""
    from rancang.features.registry.region_names import resolve_names

    tables = read_tables(paths, sheet=sheet, mapping=mapping)
    frames, problems, resolved = [], [], []
    for t in tables:
        f, p = validate_table(t, period=period, areas=areas)
        f, p_names, found = resolve_names(f, scope or Scope(everywhere=True), t.headers,
                                          file=t.file, sheet=t.sheet)
        frames.append(f)
        problems.extend(p + p_names)
        resolved.extend(found)
    try:
        frame = _identify(pl.concat(frames, how="diagonal_relaxed"))
    except (pl.exceptions.PolarsError, TypeError, ValueError):
        if problems:  # a column too broken to go further: report what was found
            return pl.DataFrame(), tables, problems, resolved
        raise
    problems.extend(_duplicates(frame))
    return frame, tables, problems, resolved


def _identify(frame: pl.DataFrame) -> pl.DataFrame:
    """Add the matching key, the legal form, normalised phones and ``_ident``."""
    cols = set(frame.columns)
    frame = frame.with_columns(
        *[pl.lit(None, pl.String).alias(c) for c in ("address", "village_code") if c not in cols]
    )
    # normalise each distinct value once (a register repeats firms across periods)
    trip = frame.select("name", "address", "village_code").unique()
    trip = trip.with_columns(
        pl.Series(
            "match_key", [match_key(n, a, v) for n, a, v in trip.iter_rows()], dtype=pl.String
        )
    )
    frame = frame.join(
        trip,
        on=["name", "address", "village_code"],
        how="left",
        maintain_order="left",
        nulls_equal=True,
    )
    if "address" not in cols:
        frame = frame.drop("address")
    if "village_code" not in cols:
        frame = frame.drop("village_code")
    src = "legal_form" if "legal_form" in cols else "name"
    forms = {
        x: (legal_form(x) or (x if src == "legal_form" else None))
        for x in frame[src].unique().to_list()
        if x is not None
    }
    frame = frame.with_columns(
        pl.col(src).replace_strict(forms, default=None, return_dtype=pl.String).alias("legal_form")
    )
    if "phone" in cols:
        phones = {
            p: normalize_phone(p) or p[:20]
            for p in frame["phone"].unique().to_list()
            if p is not None
        }
        frame = frame.with_columns(
            pl.col("phone").replace_strict(phones, default=None, return_dtype=pl.String)
        )
    ident = (
        pl.when(pl.col("nib").is_not_null()).then(pl.lit("nib:") + pl.col("nib"))
        if "nib" in cols
        else pl.lit(None, pl.String)
    )
    return frame.with_columns(
        pl.coalesce(ident, pl.lit("key:") + pl.col("match_key")).alias("_ident")
    )


def import_files(
    engine: Engine,
    paths: list[str | Path],
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    period: str | None = None,
    dry_run: bool = False,
    actor: str | None = None,
    synthetic: bool = False,
    areas: frozenset[str] | None = None,
    scope: Scope | None = None,
    progress: Callable[[float, str], None] | None = None,
    kbli_listed: int | None = 0,
    kbli_choices: Iterable[Mapping[str, Any]] = (),
) -> ImportReport:
    """Import register files all-or-nothing and report added / changed / unchanged firms.

    Parameters
    ----------
    engine : Engine
        Database whose schema is at the latest migration (see ``ensure_schema``).
    paths : list of str or Path
        XLSX or CSV files.
    sheet, mapping, period
        See :func:`prepare`.
    dry_run : bool
        Do everything in a transaction and roll it back: the report says what would change
        (``changes``: every stored value before and after).
    actor : str, optional
        Name written to the audit log (default: the operating-system user).
    synthetic : bool
        Mark created firms as synthetic (demo data).
    areas : frozenset of str, optional
        Known district/village codes to check against.
    scope : Scope, optional
        Where the importer may import (default everywhere): rows located elsewhere, and
        rows whose NIB or matching key names a firm stored elsewhere, are refused.
    progress : callable, optional
        Told ``(fraction done, catalogue key of the step)`` as the import goes on (a
        background job's progress).
    kbli_listed : int or None
        Suggest KBLI (through the installed features' ``kbli_suggest`` hooks) for this
        many firms without KBLI (None: all; 0, the default: none); the report lists them
        in ``kbli_suggestions`` and counts ``without_kbli``.
    kbli_choices : iterable of mappings
        KBLI codes the user chose for rows without KBLI (``row``, ``kbli``, and ``file``
        / ``sheet`` when needed, :mod:`rancang.features.registry.kbli_suggest`): each
        chosen firm gets its code (audited ``kbli_choice``); a choice that does not fit
        is a problem like any other, and nothing is saved.

    Returns
    -------
    ImportReport

    Notes
    -----
    Every problem (cells, duplicates inside the files, rows outside the importer's region,
    rows matching a firm of another region or moving a firm to another regency) is found
    before the first write and reported together, sorted by row. A blank cell never
    overwrites a stored value. The writes run in one transaction, so an error part-way
    leaves the database as it was; the import's batch id undoes it
    (:func:`rancang.features.registry.undo.undo_import`).
    """
    from rancang.features.registry import kbli_suggest as ks
    from rancang.features.registry.audit import actor_name, new_batch
    from rancang.features.registry.ownership import ownership_problems
    from rancang.features.registry.upsert import upsert

    def step(fraction: float, key: str) -> None:
        if progress is not None:
            progress(fraction, key)

    scope = scope or Scope(everywhere=True)
    step(0.05, "jobs.step.reading")
    frame, tables, problems, resolved = collect(
        paths, sheet=sheet, mapping=mapping, period=period, areas=areas, scope=scope
    )
    headers: dict[tuple[str | None, str | None], dict[str, str]] = {
        (t.file, t.sheet): t.headers for t in tables}
    if frame.height and not scope.everywhere:
        problems.extend(outside_problems(frame, scope, headers))
    report = ImportReport(rows=frame.height, dry_run=dry_run, batch=new_batch(),
                          resolved=[r.as_dict() for r in resolved])
    for t in tables:
        label = f"{t.file}:{t.sheet}" if t.sheet else t.file
        report.sheets.append(label)
        report.headers[label] = {v: k for k, v in t.headers.items()}
        report.ignored[label] = t.ignored
    sources = {t.file for t in tables}
    choices = list(kbli_choices)
    firms, chosen = pl.DataFrame(), dict[str, str]()
    step(0.4, "jobs.step.checking")
    with engine.connect() as conn:
        trans = conn.begin()
        try:
            if frame.height and "_ident" in frame.columns:
                problems.extend(ownership_problems(conn, frame, scope, headers))
                if kbli_listed != 0 or choices:
                    firms = ks.without_kbli(conn, frame)
                if choices:
                    frame, chosen, wrong = ks.apply_choices(frame, firms, choices)
                    problems.extend(wrong)
            if problems:
                raise InputError(sort_problems(problems))
            step(0.6, "jobs.step.writing")
            upsert(
                conn,
                frame,
                report,
                actor=actor_name(actor),
                source=", ".join(sorted(sources)),
                synthetic=synthetic,
            )
            ks.audit_choices(conn, frame, chosen, actor=actor_name(actor),
                             batch=report.batch)
        except BaseException:
            trans.rollback()
            raise
        if dry_run:
            trans.rollback()
        else:
            trans.commit()
    if firms.height:
        left = firms.filter(~pl.col("_ident").is_in(list(chosen))) if chosen else firms
        report.without_kbli, report.kbli_chosen = left.height, len(chosen)
        if kbli_listed != 0:
            report.kbli_suggestions = ks.suggest(left, limit=kbli_listed)
    return report


LOCATION_FIELDS = ("regency_code", "district_code", "village_code", "regency_name",
                   "district_name", "village_name")


def outside_problems(frame: pl.DataFrame, scope: Scope,
                     headers: dict[tuple[str | None, str | None], dict[str, str]]
                     ) -> list[Problem]:
    """Rows located outside ``scope`` (or with no location at all), at the column the
    location comes from."""
    from rancang.features.registry.ownership import _in_scope

    col = (pl.col("regency_code") if "regency_code" in frame.columns
           else pl.lit(None, pl.String))
    bad = frame.select("_row", "_file", "_sheet", col.alias("_code")).filter(
        ~_in_scope(pl.col("_code"), scope))
    out = []
    own = ", ".join(scope.regions)
    for r, f, sh, code in bad.iter_rows():
        heads = headers.get((f, sh), {})
        column = next((heads[c] for c in LOCATION_FIELDS if c in heads), None)
        out.append(Problem(Msg("upload.outside", own=own, code=code or "-"),
                           file=f, sheet=sh, row=r, column=column))
    return out
