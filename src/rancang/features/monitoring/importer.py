"""Bulk entry of realisations: a CSV/XLSX file in, all or nothing; and the workbook to fill
(every indicator of a region for a period, with blanks to fill) out.

Columns (Indonesian or English names, any order; others are ignored): ``indikator`` /
``indicator`` (the indicator's code), ``wilayah`` / ``region`` (Kemendagri code),
``periode`` / ``period`` (``2026``, ``2026-S1``, ``2026-Q3``), ``nilai`` / ``value``,
``bukti`` / ``evidence`` (a link), ``diinput_oleh`` / ``entered_by``, ``kendala`` /
``obstacles``, ``tindak_lanjut`` / ``follow_up``. Numbers as the Indonesian locale
writes them (``1.234,5``) or plain. A blank cell leaves a stored value as it is; a file
with any problem changes nothing; importing the same file again changes nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.cells import safe_cell
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.monitoring.dashboard import build_dashboard
from rancang.features.monitoring.indicators import IndicatorInfo, find_indicator
from rancang.features.monitoring.periods import Period
from rancang.features.monitoring.realisations import Entry, check_entry, write
from rancang.sources.numbers import detect_decimal, parse_number

#: field -> the column names accepted (lower case, spaces as underscores)
COLUMNS: dict[str, tuple[str, ...]] = {
    "indicator": ("indicator", "indikator", "kode_indikator", "indicator_code", "kode"),
    "region": ("region", "wilayah", "kode_wilayah", "region_code"),
    "period": ("period", "periode"),
    "value": ("value", "nilai", "realisasi", "realisation"),
    "evidence": ("evidence", "bukti", "tautan_bukti", "evidence_link"),
    "entered_by": ("entered_by", "diinput_oleh", "petugas", "pengisi"),
    "obstacles": ("obstacles", "kendala", "hambatan"),
    "follow_up": ("follow_up", "tindak_lanjut"),
}
REQUIRED = ("indicator", "region", "period")
#: the columns of the workbook to fill, in order (Indonesian names: what offices use)
TEMPLATE = ("indikator", "nama_indikator", "satuan", "wilayah", "periode", "target_tahun",
            "nilai", "bukti", "diinput_oleh", "kendala", "tindak_lanjut")


def field_of(header: str) -> str | None:
    """The field a column header names, or None.

    >>> field_of("Tindak Lanjut"), field_of(" INDIKATOR "), field_of("catatan")
    ('follow_up', 'indicator', None)
    """
    key = "_".join(str(header).strip().lower().replace("-", " ").split())
    return next((f for f, names in COLUMNS.items() if key in names), None)


@dataclass
class Sheet:
    """The header and rows of a file, as text."""

    name: str
    header: list[str]
    rows: list[list[str | None]]
    decimal: str | None


def read_sheet(path: Path) -> Sheet:
    """The first sheet of an XLSX file or a CSV file as text cells."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import polars as pl

        from rancang.sources._cells import hidden_sheets_only, visible_sheets

        # the library's reader: damaged workbooks, formulas saved without values and
        # spreadsheet errors (kept as their text) handled once; hidden sheets never read
        _, grid = (visible_sheets(path) or hidden_sheets_only(path))[0]
        rows = [[None if v is None or not str(v).strip() else str(v).strip() for v in r]
                for r in grid.rows()]
        values = [r for r in rows[1:]]
        decimal = None
        if rows:
            col = next((k for k, h in enumerate(rows[0]) if h and field_of(h) == "value"),
                       None)
            if col is not None:
                decimal = detect_decimal(pl.Series([r[col] for r in values], dtype=pl.String))
        header = [h or "" for h in rows[0]] if rows else []
        return Sheet(path.name, header, values, decimal)
    from rancang.sources.csv_text import read_csv_rows

    raw, fmt = read_csv_rows(path)
    rows = [[c.strip() or None for c in r] for r in raw if any(c.strip() for c in r)]
    if not rows:
        raise InputError(Problem(Msg("monitor.import_empty"), file=path.name))
    return Sheet(path.name, [h or "" for h in rows[0]], rows[1:],
                 fmt.decimal if fmt.decimal_detected else ("," if fmt.separator == ";"
                                                           else None))


def parse_rows(engine: Engine, actor: Actor, sheet: Sheet
               ) -> list[tuple[int, IndicatorInfo, dict[str, Any]]]:
    """Every row checked (indicator known, region allowed, period, number, texts); an
    :class:`InputError` naming file, row and column of every problem."""
    from rancang.sources._cells import duplicate_headers

    fields = {k: field_of(h) for k, h in enumerate(sheet.header)}
    twice = duplicate_headers([fields[k] for k in range(len(sheet.header))], file=sheet.name)
    if twice:  # two columns for one field: one would silently win
        raise InputError(twice)
    problems: list[Problem] = []
    missing = [f for f in REQUIRED if f not in fields.values()]
    if "value" not in fields.values():
        missing.append("value")
    if missing:
        raise InputError([Problem(Msg("monitor.import_column", column=f), file=sheet.name,
                                  row=1, column=f) for f in missing])
    out: list[tuple[int, IndicatorInfo, dict[str, Any]]] = []
    seen: dict[tuple[int, str, str], int] = {}
    cache: dict[tuple[str, str], IndicatorInfo | None] = {}
    for n, row in enumerate(sheet.rows, start=2):
        cells = {fields[k]: v for k, v in enumerate(row) if fields.get(k) and v is not None}
        if not cells:
            continue
        here: list[Problem] = []

        def bad(msg: Msg, column: str, here: list[Problem] = here, n: int = n) -> None:
            here.append(Problem(msg, file=sheet.name, row=n, column=column))

        for f in REQUIRED:
            if not cells.get(f):
                bad(Msg("monitor.required", column=f), f)
        if here:
            problems += here
            continue
        code, region = str(cells["indicator"]), str(cells["region"])
        if (code, region) not in cache:
            cache[(code, region)] = find_indicator(engine, code, region)
        info = cache[(code, region)]
        if info is None or not actor.can("monitoring.read", info.region_code):
            bad(Msg("monitor.unknown_indicator", code=code[:60], region=region[:20]),
                "indicator")
            problems += here
            continue
        if not actor.can("monitoring.write", region):
            bad(Msg("monitor.region_forbidden", region=region[:20]), "region")
        value = None
        if cells.get("value") is not None:
            value = parse_number(cells["value"], sheet.decimal)
            if value is None:
                bad(Msg("monitor.bad_number", value=str(cells["value"])[:40]), "value")
        entry = Entry(region=region, period=str(cells["period"]), value=value,
                      evidence_link=cells.get("evidence"), obstacles=cells.get("obstacles"),
                      follow_up=cells.get("follow_up"), entered_by=cells.get("entered_by"),
                      source=f"file|{sheet.name}"[:300])
        values = check_entry(info, entry, here)
        for p in here:
            if p.file is None:
                problems.append(Problem(p.message, file=sheet.name, row=n, column=p.column))
            else:
                problems.append(p)
        if here:
            continue
        key = (info.id, values["region_code"], values["period"])
        if key in seen:
            bad(Msg("monitor.import_twice", row=seen[key]), "period")
            problems += here
            continue
        seen[key] = n
        out.append((n, info, values))
    if problems:
        raise InputError(_as_headed(problems, sheet, fields))
    return out


def _as_headed(problems: list[Problem], sheet: Sheet,
               fields: dict[int, str | None]) -> list[Problem]:
    """The problems with their column named as the file's header names it (``nilai``
    where the file says ``nilai``, ``value`` where it says ``value``)."""
    label = {f: str(sheet.header[k]).strip() for k, f in fields.items() if f}
    return [Problem(p.message, file=p.file, sheet=p.sheet, row=p.row,
                    column=label.get(p.column or "", p.column)) for p in problems]


def import_file(engine: Engine, actor: Actor, path: Path, *, name: str | None = None
                ) -> dict[str, int]:
    """Import realisations from one file, all or nothing. Returns counts: ``rows``,
    ``created``, ``changed``."""
    sheet = read_sheet(path)
    if name:
        sheet.name = name
    rows = parse_rows(engine, actor, sheet)
    created = changed = 0
    source = f"file|{sheet.name}"[:300]
    problems: list[Problem] = []
    with engine.begin() as conn:
        for n, info, values in rows:
            try:
                _, new = write(conn, actor, info, values, source=source)
            except InputError as exc:
                problems += [Problem(p.message, file=sheet.name, row=n, column=p.column)
                             for p in exc.problems]
                continue
            created += new
            changed += 0 if new else 1
        if problems:  # the transaction rolls back: nothing changes
            fields = {k: field_of(h) for k, h in enumerate(sheet.header)}
            raise InputError(_as_headed(problems, sheet, fields))
    return {"rows": len(rows), "created": created, "changed": changed}


def template_rows(engine: Engine, region: str, period: Period) -> list[list[Any]]:
    """One row per indicator of the region for ``period``: what is stored, blanks to
    fill (no permission check: callers check the region)."""
    d = build_dashboard(engine, region, period)
    out = []
    for r in d.rows:
        cur = r.realisation if r.realisation is not None and \
            r.realisation.period == period.code else None
        out.append([r.indicator.code, r.label, r.unit, region,
                    period.code, r.target, None if cur is None else cur.value,
                    None if cur is None else cur.evidence_link,
                    None if cur is None else cur.entered_by,
                    None if cur is None else cur.obstacles,
                    None if cur is None else cur.follow_up])
    return out


def write_template(rows: Sequence[Sequence[Any]], path: Path) -> Path:
    """The workbook (``.xlsx``) or CSV to fill; text cells never start a formula."""
    import csv

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(TEMPLATE)
            for row in rows:
                w.writerow(["" if v is None else safe_cell(v) for v in row])
        return path
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("realisasi")
    sheet.write_row(0, 0, TEMPLATE)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, int | float):
                sheet.write_number(r, c, float(v))
            else:
                sheet.write_string(r, c, str(safe_cell(v)))
    book.close()
    return path
