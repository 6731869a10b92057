"""Region transfers: the one way a firm moves to another regency.

An import never moves a stored firm to another regency, and never matches a firm stored
outside the importer's region (:mod:`rancang.features.registry.ownership`). When a firm
really moved (or was registered by the wrong office), an analyst of the region that wants
it asks for it by NIB (:func:`request_transfer`); the request is listed for both regions
(:func:`list_transfers`); an analyst of the firm's current region, never the requester,
approves or rejects it (:func:`decide_transfer`). Until approved, the requesting region
sees the NIB it gave and nothing of the firm. Every step is audited.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert, or_, select, update

from rancang.core.actors import Actor, Forbidden
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.registry.audit import log_many
from rancang.features.registry.models import Enterprise, RegionTransfer
from rancang.features.registry.normalize import match_key
from rancang.features.registry.review import ConflictError
from rancang.features.registry.service import location_from_village

VILLAGE = r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$"


def request_transfer(engine: Engine, actor: Actor, *, nib: str, village_code: str,
                     reason: str = "") -> dict[str, Any]:
    """Ask for the firm with ``nib`` to move to ``village_code`` (a village of a region
    where ``actor`` may edit records). Returns the request as :func:`list_transfers`
    shows it to the requester."""
    import re

    nib, village_code = nib.strip(), village_code.strip()
    problems = []
    if not re.fullmatch(r"\d{13}", nib):
        problems.append(Problem(Msg("registry.nib", value=nib), column="nib"))
    if not re.fullmatch(VILLAGE, village_code):
        problems.append(Problem(Msg("registry.region_format", value=village_code),
                                column="village_code"))
    if problems:
        raise InputError(problems)
    if not actor.can("registry.records.edit", village_code):
        raise Forbidden("registry.village_outside", village=village_code,
                        own=", ".join(actor.scope("registry.records.edit").regions))
    e, t = Enterprise.__table__, RegionTransfer.__table__
    to_regency = village_code[:5]
    with engine.begin() as conn:
        firm = conn.execute(select(e.c.id, e.c.regency_code).where(
            e.c.nib == nib, e.c.merged_into_id.is_(None)).order_by(e.c.id)).first()
        if firm is None:
            raise NotFoundError("registry.transfer_no_firm", nib=nib)
        if firm.regency_code == to_regency:
            raise InputError(Problem(Msg("registry.transfer_same", region=to_regency),
                                     column="village_code"))
        pending = conn.execute(select(t.c.id).where(t.c.enterprise_id == firm.id,
                                                    t.c.status == "pending")).first()
        if pending is not None:
            raise ConflictError(Problem(Msg("registry.transfer_pending", id=pending.id)))
        now = utcnow()
        tid = int(conn.execute(insert(t).values(
            enterprise_id=firm.id, from_regency=firm.regency_code or "", to_regency=to_regency,
            to_village_code=village_code, reason=reason.strip()[:2000] or None,
            status="pending", requested_by=actor.username, requested_at=now,
        ).returning(t.c.id)).scalar_one())
        log_many(conn, [{"action": "transfer_request", "entity": "enterprise",
                         "entity_id": firm.id,
                         "after": {"transfer": tid, "to_village_code": village_code}}],
                 actor=actor.username)
    return next(x for x in list_transfers(engine, actor) if x["id"] == tid)


def list_transfers(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    """Transfer requests from or to the regions where ``actor`` may read records, newest
    first. The firm's name is shown only to those who may read it where it is now."""
    scope = actor.scope("registry.records.read")
    if scope.empty:
        raise Forbidden("registry.aggregates_only")
    e, t = Enterprise.__table__, RegionTransfer.__table__
    stmt = (select(t, e.c.nib, e.c.name, e.c.regency_code.label("now_regency"))
            .join(e, e.c.id == t.c.enterprise_id).order_by(t.c.id.desc()))
    if not scope.everywhere:
        stmt = stmt.where(or_(in_scope(t.c.from_regency, scope), in_scope(t.c.to_regency, scope)))
    out = []
    with engine.connect() as conn:
        for r in conn.execute(stmt).mappings():
            row = dict(r)
            sees_firm = scope.contains(row.pop("now_regency"))
            row["name"] = row["name"] if sees_firm else None
            row["enterprise_id"] = row["enterprise_id"] if sees_firm else None
            row["may_decide"] = (row["status"] == "pending"
                                 and actor.can("registry.records.edit", row["from_regency"])
                                 and actor.username != row["requested_by"])
            out.append(row)
    return out


def decide_transfer(engine: Engine, actor: Actor, transfer_id: int, *,
                    approve: bool) -> dict[str, Any]:
    """Approve (the firm moves, audited) or reject a pending request. Only an actor who
    may edit records of the firm's current region, and not the requester, decides."""
    e, t = Enterprise.__table__, RegionTransfer.__table__
    with engine.begin() as conn:
        req = conn.execute(select(t).where(t.c.id == transfer_id)).mappings().first()
        missing = NotFoundError("registry.transfer_unknown", id=transfer_id)
        if req is None:
            raise missing
        actor.require_visible("registry.records.edit", req["from_regency"], missing)
        if actor.username == req["requested_by"]:
            raise Forbidden("registry.transfer_own")
        if req["status"] != "pending":
            raise ConflictError(Problem(Msg("registry.transfer_decided", id=transfer_id)))
        status = "approved" if approve else "rejected"
        conn.execute(update(t).where(t.c.id == transfer_id).values(
            status=status, decided_by=actor.username, decided_at=utcnow()))
        entries: list[dict[str, Any]] = [{
            "action": f"transfer_{'approve' if approve else 'reject'}", "entity": "enterprise",
            "entity_id": req["enterprise_id"], "after": {"transfer": transfer_id}}]
        if approve:
            firm = conn.execute(select(e).where(e.c.id == req["enterprise_id"])).mappings().one()
            changes = {"village_code": req["to_village_code"]}
            changes.update(location_from_village(changes, firm))
            before = {k: firm[k] for k in changes}
            merged = {**dict(firm), **changes}
            conn.execute(update(e).where(e.c.id == firm["id"]).values(
                **changes, updated_at=utcnow(),
                match_key=match_key(merged["name"], merged["address"], merged["village_code"])))
            entries.append({"action": "update", "entity": "enterprise", "entity_id": firm["id"],
                            "before": before, "after": changes})
        log_many(conn, entries, actor=actor.username)
    return {"id": transfer_id, "status": status}
