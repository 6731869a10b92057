"""Input-output results in the plan document (the plan feature's ``sections`` hook):
output and income multipliers, backward and forward linkages with the key sectors, and
import dependence, from :func:`run_io` (the service of ``rancang io``), regionalised to
the plan's region with the FLQ when the PDRB data holds it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rancang.core.errors import InputError
from rancang.core.i18n import text, value_label

if TYPE_CHECKING:
    from rancang.core.document import Block
    from rancang.features.plan.draft import DraftContext


def sections(ctx: DraftContext) -> list[tuple[str, Block]]:
    """One block for ``kondisi.keterkaitan`` (none without an IO table)."""
    from rancang.core.document import Block, Table
    from rancang.features.inputoutput.service import IOOptions, run_io

    io = ctx.io
    if io is None:
        return []
    lang = ctx.lang
    try:
        res = ctx.cached(f"io:{ctx.region}", lambda: run_io(
            io, ctx.panel, IOOptions(region=ctx.region)))
        regional = True
    except InputError:
        res = ctx.cached("io", lambda: run_io(io))
        regional = False
    mult = res.tables["multipliers"]
    links = res.tables["linkages"]
    by_sector = {r["sector"]: r for r in links.iter_rows(named=True)}
    rows: list[list[Any]] = []
    for r in mult.iter_rows(named=True):
        link = by_sector.get(r["sector"], {})
        rows.append([r["sector"], r["sector_name"], r["output"], r["income"],
                     link.get("backward"), link.get("forward"),
                     value_label("class", link.get("class"), lang)])
    table = Table("inputoutput.linkages", text("plan.tbl.io", lang),
                  [text("plan.col.code", lang), text("plan.col.industry", lang),
                   text("plan.col.output_multiplier", lang),
                   text("plan.col.income_multiplier", lang),
                   text("plan.col.backward", lang), text("plan.col.forward", lang),
                   text("plan.col.class", lang)],
                  rows, [None, None, 3, 3, 3, 3, None],
                  text("plan.src.io", lang, table=io.title or io.source,
                       method="FLQ" if regional else "-"))
    keys = [r[1] for r in rows if r[4] is not None and r[5] is not None
            and r[4] > 1 and r[5] > 1]
    top = max(rows, key=lambda r: r[2] if r[2] is not None else float("-inf"))
    body = text("plan.txt.io", lang, keys=", ".join(keys) or "-", top=top[1],
                multiplier=ctx.num(top[2], 2))
    return [("kondisi.keterkaitan", Block("inputoutput.linkages", body, [table],
                                          {"service": "rancang.features.inputoutput.run_io",
                                           "regionalised": regional}))]
