"""Unmet demand in the plan document (the plan feature's ``sections`` hook): buyers' open
needs in the plan's region that no local supplier meets, by KBLI class
(:func:`rancang.features.matching.market.unmet`), as candidates for import substitution and
new sentra IKM. Only counts of needs and buyers are shown, never a buyer's name; a
quantity stands only when at least 3 buyers are behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rancang.core.i18n import text

if TYPE_CHECKING:
    from rancang.core.document import Block
    from rancang.features.plan.draft import DraftContext


def unmet_rows(engine: Any, region: str) -> list[list[Any]]:
    """One row per KBLI class: code, needs, buyers, quantity (None under 3 buyers)."""
    from rancang.features.matching.market import unmet

    by_kbli: dict[str, list[Any]] = {}
    for r in unmet(engine, region=region):
        row = by_kbli.setdefault(r["kbli"], [r["kbli"], 0, 0, 0.0])
        row[1] += r["needs"]
        row[2] += r["buyers"]
        row[3] += r["quantity"] or 0.0
    return [[k, n, b, q if b >= 3 else None] for k, n, b, q in
            sorted(by_kbli.values(), key=lambda r: (-r[1], r[0]))]


def sections(ctx: DraftContext) -> list[tuple[str, Block]]:
    """One block for ``program.perwilayahan`` (none without a register database or unmet
    needs there)."""
    from sqlalchemy import inspect

    from rancang.core.document import Block, Table

    if ctx.register is None or not inspect(ctx.register).has_table("match_need"):
        return []
    lang = ctx.lang
    rows = unmet_rows(ctx.register, ctx.plan.region_code)
    if not rows:
        return []
    table = Table("matching.unmet", text("plan.tbl.unmet", lang),
                  [text("market.f.kbli", lang), text("market.f.needs", lang),
                   text("market.f.buyers", lang), text("market.f.quantity", lang)],
                  rows, [None, 0, 0, 0], text("plan.src.unmet", lang))
    body = text("plan.txt.unmet", lang, needs=sum(r[1] for r in rows))
    return [("program.perwilayahan", Block("matching.unmet", body, [table],
                                           {"service": "rancang.features.matching.market."
                                                       "unmet"}))]
