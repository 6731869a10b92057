"""Sentra IKM and industrial estates: records, membership and needs, audited."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine, func, insert, select

from rancang.core.errors import InputError, Problem
from rancang.features.registry.audit import actor_name, jsonable, log_many
from rancang.features.registry.models import Enterprise, IndustrialEstate, Sentra

#: Needs an estate posts for local suppliers (seed 002), as machine keys.
ESTATE_NEEDS = (
    "logistics",
    "food_beverage",
    "spare_parts",
    "packaging",
    "housing",
    "cleaning",
    "workshop",
    "construction",
    "transport",
    "catering",
)
#: PP 29/2018: a sentra has at least five IKM units.
SENTRA_MIN_MEMBERS = 5


def add_sentra(
    engine: Engine,
    *,
    name: str,
    main_product: str | None = None,
    kbli: str | None = None,
    regency_code: str | None = None,
    district_code: str | None = None,
    village_code: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    decree_number: str | None = None,
    decree_date: date | None = None,
    actor: str | None = None,
) -> int:
    """Record a sentra IKM; returns its id (audited)."""
    values = {k: v for k, v in locals().items() if k not in ("engine", "actor")}
    with engine.begin() as conn:
        sid = conn.execute(insert(Sentra).values(**values).returning(Sentra.id)).scalar_one()
        log_many(
            conn,
            [
                {
                    "action": "create",
                    "entity": "sentra",
                    "entity_id": sid,
                    "after": jsonable({k: v for k, v in values.items() if v is not None}),
                }
            ],
            actor=actor_name(actor),
        )
    return int(sid)


def add_estate(
    engine: Engine,
    *,
    name: str,
    operator: str | None = None,
    regency_code: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    area_ha: float | None = None,
    tenants: int | None = None,
    needs: tuple[str, ...] | list[str] = (),
    actor: str | None = None,
) -> int:
    """Record an industrial estate and what its tenants need; returns its id (audited).

    ``needs`` are keys of :data:`ESTATE_NEEDS` (logistics, food_beverage, spare_parts,
    packaging, housing, ...).
    """
    bad = [n for n in needs if n not in ESTATE_NEEDS]
    if bad:
        raise InputError(
            Problem(f"kebutuhan tidak dikenal: {', '.join(bad)} (pilih: {', '.join(ESTATE_NEEDS)})")
        )
    values = {
        "name": name,
        "operator": operator,
        "regency_code": regency_code,
        "latitude": latitude,
        "longitude": longitude,
        "area_ha": area_ha,
        "tenants": tenants,
        "needs": list(needs),
    }
    with engine.begin() as conn:
        eid = conn.execute(insert(IndustrialEstate).values(**values)
                           .returning(IndustrialEstate.id)).scalar_one()
        log_many(
            conn,
            [
                {
                    "action": "create",
                    "entity": "industrial_estate",
                    "entity_id": eid,
                    "after": {k: v for k, v in values.items() if v is not None},
                }
            ],
            actor=actor_name(actor),
        )
    return int(eid)


def sentra_overview(engine: Engine) -> list[dict[str, Any]]:
    """Every sentra with its number of active member firms and whether it meets PP 29/2018.

    Returns
    -------
    list of dict
        ``id, name, members, meets_minimum`` (members >= 5), largest first.
    """
    s, e = Sentra.__table__, Enterprise.__table__
    q = (
        select(s.c.id, s.c.name, func.count(e.c.id))
        .join(e, (e.c.sentra_id == s.c.id) & e.c.merged_into_id.is_(None), isouter=True)
        .group_by(s.c.id, s.c.name)
        .order_by(func.count(e.c.id).desc(), s.c.id)
    )
    with engine.connect() as conn:
        return [
            {"id": i, "name": n, "members": int(m), "meets_minimum": int(m) >= SENTRA_MIN_MEMBERS}
            for i, n, m in conn.execute(q)
        ]
