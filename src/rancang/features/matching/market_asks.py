"""A supplier's meeting request to the buyer of a need it can serve, and the buyer's answer.

The other direction of :func:`rancang.features.matching.market.request_meeting` (issue 16:
meeting requests in both directions, with priority):

- The supplier is an offer (its author asks, or the office of the offer's region) or a
  register firm (the office of the firm's region asks on its behalf, as it answers for
  it). Anyone else asking for that supplier gets a 404, as for reading it.
- The need must be one of the supplier's "needs I can serve" (open, adequate: the same
  needs its page lists); any other need answers 404, as a need the supplier may not see.
- The buyer (the need's author, or the office of the need's region) accepts or declines
  (:func:`~rancang.features.matching.market.answer_request`), seeing the requesting
  supplier's public profile only (:func:`public_profile`: name, product, KBLI, place,
  certificates; never a firm's owner, contacts, NIB or reported values).
- An accepted request joins the event the supplier chose like a buyer's, with the
  supplier as the one who asked (``from_id`` ``F-<firm>`` / ``O-<offer>``).
- A pair already requested one way is not requested the other way: the buyer and the
  supplier (one buyer account, one supplier) meet once, so the second request is refused
  with the first one's number.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.matching.models import MatchEvent, MatchNeed, MatchOffer, MatchRequest


def parse_supplier(supplier: str) -> tuple[str, int]:
    """``firm:ID`` or ``offer:ID`` as its kind and id (anything else refused).

    >>> parse_supplier("offer:3")
    ('offer', 3)
    """
    kind, _, raw = supplier.partition(":")
    if kind not in ("firm", "offer") or not raw.isdigit():
        raise InputError(Problem(Msg("market.bad_supplier", value=supplier),
                                 column="supplier"))
    return kind, int(raw)


def acting_for(engine: Engine, actor: Actor, kind: str, ident: int) -> str:
    """The region of a supplier the actor acts for (an offer's author or the office of its
    region; the office of a register firm's region), else 404."""
    from rancang.features.matching import market as mk
    from rancang.features.matching import meetings as mt

    if kind == "offer":
        return str(mk.get_offer(engine, actor, ident)["region_code"])
    return str(mt.firm_needs_row(engine, actor, ident)["regency_code"] or "")


def pair_asked(conn: Connection, buyer_user: str, kind: str, ident: int, direction: str
               ) -> tuple[int, int] | None:
    """A request (its id and need) between one buyer account and one supplier asked by
    ``direction`` (a shortlist is not a request), if any."""
    t, n = MatchRequest.__table__, MatchNeed.__table__
    row = conn.execute(select(t.c.id, t.c.need_id).join(n, n.c.id == t.c.need_id).where(
        n.c.created_by == buyer_user, t.c.supplier_kind == kind, t.c.supplier_id == ident,
        t.c.direction == direction, t.c.status != "shortlisted").order_by(t.c.id)).first()
    return None if row is None else (int(row[0]), int(row[1]))


def refuse_pair(found: tuple[int, int] | None, by: str) -> None:
    """Say that the pair was already requested the other way (by ``by``)."""
    if found is not None:
        raise InputError(Problem(Msg(f"market.asked_by_{by}", id=found[0], need=found[1]),
                                 column="supplier"))


def request_buyer(engine: Engine, actor: Actor, supplier: str, need_id: int, *,
                  priority: int = 1, event_id: int | None = None) -> int:
    """The supplier ``supplier`` (``firm:ID`` / ``offer:ID``, one the actor acts for)
    requests a meeting with the buyer of a need it can serve, at ``priority`` (1 first)
    and optionally at an event. Asking again updates the request (never a second one);
    refused when the buyer already requested a meeting with this supplier."""
    from rancang.features.matching import market as mk
    from rancang.features.matching.market_index import current_index

    kind, ident = parse_supplier(supplier)
    region = acting_for(engine, actor, kind, ident)
    served = {int(s["need_id"]) for s in current_index(engine).served(engine, (kind, ident))}
    if need_id not in served:
        raise mk._not_found("need", need_id)
    if not 1 <= priority <= 9:
        raise InputError(Problem(Msg("market.bad_priority"), column="priority"))
    if event_id is not None and mk._row(engine, MatchEvent.__table__, event_id) is None:
        raise mk._not_found("event", event_id)
    t, n = MatchRequest.__table__, MatchNeed.__table__
    with engine.begin() as conn:
        buyer_user = str(conn.execute(select(n.c.created_by).where(n.c.id == need_id))
                         .scalar_one())
        refuse_pair(pair_asked(conn, buyer_user, kind, ident, "buyer"), "buyer")
        old = conn.execute(select(t.c.id, t.c.status, t.c.direction).where(
            t.c.need_id == need_id, t.c.supplier_kind == kind, t.c.supplier_id == ident)
        ).first()
        if old is not None:
            # the supplier's own request again, or the buyer's shortlist (not a request)
            answered = old[2] == "supplier" and old[1] in ("accepted", "declined")
            conn.execute(update(t).where(t.c.id == old[0]).values(
                priority=priority, event_id=event_id, direction="supplier",
                **({} if answered else {"status": "requested", "created_by":
                                        actor.username, "created_at": utcnow()})))
            return int(old[0])
        rid = conn.execute(t.insert().values(
            need_id=need_id, supplier_kind=kind, supplier_id=ident, supplier_region=region,
            status="requested", direction="supplier", priority=priority, event_id=event_id,
            created_by=actor.username, created_at=utcnow()).returning(t.c.id)).scalar_one()
    return int(rid)


def public_profile(engine: Engine, kind: str, ident: int) -> dict[str, Any]:
    """What a buyer sees of a supplier that asked to meet: its public fields only (name,
    product, KBLI, place, certificates)."""
    if kind == "offer":
        o = MatchOffer.__table__
        with engine.connect() as conn:
            r = conn.execute(select(o.c.name, o.c.products, o.c.kbli, o.c.region_code,
                                    o.c.certificates).where(o.c.id == ident)).first()
        if r is None:
            return {"name": "", "product": "", "kbli": "", "place": "", "certificates": []}
        return {"name": r[0], "product": r[1], "kbli": r[2], "place": r[3],
                "certificates": sorted(r[4] or [])}
    from rancang.features.registry.models import Enterprise, EnterprisePeriod

    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    with engine.connect() as conn:
        f = conn.execute(select(e.c.name, e.c.product, e.c.kbli, e.c.district_name,
                                e.c.regency_code).where(e.c.id == ident)).first()
        c = conn.execute(select(p.c.cert_sni, p.c.cert_halal).where(
            p.c.enterprise_id == ident).order_by(p.c.period.desc())).first()
    if f is None:
        return {"name": "", "product": "", "kbli": "", "place": "", "certificates": []}
    certs = [] if c is None else [k for k, v in (("halal", c[1]), ("sni", c[0])) if v]
    return {"name": f[0], "product": f[1] or "", "kbli": f[2] or "",
            "place": f[3] or f[4] or "", "certificates": certs}


def with_profiles(engine: Engine, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of requests, each with its supplier's public profile (``profile``)."""
    cache: dict[tuple[str, int], dict[str, Any]] = {}
    for r in rows:
        key = (str(r["supplier_kind"]), int(r["supplier_id"]))
        if key not in cache:
            cache[key] = public_profile(engine, *key)
        r["profile"] = cache[key]
    return rows


def supplier_requests(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    """Suppliers' requests to the needs the actor reads (its own, those of the regions it
    manages), newest first, each with the supplier's public profile: the buyer answers
    them."""
    from rancang.features.matching.market import _mine_or_scope

    t, n = MatchRequest.__table__, MatchNeed.__table__
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(
            select(t.c.id, t.c.need_id, t.c.supplier_kind, t.c.supplier_id, t.c.status,
                   t.c.priority, t.c.event_id, n.c.buyer, n.c.description)
            .join(n, n.c.id == t.c.need_id)
            .where(t.c.direction == "supplier", _mine_or_scope(actor, n))
            .order_by(t.c.id.desc()).limit(500)).mappings()]
    return with_profiles(engine, rows)


def supplier_asks(engine: Engine, actor: Actor, kind: str, ident: int
                  ) -> dict[int, dict[str, Any]]:
    """The supplier's own requests (by need), for its "needs I can serve" list."""
    acting_for(engine, actor, kind, ident)
    t = MatchRequest.__table__
    with engine.connect() as conn:
        return {int(r["need_id"]): dict(r) for r in conn.execute(
            select(t.c.id, t.c.need_id, t.c.status, t.c.priority, t.c.direction,
                   t.c.event_id).where(t.c.supplier_kind == kind,
                                       t.c.supplier_id == ident)).mappings()}
