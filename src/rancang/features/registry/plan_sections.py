"""The industry register in the plan document (the plan feature's ``sections`` hook):
firms and workers by KBLI division in the plan's region, from the published aggregate
(:func:`published_aggregate`: cells of fewer than 3 firms and their complements
suppressed, UU 3/2014 arts. 69-70), the same table the register pages publish."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rancang.core.i18n import text

if TYPE_CHECKING:
    from rancang.core.document import Block
    from rancang.features.plan.draft import DraftContext


def sections(ctx: DraftContext) -> list[tuple[str, Block]]:
    """One block for ``kondisi.industri`` (none without a register or firms there)."""
    from rancang.core.document import Block, Table
    from rancang.features.registry.records import published_aggregate
    from rancang.reference.kbli import manufacturing_groups

    if ctx.register is None:
        return []
    lang = ctx.lang
    region = ctx.plan.region_code
    by_measure: dict[str, dict[str, dict[str, Any]]] = {}
    years: set[int] = set()
    for measure in ("units", "workers"):
        rows = [r for r in published_aggregate(ctx.register, measure=measure, level=2)
                if r["region_code"] == region]
        years |= {int(r["year"]) for r in rows}
        by_measure[measure] = {f"{r['industry_code']}@{r['year']}": r for r in rows}
    if not years:
        return []
    year = max(years)
    titles = manufacturing_groups()
    codes = sorted({k.split("@")[0] for k in by_measure["units"] if k.endswith(f"@{year}")},
                   key=lambda c: (c == "TOTAL", c))
    out: list[list[Any]] = []
    for code in codes:
        units = by_measure["units"].get(f"{code}@{year}", {})
        workers = by_measure["workers"].get(f"{code}@{year}", {})
        label = text("plan.col.total", lang) if code == "TOTAL" else titles.get(code, "")
        out.append([code, label, units.get("value"), workers.get("value")])
    table = Table("registry.industry", text("plan.tbl.register", lang, year=year),
                  [text("plan.col.kbli", lang), text("plan.col.industry", lang),
                   text("plan.col.units", lang), text("plan.col.workers", lang)],
                  out, [None, None, 0, 0], text("plan.src.register", lang, year=year))
    total = next((r for r in out if r[0] == "TOTAL"), None)
    body = "" if total is None or total[2] is None else text(
        "plan.txt.register", lang, year=year, units=ctx.num(total[2], 0),
        workers="-" if total[3] is None else ctx.num(total[3], 0))
    return [("kondisi.industri", Block("registry.industry", body, [table],
                                       {"service": "rancang.features.registry.records."
                                                   "published_aggregate",
                                        "suppression": "fewer than 3 firms",
                                        "year": year}))]
