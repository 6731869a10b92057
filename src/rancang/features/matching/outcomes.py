"""Outcomes of Temu Usaha meetings and the event report: what business matching delivered.

After the event the office records, for each scheduled meeting, whether it was held, the
follow-up, and any agreement (an MoU or a contract with its value). The file is the event's
``schedule.csv`` with columns added, CSV or XLSX, one row per meeting:

``event``/``acara``, ``date``/``tanggal`` (``2026-03-15`` or ``15/03/2026``),
``from_id``, ``to_id``, ``status`` (``held``/``terlaksana``, ``no_show``/``tidak_hadir``,
``cancelled``/``batal``), ``follow_up``/``tindak_lanjut``, ``agreement``/``kesepakatan``
(``none``/``tidak_ada``, ``mou``, ``contract``/``kontrak``), ``value``/``nilai`` (rupiah;
``1.250.000.000`` or ``1250000000``), ``kbli`` (the supplier's 5-digit class) and
``region``/``wilayah`` (the supplier's Kemendagri code).

The report counts, per event, KBLI section, KBLI division (2 digits), region and calendar
quarter: meetings, meetings held, no-shows, the share held
(:math:`\\mathrm{held}/(\\mathrm{held} + \\mathrm{no\\ shows})`, cancelled meetings left out),
MoUs, contracts and the contract value; each quarter's contract value is compared with the
previous quarter that had meetings (:math:`100\\,(v_q - v_{q-1})/v_{q-1}`). Every grouping
adds up to the same totals.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.kbli.batch import read_table
from rancang.sources.numbers import detect_decimal, number_problem, parse_series

COLUMNS = {
    "event": ("event", "acara"), "date": ("date", "tanggal"),
    "from_id": ("from_id", "dari"), "to_id": ("to_id", "ke"),
    "status": ("status",), "follow_up": ("follow_up", "tindak_lanjut"),
    "agreement": ("agreement", "kesepakatan"), "value": ("value", "nilai"),
    "kbli": ("kbli",), "region": ("region", "wilayah"),
}
REQUIRED = ("event", "date", "from_id", "to_id", "status")
STATUS = {"held": "held", "terlaksana": "held", "no_show": "no_show",
          "tidak_hadir": "no_show", "cancelled": "cancelled", "batal": "cancelled"}
AGREEMENT = {"": "none", "none": "none", "tidak_ada": "none", "mou": "mou",
             "contract": "contract", "kontrak": "contract"}
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


@dataclass(frozen=True)
class Outcome:
    """One meeting's outcome."""

    event: str
    day: date
    from_id: str
    to_id: str
    status: str      # held | no_show | cancelled
    follow_up: str
    agreement: str   # none | mou | contract
    value: float     # rupiah; 0 when none
    kbli: str
    region: str
    #: where the outcome was read (file name and row), for problems found later
    file: str = ""
    line: int = 0

    @property
    def quarter(self) -> str:
        """``2026-Q1`` style."""
        return f"{self.day.year}-Q{(self.day.month - 1) // 3 + 1}"


def _key(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").split())


def parse_day(text: str) -> date | None:
    """A date written ``2026-03-15`` (also with a time, as Excel cells read), or
    ``15/03/2026``; None when it is neither.

    >>> parse_day("2026-03-15 00:00:00"), parse_day("5/1/2026"), parse_day("Maret")
    (datetime.date(2026, 3, 15), datetime.date(2026, 1, 5), None)
    """
    t = text.strip()
    try:
        if m := _ISO.match(t):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(t):
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


#: a Kemendagri region code: province, regency, district or village (``72.06.05.1014``)
_REGION = re.compile(r"\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?")


def read_outcomes(paths: Sequence[Path], defaults: dict[str, str] | None = None
                  ) -> list[Outcome]:
    """Read every file; all problems of all files at once, located by file, sheet, row and
    column; nothing is returned when there is one. ``defaults`` fills columns a file
    leaves out (a stored event's name and date)."""
    problems: list[Problem] = []
    seen: dict[tuple[str, str, str], str] = {}
    out = [o for path in paths for o in _read_file(path, seen, problems, defaults or {})]
    if problems:
        raise InputError(problems)
    return out


def _read_file(path: Path, seen: dict[tuple[str, str, str], str],
               problems: list[Problem], defaults: dict[str, str]) -> list[Outcome]:
    """One file's outcomes; its problems are added to ``problems``; ``seen`` holds the
    meetings of the files read before (where each was first listed)."""
    table = read_table(path, spreadsheet_errors=False)  # the fields' parsers name them
    header = [_key(h) for h in table.header]
    col = {f: header.index(a) for f, names in COLUMNS.items() for a in names if a in header}
    missing = [f for f in REQUIRED if f not in col and f not in defaults]
    if missing:
        problems += [Problem(Msg("match.missing_column", column=f), file=path.name,
                             sheet=table.sheet, row=1, column=f) for f in missing]
        return []
    width = len(table.header)
    rows = [(r + [""] * width)[:width] for r in table.rows]

    def cell(r: list[str], f: str) -> str:
        return r[col[f]].strip() if f in col else defaults.get(f, "")

    def bad(line: int, column: str, msg: Msg) -> None:
        problems.append(Problem(msg, file=path.name, sheet=table.sheet, row=line,
                                column=column))

    parsed: list[float | None] = [None] * len(rows)
    if "value" in col:
        column = pl.Series("value", [cell(r, "value") for r in rows], dtype=pl.String)
        parsed = parse_series(column, detect_decimal(column)).to_list()
    out: list[Outcome] = []
    for k, r in enumerate(rows):
        line = k + 2
        if not any(v.strip() for v in r):
            continue
        event, a, b = cell(r, "event"), cell(r, "from_id"), cell(r, "to_id")
        for f, v in (("event", event), ("from_id", a), ("to_id", b)):
            if not v:
                bad(line, f, Msg("match.outcome.required"))
        day = parse_day(cell(r, "date"))
        if day is None:
            bad(line, "date", Msg("match.outcome.bad_date", value=cell(r, "date")))
        status = STATUS.get(_key(cell(r, "status")))
        if status is None:
            bad(line, "status", Msg("match.outcome.bad_status", value=cell(r, "status")))
        agreement = AGREEMENT.get(_key(cell(r, "agreement")))
        if agreement is None:
            bad(line, "agreement", Msg("match.outcome.bad_agreement",
                                       value=cell(r, "agreement")))
        raw = cell(r, "value")
        found = parsed[k]
        value = 0.0 if found is None else float(found)
        if raw and found is None:
            bad(line, "value", number_problem(raw))
        elif value < 0:
            bad(line, "value", Msg("match.outcome.negative", value=raw))
        if agreement in ("mou", "contract") and status != "held":
            bad(line, "agreement", Msg("match.outcome.agreement_not_held"))
        if agreement == "none" and value > 0:
            bad(line, "value", Msg("match.outcome.value_without_agreement", value=raw))
        code = cell(r, "kbli")
        if code and not (len(code) == 5 and code.isdigit()):
            bad(line, "kbli", Msg("match.bad_kbli", value=code))
        region = cell(r, "region")
        if region and not _REGION.fullmatch(region):
            bad(line, "region", Msg("match.outcome.bad_region", value=region))
        pair = (event, a, b)
        if event and a and b and pair in seen:
            bad(line, "to_id", Msg("match.outcome.duplicate", first=seen[pair]))
        seen.setdefault(pair, f"{path.name}:{line}")
        if day is not None and status is not None and agreement is not None:
            out.append(Outcome(event, day, a, b, status, cell(r, "follow_up"), agreement,
                               value, code, cell(r, "region"), path.name, line))
    return out


#: The figures of every row of the report, in order.
FIGURES = ("meetings", "held", "no_show", "cancelled", "held_share", "mou", "contracts",
           "contract_value")


def _figures(group: Iterable[Outcome]) -> dict[str, float | int | None]:
    rows = list(group)
    held = sum(o.status == "held" for o in rows)
    no_show = sum(o.status == "no_show" for o in rows)
    return {
        "meetings": len(rows), "held": held, "no_show": no_show,
        "cancelled": sum(o.status == "cancelled" for o in rows),
        "held_share": round(100.0 * held / (held + no_show), 1) if held + no_show else None,
        "mou": sum(o.agreement == "mou" for o in rows),
        "contracts": sum(o.agreement == "contract" for o in rows),
        "contract_value": sum(o.value for o in rows if o.agreement == "contract"),
    }


def report(outcomes: Sequence[Outcome]) -> dict[str, list[dict[str, object]]]:
    """The report's tables: ``events``, ``sections``, ``divisions``, ``regions``,
    ``quarters`` (with ``change_pct`` of the contract value against the quarter before) and
    ``total``; each row holds its key and :data:`FIGURES`.

    Example
    -------
    >>> o = [Outcome("TU-1", date(2026, 2, 3), "B1", "S1", "held", "", "contract", 5e6,
    ...              "10794", "72.06"),
    ...      Outcome("TU-2", date(2026, 5, 4), "B1", "S2", "held", "", "contract", 7.5e6,
    ...              "56290", "72.06"),
    ...      Outcome("TU-2", date(2026, 5, 4), "B2", "S2", "no_show", "", "none", 0.0,
    ...              "56290", "72.03")]
    >>> r = report(o)
    >>> [(q["quarter"], q["contract_value"], q["change_pct"]) for q in r["quarters"]]
    [('2026-Q1', 5000000.0, None), ('2026-Q2', 7500000.0, 50.0)]
    >>> [(s["section"], s["held_share"]) for s in r["sections"]]
    [('C', 100.0), ('I', 50.0)]
    """
    from rancang.features.kbli.coder import load_classes

    section_of = {c.code: c.section for c in load_classes()}
    keyed = {
        "events": ("event", lambda o: o.event),
        "sections": ("section", lambda o: section_of.get(o.kbli, "")),
        "divisions": ("division", lambda o: o.kbli[:2]),
        "regions": ("region", lambda o: o.region),
        "quarters": ("quarter", lambda o: o.quarter),
    }
    tables: dict[str, list[dict[str, object]]] = {}
    for name, (column, key) in keyed.items():
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in outcomes:
            groups[key(o)].append(o)
        tables[name] = [{column: k, **_figures(groups[k])} for k in sorted(groups)]
    before: float | None = None
    for row in tables["quarters"]:
        value = float(str(row["contract_value"]))
        row["change_pct"] = (round(100.0 * (value - before) / before, 1)
                             if before else None)
        before = value
    tables["total"] = [{"total": "", **_figures(outcomes)}]
    return tables


def write_report(tables: dict[str, list[dict[str, object]]], out: Path) -> list[Path]:
    """``outcomes-report.xlsx`` (a sheet per table, headers in the current language) and a
    CSV per table (machine column names)."""
    import csv

    import xlsxwriter

    from rancang.core.cells import safe_cell
    from rancang.core.i18n import text

    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "outcomes-report.xlsx"]
    wb = xlsxwriter.Workbook(str(paths[0]), {"strings_to_formulas": False})
    bold = wb.add_format({"bold": True})
    money = wb.add_format({"num_format": "#,##0"})
    for name, rows in tables.items():
        columns = list(rows[0]) if rows else []
        ws = wb.add_worksheet(text(f"match.outcome.sheet.{name}"))
        ws.write_row(0, 0, [text(f"match.outcome.col.{c}") for c in columns], bold)
        for i, row in enumerate(rows, start=1):
            for j, c in enumerate(columns):
                v = row[c]
                if v is None:
                    continue
                ws.write(i, j, safe_cell(v), money if c == "contract_value" else None)
        ws.set_column(0, len(columns), 14)
        path = out / f"outcomes-{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(columns)
            w.writerows([safe_cell("" if row[c] is None else row[c]) for c in columns]
                        for row in rows)
        paths.append(path)
    wb.close()
    return paths
