"""Economic complexity in the plan document (the plan feature's ``sections`` hook): the
region's complexity index among the regions of the data and its diversification
opportunities, from :func:`run_complexity` (the service of ``rancang complexity``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import polars as pl

from rancang.core.errors import InputError
from rancang.core.i18n import text

if TYPE_CHECKING:
    from rancang.core.document import Block
    from rancang.features.plan.draft import DraftContext

TOP = 10


def sections(ctx: DraftContext) -> list[tuple[str, Block]]:
    """One block for ``kondisi.kompleksitas`` (none when the data holds too few regions)."""
    from rancang.core.document import Block, Table
    from rancang.features.complexity.service import run_complexity

    lang = ctx.lang
    try:
        res = ctx.cached("complexity", lambda: run_complexity(ctx.panel))
    except InputError:
        return []
    code = ctx.panel.region_codes[ctx.region_index]
    year = int(res.panel.years[-1])
    eci = res.tables["eci"].filter(pl.col("year") == year).sort("eci", descending=True)
    codes = eci["region_code"].to_list()
    if code not in codes:
        return []
    position = codes.index(code) + 1
    value = float(eci.filter(pl.col("region_code") == code)["eci"][0])
    names = dict(zip(ctx.panel.industry_codes, ctx.panel.industry_names, strict=True))
    opp = (res.tables["opportunities"]
           .filter((pl.col("region_code") == code) & (pl.col("year") == year))
           .sort("rank").head(TOP))
    from rancang.features.complexity.export import for_people

    # the drivers' proximities with the document's decimal separator ("C (0,25)" in
    # Indonesian), as the workbook shows them
    opp = for_people("opportunities", opp, lang)
    rows: list[list[Any]] = [[int(r), c, names.get(c, c), s, f"{int(lo)}-{int(hi)}", d]
                             for c, s, r, lo, hi, d in opp.select(
                                 "industry_code", "score", "rank", "rank_low", "rank_high",
                                 "drivers").iter_rows()]
    table = Table("complexity.opportunities", text("plan.tbl.opportunities", lang),
                  [text("plan.col.rank", lang), text("plan.col.code", lang),
                   text("plan.col.industry", lang), text("plan.col.score", lang),
                   text("plan.col.rank_range", lang), text("plan.col.drivers", lang)],
                  rows, [0, None, None, 3, None, None],
                  ctx.source_line(text("plan.method.complexity", lang,
                                       n=len(codes), threshold=ctx.num(res.threshold, 1))))
    body = text("plan.txt.complexity", lang, region=ctx.region_name, year=year,
                eci=ctx.num(value, 2), position=position, n=len(codes),
                top=", ".join(str(r[2]) for r in rows[:3]) or "-")
    return [("kondisi.kompleksitas", Block("complexity.eci", body, [table],
                                           {"service": "rancang.features.complexity."
                                                       "run_complexity",
                                            "year": year, "eci": value}))]
