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
    tables = [table]
    imports = res.tables.get("imports")
    if imports is not None and imports.height:
        # import dependence (raw-material imports, a RIPIN indicator): the direct import
        # coefficient m_j / x_j and the total one (m/x) L of each sector, in % of output
        irows: list[list[Any]] = [
            [r["sector"], r["sector_name"], 100 * r["import_direct"],
             100 * r["import_foreign"], 100 * r["import_other_regions"],
             100 * r["import_leakage"], 100 * r["import_total"]]
            for r in imports.iter_rows(named=True)]
        tables.append(Table(
            "inputoutput.imports", text("plan.tbl.io_imports", lang),
            [text("plan.col.code", lang), text("plan.col.industry", lang),
             text("plan.col.import_direct", lang), text("plan.col.import_foreign", lang),
             text("plan.col.import_regions", lang), text("plan.col.import_leakage", lang),
             text("plan.col.import_total", lang)],
            irows, [None, None, 2, 2, 2, 2, 2],
            text("plan.src.io_imports", lang, table=io.title or io.source)))
        manufacturing = next((r for r in irows if r[0] == "C"), None)
        if manufacturing is not None:
            body += " " + text("plan.txt.io_imports", lang,
                               direct=ctx.num(manufacturing[2], 1),
                               total=ctx.num(manufacturing[6], 1))
    return [("kondisi.keterkaitan", Block("inputoutput.linkages", body, tables,
                                          {"service": "rancang.features.inputoutput.run_io",
                                           "regionalised": regional}))]
