"""Buyers' needs and suppliers' offers read from CSV or XLSX files.

Needs: ``id``, ``buyer``/``pembeli``, ``description``/``uraian``, optional ``kbli`` (5
digits; suggested from the description when blank), ``quantity``/``jumlah``,
``standards``/``standar`` (``SNI;halal;TKDN``), ``lat``, ``lng``, ``radius_km``,
``region``/``wilayah``, ``deadline``/``tenggat``.

Suppliers (the register's firms or firms that register themselves): ``id``,
``name``/``nama``, ``product``/``produk``, ``kbli``, ``capacity``/``kapasitas``,
``certificates``/``sertifikat`` (``SNI;halal``), ``lat``, ``lng``, ``region``/``wilayah``.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np
import polars as pl

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.kbli.batch import read_table
from rancang.sources.numbers import detect_decimal, number_problem, parse_series

NEED_COLUMNS = {
    "id": ("id",), "buyer": ("buyer", "pembeli"), "description": ("description", "uraian"),
    "kbli": ("kbli",), "quantity": ("quantity", "jumlah", "volume"),
    "standards": ("standards", "standar"), "lat": ("lat", "latitude"),
    "lng": ("lng", "lon", "longitude"), "radius_km": ("radius_km", "radius"),
    "region": ("region", "wilayah"), "deadline": ("deadline", "tenggat"),
}
SUPPLIER_COLUMNS = {
    "id": ("id",), "name": ("name", "nama"), "product": ("product", "produk"),
    "kbli": ("kbli",), "capacity": ("capacity", "kapasitas"),
    "certificates": ("certificates", "sertifikat"), "lat": ("lat", "latitude"),
    "lng": ("lng", "lon", "longitude"), "region": ("region", "wilayah"),
}


@dataclass
class Table:
    """Columns of a needs or suppliers file as arrays (text as lists)."""

    ids: list[str]
    text: list[str]
    kbli: list[str]
    amount: np.ndarray           # quantity (needs) or capacity (suppliers); NaN when blank
    certs: list[frozenset[str]]  # standards required / certificates held, lower case
    lat: np.ndarray
    lng: np.ndarray
    region: list[str]
    name: list[str]
    radius: np.ndarray           # needs only; NaN when blank
    kbli_suggested: list[bool]
    #: needs only: the deadline of each need (None when blank; an empty list: none given)
    deadline: list[date | None] = dc_field(default_factory=list)

    def expired(self, i: int, day: date) -> bool:
        """Whether need ``i``'s deadline is before ``day`` (a need is open up to and
        including its deadline)."""
        due = self.deadline[i] if i < len(self.deadline) else None
        return due is not None and due < day


def today() -> date:
    """Today's date (UTC), against which deadlines are read."""
    from rancang.core.db.base import utcnow

    return utcnow().date()


@lru_cache(maxsize=1)
def _known_classes() -> frozenset[str]:
    """The five-digit classes of KBLI 2020 (the coder's catalogue)."""
    from rancang.features.kbli.coder import load_classes

    return frozenset(c.code for c in load_classes())


def read_parties(path: Path, kind: str) -> Table:
    """Read needs (``kind="needs"``) or suppliers (``kind="suppliers"``); bad cells are
    reported all at once with file, sheet, row and column."""
    spec = NEED_COLUMNS if kind == "needs" else SUPPLIER_COLUMNS
    t = read_table(path, spreadsheet_errors=False)  # the fields' parsers name them
    header = [h.strip().lower() for h in t.header]
    col: dict[str, int] = {}
    for field, aliases in spec.items():
        for a in aliases:
            if a in header:
                col[field] = header.index(a)
                break
    text_field = "description" if kind == "needs" else "product"
    problems = [Problem(Msg("match.missing_column", column=f), file=path.name, sheet=t.sheet,
                        row=1, column=f) for f in ("id", text_field) if f not in col]
    if problems:
        raise InputError(problems)
    n = len(t.rows)
    width = len(t.header)
    cells = {f: [(r[c] if c < len(r) else "").strip() for r in t.rows]
             for f, c in col.items() if c < width}

    def get(i: int, f: str) -> str:
        return cells[f][i] if f in cells else ""

    def num(f: str) -> np.ndarray:
        """A column read by the one number parser of every reader
        (:mod:`rancang.sources.numbers`); a cell that is not a finite number is a problem."""
        if f not in cells:
            return np.full(n, np.nan)
        column = pl.Series(f, cells[f], dtype=pl.String)
        values = parse_series(column, detect_decimal(column))
        bad = (values.is_null() & (column.str.len_chars() > 0)).arg_true().to_list()
        problems.extend(Problem(number_problem(cells[f][i]), file=path.name, sheet=t.sheet,
                                row=i + 2, column=f) for i in bad)
        return values.fill_null(np.nan).to_numpy().astype(np.float64)

    amount = num("quantity" if kind == "needs" else "capacity")
    lat, lng = num("lat"), num("lng")
    radius = num("radius_km") if kind == "needs" else np.full(n, np.nan)
    ids, seen = [], set()
    kbli, suggested = [], []
    deadlines: list[date | None] = []
    if kind == "needs":
        from rancang.features.matching.outcomes import parse_day

        for i in range(n):
            raw = get(i, "deadline")
            day = parse_day(raw) if raw else None
            if raw and day is None:
                problems.append(Problem(Msg("market.bad_date", value=raw), file=path.name,
                                        sheet=t.sheet, row=i + 2, column="deadline"))
            deadlines.append(day)
    for i in range(n):
        pid = get(i, "id")
        if not pid or pid in seen:
            problems.append(Problem(Msg("match.empty_id" if not pid else "match.duplicate_id",
                                        id=pid), file=path.name, sheet=t.sheet, row=i + 2,
                                    column="id"))
        seen.add(pid)
        ids.append(pid)
        code = get(i, "kbli")
        if code and (len(code) == 5 and code.isdigit()) and code not in _known_classes():
            problems.append(Problem(Msg("match.unknown_kbli", value=code), file=path.name,
                                    sheet=t.sheet, row=i + 2, column="kbli"))
        elif code and not (len(code) == 5 and code.isdigit()):
            problems.append(Problem(Msg("match.bad_kbli", value=code), file=path.name,
                                    sheet=t.sheet, row=i + 2, column="kbli"))
        kbli.append(code)
        suggested.append(False)
        if not np.isnan(lat[i]) and not -90 <= lat[i] <= 90:
            problems.append(Problem(Msg("match.bad_coordinate", value=get(i, "lat")),
                                    file=path.name, sheet=t.sheet, row=i + 2, column="lat"))
        if not np.isnan(lng[i]) and not -180 <= lng[i] <= 180:
            problems.append(Problem(Msg("match.bad_coordinate", value=get(i, "lng")),
                                    file=path.name, sheet=t.sheet, row=i + 2, column="lng"))
        for f, values in (("quantity" if kind == "needs" else "capacity", amount),
                          ("radius_km", radius)):
            if not np.isnan(values[i]) and values[i] < 0:
                problems.append(Problem(Msg("match.negative", value=get(i, f)),
                                        file=path.name, sheet=t.sheet, row=i + 2, column=f))
    if problems:
        raise InputError(problems)
    texts = [get(i, text_field) for i in range(n)]
    missing = [i for i in range(n) if not kbli[i] and texts[i]]
    if missing:
        from rancang.features.kbli.coder import KbliCoder

        coder = KbliCoder.default()
        for i in missing:
            found = coder.suggest(texts[i], top=1)
            if found:
                kbli[i], suggested[i] = found[0].code, True
    certs_field = "standards" if kind == "needs" else "certificates"
    certs = [frozenset(c.strip().lower() for c in get(i, certs_field).replace(",", ";")
                       .split(";") if c.strip()) for i in range(n)]
    name_field = "buyer" if kind == "needs" else "name"
    return Table(ids, texts, kbli, amount, certs, lat, lng,
                 [get(i, "region") for i in range(n)],
                 [get(i, name_field) or ids[i] for i in range(n)], radius, suggested,
                 deadlines)
