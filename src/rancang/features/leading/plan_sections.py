"""The leading-industry analysis in the plan document (the plan feature's ``sections``
hook): the structure and growth of the economy, base sectors (SLQ, DLQ and their
quadrants, shift-share, Klassen) and the ranking of leading industries, from the same
service as ``rancang analyze`` and the dashboard (:func:`run_analysis`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import polars as pl

from rancang.core.i18n import render_text, text, value_label

if TYPE_CHECKING:
    from rancang.core.document import Block, Chart
    from rancang.features.leading.service import AnalysisResult
    from rancang.features.plan.draft import DraftContext


def analysis(ctx: DraftContext) -> AnalysisResult:
    """:func:`run_analysis` for the plan's region (once per draft)."""
    from rancang.analysis.ranking import DEFAULT_WEIGHTS
    from rancang.features.leading.service import AnalysisOptions, run_analysis

    o = ctx.options
    # the weights file may also weigh the KBLI ranking's criteria: this ranking takes its own
    weights = {k: v for k, v in (o.weights or {}).items() if k in DEFAULT_WEIGHTS} or None
    return ctx.cached(f"leading:{ctx.region}", lambda: run_analysis(ctx.panel, AnalysisOptions(
        regions=[ctx.region], reference=o.reference, weights=weights)))


def _names(ctx: DraftContext) -> dict[str, str]:
    p = ctx.panel
    return dict(zip(p.industry_codes, p.industry_names, strict=True))


def _joined(ctx: DraftContext, items: list[tuple[str, float]], decimals: int = 2) -> str:
    names = _names(ctx)
    return ", ".join(f"{names.get(c, c)} ({ctx.num(v, decimals)})" for c, v in items) or "-"


def economy(ctx: DraftContext, res: AnalysisResult) -> Block:
    """PDRB structure (last year) and growth of each industry, with the narrative."""
    from rancang.core.document import Block, Chart, Table

    lang = ctx.lang
    p = res.panel
    i = p.region_index(ctx.region)
    values = p.values[i, :, -1]
    total = float(values.sum())
    names = _names(ctx)
    kl = res.tables["klassen"].filter(pl.col("region_code") == p.region_codes[i])
    growth = dict(zip(kl["industry_code"], kl["growth"], strict=True))
    rows: list[list[Any]] = []
    for k, code in enumerate(p.industry_codes):
        rows.append([code, names[code], float(values[k]), 100 * float(values[k]) / total,
                     100 * float(growth[code]) if growth.get(code) is not None else None])
    rows.sort(key=lambda r: -r[2])
    table = Table("leading.structure", text("plan.tbl.structure", lang, year=p.years[-1]),
                  [text("plan.col.code", lang), text("plan.col.industry", lang),
                   text("plan.col.value", lang, unit=p.unit or "-"),
                   text("plan.col.share", lang), text("plan.col.growth", lang)],
                  rows, [None, None, 1, 2, 2],
                  ctx.source_line(text("plan.method.structure", lang)))
    top = rows[:3]
    m = next((r for r in rows if r[0] == "C"), None)
    body = text("plan.txt.economy", lang, region=ctx.region_name, year=p.years[-1],
                total=ctx.num(total, 1), unit=p.unit or "", top=", ".join(
                    f"{r[1]} ({ctx.num(r[3], 1)} %)" for r in top))
    if m is not None and m[4] is not None:
        body += " " + text("plan.txt.manufacturing", lang, share=ctx.num(m[3], 1),
                           growth=ctx.num(m[4], 1), start=p.years[0], end=p.years[-1])
    chart = Chart("leading.structure_chart", "bars",
                  text("plan.chart.structure", lang, year=p.years[-1]),
                  {"labels": [f"{r[0]} {r[1]}" for r in rows], "values": [r[3] for r in rows],
                   "xlabel": text("plan.chart.share_axis", lang)}, table.source)
    return Block("leading.economy", body, [table],
                 {"service": "rancang.features.leading.run_analysis", "table": "klassen",
                  "period": f"{p.years[0]}-{p.years[-1]}"}, [chart])


def base_sectors(ctx: DraftContext, res: AnalysisResult) -> Block:
    """SLQ, DLQ and quadrant; shift-share; Klassen, with the narrative."""
    from rancang.core.document import Block, Table

    lang = ctx.lang
    code = res.panel.region_codes[res.panel.region_index(ctx.region)]
    names = _names(ctx)
    ref = render_text(res.reference_label, lang)
    if "lq_quadrant" not in res.tables:  # years with gaps: SLQ only, said
        return _base_sectors_gaps(ctx, res, code, ref)
    q = res.tables["lq_quadrant"].filter(pl.col("region_code") == code)
    lq_rows = [[c, names.get(c, c), s, d, value_label("lq_quadrant", quad, lang)]
               for c, s, d, quad in q.select("industry_code", "slq", "dlq", "quadrant")
               .iter_rows()]
    lq = Table("leading.lq", text("plan.tbl.lq", lang),
               [text("plan.col.code", lang), text("plan.col.industry", lang), "SLQ", "DLQ",
                text("plan.col.quadrant", lang)], lq_rows, [None, None, 2, 2, None],
               ctx.source_line(text("plan.method.lq", lang, reference=ref)))
    shift, klassen, kl = _shift_klassen(ctx, res, code, ref)
    basis = sorted(((r[0], r[2]) for r in lq_rows if r[2] is not None and r[2] > 1),
                   key=lambda x: -x[1])
    leading = [r[0] for r in q.filter(pl.col("quadrant") == "unggulan").select(
        "industry_code").iter_rows()]
    body = text("plan.txt.base", lang, reference=ref, basis=_joined(ctx, basis),
                leading=", ".join(names.get(c, c) for c in leading) or "-")
    charts = [lq_chart(ctx, res, lq_rows, lq.source), klassen_chart(ctx, kl, klassen.source)]
    return Block("leading.base", body, [lq, shift, klassen],
                 {"service": "rancang.features.leading.run_analysis",
                  "tables": ["lq_quadrant", "shift_share", "klassen"], "reference": ref},
                 charts)


def _base_sectors_gaps(ctx: DraftContext, res: AnalysisResult, code: str,
                       ref: str) -> Block:
    """Base sectors of a period whose years have gaps: the last year's LQ (no DLQ nor
    quadrant: they need every year), shift-share and Klassen, with the note."""
    from rancang.core.document import Block, Table

    lang = ctx.lang
    names = _names(ctx)
    lqt = res.tables["location_quotient"].filter(
        (pl.col("region_code") == code) & (pl.col("year") == res.end))
    lq_rows = [[c, names.get(c, c), v] for c, v in lqt.select("industry_code", "lq")
               .iter_rows()]
    lq = Table("leading.lq", text("plan.tbl.lq", lang),
               [text("plan.col.code", lang), text("plan.col.industry", lang), "SLQ"],
               lq_rows, [None, None, 2],
               ctx.source_line(text("plan.method.lq", lang, reference=ref)))
    shift, klassen, kl = _shift_klassen(ctx, res, code, ref)
    basis = sorted(((r[0], r[2]) for r in lq_rows if r[2] is not None and r[2] > 1),
                   key=lambda x: -x[1])
    body = text("plan.txt.base", lang, reference=ref, basis=_joined(ctx, basis),
                leading="-")
    body += "\n\n" + text("leading.gap_dashboard", lang, years=", ".join(
        map(str, res.panel.years)), start=res.start, end=res.end)
    return Block("leading.base", body, [lq, shift, klassen],
                 {"service": "rancang.features.leading.run_analysis",
                  "tables": ["location_quotient", "shift_share", "klassen"],
                  "reference": ref, "left_out": list(res.left_out)},
                 [klassen_chart(ctx, kl, klassen.source)])


def _shift_klassen(ctx: DraftContext, res: AnalysisResult, code: str,
                   ref: str) -> tuple[Any, Any, pl.DataFrame]:
    """The shift-share and Klassen tables of the base-sector section."""
    from rancang.core.document import Table

    lang = ctx.lang
    names = _names(ctx)
    ss = res.tables["shift_share"].filter(pl.col("region_code") == code)
    ss_rows = [[c, names.get(c, c), a, n, m, r] for c, a, n, m, r in ss.select(
        "industry_code", "actual_change", "national_share", "industry_mix",
        "regional_share").iter_rows()]
    shift = Table("leading.shift_share", text("plan.tbl.shift_share", lang),
                  [text("plan.col.code", lang), text("plan.col.industry", lang),
                   text("plan.col.change", lang), text("plan.col.ss_national", lang),
                   text("plan.col.ss_mix", lang), text("plan.col.ss_regional", lang)],
                  ss_rows, [None, None, 1, 1, 1, 1],
                  ctx.source_line(text("plan.method.shift_share", lang, reference=ref)))
    kl = res.tables["klassen"].filter(pl.col("region_code") == code)
    kl_rows = [[c, names.get(c, c), 100 * g, 100 * s, value_label("klassen", quad, lang)]
               for c, g, s, quad in kl.select("industry_code", "growth", "share", "quadrant")
               .iter_rows()]
    klassen = Table("leading.klassen", text("plan.tbl.klassen", lang),
                    [text("plan.col.code", lang), text("plan.col.industry", lang),
                     text("plan.col.growth", lang), text("plan.col.share", lang),
                     text("plan.col.quadrant", lang)], kl_rows, [None, None, 2, 2, None],
                    ctx.source_line(text("plan.method.klassen", lang, reference=ref)))
    return shift, klassen, kl


def lq_chart(ctx: DraftContext, res: AnalysisResult, lq_rows: list[list[Any]],
             source: str) -> Chart:
    """The SLQ x DLQ plane, split at 1 and 1, each corner named by the analysis's
    quadrant rule (:func:`rancang.analysis.lq_quadrant`, the default convention)."""
    import numpy as np

    from rancang.analysis.location_quotient import lq_quadrant
    from rancang.core.document import Chart

    lang = ctx.lang
    p = res.panel
    corners = {"ne": (2.0, 2.0), "nw": (0.5, 2.0), "se": (2.0, 0.5), "sw": (0.5, 0.5)}
    names = {k: value_label("lq_quadrant", str(lq_quadrant(np.array([x]), np.array([y]))[0]),
                            lang) for k, (x, y) in corners.items()}
    return Chart("leading.lq_chart", "quadrant", text("plan.chart.lq", lang),
                 {"points": [{"label": r[0], "x": r[2], "y": r[3]} for r in lq_rows],
                  "x0": 1.0, "y0": 1.0, "quadrants": names,
                  "xlabel": text("plan.chart.slq_axis", lang, year=p.years[-1]),
                  "ylabel": text("plan.chart.dlq_axis", lang, start=p.years[0],
                                 end=p.years[-1])}, source)


def klassen_chart(ctx: DraftContext, kl: pl.DataFrame, source: str) -> Chart:
    """Klassen's plane: each industry's growth and share minus the same industry's in
    the reference economy (percentage points), split at zero."""
    from rancang.analysis.klassen import KLASSEN_LABELS
    from rancang.core.document import Chart

    lang = ctx.lang
    points = [{"label": c, "x": 100 * (g - rg), "y": 100 * (s - rs)}
              for c, g, rg, s, rs in kl.select("industry_code", "growth", "reference_growth",
                                               "share", "reference_share").iter_rows()
              if None not in (g, rg, s, rs) and g == g and rg == rg]
    names = dict(zip(("ne", "nw", "se", "sw"),
                     (value_label("klassen", q, lang) for q in KLASSEN_LABELS), strict=True))
    return Chart("leading.klassen_chart", "quadrant", text("plan.chart.klassen", lang),
                 {"points": points, "x0": 0.0, "y0": 0.0, "quadrants": names,
                  "xlabel": text("plan.chart.growth_gap", lang),
                  "ylabel": text("plan.chart.share_gap", lang)}, source)


def ranking(ctx: DraftContext, res: AnalysisResult) -> Block:
    """The ranking of leading industries with its rank interval."""
    from rancang.core.document import Block, Chart, Table

    lang = ctx.lang
    code = res.panel.region_codes[res.panel.region_index(ctx.region)]
    names = _names(ctx)
    if "leading_industries" not in res.tables:  # years with gaps: said, not ranked
        return Block("leading.ranking", text("leading.gap_ranking", lang, years=", ".join(
            map(str, res.panel.years))), [],
            {"service": "rancang.features.leading.run_analysis",
             "left_out": list(res.left_out)})
    lead = res.tables["leading_industries"].filter(pl.col("region_code") == code).sort("rank")
    rows = [[int(r), c, names.get(c, c), s, f"{int(lo)}-{int(hi)}"] for c, s, r, lo, hi in
            lead.select("industry_code", "score", "rank", "rank_low", "rank_high").iter_rows()]
    table = Table("leading.ranking", text("plan.tbl.ranking", lang),
                  [text("plan.col.rank", lang), text("plan.col.code", lang),
                   text("plan.col.industry", lang), text("plan.col.score", lang),
                   text("plan.col.rank_range", lang)], rows, [0, None, None, 3, None],
                  ctx.source_line(text("plan.method.ranking", lang, weights=", ".join(
                      f"{k}={ctx.num(v, 2)}" for k, v in res.weights.items()))))
    body = text("plan.txt.ranking", lang, top=", ".join(
        f"{r[2]} ({r[4]})" for r in rows[:3]))
    top = rows[:15]
    chart = Chart("leading.ranking_chart", "intervals", text("plan.chart.ranking", lang),
                  {"labels": [f"{r[1]} {r[2]}" for r in top], "rank": [r[0] for r in top],
                   "low": [int(r[4].split("-")[0]) for r in top],
                   "high": [int(r[4].split("-")[1]) for r in top],
                   "xlabel": text("plan.chart.rank_axis", lang)}, table.source)
    return Block("leading.ranking", body, [table],
                 {"service": "rancang.features.leading.run_analysis",
                  "table": "leading_industries", "weights": dict(res.weights)}, [chart])


#: the specialisation indices the plan shows (columns of ``tables["specialization"]``)
SPECIALISATION_INDICES = ("krugman", "hoover", "herfindahl", "theil")


def specialisation(ctx: DraftContext, res: AnalysisResult) -> Block:
    """The specialisation of the region's economy per year: Krugman's and Hoover's index
    against the reference economy, Herfindahl's and Theil's of its own structure, from
    ``tables["specialization"]`` of :func:`run_analysis`
    (:func:`rancang.analysis.specialization.specialization`), with a chart and the
    sentence stating the direction.

    ``K_t = sum_i |s_it - r_it|`` (Krugman 1991), ``H_t = K_t / 2`` (Hoover 1936),
    ``HHI_t = sum_i s_it^2`` (Herfindahl 1950), ``T_t = 1/n sum_i ln(mean(x_t) / x_it)``
    (Theil 1967), with ``s_it`` the industry's share of the region's PDRB and ``r_it`` its
    share in the reference economy.
    """
    from rancang.core.document import Block, Chart, Table

    lang = ctx.lang
    p = res.panel
    code = p.region_codes[p.region_index(ctx.region)]
    spec = res.tables["specialization"].filter(pl.col("region_code") == code).sort("year")
    ref = render_text(res.reference_label, lang)
    names = {"krugman": "Krugman", "hoover": "Hoover", "herfindahl": "Herfindahl",
             "theil": "Theil"}

    def val(v: Any) -> float | None:
        return None if v is None or v != v else float(v)

    rows: list[list[Any]] = [[str(y), *[val(v) for v in vals]] for y, *vals in spec.select(
        "year", *SPECIALISATION_INDICES).iter_rows()]
    years = [int(r[0]) for r in rows]
    source = text("plan.src.specialisation", lang, data=", ".join(p.sources[:1]) + (
        f" ... ({len(p.sources)})" if len(p.sources) > 1 else ""), start=years[0],
        end=years[-1], reference=ref)
    table = Table("leading.specialisation", text("plan.tbl.specialisation", lang),
                  [text("plan.col.baseline_year", lang),
                   *[names[k] for k in SPECIALISATION_INDICES]],
                  rows, [None, 3, 3, 3, 3], source)
    chart = Chart("leading.specialisation_chart", "lines", text("plan.tbl.specialisation", lang),
                  {"x": years, "series": [{"label": names[k], "values": [r[j] for r in rows]}
                                          for j, k in enumerate(SPECIALISATION_INDICES, 1)],
                   "xlabel": text("plan.chart.year_axis", lang),
                   "ylabel": text("plan.chart.index_axis", lang)}, source)
    k0, k1, h0, h1 = rows[0][1], rows[-1][1], rows[0][3], rows[-1][3]
    body = ""
    if None not in (k0, k1, h0, h1):
        body = text("plan.txt.specialisation", lang, region=ctx.region_name, reference=ref,
                    start=years[0], end=years[-1], k0=ctx.num(k0, 3), k1=ctx.num(k1, 3),
                    k_trend=text("plan.txt.spec_apart" if k1 > k0 else "plan.txt.spec_closer",
                                 lang, reference=ref),
                    h0=ctx.num(h0, 3), h1=ctx.num(h1, 3),
                    h_trend=text("plan.txt.spec_concentrated" if h1 > h0
                                 else "plan.txt.spec_diverse", lang))
    return Block("leading.specialisation", body, [table],
                 {"service": "rancang.features.leading.run_analysis",
                  "table": "specialization", "reference": ref}, [chart])


def specialisation_key(ctx: DraftContext) -> str:
    """The section of the specialisation block: ``kondisi.spesialisasi`` (the default
    outlines), or the base-sector section in an outline copied before it existed."""
    keys = {s["key"] for c in ctx.plan.outline.get("chapters", []) for s in c["sections"]}
    return "kondisi.spesialisasi" if "kondisi.spesialisasi" in keys else "kondisi.sektor_basis"


def manufacturing(ctx: DraftContext) -> Block | None:
    """Leading manufacturing subcategories (the 16 of BPS's PDRB tables, C1-C16, with
    their KBLI divisions): SLQ, DLQ and the ranking with rank intervals, on the panel of
    ``--manufacturing`` (None without one)."""
    from rancang.analysis.ranking import DEFAULT_WEIGHTS
    from rancang.core.document import Block, Chart, Table
    from rancang.features.leading.service import AnalysisOptions, run_analysis
    from rancang.reference.manufacturing import SUBCATEGORIES

    sub = ctx.manufacturing
    if sub is None:
        return None
    lang = ctx.lang
    region = ctx.region if ctx.region in sub.region_codes else sub.region_codes[0]
    weights = {k: v for k, v in (ctx.options.weights or {}).items()
               if k in DEFAULT_WEIGHTS} or None
    res = run_analysis(sub, AnalysisOptions(regions=[region], reference=ctx.options.reference,
                                            weights=weights))
    if "leading_industries" not in res.tables:  # years with gaps: skipped, and why
        from rancang.core.errors import InputError, Problem
        from rancang.core.i18n import Msg

        raise InputError(Problem(Msg("leading.gap_ranking", years=", ".join(
            map(str, sub.years)))))
    kbli = {c: "/".join(k) for c, _, k in SUBCATEGORIES}
    names = dict(zip(sub.industry_codes, sub.industry_names, strict=True))
    lead = res.tables["leading_industries"].filter(pl.col("region_code") == region).sort("rank")
    q = res.tables["lq_quadrant"].filter(pl.col("region_code") == region)
    lq = {c: (s_, d) for c, s_, d in q.select("industry_code", "slq", "dlq").iter_rows()}
    rows: list[list[Any]] = []
    for c, score, r, lo, hi in lead.select("industry_code", "score", "rank", "rank_low",
                                           "rank_high").iter_rows():
        slq, dlq = lq.get(c, (None, None))
        rows.append([int(r), c, names.get(c, c), kbli.get(c, ""), slq, dlq, score,
                     f"{int(lo)}-{int(hi)}"])
    ref = render_text(res.reference_label, lang)
    source = text("plan.src.manufacturing", lang, data=", ".join(sub.sources),
                  start=sub.years[0], end=sub.years[-1], reference=ref,
                  weights=", ".join(f"{k}={ctx.num(v, 2)}" for k, v in res.weights.items()))
    table = Table("leading.manufacturing", text("plan.tbl.manufacturing", lang),
                  [text("plan.col.rank", lang), text("plan.col.code", lang),
                   text("plan.col.subcategory", lang), "KBLI", "SLQ", "DLQ",
                   text("plan.col.score", lang), text("plan.col.rank_range", lang)],
                  rows, [0, None, None, None, 2, 2, 3, None], source)
    chart = Chart("leading.manufacturing_chart", "intervals",
                  text("plan.tbl.manufacturing", lang),
                  {"labels": [f"{r[1]} {str(r[2])[:30]}" for r in rows],
                   "rank": [r[0] for r in rows],
                   "low": [int(r[7].split("-")[0]) for r in rows],
                   "high": [int(r[7].split("-")[1]) for r in rows],
                   "xlabel": text("plan.chart.rank_axis", lang)}, source)
    body = text("plan.txt.manufacturing_rank", lang, top=", ".join(
        f"{r[2]} (KBLI {r[3]}, {r[7]})" for r in rows[:3]) or "-")
    return Block("leading.manufacturing", body, [table],
                 {"service": "rancang.features.leading.run_analysis",
                  "panel": "manufacturing subcategories", "reference": ref}, [chart])


def sections(ctx: DraftContext) -> list[tuple[str, Block]]:
    """The leading feature's sections of the plan."""
    res = analysis(ctx)
    out = [("kondisi.perekonomian", economy(ctx, res)),
           ("kondisi.sektor_basis", base_sectors(ctx, res)),
           (specialisation_key(ctx), specialisation(ctx, res)),
           ("program.unggulan", ranking(ctx, res))]
    from rancang.core.errors import InputError

    try:
        sub = manufacturing(ctx)
    except (InputError, ValueError) as exc:
        # the subcategories cannot be ranked (a year of zeros...): the rest stays, and
        # the draft says why
        ctx.sources.setdefault("skipped", {})["leading.manufacturing"] = render_text(
            exc.message(ctx.lang) if isinstance(exc, InputError) else str(exc))
        sub = None
    if sub is not None:
        out.append(("program.unggulan", sub))
    return out
