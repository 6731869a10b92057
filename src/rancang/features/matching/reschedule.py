"""Re-scheduling after late changes: the meetings already confirmed stay where they are.

Between the first schedule and the event, participants cancel, become unavailable in some
slots, add requests, and tables are lost. The schedule printed on people's sheets should
move as little as possible. A confirmed meeting (a row of the previous ``schedule.csv``) is
kept in its slot when

- its request is still in the event (the same ``from_id`` and ``to_id``);
- the slot is still allowed for it (its session, both participants available, and the
  request's own fixed slot if it has one);
- the slot still has a free table and neither participant is already kept elsewhere in it
  (meetings fixed in the event come first, then the confirmed ones, highest priority first,
  then in the previous schedule's order).

Each kept meeting becomes a fixed meeting of the event given to :func:`solve`, which then
schedules the other requests around them, so the new schedule holds every meeting that
could be kept, at its old slot. The others are listed with the reason they moved.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.matching.event import Event
from rancang.features.matching.schedule import allowed_slots


@dataclass(frozen=True)
class Confirmed:
    """A meeting of the previous schedule."""

    from_id: str
    to_id: str
    slot: int


def read_confirmed(path: Path) -> list[Confirmed]:
    """The meetings of a previous ``schedule.csv`` (slot, table, from_id, to_id).

    Raises :class:`InputError` naming the file, row and column of a bad cell.
    """
    problems: list[Problem] = []
    out: list[Confirmed] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(Problem(Msg("match.cannot_read", error=str(exc)),
                                 file=path.name)) from exc
    for column in ("slot", "from_id", "to_id"):
        if rows and column not in rows[0]:
            problems.append(Problem(Msg("match.missing_column", column=column),
                                    file=path.name, row=1, column=column))
    if problems:
        raise InputError(problems)
    for k, row in enumerate(rows, start=2):
        slot = (row.get("slot") or "").strip()
        a, b = (row.get("from_id") or "").strip(), (row.get("to_id") or "").strip()
        if not slot.isdigit():
            problems.append(Problem(Msg("match.reschedule.bad_slot", value=slot),
                                    file=path.name, row=k, column="slot"))
        elif a and b:
            out.append(Confirmed(a, b, int(slot)))
    if problems:
        raise InputError(problems)
    return out


def keep_confirmed(event: Event, confirmed: list[Confirmed]
                   ) -> tuple[Event, list[int], list[tuple[Confirmed, str]]]:
    """The event with every confirmed meeting that can stay fixed in its slot; returns the
    new event, the indices of the kept requests and the meetings that move with their
    reason (``withdrawn``, ``slot_not_allowed``, ``no_room``).

    Example
    -------
    >>> from rancang.features.matching.event import Participant, Request, Slot
    >>> p = {i: Participant(i, i, "", "buyer", frozenset(u))
    ...      for i, u in (("a", ()), ("b", {1}), ("c", ()))}
    >>> ev = Event(p, [Slot(1, "", "morning"), Slot(2, "", "morning")],
    ...            [Request("a", "b", 1, "any"), Request("a", "c", 1, "any")], 1)
    >>> new, kept, moved = keep_confirmed(ev, [Confirmed("a", "b", 1), Confirmed("a", "c", 1),
    ...                                        Confirmed("x", "y", 2)])
    >>> kept, [(m.to_id, why) for m, why in moved], new.requests[1].fixed_slot
    ([1], [('b', 'slot_not_allowed'), ('y', 'withdrawn')], 1)
    """
    index = {(r.from_id, r.to_id): i for i, r in enumerate(event.requests)}
    used: dict[int, int] = defaultdict(int)
    busy: set[tuple[str, int]] = set()
    for r in event.requests:
        if r.fixed_slot is not None:
            used[r.fixed_slot] += 1
            busy |= {(r.from_id, r.fixed_slot), (r.to_id, r.fixed_slot)}
    order = sorted(range(len(confirmed)), key=lambda k: (
        event.requests[index[(confirmed[k].from_id, confirmed[k].to_id)]].priority
        if (confirmed[k].from_id, confirmed[k].to_id) in index else 0, k))
    requests = list(event.requests)
    kept: list[int] = []
    moved: list[tuple[Confirmed, str]] = []
    for k in order:
        c = confirmed[k]
        i = index.get((c.from_id, c.to_id))
        if i is None:
            moved.append((c, "withdrawn"))
            continue
        r = event.requests[i]
        if i in kept:  # the same meeting listed twice
            moved.append((c, "no_room"))
        elif r.fixed_slot is not None and r.fixed_slot == c.slot:
            kept.append(i)
        elif c.slot not in allowed_slots(event, r):
            moved.append((c, "slot_not_allowed"))
        elif used[c.slot] >= event.tables or {(r.from_id, c.slot), (r.to_id, c.slot)} & busy:
            moved.append((c, "no_room"))
        else:
            used[c.slot] += 1
            busy |= {(r.from_id, c.slot), (r.to_id, c.slot)}
            requests[i] = replace(r, fixed_slot=c.slot)
            kept.append(i)
    moved.sort(key=lambda m: confirmed.index(m[0]))
    return Event(event.participants, event.slots, requests, event.tables), sorted(kept), moved


def write_moved(path: Path, moved: list[tuple[Confirmed, str]], new_slot: dict[tuple[str, str],
                int]) -> Path:
    """``moved.csv``: each confirmed meeting that could not stay, its old slot, the reason
    and its new slot (blank when it is no longer scheduled)."""
    from rancang.core.cells import safe_cell
    from rancang.core.i18n import text

    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["from_id", "to_id", "old_slot", "reason", "new_slot"])
        for c, reason in moved:
            w.writerow([safe_cell(c.from_id), safe_cell(c.to_id), c.slot,
                        text(f"match.reschedule.{reason}"),
                        new_slot.get((c.from_id, c.to_id), "")])
    return path
