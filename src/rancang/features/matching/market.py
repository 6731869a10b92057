"""Stored needs and offers, their matches, meeting requests and the events they feed.

Who may do what (the same rules for the pages, the API and Python callers):

- ``matching.post`` (buyers and suppliers anywhere, the office in its region) posts a need
  or an offer for a region; its author reads it, and so does the office of its region
  (``matching.manage``); anyone else asking for it by its id gets a 404.
- A need's matches show the firms that registered themselves (an offer is consent to be
  listed) and the register's firms that are verified, published and marked public
  (:attr:`~rancang.features.registry.models.Enterprise.public`), with the public fields
  only (:class:`~rancang.features.registry.schemas.EnterprisePublic`: name, product, KBLI,
  place; never the owner, phone, e-mail or NIB). The office of a region sees every active
  firm of that region. A firm's reported values stay confidential (UU 3/2014 arts. 69-70):
  its capacity is never used (the capacity part counts as unknown); certificates (SNI,
  halal) are public facts.
- Its author edits, closes (``filled`` / ``withdrawn``), reopens and deletes a need or an
  offer, and so does the office of its region; every change is a row of
  :class:`~rancang.features.matching.models.MatchAudit` written in the same transaction
  (who, when, the values before and after). A closed offer leaves the matches; a closed
  need leaves unmet demand and the needs an offer can serve. Deleting a need deletes its
  requests; deleting an offer deletes the requests made to it.
- A meeting request to an offer is answered by the offer's author; to a register firm, by
  the office of the firm's region on the firm's behalf. A supplier may also ask the buyer
  of a need it can serve (:mod:`~rancang.features.matching.market_asks`); the buyer
  answers. An accepted request joins the Temu Usaha event chosen with it, and the office
  schedules the event.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, delete, insert, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.matching.market_data import (
    NeedData,
    OfferData,
    check_need,
    check_offer,
    need_values,
    offer_values,
)
from rancang.features.matching.models import (
    STATUSES,
    MatchAudit,
    MatchEvent,
    MatchNeed,
    MatchOffer,
    MatchRequest,
)

MAX_TOP = 50


def _not_found(what: str, ident: int) -> NotFoundError:
    return NotFoundError(Msg("market.not_found", what=Msg(f"market.{what}"), id=ident))


def create_need(engine: Engine, actor: Actor, d: NeedData) -> int:
    """Store a need (its KBLI confirmed by the user: a 5-digit class is required)."""
    check_need(d)
    actor.require("matching.post", d.region)
    values = need_values(d)
    with engine.begin() as conn:
        nid = conn.execute(MatchNeed.__table__.insert().values(
            **values, open=True, created_by=actor.username, created_at=utcnow(),
            updated_at=utcnow()).returning(MatchNeed.__table__.c.id)).scalar_one()
        _log(conn, actor, "create", "need", int(nid), d.region, None, values)
    return int(nid)


def _plain(value: Any) -> Any:
    """A value as JSON keeps it.

    >>> _plain(date(2027, 1, 2)), _plain(float("nan")), _plain(["halal"])
    ('2027-01-02', None, ['halal'])
    """
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not np.isfinite(value):
        return None
    return value


def _log(conn: Connection, actor: Actor, action: str, entity: str, ident: int, region: str,
         before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """One audit entry, in the caller's transaction; only the fields that changed."""
    if before is not None and after is not None:
        keys = [k for k in after if before.get(k) != after[k]]
        before, after = {k: before.get(k) for k in keys}, {k: after[k] for k in keys}
    conn.execute(insert(MatchAudit).values(
        at=utcnow(), actor=actor.username, action=action, entity=entity, entity_id=ident,
        region_code=region,
        before=None if before is None else {k: _plain(v) for k, v in before.items()},
        after=None if after is None else {k: _plain(v) for k, v in after.items()}))


def create_offer(engine: Engine, actor: Actor, d: OfferData) -> int:
    """Store a firm's offer; the supplier index adds it on its next use (its audit entry
    moves the market's stamp)."""
    check_offer(d)
    actor.require("matching.post", d.region)
    values = offer_values(d)
    with engine.begin() as conn:
        oid = conn.execute(MatchOffer.__table__.insert().values(
            **values, open=True, created_by=actor.username, created_at=utcnow(),
            updated_at=utcnow()).returning(MatchOffer.__table__.c.id)).scalar_one()
        _log(conn, actor, "create", "offer", int(oid), d.region, None, values)
    return int(oid)


_TABLES = {"need": MatchNeed.__table__, "offer": MatchOffer.__table__}


def _owned(engine: Engine, actor: Actor, entity: str, ident: int) -> dict[str, Any]:
    """A need or offer the actor may change: its author, or the office of its region
    (anyone else: 404, as for reading)."""
    row = _row(engine, _TABLES[entity], ident)
    if row is None or not _readable(actor, row):
        raise _not_found(entity, ident)
    return row


def update_need(engine: Engine, actor: Actor, ident: int, d: NeedData) -> dict[str, Any]:
    """Change a need (its author or the office of its region; moving it to another region
    needs ``matching.post`` there too); returns the stored need. Saved unchanged, nothing
    is written."""
    old = _owned(engine, actor, "need", ident)
    check_need(d)
    actor.require("matching.post", d.region)
    values = need_values(d)
    t = MatchNeed.__table__
    if _changed(old, values):
        with engine.begin() as conn:
            conn.execute(update(t).where(t.c.id == ident).values(**values,
                                                                 updated_at=utcnow()))
            _log(conn, actor, "update", "need", ident, d.region, old, values)
    return get_need(engine, actor, ident)


def _changed(old: dict[str, Any], values: dict[str, Any]) -> bool:
    """Whether saving ``values`` changes anything (an edit saved unchanged writes nothing,
    no audit entry either).

    >>> _changed({"unit": "kg", "quantity": 2.0}, {"unit": "kg", "quantity": 2})
    False
    """
    return any(old.get(k) != v for k, v in values.items())


def update_offer(engine: Engine, actor: Actor, ident: int, d: OfferData) -> dict[str, Any]:
    """Change an offer (its author or the office of its region); the supplier index
    updates this one offer on its next use."""
    old = _owned(engine, actor, "offer", ident)
    check_offer(d)
    actor.require("matching.post", d.region)
    values = offer_values(d)
    t = MatchOffer.__table__
    if _changed(old, values):
        with engine.begin() as conn:
            conn.execute(update(t).where(t.c.id == ident).values(**values,
                                                                 updated_at=utcnow()))
            _log(conn, actor, "update", "offer", ident, d.region, old, values)
    return get_offer(engine, actor, ident)


def set_status(engine: Engine, actor: Actor, entity: str, ident: int, status: str
               ) -> dict[str, Any]:
    """Close a need or an offer as ``filled`` or ``withdrawn``, or reopen it (``open``)."""
    if entity not in _TABLES:
        raise InputError(Problem(Msg("market.bad_entity", value=entity)))
    if status not in STATUSES:
        raise InputError(Problem(Msg("market.bad_status", value=status,
                                     allowed=", ".join(STATUSES)), column="status"))
    old = _owned(engine, actor, entity, ident)
    values = {"open": status == "open",
              "closed_reason": None if status == "open" else status}
    t = _TABLES[entity]
    with engine.begin() as conn:
        conn.execute(update(t).where(t.c.id == ident).values(**values, updated_at=utcnow()))
        _log(conn, actor, "reopen" if status == "open" else "close", entity, ident,
             old["region_code"], old, values)
    return (get_need if entity == "need" else get_offer)(engine, actor, ident)


def delete_entry(engine: Engine, actor: Actor, entity: str, ident: int) -> None:
    """Delete a need (with its requests) or an offer (with the requests made to it); the
    audit keeps its values."""
    if entity not in _TABLES:
        raise InputError(Problem(Msg("market.bad_entity", value=entity)))
    old = _owned(engine, actor, entity, ident)
    t, r = _TABLES[entity], MatchRequest.__table__
    with engine.begin() as conn:
        if entity == "need":
            conn.execute(delete(r).where(r.c.need_id == ident))
        else:
            conn.execute(delete(r).where(r.c.supplier_kind == "offer",
                                         r.c.supplier_id == ident))
        conn.execute(delete(t).where(t.c.id == ident))
        kept = {k: v for k, v in old.items() if k not in ("id", "created_at", "updated_at")}
        _log(conn, actor, "delete", entity, ident, old["region_code"], kept, None)


def history(engine: Engine, actor: Actor, entity: str, ident: int) -> list[dict[str, Any]]:
    """The changes of a need or an offer its readers see (also after its deletion, for
    the office of its region), oldest first."""
    a = MatchAudit.__table__
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(
            select(a).where(a.c.entity == entity, a.c.entity_id == ident)
            .order_by(a.c.id)).mappings()]
    if not rows:  # stored before changes were audited
        _owned(engine, actor, entity, ident)
        return []
    author = next((r["actor"] for r in rows if r["action"] == "create"), None)
    region = rows[-1]["region_code"]
    if not (author == actor.username or actor.can("matching.manage", region)):
        raise _not_found(entity, ident)
    return rows


def _row(engine: Engine, table: Any, ident: int) -> dict[str, Any] | None:
    with engine.connect() as conn:
        r = conn.execute(select(table).where(table.c.id == ident)).mappings().first()
    return dict(r) if r else None


def _readable(actor: Actor, row: dict[str, Any]) -> bool:
    return bool(row["created_by"] == actor.username
                or actor.can("matching.manage", row["region_code"]))


def get_need(engine: Engine, actor: Actor, ident: int) -> dict[str, Any]:
    """A need its author or the office of its region may read (else 404)."""
    row = _row(engine, MatchNeed.__table__, ident)
    if row is None or not _readable(actor, row):
        raise _not_found("need", ident)
    return row


def get_offer(engine: Engine, actor: Actor, ident: int) -> dict[str, Any]:
    """An offer its author or the office of its region may read (else 404)."""
    row = _row(engine, MatchOffer.__table__, ident)
    if row is None or not _readable(actor, row):
        raise _not_found("offer", ident)
    return row


def _mine_or_scope(actor: Actor, table: Any) -> Any:
    from rancang.core.db.scope import in_scope

    scope = actor.scope("matching.manage")
    own = table.c.created_by == actor.username
    if scope.everywhere:
        return table.c.id > 0
    if scope.empty:
        return own
    return own | in_scope(table.c.region_code, scope)


def list_needs(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    """The actor's own needs and those of the regions the actor manages, newest first."""
    t = MatchNeed.__table__
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(t).where(_mine_or_scope(actor, t)).order_by(t.c.id.desc())
            .limit(500)).mappings()]


def list_offers(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    """The actor's own offers and those of the regions the actor manages, newest first."""
    t = MatchOffer.__table__
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(t).where(_mine_or_scope(actor, t)).order_by(t.c.id.desc())
            .limit(500)).mappings()]


@dataclass
class Filters:
    """Filters of a need's matches: a KBLI prefix (2-5 digits), a distance, certificates
    the supplier must hold."""

    kbli: str = ""
    max_km: float | None = None
    certificates: tuple[str, ...] = ()

    def check(self) -> None:
        """Refuse a KBLI filter that is not 2-5 digits or a negative distance."""
        from rancang.features.matching.match import STANDARDS

        problems = []
        if self.kbli and not (self.kbli.isdigit() and 2 <= len(self.kbli) <= 5):
            problems.append(Problem(Msg("market.bad_kbli_filter", value=self.kbli),
                                    column="kbli"))
        if self.max_km is not None and not (np.isfinite(self.max_km) and self.max_km > 0):
            problems.append(Problem(Msg("market.positive", value=self.max_km),
                                    column="max_km"))
        for c in self.certificates:
            if c not in STANDARDS:
                problems.append(Problem(Msg("market.bad_standard", value=c,
                                            allowed=", ".join(STANDARDS)),
                                        column="certificates"))
        if problems:
            raise InputError(problems)


def need_matches(engine: Engine, actor: Actor, need_id: int, *, top: int = 10,
                 filters: Filters | None = None) -> list[dict[str, Any]]:
    """The best suppliers the actor may see for a stored need, with the score's parts and
    a sentence saying why (:mod:`rancang.features.matching.match`)."""
    from rancang.features.matching.market_index import current_index

    get_need(engine, actor, need_id)
    f = filters or Filters()
    f.check()
    return current_index(engine).matches(engine, actor, need_id, min(max(top, 1), MAX_TOP), f)


def offer_needs(engine: Engine, actor: Actor, offer_id: int) -> list[dict[str, Any]]:
    """The open needs an offer can serve (adequate: score >= 50, the same KBLI group,
    within the need's radius), best first."""
    from rancang.features.matching.market_index import current_index

    get_offer(engine, actor, offer_id)
    return current_index(engine).served(engine, ("offer", offer_id))


def _supplier_region(engine: Engine, kind: str, ident: int) -> str | None:
    from rancang.features.registry.models import Enterprise

    if kind == "offer":
        row = _row(engine, MatchOffer.__table__, ident)
        return None if row is None else str(row["region_code"])
    e = Enterprise.__table__
    with engine.connect() as conn:
        r = conn.execute(select(e.c.regency_code).where(
            e.c.id == ident, e.c.merged_into_id.is_(None))).first()
    return None if r is None else str(r[0] or "")


def request_meeting(engine: Engine, actor: Actor, need_id: int, supplier: str, *,
                    meet: bool = True, priority: int = 1, event_id: int | None = None
                    ) -> int:
    """Shortlist a supplier for a need (``meet=False``) or request a meeting with it;
    ``supplier`` is ``firm:ID`` or ``offer:ID``, one the actor may see among the need's
    matches. Asking again updates the request (never a second one); refused when the
    supplier already requested a meeting with this buyer
    (:mod:`~rancang.features.matching.market_asks`)."""
    from rancang.features.matching.market_asks import pair_asked, refuse_pair
    from rancang.features.matching.market_index import current_index

    need = get_need(engine, actor, need_id)
    kind, _, raw = supplier.partition(":")
    if kind not in ("firm", "offer") or not raw.isdigit():
        raise InputError(Problem(Msg("market.bad_supplier", value=supplier),
                                 column="supplier"))
    ident = int(raw)
    region = _supplier_region(engine, kind, ident)
    if region is None or not current_index(engine).visible(actor, (kind, ident)):
        raise _not_found("supplier", ident)
    if not 1 <= priority <= 9:
        raise InputError(Problem(Msg("market.bad_priority"), column="priority"))
    if event_id is not None:
        ev = _row(engine, MatchEvent.__table__, event_id)
        if ev is None:
            raise _not_found("event", event_id)
    t = MatchRequest.__table__
    status = "requested" if meet else "shortlisted"
    with engine.begin() as conn:
        if meet:
            refuse_pair(pair_asked(conn, need["created_by"], kind, ident, "supplier"),
                        "supplier")
        old = conn.execute(select(t.c.id, t.c.status, t.c.direction).where(
            t.c.need_id == need_id, t.c.supplier_kind == kind, t.c.supplier_id == ident)
        ).first()
        if old is not None and old[2] == "supplier":
            refuse_pair((int(old[0]), need_id), "supplier")
        if old is not None:
            keep = old[1] in ("accepted", "declined") and meet
            conn.execute(update(t).where(t.c.id == old[0]).values(
                priority=priority, event_id=event_id,
                **({} if keep else {"status": status})))
            return int(old[0])
        rid = conn.execute(t.insert().values(
            need_id=need_id, supplier_kind=kind, supplier_id=ident,
            supplier_region=region or need["region_code"], status=status,
            priority=priority, event_id=event_id, created_by=actor.username,
            created_at=utcnow()).returning(t.c.id)).scalar_one()
    return int(rid)


def _may_answer(engine: Engine, actor: Actor, req: dict[str, Any]) -> bool:
    if req.get("direction") == "supplier":  # the buyer answers: the need's readers
        need = _row(engine, MatchNeed.__table__, req["need_id"])
        return need is not None and _readable(actor, need)
    if actor.can("matching.manage", req["supplier_region"]):
        return True
    if req["supplier_kind"] == "offer":
        offer = _row(engine, MatchOffer.__table__, req["supplier_id"])
        return offer is not None and offer["created_by"] == actor.username
    return False


def answer_request(engine: Engine, actor: Actor, request_id: int, accept: bool) -> str:
    """The one asked accepts or declines a meeting request: the supplier (the offer's
    author, or the office for a register firm) a buyer's request, the buyer (the need's
    author, or the office of its region) a supplier's; returns the new status."""
    t = MatchRequest.__table__
    req = _row(engine, t, request_id)
    if req is None or not _may_answer(engine, actor, req):
        raise _not_found("request", request_id)
    if req["status"] == "shortlisted":
        raise InputError(Problem(Msg("market.not_requested"), column="status"))
    status = "accepted" if accept else "declined"
    with engine.begin() as conn:
        conn.execute(update(t).where(t.c.id == request_id).values(
            status=status, answered_by=actor.username, answered_at=utcnow()))
    return status


def requests_of(engine: Engine, actor: Actor, *, need_id: int | None = None,
                offer_id: int | None = None) -> list[dict[str, Any]]:
    """The requests of a need (its readers; each with the supplier's public profile) or
    of an offer (its readers), whichever side asked (``direction``)."""
    t = MatchRequest.__table__
    if need_id is not None:
        get_need(engine, actor, need_id)
        cond = t.c.need_id == need_id
    else:
        assert offer_id is not None
        get_offer(engine, actor, offer_id)
        cond = (t.c.supplier_kind == "offer") & (t.c.supplier_id == offer_id)
    n = MatchNeed.__table__
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(
            select(t, n.c.buyer, n.c.description).join(n, n.c.id == t.c.need_id)
            .where(cond).order_by(t.c.id)).mappings()]
    if need_id is not None:  # the buyer sees its suppliers' public profile only
        from rancang.features.matching.market_asks import with_profiles

        with_profiles(engine, rows)
    return rows


def firm_requests(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    """Requests to register firms of the regions the actor manages, to answer for them."""
    from rancang.core.db.scope import in_scope

    scope = actor.scope("matching.manage")
    if scope.empty:
        return []
    t, n = MatchRequest.__table__, MatchNeed.__table__
    cond = (t.c.supplier_kind == "firm") & (t.c.direction == "buyer")
    if not scope.everywhere:
        cond = cond & in_scope(t.c.supplier_region, scope)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(t, n.c.buyer, n.c.description).join(n, n.c.id == t.c.need_id)
            .where(cond).order_by(t.c.id.desc()).limit(500)).mappings()]


def check_event(*, region_code: str, name: str, held_on: date, slots: int,
                morning_slots: int, tables: int, start: str, minutes: int) -> None:
    """Refuse an event without a name or with slots, tables, start or minutes out of
    range (every problem at once)."""
    problems = []
    if not name.strip():
        problems.append(Problem(Msg("market.empty", field=Msg("market.f.name")),
                                column="name"))
    if not 1 <= slots <= 60:
        problems.append(Problem(Msg("market.bad_slots"), column="slots"))
    if not 0 <= morning_slots <= slots:
        problems.append(Problem(Msg("market.bad_morning"), column="morning_slots"))
    if not 1 <= tables <= 1000:
        problems.append(Problem(Msg("market.bad_tables"), column="tables"))
    hh, _, mm = start.partition(":")
    if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
        problems.append(Problem(Msg("market.bad_start", value=start), column="start"))
    if not 5 <= minutes <= 120:
        problems.append(Problem(Msg("market.bad_minutes"), column="minutes"))
    if problems:
        raise InputError(problems)


def create_event(engine: Engine, actor: Actor, *, region: str, name: str, held_on: date,
                 slots: int, morning_slots: int, tables: int, start: str = "09:00",
                 minutes: int = 20) -> int:
    """A Temu Usaha event of a region the actor manages."""
    check_event(region_code=region, name=name, held_on=held_on, slots=slots,
                morning_slots=morning_slots, tables=tables, start=start, minutes=minutes)
    actor.require("matching.manage", region)
    t = MatchEvent.__table__
    with engine.begin() as conn:
        return int(conn.execute(t.insert().values(
            region_code=region, name=name.strip(), held_on=held_on, slots=slots,
            morning_slots=morning_slots, tables=tables, start=start, minutes=minutes,
            created_by=actor.username, created_at=utcnow()).returning(t.c.id)).scalar_one())


def list_events(engine: Engine) -> list[dict[str, Any]]:
    """Every event, newest first (buyers choose one when they request a meeting)."""
    t = MatchEvent.__table__
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(t).order_by(t.c.held_on.desc(),
                                                                 t.c.id.desc())).mappings()]


def get_event(engine: Engine, actor: Actor, ident: int) -> dict[str, Any]:
    """An event the office of its region may manage (else 404 / 403)."""
    row = _row(engine, MatchEvent.__table__, ident)
    if row is None:
        raise _not_found("event", ident)
    actor.require_visible("matching.manage", row["region_code"], _not_found("event", ident))
    return row


def event_requests(engine: Engine, actor: Actor, ident: int) -> list[dict[str, Any]]:
    """The requests of an event, with the buyer and the supplier's name."""
    from rancang.features.registry.models import Enterprise

    get_event(engine, actor, ident)
    t, n = MatchRequest.__table__, MatchNeed.__table__
    o, e = MatchOffer.__table__, Enterprise.__table__
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(
            select(t, n.c.buyer, n.c.created_by.label("buyer_user"))
            .join(n, n.c.id == t.c.need_id).where(t.c.event_id == ident)
            .order_by(t.c.id)).mappings()]
        offers = dict(conn.execute(select(o.c.id, o.c.name).where(o.c.id.in_(
            [r["supplier_id"] for r in rows if r["supplier_kind"] == "offer"]))).all())
        firms = dict(conn.execute(select(e.c.id, e.c.name).where(e.c.id.in_(
            [r["supplier_id"] for r in rows if r["supplier_kind"] == "firm"]))).all())
    for r in rows:
        names = offers if r["supplier_kind"] == "offer" else firms
        r["supplier_name"] = names.get(r["supplier_id"], "")
    return rows


def event_of(engine: Engine, actor: Actor, ident: int) -> Any:
    """The scheduler's input (:class:`~rancang.features.matching.event.Event`) from an
    event's accepted requests: a buyer is one participant per account, a supplier one per
    firm or offer; a request goes from the side that asked (``B-<buyer>`` to the
    supplier, or the supplier to the buyer); a pair asked for twice (two needs) is one
    meeting at the higher priority."""
    from rancang.features.matching.event import Event, Participant, Request, Slot

    ev = get_event(engine, actor, ident)
    rows = [r for r in event_requests(engine, actor, ident) if r["status"] == "accepted"]
    if not rows:
        raise InputError(Problem(Msg("market.no_accepted")))
    people: dict[str, Participant] = {}
    pairs: dict[tuple[str, str], int] = {}
    for r in rows:
        b = f"B-{r['buyer_user']}"
        s = f"{'F' if r['supplier_kind'] == 'firm' else 'O'}-{r['supplier_id']}"
        people.setdefault(b, Participant(b, r["buyer_user"], r["buyer"], "buyer",
                                         frozenset()))
        people.setdefault(s, Participant(s, r["supplier_name"], r["supplier_name"],
                                         "seller", frozenset()))
        # who asked comes first; a pair asked both ways (two needs) is met once
        key = (s, b) if r.get("direction") == "supplier" else (b, s)
        if key[::-1] in pairs:
            key = key[::-1]
        pairs[key] = min(pairs.get(key, 99), int(r["priority"]))
    h, m = (int(x) for x in ev["start"].split(":"))
    slots = []
    for k in range(ev["slots"]):
        minute = h * 60 + m + k * ev["minutes"]
        slots.append(Slot(k + 1, f"{minute // 60 % 24:02d}:{minute % 60:02d}",
                          "morning" if k < ev["morning_slots"] else "afternoon"))
    requests = [Request(a, b, p, "any") for (a, b), p in pairs.items()]
    return Event(people, slots, requests, int(ev["tables"]))


def event_workbook(engine: Engine, actor: Actor, ident: int) -> bytes:
    """The event's accepted requests as the workbook ``rancang match schedule`` and the page
    ``/match/schedule`` read (sheets and columns in the current language): the office adds
    what the stored event does not hold (participants' unavailable slots, a request's
    session, fixed meetings, requests from sellers) and schedules the file."""
    from rancang.core.i18n import current_language
    from rancang.features.matching.demo import write_event_xlsx

    event = event_of(engine, actor, ident)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_event_xlsx(event, Path(tmp) / "event.xlsx",
                                indonesian=current_language() == "id")
        return path.read_bytes()


def schedule_event(engine: Engine, actor: Actor, ident: int, *, time_limit: float = 20.0,
                   progress: Any = None) -> tuple[Any, int, bytes]:
    """Schedule an event's accepted meetings and store them; the schedule, the number of
    meetings asked for and a ZIP of the files ``rancang match schedule`` writes (run as a
    job from the event's page: ``progress`` is the job's). The meetings stored before stay
    in their slots where they can (:mod:`rancang.features.matching.meetings`;
    ``moved.csv`` lists those that moved, as ``--keep`` does); refused once an outcome is
    recorded."""
    from rancang.features.matching import meetings as mt
    from rancang.features.matching.reschedule import keep_confirmed, write_moved
    from rancang.features.matching.service import (
        MAX_WEB_SECONDS,
        solve_with_progress,
        zip_files,
    )

    if progress is not None:
        progress(0.02, "jobs.step.reading")
    event = event_of(engine, actor, ident)
    mt.refuse_if_outcomes(engine, ident, "schedule")
    before = mt.confirmed(engine, ident)
    moved: list[Any] = []
    if before:
        event, _, moved = keep_confirmed(event, before)
    result, files = solve_with_progress(
        event, time_limit=min(max(1.0, time_limit), MAX_WEB_SECONDS), progress=progress)
    mt.save_schedule(engine, ident, event, result, before)
    if before:
        new_slot = {(event.requests[m.request].from_id, event.requests[m.request].to_id):
                    m.slot for m in result.meetings}
        with tempfile.TemporaryDirectory() as tmp:
            path = write_moved(Path(tmp) / "moved.csv", moved, new_slot)
            files.append((path.name, path.read_bytes()))
    return result, len(event.requests), zip_files(files)


def unmet(engine: Engine, actor: Actor | None = None, *, region: str | None = None
          ) -> list[dict[str, Any]]:
    """Open needs with no adequate supplier (every supplier counts, seen or not), by KBLI
    class and region: the number of needs and of buyers, the quantity; only needs the
    actor reads (``None``: every need, for the plan and siting), inside ``region``."""
    from rancang.features.matching.market_index import current_index

    return current_index(engine).unmet(engine, actor, region)


def unmet_of_region(engine: Engine, region: str) -> list[dict[str, Any]]:
    """The feature's ``demand`` hook (:class:`rancang.core.features.DemandHook`): every
    unmet need inside ``region``, whoever posted it (the rows of :func:`unmet`); none on a
    database without the matching tables."""
    from sqlalchemy import inspect

    if not inspect(engine).has_table("match_need"):
        return []
    return unmet(engine, region=region)
