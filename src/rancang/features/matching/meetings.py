"""The stored schedule of a Temu Usaha event, the meetings' outcomes and the report.

Who may do what: the office of the event's region (``matching.manage`` there) edits and
deletes the event, schedules it, records outcomes and reads its report; an event of
another region answers 404 like a missing one.

- Scheduling an event stores its meetings (:class:`~rancang.features.matching.models.
  MatchMeeting`: slot, table, the two participants, the supplier's KBLI and region).
  Scheduling again after late changes (requests accepted or declined, fewer slots or
  tables) keeps every stored meeting that can stay in its slot
  (:func:`rancang.features.matching.reschedule.keep_confirmed`) and schedules the rest
  around them; a meeting that had to move remembers its old slot.
- Once an outcome is recorded the schedule is final: re-scheduling and deleting the event
  are refused (the outcomes are the record of what happened; clear them first).
- Deleting an event deletes its meetings; its requests stay with their needs, no longer
  tied to an event (they belong to the buyer, not to the event).
- Outcomes follow the rules of the outcome files (:mod:`rancang.features.matching.
  outcomes`): an MoU or a contract needs a held meeting, a value needs an agreement; the
  same files can be imported against the stored meetings (``from_id``, ``to_id``).
- The report (:func:`~rancang.features.matching.outcomes.report`) reads the stored
  outcomes of one event, or of every event the actor manages for the quarterly comparison.
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.matching.models import (
    AGREEMENTS,
    OUTCOMES,
    MatchEvent,
    MatchMeeting,
    MatchOffer,
    MatchRequest,
)
from rancang.features.matching.outcomes import AGREEMENT, STATUS, Outcome

MAX_FOLLOW_UP = 2000


def _event(engine: Engine, actor: Actor, ident: int) -> dict[str, Any]:
    from rancang.features.matching.market import get_event

    return get_event(engine, actor, ident)


def has_outcomes(engine: Engine, event_id: int) -> bool:
    """Whether any meeting of the event has an outcome recorded."""
    m = MatchMeeting.__table__
    with engine.connect() as conn:
        return bool(conn.execute(select(func.count()).where(
            m.c.event_id == event_id, m.c.outcome.is_not(None))).scalar_one())


def meetings(engine: Engine, actor: Actor, event_id: int) -> list[dict[str, Any]]:
    """The stored meetings of an event, by slot and table."""
    _event(engine, actor, event_id)
    m = MatchMeeting.__table__
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(m).where(m.c.event_id == event_id)
                                              .order_by(m.c.slot, m.c.table_no)).mappings()]


def confirmed(engine: Engine, event_id: int) -> list[Any]:
    """The stored meetings as the confirmed meetings of a re-schedule."""
    from rancang.features.matching.reschedule import Confirmed

    m = MatchMeeting.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(m.c.from_id, m.c.to_id, m.c.slot)
                            .where(m.c.event_id == event_id).order_by(m.c.id)).all()
    return [Confirmed(str(a), str(b), int(s)) for a, b, s in rows]


def _suppliers(engine: Engine, ids: list[str]) -> dict[str, tuple[str, str]]:
    """The KBLI and region of the suppliers ``F-<firm>`` and ``O-<offer>``."""
    from rancang.features.registry.models import Enterprise

    firms = [int(i[2:]) for i in ids if i.startswith("F-") and i[2:].isdigit()]
    offers = [int(i[2:]) for i in ids if i.startswith("O-") and i[2:].isdigit()]
    e, o = Enterprise.__table__, MatchOffer.__table__
    out: dict[str, tuple[str, str]] = {}
    with engine.connect() as conn:
        for k, kbli, region in conn.execute(select(e.c.id, e.c.kbli, e.c.regency_code)
                                            .where(e.c.id.in_(firms))):
            out[f"F-{k}"] = (kbli or "", region or "")
        for k, kbli, region in conn.execute(select(o.c.id, o.c.kbli, o.c.region_code)
                                            .where(o.c.id.in_(offers))):
            out[f"O-{k}"] = (kbli or "", region or "")
    return out


def save_schedule(engine: Engine, event_id: int, event: Any, result: Any,
                  before: list[Any] | None = None) -> int:
    """Store the scheduler's result (:class:`~rancang.features.matching.schedule.Schedule`
    of ``event``) as the event's meetings, replacing the stored ones; ``before`` (the
    confirmed meetings given to the re-schedule) marks the meetings that moved with their
    old slot. Returns the number of meetings stored."""
    old = {(c.from_id, c.to_id): c.slot for c in before or []}
    reqs = [event.requests[mt.request] for mt in result.meetings]
    sup = _suppliers(engine, [r.to_id for r in reqs] + [r.from_id for r in reqs])
    rows = []
    for mt, r in zip(result.meetings, reqs, strict=True):
        kbli, region = sup.get(r.to_id) or sup.get(r.from_id) or ("", "")
        p, q = event.participants[r.from_id], event.participants[r.to_id]
        prev = old.get((r.from_id, r.to_id))
        rows.append({"event_id": event_id, "slot": mt.slot, "table_no": mt.table,
                     "from_id": r.from_id, "to_id": r.to_id,
                     "from_name": (p.organisation or p.name)[:300],
                     "to_name": (q.organisation or q.name)[:300], "priority": r.priority,
                     "kbli": kbli, "region": region,
                     "previous_slot": prev if prev is not None and prev != mt.slot else None,
                     "scheduled_at": utcnow()})
    m = MatchMeeting.__table__
    with engine.begin() as conn:
        conn.execute(delete(m).where(m.c.event_id == event_id))
        if rows:
            conn.execute(m.insert(), rows)
    return len(rows)


def refuse_if_outcomes(engine: Engine, event_id: int, what: str) -> None:
    """Refuse to re-schedule or delete an event whose meetings have outcomes."""
    if has_outcomes(engine, event_id):
        raise InputError(Problem(Msg(f"market.event.has_outcomes_{what}")))


def update_event(engine: Engine, actor: Actor, ident: int, **values: Any) -> dict[str, Any]:
    """Change an event's name, date, slots, morning slots, tables, start or minutes (the
    office of its region; moving it to another region needs ``matching.manage`` there).
    Stored meetings stay; re-scheduling moves those that no longer fit."""
    from rancang.features.matching.market import check_event, get_event

    old = get_event(engine, actor, ident)
    new = {k: old[k] for k in ("region_code", "name", "held_on", "slots", "morning_slots",
                               "tables", "start", "minutes")}
    new.update({k: v for k, v in values.items() if v is not None})
    new["name"] = str(new["name"]).strip()
    check_event(**new)
    actor.require("matching.manage", new["region_code"])
    t = MatchEvent.__table__
    with engine.begin() as conn:
        conn.execute(update(t).where(t.c.id == ident).values(**new))
    return get_event(engine, actor, ident)


def delete_event(engine: Engine, actor: Actor, ident: int) -> None:
    """Delete an event and its meetings; its requests stay with their needs, without an
    event. Refused when an outcome is recorded."""
    _event(engine, actor, ident)
    refuse_if_outcomes(engine, ident, "delete")
    r, m, t = MatchRequest.__table__, MatchMeeting.__table__, MatchEvent.__table__
    with engine.begin() as conn:
        conn.execute(update(r).where(r.c.event_id == ident).values(event_id=None))
        conn.execute(delete(m).where(m.c.event_id == ident))
        conn.execute(delete(t).where(t.c.id == ident))


@dataclass
class OutcomeIn:
    """An outcome as entered: ``status`` held / no_show / cancelled (Indonesian words
    too; blank clears the outcome), ``agreement`` none / mou / contract, ``value`` in
    rupiah."""

    status: str
    follow_up: str = ""
    agreement: str = "none"
    value: float | None = None


def _key(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").split())


def check_outcome(o: OutcomeIn) -> dict[str, Any]:
    """The stored values of an outcome, or every problem with it (the rules of the
    outcome files).

    >>> check_outcome(OutcomeIn("terlaksana", "kirim sampel", "kontrak", 5e6))["agreement"]
    'contract'
    >>> try:
    ...     check_outcome(OutcomeIn("no_show", agreement="mou"))
    ... except InputError as exc:
    ...     [p.column for p in exc.problems]
    ['agreement']
    """
    if not o.status.strip():
        return {"outcome": None, "follow_up": None, "agreement": None, "value": None}
    problems = []
    status = STATUS.get(_key(o.status))
    if status is None:
        problems.append(Problem(Msg("match.outcome.bad_status", value=o.status),
                                column="status"))
    agreement = AGREEMENT.get(_key(o.agreement or ""))
    if agreement is None:
        problems.append(Problem(Msg("match.outcome.bad_agreement", value=o.agreement),
                                column="agreement"))
    value = o.value
    if value is not None and not math.isfinite(value):
        problems.append(Problem(Msg("market.positive", value=value), column="value"))
    elif value is not None and value < 0:
        problems.append(Problem(Msg("match.outcome.negative", value=str(value)),
                                column="value"))
    if agreement in ("mou", "contract") and status not in (None, "held"):
        problems.append(Problem(Msg("match.outcome.agreement_not_held"),
                                column="agreement"))
    if agreement == "none" and value:
        problems.append(Problem(Msg("match.outcome.value_without_agreement",
                                    value=str(value)), column="value"))
    if len(o.follow_up) > MAX_FOLLOW_UP:
        problems.append(Problem(Msg("market.too_long", field=Msg("market.f.follow_up"),
                                    longest=MAX_FOLLOW_UP),
                                column="follow_up"))
    if problems:
        raise InputError(problems)
    assert status in OUTCOMES and agreement in AGREEMENTS
    return {"outcome": status, "follow_up": o.follow_up.strip() or None,
            "agreement": agreement, "value": float(value or 0.0)}


def _meeting(engine: Engine, actor: Actor, meeting_id: int) -> dict[str, Any]:
    from rancang.features.matching.market import _not_found

    m = MatchMeeting.__table__
    with engine.connect() as conn:
        row = conn.execute(select(m).where(m.c.id == meeting_id)).mappings().first()
    if row is None:
        raise _not_found("meeting", meeting_id)
    ev = MatchEvent.__table__
    with engine.connect() as conn:
        region = conn.execute(select(ev.c.region_code)
                              .where(ev.c.id == row["event_id"])).scalar_one()
    actor.require_visible("matching.manage", region, _not_found("meeting", meeting_id))
    return dict(row)


def meeting_event(engine: Engine, actor: Actor, meeting_id: int) -> int:
    """The event of a stored meeting the actor may manage (else 404)."""
    return int(_meeting(engine, actor, meeting_id)["event_id"])


def record_outcome(engine: Engine, actor: Actor, meeting_id: int, o: OutcomeIn
                   ) -> dict[str, Any]:
    """Record (or clear, with a blank status) a stored meeting's outcome; returns the
    meeting."""
    _meeting(engine, actor, meeting_id)
    values = check_outcome(o)
    m = MatchMeeting.__table__
    with engine.begin() as conn:
        conn.execute(update(m).where(m.c.id == meeting_id).values(
            **values, recorded_by=actor.username if values["outcome"] else None,
            recorded_at=utcnow() if values["outcome"] else None))
    return _meeting(engine, actor, meeting_id)


def import_outcomes(engine: Engine, actor: Actor, event_id: int,
                    files: list[tuple[str, bytes]]) -> int:
    """Record the outcomes of the uploaded files (the outcome files' format; ``event``
    and ``date`` may be left out) against the event's stored meetings, keyed by
    ``from_id`` and ``to_id``: all or nothing, every problem located by file, row and
    column (a meeting that is not in the stored schedule is one). Returns the number of
    meetings recorded."""
    from rancang.features.matching.outcomes import read_outcomes

    ev = _event(engine, actor, event_id)
    if not files:
        raise InputError(Problem(Msg("market.meeting.no_files")))
    stored = {(r["from_id"], r["to_id"]): r["id"] for r in meetings(engine, actor, event_id)}
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k, (name, content) in enumerate(files):
            path = Path(tmp) / str(k) / Path(name or "hasil.csv").name
            path.parent.mkdir()
            path.write_bytes(content)
            paths.append(path)
        found = read_outcomes(paths, defaults={"event": str(event_id),
                                               "date": ev["held_on"].isoformat()})
    problems: list[Problem] = []
    values: list[tuple[int, dict[str, Any]]] = []
    for o in found:
        ident = stored.get((o.from_id, o.to_id))
        if ident is None:
            problems.append(Problem(Msg("market.meeting.not_scheduled", from_id=o.from_id,
                                        to_id=o.to_id), file=o.file, row=o.line,
                                    column="to_id"))
            continue
        values.append((ident, {"outcome": o.status, "follow_up": o.follow_up or None,
                               "agreement": o.agreement, "value": o.value}))
    if problems:
        raise InputError(problems)
    m = MatchMeeting.__table__
    with engine.begin() as conn:
        for ident, v in values:
            conn.execute(update(m).where(m.c.id == ident).values(
                **v, recorded_by=actor.username, recorded_at=utcnow()))
    return len(values)


def stored_outcomes(engine: Engine, actor: Actor, event_id: int | None = None
                    ) -> list[Outcome]:
    """The recorded outcomes of one event, or of every event the actor manages, as the
    report reads them (the event named ``#id name``, dated by the event's day)."""
    from rancang.core.db.scope import in_scope

    m, t = MatchMeeting.__table__, MatchEvent.__table__
    stmt = (select(m, t.c.name.label("event_name"), t.c.held_on)
            .join(t, t.c.id == m.c.event_id).where(m.c.outcome.is_not(None)))
    if event_id is not None:
        _event(engine, actor, event_id)
        stmt = stmt.where(m.c.event_id == event_id)
    else:
        scope = actor.scope("matching.manage")
        if scope.empty:
            return []
        if not scope.everywhere:
            stmt = stmt.where(in_scope(t.c.region_code, scope))
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(m.c.event_id, m.c.slot, m.c.table_no)).mappings()
        return [Outcome(f"#{r['event_id']} {r['event_name']}", r["held_on"], r["from_id"],
                        r["to_id"], r["outcome"], r["follow_up"] or "",
                        r["agreement"] or "none", float(r["value"] or 0.0), r["kbli"],
                        r["region"]) for r in rows]


def event_report(engine: Engine, actor: Actor, event_id: int | None = None
                 ) -> dict[str, list[dict[str, object]]]:
    """The outcome report of one stored event, or of every event the actor manages
    (with the quarterly comparison); empty tables when nothing is recorded."""
    from rancang.features.matching.outcomes import report

    found = stored_outcomes(engine, actor, event_id)
    return report(found) if found else {}


def firm_needs_row(engine: Engine, actor: Actor, firm_id: int) -> dict[str, Any]:
    """A register firm's public fields, for the office of the firm's region (it answers
    and asks on the firm's behalf); a firm of another region, merged or missing answers
    404."""
    from rancang.features.matching.market import _not_found
    from rancang.features.registry.models import Enterprise

    e = Enterprise.__table__
    with engine.connect() as conn:
        row = conn.execute(select(e.c.id, e.c.name, e.c.product, e.c.kbli,
                                  e.c.regency_code).where(
            e.c.id == firm_id, e.c.merged_into_id.is_(None))).mappings().first()
    if row is None:
        raise _not_found("supplier", firm_id)
    actor.require_visible("matching.manage", row["regency_code"] or "",
                          _not_found("supplier", firm_id))
    return dict(row)


def firm_needs(engine: Engine, actor: Actor, firm_id: int) -> dict[str, Any]:
    """The open needs a register firm can serve (the supplier side of the matches), for
    the office of the firm's region (it answers requests and asks for meetings on the
    firm's behalf): the firm's public fields, the needs, best first, and the firm's
    requests by need. A firm of another region, merged or missing answers 404."""
    from rancang.features.matching.market_asks import supplier_asks
    from rancang.features.matching.market_index import current_index

    row = firm_needs_row(engine, actor, firm_id)
    return {"firm": row, "needs": current_index(engine).served(engine, ("firm", firm_id)),
            "asks": supplier_asks(engine, actor, "firm", firm_id)}
