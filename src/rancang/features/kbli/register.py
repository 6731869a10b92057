"""KBLI suggestions for the register's firms that have no KBLI code (never applied: the
office reviews them and sets a code through the register's own edit, which is audited)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, or_, select

from rancang.core.actors import Actor, Forbidden
from rancang.core.db.scope import in_scope
from rancang.features.kbli.batch import output_columns
from rancang.features.kbli.coder import KbliCoder


def register_suggestions(engine: Engine, user: Actor, *, top: int = 3
                         ) -> tuple[list[str], list[list[Any]]]:
    """Live records without a KBLI code in the user's region, each with the ``top``
    suggested classes for its product; returns (header, rows). Reads only."""
    from rancang.features.registry.models import Enterprise

    scope = user.scope("registry.records.read")
    if scope.empty:
        raise Forbidden("registry.aggregates_only")
    e = Enterprise.__table__
    stmt = (select(e.c.id, e.c.name, e.c.regency_code, e.c.product)
            .where(e.c.merged_into_id.is_(None), or_(e.c.kbli.is_(None), e.c.kbli == ""))
            .order_by(e.c.id))
    if not scope.everywhere:
        stmt = stmt.where(in_scope(e.c.regency_code, scope))
    coder = KbliCoder.default()
    header = ["id", "name", "regency_code", "product", *output_columns(top)]
    rows: list[list[Any]] = []
    with engine.connect() as conn:
        for rid, name, regency, product in conn.execute(stmt):
            cells: list[Any] = [""] * len(output_columns(top))
            found = coder.suggest(product, top=top) if product and product.strip() else []
            for k, s in enumerate(found):
                cells[3 * k: 3 * k + 3] = [s.code, s.title, f"{s.score:.3f}"]
            if found:
                cells[-1] = " ".join(found[0].matched)
            rows.append([rid, name, regency or "", product or "", *cells])
    return header, rows
