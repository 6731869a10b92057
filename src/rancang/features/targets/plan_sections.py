"""Pathways of the manufacturing share in the plan document (the plan feature's
``sections`` hook): the trend, target and recession paths of :func:`run_targets` at the
end of each stage of the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import polars as pl

from rancang.core.i18n import text, value_label

if TYPE_CHECKING:
    from rancang.core.document import Block, Chart
    from rancang.features.plan.draft import DraftContext
    from rancang.features.targets.service import TargetResult


def sections(ctx: DraftContext) -> list[tuple[str, Block]]:
    """One block for ``sasaran.sasaran``: the paths at each stage's end year."""
    from rancang.core.document import Block, Table

    lang = ctx.lang
    res = targets_result(ctx)
    paths = res.tables["pathways"]
    scenarios = ("trend", "target", "recession")
    rows: list[list[Any]] = []
    for _, year in ctx.plan.stages:
        at = paths.filter(pl.col("year") == year)
        if not at.height:
            continue
        shares = {s: float(v) for s, v in at.select("scenario", "share").iter_rows()}
        rows.append([str(year), *[shares.get(s) for s in scenarios]])
    table = Table("targets.pathways", text("plan.tbl.pathways", lang),
                  [text("plan.col.baseline_year", lang),
                   *[value_label("scenario", s, lang) for s in scenarios]],
                  rows, [None, 2, 2, 2],
                  ctx.source_line(text("plan.method.pathways", lang,
                                       growth=ctx.num(100 * res.rest_growth, 2),
                                       depth=ctx.num(res.options.shock_depth, 1))))
    trend_end = rows[-1][1] if rows else None
    body = "" if trend_end is None else text(
        "plan.txt.pathways", lang, year=rows[-1][0], trend=ctx.num(trend_end, 1),
        growth=ctx.num(float(res.tables["required_growth"]["trend_growth"][0]), 1))
    return [("sasaran.sasaran", Block("targets.pathways", body, [table],
                                      {"service": "rancang.features.targets.run_targets",
                                       "table": "pathways"},
                                      [pathways_chart(ctx, paths, table.source)]))]


def pathways_chart(ctx: DraftContext, paths: pl.DataFrame, source: str) -> Chart:
    """The observed share and its trend, target and recession paths, year by year, with
    the target share at the plan's end year marked."""
    from rancang.core.document import Chart

    lang = ctx.lang
    years = sorted({int(y) for y in paths["year"].to_list()})
    series = []
    for s in ("actual", "trend", "target", "recession"):
        part = paths.filter(pl.col("scenario") == s)
        if not part.height:
            continue
        by_year = {int(y): float(v) for y, v in part.select("year", "share").iter_rows()}
        series.append({"label": value_label("scenario", s, lang),
                       "values": [by_year.get(y) for y in years]})
    end, share = ctx.plan.end_year, ctx.options.target_share
    return Chart("targets.pathways_chart", "lines", text("plan.chart.pathways", lang),
                 {"x": years, "series": series,
                  "marks": [{"label": text("plan.chart.target_mark", lang, year=end,
                                           value=ctx.num(share, 1)), "x": end, "y": share}],
                  "xlabel": text("plan.chart.year_axis", lang),
                  "ylabel": text("plan.chart.share_axis", lang)}, source)


def targets_result(ctx: DraftContext, share: float | None = None,
                   year: int | None = None) -> TargetResult:
    """The ``targets`` service on the draft's panel (cached per share and year)."""
    from rancang.features.targets.service import TargetOptions, run_targets

    share = ctx.options.target_share if share is None else share
    year = ctx.plan.end_year if year is None else year
    def run() -> TargetResult:
        # a series that starts at zero (a regency formed later) makes shares of NaN; the
        # service's checks then refuse it and the draft says so
        with np.errstate(divide="ignore", invalid="ignore"):
            return run_targets(ctx.panel, TargetOptions(region=ctx.region, target_share=share,
                                                        target_year=year))

    return ctx.cached(f"targets:{ctx.region}:{share}:{year}", run)
