"""A Temu Usaha event read from its workbook: participants, slots, requests, settings.

The workbook has four sheets, in English or Indonesian (case and spaces ignored):

- ``participants`` / ``peserta``: ``id``, ``name``/``nama``, ``organisation``/``organisasi``,
  ``role``/``peran`` (buyer/pembeli, seller/penjual, other/lainnya),
  ``unavailable_slots``/``slot_tidak_tersedia`` (slot numbers such as ``3;4;17``);
- ``slots`` / ``slot``: ``slot`` (1..n in time order), ``start``/``mulai``,
  ``session``/``sesi`` (morning/pagi, afternoon/siang/sore);
- ``requests`` / ``permintaan``: ``from_id``/``dari_id``, ``to_id``/``ke_id``,
  ``priority``/``prioritas`` (1 = highest), ``session``/``sesi`` (any/bebas, morning/pagi,
  afternoon/siang), optional ``fixed_slot``/``slot_tetap``;
- ``settings`` / ``pengaturan``: ``tables``/``meja`` (a row ``tables | 20``, or a column).

Every problem found is reported at once, with sheet, row and column; nothing is scheduled
from a workbook with a problem.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg

SHEETS = {
    "participants": ("participants", "peserta"),
    "slots": ("slots", "slot", "jadwal"),
    "requests": ("requests", "permintaan"),
    "settings": ("settings", "pengaturan"),
}
COLUMNS = {
    "id": ("id",), "name": ("name", "nama"),
    "organisation": ("organisation", "organization", "organisasi", "instansi"),
    "role": ("role", "peran"),
    "unavailable_slots": ("unavailable_slots", "slot_tidak_tersedia", "tidak_tersedia"),
    "slot": ("slot", "no_slot"), "start": ("start", "mulai", "jam"),
    "session": ("session", "sesi"),
    "from_id": ("from_id", "dari_id", "dari"), "to_id": ("to_id", "ke_id", "ke"),
    "priority": ("priority", "prioritas"), "fixed_slot": ("fixed_slot", "slot_tetap"),
}
ROLES = {"buyer": "buyer", "pembeli": "buyer", "seller": "seller", "penjual": "seller",
         "pemasok": "seller", "other": "other", "lainnya": "other", "lain": "other"}
SESSIONS = {"morning": "morning", "pagi": "morning", "afternoon": "afternoon",
            "siang": "afternoon", "sore": "afternoon"}
ANY = {"any", "bebas", "semua", "apa saja", ""}


@dataclass(frozen=True)
class Participant:
    """One participant of the event."""

    id: str
    name: str
    organisation: str
    role: str
    unavailable: frozenset[int]


@dataclass(frozen=True)
class Slot:
    """A time slot, numbered 1..n in time order, in a session."""

    number: int
    start: str
    session: str


@dataclass(frozen=True)
class Request:
    """A requested meeting: ``priority`` 1 is the highest; ``session`` may be ``any``."""

    from_id: str
    to_id: str
    priority: int
    session: str
    fixed_slot: int | None = None


@dataclass(frozen=True)
class Event:
    """Everything the scheduler needs."""

    participants: dict[str, Participant]
    slots: list[Slot]
    requests: list[Request]
    tables: int


def _key(text: Any) -> str:
    return "_".join(str(text or "").strip().lower().replace("-", " ").split())


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _sheet_rows(book: dict[str, tuple[str, list[list[str]]]], kind: str, file: str,
                problems: list[Problem]) -> tuple[str, dict[str, int], list[list[str]]]:
    found = next((book[n] for n in SHEETS[kind] if n in book), None)
    if found is None:
        problems.append(Problem(Msg("match.missing_sheet", sheet=SHEETS[kind][0],
                                    alt=SHEETS[kind][1]), file=file))
        return "", {}, []
    title, rows = found
    rows = [r for r in rows if any(r)]
    header = rows[0] if rows else []
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        for field, aliases in COLUMNS.items():
            if _key(h) in aliases and field not in cols:
                cols[field] = i
    return title, cols, rows[1:]


def _int(text: str) -> int | None:
    """A whole number, or None (text, a fraction, NaN, infinity, ``1e400``).

    >>> _int("3"), _int("3.0"), _int("1e400"), _int("nan"), _int("2.5")
    (3, 3, None, None, None)
    """
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value) or not value.is_integer() or abs(value) > 1e9:
        return None
    return int(value)


def read_event(path: Path) -> Event:
    """Read and check an event workbook (see the module's description).

    Raises
    ------
    InputError
        Every problem, located by file, sheet, row (as the spreadsheet shows it) and column.
    """
    from rancang.core.text import text_problem
    from rancang.sources._cells import col_letter, visible_sheets

    file = path.name
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError(Problem(Msg("match.not_xlsx"), file=file))
    problems: list[Problem] = []
    # the library's reader: damaged workbooks, formulas saved without values, hidden
    # sheets (never read) and spreadsheet errors (kept as their text) handled once
    book: dict[str, tuple[str, list[list[str]]]] = {}
    for title, frame in visible_sheets(path):
        rows = [[_cell(v) for v in r] for r in frame.iter_rows()]
        book.setdefault(_key(title), (title, rows))
        for i, r in enumerate(rows, start=1):
            for k, v in enumerate(r):
                bad_text = text_problem(v, max_length=1000)
                if bad_text is not None:
                    problems.append(Problem(bad_text, file=file, sheet=title, row=i,
                                            column=col_letter(k)))
    if problems:
        raise InputError(problems[:50])
    sheets = {k: _sheet_rows(book, k, file, problems) for k in SHEETS}
    settings_rows = next((book[n][1] for n in SHEETS["settings"] if n in book), [])
    if problems:
        raise InputError(problems)

    def need(kind: str, *fields: str) -> bool:
        sheet, cols, _ = sheets[kind]
        missing = [f for f in fields if f not in cols]
        for f in missing:
            problems.append(Problem(Msg("match.missing_column", column=f), file=file,
                                    sheet=sheet, row=1, column=f))
        return not missing

    ok = all([need("participants", "id", "role"), need("slots", "slot", "session"),
              need("requests", "from_id", "to_id")])
    if not ok:
        raise InputError(problems)

    def bad(kind: str, row: int, column: str, msg: Msg) -> None:
        problems.append(Problem(msg, file=file, sheet=sheets[kind][0], row=row, column=column))

    # slots
    _, cols, rows = sheets["slots"]
    slots: list[Slot] = []
    for n, r in enumerate(rows, start=2):
        num = _int(r[cols["slot"]])
        session = SESSIONS.get(_key(r[cols["session"]]))
        if num is None or num != len(slots) + 1:
            bad("slots", n, "slot", Msg("match.bad_slot_number", value=r[cols["slot"]],
                                        expected=len(slots) + 1))
        if session is None:
            bad("slots", n, "session", Msg("match.bad_session", value=r[cols["session"]]))
        slots.append(Slot(len(slots) + 1, r[cols["start"]] if "start" in cols else "",
                          session or "morning"))
    n_slots = len(slots)

    def slot_list(text: str, kind: str, row: int, column: str) -> frozenset[int]:
        out = set()
        for part in text.replace(",", ";").split(";"):
            if not part.strip():
                continue
            v = _int(part.strip())
            if v is None or not 1 <= v <= n_slots:
                bad(kind, row, column, Msg("match.bad_slot_ref", value=part.strip(),
                                           n=n_slots))
            else:
                out.add(v)
        return frozenset(out)

    # participants
    _, cols, rows = sheets["participants"]
    participants: dict[str, Participant] = {}
    for n, r in enumerate(rows, start=2):
        pid = r[cols["id"]]
        role = ROLES.get(_key(r[cols["role"]]))
        if not pid:
            bad("participants", n, "id", Msg("match.empty_id"))
            continue
        if pid in participants:
            bad("participants", n, "id", Msg("match.duplicate_id", id=pid))
        if role is None:
            bad("participants", n, "role", Msg("match.bad_role", value=r[cols["role"]]))
        un = (slot_list(r[cols["unavailable_slots"]], "participants", n, "unavailable_slots")
              if "unavailable_slots" in cols else frozenset())
        participants[pid] = Participant(
            pid, r[cols["name"]] if "name" in cols else pid,
            r[cols["organisation"]] if "organisation" in cols else "", role or "other", un)

    # requests
    _, cols, rows = sheets["requests"]
    requests: list[Request] = []
    seen: dict[frozenset[str], int] = {}
    for n, r in enumerate(rows, start=2):
        a, b = r[cols["from_id"]], r[cols["to_id"]]
        for col, pid in (("from_id", a), ("to_id", b)):
            if pid not in participants:
                bad("requests", n, col, Msg("match.unknown_participant", id=pid))
        if a == b:
            bad("requests", n, "to_id", Msg("match.self_meeting", id=a))
        pair = frozenset((a, b))
        if pair in seen:
            bad("requests", n, "to_id", Msg("match.duplicate_request", row=seen[pair]))
        seen[pair] = n
        prio = _int(r[cols["priority"]]) if "priority" in cols and r[cols["priority"]] else 1
        if prio is None or prio < 1:
            bad("requests", n, "priority", Msg("match.bad_priority",
                                               value=r[cols["priority"]]))
        raw = _key(r[cols["session"]]) if "session" in cols else ""
        session = "any" if raw in ANY else SESSIONS.get(raw)
        if session is None:
            bad("requests", n, "session", Msg("match.bad_session", value=r[cols["session"]]))
        fixed = None
        if "fixed_slot" in cols and r[cols["fixed_slot"]]:
            fixed = _int(r[cols["fixed_slot"]])
            if fixed is None or not 1 <= fixed <= n_slots:
                bad("requests", n, "fixed_slot", Msg("match.bad_slot_ref",
                                                     value=r[cols["fixed_slot"]], n=n_slots))
                fixed = None
        requests.append(Request(a, b, prio or 1, session or "any", fixed))
    tables = _tables(sheets["settings"][0], settings_rows, file, problems)
    if problems:
        raise InputError(problems)
    event = Event(participants, slots, requests, tables)
    problems.extend(_fixed_conflicts(event, file, sheets["requests"][0]))
    if problems:
        raise InputError(problems)
    return event


def _tables(sheet: str, rows: list[list[str]], file: str, problems: list[Problem]) -> int:
    """The number of tables: a row ``tables | 20`` or a column ``tables`` over its value."""
    value = ""
    for k, r in enumerate(rows):
        for c, v in enumerate(r):
            if _key(v) in ("tables", "meja", "jumlah_meja"):
                if c + 1 < len(r) and r[c + 1]:
                    value = r[c + 1]
                elif k + 1 < len(rows) and c < len(rows[k + 1]):
                    value = rows[k + 1][c]
    n = _int(value) if value else None
    if n is None or n < 1:
        problems.append(Problem(Msg("match.bad_tables", value=value), file=file, sheet=sheet,
                                column="tables"))
        return 0
    return n


def _fixed_conflicts(event: Event, file: str, sheet: str) -> list[Problem]:
    """Fixed meetings that cannot all happen: a participant twice in a slot, an unavailable
    slot, a slot of the wrong session, more fixed meetings in a slot than tables."""
    problems = []
    busy: dict[tuple[str, int], int] = {}
    per_slot: dict[int, int] = {}
    for n, r in enumerate(event.requests, start=2):
        s = r.fixed_slot
        if s is None:
            continue
        slot = event.slots[s - 1]
        if r.session != "any" and slot.session != r.session:
            problems.append(Problem(Msg("match.fixed_wrong_session", slot=s, session=r.session),
                                    file=file, sheet=sheet, row=n, column="fixed_slot"))
        for pid in (r.from_id, r.to_id):
            if s in event.participants[pid].unavailable:
                problems.append(Problem(Msg("match.fixed_unavailable", slot=s, id=pid),
                                        file=file, sheet=sheet, row=n, column="fixed_slot"))
            if (pid, s) in busy:
                problems.append(Problem(Msg("match.fixed_double", slot=s, id=pid,
                                            row=busy[(pid, s)]),
                                        file=file, sheet=sheet, row=n, column="fixed_slot"))
            busy[(pid, s)] = n
        per_slot[s] = per_slot.get(s, 0) + 1
        if per_slot[s] > event.tables:
            problems.append(Problem(Msg("match.fixed_tables", slot=s, tables=event.tables),
                                    file=file, sheet=sheet, row=n, column="fixed_slot"))
    return problems
