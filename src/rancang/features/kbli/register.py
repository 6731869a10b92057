"""KBLI suggestions for the register's firms that have no KBLI code (never applied: the
office reviews them and sets a code through the register's own edit, which is audited)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Select, func, or_, select

from rancang.core.actors import Actor, Forbidden
from rancang.core.db.scope import in_scope
from rancang.features.kbli.batch import output_columns
from rancang.features.kbli.coder import KbliCoder


def _without_kbli(user: Actor, *columns: Any) -> Select[Any]:
    """``columns`` of the live records without a KBLI code that ``user`` may read."""
    from rancang.features.registry.models import Enterprise

    scope = user.scope("registry.records.read")
    if scope.empty:
        raise Forbidden("registry.aggregates_only")
    e = Enterprise.__table__
    stmt = select(*columns).select_from(e).where(
        e.c.merged_into_id.is_(None), or_(e.c.kbli.is_(None), e.c.kbli == ""))
    return stmt if scope.everywhere else stmt.where(in_scope(e.c.regency_code, scope))


def _records(engine: Engine, user: Actor, limit: int | None) -> list[tuple[Any, ...]]:
    from rancang.features.registry.models import Enterprise

    e = Enterprise.__table__
    stmt = _without_kbli(user, e.c.id, e.c.name, e.c.regency_code, e.c.product).order_by(e.c.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(stmt)]


def register_suggestions(engine: Engine, user: Actor, *, top: int = 3,
                         limit: int | None = None) -> tuple[list[str], list[list[Any]]]:
    """Live records without a KBLI code in the user's region, each with the ``top``
    suggested classes for its product; returns (header, rows), the first ``limit`` records
    when given. Reads only."""
    coder = KbliCoder.default()
    header = ["id", "name", "regency_code", "product", *output_columns(top)]
    rows: list[list[Any]] = []
    for rid, name, regency, product in _records(engine, user, limit):
        cells: list[Any] = [""] * len(output_columns(top))
        found = coder.suggest(product, top=top) if product and product.strip() else []
        for k, s in enumerate(found):
            cells[3 * k: 3 * k + 3] = [s.code, s.title, f"{s.score:.3f}"]
        if found:
            cells[-1] = " ".join(found[0].matched)
        rows.append([rid, name, regency or "", product or "", *cells])
    return header, rows


def suggestions_page(engine: Engine, user: Actor, *, top: int = 3, limit: int = 100
                     ) -> dict[str, Any]:
    """What the page ``/kbli/register`` shows: the number of records without KBLI in the
    user's region and, for the first ``limit``, each suggestion with its reason."""
    from rancang.features.kbli.service import explain

    with engine.connect() as conn:
        total = int(conn.execute(_without_kbli(user, func.count())).scalar_one())
    coder = KbliCoder.default()
    records = []
    for rid, name, regency, product in _records(engine, user, limit):
        found = coder.suggest(product, top=top) if product and product.strip() else []
        records.append({"id": rid, "name": name, "regency_code": regency or "",
                        "product": product or "",
                        "suggestions": [{"code": s.code, "title": s.title,
                                         "score": s.score, "why": explain(s)}
                                        for s in found]})
    return {"total": total, "records": records, "limit": limit}


def import_suggestions(texts: list[str], *, top: int = 3) -> list[list[dict[str, Any]]]:
    """The ``kbli_suggest`` hook (:class:`rancang.core.features.KbliSuggestHook`): the
    coder's ``top`` classes for each product text, with their titles and the words that
    matched (an empty list for a blank text). Reads only; the register import offers
    them for its rows without KBLI and applies only the ones the user chooses.

    >>> [s["code"] for s in import_suggestions(["roti manis"], top=1)[0]]
    ['10710']
    """
    coder = KbliCoder.default()
    wanted = [(k, t.strip()) for k, t in enumerate(texts) if t and t.strip()]
    found = coder.suggest_many([t for _, t in wanted], top=top) if wanted else []
    out: list[list[dict[str, Any]]] = [[] for _ in texts]
    for (k, _), hits in zip(wanted, found, strict=True):
        out[k] = [{"code": s.code, "title": s.title, "score": round(float(s.score), 3),
                   "matched": list(s.matched)} for s in hits]
    return out
