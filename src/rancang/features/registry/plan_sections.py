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
    ctx.sources["register"] = register_stamp(ctx.register, region, year)
    titles = manufacturing_groups()
    codes = sorted({k.split("@")[0] for k in by_measure["units"] if k.endswith(f"@{year}")},
                   key=lambda c: (c == "TOTAL", c))
    out: list[list[Any]] = []
    for code in codes:
        units = by_measure["units"].get(f"{code}@{year}", {})
        workers = by_measure["workers"].get(f"{code}@{year}", {})
        # one case style in every table of the document (sentence case, as the ranking)
        label = (text("plan.col.total", lang) if code == "TOTAL"
                 else titles.get(code, "").capitalize())
        out.append([code, label, units.get("value"), workers.get("value")])
    table = Table("registry.industry", text("plan.tbl.register", lang, year=year),
                  [text("plan.col.kbli", lang), text("plan.col.industry", lang),
                   text("plan.col.units", lang), text("plan.col.workers", lang)],
                  out, [None, None, 0, 0], text("plan.src.register", lang, year=year))
    total = next((r for r in out if r[0] == "TOTAL"), None)
    body = "" if total is None or total[2] is None else text(
        "plan.txt.register", lang, year=year, units=ctx.num(total[2], 0),
        workers="-" if total[3] is None else ctx.num(total[3], 0))
    out_blocks = [("kondisi.industri", Block("registry.industry", body, [table],
                                             {"service": "rancang.features.registry.records."
                                                         "published_aggregate",
                                              "suppression": "fewer than 3 firms",
                                              "year": year}))]
    kbli = kbli_block(ctx)
    if kbli is not None:
        out_blocks.append(("program.unggulan", kbli))
    return out_blocks


def register_stamp(engine: Any, region: str, year: int) -> dict[str, Any]:
    """What the register section was built from, for the plan's ``sources``: the register
    version (:func:`~rancang.features.registry.review.register_version`, the last audit
    entry: it changes with every change or publication of a record), the number of
    published records of ``region`` and the latest year of the aggregate."""
    from sqlalchemy import func, or_, select

    from rancang.features.registry.models import Enterprise
    from rancang.features.registry.publish import published_condition
    from rancang.features.registry.review import register_version

    e = Enterprise.__table__
    with engine.connect() as conn:
        version = register_version(conn)
        n = conn.execute(select(func.count()).select_from(e).where(
            published_condition(),
            or_(e.c.regency_code == region, e.c.regency_code.like(region + ".%")))
        ).scalar_one()
    return {"version": version, "published_records": int(n), "year": year}


def _other_regencies(frame: Any, region: str) -> bool:
    """Whether the register holds published records of another regency of the region's
    province (the reference of the KBLI ranking without a reference table).

    >>> import polars as pl
    >>> f = pl.DataFrame({"regency_code": ["72.06", "72.06"]})
    >>> _other_regencies(f, "72.06"), _other_regencies(
    ...     pl.DataFrame({"regency_code": ["72.06", "72.03"]}), "72.06")
    (False, True)
    """
    import polars as pl

    prov = region.split(".")[0] + "."
    return bool(frame.filter(pl.col("regency_code").str.starts_with(prov)
                             & (pl.col("regency_code") != region)).height)


def kbli_block(ctx: DraftContext) -> Block | None:
    """Leading industries at KBLI 2-digit: LQ of workers and output value against the
    reference, ranked with the draft's weights and rank intervals, with the evidence of
    each (:func:`~rancang.features.registry.kbli_leading.kbli_leading`; suppressed cells
    show no number)."""
    from rancang.core.document import Block, Chart, Table
    from rancang.features.registry.kbli_leading import evidence, kbli_leading
    from rancang.features.registry.panel import load_register
    from rancang.reference.kbli import manufacturing_groups

    assert ctx.register is not None
    lang = ctx.lang
    region = ctx.plan.region_code
    reference = ctx.kbli_reference
    label = (str(ctx.sources.get("kbli_reference", {}).get("file", "")) if reference
             else text("plan.ref.province_register", lang, code=region.split(".")[0]))
    frame = load_register(ctx.register, published=True)
    if reference is None and not _other_regencies(frame, region):
        # the province's register is the region itself: every LQ would be 1, a ranking
        # no evidence; said plainly instead
        if frame.filter(frame["regency_code"] == region).height == 0:
            return None
        return Block("registry.kbli_leading", text(
            "plan.txt.kbli_self", lang, region=ctx.region_name or region), [],
            {"service": "rancang.features.registry.kbli_leading.kbli_leading",
             "reference": "none: the register holds the region only"})
    res = kbli_leading(frame, region,
                       reference=reference, reference_label=label,
                       weights=ctx.options.weights)
    if res is None:
        return None
    titles = manufacturing_groups()
    rows: list[list[Any]] = []
    for r in res.rows:
        span = "-" if r.rank is None else f"{r.rank_low}-{r.rank_high}"
        rows.append([r.rank, r.code, titles.get(r.code, "").capitalize(), r.units, r.workers,
                     r.lq_workers, r.lq_output, span, evidence(r, ctx.num, lang) or "-"])
    weights = ", ".join(f"{k}={ctx.num(v, 2)}" for k, v in res.weights.items())
    source = text("plan.src.kbli_leading", lang, year=res.year, reference=res.reference,
                  weights=weights, n=res.suppressed)
    if res.first_year is not None:
        source += text("registry.kbli.src_dlq", lang, start=res.first_year, end=res.year)
    table = Table("registry.kbli_leading", text("plan.tbl.kbli_leading", lang, year=res.year),
                  [text("plan.col.rank", lang), text("plan.col.kbli", lang),
                   text("plan.col.industry", lang), text("plan.col.units", lang),
                   text("plan.col.workers", lang), text("plan.col.lq_workers", lang),
                   text("plan.col.lq_output", lang), text("plan.col.rank_range", lang),
                   text("plan.col.evidence", lang)],
                  rows, [0, None, None, 0, 0, 2, 2, None, None], source)
    ranked = [r for r in res.rows if r.rank is not None][:15]
    charts = []
    if ranked:
        charts.append(Chart("registry.kbli_ranking_chart", "intervals",
                            text("plan.tbl.kbli_leading", lang, year=res.year),
                            {"labels": [f"{r.code} {titles.get(r.code, '')[:30].capitalize()}"
                                        for r in ranked],
                             "rank": [r.rank for r in ranked],
                             "low": [r.rank_low for r in ranked],
                             "high": [r.rank_high for r in ranked],
                             "xlabel": text("plan.chart.rank_axis", lang)}, source))
    body = text("plan.txt.kbli_leading", lang, top=", ".join(
        f"{r.code} {titles.get(r.code, '').capitalize()} ({r.rank_low}-{r.rank_high})"
        for r in ranked[:3]) or "-")
    return Block("registry.kbli_leading", body, [table],
                 {"service": "rancang.features.registry.kbli_leading.kbli_leading",
                  "year": res.year, "reference": res.reference, "weights": res.weights,
                  "suppressed": res.suppressed}, charts)
