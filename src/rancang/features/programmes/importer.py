"""Import programme lists as governments keep them (XLSX, CSV), all or nothing.

Columns (Indonesian or English, any case): ``kode``/``code``, ``nomenklatur``/``name``,
``tingkat``/``level`` (pusat, provinsi, kabupaten), ``instansi``/``agency``,
``wilayah``/``region`` (Kemendagri code), ``tahun``/``year``, ``pagu``/``budget``,
``indikator``/``indicator``, ``satuan``/``unit``, ``target``. Instead of (or beside) one
``nomenklatur`` column, the names may stand in ``program``/``programme``,
``kegiatan``/``activity`` and ``sub_kegiatan``/``sub_activity`` columns: the row's name is
the one of its code's kind, and they must agree with it (see :func:`_names_by_level`).
Numbers may be written the
Indonesian way (``1.250.000.000,00``). Every problem of every file is collected with its
file, sheet, row and column; nothing is stored unless all files are clean. A programme is
found again by ``(kode, wilayah, tahun, instansi)``: re-importing changes what differs and
a blank cell keeps the stored value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

import polars as pl
from sqlalchemy import Engine, insert, select, tuple_, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import column_lengths, text_problem
from rancang.features.programmes.models import Programme
from rancang.features.programmes.nomenclature import code_problem, level_of
from rancang.sources._cells import duplicate_headers

#: machine column -> the headers people write (compared lower case, spaces collapsed)
COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("kode", "code", "kode program", "kode rekening"),
    "name": ("nomenklatur", "name", "nomenclature", "nama", "uraian",
             "program/kegiatan/sub kegiatan"),
    "level": ("tingkat", "level", "tingkat pemerintahan"),
    "agency": ("instansi", "agency", "opd", "perangkat daerah", "satker"),
    "region_code": ("wilayah", "region", "kode wilayah", "region code"),
    "year": ("tahun", "year"),
    "budget": ("pagu", "budget", "pagu anggaran", "anggaran"),
    "indicator": ("indikator", "indicator", "indikator keluaran", "output indicator"),
    "unit": ("satuan", "unit"),
    "target": ("target",),
    # the names by level, as a sheet keeps them side by side (the code says which applies)
    "programme_name": ("program", "nama program", "programme", "programme name",
                       "program name"),
    "activity_name": ("kegiatan", "nama kegiatan", "activity", "activity name"),
    "sub_activity_name": ("sub kegiatan", "subkegiatan", "sub-kegiatan",
                          "nama sub kegiatan", "sub activity", "sub-activity",
                          "subactivity", "sub activity name", "sub-activity name"),
}
#: the name column of each kind of code (``Code.kind``), shallowest first
NAME_COLUMNS = {"program": "programme_name", "kegiatan": "activity_name",
                "subkegiatan": "sub_activity_name"}
#: the column's header in the catalogue's words, for messages
HEADERS = {"code": "kode", "name": "nomenklatur", "level": "tingkat", "agency": "instansi",
           "region_code": "wilayah", "year": "tahun", "budget": "pagu",
           "indicator": "indikator", "unit": "satuan", "target": "target",
           "programme_name": "program", "activity_name": "kegiatan",
           "sub_activity_name": "sub_kegiatan"}
REQUIRED_HEADERS = ("code", "region_code", "year", "agency")
TEXT_FIELDS = ("code", "name", "agency", "indicator", "unit")
#: the level names fit the stored name's length
NAME_LIKE = tuple(NAME_COLUMNS.values())
_REGION = re.compile(r"^\d{2}(\.\d{2})?$")
_HEADER_ROWS = 10
MAX_PROBLEMS = 500
Key = tuple[str, str, int, str]


class At(TypedDict):
    """Where a row is: ``Problem(msg, **at, column=...)``."""

    file: str | None
    sheet: str | None
    row: int | None


@dataclass
class Row:
    """A checked row: its location and the values it gives (blank cells left out)."""

    file: str
    sheet: str | None
    row: int
    values: dict[str, Any]

    @property
    def key(self) -> Key:
        v = self.values
        return (v["code"], v["region_code"], v["year"], v["agency"])


@dataclass
class ImportResult:
    """What an import did."""

    files: list[str] = field(default_factory=list)
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def _header_field(label: str | None) -> str | None:
    if not label:
        return None
    plain = " ".join(str(label).strip().lower().replace("_", " ").split())
    return next((f for f, names in COLUMNS.items() if plain in names), None)


def _tables(path: Path) -> list[tuple[str | None, list[list[str | None]]]]:
    """The sheets (or the CSV) of ``path`` as rows of text cells."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from rancang.sources.csv_text import read_csv_rows

        rows, _ = read_csv_rows(path)
        return [(None, [[c if c.strip() else None for c in r] for r in rows])]
    if suffix in (".xlsx", ".xlsm", ".xls"):
        from rancang.sources._cells import grid_of, visible_sheets

        return [(name, grid_of(grid)) for name, grid in visible_sheets(path)]
    raise InputError(Problem(Msg("programmes.import.type", suffix=suffix), file=path.name))


def _locate(grid: list[list[str | None]]) -> tuple[int, dict[int, str]] | None:
    """The header row (0-based) and column index -> field, or None (not a programme sheet)."""
    for i, row in enumerate(grid[:_HEADER_ROWS]):
        cols = {j: f for j, c in enumerate(row) if (f := _header_field(c)) is not None}
        if len(set(cols.values())) >= 3 and "code" in cols.values():
            return i, cols
    return None


def _cell(row: list[str | None], j: int) -> str | None:
    v = row[j] if j < len(row) else None
    return v.strip() if v is not None and v.strip() else None


def read_rows(path: Path, problems: list[Problem]) -> list[Row]:
    """The rows of every programme sheet of ``path``, checked; problems are appended."""
    from rancang.sources.numbers import detect_decimal, number_problem, parse_number

    lengths = column_lengths(Programme.__table__)
    out: list[Row] = []
    found = False
    for sheet, grid in _tables(path):
        located = _locate(grid)
        if located is None:
            continue
        found = True
        head, cols = located
        fields = [cols.get(j) for j in range(len(grid[head]))]
        twice = duplicate_headers(fields, file=path.name, sheet=sheet, row=head + 1)
        if twice:  # two columns for one field: one would silently win
            problems.extend(twice)
            continue
        missing = [HEADERS[f] for f in REQUIRED_HEADERS if f not in cols.values()]
        if missing:
            problems.append(Problem(Msg("programmes.import.missing_columns",
                                        columns=", ".join(missing)),
                                    file=path.name, sheet=sheet, row=head + 1))
            continue
        labels = {j: str(grid[head][j]).strip() for j in cols}
        numbers = [_cell(r, j) for r in grid[head + 1:] for j, f in cols.items()
                   if f in ("budget", "target")]
        decimal = detect_decimal(pl.Series([n for n in numbers if n], dtype=pl.String))
        for i in range(head + 1, len(grid)):
            cells = grid[i]
            if not any(c is not None and c.strip() for c in cells):
                continue
            where = At(file=path.name, sheet=sheet, row=i + 1)
            values: dict[str, Any] = {}
            bad: set[str] = set()
            for j, f in cols.items():
                raw = _cell(cells, j)
                if raw is None:
                    continue
                msg: Msg | None = None
                if f in ("budget", "target"):
                    number = parse_number(raw, decimal)
                    if number is None:
                        msg = number_problem(raw)
                    elif f == "budget" and number < 0:
                        msg = Msg("programmes.import.negative", value=raw)
                    else:
                        values[f] = number
                elif f == "year":
                    year = parse_number(raw)
                    if year is None or year != int(year) or not 2000 <= year <= 2100:
                        msg = Msg("programmes.import.year", value=raw)
                    else:
                        values[f] = int(year)
                elif f == "level":
                    level = level_of(raw)
                    if level is None:
                        msg = Msg("programmes.import.level", value=raw)
                    else:
                        values[f] = level
                elif f == "region_code":
                    if not _REGION.match(raw):
                        msg = Msg("programmes.import.region", value=raw)
                    else:
                        values[f] = raw
                else:
                    text = " ".join(raw.split()) if f != "indicator" else raw
                    msg = text_problem(text, max_length=lengths.get(
                        "name" if f in NAME_LIKE else f))
                    if msg is None:
                        values[f] = text
                if msg is not None:
                    bad.add(f)
                    problems.append(Problem(msg, **where, column=labels[j]))
            _names_by_level(values, bad, labels, cols, where, problems)
            for f in REQUIRED_HEADERS:
                if f not in values and f not in bad:
                    problems.append(Problem(Msg("programmes.import.required"), **where,
                                            column=labels[next(j for j, g in cols.items()
                                                               if g == f)]))
            out.append(Row(path.name, sheet, i + 1, values))
            if len(problems) > MAX_PROBLEMS:
                return out
    if not found:
        problems.append(Problem(Msg("programmes.import.no_header"), file=path.name))
    return out


def _names_by_level(values: dict[str, Any], bad: set[str], labels: dict[int, str],
                    cols: dict[int, str], where: At, problems: list[Problem]) -> None:
    """The name from separate ``program`` / ``kegiatan`` / ``sub_kegiatan`` columns: the
    one of the code's kind (``3.31.02`` a programme, ``3.31.02.2.01`` an activity,
    ``3.31.02.2.01.0002`` a sub-activity). A name deeper than the code, a missing name of
    the code's kind, or a ``nomenklatur`` that says otherwise is a problem; a code that is
    not regional (a ministry's) takes the deepest name given. The level columns are
    removed from ``values``."""
    from rancang.features.programmes.nomenclature import normalise, parse_code

    given = {f: values.pop(f) for f in NAME_LIKE if f in values}
    present = [f for f in NAME_LIKE if f in cols.values()]
    if not given or "code" not in values or bad & set(NAME_LIKE):
        return  # blank name cells keep the stored name (checked with the stored row)

    def column(f: str) -> str:
        return labels[next(j for j, g in cols.items() if g == f)]

    code = values["code"]
    parsed = parse_code(code)
    kind = parsed.kind if parsed is not None else None
    if kind not in NAME_COLUMNS:  # a ministry's code: the deepest name given
        deepest = [given[f] for f in NAME_LIKE if f in given]
        if deepest and "name" not in values and "name" not in bad:
            values["name"] = deepest[-1]
        return
    named = "name" in values or "name" in bad
    # on a problem below the row keeps a name, so that it is not also called empty (the
    # import stores nothing anyway)
    values.setdefault("name", next(given[f] for f in reversed(NAME_LIKE) if f in given))
    wanted = NAME_COLUMNS[str(kind)]
    kind_word = Msg(f"programmes.code_kind.{kind}")
    for f in NAME_LIKE[NAME_LIKE.index(wanted) + 1:]:
        if f in given:
            problems.append(Problem(Msg("programmes.import.name_deeper", code=code,
                                        kind=kind_word), **where, column=column(f)))
            return
    own = given.get(wanted)
    if own is None:
        if not named:
            problems.append(Problem(Msg("programmes.import.name_missing", code=code,
                                        kind=kind_word), **where,
                                    column=column(wanted) if wanted in present
                                    else HEADERS["code"]))
        return
    if "name" in bad:
        return
    if named and normalise(values["name"]) != normalise(own):
        problems.append(Problem(Msg("programmes.import.name_differs", code=code,
                                    kind=kind_word, other=column(wanted)), **where,
                                column=HEADERS["name"]))
        return
    values["name"] = values["name"] if named else own


def _check_row(row: Row, stored: dict[str, Any] | None, actor: Actor,
               problems: list[Problem]) -> None:
    """The checks that need the stored programme: level, name, code form and authority."""
    v = row.values
    where = At(file=row.file, sheet=row.sheet, row=row.row)
    level = v.get("level") or (stored or {}).get("level")
    if level is None:
        problems.append(Problem(Msg("programmes.import.required"), **where,
                                column=HEADERS["level"]))
        return
    if "name" not in v and stored is None:
        problems.append(Problem(Msg("programmes.import.required"), **where,
                                column=HEADERS["name"]))
    region = v["region_code"]
    if level == "kabupaten" and "." not in region:
        problems.append(Problem(Msg("programmes.import.regency_region", region=region),
                                **where, column=HEADERS["region_code"]))
    if (msg := code_problem(v["code"], level)) is not None:
        problems.append(Problem(msg, **where, column=HEADERS["code"]))
    if not actor.can("programmes.write", region):
        problems.append(Problem(Msg("programmes.import.scope", region=region), **where,
                                column=HEADERS["region_code"]))


def _stored(engine: Engine, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    t = Programme.__table__
    keys = list(keys)
    out: dict[Key, dict[str, Any]] = {}
    with engine.connect() as conn:
        for a in range(0, len(keys), 500):
            chunk = keys[a:a + 500]
            cond = tuple_(t.c.code, t.c.region_code, t.c.year, t.c.agency).in_(chunk)
            for r in conn.execute(select(t).where(cond)).mappings():
                out[(r["code"], r["region_code"], r["year"], r["agency"])] = dict(r)
    return out


def import_programmes(engine: Engine, actor: Actor, paths: Sequence[Path]) -> ImportResult:
    """Read, check and store the programmes of ``paths``, all or nothing.

    Raises :class:`InputError` with every located problem; then nothing is changed.
    """
    problems: list[Problem] = []
    rows: list[Row] = []
    for path in paths:
        rows += read_rows(path, problems)
    complete = [r for r in rows if all(f in r.values for f in REQUIRED_HEADERS)]
    seen: dict[Key, Row] = {}
    for r in complete:
        first = seen.get(r.key)
        if first is not None:
            problems.append(Problem(Msg("programmes.import.twice", file=first.file,
                                        row=first.row), file=r.file, sheet=r.sheet,
                                    row=r.row, column=HEADERS["code"]))
        else:
            seen[r.key] = r
    stored = _stored(engine, seen)
    for key, r in seen.items():
        _check_row(r, stored.get(key), actor, problems)
    if problems:
        raise InputError(problems)
    result = ImportResult(files=[p.name for p in paths], rows=len(seen))
    now = utcnow()
    fields = ("name", "level", "budget", "indicator", "unit", "target")
    new_rows: list[dict[str, Any]] = []
    changes: list[tuple[int, dict[str, Any]]] = []
    for key, r in seen.items():
        old = stored.get(key)
        if old is None:
            new_rows.append({"code": key[0], "region_code": key[1], "year": key[2],
                             "agency": key[3], "name": r.values["name"],
                             "level": r.values["level"], "budget": r.values.get("budget"),
                             "indicator": r.values.get("indicator", ""),
                             "unit": r.values.get("unit", ""),
                             "target": r.values.get("target"), "source_file": r.file,
                             "updated_at": now, "updated_by": actor.username})
            continue
        diff = {f: r.values[f] for f in fields if f in r.values and r.values[f] != old[f]}
        if diff:
            changes.append((old["id"], diff | {"source_file": r.file, "updated_at": now,
                                               "updated_by": actor.username}))
        else:
            result.unchanged += 1
    with engine.begin() as conn:
        if new_rows:
            conn.execute(insert(Programme), new_rows)
        for pid, values in changes:
            conn.execute(update(Programme).where(Programme.id == pid).values(**values))
    result.inserted, result.updated = len(new_rows), len(changes)
    return result
